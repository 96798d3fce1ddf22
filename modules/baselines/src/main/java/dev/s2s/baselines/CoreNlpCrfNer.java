package dev.s2s.baselines;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import dev.s2s.text.conll.TagScheme;
import dev.s2s.text.conll.TagSequenceException;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Stanford CoreNLP's linear-chain CRF NER tagger ({@code CRFClassifier}), trained by the toolkit
 * on in-memory sentences and stored in CoreNLP's own serialized format (gzip).
 *
 * <p>Training feeds each sentence as one CoreNLP document of {@link CoreLabel}s (word in {@code
 * TextAnnotation}, gold tag in {@code AnswerAnnotation} and {@code GoldAnswerAnnotation}) after
 * CoreNLP's own preprocessing ({@code ObjectBankWrapper}: word shapes, known lower-case words),
 * exactly as its CoNLL file reader would. Tags are converted from IOB2 to the training scheme of
 * {@link CrfTrainingOptions}; predictions are returned in IOB2, an {@code I-X} that does not
 * continue an X chunk being read as the start of one ({@code B-X}, conlleval's reading).
 *
 * <p>After training the set of known lower-case words (used by the {@code chris2useLC} word
 * shape) is frozen ({@code maxAdditionalKnownLCWords=0}), so tagging does not depend on what was
 * tagged before and a saved and reloaded model tags identically. Nothing pretrained is loaded.
 */
public final class CoreNlpCrfNer {
  private static final Logger LOG = LogManager.getLogger(CoreNlpCrfNer.class);

  /** Properties that would make CoreNLP read files we do not have or control. */
  private static final List<String> FORBIDDEN_TRUE = List.of("useDistSim", "useGazettes");

  private final CRFClassifier<CoreLabel> crf;

  private CoreNlpCrfNer(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
  }

  /**
   * Trains a CRF on {@code sentences} (IOB2 tags).
   *
   * @param features CoreNLP feature/optimiser properties, e.g. {@link CrfFeatureSet#conll2003()}
   * @throws IllegalArgumentException for no sentences, tags that are not valid IOB2, or
   *     properties that need external resources (distsim clusters, gazettes)
   */
  public static CoreNlpCrfNer train(
      List<TaggedSentence> sentences, Properties features, CrfTrainingOptions options) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no training sentences");
    }
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(trainingProperties(features, options));
    List<List<CoreLabel>> docs = documents(crf, sentences, options.trainingScheme());
    LOG.info(
        "training CoreNLP CRF on {} sentences, max {} QN iterations, {} gradient threads",
        docs.size(), options.maxIterations() > 0 ? options.maxIterations() : "unbounded",
        options.threads());
    crf.train(docs, crf.defaultReaderAndWriter());
    freezeKnownWords(crf);
    return new CoreNlpCrfNer(crf);
  }

  private static Properties trainingProperties(Properties features, CrfTrainingOptions options) {
    Properties p = new Properties();
    p.putAll(features);
    for (String key : FORBIDDEN_TRUE) {
      if (Boolean.parseBoolean(p.getProperty(key, "false"))) {
        throw new IllegalArgumentException(
            key + "=true needs resource files that are not available; remove it");
      }
    }
    if (options.maxIterations() > 0) {
      p.setProperty("maxQNItr", Integer.toString(options.maxIterations()));
    }
    p.setProperty("multiThreadGrad", Integer.toString(options.threads()));
    p.setProperty("maxAdditionalKnownLCWords", "-1"); // unlimited while reading training data
    return p;
  }

  private static List<List<CoreLabel>> documents(
      CRFClassifier<CoreLabel> crf, List<TaggedSentence> sentences, TagScheme scheme) {
    ObjectBankWrapper<CoreLabel> prep = new ObjectBankWrapper<>(crf.flags, null, crf.getKnownLCWords());
    List<List<CoreLabel>> docs = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      TaggedSentence sentence = sentences.get(s);
      List<String> tags = trainingTags(sentence, s, scheme);
      List<CoreLabel> doc = new ArrayList<>(sentence.size());
      for (int i = 0; i < sentence.size(); i++) {
        CoreLabel token = new CoreLabel();
        token.set(CoreAnnotations.TextAnnotation.class, sentence.tokens().get(i));
        token.set(CoreAnnotations.AnswerAnnotation.class, tags.get(i));
        token.set(CoreAnnotations.GoldAnswerAnnotation.class, tags.get(i));
        doc.add(token);
      }
      docs.add(prep.processDocument(doc));
    }
    return docs;
  }

  private static List<String> trainingTags(TaggedSentence sentence, int index, TagScheme scheme) {
    try {
      return scheme.fromIob2(sentence.tags());
    } catch (TagSequenceException e) {
      throw new IllegalArgumentException(
          "training sentence " + index + ", token " + e.index() + ": " + e.getMessage()
              + " (training tags must be IOB2)", e);
    }
  }

  private static void freezeKnownWords(CRFClassifier<CoreLabel> crf) {
    crf.flags.maxAdditionalKnownLCWords = 0;
    Set<String> known = crf.getKnownLCWords();
    if (known instanceof MaxSizeConcurrentHashSet<String> bounded) {
      bounded.setMaxSize(bounded.size());
    } else {
      throw new IllegalStateException(
          "unexpected known-word set " + known.getClass().getName() + ": cannot freeze it");
    }
  }

  /**
   * Loads a model written by {@link #save} (or by CoreNLP, gzip or plain).
   *
   * @throws UserException if the file is missing, unreadable or not a CoreNLP CRF model
   */
  public static CoreNlpCrfNer load(Path file) {
    Properties overrides = new Properties();
    overrides.setProperty("maxAdditionalKnownLCWords", "0");
    try (InputStream raw = TextFiles.openBytes(file);
        ObjectInputStream in = new ObjectInputStream(maybeGunzip(raw))) {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in, overrides);
      return new CoreNlpCrfNer(crf);
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new UserException(
          file + ": not a CoreNLP CRF model (" + e.getClass().getSimpleName() + ": "
              + e.getMessage() + ")", e);
    }
  }

  private static InputStream maybeGunzip(InputStream raw) throws IOException {
    InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * Writes the model to {@code file} (gzip-compressed CoreNLP serialization), atomically.
   *
   * @throws UserException if the file cannot be written (naming it and the reason)
   */
  public void save(Path file) {
    try {
      AtomicFiles.write(
          file,
          out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            ObjectOutputStream oos = new ObjectOutputStream(gz);
            crf.serializeClassifier(oos);
            oos.flush();
            gz.finish();
          });
    } catch (UncheckedIOException e) {
      throw new UserException("cannot write model " + file + ": " + e.getCause(), e);
    }
  }

  /**
   * Tags each sentence.
   *
   * @param sentences [sentence][token] words
   * @return [sentence][token] IOB2 tags, same shape as the input
   */
  public List<List<String>> tag(List<List<String>> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      out.add(tagSentence(sentence));
    }
    return out;
  }

  /** IOB2 tags of one sentence (empty for an empty sentence). */
  public List<String> tagSentence(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<CoreLabel> words = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      CoreLabel w = new CoreLabel();
      w.set(CoreAnnotations.TextAnnotation.class, t);
      words.add(w);
    }
    List<CoreLabel> tagged = crf.classifySentence(words);
    List<String> tags = new ArrayList<>(tagged.size());
    for (CoreLabel w : tagged) {
      tags.add(w.get(CoreAnnotations.AnswerAnnotation.class));
    }
    if (tags.size() != tokens.size()) {
      throw new IllegalStateException(
          "CoreNLP returned " + tags.size() + " tags for " + tokens.size() + " tokens");
    }
    return TagScheme.IOB1.toIob2(tags);
  }

  /** The labels the CRF predicts, in its own index order (training scheme). */
  public List<String> labels() {
    return List.copyOf(crf.classIndex.objectsList());
  }

  /** Size of the frozen known lower-case word set (for tests of the freeze). */
  int knownLowerCaseWords() {
    return crf.getKnownLCWords().size();
  }
}
