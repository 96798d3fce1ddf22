package dev.s2s.cli;

import dev.s2s.baselines.ConllNerData;
import dev.s2s.baselines.CoreNlpCrfNer;
import dev.s2s.baselines.NerScoring;
import dev.s2s.baselines.TaggedSentence;
import dev.s2s.common.UserException;
import dev.s2s.text.conll.TagScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code s2s baseline crf-ner tag}: tags a CoNLL file (or standard input, {@link #stdin}) and
 * prints {@code token gold predicted} per token, an empty line after each sentence: the input
 * conlleval reads.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = "Tag CoNLL token-per-line input; print 'token gold predicted' lines (conlleval input).")
public final class CrfNerTagCommand implements Callable<Integer> {
  private static final String STDIN = "stdin";

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Trained model.")
  Path model;

  @Option(names = "--input-scheme", defaultValue = "iob2", paramLabel = "SCHEME",
      description = "Tag scheme of the input's NER column: iob2, iob1 or io (default: ${DEFAULT-VALUE}).")
  String inputScheme;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "CoNLL input, 4 columns (token POS chunk NER) or 2 (token NER); default: stdin.")
  Path file;

  /** Where the input is read from when no FILE is given. */
  public InputStream stdin = System.in;

  @Override
  public Integer call() {
    TagScheme scheme = TagScheme.parse(inputScheme, "--input-scheme");
    List<TaggedSentence> gold = file == null ? readStdin(scheme) : ConllNerData.read(file, scheme);
    CoreNlpCrfNer tagger = CoreNlpCrfNer.load(model);
    List<List<String>> predicted = tagger.tag(ConllNerData.tokens(gold));
    PrintWriter out = spec.commandLine().getOut();
    for (String line : NerScoring.lines(gold, predicted)) {
      out.println(line);
    }
    out.flush();
    return 0;
  }

  /** Copies stdin to a temporary file so the toolkit's reader can check it; errors say "stdin". */
  private List<TaggedSentence> readStdin(TagScheme scheme) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("s2s-crf-ner-tag");
      Path copy = dir.resolve(STDIN);
      Files.copy(stdin, copy, StandardCopyOption.REPLACE_EXISTING);
      try {
        return ConllNerData.read(copy, scheme);
      } catch (UserException e) {
        throw new UserException(e.getMessage().replace(copy.toString(), STDIN), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot buffer standard input", e);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a leftover temporary file is harmless
    }
  }
}
