package dev.s2s.neural.bench;

import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerBatch;
import dev.s2s.neural.tagger.TaggerConfig;
import dev.s2s.neural.tagger.TaggerModel;
import dev.s2s.neural.tagger.TaggerVocab;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Tagging speed of a {@link TaggerModel} (one bidirectional GRU layer of the benchmark's hidden
 * size per direction over word embeddings of its embedding size, CRF output, float32) on
 * synthetic sentences: words "w0".."w{V-1}" drawn uniformly, lengths as in the reverse task,
 * tag set O, B-X, I-X of four entity types. The model is untrained: only the work of {@link
 * TaggerModel#predict} (encoder + Viterbi) is measured.
 */
public final class TaggerSpeed {
  private static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  private final BenchShapes shapes;
  private final SplittableRandom rnd;
  private final TaggerModel model;
  private final MemoryWatch memory;

  /** Draws a vocabulary-covering training set and initialises the model from {@code seed}. */
  public TaggerSpeed(BenchShapes shapes, long seed, MemoryWatch memory) {
    this.shapes = shapes;
    this.rnd = new SplittableRandom(seed);
    this.memory = memory;
    List<TaggedSentence> vocabSource = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int w = 0; w < shapes.vocab(); w++) {
      all.add("w" + w);
    }
    vocabSource.add(new TaggedSentence(all, tags(all.size())));
    TaggerVocab vocab = TaggerVocab.build(vocabSource, 1, false);
    TaggerConfig cfg = new TaggerConfig(shapes.embDim(), 0, 0, 0, false, CellType.GRU, shapes.hidden(), 1, 0, true);
    this.model = new TaggerModel(cfg, vocab, DataType.FLOAT, seed);
  }

  /** {@code count} batches of {@code size} random sentences. */
  public List<TaggerBatch> batches(int count, int size) {
    List<TaggerBatch> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<TaggedSentence> sents = new ArrayList<>(size);
      for (int j = 0; j < size; j++) {
        int len = shapes.minLength() + rnd.nextInt(shapes.maxLength() - shapes.minLength() + 1);
        List<String> toks = new ArrayList<>(len);
        for (int t = 0; t < len; t++) {
          toks.add("w" + rnd.nextInt(shapes.vocab()));
        }
        sents.add(TaggedSentence.unlabelled(toks));
      }
      out.add(TaggerBatch.of(sents, model.vocab(), model.dataType()));
    }
    return out;
  }

  /** Predicts the tags of every batch; units are tokens. */
  public Throughput predict(List<TaggerBatch> batches) {
    return Throughput.measure(() -> {
      long tokens = 0;
      for (TaggerBatch b : batches) {
        model.predict(b);
        tokens += b.tokens();
        memory.sample();
      }
      return tokens;
    });
  }

  private List<String> tags(int n) {
    List<String> t = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      t.add(i < TYPES.size() ? "B-" + TYPES.get(i) : "O");
    }
    return t;
  }
}
