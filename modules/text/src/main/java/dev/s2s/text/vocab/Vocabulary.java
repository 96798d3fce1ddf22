package dev.s2s.text.vocab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable token-to-id map. Ids 0-3 are the special tokens {@value #PAD}, {@value #UNK},
 * {@value #BOS} and {@value #EOS}; the words follow by decreasing count, ties by string ({@link
 * String#compareTo}). Unknown tokens map to {@link #UNK_ID}. Each entry keeps its training count
 * (for word classes); the count of {@code <unk>} is the occurrences of a literal {@code <unk>}
 * plus those of every word left out by the limits, i.e. how often {@code <unk>} will be seen.
 */
public final class Vocabulary {
  public static final String PAD = "<pad>";
  public static final String UNK = "<unk>";
  public static final String BOS = "<s>";
  public static final String EOS = "</s>";
  public static final int PAD_ID = 0;
  public static final int UNK_ID = 1;
  public static final int BOS_ID = 2;
  public static final int EOS_ID = 3;
  /** The special tokens in id order. */
  public static final List<String> SPECIALS = List.of(PAD, UNK, BOS, EOS);

  private final List<String> tokens;
  private final long[] counts;
  private final Map<String, Integer> ids;

  private Vocabulary(List<String> tokens, long[] counts) {
    this.tokens = List.copyOf(tokens);
    this.counts = counts.clone();
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (m.put(tokens.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate token '" + tokens.get(i) + "'");
      }
    }
    this.ids = Collections.unmodifiableMap(m);
  }

  /**
   * A vocabulary from explicit entries in id order; they must start with {@link #SPECIALS}.
   *
   * @throws IllegalArgumentException for a bad layout (duplicates, missing specials, negative
   *     counts, length mismatch)
   */
  public static Vocabulary of(List<String> tokens, long[] counts) {
    if (tokens.size() != counts.length) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + counts.length + " counts");
    }
    if (tokens.size() < SPECIALS.size() || !tokens.subList(0, SPECIALS.size()).equals(SPECIALS)) {
      throw new IllegalArgumentException("a vocabulary must start with " + SPECIALS);
    }
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("negative count " + c);
      }
    }
    return new Vocabulary(tokens, counts);
  }

  /** Builds from counted tokens within the limits of {@code options}. */
  public static Vocabulary build(TokenCounts counted, VocabularyOptions options) {
    Map<String, Long> all = counted.asMap();
    List<Map.Entry<String, Long>> words = new ArrayList<>();
    for (Map.Entry<String, Long> e : all.entrySet()) {
      if (!SPECIALS.contains(e.getKey())) {
        words.add(e);
      }
    }
    words.sort(
        Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    long maxWords = (long) options.maxSize() - SPECIALS.size();
    List<String> tokens = new ArrayList<>(SPECIALS);
    List<Long> kept = new ArrayList<>();
    long unk = all.getOrDefault(UNK, 0L);
    for (Map.Entry<String, Long> e : words) {
      if (e.getValue() >= options.minFrequency() && kept.size() < maxWords) {
        tokens.add(e.getKey());
        kept.add(e.getValue());
      } else {
        unk += e.getValue();
      }
    }
    long[] c = new long[tokens.size()];
    c[PAD_ID] = all.getOrDefault(PAD, 0L);
    c[UNK_ID] = unk;
    c[BOS_ID] = all.getOrDefault(BOS, 0L);
    c[EOS_ID] = all.getOrDefault(EOS, 0L);
    for (int i = 0; i < kept.size(); i++) {
      c[SPECIALS.size() + i] = kept.get(i);
    }
    return new Vocabulary(tokens, c);
  }

  /** Convenience: counts every token of every sentence, then {@link #build(TokenCounts, VocabularyOptions)}. */
  public static Vocabulary build(Iterable<? extends List<String>> sentences, VocabularyOptions options) {
    TokenCounts counts = new TokenCounts();
    for (List<String> s : sentences) {
      counts.addAll(s);
    }
    return build(counts, options);
  }

  /** Number of entries, specials included. */
  public int size() {
    return tokens.size();
  }

  /** The id of {@code token}, or {@link #UNK_ID} if it is not in the vocabulary. */
  public int id(String token) {
    Integer i = ids.get(token);
    return i == null ? UNK_ID : i;
  }

  /** Whether {@code token} has its own entry. */
  public boolean contains(String token) {
    return ids.containsKey(token);
  }

  /** The token with id {@code id}. */
  public String token(int id) {
    return tokens.get(id);
  }

  /** The training count of entry {@code id}. */
  public long count(int id) {
    return counts[id];
  }

  /** All tokens in id order. */
  public List<String> tokens() {
    return tokens;
  }

  /** Ids of {@code tokens}, unknown ones as {@link #UNK_ID}. */
  public int[] ids(List<String> toks) {
    int[] out = new int[toks.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(toks.get(i));
    }
    return out;
  }

  /** Tokens for {@code ids}. */
  public List<String> tokens(int[] idArray) {
    List<String> out = new ArrayList<>(idArray.length);
    for (int i : idArray) {
      out.add(token(i));
    }
    return out;
  }

  /** Saves to {@code file} (see {@link VocabularyFile}). */
  public void save(Path file) {
    VocabularyFile.save(file, this, null);
  }

  /** Loads a file written by {@link #save}; word classes in it, if any, are ignored. */
  public static Vocabulary load(Path file) {
    return VocabularyFile.load(file).vocabulary();
  }
}
