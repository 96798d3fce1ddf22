package dev.s2s.text.conll;

import java.nio.file.Path;
import java.util.List;

/**
 * The sentences of one CoNLL file with the number of documents ({@code -DOCSTART-} sections that
 * hold at least one sentence; a file without {@code -DOCSTART-} is one document).
 */
public record ConllCorpus(Path file, ConllFormat format, List<ConllSentence> sentences, int documents) {
  public ConllCorpus {
    sentences = List.copyOf(sentences);
  }

  /** Total number of tokens. */
  public long tokenCount() {
    long n = 0;
    for (ConllSentence s : sentences) {
      n += s.size();
    }
    return n;
  }
}
