package dev.s2s.tasks;

import java.util.List;

/** A trained tagger: one IOB2 tag per token of each already tokenized sentence. */
public interface SequenceTagger {
  List<List<String>> tag(List<List<String>> sentences);
}
