package dev.s2s.tasks.tagging;

import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Path;

/**
 * The files a tagging run adds to its run directory: the tagger vocabulary {@code
 * vocab-tagger.txt} (words, characters, tags; see {@link dev.s2s.neural.tagger.TaggerVocab}), the
 * best parameters {@code checkpoints/best.ckpt} (a {@link dev.s2s.neural.nn.ParamSet} file), the
 * resumable step checkpoints {@code checkpoints/step-N.ckpt} ({@link TaggerCheckpoint}) and the
 * conlleval report of the test split, {@code test-report.txt}.
 */
public final class TaggingRunFiles {
  /** Name of the tagger vocabulary in {@link RunDirectory#vocabularyFile(String)}. */
  public static final String VOCABULARY = "tagger";
  /** Name of the test report in the run directory. */
  public static final String TEST_REPORT = "test-report.txt";

  private TaggingRunFiles() {}

  /** {@code vocab-tagger.txt}. */
  public static Path vocabulary(RunDirectory run) {
    return run.vocabularyFile(VOCABULARY);
  }

  /** {@code test-report.txt}. */
  public static Path testReport(RunDirectory run) {
    return run.file(TEST_REPORT);
  }
}
