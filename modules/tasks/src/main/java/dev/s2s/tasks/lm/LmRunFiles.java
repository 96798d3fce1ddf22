package dev.s2s.tasks.lm;

import dev.s2s.common.AtomicFiles;
import dev.s2s.eval.Perplexity;
import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The files a language-model run directory holds besides the common ones: {@code model.arpa}
 * (kind ngram), {@code vocab-lm.txt} with word classes when used (kind rnn), checkpoints (kind rnn,
 * {@link LmCheckpoint}) and {@code test-perplexity.txt}.
 */
public final class LmRunFiles {
  /** Vocabulary name: the file is {@code vocab-lm.txt}. */
  public static final String VOCABULARY = "lm";

  private LmRunFiles() {}

  public static Path arpa(RunDirectory run) {
    return run.file("model.arpa");
  }

  public static Path vocabulary(RunDirectory run) {
    return run.vocabularyFile(VOCABULARY);
  }

  public static Path testPerplexity(RunDirectory run) {
    return run.file("test-perplexity.txt");
  }

  /**
   * Writes {@code test-perplexity.txt}: lines {@code key: value} (perplexity, bits_per_token,
   * tokens, nll_nats, oovs, test file).
   */
  public static void writeTestPerplexity(RunDirectory run, Perplexity p, long oovs, Path testFile) {
    String text = String.format(Locale.ROOT,
        "perplexity: %.4f%nbits_per_token: %.6f%ntokens: %d%nnll_nats: %.6f%noovs: %d%nfile: %s%n"
            + "convention: every word and one </s> per sentence predicted; OOVs scored as <unk> and counted%n",
        p.perplexity(), p.bitsPerToken(), p.tokens(), p.nllNats(), oovs, testFile);
    AtomicFiles.writeString(testPerplexity(run), text);
  }
}
