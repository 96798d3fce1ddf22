package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerConfig;
import dev.s2s.neural.tagger.TaggerModel;
import dev.s2s.neural.tagger.TaggerVocab;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class LengthSortedPredictionTest {
  private static final List<String> WORDS = List.of("John", "Smith", "works", "in", "London", "Acme", "said", ".");

  /** 23 sentences of 0-9 words: 6 batches of 4 (the last of 3) once the 2 empty ones are left out. */
  private static List<List<String>> sentences() {
    SplittableRandom rnd = new SplittableRandom(3);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      List<String> s = new ArrayList<>();
      int n = i == 5 || i == 17 ? 0 : 1 + rnd.nextInt(9);
      for (int t = 0; t < n; t++) {
        s.add(WORDS.get(rnd.nextInt(WORDS.size())));
      }
      out.add(s);
    }
    return out;
  }

  private static TaggerModel model() {
    List<TaggedSentence> data =
        List.of(new TaggedSentence(WORDS, List.of("B-PER", "I-PER", "O", "O", "B-LOC", "B-ORG", "O", "O")));
    TaggerVocab vocab = TaggerVocab.build(data, 1, true);
    return new TaggerModel(new TaggerConfig(6, 4, 4, 3, true, CellType.GRU, 5, 1, 0.0, true), vocab, DataType.FLOAT, 9);
  }

  @Test
  void tagsDoNotDependOnTheNumberOfThreadsAndKeepTheInputOrder() {
    TaggerModel model = model();
    List<List<String>> sentences = sentences();
    List<List<String>> one = LengthSortedPrediction.tags(model, sentences, 4, 1);
    for (int threads : new int[] {2, 3, 8}) {
      assertEquals(one, LengthSortedPrediction.tags(model, sentences, 4, threads), threads + " threads");
    }
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(sentences.get(i).size(), one.get(i).size(), "sentence " + i);
    }
    // each sentence alone (a batch of one) gets the tags it gets among the others: masking works
    for (int i : new int[] {0, 6, 22}) {
      assertEquals(one.get(i), model.predictTags(List.of(sentences.get(i)), 1).get(0), "sentence " + i + " alone");
    }
  }
}
