/**
 * Named-entity tagging end to end: {@link dev.s2s.tasks.tagging.TaggingTaskTrainer} trains the
 * tagger an experiment config describes into a run directory, {@link
 * dev.s2s.tasks.tagging.NerSystem} loads it back as a {@link dev.s2s.tasks.SequenceTagger}, and
 * {@link dev.s2s.tasks.tagging.DocumentTagger} tags plain-text documents with entity spans given as
 * character offsets into the original text; the {@code *Output} classes print tagged documents.
 */
package dev.s2s.tasks.tagging;
