package dev.s2s.tasks.tagging;

import dev.s2s.experiment.config.TagConsistency;

/**
 * Memory bounds of {@link DocumentTagger}: a document is read in chunks (paragraphs, i.e. text
 * between blank lines) of at most {@code maxChunkChars} characters; a longer paragraph is cut at
 * its last line break, else its last whitespace, else anywhere (never inside a surrogate pair) before
 * the bound; a sentence of more than {@code maxSentenceTokens} tokens is tagged in pieces of that
 * many tokens.
 *
 * @param maxChunkChars characters per chunk, at least 2
 * @param maxSentenceTokens tokens per tagged sentence, at least 1
 * @param batchSentences sentences per call of the tagger, at least 1 (each sentence tagged alone)
 * @param consistency whether the tags of a document are made consistent ({@link
 *     DocumentConsistency}); the tagger is then called once per document
 * @param windowTokens with {@link TagConsistency#DOCUMENT}, the tokens of a document held at a
 *     time: a longer document is made consistent window by window of whole sentences, each window
 *     ending at the first sentence that takes it to this many tokens; at least 1
 */
public record DocumentTaggerOptions(
    int maxChunkChars, int maxSentenceTokens, int batchSentences, TagConsistency consistency, int windowTokens) {
  /**
   * 64 Ki characters per chunk, 250 tokens per sentence (far above any CoNLL-2003 sentence, 124
   * tokens at most), 64 sentences per tagger call, no consistency, windows of 20,000 tokens (the
   * longest CoNLL-2003 document has 1,335).
   */
  public static final DocumentTaggerOptions DEFAULTS =
      new DocumentTaggerOptions(1 << 16, 250, 64);

  public DocumentTaggerOptions {
    if (maxChunkChars < 2 || maxSentenceTokens < 1 || batchSentences < 1 || consistency == null || windowTokens < 1) {
      throw new IllegalArgumentException("invalid document tagger options " + maxChunkChars + ", "
          + maxSentenceTokens + ", " + batchSentences + ", " + consistency + ", " + windowTokens);
    }
  }

  /** Each sentence tagged alone, in batches of {@code batchSentences}. */
  public DocumentTaggerOptions(int maxChunkChars, int maxSentenceTokens, int batchSentences) {
    this(maxChunkChars, maxSentenceTokens, batchSentences, TagConsistency.NONE, 20_000);
  }

  /** The defaults with {@code newConsistency}. */
  public static DocumentTaggerOptions withConsistency(TagConsistency newConsistency) {
    return new DocumentTaggerOptions(DEFAULTS.maxChunkChars(), DEFAULTS.maxSentenceTokens(), DEFAULTS.batchSentences(),
        newConsistency, DEFAULTS.windowTokens());
  }
}
