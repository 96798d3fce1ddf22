package dev.s2s.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code s2s lm ...} in-process with the shared error handling and captures its output. */
final class LmCliSupport {
  private LmCliSupport() {}

  /** Exit status and captured streams of one run. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.configure(new CommandLine(new LmCommand()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
