package dev.s2s.tasks.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * One tagged sentence of a document.
 *
 * @param index 1-based position of the sentence in its document
 * @param text the original text of the sentence, from its first token's start to its last token's
 *     end (line breaks and runs of spaces as in the document)
 * @param tokens the tokens with their offsets, at least one
 * @param tags one IOB2 tag per token
 * @param entities the entities of the tags, in order
 */
public record DocumentSentence(int index, String text, List<TokenSpan> tokens, List<String> tags, List<EntitySpan> entities) {
  public DocumentSentence {
    if (tokens.isEmpty() || tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens and " + tags.size() + " tags");
    }
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    entities = List.copyOf(entities);
  }

  /** Offset of the sentence's first character in the document. */
  public long start() {
    return tokens.get(0).start();
  }

  /** Offset after the sentence's last character. */
  public long end() {
    return tokens.get(tokens.size() - 1).end();
  }

  /**
   * Tags {@code tokens} (their text taken from {@code text}, which starts at document offset {@code
   * textStart}) and reads the entities off the IOB2 tags: {@code B-X} starts an entity, {@code I-X}
   * continues an X entity (an {@code I-X} that cannot continue one starts one, as conlleval reads
   * it).
   */
  static DocumentSentence of(int index, String sentenceText, List<TokenSpan> tokens, List<String> tags) {
    List<EntitySpan> entities = new ArrayList<>();
    long base = tokens.get(0).start();
    int begin = -1;
    String type = null;
    for (int i = 0; i <= tokens.size(); i++) {
      String tag = i < tokens.size() ? tags.get(i) : "O";
      boolean inside = tag.startsWith("I-") && tag.substring(2).equals(type);
      if (begin >= 0 && !inside) {
        entities.add(entity(type, tokens.get(begin), tokens.get(i - 1), sentenceText, base));
        begin = -1;
        type = null;
      }
      if (begin < 0 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
        begin = i;
        type = tag.substring(2);
      }
    }
    return new DocumentSentence(index, sentenceText, tokens, tags, entities);
  }

  private static EntitySpan entity(String type, TokenSpan first, TokenSpan last, String sentenceText, long base) {
    String text = sentenceText.substring((int) (first.start() - base), (int) (last.end() - base));
    return new EntitySpan(type, first.start(), last.end(), text);
  }
}
