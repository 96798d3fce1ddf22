package dev.s2s.tasks.multitask;

import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Path;

/**
 * The files a multi-task run keeps besides vocabularies ({@link MultiTaskVocabularies}), metrics
 * and learning curve:
 *
 * <ul>
 *   <li>{@code checkpoints/best.ckpt}: the best translation model in the translation task's format
 *       (a {@code dev.s2s.neural.train.Checkpoint} holding exactly the seq2seq parameters, so that
 *       {@code NeuralTranslationSystem.load} reads it; its trainer-state block is empty);
 *   <li>{@code checkpoints/best-multitask.params}: every parameter of the same best model (encoder,
 *       decoders, tagging head), a {@code ParamSet} file; {@link MultiTaskTagger} reads it;
 *   <li>{@code checkpoints/last-multitask.ckpt}: the resumable {@link MultiTaskCheckpoint};
 *   <li>{@code test-scores.txt} (BLEU and chrF per target) and {@code test-tagging.txt} (conlleval
 *       report).
 * </ul>
 */
final class MultiTaskRunFiles {
  private MultiTaskRunFiles() {}

  static Path bestTranslation(RunDirectory dir) {
    return dir.bestCheckpointFile();
  }

  static Path bestAll(RunDirectory dir) {
    return dir.checkpointsDir().resolve("best-multitask.params");
  }

  static Path last(RunDirectory dir) {
    return dir.checkpointsDir().resolve("last-multitask.ckpt");
  }

  static Path testScores(RunDirectory dir) {
    return dir.file("test-scores.txt");
  }

  static Path testTagging(RunDirectory dir) {
    return dir.file("test-tagging.txt");
  }
}
