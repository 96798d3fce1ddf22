package dev.s2s.tasks.suite;

import dev.s2s.common.Sha256;
import dev.s2s.common.UserException;
import dev.s2s.experiment.run.Provenance;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.tasks.TrainedSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs a suite: every selected model on every test set it applies to (translation: the model's
 * source language and a decoder for the test set's target; tagging and lm: all), through {@link
 * TrainedSystems}, scored with the suite's metrics and timed.
 *
 * <p>Before anything is scored, every model's run directory is checked; a missing or unusable one
 * fails the suite with a message naming the model, the run directory and the command that
 * creates it, unless {@link SuiteOptions#allowMissing()} marks it "missing" instead.
 */
public final class SuiteRunner {
  private static final Logger LOG = LogManager.getLogger(SuiteRunner.class);

  private final TrainedSystems systems;
  private final SuiteOptions options;
  private final Clock clock;
  private final LongSupplier nanoTime;

  public SuiteRunner(TrainedSystems systems, SuiteOptions options) {
    this(systems, options, Clock.systemUTC(), System::nanoTime);
  }

  /** A runner with explicit clocks (for tests): {@code nanoTime} times the systems. */
  SuiteRunner(TrainedSystems systems, SuiteOptions options, Clock clock, LongSupplier nanoTime) {
    this.systems = systems;
    this.options = options;
    this.clock = clock;
    this.nanoTime = nanoTime;
  }

  /**
   * Runs {@code suite} (as loaded by {@link SuiteDefinition#load}).
   *
   * @throws UserException for an unknown --only model, and for missing or unusable run
   *     directories unless allowed
   */
  public SuiteResults run(SuiteDefinition suite) {
    Path workingDir = Path.of("").toAbsolutePath();
    List<ModelPlan> plans = new ArrayList<>();
    for (ModelSpec m : select(suite)) {
      plans.add(ModelPlan.of(m, options.runsBase(), workingDir));
    }
    List<String> unusable = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (ModelPlan p : plans) {
      String reason = p.unusableReason();
      reasons.add(reason);
      if (reason != null) {
        unusable.add(p.problem(reason));
      }
    }
    if (!unusable.isEmpty() && !options.allowMissing()) {
      throw new UserException("suite '" + suite.suite() + "' (" + suite.file() + "): " + unusable.size()
          + " of " + plans.size() + " models cannot be evaluated:\n  " + String.join("\n  ", unusable)
          + "\n(or pass --allow-missing to score the others and mark these 'missing')");
    }
    TaskEvaluator evaluator = TaskEvaluator.of(suite.task(), suite.metrics(), new TestSetCache());
    List<ResultRow> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<ModelInfo> infos = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      String missing = evaluateModel(suite, evaluator, plans.get(i), reasons.get(i), rows, notes);
      infos.add(info(plans.get(i), missing));
    }
    return new SuiteResults(suite, clock.instant(), Provenance.git(suite.file().getParent()),
        inputs(suite, plans), infos, rows, notes);
  }

  /** Scores one model; returns why it is missing, or null when it was scored. */
  private String evaluateModel(SuiteDefinition suite, TaskEvaluator evaluator, ModelPlan plan, String reason,
      List<ResultRow> rows, List<String> notes) {
    String name = plan.spec().name();
    TaskEvaluator.LoadedSystem system = null;
    if (reason == null) {
      try {
        system = plan.crfBaseline() ? evaluator.loadCrfBaseline(systems, plan.location())
            : plan.ensemble() ? evaluator.loadEnsemble(systems, plan.members(), plan.decoding())
            : evaluator.load(systems, plan.location(), plan.decoding());
      } catch (UserException e) {
        if (!options.allowMissing()) {
          throw new UserException("suite '" + suite.suite() + "': " + plan.problem("cannot be loaded: "
              + e.getMessage()) + "\n(or pass --allow-missing to score the others and mark it 'missing')", e);
        }
        reason = "cannot be loaded: " + e.getMessage();
      }
    }
    if (system == null) {
      notes.add(name + ": missing: " + reason + "; create it with: " + plan.createHint());
      for (TestSetSpec t : suite.testsets()) {
        if (!plan.ruledOut(t)) {
          rows.add(ResultRow.missing(name, t.name(), reason));
        }
      }
      return reason;
    }
    for (TestSetSpec t : suite.testsets()) {
      String skip = system.skipReason(t);
      if (skip != null) {
        notes.add(name + ": not scored on " + t.name() + ": " + skip);
        continue;
      }
      LOG.info("suite {}: scoring {} on {}", suite.suite(), name, t.name());
      rows.add(system.evaluate(name, t, nanoTime));
    }
    return null;
  }

  private List<ModelSpec> select(SuiteDefinition suite) {
    if (options.only().isEmpty()) {
      return suite.models();
    }
    Set<String> wanted = new LinkedHashSet<>(options.only());
    List<ModelSpec> out = new ArrayList<>();
    for (ModelSpec m : suite.models()) {
      if (wanted.remove(m.name())) {
        out.add(m);
      }
    }
    if (!wanted.isEmpty()) {
      throw new UserException("--only " + String.join(", ", wanted) + ": no such model in suite "
          + suite.file() + "; its models are: "
          + String.join(", ", suite.models().stream().map(ModelSpec::name).toList()));
    }
    return out;
  }

  private static ModelInfo info(ModelPlan plan, String missingReason) {
    RowStatus status = missingReason == null ? RowStatus.OK : RowStatus.MISSING;
    if (plan.crfBaseline()) {
      return new ModelInfo(plan.spec().name(), null, null, plan.location(), status, missingReason, null, null, null);
    }
    RunDirectory run = RunDirectory.of(plan.location());
    String hash = null;
    if (Files.isRegularFile(run.manifestFile())) {
      try {
        hash = run.manifest().configHash();
      } catch (UserException e) {
        LOG.warn("{}: unreadable manifest: {}", run.manifestFile(), e.getMessage());
      }
    }
    return new ModelInfo(plan.spec().name(), plan.spec().config(), plan.location(), null, status, missingReason, hash,
        plan.ensemble() ? plan.members() : null, plan.decoding());
  }

  private static List<InputFile> inputs(SuiteDefinition suite, List<ModelPlan> plans) {
    List<InputFile> in = new ArrayList<>();
    in.add(input("suite", suite.file()));
    for (TestSetSpec t : suite.testsets()) {
      List<Path> files = t.files();
      for (int i = 0; i < files.size(); i++) {
        String role = "testset " + t.name()
            + (t.format() == TestSetFormat.PARALLEL ? " " + (i == 0 ? t.source() : t.target()) : "");
        in.add(input(role, files.get(i)));
      }
    }
    for (ModelPlan p : plans) {
      if (p.spec().config() != null) {
        in.add(input("config " + p.spec().name(), p.spec().config()));
      }
      if (p.crfBaseline() && Files.isRegularFile(p.location())) {
        in.add(input("crf_model " + p.spec().name(), p.location()));
      }
    }
    return in;
  }

  private static InputFile input(String role, Path file) {
    return new InputFile(role, file, Sha256.ofFile(file));
  }
}
