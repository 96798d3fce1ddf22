package dev.s2s.tasks.multitask;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TaggingHead;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.tagger.SharedEncoderTagger;
import dev.s2s.neural.train.Seeds;
import dev.s2s.tasks.translation.TranslationModels;
import dev.s2s.text.vocab.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shared-encoder model: the translation {@link Seq2SeqModel} exactly as {@link
 * TranslationModels#create} builds it (encoder "encoder.*", decoders "decoder.&lt;lang&gt;.*") and a
 * {@link SharedEncoderTagger} whose head ("tagger.head.*": Linear [contextSize, tags] + CRF or
 * softmax) reads the encoder's states [time, batch, contextSize]. {@link #params()} lists every
 * parameter once (encoder, decoders, head); {@link #groups()} splits them into the update groups of
 * the tasks.
 */
final class MultiTaskModel {
  /** Parameter-name prefix of the tagging head. */
  static final String HEAD = "tagger.head";
  /** Group name of the encoder in {@link #groups()}. */
  static final String ENCODER_GROUP = "encoder";
  private static final long HEAD_STREAM = 0x48454144L;

  private final Seq2SeqModel translation;
  private final SharedEncoderTagger tagger;
  private final ParamSet params = new ParamSet();

  private MultiTaskModel(Seq2SeqModel translation, SharedEncoderTagger tagger) {
    this.translation = translation;
    this.tagger = tagger;
    params.addAll(translation.paramList());
    params.addAll(tagger.headParams());
  }

  /**
   * A freshly initialised model: the seq2seq part from the config's seed (as the translation task
   * does), the head from an independent stream derived from the same seed.
   *
   * @param vocabs vocabularies per translation language (the source one is the joint vocabulary)
   */
  static MultiTaskModel create(ExperimentConfig cfg, Map<String, Vocabulary> vocabs, EntityTagSet tags) {
    Seq2SeqModel s2s = TranslationModels.create(cfg, vocabs);
    boolean crf = cfg.requireTagging("train").head() == TaggingHead.CRF;
    SharedEncoderTagger tagger = new SharedEncoderTagger(
        s2s.encoder(), HEAD, tags, crf, s2s.dataType(), new SplittableRandom(Seeds.mix(cfg.seed(), HEAD_STREAM)));
    return new MultiTaskModel(s2s, tagger);
  }

  Seq2SeqModel translation() {
    return translation;
  }

  SharedEncoderTagger tagger() {
    return tagger;
  }

  /** Every parameter once, seq2seq parameters first (in their own order), then the head's. */
  ParamSet params() {
    return params;
  }

  /** Parameter groups: "encoder", "decoder.&lt;lang&gt;" per target, and {@link #HEAD}. */
  Map<String, List<Param>> groups() {
    Map<String, List<Param>> g = new LinkedHashMap<>();
    g.put(ENCODER_GROUP, translation.encoder().params());
    for (String lang : translation.languages()) {
      g.put(decoderGroup(lang), translation.decoder(lang).params());
    }
    g.put(HEAD, tagger.headParams());
    return g;
  }

  static String decoderGroup(String lang) {
    return "decoder." + lang;
  }
}
