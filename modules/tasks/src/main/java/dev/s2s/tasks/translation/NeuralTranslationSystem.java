package dev.s2s.tasks.translation;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.search.Hypothesis;
import dev.s2s.neural.search.SearchConfig;
import dev.s2s.neural.search.Translator;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.train.Checkpoint;
import dev.s2s.tasks.LanguageText;
import dev.s2s.tasks.TranslationSystem;
import dev.s2s.text.vocab.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Model role of translation: a trained shared-encoder model with its vocabularies and text
 * processing. Raw sentences in, detokenized translations out; sentences are decoded in batches of
 * similar source length and returned in input order. Unknown source words become {@code <unk>}
 * and an unknown target word is printed as {@code <unk>}.
 */
public final class NeuralTranslationSystem implements TranslationSystem {
  private static final int BATCH = 64;

  private final Seq2SeqModel model;
  private final String source;
  private final Map<String, Vocabulary> vocabs;
  private final Map<String, LanguageText> text;
  private final DecodingConfig decoding;

  NeuralTranslationSystem(
      Seq2SeqModel model, String source, Map<String, Vocabulary> vocabs, Map<String, LanguageText> text,
      DecodingConfig decoding) {
    this.model = model;
    this.source = source;
    this.vocabs = vocabs;
    this.text = text;
    this.decoding = decoding;
  }

  /** Loads the best checkpoint of a translation run directory. */
  public static NeuralTranslationSystem load(Path runDirectory) {
    return load(runDirectory, null);
  }

  /**
   * Loads a translation run with the parameters of {@code checkpoint} (e.g. {@code
   * checkpoints/averaged.ckpt}), or of its best checkpoint when null.
   */
  public static NeuralTranslationSystem load(Path runDirectory, Path checkpoint) {
    RunDirectory dir = RunDirectory.of(runDirectory).requireUsable("translate");
    ExperimentConfig cfg = dir.config();
    if (cfg.translation() == null) {
      throw new UserException(runDirectory + ": this run has no translation model (its config has no 'translation' section)");
    }
    Path best = checkpoint != null ? checkpoint : dir.bestCheckpointFile();
    if (checkpoint != null && !Files.isRegularFile(checkpoint)) {
      throw new UserException("--checkpoint " + checkpoint + ": no such file");
    }
    if (!Files.isRegularFile(best)) {
      throw new UserException(runDirectory + ": no model checkpoint " + best + " (was training interrupted before the first validation?)");
    }
    TranslationConfig tc = cfg.translation();
    Map<String, Vocabulary> vocabs = TranslationVocabularies.load(tc, dir);
    Seq2SeqModel model = TranslationModels.create(cfg, vocabs);
    Checkpoint.loadParams(best, model.params());
    return new NeuralTranslationSystem(model, tc.source(), vocabs, texts(cfg, dir), cfg.decoding());
  }

  /** This translator decoding as {@code other} says (the same model, vocabularies and text handling). */
  public NeuralTranslationSystem withDecoding(DecodingConfig other) {
    return new NeuralTranslationSystem(model, source, vocabs, text, other);
  }

  /** {@link #texts(ExperimentConfig)} with the run's BPE codes applied when the config asks for subwords. */
  static Map<String, LanguageText> texts(ExperimentConfig cfg, RunDirectory dir) {
    Map<String, LanguageText> words = texts(cfg);
    return cfg.vocab().bpeMerges() == 0
        ? words
        : TranslationSubwords.apply(words, TranslationSubwords.load(cfg.translation().languages(), dir));
  }

  static Map<String, LanguageText> texts(ExperimentConfig cfg) {
    Map<String, LanguageText> texts = new LinkedHashMap<>();
    for (String lang : cfg.translation().languages()) {
      texts.put(lang, LanguageText.of(cfg.text(), lang));
    }
    return texts;
  }

  @Override
  public String sourceLanguage() {
    return source;
  }

  @Override
  public List<String> targetLanguages() {
    return List.copyOf(model.languages());
  }

