package dev.s2s.cli;

import dev.s2s.common.UserException;
import dev.s2s.ngram.ArpaReader;
import dev.s2s.ngram.BackoffModel;
import dev.s2s.ngram.NgramScorer;
import dev.s2s.ngram.PerplexityResult;
import dev.s2s.ngram.PlainText;
import dev.s2s.eval.Perplexity;
import dev.s2s.tasks.lm.LmText;
import dev.s2s.tasks.lm.RunLanguageModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code s2s lm perplexity}: scores a text with an ARPA model or the language model of a run directory. */
@Command(
    name = "perplexity",
    mixinStandardHelpOptions = true,
    description = {
      "Score FILE (one sentence per line) with an ARPA model or a trained run directory (n-gram or RNN):",
      "tokens, OOVs, cross-entropy, perplexity.",
      "Every word and each </s> is predicted; words outside the vocabulary are scored as <unk>",
      "when the model has it (KenLM convention), otherwise skipped (SRILM); both are reported.",
      "An RNN run reads FILE as one stream </s> s1 </s> s2 ... (context carried across sentences)."
    })
public final class LmPerplexityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN_DIR|M.arpa",
      description = "ARPA model (plain or .gz), or a run directory of an lm experiment (kind ngram or rnn).")
  Path model;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(index = "0", paramLabel = "FILE", description = "Text to score (plain or .gz).")
  Path file;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserException("--format: unknown value '" + format + "'; expected text or json");
    }
    if (Files.isDirectory(model)) {
      return scoreRun();
    }
    BackoffModel lm = ArpaReader.read(model);
    PerplexityResult r = NgramScorer.score(lm, PlainText.read(file), file.toString());
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(json(r, lm));
    } else {
      text(out, r, lm);
    }
    out.flush();
    return 0;
  }

  private int scoreRun() {
    RunLanguageModel lm = RunLanguageModel.load(model, "lm perplexity");
    List<List<String>> sentences = LmText.read(file, "FILE");
    Perplexity p = lm.score(sentences, file.toString());
    long words = sentences.stream().mapToLong(List::size).sum();
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(String.format(Locale.ROOT,
          "{\"file\": %s, \"model\": %s, \"description\": %s, \"sentences\": %d, \"words\": %d, \"oovs\": %d,"
              + " \"tokens\": %d, \"cross_entropy_bits\": %.8f, \"perplexity\": %.6f}",
          quote(file.toString()), quote(model.toString()), quote(lm.description()), sentences.size(), words,
          lm.lastOovs(), p.tokens(), p.bitsPerToken(), p.perplexity()));
    } else {
      out.printf(Locale.ROOT, "file: %s%n", file);
      out.printf(Locale.ROOT, "model: %s%n", lm.description());
      out.printf(Locale.ROOT, "sentences: %d, words: %d, OOVs: %d (scored as <unk> and counted)%n",
          sentences.size(), words, lm.lastOovs());
      out.printf(Locale.ROOT, "tokens: %d (words + one </s> per sentence)%n", p.tokens());
      out.printf(Locale.ROOT, "cross-entropy: %.6f bits/token%n", p.bitsPerToken());
      out.printf(Locale.ROOT, "perplexity: %.4f%n", p.perplexity());
    }
    out.flush();
    return 0;
  }

  private void text(PrintWriter out, PerplexityResult r, BackoffModel lm) {
    out.printf(Locale.ROOT, "file: %s%n", file);
    out.printf(Locale.ROOT, "model: %s (order %d)%n", model, lm.order());
    out.printf(Locale.ROOT, "sentences: %d, words: %d, OOVs: %d%n", r.sentences(), r.words(), r.oovs());
    out.printf(Locale.ROOT, "convention: %s%n", r.oovConvention());
    if (r.zeroProbabilities() > 0) {
      out.printf(Locale.ROOT, "zero-probability tokens skipped: %d%n", r.zeroProbabilities());
    }
    out.printf(Locale.ROOT, "tokens: %d (scored words + one </s> per sentence)%n", r.countedTokens());
    out.printf(Locale.ROOT, "log10 prob: %.4f%n", r.log10Prob());
    out.printf(Locale.ROOT, "cross-entropy: %.6f bits/token%n", r.perplexity().bitsPerToken());
    out.printf(Locale.ROOT, "perplexity: %.4f%n", r.perplexity().perplexity());
  }

  private String json(PerplexityResult r, BackoffModel lm) {
    return String.format(
        Locale.ROOT,
        "{\"file\": %s, \"model\": %s, \"order\": %d, \"sentences\": %d, \"words\": %d,"
            + " \"oovs\": %d, \"oovs_scored_as_unk\": %b, \"zero_probability_tokens\": %d,"
            + " \"tokens\": %d, \"log10_prob\": %.6f, \"cross_entropy_bits\": %.8f,"
            + " \"perplexity\": %.6f, \"convention\": %s}",
        quote(file.toString()), quote(model.toString()), lm.order(), r.sentences(), r.words(),
        r.oovs(), r.oovsScoredAsUnk(), r.zeroProbabilities(), r.countedTokens(), r.log10Prob(),
        r.perplexity().bitsPerToken(), r.perplexity().perplexity(), quote(r.oovConvention()));
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
