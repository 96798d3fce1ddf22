package dev.s2s.eval.conll;

import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Chunk-level evaluation identical to conlleval (Erik Tjong Kim Sang, version 2004-01-26).
 *
 * <p>Input: one token per line, fields separated by the delimiter, the last two fields the gold
 * and the predicted tag ({@code token ... gold pred}). Empty lines and lines whose first field is
 * {@code -X-} end a sentence; every other line is a token ({@code -DOCSTART-} lines included). A
 * chunk starts at B-X, at I-X after O, or at I-X / E-X after a different type (conlleval's
 * startOfChunk / endOfChunk rules, so IOB1, IOB2 and IOE work). A predicted chunk is correct when
 * it starts and ends where a gold chunk of the same type does. Accuracy compares full tags.
 *
 * <p>Stricter than conlleval (user errors, {@link UserException} naming source:line): a line
 * with fewer than 2 fields, a line whose field count differs from the first line's, and tags
 * that are neither {@code O} nor B-/I-/E- plus a type (conlleval would silently count e.g.
 * {@code X-PER} as a chunk).
 */
public final class ConllEval {
  private static final String BOUNDARY = "-X-";
  private static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private final ConllOptions options;
  private final Pattern delimiter;

  public ConllEval(ConllOptions options) {
    this.options = options;
    this.delimiter = options.delimiterPattern();
  }

  /** Evaluates a file (plain or .gz, strict UTF-8). */
  public ConllResult evaluate(Path file) {
    return evaluate(TextFiles.readLines(file), file.toString());
  }

