package dev.s2s.tasks.tagging;

import dev.s2s.common.TextFiles;
import dev.s2s.experiment.config.TagConsistency;
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
 * has no token is skipped: the sink sees nothing of it and the outcome says why. With {@link
 * TagConsistency#DOCUMENT} a document's tags are made consistent ({@link DocumentConsistency}), its
 * sentences held until its end or until they reach {@link DocumentTaggerOptions#windowTokens()}.
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
    Held held = new Held(name, sink);
    long length = 0;
    for (TextChunker.Chunk chunk; (chunk = chunker.next()) != null; ) {
      length = chunk.start() + chunk.text().length();
      for (List<TokenSpan> sentence : bounded(SentenceSplitter.split(chunk.text(), chunk.start()))) {
        held.add(chunk, sentence);
        if (full(held)) {
          emit(held);
        }
      }
    }
    emit(held);
    if (held.index == 0) {
      return DocumentOutcome.skipped(name, "empty document (no text to tag)");
    }
    sink.endDocument(length);
    LOG.debug("tagged {}: {} sentences, {} tokens, {} entities", name, held.index, held.tokens, held.entities);
    return new DocumentOutcome(name, true, "", held.index, held.tokens, held.entities);
  }

  /** Sentences split but not tagged yet (with their chunks), and what was emitted so far. */
  private static final class Held {
    final String name;
    final TaggedDocumentSink sink;
    final List<TextChunker.Chunk> chunks = new ArrayList<>();
    final List<List<TokenSpan>> sentences = new ArrayList<>();
    long heldTokens;
    int index;
    long tokens;
    long entities;

    Held(String name, TaggedDocumentSink sink) {
      this.name = name;
      this.sink = sink;
    }

    void add(TextChunker.Chunk chunk, List<TokenSpan> sentence) {
      chunks.add(chunk);
      sentences.add(sentence);
      heldTokens += sentence.size();
    }
  }

  /**
   * Whether to tag what is held: a batch of sentences (each tagged alone) or, with document
   * consistency, a window of the document.
   */
  private boolean full(Held h) {
    return options.consistency() == TagConsistency.DOCUMENT ? h.heldTokens >= options.windowTokens()
        : h.sentences.size() >= options.batchSentences();
  }

  /** Tags the held sentences and hands them to the sink. */
  private void emit(Held h) {
    if (h.sentences.isEmpty()) {
      return;
    }
    List<List<String>> words = texts(h.sentences);
    List<List<String>> tags = DocumentConsistency.apply(options.consistency(), words, tagger.tag(words), List.of(0));
    for (int i = 0; i < h.sentences.size(); i++) {
      if (h.index == 0) {
        h.sink.startDocument(h.name);
      }
      DocumentSentence s = sentence(++h.index, h.chunks.get(i), h.sentences.get(i), tags.get(i));
      h.tokens += s.tokens().size();
      h.entities += s.entities().size();
      h.sink.sentence(s);
    }
    h.chunks.clear();
    h.sentences.clear();
    h.heldTokens = 0;
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
