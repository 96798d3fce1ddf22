package dev.s2s.tasks.multitask;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.tasks.SequenceTagger;
import dev.s2s.text.vocab.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tagger of a multi-task run: the shared encoder and the tagging head of the best model
 * ({@code checkpoints/best-multitask.params}), the joint source vocabulary and the tag set of the
 * run directory. Tags already tokenized sentences (one IOB2 tag per token; unknown words are
 * {@code <unk>}; lower-cased first when the run's {@code text.lowercase} is on), in length-sorted
 * batches.
 */
public final class MultiTaskTagger implements SequenceTagger {
  private static final int BATCH = 64;

  private final MultiTaskModel model;
  private final SourceIds ids;
  private final EntityTagSet tags;

  private MultiTaskTagger(MultiTaskModel model, SourceIds ids, EntityTagSet tags) {
    this.model = model;
    this.ids = ids;
    this.tags = tags;
  }

  /**
   * Loads the tagger of a multi-task run directory.
   *
   * @throws UserException when the directory is not a usable run, its config lacks a translation
   *     or tagging section, or the best multi-task parameters are missing
   */
  public static MultiTaskTagger load(Path runDirectory) {
    RunDirectory dir = RunDirectory.of(runDirectory).requireUsable("tag");
    ExperimentConfig cfg = dir.config();
    if (cfg.translation() == null || cfg.tagging() == null) {
      throw new UserException(runDirectory + ": not a multi-task run (its config needs both a 'translation' and a "
          + "'tagging' section)");
    }
    Path best = MultiTaskRunFiles.bestAll(dir);
    if (!Files.isRegularFile(best)) {
      throw new UserException(runDirectory + ": no multi-task model " + best
          + " (was training interrupted before the first validation?)");
    }
    Map<String, Vocabulary> vocabs = MultiTaskVocabularies.load(cfg.translation(), dir);
    EntityTagSet tags = MultiTaskVocabularies.loadTags(dir);
    MultiTaskModel model = MultiTaskModel.create(cfg, vocabs, tags);
    model.params().load(best);
    return new MultiTaskTagger(model, new SourceIds(vocabs.get(cfg.translation().source()), cfg.text().lowercase()), tags);
  }

  /** The tag set (index order of the head's outputs). */
  public List<String> tagSet() {
    return tags.tags();
  }

  @Override
  public List<List<String>> tag(List<List<String>> sentences) {
    return TagPrediction.tags(model.tagger(), ids, tags, sentences, BATCH, model.translation().dataType());
  }
}
