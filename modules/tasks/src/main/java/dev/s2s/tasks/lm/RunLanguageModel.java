package dev.s2s.tasks.lm;

import dev.s2s.common.UserException;
import dev.s2s.eval.Perplexity;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.ngram.ArpaReader;
import dev.s2s.ngram.BackoffModel;
import dev.s2s.ngram.NgramScorer;
import dev.s2s.tasks.TextScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained language model of either kind loaded from a run directory ({@code config.yaml} read
 * with {@link ExperimentConfig#loadResolved}): kind ngram scores with {@code model.arpa} (each
 * sentence {@code <s> w1 .. wn </s>} on its own), kind rnn with the best checkpoint, reading the
 * sentences as one stream {@code </s> s1 </s> s2 ...} in {@code training.batch_size} parallel
 * streams of {@code lm.bptt}-step segments. Both count every word and one {@code </s>} per sentence,
 * OOVs as {@code <unk>}.
 */
public final class RunLanguageModel implements TextScorer {
  private final String description;
  private final BackoffModel ngram;
  private final TrainedRnnLm rnn;
  private long lastOovs;

  private RunLanguageModel(String description, BackoffModel ngram, TrainedRnnLm rnn) {
    this.description = description;
    this.ngram = ngram;
    this.rnn = rnn;
  }

  /**
   * Loads the model of the run in {@code runDirectory}.
   *
   * @param command the command that needs it, for error messages
   * @throws UserException when the directory is no usable language-model run
   */
  public static RunLanguageModel load(Path runDirectory, String command) {
    RunDirectory run = RunDirectory.of(runDirectory).requireUsable(command);
    ExperimentConfig config = run.config();
    if (config.lm() == null) {
      throw new UserException(run + ": '" + command + "' needs a language model run, but the config of "
          + "experiment '" + config.name() + "' has no lm section");
    }
    return switch (config.lm().kind()) {
      case NGRAM -> {
        Path arpa = LmRunFiles.arpa(run);
        if (!Files.isRegularFile(arpa)) {
          throw new UserException(run + ": n-gram model " + arpa + " not found; the training did not finish");
        }
        BackoffModel m = ArpaReader.read(arpa);
        yield new RunLanguageModel(config.lm().order() + "-gram " + config.lm().smoothing() + " (" + arpa + ")",
            m, null);
      }
      case RNN -> {
        TrainedRnnLm t = TrainedRnnLm.load(run, command);
        yield new RunLanguageModel(config.model().layers() + "-layer " + config.model().cell() + " RNN, hidden "
            + config.model().hidden() + ", output " + RnnLmSpec.outputDescription(config.model()) + " ("
            + run.bestCheckpointFile() + ")",
            null, t);
      }
    };
  }

  /** One line saying what the model is. */
  public String description() {
    return description;
  }

  /**
   * @throws UserException for no sentences, or a text whose words are all outside the vocabulary
   */
  @Override
  public Perplexity score(List<List<String>> sentences) {
    return score(sentences, "text");
  }

  /** As {@link #score(List)}, {@code source} naming the text in error messages. */
  public Perplexity score(List<List<String>> sentences, String source) {
    if (ngram != null) {
      var r = NgramScorer.score(ngram, LmText.asTextSentences(sentences), source);
      lastOovs = r.oovs();
      return r.perplexity();
    }
    TokenIds ids = TokenIds.of(sentences, rnn.vocabulary(), source);
    lastOovs = ids.oovs();
    return StreamPerplexity.of(rnn.model(), ids.ids(), rnn.config().training().batchSize(), rnn.config().lm().bptt(),
        rnn.config().lm().carryState());
  }

  /** OOVs of the last scored text (scored as {@code <unk>}). */
  public long lastOovs() {
    return lastOovs;
  }
}
