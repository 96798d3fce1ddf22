package dev.s2s.experiment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentConfigTest {
  @TempDir Path tmp;
  ConfigFixture f;

  @BeforeEach
  void setUp() throws IOException {
    f = new ConfigFixture(tmp);
  }

  /** Loads {@code yaml} expecting a user error at {@code line}; checks every fragment. */
  private String assertError(String yaml, int line, String... fragments) throws IOException {
    Path file = f.config("bad.yaml", yaml);
    UserException e = assertThrows(UserException.class, () -> f.load(file));
    String m = e.getMessage();
    assertTrue(m.startsWith(file + ":" + line + ":"), "file:line expected at the start of: " + m);
    for (String fragment : fragments) {
      assertTrue(m.contains(fragment), "'" + fragment + "' expected in: " + m);
    }
    return m;
  }

  @Test
  void withSeedNamesItsOwnRunUnlessTheSeedIsTheConfigsOwn() throws IOException {
    ExperimentConfig c = f.load(f.config("sample.yaml", ConfigFixture.SAMPLE));
    ExperimentConfig other = c.withSeed(4);
    assertEquals("sample-multitask-seed4", other.name());
    assertEquals(4, other.seed());
    assertEquals(c.toYaml().replace("seed: 13", "seed: 4").replace("name: sample-multitask", "name: sample-multitask-seed4"),
        other.toYaml());
    assertSame(c, c.withSeed(13));
  }

  @Test
  void loadsTheSampleWithDefaultsFilledIn() throws IOException {
    ExperimentConfig c = f.load(f.config("sample.yaml", ConfigFixture.SAMPLE));
    assertEquals("sample-multitask", c.name());
    assertEquals(13, c.seed());
    assertEquals(TokenizerKind.CORENLP_EN, c.text().tokenizer("en"));
    assertEquals(TokenizerKind.DE, c.text().tokenizer("de"));
    assertEquals(List.of("de", "fr"), c.translation().targets());
    assertEquals(Map.of("de", 1.0, "fr", 1.0), c.translation().weights());
    assertEquals(CellType.GRU, c.model().cell());
    assertEquals(1, c.model().layers()); // default
    assertEquals(0.2, c.model().dropout()); // default
    assertEquals(StoppingMetric.BLEU, c.training().earlyStopping().metric());
    assertEquals(LrDecayConfig.DEFAULTS, c.training().lrDecay());
    assertEquals(TaggingHead.CRF, c.tagging().head());
    assertEquals(2, ((ConllData) c.tagging().train()).columns());
    assertNull(c.translation().test());
    // file: relative to configs/, corpus: relative to the corpora root
    assertEquals(tmp.resolve("corpora/sample/train").toAbsolutePath(), c.translation().train().file());
    assertEquals(f.corporaRoot.resolve("ptb/ptb.train.txt").toAbsolutePath(), c.lm().train().file());
    assertNull(c.lm().train().corpus());
    // parallel prefix: plain file preferred, .gz accepted
    assertEquals(
        List.of(tmp.resolve("corpora/sample/train.en"), tmp.resolve("corpora/sample/train.de"),
            tmp.resolve("corpora/sample/train.fr.gz")),
        c.dataFiles().get("translation.train"));
  }

  @Test
  void minimalConfigGetsAllDefaults() throws IOException {
    ExperimentConfig c = f.load(f.config("min.yaml",
        "name: lm-only\nlm: {kind: ngram, train: {format: plain, corpus: ptb/ptb.train.txt}}\nmodel:\n"));
    assertEquals(ExperimentConfig.DEFAULT_SEED, c.seed());
    assertEquals(ModelConfig.DEFAULTS, c.model());
    assertEquals(VocabConfig.DEFAULTS, c.vocab());
    assertEquals(DecodingConfig.DEFAULTS, c.decoding());
    assertEquals(5, c.lm().order());
    assertEquals(Smoothing.MODIFIED_KN, c.lm().smoothing());
    // no translation, no tagging: perplexity is the default metric
    assertEquals(StoppingMetric.PERPLEXITY, c.training().earlyStopping().metric());
  }

  @Test
  void unknownKeyListsValidKeysAndSuggestsTheClosest() throws IOException {
    assertError(ConfigFixture.sampleWith("  hidden: 256", "  hiden: 256"), 22,
        "model.hiden", "unknown key 'hiden'", "value '256'",
        "valid keys in 'model': attention, bidirectional, cell, dropout, embedding, hidden, irnn_scale, layers, output,"
            + " tied_softmax;",
        "did you mean 'hidden'?");
  }

  @Test
  void unknownTopLevelKeyAndUnknownKeyInADataSpec() throws IOException {
    assertError(ConfigFixture.sampleWith("seed: 13", "sede: 13"), 2,
        ":2:1: sede: unknown key 'sede'", "value '13'", "valid keys at the top level: decoding, lm, model, name,",
        "did you mean 'seed'?");
    assertError(ConfigFixture.sampleWith("scheme: iob2", "schema: iob2"), 14,
        "tagging.train.schema", "value 'iob2'", "columns, corpus, file, format, scheme", "did you mean 'scheme'?");
  }

  @Test
  void wrongTypeNamesTheExpectedType() throws IOException {
    assertError(ConfigFixture.sampleWith("  hidden: 256", "  hidden: big"), 22,
        "model.hidden", "wrong type", "'big'", "expected an integer");
    assertError(ConfigFixture.sampleWith("  hidden: 256", "  hidden: 2.5"), 22,
        "model.hidden", "'2.5'", "expected an integer");
    assertError(ConfigFixture.sampleWith("  lowercase: false", "  lowercase: 1"), 4,
        "text.lowercase", "'1'", "expected true or false");
    assertError(ConfigFixture.sampleWith("  hidden: 256", "  hidden: 99999999999"), 22,
        "model.hidden", "out of range", "'99999999999'", "an integer");
  }

  @Test
  void invalidEnumValueListsTheChoices() throws IOException {
    assertError(ConfigFixture.sampleWith("  cell: gru", "  cell: gruu"), 23,
        "model.cell", "invalid value 'gruu'", "expected one of: rnn, irnn, lstm, gru");
    assertError(ConfigFixture.sampleWith("{mode: global_norm", "{mode: global-norm"), 26,
        "training.clip.mode", "'global-norm'", "one of: global_norm, layer_norm, value, none");
    assertError(ConfigFixture.sampleWith("de: de,", "de: german,"), 5,
        "text.tokenizers.de", "'german'", "one of: whitespace, corenlp-en, corenlp-fr, de");
    assertError(ConfigFixture.sampleWith("{format: parallel, file: ../corpora/sample/train}",
        "{format: xml, file: ../corpora/sample/train}"), 11,
        "translation.train.format", "'xml'", "one of: parallel, tsv, csv, conll, plain");
    assertError(ConfigFixture.sampleWith("max_length_extra: 10}", "max_length_extra: 10, consistency: doc}"), 28,
        "decoding.consistency", "'doc'", "one of: none, document");
  }

  @Test
  void decodingConsistencyDefaultsToNoneAndReadsDocument() throws IOException {
    ExperimentConfig c = f.load(f.config("doc.yaml",
        ConfigFixture.sampleWith("max_length_extra: 10}", "max_length_extra: 10, consistency: document}")));
    assertEquals(TagConsistency.DOCUMENT, c.decoding().consistency());
    assertEquals(5, c.decoding().beam());
    assertEquals(TagConsistency.NONE, DecodingConfig.DEFAULTS.consistency());
  }

  @Test
  void tagFormatDefaultsToIob2AndReadsIobes() throws IOException {
    assertEquals(TagFormat.IOB2, f.load(f.config("a.yaml", ConfigFixture.SAMPLE)).tagging().tagFormat());
    ExperimentConfig c = f.load(f.config("b.yaml", ConfigFixture.sampleWith("  head: crf", "  head: crf\n  tag_format: iobes")));
    assertEquals(TagFormat.IOBES, c.tagging().tagFormat());
    assertError(ConfigFixture.sampleWith("  head: crf", "  head: crf\n  tag_format: bioes"), 16,
        "tagging.tag_format", "'bioes'", "one of: iob2, iobes");
  }

  @Test
  void documentConsistencyNeedsATaggingSection() throws IOException {
    String noTagging = ConfigFixture.SAMPLE.substring(0, ConfigFixture.SAMPLE.indexOf("tagging:"))
        + ConfigFixture.SAMPLE.substring(ConfigFixture.SAMPLE.indexOf("lm:"));
    assertError(noTagging.replace("max_length_extra: 10}", "max_length_extra: 10, consistency: document}"), 25,
        "decoding.consistency", "'document'", "no tagging section");
  }

  @Test
  void negativeOrZeroSizesAreRejected() throws IOException {
    assertError(ConfigFixture.sampleWith("  hidden: 256", "  hidden: -3"), 22,
        "model.hidden", "invalid value '-3'", "expected an integer > 0");
    assertError(ConfigFixture.sampleWith("  batch_size: 64", "  batch_size: 0"), 25,
        "training.batch_size", "'0'", "an integer > 0");
    assertError(ConfigFixture.sampleWith("  batch_size: 64", "  batch_size: 64\n  batch_shards: 0"), 26,
        "training.batch_shards", "'0'", "an integer > 0");
    assertError(ConfigFixture.sampleWith("max_size: 30000", "max_size: -1"), 6,
        "vocab.max_size", "'-1'", "an integer > 0");
    assertError(ConfigFixture.sampleWith("columns: 2}", "columns: 3}"), 14,
        "tagging.train.columns", "'3'", "one of: 2, 4");
  }

  @Test
  void addKNeedsAPositiveK() throws IOException {
    String yaml = "name: k\nlm:\n  kind: ngram\n  smoothing: add-k\n  k: 0\n"
        + "  train: {format: plain, corpus: ptb/ptb.train.txt}\n";
    assertError(yaml, 5, "lm.k", "invalid value '0.0'", "a finite number > 0");
    assertEquals(0.25, f.load(f.config("k2.yaml", "name: k\nlm:\n  kind: ngram\n  smoothing: add-k\n  k: 0.25\n"
        + "  train: {format: plain, corpus: ptb/ptb.train.txt}\n")).lm().k(), 0.0);
  }

  @Test
  void missingDataFileNamesKeyValueAndResolvedPaths() throws IOException {
    assertError(ConfigFixture.sampleWith("sample/train}", "sample/trian}"), 11,
        "translation.train.file", "file not found '../corpora/sample/trian'",
        "tried: " + tmp.resolve("corpora/sample/trian.en") + ", " + tmp.resolve("corpora/sample/trian.en.gz"));
    assertError(ConfigFixture.sampleWith("ptb/ptb.train.txt", "ptb/ptb.trian.txt"), 18,
        "lm.train.corpus", "'ptb/ptb.trian.txt'", "corpora root " + f.corporaRoot,
        "tried: " + f.corporaRoot.resolve("ptb/ptb.trian.txt"));
    // a parallel prefix needs a file for every language: here fr is missing
    assertError(ConfigFixture.sampleWith("targets: [de, fr]", "targets: [de, fr, es]")
            .replace("weights: {de: 1.0, fr: 1.0}", "weights: {de: 1.0}"), 11,
        "translation.train.file", "tried: " + tmp.resolve("corpora/sample/train.es"));
  }

  @Test
  void missingRequiredKeysAndSections() throws IOException {
    // the key is absent: the line is that of its section
    assertError(ConfigFixture.sampleWith("  source: en\n", ""), 7,
        "translation.source", "missing required key", "a language code");
    assertError(ConfigFixture.sampleWith("name: sample-multitask\n", ""), 1,
        "name: missing required key", "the experiment name");
    assertError(ConfigFixture.sampleWith("  targets: [de, fr]\n", "  targets: []\n"), 9,
        "translation.targets", "at least one target language");
    assertError(ConfigFixture.sampleWith("{format: parallel, file: ../corpora/sample/dev}",
        "{file: ../corpora/sample/dev}"), 12,
        "translation.dev.format", "missing required key", "one of: parallel, tsv, csv, conll, plain");
    assertError("name: nothing\nseed: 1\n", 1,
        "translation: missing required key", "at least one task section: translation, tagging or lm");
  }

  @Test
  void crossSectionRulesNameTheKey() throws IOException {
    assertError(ConfigFixture.sampleWith("  cell: gru", "  cell: gru\n  output: class"), 24,
        "model.output", "invalid value 'class'", "vocab.classes > 0");
    String lmOnly = "name: x\nlm: {train: {format: plain, corpus: ptb/ptb.train.txt}}\n"
        + "training:\n  early_stopping: {metric: bleu}\n";
    assertError(lmOnly, 4, "training.early_stopping.metric", "'bleu'", "one of: perplexity, loss");
    assertError(ConfigFixture.sampleWith("  batch_size: 64", "  batch_size: 64\n  optimizer: sgd"), 26,
        "training.optimizer", "invalid value 'sgd'", "sgd trains RNN language models only");
    String ngramSgd = "name: x\nlm: {kind: ngram, train: {format: plain, corpus: ptb/ptb.train.txt}}\n"
        + "training:\n  optimizer: sgd\n";
    assertError(ngramSgd, 4, "training.optimizer", "'sgd'", "an lm section with kind rnn");
    assertError(ConfigFixture.sampleWith("{mode: global_norm, value: 5.0}", "{mode: global_norm, value: 5.0}\n"
        + "  lr_decay: {factor: 0.5, after_epoch: 4}"), 27, "training.lr_decay.after_epoch", "invalid value '4'",
        "decay by epoch is for RNN language models only");
    assertError(ConfigFixture.sampleWith("weights: {de: 1.0, fr: 1.0}", "weights: {de: 1.0, es: 2.0}"), 10,
        "translation.weights.es", "not a target language", "'es'", "one of: de, fr");
    assertError(ConfigFixture.sampleWith("format: conll", "format: parallel")
            .replace(", scheme: iob2, columns: 2", ""), 14,
        "tagging.train.format", "'parallel'", "one of: conll");
    // keys of another format are reported against the format given
    assertError(ConfigFixture.sampleWith("format: conll", "format: plain"), 14,
        "tagging.train.scheme", "unknown key 'scheme'", "valid keys in 'tagging.train' for format 'plain': corpus, file, format");
  }

  @Test
  void sgdIsTheOptimizerOfAnRnnLanguageModelAndAdamTheDefault() throws IOException {
    String rnnLm = "name: x\nlm: {kind: rnn, train: {format: plain, corpus: ptb/ptb.train.txt}}\n";
    assertEquals(OptimizerKind.ADAM, f.load(f.config("adam.yaml", rnnLm)).training().optimizer());
    ExperimentConfig sgd = f.load(f.config("sgd.yaml", rnnLm + "training: {optimizer: sgd, learning_rate: 20}\n"));
    assertEquals(OptimizerKind.SGD, sgd.training().optimizer());
    assertEquals(20.0, sgd.training().learningRate());
    ExperimentConfig zaremba = f.load(f.config("z.yaml", rnnLm + "training:\n  optimizer: sgd\n"
        + "  lr_decay: {factor: 0.5, after_epoch: 4}\n"));
    assertEquals(4, zaremba.training().lrDecay().afterEpoch());
    assertTrue(zaremba.training().lrDecay().byEpoch());
    assertFalse(sgd.training().lrDecay().byEpoch(), "after_epoch defaults to 0: decay on plateaus");
    assertError(rnnLm + "training:\n  optimizer: rmsprop\n", 4,
        "training.optimizer", "invalid value 'rmsprop'", "one of: adam, sgd");
  }

  @Test
  void lrDecayThresholdIsForTranslationAndLanguageModelsOnPlateaus() throws IOException {
    assertEquals(0.0, LrDecayConfig.DEFAULTS.threshold(), "any gain postpones the decay by default");
    String withThreshold = ConfigFixture.sampleWith("{mode: global_norm, value: 5.0}",
        "{mode: global_norm, value: 5.0}\n  lr_decay: {factor: 0.5, patience: 1, threshold: 0.2}");
    assertEquals(0.2, f.load(f.config("t.yaml", withThreshold)).training().lrDecay().threshold());
    assertError(withThreshold.replace("threshold: 0.2", "threshold: -0.1"), 27,
        "training.lr_decay.threshold", "'-0.1'", ">= 0");
    String taggingOnly = "name: x\ntagging:\n"
        + "  train: {format: conll, file: ../corpora/sample/ner.train.conll, scheme: iob2, columns: 2}\n"
        + "training:\n  lr_decay: {threshold: 0.5}\n";
    assertError(taggingOnly, 5, "training.lr_decay.threshold", "'0.5'", "not for a tagging-only config");
    String rnnLm = "name: x\nlm: {kind: rnn, train: {format: plain, corpus: ptb/ptb.train.txt}}\n";
    assertEquals(1.5, f.load(f.config("lm.yaml", rnnLm + "training:\n  lr_decay: {threshold: 1.5}\n"))
        .training().lrDecay().threshold(), "perplexity points for a language model");
    assertError(rnnLm + "training:\n  optimizer: sgd\n  lr_decay: {after_epoch: 4, threshold: 1.5}\n", 5,
        "training.lr_decay.threshold", "'1.5'", "decays by epoch");
  }

  @Test
  void tiedSoftmaxIsForTranslationDecodersOrAnRnnLanguageModelWithEqualSizesAndAFullSoftmax() throws IOException {
    String rnnLm = "name: x\nlm: {kind: rnn, train: {format: plain, corpus: ptb/ptb.train.txt}}\n";
    assertFalse(f.load(f.config("untied.yaml", rnnLm)).model().tiedSoftmax());
    String tied = rnnLm + "model:\n  embedding: 200\n  hidden: 200\n  tied_softmax: true\n";
    assertTrue(f.load(f.config("tied.yaml", tied)).model().tiedSoftmax());
    assertError(tied.replace("hidden: 200", "hidden: 256"), 6,
        "model.tied_softmax", "invalid value 'true'", "model.embedding (200) equal to model.hidden (256)");
    assertError("name: x\nvocab: {classes: 10}\n" + tied.substring("name: x\n".length()) + "  output: class\n", 7,
        "model.tied_softmax", "'true'", "only the full softmax");
    // a translation section: the decoders tie (their readout takes the embedding size, so sizes may differ)
    ExperimentConfig translation = f.load(f.config("t.yaml", ConfigFixture.sampleWith("  cell: gru",
        "  cell: gru\n  tied_softmax: true")));
    assertTrue(translation.model().tiedSoftmax());
    assertNotEquals(translation.model().embedding(), translation.model().hidden());
    String taggingOnly = "name: x\ntagging:\n"
        + "  train: {format: conll, file: ../corpora/sample/ner.train.conll, scheme: iob2, columns: 2}\n"
        + "model:\n  tied_softmax: true\n";
    assertError(taggingOnly, 5, "model.tied_softmax", "'true'",
        "tying is for translation decoders and RNN language models");
    assertError("name: x\nlm: {kind: ngram, train: {format: plain, corpus: ptb/ptb.train.txt}}\n"
        + "model:\n  tied_softmax: true\n", 4, "model.tied_softmax", "'true'", "lm.kind: rnn alone");
  }

  @Test
  void bpeMergesAreForTranslationOnlyConfigs() throws IOException {
    assertEquals(0, f.load(f.config("sample.yaml", ConfigFixture.SAMPLE)).vocab().bpeMerges());
    String translationOnly = "name: x\nvocab: {bpe_merges: 8000}\ntranslation:\n  source: en\n  targets: [de]\n"
        + "  train: {format: parallel, file: ../corpora/sample/train}\n";
    assertEquals(8000, f.load(f.config("bpe.yaml", translationOnly)).vocab().bpeMerges());
    assertError(translationOnly.replace("8000", "-1"), 2, "vocab.bpe_merges", "'-1'", "an integer >= 0");
    assertError(ConfigFixture.sampleWith("classes: 0}", "classes: 0, bpe_merges: 100}"), 6,
        "vocab.bpe_merges", "'100'", "translation-only configs");
  }

  @Test
  void labelSmoothingIsForTranslationWithTheFullSoftmaxAndLiesInZeroToOne() throws IOException {
    assertEquals(0.0, f.load(f.config("sample.yaml", ConfigFixture.SAMPLE)).training().labelSmoothing());
    String smoothed = ConfigFixture.sampleWith("  batch_size: 64", "  batch_size: 64\n  label_smoothing: 0.1");
    assertEquals(0.1, f.load(f.config("ls.yaml", smoothed)).training().labelSmoothing());
    assertError(smoothed.replace("label_smoothing: 0.1", "label_smoothing: 1.0"), 26,
        "training.label_smoothing", "'1.0'", "a number with 0.0 <= x < 1.0");
    assertError(smoothed.replace("classes: 0", "classes: 10").replace("  cell: gru", "  cell: gru\n  output: class"),
        27, "training.label_smoothing", "'0.1'", "full softmax only");
    String rnnLm = "name: x\nlm: {kind: rnn, train: {format: plain, corpus: ptb/ptb.train.txt}}\n";
    assertError(rnnLm + "training:\n  label_smoothing: 0.1\n", 4,
        "training.label_smoothing", "'0.1'", "translation decoders only");
  }

  @Test
  void emaDecayIsForTranslationOnlyConfigsAndLiesInZeroToOne() throws IOException {
    assertEquals(0.0, f.load(f.config("sample.yaml", ConfigFixture.SAMPLE)).training().emaDecay());
    String translationOnly = "name: x\ntranslation:\n  source: en\n  targets: [de]\n"
        + "  train: {format: parallel, file: ../corpora/sample/train}\ntraining:\n  ema_decay: 0.999\n";
    assertEquals(0.999, f.load(f.config("ema.yaml", translationOnly)).training().emaDecay());
    assertError(translationOnly.replace("0.999", "1"), 7, "training.ema_decay", "'1.0'", "a number with 0.0 <= x < 1.0");
    assertError(translationOnly.replace("0.999", "-0.5"), 7, "training.ema_decay", "'-0.5'", "0.0 <= x < 1.0");
    assertError(ConfigFixture.sampleWith("  batch_size: 64", "  batch_size: 64\n  ema_decay: 0.999"), 26,
        "training.ema_decay", "'0.999'", "translation-only configs");
    String rnnLm = "name: x\nlm: {kind: rnn, train: {format: plain, corpus: ptb/ptb.train.txt}}\n";
    assertError(rnnLm + "training:\n  ema_decay: 0.999\n", 4, "training.ema_decay", "'0.999'", "translation-only");
  }

  @Test
  void irnnScaleIsForAnIrnnLanguageModelAndLiesInZeroToOne() throws IOException {
    String irnnLm =
        "name: x\nlm: {kind: rnn, train: {format: plain, corpus: ptb/ptb.train.txt}}\nmodel:\n  cell: irnn\n";
    assertEquals(1.0, f.load(f.config("default.yaml", irnnLm)).model().irnnScale());
    assertEquals(0.5, f.load(f.config("half.yaml", irnnLm + "  irnn_scale: 0.5\n")).model().irnnScale());
    assertError(irnnLm + "  irnn_scale: 0\n", 5, "model.irnn_scale", "invalid value '0.0'", "0.0 < x <= 1.0");
    assertError(irnnLm + "  irnn_scale: 1.5\n", 5, "model.irnn_scale", "'1.5'", "0.0 < x <= 1.0");
    assertError(irnnLm.replace("cell: irnn", "cell: lstm") + "  irnn_scale: 0.5\n", 5,
        "model.irnn_scale", "'0.5'", "only an IRNN starts from a scaled identity");
    assertError(ConfigFixture.sampleWith("  cell: gru", "  cell: irnn\n  irnn_scale: 0.5"), 24,
        "model.irnn_scale", "'0.5'", "RNN language models only");
  }

  @Test
  void duplicateKeyIsAnError() throws IOException {
    assertError(ConfigFixture.sampleWith("  hidden: 256", "  hidden: 256\n  hidden: 512"), 23,
        "model.hidden", "duplicate key");
  }

  @Test
  void delimitedDataGetsDefaultColumnsOrChecksThem() throws IOException {
    String tsv = ConfigFixture.sampleWith("train: {format: parallel, file: ../corpora/sample/train}",
        "train: {format: tsv, file: ../corpora/sample/ner.train.conll}");
    DelimitedData d = (DelimitedData) f.load(f.config("tsv.yaml", tsv)).translation().train();
    assertEquals(Map.of("en", ColumnRef.ofIndex(0), "de", ColumnRef.ofIndex(1), "fr", ColumnRef.ofIndex(2)),
        d.columns());
    assertEquals('\t', d.delimiter());
    assertError(tsv.replace("ner.train.conll}", "ner.train.conll, columns: {en: english, de: 1, fr: 2}}"), 11,
        "translation.train.columns.en", "'english'", "header: true");
    String byHeader = tsv.replace("ner.train.conll}",
        "ner.train.conll, header: true, columns: {en: english, de: 1, fr: french}}");
    ExperimentConfig named = f.load(f.config("hdr.yaml", byHeader));
    DelimitedData h = (DelimitedData) named.translation().train();
    assertEquals(ColumnRef.ofHeader("english"), h.columns().get("en"));
    assertEquals(ColumnRef.ofIndex(1), h.columns().get("de"));
    assertTrue(named.toYaml().contains("      en: english\n"), named.toYaml());
    assertError(tsv.replace("ner.train.conll}", "ner.train.conll, columns: {en: 0, de: 1}}"), 11,
        "translation.train.columns", "no column for language 'fr'", "for each of: en, de, fr");
  }

  @Test
  void heldOutRowsOfTheTrainingFileMustBeRowsTrainSkips() throws IOException {
    String file = "{format: tsv, file: ../corpora/sample/pairs.tsv";
    String split = "name: x\ntranslation:\n  source: en\n  targets: [fr]\n"
        + "  train: " + file + ", rows: {every: 100, except: [0, 1]}}\n"
        + "  dev:   " + file + ", rows: {every: 100, only: [0]}}\n"
        + "  test:  " + file + ", rows: {every: 100, only: [1]}}\n";
    ConfigFixture.write(f.root.resolve("corpora/sample/pairs.tsv"), "a house\tune maison\n");
    ExperimentConfig c = f.load(f.config("split.yaml", split));
    DelimitedData test = (DelimitedData) c.translation().test();
    assertEquals(new RowSelection(100, List.of(1), null, RowSelection.By.ROW), test.rows());
    assertTrue(c.toYaml().contains("rows:\n"), c.toYaml());
    assertEquals(c, ExperimentConfig.loadResolved(f.config("resolved.yaml", c.toYaml())), "rows survive the round trip");
    assertError(split.replace("only: [1]", "only: [2]"), 7, "translation.test.rows", "rows also read by train",
        "{every: 100, only: [2]}", "train.rows: {every: 100, except: [0, 1]}");
    assertError(split.replace(", rows: {every: 100, only: [0]}", ""), 6, "translation.dev.rows", "all rows",
        "rows that train skips");
    assertError(split.replace("every: 100, only: [0]", "every: 1, only: [0]"), 6, "translation.dev.rows.every",
        "'1'", ">= 2");
    assertError(split.replace("only: [0]}", "only: [0], by: words}"), 6, "translation.dev.rows.by", "'words'",
        "one of: row, source");
    String bySource = split.replace("]}}", "], by: source}}");
    assertEquals(RowSelection.By.SOURCE, ((DelimitedData) f.load(f.config("src.yaml", bySource)).translation().dev()).rows().by());
    assertError(split.replace("only: [0]}", "only: [0], by: source}"), 6, "translation.dev.rows",
        "rows also read by train", "{every: 100, only: [0], by: source}");
  }

  @Test
  void resolvedConfigRoundTrips() throws IOException {
    ExperimentConfig loaded = f.load(f.config("sample.yaml", ConfigFixture.SAMPLE));
    Path written = tmp.resolve("elsewhere/resolved.yaml");
    loaded.write(written);
    ExperimentConfig again = ExperimentConfig.load(written, tmp.resolve("no-such-root"));
    assertEquals(loaded, again);
    assertEquals(loaded.toYaml(), again.toYaml());
    assertEquals(loaded, ExperimentConfig.loadResolved(written));
    // the written form has every default and absolute paths, no corpus keys
    String yaml = loaded.toYaml();
    assertTrue(yaml.contains("  keep_checkpoints: 5\n"), yaml);
    assertTrue(yaml.contains("  batch_shards: 2\n"), yaml);
    assertTrue(yaml.contains("file: " + f.corporaRoot.resolve("ptb/ptb.train.txt")), yaml);
    assertTrue(!yaml.contains("corpus:") && !yaml.contains("!<"), yaml);
  }

  @Test
  void hashIsStableAcrossKeyOrderAndChangesWithValues() throws IOException {
    String reordered =
        """
        decoding: {max_length_extra: 10, alpha: 0.6, beam: 5, max_length_ratio: 1.5}
        model:
          cell: gru
          hidden: 256
          embedding: 128
        lm:
          bptt: 35
          train: {corpus: ptb/ptb.train.txt, format: plain}
          kind: rnn
        tagging:
          head: crf
          train: {columns: 2, scheme: iob2, file: ../corpora/sample/ner.train.conll, format: conll}
        training:
          early_stopping: {patience: 3, metric: bleu}
          clip: {value: 5.0, mode: global_norm}
          batch_size: 64
        translation:
          dev:   {file: ../corpora/sample/dev, format: parallel}
          train: {file: ../corpora/sample/train, format: parallel}
          weights: {fr: 1.0, de: 1.0}
          targets: [de, fr]
          source: en
        vocab: {classes: 0, shared: false, max_size: 30000, min_freq: 1}
        text:
          tokenizers: {fr: corenlp-fr, de: de, en: corenlp-en}
          lowercase: false
        seed: 13
        name: sample-multitask
        """;
    String h1 = f.load(f.config("a.yaml", ConfigFixture.SAMPLE)).hash();
    String h2 = f.load(f.config("b.yaml", reordered)).hash();
    assertEquals(h1, h2);
    assertEquals(64, h1.length());
    String h3 = f.load(f.config("c.yaml", ConfigFixture.sampleWith("  hidden: 256", "  hidden: 257"))).hash();
    assertNotEquals(h1, h3);
  }

  @Test
  void absentSectionNeededByACommandIsNamed() throws IOException {
    ExperimentConfig c = f.load(f.config("lm.yaml",
        "name: lm-only\nlm: {train: {format: plain, corpus: ptb/ptb.train.txt}}\n"));
    UserException e = assertThrows(UserException.class, () -> c.requireTranslation("translate"));
    assertTrue(e.getMessage().contains("'translate' needs section 'translation'"), e.getMessage());
    assertTrue(e.getMessage().contains("lm-only"), e.getMessage());
    e = assertThrows(UserException.class, () -> c.requireData(c.lm(), Split.TEST, "eval"));
    assertTrue(e.getMessage().contains("'eval' needs lm.test"), e.getMessage());
  }

  @Test
  void emptyAndMissingFilesAreUserErrors() throws IOException {
    Path empty = f.config("empty.yaml", "");
    UserException e = assertThrows(UserException.class, () -> f.load(empty));
    assertTrue(e.getMessage().startsWith(empty + ": (top level): empty file"), e.getMessage());
    Path none = tmp.resolve("configs/none.yaml");
    e = assertThrows(UserException.class, () -> f.load(none));
    assertTrue(e.getMessage().contains("config file not found: " + none), e.getMessage());
  }

  @Test
  void loadsAConfigOverTheSharedCorpora() throws IOException {
    Path corpora = Path.of(System.getProperty("s2s.shared", "../shared")).resolve("corpora");
    Assumptions.assumeTrue(Files.isDirectory(corpora), "skipped: " + corpora + " absent");
    String yaml =
        """
        name: shared-multitask
        translation:
          source: en
          targets: [de, fr]
          train: {format: parallel, corpus: multi30k/train}
          dev: {format: parallel, corpus: multi30k/val}
          test: {format: parallel, corpus: multi30k/test_2016_flickr}
        tagging:
          train: {format: conll, corpus: conll2003/eng.train}
          dev: {format: conll, corpus: conll2003/eng.testa}
        lm:
          kind: ngram
          train: {format: plain, corpus: ptb/ptb.train.txt}
        """;
    ExperimentConfig c = ExperimentConfig.load(f.config("shared.yaml", yaml), corpora);
    Path root = corpora.toAbsolutePath().normalize();
    assertEquals(
        List.of(root.resolve("multi30k/train.en.gz"), root.resolve("multi30k/train.de.gz"),
            root.resolve("multi30k/train.fr.gz")),
        c.dataFiles().get("translation.train"));
    assertEquals(List.of(root.resolve("conll2003/eng.testa")), c.dataFiles().get("tagging.dev"));
    assertEquals(ConllData.DEFAULT_COLUMNS, ((ConllData) c.tagging().train()).columns());

    String tatoeba = "name: tatoeba\ntranslation:\n  source: en\n  targets: [fr]\n"
        + "  train: {format: tsv, corpus: tatoeba-fra-eng/fra.txt.gz}\n";
    ExperimentConfig t = ExperimentConfig.load(f.config("tatoeba.yaml", tatoeba), corpora);
    assertEquals(Map.of("en", ColumnRef.ofIndex(0), "fr", ColumnRef.ofIndex(1)),
        ((DelimitedData) t.translation().train()).columns());
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() throws IOException {
    assertError(ConfigFixture.sampleWith("  hidden: 256", "  hidden: [256"), 23, "YAML syntax error");
  }

  @Test
  void word2vecSectionResolvesItsTextAndNamesItsKeysInErrors() throws IOException {
    String w2v = "  head: crf\n  word2vec: {text: {format: plain, corpus: ptb/ptb.train.txt}, epochs: 2}";
    ExperimentConfig c = f.load(f.config("w2v.yaml", ConfigFixture.sampleWith("  head: crf", w2v)));
    Word2VecConfig w = c.tagging().word2vec();
    assertEquals(1, w.text().size());
    assertEquals(f.corporaRoot.resolve("ptb/ptb.train.txt").toAbsolutePath().normalize(), w.text().get(0).file());
    assertEquals(List.of(5, 2, 3, 5), List.of(w.window(), w.epochs(), w.minFreq(), w.negative()));
    // listed with the task splits, so that provenance and `s2s check` cover it
    assertEquals(List.of(w.text().get(0).file()), c.dataFiles().get("tagging.word2vec.text"));
    assertError(ConfigFixture.sampleWith("  head: crf", w2v.replace("ptb.train.txt", "none.txt")), 16,
        "tagging.word2vec.text.corpus", "file not found");
    assertError(ConfigFixture.sampleWith("  head: crf", w2v.replace("format: plain", "format: parallel")), 16,
        "tagging.word2vec.text.format", "one of: plain, conll");
    assertError(ConfigFixture.sampleWith("  head: crf", w2v.replace("epochs: 2", "window: 0")), 16,
        "tagging.word2vec.window", "'0'", "an integer > 0");
  }

  @Test
  void word2vecTextIsAListOfPlainAndConllSpecsWithItemKeysInErrors() throws IOException {
    String list = "  head: crf\n  word2vec:\n    text:\n      - {format: plain, corpus: ptb/ptb.train.txt}\n"
        + "      - {format: conll, file: ../corpora/sample/ner.train.conll, columns: 2}\n    epochs: 2";
    ExperimentConfig c = f.load(f.config("w2v-list.yaml", ConfigFixture.sampleWith("  head: crf", list)));
    List<DataSpec> text = c.tagging().word2vec().text();
    assertEquals(List.of(DataFormat.PLAIN, DataFormat.CONLL), text.stream().map(DataSpec::format).toList());
    Path conll = f.root.resolve("corpora/sample/ner.train.conll").toAbsolutePath().normalize();
    assertEquals(conll, text.get(1).file());
    assertEquals(List.of(text.get(0).file(), conll), c.dataFiles().get("tagging.word2vec.text"));
    // the second item is on the sample's line 19
    assertError(ConfigFixture.sampleWith("  head: crf", list.replace("ner.train.conll", "none.conll")), 19,
        "tagging.word2vec.text[1].file", "file not found");
    assertError(ConfigFixture.sampleWith("  head: crf", list.replace("format: conll", "format: parallel").replace(", columns: 2", "")), 19,
        "tagging.word2vec.text[1].format", "one of: plain, conll");
    assertError(ConfigFixture.sampleWith("  head: crf", "  head: crf\n  word2vec: {text: []}"), 16,
        "tagging.word2vec.text", "'[]'", "or a list of them");
  }

  @Test
  void carryStateDefaultsToTrueAndTakesOnlyBooleans() throws IOException {
    assertTrue(f.load(f.config("lm.yaml", ConfigFixture.SAMPLE)).lm().carryState());
    ExperimentConfig off = f.load(f.config("lm-off.yaml", ConfigFixture.sampleWith("  bptt: 35", "  bptt: 35\n  carry_state: false")));
    assertTrue(!off.lm().carryState());
    assertError(ConfigFixture.sampleWith("  bptt: 35", "  bptt: 35\n  carry_state: sometimes"), 20, "lm.carry_state", "expected true or false");
  }
}
