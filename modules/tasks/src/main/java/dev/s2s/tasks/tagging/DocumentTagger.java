package dev.s2s.tasks.tagging;

import dev.s2s.common.TextFiles;
import dev.s2s.tasks.SequenceTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Tags plain-text documents: CoreNLP tokenization and sentence splitting ({@link
 * SentenceSplitter}), a {@link SequenceTagger} for the tags, entities as character spans of the
 * original document ({@link EntitySpan}: {@code document.substring(start, end)} is the entity's
 * text). Documents are streamed chunk by chunk ({@link TextChunker}, bounds in {@link
 * DocumentTaggerOptions}) to a {@link TaggedDocumentSink}, so memory does not grow with the
 * document. A file that is not UTF-8 text (a NUL byte or invalid UTF-8, see {@link InputCheck}) or
 * has no token is skipped: the sink sees nothing of it and the outcome says why.
 */
public final class DocumentTagger {
  private static final Logger LOG = LogManager.getLogger(DocumentTagger.class);

  private final SequenceTagger tagger;
  private final DocumentTaggerOptions options;

  public DocumentTagger(SequenceTagger tagger, DocumentTaggerOptions options) {
    this.tagger = tagger;
    this.options = options;
  }

  /**
   * Tags the document in {@code file} (UTF-8; {@code .gz} is decompressed).
   *
   * @param name the document's name in the output and in messages
   */
  public DocumentOutcome tag(Path file, String name, TaggedDocumentSink sink) {
    Optional<String> problem = InputCheck.problem(file);
    if (problem.isPresent()) {
      return DocumentOutcome.skipped(name, problem.get());
    }
    try (BufferedReader in = TextFiles.open(file)) {
      return tag(in, name, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Tags the document read from {@code text} (already decoded, assumed to be text). */
  public DocumentOutcome tag(Reader text, String name, TaggedDocumentSink sink) throws IOException {
    TextChunker chunker = new TextChunker(text, options.maxChunkChars());
    int index = 0;
    long tokens = 0;
    long entities = 0;
    long length = 0;
    for (TextChunker.Chunk chunk; (chunk = chunker.next()) != null; ) {
      length = chunk.start() + chunk.text().length();
      List<List<TokenSpan>> sentences = bounded(SentenceSplitter.split(chunk.text(), chunk.start()));
      for (int from = 0; from < sentences.size(); from += options.batchSentences()) {
        List<List<TokenSpan>> batch = sentences.subList(from, Math.min(sentences.size(), from + options.batchSentences()));
        List<List<String>> tags = tagger.tag(texts(batch));
        for (int i = 0; i < batch.size(); i++) {
          if (index == 0) {
            sink.startDocument(name);
          }
          DocumentSentence s = sentence(++index, chunk, batch.get(i), tags.get(i));
          tokens += s.tokens().size();
          entities += s.entities().size();
          sink.sentence(s);
        }
      }
    }
    if (index == 0) {
      return DocumentOutcome.skipped(name, "empty document (no text to tag)");
    }
    sink.endDocument(length);
    LOG.debug("tagged {}: {} sentences, {} tokens, {} entities", name, index, tokens, entities);
    return new DocumentOutcome(name, true, "", index, tokens, entities);
  }

  private static DocumentSentence sentence(int index, TextChunker.Chunk chunk, List<TokenSpan> tokens, List<String> tags) {
    if (tags.size() != tokens.size()) {
      throw new IllegalStateException("tagger returned " + tags.size() + " tags for " + tokens.size() + " tokens");
    }
    int from = (int) (tokens.get(0).start() - chunk.start());
    int to = (int) (tokens.get(tokens.size() - 1).end() - chunk.start());
    return DocumentSentence.of(index, chunk.text().substring(from, to), tokens, tags);
  }

  /** Cuts sentences longer than {@code maxSentenceTokens} into pieces. */
  private List<List<TokenSpan>> bounded(List<List<TokenSpan>> sentences) {
    int max = options.maxSentenceTokens();
    List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
    for (List<TokenSpan> s : sentences) {
      for (int from = 0; from < s.size(); from += max) {
        out.add(s.subList(from, Math.min(s.size(), from + max)));
      }
    }
    return out;
  }

  private static List<List<String>> texts(List<List<TokenSpan>> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (List<TokenSpan> s : sentences) {
      out.add(s.stream().map(TokenSpan::text).toList());
    }
    return out;
  }
}
