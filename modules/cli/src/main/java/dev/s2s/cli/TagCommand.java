package dev.s2s.cli;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ConfigEnum;
import dev.s2s.experiment.config.TagConsistency;
import dev.s2s.tasks.SequenceTagger;
import dev.s2s.tasks.tagging.ConllInputTagger;
import dev.s2s.tasks.tagging.DocumentFormat;
import dev.s2s.tasks.tagging.DocumentOutcome;
import dev.s2s.tasks.tagging.DocumentTagger;
import dev.s2s.tasks.tagging.DocumentTaggerOptions;
import dev.s2s.tasks.RunSystems;
import dev.s2s.tasks.tagging.TaggedDocumentSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code s2s tag}: named-entity tagging of plain-text documents (CoreNLP tokenization and sentence
 * splitting, entities as character offsets into the original text) or, with {@code --conll-input},
 * of tokenized CoNLL input. Inputs are files, directories (their regular files in sorted order) or
 * standard input ({@link #stdin}) when none is given. A binary or empty input is skipped with a
 * message and the rest is tagged; the exit status is then 2.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Tag named entities in plain-text documents (or tokenized CoNLL input) with a trained run.",
      "Exit status: 0 when every input was tagged, 2 when an input was skipped or on a user error."
    })
public final class TagCommand implements Callable<Integer> {
  private static final String STDIN = "stdin";

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN_DIR",
      description = "Run directory of a trained tagging experiment (runs/<name>). Given several times, the"
          + " runs' taggers tag as one ensemble (mean of their emission and transition scores).")
  List<Path> models = new ArrayList<>();

  @Option(names = "--format", defaultValue = "conll", paramLabel = "FORMAT",
      description = "Output: conll (token TAB tag, '# doc: NAME' per document), inline ([PER Ann] ...),"
          + " json (one object per document), tsv (one entity per row). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
  Path output;

  @Option(names = "--consistency", paramLabel = "MODE",
      description = "none: each sentence's tags as the model predicts them; document: the mentions of a"
          + " document agree (same string, same type; see DocumentConsistency). Default: the first run's"
          + " decoding.consistency.")
  String consistency;

  @Option(names = "--conll-input", description = "Input is tokenized CoNLL (token in the first column); prints each line with the predicted tag appended.")
  boolean conllInput;

  @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Inputs (default: standard input).")
  List<Path> inputs = new ArrayList<>();

  /** Where the input is read from when no FILE is given. */
  public InputStream stdin = System.in;

  @Override
  public Integer call() {
    DocumentFormat documentFormat = parseFormat();
    TagConsistency chosen = consistency == null ? null : parseConsistency();
    List<Path> files = expand(inputs);
    RunSystems systems = new RunSystems();
    SequenceTagger tagger = systems.tagger(models); // tagger-only or shared-encoder run, or an ensemble
    DocumentTaggerOptions options = DocumentTaggerOptions.withConsistency(
        chosen != null ? chosen : systems.decoding(models.get(0)).consistency());
    Path stdinCopy = files.isEmpty() ? bufferStdin() : null;
    try {
      List<Input> work = new ArrayList<>();
      if (stdinCopy != null) {
        work.add(new Input(stdinCopy, STDIN));
      }
      for (Path f : files) {
        work.add(new Input(f, f.toString()));
      }
      List<DocumentOutcome> outcomes = output == null
          ? tagAll(work, tagger, options, documentFormat, spec.commandLine().getOut(), false)
          : tagToFile(work, tagger, options, documentFormat);
      return report(outcomes);
    } finally {
      deleteQuietly(stdinCopy);
    }
  }

  private record Input(Path file, String name) {}

  private List<DocumentOutcome> tagToFile(
      List<Input> work, SequenceTagger tagger, DocumentTaggerOptions options, DocumentFormat documentFormat) {
    List<List<DocumentOutcome>> result = new ArrayList<>();
    AtomicFiles.write(output, os -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
      result.add(tagAll(work, tagger, options, documentFormat, w, System.console() != null));
      w.flush();
    });
    return result.get(0);
  }

  private List<DocumentOutcome> tagAll(List<Input> work, SequenceTagger tagger, DocumentTaggerOptions options,
      DocumentFormat documentFormat, Writer out, boolean showProgress) {
    List<DocumentOutcome> outcomes = new ArrayList<>();
    ProgressBar bar = showProgress ? progressBar(work.size()) : null;
    try {
      if (conllInput) {
        ConllInputTagger conll = new ConllInputTagger(tagger, options);
        for (Input in : work) {
          outcomes.add(announce(conll.tag(in.file(), in.name(), out)));
          step(bar);
        }
      } else {
        DocumentTagger documents = new DocumentTagger(tagger, options);
        TaggedDocumentSink sink = documentFormat.open(out);
        for (Input in : work) {
          outcomes.add(announce(documents.tag(in.file(), in.name(), sink)));
          step(bar);
        }
        sink.finish();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output", e);
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    return outcomes;
  }

  private DocumentOutcome announce(DocumentOutcome outcome) {
    if (!outcome.tagged()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("s2s tag: skipped " + outcome.name() + ": " + outcome.message());
      err.flush();
    }
    return outcome;
  }

  private int report(List<DocumentOutcome> outcomes) {
    long skipped = outcomes.stream().filter(o -> !o.tagged()).count();
    if (skipped > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("s2s tag: " + skipped + " of " + outcomes.size() + " inputs skipped; the others were tagged");
      err.flush();
      return UserException.EXIT_STATUS;
    }
    return 0;
  }

  private TagConsistency parseConsistency() {
    for (TagConsistency c : TagConsistency.values()) {
      if (c.key().equals(consistency)) {
        return c;
      }
    }
    throw new UserException("--consistency: unknown mode '" + consistency + "'; expected "
        + ConfigEnum.choices(TagConsistency.class));
  }

  private DocumentFormat parseFormat() {
    for (DocumentFormat f : DocumentFormat.values()) {
      if (f.key().equals(format)) {
        if (conllInput && f != DocumentFormat.CONLL) {
          throw new UserException("--format " + format + " cannot be used with --conll-input, whose output is"
              + " the input's CoNLL lines with the tag appended; leave out --format or use --format conll");
        }
        return f;
      }
    }
    throw new UserException("--format: unknown format '" + format + "'; expected one of conll, inline, json, tsv");
  }

  /** Files as given; a directory gives its regular files, sorted by name. */
  private static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UserException("cannot list directory " + p + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new UserException("input " + p + " not found (expected a file or a directory)");
      }
    }
    return files;
  }

  private Path bufferStdin() {
    try {
      Path copy = Files.createTempFile("s2s-tag-stdin", ".txt");
      Files.copy(stdin, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot buffer standard input", e);
    }
  }

  private ProgressBar progressBar(int total) {
    PrintWriter err = spec.commandLine().getErr();
    return new ProgressBarBuilder().setTaskName("tag").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new DelegatingProgressBarConsumer(line -> {
          err.print("\r" + line);
          err.flush();
        }))
        .build();
  }

  private static void step(ProgressBar bar) {
    if (bar != null) {
      bar.step();
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a leftover temporary file is harmless
      }
    }
  }
}
