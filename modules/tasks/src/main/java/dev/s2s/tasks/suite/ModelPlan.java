package dev.s2s.tasks.suite;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model of a suite resolved to its run directory (or CRF model file), before loading: what its
 * config says about its languages (when it has a config) and how to create it when it is missing.
 *
 * @param spec the model as the suite gives it (paths resolved)
 * @param translation the config's translation section, or null (no config, or no such section)
 * @param decoding the config's decoding section, which a translation model decodes with and a
 *     tagger takes its document consistency from (so that the suite scores what the config says
 *     now, e.g. a length penalty chosen on dev after the run was trained), or null (no config: the
 *     run's own)
 * @param createHint how to create the run directory, e.g. {@code ./s2s train configs/x.yaml}
 * @param members where the model is: {@code [<runs base>/<experiment name>]}, {@code [the run:
 *     directory]} or {@code [the crf_model: file resolved against the runs base]}; for an ensemble
 *     ({@code seeds}) its run directories, {@code <runs base>/<name>-seed<N>} or {@code <name>} for
 *     the config's own seed
 */
record ModelPlan(
    ModelSpec spec, TranslationConfig translation, DecodingConfig decoding, String createHint, List<Path> members) {
  /** Resolves {@code spec} against {@code runsBase}; reads its experiment config if it has one. */
  static ModelPlan of(ModelSpec spec, Path runsBase, Path workingDir) {
    if (spec.crfModel() != null) {
      Path file = runsBase.resolve(spec.crfModel()).toAbsolutePath().normalize();
      return new ModelPlan(spec, null, null, "./s2s baseline crf-ner train --train TRAIN_FILE -o "
          + display(file, workingDir), List.of(file));
    }
    if (spec.config() == null) {
      String hint = "./s2s train CONFIG --runs " + display(spec.run().getParent(), workingDir)
          + ", where CONFIG has 'name: " + spec.run().getFileName() + "'";
      return new ModelPlan(spec, null, null, hint, List.of(spec.run()));
    }
    // the name and languages are all eval needs: the training data need not be present
    ExperimentConfig config = ExperimentConfig.loadResolved(spec.config());
    Path runDir = runsBase.resolve(config.name()).toAbsolutePath().normalize();
    Path defaultBase = workingDir.resolve(RunDirectory.DEFAULT_BASE).toAbsolutePath().normalize();
    String runsOption = runsBase.toAbsolutePath().normalize().equals(defaultBase) ? ""
        : " --runs " + display(runsBase.toAbsolutePath().normalize(), workingDir);
    String train = "./s2s train " + display(spec.config(), workingDir) + runsOption;
    if (spec.seeds() == null) {
      return new ModelPlan(spec, config.translation(), config.decoding(), train, List.of(runDir));
    }
    List<Path> members = new ArrayList<>();
    for (long seed : spec.seeds()) {
      members.add(runsBase.resolve(config.withSeed(seed).name()).toAbsolutePath().normalize());
    }
    return new ModelPlan(spec, config.translation(), config.decoding(),
        train + " --seed N, for each N of " + spec.seeds(), List.copyOf(members));
  }

  /** The run directory or CRF model file; an ensemble's first run directory. */
  Path location() {
    return members.get(0);
  }

  /** Whether the model is the ensemble of several runs ({@code seeds}). */
  boolean ensemble() {
    return members.size() > 1;
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
      return Files.isRegularFile(location()) ? null : "CRF model file " + location() + " not found";
    }
    for (Path member : members) {
      try {
        RunDirectory.of(member).requireUsable("eval");
      } catch (UserException e) {
        return e.getMessage();
      }
    }
    return null;
  }

  /** Whether the config rules out scoring this model on {@code t} (translation languages). */
  boolean ruledOut(TestSetSpec t) {
    return translation != null && t.format() == TestSetFormat.PARALLEL
        && (!translation.source().equals(t.source()) || !translation.targets().contains(t.target()));
  }

  /** "model 'x': REASON; create it with: HINT". */
  String problem(String reason) {
    String where = crfBaseline() ? "CRF model " + location()
        : ensemble() ? "ensemble of the run directories " + members : "run directory " + location();
    return "model '" + spec.name() + "' (" + where + "): "
        + reason
        + "; create it with: " + createHint;
  }

  private static String display(Path file, Path workingDir) {
    Path wd = workingDir.toAbsolutePath().normalize();
    return file.startsWith(wd) ? wd.relativize(file).toString() : file.toString();
  }
}
