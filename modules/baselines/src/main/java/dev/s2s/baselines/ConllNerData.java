package dev.s2s.baselines;

import dev.s2s.common.UserException;
import dev.s2s.text.conll.ConllFormat;
import dev.s2s.text.conll.ConllReader;
import dev.s2s.text.conll.ConllSentence;
import dev.s2s.text.conll.TagScheme;
import dev.s2s.text.corpus.LineReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads NER sentences (tokens and IOB2 NER tags) from CoNLL files with the toolkit's {@link
 * ConllReader}: 4 columns {@code token POS chunk NER} (CoNLL-2003) or 2 columns {@code token
 * NER}, told apart by the first token line. {@code -DOCSTART-} lines are skipped.
 */
public final class ConllNerData {
  private static final Pattern FIELDS = Pattern.compile("[ \\t]+");

  private ConllNerData() {}

  /**
   * The sentences of {@code file}, tags read in {@code scheme} and returned in IOB2.
   *
   * @throws UserException for a missing file, a malformed line (naming file:line), or an empty
   *     corpus
   */
  public static List<TaggedSentence> read(Path file, TagScheme scheme) {
    ConllFormat format = detectFormat(file);
    List<TaggedSentence> out = new ArrayList<>();
    new ConllReader(format, scheme).forEach(file, s -> out.add(toTagged(s)));
    return out;
  }

  /** The sentences of an IOB2 {@code file}. */
  public static List<TaggedSentence> read(Path file) {
    return read(file, TagScheme.IOB2);
  }

  private static TaggedSentence toTagged(ConllSentence s) {
    return new TaggedSentence(s.tokens(), s.tags());
  }

  /** 4-column CoNLL-2003 or 2-column token/NER, from the first token line. */
  static ConllFormat detectFormat(Path file) {
    try (LineReader in = LineReader.open(file)) {
      for (String line; (line = in.next()) != null; ) {
        if (line.isBlank() || line.startsWith(ConllReader.DOCSTART)) {
          continue;
        }
        int n = FIELDS.split(line.strip()).length;
        if (n == ConllFormat.CONLL2003.columnCount()) {
          return ConllFormat.CONLL2003;
        }
        if (n == ConllFormat.TOKEN_NER.columnCount()) {
          return ConllFormat.TOKEN_NER;
        }
        throw new UserException(
            in.where() + ": found " + n + " columns in '" + line + "': expected "
                + ConllFormat.CONLL2003.describe() + " or " + ConllFormat.TOKEN_NER.describe());
      }
    }
    throw new UserException(file + ": empty corpus (no token lines)");
  }

  /** The tokens of each sentence. */
  public static List<List<String>> tokens(List<TaggedSentence> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (TaggedSentence s : sentences) {
      out.add(s.tokens());
    }
    return out;
  }

  /** Total number of tokens. */
  public static long tokenCount(List<TaggedSentence> sentences) {
    long n = 0;
    for (TaggedSentence s : sentences) {
      n += s.size();
    }
    return n;
  }
}
