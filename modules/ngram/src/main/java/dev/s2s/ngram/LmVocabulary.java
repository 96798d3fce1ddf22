package dev.s2s.ngram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of an n-gram model with dense integer ids. Ids 0, 1 and 2 are always {@code <unk>},
 * {@code <s>} and {@code </s>}; other words follow in the order they were added.
 */
public final class LmVocabulary {
  /** The unknown-word token. */
  public static final String UNK = "<unk>";
  /** The sentence-start token (context only, never predicted). */
  public static final String BOS = "<s>";
  /** The sentence-end token (predicted). */
  public static final String EOS = "</s>";

  public static final int UNK_ID = 0;
  public static final int BOS_ID = 1;
  public static final int EOS_ID = 2;

  private final List<String> words = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();

  /** A vocabulary holding only the three reserved tokens. */
  public LmVocabulary() {
    add(UNK);
    add(BOS);
    add(EOS);
  }

  /** Id of {@code word}, adding it when new. */
  public int add(String word) {
    Integer id = ids.get(word);
    if (id != null) {
      return id;
    }
    int next = words.size();
    words.add(word);
    ids.put(word, next);
    return next;
  }

  /** Id of {@code word}, or -1 when it is not in the vocabulary. */
  public int idOrMinusOne(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  /** The word with id {@code id}. */
  public String word(int id) {
    return words.get(id);
  }

  /** Number of words including the three reserved tokens. */
  public int size() {
    return words.size();
  }

  /** All words, indexed by id. */
  public List<String> words() {
    return Collections.unmodifiableList(words);
  }
}
