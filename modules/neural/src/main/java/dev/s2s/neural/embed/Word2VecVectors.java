package dev.s2s.neural.embed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.text.sentenceiterator.CollectionSentenceIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;

/**
 * Word vectors learned by DL4J's {@link Word2Vec} (skip-gram with negative sampling, no
 * hierarchical softmax) from tokenized sentences, to initialise a model's word embeddings. One
 * worker thread and an explicit seed, so that the same text and settings give the same vectors.
 */
public final class Word2VecVectors {
  private final Word2Vec model;
  private final int dim;

  private Word2VecVectors(Word2Vec model, int dim) {
    this.model = model;
    this.dim = dim;
  }

  /** Settings: vector size, context words per side, passes, minimum count, negative samples. */
  public record Settings(int dim, int window, int epochs, int minFreq, int negative, long seed) {
    public Settings {
      if (dim < 1 || window < 1 || epochs < 1 || minFreq < 1 || negative < 1) {
        throw new IllegalArgumentException("word2vec settings must be positive: " + this);
      }
    }
  }

  /**
   * Trains vectors on {@code sentences} (tokens without whitespace, already normalised as the
   * model's vocabulary is, e.g. lower-cased).
   *
   * @throws IllegalArgumentException when no word reaches {@code minFreq}
   */
  public static Word2VecVectors train(List<List<String>> sentences, Settings s) {
    List<String> lines = new ArrayList<>(sentences.size());
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (List<String> tokens : sentences) {
      if (!tokens.isEmpty()) {
        lines.add(String.join(" ", tokens));
        tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
      }
    }
    if (counts.values().stream().noneMatch(c -> c >= s.minFreq())) {
      throw new IllegalArgumentException("word2vec: no word occurs " + s.minFreq() + " times or more");
    }
    Word2Vec w2v = new Word2Vec.Builder()
        .layerSize(s.dim())
        .windowSize(s.window())
        .epochs(s.epochs())
        .iterations(1)
        .minWordFrequency(s.minFreq())
        .negativeSample(s.negative())
        .useHierarchicSoftmax(false)
        .workers(1)
        .seed(s.seed())
        .iterate(new CollectionSentenceIterator(lines))
        .tokenizerFactory(new DefaultTokenizerFactory())
        .build();
    w2v.fit();
    return new Word2VecVectors(w2v, s.dim());
  }

  public int dim() {
    return dim;
  }

  /** Number of words with a vector. */
  public int size() {
    return model.vocab().numWords();
  }

  /** Every word with a vector, the most frequent first (ties in code-point order). */
  public List<String> wordsByFrequency() {
    List<VocabWord> words = new ArrayList<>(model.vocab().vocabWords());
    words.sort(Comparator.comparingDouble((VocabWord w) -> -w.getElementFrequency()).thenComparing(VocabWord::getWord));
    return words.stream().map(VocabWord::getWord).toList();
  }

  /** How often {@code word} occurs in the text (0 for a word without a vector). */
  public long count(String word) {
    return model.hasWord(word) ? (long) model.vocab().wordFrequency(word) : 0;
  }

  /** The vector of {@code word} [dim], or null when it has none. */
  public double[] vector(String word) {
    return model.hasWord(word) ? model.getWordVector(word) : null;
  }
}
