package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Section {@code tagging.word2vec}: initialise the tagger's word embeddings from skip-gram word2vec
 * vectors (negative sampling) trained with DL4J on unlabelled text before the tagger trains; the
 * vector size is {@code model.embedding}. Words of the text seen at least {@code min_freq} times
 * join the tagger's vocabulary (after the training words, within {@code vocab.max_size}), so words
 * that never occur in the labelled data still get a vector.
 *
 * <ul>
 *   <li>{@code text} (required): data spec of format {@code plain} (one sentence or paragraph per
 *       line, whitespace-tokenized, e.g. {@code corpus: wikitext-2/wiki.train.tokens.gz}); lower-cased
 *       when {@code text.lowercase}.
 *   <li>{@code window} (default 5, > 0): context words on each side.
 *   <li>{@code epochs} (default 1, > 0): passes over the text.
 *   <li>{@code min_freq} (default 3, > 0): rarer words get no vector.
 *   <li>{@code negative} (default 5, > 0): negative samples per context word.
 * </ul>
 */
public record Word2VecConfig(DataSpec text, int window, int epochs, int minFreq, int negative) {
  /** Key of the text spec, for messages. */
  public static final String TEXT_KEY = TaggingConfig.KEY + ".word2vec.text";

  /** Validates the text format and the sizes. */
  public Word2VecConfig {
    Check.required("text", text, "a data spec of format plain, e.g. {format: plain, corpus: ...}");
    DataSpec.requireFormat("text", text, List.of(DataFormat.PLAIN));
    Check.positive("window", window);
    Check.positive("epochs", epochs);
    Check.positive("min_freq", minFreq);
    Check.positive("negative", negative);
  }

  @JsonCreator
  static Word2VecConfig fromYaml(
      @JsonProperty("text") DataSpec text,
      @JsonProperty("window") Integer window,
      @JsonProperty("epochs") Integer epochs,
      @JsonProperty("min_freq") Integer minFreq,
      @JsonProperty("negative") Integer negative) {
    return new Word2VecConfig(text, Check.or(window, 5), Check.or(epochs, 1), Check.or(minFreq, 3),
        Check.or(negative, 5));
  }

  /** A copy whose text spec is {@code mapper}'s result. */
  Word2VecConfig mapData(DataMapper mapper) {
    return new Word2VecConfig(mapper.map(TEXT_KEY, text, List.of()), window, epochs, minFreq, negative);
  }
}
