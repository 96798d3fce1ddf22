package dev.s2s.tasks.suite;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model of a suite resolved to its run directory (or CRF model file), before loading: what its
 * config says about its languages (when it has a config) and how to create it when it is missing.
 *
 * @param spec the model as the suite gives it (paths resolved)
 * @param location {@code <runs base>/<experiment name>}, the {@code run:} directory, or the
 *     {@code crf_model:} file resolved against the runs base
 * @param translation the config's translation section, or null (no config, or no such section)
 * @param createHint how to create the run directory, e.g. {@code ./s2s train configs/x.yaml}
 */
record ModelPlan(ModelSpec spec, Path location, TranslationConfig translation, String createHint) {
  /** Resolves {@code spec} against {@code runsBase}; reads its experiment config if it has one. */
  static ModelPlan of(ModelSpec spec, Path runsBase, Path workingDir) {
    if (spec.crfModel() != null) {
      Path file = runsBase.resolve(spec.crfModel()).toAbsolutePath().normalize();
      return new ModelPlan(spec, file, null, "./s2s baseline crf-ner train --train TRAIN_FILE -o "
          + display(file, workingDir));
    }
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

  /** Whether the model is a CoreNLP CRF baseline ({@code crf_model:}) rather than a run directory. */
  boolean crfBaseline() {
    return spec.crfModel() != null;
  }

  /**
   * Why the run directory cannot be used (not found, no STATUS, failed without a best
   * checkpoint) or the CRF model file is missing, or null when it can be.
   */
  String unusableReason() {
    if (crfBaseline()) {
      return Files.isRegularFile(location) ? null : "CRF model file " + location + " not found";
    }
    try {
      RunDirectory.of(location).requireUsable("eval");
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
    return "model '" + spec.name() + "' (" + (crfBaseline() ? "CRF model " : "run directory ") + location + "): "
        + reason
        + "; create it with: " + createHint;
  }

  private static String display(Path file, Path workingDir) {
    Path wd = workingDir.toAbsolutePath().normalize();
    return file.startsWith(wd) ? wd.relativize(file).toString() : file.toString();
  }
}
