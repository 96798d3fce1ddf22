package dev.s2s.cli;

import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.tasks.TrainedSystems;
import dev.s2s.tasks.suite.MarkdownTable;
import dev.s2s.tasks.suite.ResultsWriter;
import dev.s2s.tasks.suite.SuiteDefinition;
import dev.s2s.tasks.suite.SuiteOptions;
import dev.s2s.tasks.suite.SuiteResults;
import dev.s2s.tasks.suite.SuiteRunner;
import dev.s2s.text.corpus.CorporaRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code s2s eval SUITE.yaml}: scores every model of an evaluation suite on its test sets, writes
 * results.md, results.csv, results.json, hypothesis files and chart.png under {@code
 * <out>/<suite>/} and prints the Markdown table. The trained systems come from {@link #systems}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the models of an evaluation suite (eval/*.yaml) on its test sets.",
      "Writes results.md, results.csv, results.json, hyps/ and chart.png to OUT/<suite>/ and prints the table.",
      "A model whose run directory is missing or unusable fails the suite, unless --allow-missing."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SUITE", description = "Suite file, e.g. eval/translation-multi30k.yaml.")
  Path suiteFile;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "Corpora root for corpus: paths (default: $S2S_CORPORA, else ../shared/corpora).")
  Path corpora;

  @Option(names = "--runs", paramLabel = "DIR",
      description = "Base directory of run directories; a config: model runs in DIR/<experiment name> (default: runs).")
  Path runs;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results base directory; results go to DIR/<suite>/ (default: results/ next to the suite file).")
  Path out;

  @Option(names = "--allow-missing",
      description = "Score the other models when a model's run directory is missing or unusable; mark it 'missing'.")
  boolean allowMissing;

  @Option(names = "--only", paramLabel = "MODEL", description = "Score only this model (repeatable).")
  List<String> only = new ArrayList<>();

  /**
   * Where the trained systems come from (the lead's factory over real run directories); tests
   * set a fake.
   */
  public Supplier<TrainedSystems> systems = () -> {
    throw new UnsupportedOperationException(
        "s2s eval: no trained-systems factory is installed (EvalCommand.systems); this build cannot load run directories");
  };

  @Override
  public Integer call() {
    SuiteDefinition suite = SuiteDefinition.load(suiteFile, CorporaRoot.choose(corpora));
    Path runsBase = (runs == null ? RunDirectory.DEFAULT_BASE : runs).toAbsolutePath().normalize();
    SuiteResults results = new SuiteRunner(systems.get(), new SuiteOptions(runsBase, allowMissing, only)).run(suite);
    Path base = out != null ? out : suite.file().getParent().resolve("results");
    Path dir = ResultsWriter.write(results, base);
    PrintWriter w = spec.commandLine().getOut();
    w.print(MarkdownTable.render(results));
    w.println();
    w.println("Results written to " + dir);
    w.flush();
    return 0;
  }
}