  @Override
  public List<String> translate(List<String> sources, String target) {
    List<List<Hypothesis>> nbest = nbest(sources, target, TranslationModels.search(decoding, 0, 1));
    List<String> out = new ArrayList<>(nbest.size());
    for (List<Hypothesis> h : nbest) {
      out.add(h.isEmpty() ? "" : detokenize(h.get(0), target));
    }
    return out;
  }

  /** Up to {@code search.nBest()} hypotheses per sentence, best first (empty for an empty sentence). */
  public List<List<Hypothesis>> nbest(List<String> sources, String target, SearchConfig search) {
    requireTarget(target);
    List<int[]> ids = new ArrayList<>(sources.size());
    for (String s : sources) {
      ids.add(sourceIds(text.get(source).tokenize(s)));
    }
    return decodeIds(ids, target, search);
  }

  /** Decodes already tokenized sources (used for validation). */
  List<List<Hypothesis>> decodeTokens(List<List<String>> sources, String target, SearchConfig search) {
    List<int[]> ids = new ArrayList<>(sources.size());
    for (List<String> s : sources) {
      ids.add(sourceIds(s));
    }
    return decodeIds(ids, target, search);
  }

  /** The target tokens of a hypothesis (without the end marker). */
  public List<String> tokens(Hypothesis h, String target) {
    int[] t = h.tokens();
    int n = t.length > 0 && t[t.length - 1] == Vocabulary.EOS_ID ? t.length - 1 : t.length;
    return vocabs.get(target).tokens(Arrays.copyOf(t, n));
  }

  public String detokenize(Hypothesis h, String target) {
    return text.get(target).detokenize(tokens(h, target));
  }

  /** Forced decoding: log-probability of each given translation (raw text) of each source. */
  public double[] score(List<String> sources, List<String> translations, String target) {
    requireTarget(target);
    List<int[]> src = new ArrayList<>();
    List<int[]> tgt = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      src.add(sourceIds(text.get(source).tokenize(sources.get(i))));
      tgt.add(vocabs.get(target).ids(text.get(target).tokenize(translations.get(i))));
    }
    Translator tr = new Translator(model, target, TranslationModels.SPECIALS, TranslationModels.search(decoding, 1, 1));
    return tr.score(src, tgt);
  }

  private int[] sourceIds(List<String> tokens) {
    return withEos(vocabs.get(source).ids(tokens));
  }

  /** Source ids as the encoder sees them, in training and in use: the sentence plus the end marker. */
  static int[] withEos(int[] ids) {
    int[] out = Arrays.copyOf(ids, ids.length + 1);
    out[ids.length] = Vocabulary.EOS_ID;
    return out;
  }

  private List<List<Hypothesis>> decodeIds(List<int[]> ids, String target, SearchConfig search) {
    Translator tr = new Translator(model, target, TranslationModels.SPECIALS, search);
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> ids.get(i).length));
    List<List<Hypothesis>> out = new ArrayList<>(java.util.Collections.nCopies(ids.size(), List.<Hypothesis>of()));
    for (int from = 0; from < order.length; from += BATCH) {
      List<Integer> chunk = new ArrayList<>();
      List<int[]> batch = new ArrayList<>();
      for (int k = from; k < Math.min(order.length, from + BATCH); k++) {
        if (ids.get(order[k]).length > 1) { // more than the end marker: a non-empty sentence
          chunk.add(order[k]);
          batch.add(ids.get(order[k]));
        }
      }
      if (!batch.isEmpty()) {
        List<List<Hypothesis>> res = search.beamSize() == 1 ? singletons(tr.greedy(batch)) : tr.beam(batch);
        for (int j = 0; j < chunk.size(); j++) {
          out.set(chunk.get(j), res.get(j));
        }
      }
    }
    return out;
  }

  private static List<List<Hypothesis>> singletons(List<Hypothesis> hs) {
    List<List<Hypothesis>> out = new ArrayList<>(hs.size());
    hs.forEach(h -> out.add(List.of(h)));
    return out;
  }

  private void requireTarget(String target) {
    if (!model.languages().contains(target)) {
      throw new UserException(
          "this model translates " + source + " into " + String.join(", ", new java.util.TreeSet<>(model.languages()))
              + ", not into '" + target + "'");
    }
  }

  Seq2SeqModel model() {
    return model;
  }
}
