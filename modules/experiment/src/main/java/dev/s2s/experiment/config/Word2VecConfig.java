package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Section {@code tagging.word2vec}: initialise the tagger's word embeddings from skip-gram word2vec
 * vectors (negative sampling) trained with DL4J on unlabelled text before the tagger trains; the
 * vector size is {@code model.embedding}. Words of the text seen at least {@code min_freq} times
 * join the tagger's vocabulary (after the training words, within {@code vocab.max_size}), so words
 * that never occur in the labelled data still get a vector.
 *
 * <ul>
 *   <li>{@code text} (required): one data spec, or a list of them whose sentences are read one
 *       after the other. Format {@code plain}: one sentence or paragraph per line,
 *       whitespace-tokenized (e.g. {@code corpus: wikitext-2/wiki.train.tokens.gz}); format {@code
 *       conll}: the word column of a CoNLL file, its tags ignored (e.g. the tagger's own training
 *       file). Lower-cased when {@code text.lowercase}.
 *   <li>{@code window} (default 5, > 0): context words on each side.
 *   <li>{@code epochs} (default 1, > 0): passes over the text.
 *   <li>{@code min_freq} (default 3, > 0): rarer words get no vector.
 *   <li>{@code negative} (default 5, > 0): negative samples per context word.
 * </ul>
 */
public record Word2VecConfig(List<DataSpec> text, int window, int epochs, int minFreq, int negative) {
  /** Key of the text specs, for messages. */
  public static final String TEXT_KEY = TaggingConfig.KEY + ".word2vec.text";

  private static final String TEXT_EXPECTED =
      "a data spec of format plain or conll, e.g. {format: plain, corpus: ...}, or a list of them";

  /** Validates the text formats and the sizes. */
  public Word2VecConfig {
    Check.required("text", text, TEXT_EXPECTED);
    if (text.isEmpty()) {
      throw InvalidValueException.invalid("text", "[]", TEXT_EXPECTED);
    }
    for (int i = 0; i < text.size(); i++) {
      Check.required(itemKey(text, i), text.get(i), TEXT_EXPECTED);
      DataSpec.requireFormat(itemKey(text, i), text.get(i), List.of(DataFormat.PLAIN, DataFormat.CONLL));
    }
    text = List.copyOf(text);
    Check.positive("window", window);
    Check.positive("epochs", epochs);
    Check.positive("min_freq", minFreq);
    Check.positive("negative", negative);
  }

  @JsonCreator
  static Word2VecConfig fromYaml(
      @JsonProperty("text") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          List<DataSpec> text,
      @JsonProperty("window") Integer window,
      @JsonProperty("epochs") Integer epochs,
      @JsonProperty("min_freq") Integer minFreq,
      @JsonProperty("negative") Integer negative) {
    return new Word2VecConfig(text, Check.or(window, 5), Check.or(epochs, 1), Check.or(minFreq, 3),
        Check.or(negative, 5));
  }

  /** Key path of the {@code i}-th text spec: {@code text} when there is one, else {@code text[i]}. */
  public static String textKey(List<DataSpec> text, int i) {
    return KeyPaths.join(TaggingConfig.KEY + ".word2vec", itemKey(text, i));
  }

  private static String itemKey(List<DataSpec> text, int i) {
    return text.size() == 1 ? "text" : KeyPaths.item("text", i);
  }

  /** A copy whose text specs are {@code mapper}'s results. */
  Word2VecConfig mapData(DataMapper mapper) {
    List<DataSpec> mapped = new ArrayList<>(text.size());
    for (int i = 0; i < text.size(); i++) {
      mapped.add(mapper.map(textKey(text, i), text.get(i), List.of()));
    }
    return new Word2VecConfig(mapped, window, epochs, minFreq, negative);
  }
}
