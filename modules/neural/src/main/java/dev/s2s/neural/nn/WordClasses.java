package dev.s2s.neural.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A partition of a vocabulary of V word ids into C classes, as used by {@link ClassBasedSoftmax}:
 * {@code wordToClass[w]} is the class of word w, {@code classWords[c]} lists the words of class c
 * (the order inside a class fixes the column order of that class's word layer). Every class is
 * non-empty and every word belongs to exactly one class.
 */
public final class WordClasses {
  private final int[] wordToClass;
  private final int[][] classWords;

  /**
   * Checks that the two views agree: each word listed exactly once, in the class wordToClass
   * names. Arrays are copied.
   */
  public WordClasses(int[] wordToClass, int[][] classWords) {
    this.wordToClass = wordToClass.clone();
    this.classWords = new int[classWords.length][];
    boolean[] seen = new boolean[wordToClass.length];
    for (int c = 0; c < classWords.length; c++) {
      if (classWords[c].length == 0) {
        throw new IllegalArgumentException("class " + c + " has no words");
      }
      this.classWords[c] = classWords[c].clone();
      for (int w : classWords[c]) {
        if (w < 0 || w >= wordToClass.length) {
          throw new IllegalArgumentException(
              "class " + c + " lists word " + w + " outside vocabulary [0, " + wordToClass.length + ")");
        }
        if (seen[w]) {
          throw new IllegalArgumentException("word " + w + " is listed more than once");
        }
        if (wordToClass[w] != c) {
          throw new IllegalArgumentException(
              "word " + w + " is listed in class " + c + " but wordToClass says " + wordToClass[w]);
        }
        seen[w] = true;
      }
    }
    for (int w = 0; w < seen.length; w++) {
      if (!seen[w]) {
        throw new IllegalArgumentException(
            "word " + w + " (class " + wordToClass[w] + ") is not listed in any class");
      }
    }
  }

  /** Builds the class lists from wordToClass (words in increasing id order within a class). */
  public static WordClasses fromWordToClass(int[] wordToClass, int numClasses) {
    List<List<Integer>> lists = new ArrayList<>();
    for (int c = 0; c < numClasses; c++) {
      lists.add(new ArrayList<>());
    }
    for (int w = 0; w < wordToClass.length; w++) {
      int c = wordToClass[w];
      if (c < 0 || c >= numClasses) {
        throw new IllegalArgumentException(
            "word " + w + " has class " + c + " outside [0, " + numClasses + ")");
      }
      lists.get(c).add(w);
    }
    int[][] cw = new int[numClasses][];
    for (int c = 0; c < numClasses; c++) {
      cw[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    return new WordClasses(wordToClass, cw);
  }

  /** One class holding all {@code vocabSize} words: class-based softmax reduces to full softmax. */
  public static WordClasses single(int vocabSize) {
    return fromWordToClass(new int[vocabSize], 1);
  }

  public int vocabSize() {
    return wordToClass.length;
  }

  public int numClasses() {
    return classWords.length;
  }

  public int classOf(int word) {
    return wordToClass[word];
  }

  /** The words of class c (a copy). */
  public int[] wordsOf(int c) {
    return classWords[c].clone();
  }

  int classSize(int c) {
    return classWords[c].length;
  }

  int word(int c, int i) {
    return classWords[c][i];
  }

  @Override
  public String toString() {
    int max = Arrays.stream(classWords).mapToInt(a -> a.length).max().orElse(0);
    return "WordClasses[V=" + vocabSize() + ", C=" + numClasses() + ", largest class " + max + "]";
  }
}