  /** Evaluates a byte stream; {@code name} is used in error messages (e.g. "stdin"). */
  public ConllResult evaluate(InputStream in, String name) {
    try {
      BufferedReader r = TextFiles.open(in, name);
      return evaluate(TextFiles.readLines(r), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluates lines (split on '\n', without the '\n'); {@code name} is used in error messages. */
  public ConllResult evaluate(List<String> lines, String name) {
    Run run = new Run(name);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      run.fields(line.isEmpty() ? new String[0] : delimiter.split(line), line, i + 1);
    }
    return run.finish();
  }

  /**
   * Evaluates tag sequences directly (the toolkit's tagger output), as if each sentence were
   * written as {@code token gold predicted} lines followed by an empty line. Errors name the
   * sentence and token (1-based) as "tags:SENTENCE:TOKEN".
   *
   * @param gold gold tags per sentence
   * @param predicted predicted tags per sentence, same lengths as {@code gold}
   */
  public ConllResult evaluateTags(List<List<String>> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold sentences but " + predicted.size() + " predicted sentences");
    }
    Run run = new Run("tags");
    for (int s = 0; s < gold.size(); s++) {
      List<String> g = gold.get(s);
      List<String> p = predicted.get(s);
      if (g.size() != p.size()) {
        throw new IllegalArgumentException(
            "sentence " + (s + 1) + ": " + g.size() + " gold tags but " + p.size()
                + " predicted tags");
      }
      for (int t = 0; t < g.size(); t++) {
        String[] f = {"_", g.get(t), p.get(t)};
        run.name = "tags:" + (s + 1);
        run.fields(f, String.join(" ", f), t + 1);
      }
      run.fields(new String[0], "", g.size() + 1);
    }
    return run.finish();
  }

  /** The state of one pass over the input, mirroring conlleval's variables. */
  private final class Run {
    private String name;
    private int nbrOfFeatures = -1;
    private int featuresLine;
    private ChunkTag lastCorrect = ChunkTag.OUTSIDE;
    private ChunkTag lastGuessed = ChunkTag.OUTSIDE;
    private boolean inCorrect;
    private int inCorrectSentence;
    private long tokens;
    private long correctTags;
    private long correctChunks;
    private long foundCorrect;
    private long foundGuessed;
    private final Map<String, long[]> perType = new HashMap<>(); // [gold, found, correct]
    private final List<long[]> sentences = new ArrayList<>();
    private long[] sentence; // null between sentences

    Run(String name) {
      this.name = name;
    }

    void fields(String[] features, String line, int lineNo) {
      boolean boundary = features.length == 0 || features[0].equals(BOUNDARY);
      if (!boundary && features.length < 2) {
        throw new UserException(
            name + ":" + lineNo + ": found " + features.length + " field in '" + line
                + "': expected at least 2 fields separated by '" + options.delimiter()
                + "' (token ... gold predicted)");
      }
      if (nbrOfFeatures < 0) {
        nbrOfFeatures = features.length - 1;
        featuresLine = lineNo;
      } else if (nbrOfFeatures != features.length - 1 && features.length != 0) {
        throw new UserException(
            name + ":" + lineNo + ": found " + features.length + " fields, expected "
                + (nbrOfFeatures + 1) + " as on line " + featuresLine);
      }
      if (boundary) {
        features = new String[] {BOUNDARY, "O", "O"};
      } else {
        rawTags(features);
        checkTag(features[features.length - 1], "predicted", features.length, lineNo);
        checkTag(features[features.length - 2], "gold", features.length - 1, lineNo);
      }
      ChunkTag guessed = ChunkTag.split(features[features.length - 1]);
      ChunkTag correct = ChunkTag.split(features[features.length - 2]);
      String firstItem = features.length > 2 ? features[0] : null;
      if (BOUNDARY.equals(firstItem)) {
        guessed = new ChunkTag("O", guessed.type());
      }
      if (!boundary && sentence == null) {
        sentence = new long[5];
        sentences.add(sentence);
      }
      step(correct, guessed);
      if (!BOUNDARY.equals(firstItem)) {
        if (correct.prefix().equals(guessed.prefix()) && correct.type().equals(guessed.type())) {
          correctTags++;
          sentence[ConllResult.CORRECT_TAGS]++;
        }
        tokens++;
        sentence[ConllResult.TOKENS]++;
      }
      lastGuessed = guessed;
      lastCorrect = correct;
      if (boundary) {
        sentence = null;
      }
    }

    private void step(ChunkTag correct, ChunkTag guessed) {
      boolean endCorrect = ChunkTag.endOfChunk(lastCorrect, correct);
      boolean endGuessed = ChunkTag.endOfChunk(lastGuessed, guessed);
      if (inCorrect) {
        if (endCorrect && endGuessed && lastGuessed.type().equals(lastCorrect.type())) {
          inCorrect = false;
          countCorrect(lastCorrect.type());
        } else if (endCorrect != endGuessed || !guessed.type().equals(correct.type())) {
          inCorrect = false;
        }
      }
      boolean startCorrect = ChunkTag.startOfChunk(lastCorrect, correct);
      boolean startGuessed = ChunkTag.startOfChunk(lastGuessed, guessed);
      if (startCorrect && startGuessed && guessed.type().equals(correct.type())) {
        inCorrect = true;
        inCorrectSentence = sentences.size() - 1;
      }
      if (startCorrect) {
        foundCorrect++;
        counts(correct.type())[0]++;
        sentence[ConllResult.GOLD]++;
      }
      if (startGuessed) {
        foundGuessed++;
        counts(guessed.type())[1]++;
        sentence[ConllResult.FOUND]++;
      }
    }

    private void countCorrect(String type) {
      correctChunks++;
      counts(type)[2]++;
      sentences.get(inCorrectSentence)[ConllResult.CORRECT]++;
    }

    private long[] counts(String type) {
      return perType.computeIfAbsent(type, t -> new long[3]);
    }

    private void rawTags(String[] f) {
      if (!options.raw()) {
        return;
      }
      for (int k = f.length - 2; k < f.length; k++) {
        if (f[k].equals(options.outsideTag())) {
          f[k] = "O";
        }
        if (!f[k].equals("O")) {
          f[k] = "B-" + f[k];
        }
      }
    }

    private void checkTag(String tag, String role, int column, int lineNo) {
      if (!ChunkTag.isKnown(tag)) {
        throw new UserException(
            name + ":" + lineNo + ": unknown " + role + " tag '" + tag + "' in field " + column
                + ": expected O or B-TYPE, I-TYPE, E-TYPE"
                + (tag.endsWith("\r")
                    ? " (the line ends in a carriage return: convert Windows line endings)"
                    : options.raw() ? "" : " (use raw mode -r for tags without prefixes)"));
      }
    }

    ConllResult finish() {
      if (inCorrect) {
        countCorrect(lastCorrect.type());
      }
      TreeSet<String> sorted = new TreeSet<>(CODE_POINT_ORDER);
      List<String> keys = new ArrayList<>();
      for (Map.Entry<String, long[]> e : perType.entrySet()) {
        if (e.getValue()[0] > 0) {
          keys.add(e.getKey());
        }
        if (e.getValue()[1] > 0) {
          keys.add(e.getKey());
        }
      }
      keys.sort(CODE_POINT_ORDER);
      sorted.addAll(keys);
      Map<String, ChunkCounts> byType = new LinkedHashMap<>();
      for (String t : sorted) {
        long[] c = perType.get(t);
        byType.put(t, new ChunkCounts(c[0], c[1], c[2]));
      }
      return new ConllResult(
          tokens,
          correctTags,
          new ChunkCounts(foundCorrect, foundGuessed, correctChunks),
          byType,
          reportOrder(keys),
          sentences);
    }

    /** conlleval's de-duplication of the sorted keys (it keeps repeats after "" and "0"). */
    private List<String> reportOrder(List<String> sortedKeys) {
      List<String> out = new ArrayList<>();
      String last = null;
      for (String k : sortedKeys) {
        boolean lastFalsy = last == null || last.isEmpty() || last.equals("0");
        if (lastFalsy || !last.equals(k)) {
          out.add(k);
        }
        last = k;
      }
      return out;
    }
  }
}
