package dev.s2s.cli;

import dev.s2s.ngram.ArpaWriter;
import dev.s2s.ngram.BuiltModel;
import dev.s2s.ngram.KneserNeyDiscounts;
import dev.s2s.ngram.NgramLmBuilder;
import dev.s2s.ngram.PlainText;
import dev.s2s.ngram.Smoothing;
import dev.s2s.ngram.TextSentence;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code s2s lm build}: counts a text and writes a smoothed n-gram model as ARPA. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Count TRAIN_FILE (one sentence per line, whitespace tokens) and write an ARPA model.",
      "The vocabulary is the training words plus <unk>; <s> and </s> are added to each sentence."
    })
public final class LmBuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--order", required = true, description = "Highest n-gram order N (1..).")
  int order;

  @Option(
      names = "--smoothing",
      required = true,
      description = "add-k, kn (interpolated Kneser-Ney) or modified-kn (Chen & Goodman).")
  String smoothing;

  @Option(names = "--k", defaultValue = "1", description = "Added count for add-k (default: ${DEFAULT-VALUE}).")
  double k;

  @Option(names = {"-o", "--output"}, required = true, description = "ARPA file to write.")
  Path output;

  @Parameters(index = "0", paramLabel = "TRAIN_FILE", description = "Training text (plain or .gz).")
  Path train;

  @Override
  public Integer call() {
    Smoothing s = Smoothing.parse(smoothing);
    NgramLmBuilder builder = new NgramLmBuilder(order, s, k);
    long start = System.nanoTime();
    List<TextSentence> sentences = PlainText.read(train);
    BuiltModel built = builder.build(sentences, train.toString());
    long estimateNanos = System.nanoTime() - start;
    ArpaWriter.write(built.model(), output);
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "model: %s%n", output);
    out.printf(Locale.ROOT, "order: %d, smoothing: %s%s%n", order, s.cliName(),
        s == Smoothing.ADD_K ? " (k=" + k + ")" : "");
    out.printf(Locale.ROOT, "training: %d sentences, %d tokens (including </s>)%n",
        built.sentences(), built.tokens());
    out.printf(Locale.ROOT, "vocabulary: %d words (training words, <unk>, </s>; <s> is context only)%n",
        built.model().ngramCount(1) - 1);
    for (int n = 1; n <= order; n++) {
      out.printf(Locale.ROOT, "ngram %d=%d", n, built.model().ngramCount(n));
      if (!built.discounts().isEmpty()) {
        KneserNeyDiscounts d = built.discounts().get(n - 1);
        out.printf(Locale.ROOT, "  discounts D1=%.4f D2=%.4f D3+=%.4f", d.d1(), d.d2(), d.d3());
      }
      out.println();
    }
    out.printf(Locale.ROOT, "time: %.2f s (read+count+estimate %.2f s)%n", seconds, estimateNanos / 1e9);
    out.flush();
    return 0;
  }
}
