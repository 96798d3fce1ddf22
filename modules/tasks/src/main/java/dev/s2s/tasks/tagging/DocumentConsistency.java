package dev.s2s.tasks.tagging;

import dev.s2s.experiment.config.TagConsistency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the IOB2 predictions of one document agree with each other ({@code decoding.consistency:
 * document}), after the model has tagged each sentence alone: the label-consistency heuristics of
 * pre-neural NER ("one sense per document", Mikheev et al. 1999; Krishnan and Manning 2006 report
 * that most repeated mentions in CoNLL-2003 documents share a type). A mention is a predicted span;
 * its key is its tokens lower-cased; a key's type is the type that more of its mentions have than
 * any other (a tie gives the key no type). Three rules, applied in this order:
 *
 * <ol>
 *   <li><b>Vote.</b> A mention whose key has a type other than its own takes that type.
 *   <li><b>Fill.</b> An occurrence of a typed key whose tokens are all tagged {@code O} and whose
 *       first token starts with an upper-case letter becomes a mention of that type; longer keys
 *       first.
 *   <li><b>Surname.</b> A token tagged {@code O} between two tokens not in a mention (or the
 *       sentence's ends; a following {@code B-} tag counts as outside), starting with an upper-case
 *       letter, whose lower-case form ends a mention of several tokens of key type {@value
 *       #PERSON}, becomes a one-token {@value #PERSON} mention, unless it is itself the key of a
 *       one-token mention.
 * </ol>
 *
 * <p>The rules were chosen on CoNLL-2003's eng.testa among variants measured in the seventeenth
 * session ({@code eval/results/tagging/bigru-crf.md}: 0.3 F1 on eng.testa, 0.8 on eng.testb on
 * average). The sentences of a document are given as token lists [sentences][tokens] and tag lists
 * of the same shape.
 */
public final class DocumentConsistency {
  /** The entity type of the surname rule (CoNLL-2003's persons). */
  public static final String PERSON = "PER";

  private static final String OUTSIDE = "O";

  private DocumentConsistency() {}

  /** The tags of one document after the three rules; the inputs are not changed. */
  public static List<List<String>> apply(List<List<String>> tokens, List<List<String>> tags) {
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " token sentences but " + tags.size() + " tag sentences");
    }
    List<String[]> out = new ArrayList<>(tags.size());
    List<List<String>> keys = new ArrayList<>(tokens.size());
    for (int s = 0; s < tags.size(); s++) {
      if (tags.get(s).size() != tokens.get(s).size()) {
        throw new IllegalArgumentException("sentence " + s + ": " + tokens.get(s).size() + " tokens but "
            + tags.get(s).size() + " tags");
      }
      out.add(tags.get(s).toArray(new String[0]));
      keys.add(tokens.get(s).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }
    Map<List<String>, Map<String, Integer>> votes = votes(keys, out);
    Map<List<String>, String> types = majorityTypes(votes);
    vote(keys, out, types);
    fill(tokens, keys, out, types);
    surnames(tokens, keys, out, votes.keySet(), types);
    List<List<String>> result = new ArrayList<>(out.size());
    for (String[] s : out) {
      result.add(List.of(s));
    }
    return result;
  }

  /**
   * {@link #apply} to each document of several: {@code starts} holds the index of each document's
   * first sentence, in increasing order, the first 0.
   */
  public static List<List<String>> applyByDocument(
      List<List<String>> tokens, List<List<String>> tags, List<Integer> starts) {
    if (starts.isEmpty() || starts.get(0) != 0) {
      throw new IllegalArgumentException("document starts must begin with 0: " + starts);
    }
    List<List<String>> out = new ArrayList<>(tags.size());
    for (int d = 0; d < starts.size(); d++) {
      int from = starts.get(d);
      int to = d + 1 < starts.size() ? starts.get(d + 1) : tags.size();
      out.addAll(apply(tokens.subList(from, to), tags.subList(from, to)));
    }
    return out;
  }

  /**
   * The tags of several documents as {@code mode} says: unchanged for {@link TagConsistency#NONE}
   * (or no sentences), else {@link #applyByDocument}.
   */
  public static List<List<String>> apply(
      TagConsistency mode, List<List<String>> tokens, List<List<String>> tags, List<Integer> starts) {
    return mode == TagConsistency.NONE || tokens.isEmpty() ? tags : applyByDocument(tokens, tags, starts);
  }

  /** A mention: tokens [start, end) of a sentence, of one type. */
  private record Span(int start, int end, String type) {}

  /** Spans of IOB2 tags as conlleval reads them: an {@code I-X} after no {@code X} starts one. */
  private static List<Span> spans(String[] tags) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      if (tags[i].equals(OUTSIDE)) {
        i++;
        continue;
      }
      String type = tags[i].substring(2);
      String inside = "I-" + type;
      int j = i + 1;
      while (j < tags.length && tags[j].equals(inside)) {
        j++;
      }
      spans.add(new Span(i, j, type));
      i = j;
    }
    return spans;
  }

  private static Map<List<String>, Map<String, Integer>> votes(List<List<String>> keys, List<String[]> tags) {
    Map<List<String>, Map<String, Integer>> votes = new LinkedHashMap<>();
    for (int s = 0; s < tags.size(); s++) {
      for (Span m : spans(tags.get(s))) {
        votes.computeIfAbsent(keys.get(s).subList(m.start(), m.end()), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
      }
    }
    return votes;
  }

  /** Each key's type, in first-mention order; keys whose top types tie are left out. */
  private static Map<List<String>, String> majorityTypes(Map<List<String>, Map<String, Integer>> votes) {
    Map<List<String>, String> types = new LinkedHashMap<>();
    votes.forEach((key, counts) -> {
      String best = null;
      int bestCount = 0;
      boolean tie = false;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
          tie = false;
        } else if (e.getValue() == bestCount) {
          tie = true;
        }
      }
      if (!tie) {
        types.put(key, best);
      }
    });
    return types;
  }

  private static void vote(List<List<String>> keys, List<String[]> tags, Map<List<String>, String> types) {
    for (int s = 0; s < tags.size(); s++) {
      for (Span m : spans(tags.get(s))) {
        String type = types.get(keys.get(s).subList(m.start(), m.end()));
        if (type != null && !type.equals(m.type())) {
          label(tags.get(s), m.start(), m.end(), type);
        }
      }
    }
  }

  private static void fill(
      List<List<String>> tokens, List<List<String>> keys, List<String[]> tags, Map<List<String>, String> types) {
    // where the first tokens of typed keys occur, so that a key is compared only there; a fill in
    // one sentence changes no other sentence, so key-major order gives the same tags
    Map<String, List<int[]>> occurrences = new HashMap<>();
    types.keySet().forEach(key -> occurrences.putIfAbsent(key.get(0), new ArrayList<>()));
    for (int s = 0; s < keys.size(); s++) {
      for (int i = 0; i < keys.get(s).size(); i++) {
        List<int[]> at = occurrences.get(keys.get(s).get(i));
        if (at != null) {
          at.add(new int[] {s, i});
        }
      }
    }
    List<List<String>> longestFirst = new ArrayList<>(types.keySet());
    longestFirst.sort(Comparator.comparingInt((List<String> k) -> k.size()).reversed());
    for (List<String> key : longestFirst) {
      for (int[] at : occurrences.getOrDefault(key.get(0), List.of())) {
        int s = at[0];
        int i = at[1];
        int end = i + key.size();
        String[] sentence = tags.get(s);
        if (end <= sentence.length && keys.get(s).subList(i, end).equals(key) && allOutside(sentence, i, end)
            && startsUpperCase(tokens.get(s).get(i))) {
          label(sentence, i, end, types.get(key));
        }
      }
    }
  }

  private static void surnames(List<List<String>> tokens, List<List<String>> keys, List<String[]> tags,
      Set<List<String>> mentionKeys, Map<List<String>, String> types) {
    Set<String> surnames = new HashSet<>();
    types.forEach((key, type) -> {
      if (key.size() > 1 && type.equals(PERSON)) {
        surnames.add(key.get(key.size() - 1));
      }
    });
    for (List<String> key : mentionKeys) {
      if (key.size() == 1) {
        surnames.remove(key.get(0));
      }
    }
    for (int s = 0; s < tags.size(); s++) {
      String[] t = tags.get(s);
      for (int i = 0; i < t.length; i++) {
        boolean outsideBefore = i == 0 || t[i - 1].equals(OUTSIDE);
        boolean outsideAfter = i + 1 == t.length || t[i + 1].equals(OUTSIDE) || t[i + 1].startsWith("B-");
        if (t[i].equals(OUTSIDE) && outsideBefore && outsideAfter && startsUpperCase(tokens.get(s).get(i))
            && surnames.contains(keys.get(s).get(i))) {
          t[i] = "B-" + PERSON;
        }
      }
    }
  }

  private static boolean allOutside(String[] tags, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!tags[i].equals(OUTSIDE)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsUpperCase(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  private static void label(String[] tags, int start, int end, String type) {
    tags[start] = "B-" + type;
    for (int i = start + 1; i < end; i++) {
      tags[i] = "I-" + type;
    }
  }
}
