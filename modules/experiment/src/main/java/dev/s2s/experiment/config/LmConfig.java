package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Section {@code lm}: a language model.
 *
 * <ul>
 *   <li>{@code kind} (default {@code rnn}): {@code ngram} or {@code rnn}.
 *   <li>{@code order} (default 5, >= 1): n-gram order (kind ngram only; kept but unused for rnn).
 *   <li>{@code smoothing} (default {@code modified-kn}): {@code add-k}, {@code kn} or
 *       {@code modified-kn} (kind ngram only).
 *   <li>{@code k} (default 1, > 0): the count added to every n-gram by {@code add-k} smoothing.
 *   <li>{@code train}, {@code dev}, {@code test} (each optional here): data specs of format
 *       {@code plain}.
 *   <li>{@code bptt} (default 35, > 0): truncated back-propagation length in tokens (kind rnn).
 *   <li>{@code carry_state} (default true; kind rnn): carry each layer's recurrent state from one
 *       segment of the token stream to the next, in training and in perplexity. With false every
 *       segment starts from zero: an IRNN (identity recurrence, ReLU) whose recurrent matrix drifts
 *       above spectral radius 1 then grows over bptt steps instead of the whole stream.
 * </ul>
 */
public record LmConfig(
    LmKind kind, int order, Smoothing smoothing, double k, DataSpec train, DataSpec dev, DataSpec test, int bptt,
    boolean carryState)
    implements TaskSection {
  /** Section key. */
  public static final String KEY = "lm";

  private static final List<DataFormat> FORMATS = List.of(DataFormat.PLAIN);

  /** Validates kind, order, smoothing, bptt and the data formats. */
  public LmConfig {
    Check.required("kind", kind, ConfigEnum.choices(LmKind.class));
    Check.positive("order", order);
    Check.required("smoothing", smoothing, ConfigEnum.choices(Smoothing.class));
    Check.positive("k", k);
    DataSpec.requireFormat("train", train, FORMATS);
    DataSpec.requireFormat("dev", dev, FORMATS);
    DataSpec.requireFormat("test", test, FORMATS);
    Check.positive("bptt", bptt);
  }

  @JsonCreator
  static LmConfig fromYaml(
      @JsonProperty("kind") LmKind kind,
      @JsonProperty("order") Integer order,
      @JsonProperty("smoothing") Smoothing smoothing,
      @JsonProperty("k") Double k,
      @JsonProperty("train") DataSpec train,
      @JsonProperty("dev") DataSpec dev,
      @JsonProperty("test") DataSpec test,
      @JsonProperty("bptt") Integer bptt,
      @JsonProperty("carry_state") Boolean carryState) {
    return new LmConfig(
        Check.or(kind, LmKind.RNN),
        Check.or(order, 5),
        Check.or(smoothing, Smoothing.MODIFIED_KN),
        Check.or(k, 1.0),
        train, dev, test,
        Check.or(bptt, 35),
        Check.or(carryState, true));
  }

  @Override
  public String sectionKey() {
    return KEY;
  }

  /** A language model reads one file per split. */
  @Override
  public List<String> languages() {
    return List.of();
  }

  @Override
  public DataSpec data(Split split) {
    return switch (split) {
      case TRAIN -> train;
      case DEV -> dev;
      case TEST -> test;
    };
  }

  @Override
  public LmConfig mapData(DataMapper mapper) {
    return new LmConfig(
        kind, order, smoothing, k,
        mapped(mapper, Split.TRAIN), mapped(mapper, Split.DEV), mapped(mapper, Split.TEST), bptt, carryState);
  }
}
