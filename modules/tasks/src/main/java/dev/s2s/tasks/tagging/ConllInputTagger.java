package dev.s2s.tasks.tagging;

import dev.s2s.common.TextFiles;
import dev.s2s.experiment.config.TagConsistency;
import dev.s2s.tasks.SequenceTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tags input that is already tokenized CoNLL (one token per line, the token in the first of any
 * number of space- or tab-separated columns, a blank line after each sentence): every token line is
 * written back unchanged with the predicted IOB2 tag appended (after a tab when the line uses tabs,
 * else a space); a {@code -DOCSTART-} line gets the outside tag {@code O} appended the same way (so
 * that conlleval reads the output, as it reads CoNLL-2003 system output), blank lines are copied.
 * Streams: at most {@code
 * batchSentences} sentences are held at a time. With {@link TagConsistency#DOCUMENT} the tags of
 * each document (the lines from one {@code -DOCSTART-} to the next) are made consistent ({@link
 * DocumentConsistency}); a document is then held whole, or in windows of at most {@code
 * windowTokens} tokens when it is longer. A file that is not text is skipped ({@link InputCheck}).
 */
public final class ConllInputTagger {
  private static final Pattern FIELDS = Pattern.compile("[ \\t]+");

  private final SequenceTagger tagger;
  private final int batchSentences;
  private final TagConsistency consistency;
  private final int windowTokens;

  /** Tags each sentence alone, {@code batchSentences} sentences per call of the tagger (at least 1). */
  public ConllInputTagger(SequenceTagger tagger, int batchSentences) {
    this(tagger, new DocumentTaggerOptions(DocumentTaggerOptions.DEFAULTS.maxChunkChars(),
        DocumentTaggerOptions.DEFAULTS.maxSentenceTokens(), batchSentences));
  }

  /** Uses the batch size, consistency and window of {@code options}. */
  public ConllInputTagger(SequenceTagger tagger, DocumentTaggerOptions options) {
    this.tagger = tagger;
    this.batchSentences = options.batchSentences();
    this.consistency = options.consistency();
    this.windowTokens = options.windowTokens();
  }

  /** Tags {@code file} into {@code out}. */
  public DocumentOutcome tag(Path file, String name, Writer out) {
    Optional<String> problem = InputCheck.problem(file);
    if (problem.isPresent()) {
      return DocumentOutcome.skipped(name, problem.get());
    }
    try (BufferedReader in = TextFiles.open(file)) {
      return tag(in, name, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Tags the lines of {@code in} into {@code out}. */
  public DocumentOutcome tag(BufferedReader in, String name, Writer out) throws IOException {
    Pending pending = new Pending();
    long[] counts = new long[2];
    List<String> sentence = new ArrayList<>();
    for (String line; (line = in.readLine()) != null; ) {
      String stripped = line.strip();
      boolean docStart = stripped.startsWith("-DOCSTART-");
      if (stripped.isEmpty() || docStart) {
        if (!sentence.isEmpty()) {
          pending.add(sentence);
          sentence = new ArrayList<>();
        }
        if (docStart && consistency == TagConsistency.DOCUMENT) {
          if (pending.sentences.size() >= batchSentences) {
            flush(pending, out, counts);
          }
          pending.startDocument();
        }
        pending.passThrough(stripped.isEmpty() ? line : line + (line.indexOf('\t') >= 0 ? "\t" : " ") + "O");
        if (full(pending)) {
          flush(pending, out, counts);
        }
      } else {
        sentence.add(line);
        pending.lines.add(line);
        pending.isToken.add(true);
      }
    }
    if (!sentence.isEmpty()) {
      pending.add(sentence);
    }
    flush(pending, out, counts);
    out.flush();
    if (counts[1] == 0) {
      return DocumentOutcome.skipped(name, "empty document (no token lines)");
    }
    return new DocumentOutcome(name, true, "", counts[0], counts[1], 0);
  }

  /**
   * Lines read but not written yet, their complete sentences, and where documents start among
   * them (sentence indices, first 0).
   */
  private static final class Pending {
    final List<String> lines = new ArrayList<>();
    final List<Boolean> isToken = new ArrayList<>();
    final List<List<String>> sentences = new ArrayList<>();
    final List<Integer> documentStarts = new ArrayList<>(List.of(0));
    long documentTokens;

    void add(List<String> sentence) {
      sentences.add(sentence);
      documentTokens += sentence.size();
    }

    void startDocument() {
      if (documentStarts.get(documentStarts.size() - 1) < sentences.size()) {
        documentStarts.add(sentences.size());
      }
      documentTokens = 0;
    }

    void passThrough(String line) {
      lines.add(line);
      isToken.add(false);
    }
  }

  /**
   * Whether to tag what is held now: a batch of sentences (each tagged alone), or, with document
   * consistency, a window of the current document.
   */
  private boolean full(Pending p) {
    return consistency == TagConsistency.DOCUMENT ? p.documentTokens >= windowTokens
        : p.sentences.size() >= batchSentences;
  }

  private void flush(Pending p, Writer out, long[] counts) throws IOException {
    List<List<String>> tokens = new ArrayList<>();
    for (List<String> s : p.sentences) {
      tokens.add(s.stream().map(l -> FIELDS.split(l.strip(), 2)[0]).toList());
    }
    List<List<String>> tags = DocumentConsistency.apply(consistency, tokens, tagger.tag(tokens), p.documentStarts);
    int sentence = 0;
    int token = 0;
    int written = 0;
    for (int i = 0; i < p.lines.size(); i++) {
      String line = p.lines.get(i);
      if (!p.isToken.get(i)) {
        out.write(line + "\n");
        written = i + 1;
        continue;
      }
      if (sentence >= tags.size()) {
        break; // an unfinished sentence: kept for the next flush
      }
      out.write(line + (line.indexOf('\t') >= 0 ? "\t" : " ") + tags.get(sentence).get(token) + "\n");
      written = i + 1;
      counts[1]++;
      if (++token == tokens.get(sentence).size()) {
        sentence++;
        counts[0]++;
        token = 0;
      }
    }
    List<String> restLines = new ArrayList<>(p.lines.subList(written, p.lines.size()));
    List<Boolean> restTypes = new ArrayList<>(p.isToken.subList(written, p.isToken.size()));
    p.lines.clear();
    p.isToken.clear();
    p.lines.addAll(restLines);
    p.isToken.addAll(restTypes);
    p.sentences.clear();
    p.documentStarts.clear();
    p.documentStarts.add(0);
    p.documentTokens = 0;
  }
}
