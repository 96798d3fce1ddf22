package dev.s2s.tasks.tagging;

/**
 * Memory bounds of {@link DocumentTagger}: a document is read in chunks (paragraphs, i.e. text
 * between blank lines) of at most {@code maxChunkChars} characters; a longer paragraph is cut at
 * its last line break, else its last whitespace, else anywhere (never inside a surrogate pair) before
 * the bound; a sentence of more than {@code maxSentenceTokens} tokens is tagged in pieces of that
 * many tokens.
 *
 * @param maxChunkChars characters per chunk, at least 2
 * @param maxSentenceTokens tokens per tagged sentence, at least 1
 * @param batchSentences sentences per call of the tagger, at least 1
 */
public record DocumentTaggerOptions(int maxChunkChars, int maxSentenceTokens, int batchSentences) {
  /**
   * 64 Ki characters per chunk, 250 tokens per sentence (far above any CoNLL-2003 sentence, 124
   * tokens at most), 64 sentences per tagger call.
   */
  public static final DocumentTaggerOptions DEFAULTS = new DocumentTaggerOptions(1 << 16, 250, 64);

  public DocumentTaggerOptions {
    if (maxChunkChars < 2 || maxSentenceTokens < 1 || batchSentences < 1) {
      throw new IllegalArgumentException("invalid document tagger options " + maxChunkChars + ", "
          + maxSentenceTokens + ", " + batchSentences);
    }
  }
}
