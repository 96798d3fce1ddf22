package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.s2s.common.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One experiment, as written in a YAML file under {@code configs/}: it drives train, eval,
 * translate and tag. Keys are snake_case; unknown keys are errors. Load with {@link #load(Path,
 * Path)}, which validates everything and resolves data paths; write back with {@link #toYaml()}
 * (all defaults filled in) and identify with {@link #hash()}.
 *
 * <ul>
 *   <li>{@code name} (required): letters, digits, '.', '_' or '-', starting with a letter or digit;
 *       the run directory is {@code runs/<name>/}.
 *   <li>{@code seed} (default 13): the one seed of the experiment.
 *   <li>{@code text}, {@code vocab}, {@code model}, {@code training}, {@code decoding}: optional
 *       sections, see {@link TextConfig}, {@link VocabConfig}, {@link ModelConfig}, {@link
 *       TrainingConfig}, {@link DecodingConfig}; null in the YAML means all defaults.
 *   <li>{@code translation}, {@code tagging}, {@code lm}: task sections, see {@link
 *       TranslationConfig}, {@link TaggingConfig}, {@link LmConfig}; null when absent; at least one
 *       is required.
 * </ul>
 *
 * <p>Cross-section rules: {@code model.output: class} needs {@code vocab.classes > 0}; the
 * early-stopping metric must suit the task sections (see {@link EarlyStoppingConfig}); {@code
 * text.tokenizers} is completed with every translation language; {@code training.optimizer: sgd}
 * and {@code training.lr_decay.after_epoch} need an {@code lm} section of kind {@code rnn} and no
 * other task section; {@code training.lr_decay.threshold} needs a translation or lm section.
 */
public record ExperimentConfig(
    String name,
    long seed,
    TextConfig text,
    VocabConfig vocab,
    TranslationConfig translation,
    TaggingConfig tagging,
    LmConfig lm,
    ModelConfig model,
    TrainingConfig training,
    DecodingConfig decoding) {
  /** Default {@code seed}. */
  public static final long DEFAULT_SEED = 13;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** What the keys that only RNN language-model training reads require of the task sections. */
  private static final String RNN_LM_ONLY = "(an lm section with kind rnn and no translation or tagging section)";

  /** Validates the name and the cross-section rules; fills section defaults. */
  public ExperimentConfig {
    Check.required("name", name, "the experiment name (the run directory is runs/<name>/)");
    if (!NAME.matcher(name).matches()) {
      throw InvalidValueException.invalid(
          "name", name, "letters, digits, '.', '_' or '-', starting with a letter or digit (it names runs/<name>/)");
    }
    if (translation == null && tagging == null && lm == null) {
      throw InvalidValueException.missing(
          TranslationConfig.KEY, "at least one task section: translation, tagging or lm");
    }
    text = Check.or(text, TextConfig.DEFAULTS);
    vocab = Check.or(vocab, VocabConfig.DEFAULTS);
    model = Check.or(model, ModelConfig.DEFAULTS);
    training = Check.or(training, TrainingConfig.DEFAULTS);
    decoding = Check.or(decoding, DecodingConfig.DEFAULTS);
    if (translation != null) {
      text = text.withLanguages(translation.languages());
    }
    if (model.output() == OutputKind.CLASS && vocab.classes() == 0) {
      throw InvalidValueException.invalid(
          "model.output", model.output(), "'softmax', or set vocab.classes > 0 to use 'class'");
    }
    boolean rnnLmOnly = translation == null && tagging == null && lm != null && lm.kind() == LmKind.RNN;
    if (training.optimizer() == OptimizerKind.SGD && !rnnLmOnly) {
      throw InvalidValueException.invalid("training.optimizer", training.optimizer(),
          "'adam': sgd trains RNN language models only " + RNN_LM_ONLY);
    }
    if (training.lrDecay().byEpoch() && !rnnLmOnly) {
      throw InvalidValueException.invalid("training.lr_decay.after_epoch", training.lrDecay().afterEpoch(),
          "0: decay by epoch is for RNN language models only " + RNN_LM_ONLY
              + "; the others decay on plateaus (factor, patience)");
    }
    if (training.lrDecay().threshold() != 0 && translation == null && lm == null) {
      throw InvalidValueException.invalid("training.lr_decay.threshold", training.lrDecay().threshold(),
          "0: a threshold is implemented for translation and language-model training, not for a tagging-only config");
    }
    if (model.tiedSoftmax()) {
      checkTiedSoftmax(model, rnnLmOnly, translation != null);
    }
    if (model.irnnScale() != 1.0 && !rnnLmOnly) {
      throw InvalidValueException.invalid("model.irnn_scale", model.irnnScale(),
          "1 (the default): a scaled identity is implemented for RNN language models only " + RNN_LM_ONLY);
    }
    if (vocab.bpeMerges() != 0 && (translation == null || tagging != null || lm != null)) {
      throw InvalidValueException.invalid("vocab.bpe_merges", vocab.bpeMerges(),
          "0: subwords are for translation-only configs (no tagging or lm section)");
    }
    if (decoding.consistency() != TagConsistency.NONE && tagging == null) {
      throw InvalidValueException.invalid("decoding.consistency", decoding.consistency(),
          "'none': document consistency applies to tagging, and this experiment has no tagging section");
    }
    if (training.labelSmoothing() != 0) {
      checkLabelSmoothing(training.labelSmoothing(), translation, model);
    }
    if (training.emaDecay() != 0 && (translation == null || tagging != null)) {
      throw InvalidValueException.invalid("training.ema_decay", training.emaDecay(),
          "0: moving averages of the parameters are implemented for translation-only configs (a translation section"
              + " and no tagging section)");
    }
    training = training.withEarlyStopping(checkMetric(training.earlyStopping(), translation, tagging, lm));
  }

  /** training.label_smoothing: translation decoders with the full softmax. */
  private static void checkLabelSmoothing(double value, TranslationConfig translation, ModelConfig model) {
    String key = "training.label_smoothing";
    if (translation == null) {
      throw InvalidValueException.invalid(key, value, "0: label smoothing applies to translation decoders only"
          + " (a config with a translation section)");
    }
    if (model.output() != OutputKind.SOFTMAX) {
      throw InvalidValueException.invalid(key, value, "0 with model.output " + model.output()
          + ": label smoothing is implemented for the full softmax only");
    }
  }

  /**
   * model.tied_softmax: translation decoders or an RNN language model, with a full softmax; the
   * language model's input and output sizes must agree (a decoder's readout takes the embedding size).
   */
  private static void checkTiedSoftmax(ModelConfig model, boolean rnnLmOnly, boolean translation) {
    String key = "model.tied_softmax";
    if (!rnnLmOnly && !translation) {
      throw InvalidValueException.invalid(key, true,
          "false: tying is for translation decoders and RNN language models (a translation section, or lm.kind: rnn"
              + " alone)");
    }
    if (model.output() != OutputKind.SOFTMAX) {
      throw InvalidValueException.invalid(key, true, "false with model.output " + model.output()
          + ": only the full softmax has a [vocabulary, embedding] matrix to share");
    }
    if (rnnLmOnly && model.embedding() != model.hidden()) {
      throw InvalidValueException.invalid(key, true, "false, or model.embedding (" + model.embedding()
          + ") equal to model.hidden (" + model.hidden() + "): the output matrix is the embedding table");
    }
  }

  @JsonCreator
  static ExperimentConfig fromYaml(
      @JsonProperty("name") String name,
      @JsonProperty("seed") Long seed,
      @JsonProperty("text") TextConfig text,
      @JsonProperty("vocab") VocabConfig vocab,
      @JsonProperty("translation") TranslationConfig translation,
      @JsonProperty("tagging") TaggingConfig tagging,
      @JsonProperty("lm") LmConfig lm,
      @JsonProperty("model") ModelConfig model,
      @JsonProperty("training") TrainingConfig training,
      @JsonProperty("decoding") DecodingConfig decoding) {
    return new ExperimentConfig(
        name, Check.or(seed, DEFAULT_SEED), text, vocab, translation, tagging, lm, model, training, decoding);
  }

  /**
   * Reads, validates and resolves an experiment file; checks that every data file exists.
   *
   * @param yaml the YAML file
   * @param corporaRoot the root that {@code corpus:} paths are relative to (see {@link
   *     dev.s2s.text.corpus.CorporaRoot#choose})
   * @throws UserException naming file, line, key path, value and what was expected
   */
  public static ExperimentConfig load(Path yaml, Path corporaRoot) {
    return new ConfigLoader(corporaRoot, true).load(yaml);
  }

  /**
   * Reads a resolved config written by {@link #write(Path)} (e.g. a run directory's config.yaml)
   * without requiring the data files to exist still: consumers such as translate do not read them.
   */
  public static ExperimentConfig loadResolved(Path yaml) {
    Path dir = yaml.toAbsolutePath().getParent();
    return new ConfigLoader(dir, false).load(yaml);
  }

  /**
   * This experiment with another seed, for seed studies and ensembles: the same config named
   * {@code <name>-seed<seed>} (its own run directory) with {@code seed} set; this config itself when
   * {@code seed} is already its seed.
   */
  public ExperimentConfig withSeed(long seed) {
    if (seed == this.seed) {
      return this;
    }
    return new ExperimentConfig(name + "-seed" + seed, seed, text, vocab, translation, tagging, lm, model, training,
        decoding);
  }

  /** The canonical YAML form: every key present with defaults filled in, maps sorted by key. */
  public String toYaml() {
    return ConfigYaml.write(this);
  }

  /** sha256 (lowercase hex) of {@link #toYaml()}: equal for configs that differ only in key order. */
  public String hash() {
    return dev.s2s.common.Sha256.ofString(toYaml());
  }

  /** Writes {@link #toYaml()} to {@code file} atomically. */
  public void write(Path file) {
    dev.s2s.common.AtomicFiles.writeString(file, toYaml());
  }

  /** The present task sections, in the order translation, tagging, lm. */
  public List<TaskSection> tasks() {
    List<TaskSection> tasks = new ArrayList<>();
    if (translation != null) {
      tasks.add(translation);
    }
    if (tagging != null) {
      tasks.add(tagging);
    }
    if (lm != null) {
      tasks.add(lm);
    }
    return tasks;
  }

  /** The translation section, or a user error saying that {@code command} needs it. */
  public TranslationConfig requireTranslation(String command) {
    return require(translation, TranslationConfig.KEY, command, "source, targets and train");
  }

  /** The tagging section, or a user error saying that {@code command} needs it. */
  public TaggingConfig requireTagging(String command) {
    return require(tagging, TaggingConfig.KEY, command, "train (format conll)");
  }

  /** The lm section, or a user error saying that {@code command} needs it. */
  public LmConfig requireLm(String command) {
    return require(lm, LmConfig.KEY, command, "kind and train (format plain)");
  }

  /** The data spec of {@code split} in {@code section}, or a user error naming the missing key. */
  public DataSpec requireData(TaskSection section, Split split, String command) {
    DataSpec spec = section.data(split);
    if (spec == null) {
      throw new UserException(
          "experiment '" + name + "': command '" + command + "' needs " + section.sectionKey() + "."
              + split.key() + ", which the config does not have; add e.g. '" + split.key()
              + ": {format: ..., file: ...}' to section '" + section.sectionKey() + "'");
    }
    return spec;
  }

  /**
   * The existing files of every data spec, keyed by key path (e.g. {@code translation.train}, and
   * {@code tagging.word2vec.text} when word vectors are trained); for the provenance manifest and
   * {@code s2s check}.
   *
   * @throws UserException if a file is missing
   */
  public Map<String, List<Path>> dataFiles() {
    Map<String, List<Path>> files = new LinkedHashMap<>();
    for (TaskSection task : tasks()) {
      for (Split split : Split.values()) {
        DataSpec spec = task.data(split);
        if (spec != null) {
          String key = task.sectionKey() + "." + split.key();
          files.put(key, existing(key, spec.candidates(task.languages())));
        }
      }
    }
    if (tagging != null && tagging.word2vec() != null) {
      List<DataSpec> specs = tagging.word2vec().text();
      List<Path> texts = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        texts.addAll(existing(Word2VecConfig.textKey(specs, i), specs.get(i).candidates(List.of())));
      }
      files.put(Word2VecConfig.TEXT_KEY, List.copyOf(texts));
    }
    return files;
  }

  /** The first existing file of every candidate group. */
  private List<Path> existing(String key, List<List<Path>> candidates) {
    List<Path> found = new ArrayList<>();
    for (List<Path> group : candidates) {
      found.add(group.stream().filter(Files::isRegularFile).findFirst()
          .orElseThrow(() -> new UserException(
              "experiment '" + name + "': " + key + ": file not found; tried " + Check.joined(group))));
    }
    return List.copyOf(found);
  }

  private <T> T require(T section, String key, String command, String needs) {
    if (section == null) {
      throw new UserException(
          "experiment '" + name + "': command '" + command + "' needs section '" + key
              + "', which the config does not have; add a '" + key + ":' section with " + needs);
    }
    return section;
  }

  private static EarlyStoppingConfig checkMetric(
      EarlyStoppingConfig es, TranslationConfig translation, TaggingConfig tagging, LmConfig lm) {
    String key = "training.early_stopping.metric";
    if (es.metric() == null) {
      StoppingMetric auto =
          translation != null ? StoppingMetric.BLEU : tagging != null ? StoppingMetric.F1 : StoppingMetric.PERPLEXITY;
      return es.withMetric(auto);
    }
    List<StoppingMetric> usable = new ArrayList<>();
    if (translation != null) {
      usable.add(StoppingMetric.BLEU);
      usable.add(StoppingMetric.CHRF);
    }
    if (tagging != null) {
      usable.add(StoppingMetric.F1);
    }
    if (translation != null || lm != null) {
      usable.add(StoppingMetric.PERPLEXITY);
    }
    usable.add(StoppingMetric.LOSS);
    if (!usable.contains(es.metric())) {
      throw InvalidValueException.invalid(
          key, es.metric(), "one of: " + Check.joined(usable) + " (for the task sections present)");
    }
    return es;
  }
}
