package dev.s2s.neural.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.rnn.CellType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class TaggerTrainerTest {
  private static final List<String> FILLERS = List.of(
      "we", "they", "met", "stayed", "lived", "worked", "went", "the", "a", "friend", "yesterday", "and", "often");
  private static final List<List<String>> TRAIN_NAMES = List.of(
      List.of("Paris"), List.of("Berlin"), List.of("Rome"), List.of("Madrid"), List.of("Vienna"),
      List.of("Prague"), List.of("Oslo"), List.of("Lisbon"), List.of("New", "York"), List.of("Buenos", "Aires"));
  private static final List<List<String>> DEV_NAMES = List.of(
      List.of("Dublin"), List.of("Warsaw"), List.of("Athens"), List.of("San", "Diego"), List.of("Kyoto"));

  /**
   * Synthetic task: a capitalised name right after "in" is a LOC span (B-LOC I-LOC ...); the same
   * kind of name after "with" is O, so the tagger must use the context and the spelling.
   */
  static List<TaggedSentence> synthetic(int n, List<List<String>> names, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<TaggedSentence> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> toks = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      int fill = 1 + rnd.nextInt(3);
      for (int k = 0; k < fill; k++) {
        toks.add(FILLERS.get(rnd.nextInt(FILLERS.size())));
        tags.add("O");
      }
      if (rnd.nextInt(10) < 7) {
        toks.add("in");
        tags.add("O");
        List<String> name = names.get(rnd.nextInt(names.size()));
        for (int k = 0; k < name.size(); k++) {
          toks.add(name.get(k));
          tags.add(k == 0 ? "B-LOC" : "I-LOC");
        }
      }
      if (rnd.nextInt(2) == 0) {
        toks.add("with");
        tags.add("O");
        for (String w : names.get(rnd.nextInt(names.size()))) {
          toks.add(w);
          tags.add("O");
        }
      }
      toks.add(FILLERS.get(rnd.nextInt(FILLERS.size())));
      tags.add("O");
      out.add(new TaggedSentence(toks, tags));
    }
    return out;
  }

  /** Spans "type:start:end" of a BIO sequence (an I-X not continuing X starts a new span). */
  private static Set<String> spans(List<String> tags, int sentence) {
    Set<String> out = new HashSet<>();
    String type = null;
    int start = -1;
    for (int t = 0; t <= tags.size(); t++) {
      String tag = t < tags.size() ? tags.get(t) : "O";
      boolean continues = type != null && tag.equals("I-" + type);
      if (!continues && type != null) {
        out.add(sentence + ":" + type + ":" + start + ":" + t);
        type = null;
      }
      if (!continues && !tag.equals("O")) {
        type = tag.substring(2);
        start = t;
      }
    }
    return out;
  }

  /** Exact-match span F1 (conlleval's definition). */
  static double spanF1(TaggerModel model, List<TaggedSentence> data) {
    List<List<String>> predicted = model.predictTags(data.stream().map(TaggedSentence::tokens).toList(), 32);
    Set<String> gold = new HashSet<>();
    Set<String> pred = new HashSet<>();
    for (int i = 0; i < data.size(); i++) {
      gold.addAll(spans(data.get(i).tags(), i));
      pred.addAll(spans(predicted.get(i), i));
    }
    Set<String> correct = new HashSet<>(gold);
    correct.retainAll(pred);
    if (correct.isEmpty()) {
      return 0;
    }
    double p = correct.size() / (double) pred.size();
    double r = correct.size() / (double) gold.size();
    return 2 * p * r / (p + r);
  }

  @Test
  void learnsLocationsAfterInAndGeneralisesToUnseenNames(@TempDir Path dir) {
    List<TaggedSentence> train = synthetic(160, TRAIN_NAMES, 1);
    List<TaggedSentence> dev = synthetic(60, DEV_NAMES, 2);
    TaggerVocab vocab = TaggerVocab.build(train, 1, true);
    TaggerConfig cfg = new TaggerConfig(12, 8, 12, 3, true, CellType.TANH, 16, 1, 0.1, true);
    TaggerModel model = new TaggerModel(cfg, vocab, DataType.FLOAT, 4);
    Path checkpoint = dir.resolve("best.params");
    TaggerTrainer trainer = new TaggerTrainer(
        new TaggerTrainer.Options(20, 4, 0.02, ClipMode.GLOBAL_NORM, 5.0, 2, checkpoint, 5));
    TaggerTrainer.Result result = trainer.train(model, train, m -> spanF1(m, dev));
    assertTrue(result.bestScore() >= 0.9, "dev span F1 " + result.devScores());
    assertEquals(result.bestScore(), spanF1(model, dev), 1e-12, "the model holds the best epoch's parameters");
    assertTrue(Files.isRegularFile(checkpoint));
    TaggerModel reloaded = new TaggerModel(cfg, vocab, DataType.FLOAT, 99);
    reloaded.params().load(checkpoint);
    assertEquals(result.bestScore(), spanF1(reloaded, dev), 1e-12, "checkpoint holds the best parameters");
  }

  @Test
  void earlyStoppingAfterPatienceRestoresTheBestEpoch() {
    List<TaggedSentence> train = synthetic(8, TRAIN_NAMES, 3);
    TaggerVocab vocab = TaggerVocab.build(train, 1, true);
    TaggerModel model = new TaggerModel(
        new TaggerConfig(4, 2, 0, 1, false, CellType.TANH, 3, 1, 0.0, false), vocab, DataType.FLOAT, 1);
    double[] scripted = {0.2, 0.5, 0.4, 0.3, 0.9};
    List<Map<String, INDArray>> seen = new ArrayList<>();
    TaggerTrainer trainer = new TaggerTrainer(
        new TaggerTrainer.Options(4, 5, 0.05, ClipMode.NONE, 0, 2, null, 1));
    TaggerTrainer.Result r = trainer.train(model, train, m -> {
      Map<String, INDArray> copy = new java.util.LinkedHashMap<>();
      m.params().values().forEach((k, v) -> copy.put(k, v.dup()));
      seen.add(copy);
      return scripted[seen.size() - 1];
    });
    // epoch 2 is best (0.5); epochs 3 and 4 do not improve; patience 2 stops after epoch 4
    assertEquals(4, r.epochsRun());
    assertEquals(2, r.bestEpoch());
    assertEquals(0.5, r.bestScore());
    model.params().values().forEach((k, v) ->
        assertEquals(0, v.sub(seen.get(1).get(k)).norm2Number().doubleValue(), 0.0, k));
  }
}
