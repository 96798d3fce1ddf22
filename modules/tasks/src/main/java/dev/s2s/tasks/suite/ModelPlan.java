package dev.s2s.tasks.suite;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Path;

/**
 * A model of a suite resolved to its run directory, before loading: what its config says about
 * its languages (when it has a config) and how to create the run when it is missing.
 *
 * @param spec the model as the suite gives it (paths resolved)
 * @param runDirectory {@code <runs base>/<experiment name>} or the {@code run:} directory
 * @param translation the config's translation section, or null (no config, or no such section)
 * @param createHint how to create the run directory, e.g. {@code ./s2s train configs/x.yaml}
 */
record ModelPlan(ModelSpec spec, Path runDirectory, TranslationConfig translation, String createHint) {
  /** Resolves {@code spec} against {@code runsBase}; reads its experiment config if it has one. */
  static ModelPlan of(ModelSpec spec, Path runsBase, Path workingDir) {
    if (spec.config() == null) {
      String hint = "./s2s train CONFIG --runs " + display(spec.run().getParent(), workingDir)
          + ", where CONFIG has 'name: " + spec.run().getFileName() + "'";
      return new ModelPlan(spec, spec.run(), null, hint);
    }
    // the name and languages are all eval needs: the training data need not be present
    ExperimentConfig config = ExperimentConfig.loadResolved(spec.config());
    Path runDir = runsBase.resolve(config.name()).toAbsolutePath().normalize();
    Path defaultBase = workingDir.resolve(RunDirectory.DEFAULT_BASE).toAbsolutePath().normalize();
    String runsOption = runsBase.toAbsolutePath().normalize().equals(defaultBase) ? ""
        : " --runs " + display(runsBase.toAbsolutePath().normalize(), workingDir);
    return new ModelPlan(spec, runDir, config.translation(),
        "./s2s train " + display(spec.config(), workingDir) + runsOption);
  }

  /**
   * Why the run directory cannot be used (not found, no STATUS, failed without a best
   * checkpoint), or null when it can.
   */
  String unusableReason() {
    try {
      RunDirectory.of(runDirectory).requireUsable("eval");
      return null;
    } catch (UserException e) {
      return e.getMessage();
    }
  }

  /** Whether the config rules out scoring this model on {@code t} (translation languages). */
  boolean ruledOut(TestSetSpec t) {
    return translation != null && t.format() == TestSetFormat.PARALLEL
        && (!translation.source().equals(t.source()) || !translation.targets().contains(t.target()));
  }

  /** "model 'x': REASON; create it with: HINT". */
  String problem(String reason) {
    return "model '" + spec.name() + "' (run directory " + runDirectory + "): " + reason
        + "; create it with: " + createHint;
  }

  private static String display(Path file, Path workingDir) {
    Path wd = workingDir.toAbsolutePath().normalize();
    return file.startsWith(wd) ? wd.relativize(file).toString() : file.toString();
  }
}
