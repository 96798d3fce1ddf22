package dev.s2s.tasks.suite;

import dev.s2s.experiment.run.GitInfo;
import java.time.Instant;
import java.util.List;

/**
 * Everything one run of a suite produced.
 *
 * @param suite the suite that ran
 * @param date when it ran (UTC)
 * @param git the git state of the suite file's checkout, or null when not in a git work tree
 * @param inputs every file read: the suite, test sets, model configs, with sha256
 * @param models the models run (after --only), in suite order
 * @param rows one row per scored (or missing) model and test set, model-major in suite order
 * @param notes what was skipped and why
 */
public record SuiteResults(
    SuiteDefinition suite,
    Instant date,
    GitInfo git,
    List<InputFile> inputs,
    List<ModelInfo> models,
    List<ResultRow> rows,
    List<String> notes) {
  public SuiteResults {
    inputs = List.copyOf(inputs);
    models = List.copyOf(models);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }
}
