package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code model}: network sizes and structure.
 *
 * <ul>
 *   <li>{@code embedding} (default 128, > 0): word embedding size.
 *   <li>{@code hidden} (default 256, > 0): recurrent state size.
 *   <li>{@code cell} (default {@code gru}): {@code rnn}, {@code irnn}, {@code lstm} or {@code gru}.
 *   <li>{@code irnn_scale} (default 1, 0 < x <= 1; cell {@code irnn}, RNN language models): the
 *       IRNN's recurrent matrix starts as this times the identity (Le et al. 2015 use I or a scaled I).
 *   <li>{@code layers} (default 1, > 0): stacked recurrent layers.
 *   <li>{@code bidirectional} (default false): bidirectional encoder.
 *   <li>{@code attention} (default {@code none}): {@code none} or {@code bahdanau}.
 *   <li>{@code dropout} (default 0.2, 0 <= x < 1): dropout probability.
 *   <li>{@code output} (default {@code softmax}): {@code softmax} or {@code class} (class-based
 *       softmax, needs {@code vocab.classes} > 0).
 *   <li>{@code tied_softmax} (default false): the full softmax reuses the embedding table as its
 *       weight matrix (weight tying, Joey NMT's key of the same name): each translation decoder's
 *       softmax its target embeddings (the readout then has {@code embedding} units), or an RNN
 *       language model's softmax its embeddings (needs {@code embedding} = {@code hidden}).
 * </ul>
 */
public record ModelConfig(
    int embedding,
    int hidden,
    CellType cell,
    int layers,
    boolean bidirectional,
    AttentionKind attention,
    double dropout,
    OutputKind output,
    boolean tiedSoftmax,
    double irnnScale) {
  /** The defaults. */
  public static final ModelConfig DEFAULTS =
      new ModelConfig(128, 256, CellType.GRU, 1, false, AttentionKind.NONE, 0.2, OutputKind.SOFTMAX, false, 1.0);

  /** Validates the ranges above. */
  public ModelConfig {
    Check.positive("embedding", embedding);
    Check.positive("hidden", hidden);
    Check.required("cell", cell, ConfigEnum.choices(CellType.class));
    Check.positive("layers", layers);
    Check.required("attention", attention, ConfigEnum.choices(AttentionKind.class));
    Check.fraction("dropout", dropout, 0.0, 1.0, true);
    Check.required("output", output, ConfigEnum.choices(OutputKind.class));
    Check.fraction("irnn_scale", irnnScale, 0.0, 1.0, false);
    if (irnnScale != 1.0 && cell != CellType.IRNN) {
      throw InvalidValueException.invalid("irnn_scale", irnnScale, "1 (the default) with cell " + cell
          + ": only an IRNN starts from a scaled identity");
    }
  }

  @JsonCreator
  static ModelConfig fromYaml(
      @JsonProperty("embedding") Integer embedding,
      @JsonProperty("hidden") Integer hidden,
      @JsonProperty("cell") CellType cell,
      @JsonProperty("layers") Integer layers,
      @JsonProperty("bidirectional") Boolean bidirectional,
      @JsonProperty("attention") AttentionKind attention,
      @JsonProperty("dropout") Double dropout,
      @JsonProperty("output") OutputKind output,
      @JsonProperty("tied_softmax") Boolean tiedSoftmax,
      @JsonProperty("irnn_scale") Double irnnScale) {
    return new ModelConfig(
        Check.or(embedding, DEFAULTS.embedding()),
        Check.or(hidden, DEFAULTS.hidden()),
        Check.or(cell, DEFAULTS.cell()),
        Check.or(layers, DEFAULTS.layers()),
        Check.or(bidirectional, DEFAULTS.bidirectional()),
        Check.or(attention, DEFAULTS.attention()),
        Check.or(dropout, DEFAULTS.dropout()),
        Check.or(output, DEFAULTS.output()),
        Check.or(tiedSoftmax, DEFAULTS.tiedSoftmax()),
        Check.or(irnnScale, DEFAULTS.irnnScale()));
  }
}
