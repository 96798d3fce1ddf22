package dev.s2s.text.conll;

import dev.s2s.common.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes sentences as CoNLL columns (space-separated, a blank line after each sentence), converting
 * tag columns from IOB2 to the requested scheme. With {@code docstart} on, a {@code -DOCSTART-}
 * line (first column {@code -DOCSTART-}, middle columns {@code -X-}, last column {@code O}) and a
 * blank line are written before the first sentence of every document, as in CoNLL-2003.
 */
public final class ConllWriter {
  private final ConllFormat format;
  private final TagScheme scheme;
  private final boolean docstart;

  public ConllWriter(ConllFormat format, TagScheme scheme, boolean docstart) {
    this.format = format;
    this.scheme = scheme;
    this.docstart = docstart;
  }

  /** Writes {@code sentences} to {@code file} atomically (UTF-8). */
  public void write(Path file, List<ConllSentence> sentences) {
    AtomicFiles.write(
        file,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          write(w, sentences);
          w.flush();
        });
  }

  /** Writes {@code sentences} to {@code w}. */
  public void write(Writer w, List<ConllSentence> sentences) throws IOException {
    int lastDocument = Integer.MIN_VALUE;
    for (ConllSentence s : sentences) {
      if (s.columns().size() != format.columnCount()) {
        throw new IllegalArgumentException(
            "sentence has " + s.columns().size() + " columns, format has " + format.describe());
      }
      if (docstart && s.document() != lastDocument) {
        w.write(docstartLine());
        w.write("\n\n");
      }
      lastDocument = s.document();
      writeSentence(w, s);
    }
  }

  private void writeSentence(Writer w, ConllSentence s) throws IOException {
    List<List<String>> cols = new ArrayList<>(s.columns());
    for (int c : format.tagColumns()) {
      cols.set(c, scheme.fromIob2(cols.get(c)));
    }
    for (int i = 0; i < s.size(); i++) {
      for (int c = 0; c < cols.size(); c++) {
        String f = cols.get(c).get(i);
        if (f.isEmpty() || f.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException("field '" + f + "' is empty or contains whitespace");
        }
        if (c > 0) {
          w.write(' ');
        }
        w.write(f);
      }
      w.write('\n');
    }
    w.write('\n');
  }

  private String docstartLine() {
    StringBuilder sb = new StringBuilder(ConllReader.DOCSTART);
    for (int c = 1; c < format.columnCount() - 1; c++) {
      sb.append(" -X-");
    }
    return sb.append(" O").toString();
  }
}
