package dev.s2s.text.vocab;

import dev.s2s.common.UserException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A partition of a vocabulary's ids into classes for a class-based softmax: {@code P(w | h) =
 * P(class(w) | h) * P(w | class(w), h)}. Classes are numbered 0..{@link #classCount()}-1 and
 * none is empty; inside a class words are listed by increasing id, and {@link #indexInClass} is a
 * word's position there (the column of its within-class softmax). The whole structure follows from
 * the id-to-class array, so a saved and reloaded assignment gives the same layout.
 */
public final class WordClasses {
  private static final Logger LOG = LogManager.getLogger(WordClasses.class);

  private final int[] classOf;
  private final int[][] members;
  private final int[] indexInClass;

  private WordClasses(int[] classOf, int[][] members) {
    this.classOf = classOf;
    this.members = members;
    this.indexInClass = new int[classOf.length];
    for (int[] m : members) {
      for (int i = 0; i < m.length; i++) {
        indexInClass[m[i]] = i;
      }
    }
  }

  /**
   * Frequency binning as in Mikolov's RNNLM: entries are sorted by count (descending, ties by
   * token string), then walked while accumulating their share {@code m} of the mass ({@link
   * ClassBinning}); the entry whose cumulative share first exceeds {@code (a+1)/C} is the last of
   * class {@code a}, and the next entry opens class {@code a+1} (up to {@code C-1}). Frequent words
   * thus get small classes and rare words large ones, each class holding about 1/C of the mass.
   *
   * <p>The special tokens are binned by their counts like any word: {@code </s>} and {@code
   * <unk>} usually land in early classes, while never-predicted {@code <pad>} and {@code <s>}
   * (count 0) go into the last class reached. If the mass runs out before {@code C} classes are
   * opened, fewer classes are made (logged).
   *
   * @param requestedClasses C, between 1 and the vocabulary size
   * @param key config key for C, for the error message (may be null)
   * @throws UserException when C is out of range
   */
  public static WordClasses frequencyBinned(
      Vocabulary vocab, int requestedClasses, ClassBinning binning, String key) {
    int n = vocab.size();
    if (requestedClasses < 1 || requestedClasses > n) {
      throw new UserException(
          (key == null ? "number of word classes" : key) + ": must be between 1 and the vocabulary size "
              + n + ", got " + requestedClasses);
    }
    Integer[] order = sortedByCount(vocab);
    double[] share = shares(vocab, order, binning);
    int[] classOf = new int[n];
    double cumulative = 0;
    int a = 0;
    for (int r = 0; r < n; r++) {
      cumulative = Math.min(1.0, cumulative + share[r]);
      classOf[order[r]] = a;
      if (cumulative > (a + 1) / (double) requestedClasses && a < requestedClasses - 1) {
        a++;
      }
    }
    WordClasses wc = fromAssignment(classOf);
    if (wc.classCount() < requestedClasses) {
      LOG.warn("asked for {} word classes, the counts support only {}", requestedClasses, wc.classCount());
    }
    return wc;
  }

  /**
   * Classes from an explicit assignment, id to class (e.g. read from a file).
   *
   * @throws IllegalArgumentException if a class id is negative or a class in 0..max is empty
   */
  public static WordClasses of(int[] classOf) {
    return fromAssignment(classOf.clone());
  }

  private static Integer[] sortedByCount(Vocabulary vocab) {
    Integer[] order = new Integer[vocab.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingLong((Integer i) -> vocab.count(i)).reversed().thenComparing(vocab::token));
    return order;
  }

  private static double[] shares(Vocabulary vocab, Integer[] order, ClassBinning binning) {
    double total = 0;
    for (int i = 0; i < vocab.size(); i++) {
      total += vocab.count(i);
    }
    if (total <= 0) {
      throw new UserException("cannot bin word classes: every vocabulary count is 0");
    }
    double[] s = new double[order.length];
    double norm = 0;
    for (int r = 0; r < order.length; r++) {
      double p = vocab.count(order[r]) / total;
      s[r] = binning == ClassBinning.SQRT ? Math.sqrt(p) : p;
      norm += s[r];
    }
    for (int r = 0; r < s.length; r++) {
      s[r] /= norm;
    }
    return s;
  }

  private static WordClasses fromAssignment(int[] classOf) {
    int max = -1;
    for (int c : classOf) {
      if (c < 0) {
        throw new IllegalArgumentException("negative class id " + c);
      }
      max = Math.max(max, c);
    }
    List<List<Integer>> lists = new ArrayList<>();
    for (int c = 0; c <= max; c++) {
      lists.add(new ArrayList<>());
    }
    for (int id = 0; id < classOf.length; id++) {
      lists.get(classOf[id]).add(id);
    }
    int[][] members = new int[max + 1][];
    for (int c = 0; c <= max; c++) {
      if (lists.get(c).isEmpty()) {
        throw new IllegalArgumentException("word class " + c + " is empty (classes 0.." + max + ")");
      }
      members[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    return new WordClasses(classOf, members);
  }

  /** Number of classes. */
  public int classCount() {
    return members.length;
  }

  /** Number of words covered (the vocabulary size). */
  public int vocabularySize() {
    return classOf.length;
  }

  /** The class of word {@code id}. */
  public int classOf(int id) {
    return classOf[id];
  }

  /** The word ids of class {@code c}, increasing (a copy). */
  public int[] wordsOf(int c) {
    return members[c].clone();
  }

  /** Number of words in class {@code c}. */
  public int classSize(int c) {
    return members[c].length;
  }

  /** Position of word {@code id} within its class's word list. */
  public int indexInClass(int id) {
    return indexInClass[id];
  }

  /** A copy of the id-to-class array. */
  public int[] classOfArray() {
    return classOf.clone();
  }
}
