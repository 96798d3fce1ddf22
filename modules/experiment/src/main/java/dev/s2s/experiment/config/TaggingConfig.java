package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Section {@code tagging}: named-entity tagging on top of the shared encoder.
 *
 * <ul>
 *   <li>{@code train}, {@code dev}, {@code test} (each optional here): data specs of format
 *       {@code conll}.
 *   <li>{@code head} (default {@code crf}): {@code softmax} or {@code crf}.
 *   <li>{@code tag_format} (default {@code iob2}): the tags the model learns, {@code iob2} or
 *       {@code iobes} ({@link TagFormat}).
 *   <li>{@code char_features} (default true): character-level word features (single-task
 *       tagging; multi-task training warns that it does not use them).
 *   <li>{@code casing_features} (default true): casing-pattern features (likewise).
 *   <li>{@code weight} (default 1.0, > 0): task sampling weight in multi-task training.
 *   <li>{@code word2vec} (optional): initialise the word embeddings from word2vec vectors trained
 *       on unlabelled text, see {@link Word2VecConfig}.
 * </ul>
 */
public record TaggingConfig(
    DataSpec train,
    DataSpec dev,
    DataSpec test,
    TaggingHead head,
    TagFormat tagFormat,
    boolean charFeatures,
    boolean casingFeatures,
    double weight,
    Word2VecConfig word2vec)
    implements TaskSection {
  /** Section key. */
  public static final String KEY = "tagging";

  /** Default {@code head}. */
  public static final TaggingHead DEFAULT_HEAD = TaggingHead.CRF;

  /** Default {@code tag_format}. */
  public static final TagFormat DEFAULT_TAG_FORMAT = TagFormat.IOB2;

  private static final List<DataFormat> FORMATS = List.of(DataFormat.CONLL);

  /** Validates the data formats and the weight. */
  public TaggingConfig {
    DataSpec.requireFormat("train", train, FORMATS);
    DataSpec.requireFormat("dev", dev, FORMATS);
    DataSpec.requireFormat("test", test, FORMATS);
    Check.required("head", head, ConfigEnum.choices(TaggingHead.class));
    Check.required("tag_format", tagFormat, ConfigEnum.choices(TagFormat.class));
    Check.positive("weight", weight);
  }

  @JsonCreator
  static TaggingConfig fromYaml(
      @JsonProperty("train") DataSpec train,
      @JsonProperty("dev") DataSpec dev,
      @JsonProperty("test") DataSpec test,
      @JsonProperty("head") TaggingHead head,
      @JsonProperty("tag_format") TagFormat tagFormat,
      @JsonProperty("char_features") Boolean charFeatures,
      @JsonProperty("casing_features") Boolean casingFeatures,
      @JsonProperty("weight") Double weight,
      @JsonProperty("word2vec") Word2VecConfig word2vec) {
    return new TaggingConfig(
        train, dev, test,
        Check.or(head, DEFAULT_HEAD),
        Check.or(tagFormat, DEFAULT_TAG_FORMAT),
        Check.or(charFeatures, true),
        Check.or(casingFeatures, true),
        Check.or(weight, 1.0),
        word2vec);
  }

  @Override
  public String sectionKey() {
    return KEY;
  }

  /** Tagging reads one file per split: no per-language files. */
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
  public TaggingConfig mapData(DataMapper mapper) {
    return new TaggingConfig(
        mapped(mapper, Split.TRAIN), mapped(mapper, Split.DEV), mapped(mapper, Split.TEST),
        head, tagFormat, charFeatures, casingFeatures, weight, word2vec == null ? null : word2vec.mapData(mapper));
  }
}
