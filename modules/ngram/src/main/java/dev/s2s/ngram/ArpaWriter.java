package dev.s2s.ngram;

import dev.s2s.common.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a {@link BackoffModel} in the ARPA format read by SRILM, KenLM and IRSTLM: a {@code
 * \data\} header with {@code ngram n=count} lines, then one {@code \n-grams:} section per order
 * with lines {@code log10prob<TAB>w1 .. wn[<TAB>log10backoff]}, then {@code \end\}. A backoff
 * weight is written for every n-gram below the highest order that has successors or a non-zero
 * weight (a pruned model read from ARPA may have both without successors). Numbers use the
 * shortest decimal form that reads back to the same float, so export and import give identical
 * probabilities.
 */
public final class ArpaWriter {
  private ArpaWriter() {}

  /** Writes {@code model} to {@code file} atomically. */
  public static void write(BackoffModel model, Path file) {
    AtomicFiles.write(file, out -> write(model, out));
  }

  /** Writes {@code model} to {@code out} (not closed). */
  public static void write(BackoffModel model, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    LmVocabulary vocabulary = model.vocabulary();
    w.write("\n\\data\\\n");
    for (int n = 1; n <= model.order(); n++) {
      w.write("ngram " + n + "=" + model.ngramCount(n) + "\n");
    }
    for (int n = 1; n <= model.order(); n++) {
      w.write("\n\\" + n + "-grams:\n");
      boolean[] successors = model.hasSuccessors(n);
      StringBuilder line = new StringBuilder();
      for (int j = 0; j < model.tableSize(n); j++) {
        float p = model.log10Prob(n, j);
        if (p == Float.NEGATIVE_INFINITY) {
          continue;
        }
        line.setLength(0);
        line.append(format(p)).append('\t');
        int[] words = model.words(n, j);
        for (int i = 0; i < words.length; i++) {
          line.append(i == 0 ? "" : " ").append(vocabulary.word(words[i]));
        }
        if (n < model.order() && (successors[j] || model.log10Bow(n, j) != 0f)) {
          line.append('\t').append(format(model.log10Bow(n, j)));
        }
        w.write(line.append('\n').toString());
      }
    }
    w.write("\n\\end\\\n");
    w.flush();
  }

  /** Shortest decimal that reads back as {@code value}, without an exponent. */
  static String format(float value) {
    if (value == 0f) {
      return "0";
    }
    String s = Float.toString(value);
    if (s.indexOf('E') >= 0) {
      s = new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
