package dev.s2s.cli;

import dev.s2s.common.UserException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code s2s} command line. Every subcommand is a picocli command object; {@link
 * #newCommandLine()} builds the whole tree, {@link #configure(CommandLine)} installs the shared
 * error handling (user errors: message only and exit status 2; {@code --debug}: with stack trace).
 */
@Command(
    name = "s2s",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Recurrent sequence models: translation, tagging, language models, evaluation.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The full command tree with error handling installed. */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new Main());
    for (Object sub : Commands.all()) {
      cl.addSubcommand(sub);
    }
    return configure(cl);
  }

  /** Installs the shared exception handling on a command line (also usable on one subcommand). */
  public static CommandLine configure(CommandLine cl) {
    cl.setExecutionExceptionHandler(Main::handleExecutionException);
    return cl;
  }

  private static int handleExecutionException(
      Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean debug = debugRequested(parseResult);
    Throwable userError = userCause(ex);
    if (userError != null) {
      err.println("s2s " + cmd.getCommandName() + ": " + userError.getMessage());
      if (debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return UserException.EXIT_STATUS;
    }
    err.println("s2s " + cmd.getCommandName() + ": internal error: " + ex);
    if (debug) {
      ex.printStackTrace(err);
    } else {
      err.println("(run again with --debug for the stack trace)");
    }
    err.flush();
    return 1;
  }

  private static Throwable userCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof UserException) {
        return c;
      }
    }
    return null;
  }

  private static boolean debugRequested(ParseResult pr) {
    for (ParseResult p = pr; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
