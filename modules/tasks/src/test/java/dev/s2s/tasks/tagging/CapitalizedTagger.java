package dev.s2s.tasks.tagging;

import dev.s2s.tasks.SequenceTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule tagger for tests: a run of tokens starting with an upper-case letter is one PER entity
 * (B-PER I-PER ...), except a run at the start of a sentence, which is an ORG entity; all else O.
 */
final class CapitalizedTagger implements SequenceTagger {
  int calls;

  @Override
  public List<List<String>> tag(List<List<String>> sentences) {
    calls++;
    List<List<String>> out = new ArrayList<>();
    for (List<String> s : sentences) {
      List<String> tags = new ArrayList<>();
      String type = null;
      for (int i = 0; i < s.size(); i++) {
        boolean cap = Character.isUpperCase(s.get(i).codePointAt(0));
        if (!cap) {
          type = null;
          tags.add("O");
        } else if (type == null) {
          type = i == 0 ? "ORG" : "PER";
          tags.add("B-" + type);
        } else {
          tags.add("I-" + type);
        }
      }
      out.add(tags);
    }
    return out;
  }
}
