package dev.s2s.cli;

import dev.s2s.eval.bootstrap.PairedBootstrap;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.eval.conll.SpanF1Bootstrap;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s conlleval}: the report of conlleval (2004-01-26), byte for byte, for a file or
 * standard input ({@link #stdin}, replaceable for tests); with {@code --compare} a paired
 * bootstrap test of span F1 between two prediction files (resampling sentences).
 */
@Command(
    name = "conlleval",
    mixinStandardHelpOptions = true,
    description = "Chunk / entity P, R, F1 exactly as conlleval prints them.")
public final class ConllevalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "-r", description = "Raw tags without B-/I- prefixes (one token per chunk).")
  boolean raw;

  @Option(
      names = "-d",
      defaultValue = " ",
      paramLabel = "DELIM",
      description = "Field delimiter, a regular expression (default: one space).")
  String delimiter;

  @Option(
      names = "-o",
      defaultValue = "O",
      paramLabel = "OUTSIDE",
      description = "Outside tag of raw (-r) input (default: ${DEFAULT-VALUE}).")
  String outside;

  @Option(
      names = "--compare",
      arity = "2",
      paramLabel = "FILE",
      description = "Paired bootstrap test of span F1: FILE_B against baseline FILE_A.")
  List<Path> compare;

  @Option(
      names = "--paired-bs-n",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Bootstrap resamples for --compare (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "12345",
      paramLabel = "SEED",
      description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input (default: stdin).")
  Path file;

  /** Where the input is read from when no FILE is given. */
  public InputStream stdin = System.in;

  @Override
  public Integer call() {
    ConllEval eval = new ConllEval(options());
    PrintWriter out = spec.commandLine().getOut();
    if (compare != null) {
      compare(eval, out);
    } else {
      ConllResult r = file == null ? eval.evaluate(stdin, "stdin") : eval.evaluate(file);
      out.print(r.report());
    }
    out.flush();
    return 0;
  }

  private ConllOptions options() {
    try {
      return new ConllOptions(delimiter, outside, raw);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void compare(ConllEval eval, PrintWriter out) {
    Path a = compare.get(0);
    Path b = compare.get(1);
    PairedBootstrapResult r =
        SpanF1Bootstrap.compare(
            a.toString(), eval.evaluate(a), b.toString(), eval.evaluate(b),
            new PairedBootstrap(resamples, seed));
    String sig = "bs:" + r.resamples() + "|seed:" + r.seed() + "|conlleval:2004-01-26";
    out.println(BootstrapReport.text("FB1", a.toString(), b.toString(), r, sig, 2));
  }
}
