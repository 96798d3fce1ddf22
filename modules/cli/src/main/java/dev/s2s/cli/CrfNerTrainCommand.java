package dev.s2s.cli;

import dev.s2s.baselines.ConllNerData;
import dev.s2s.baselines.CoreNlpCrfNer;
import dev.s2s.baselines.CrfFeatureSet;
import dev.s2s.baselines.CrfTrainingOptions;
import dev.s2s.baselines.NerScoring;
import dev.s2s.baselines.TaggedSentence;
import dev.s2s.common.UserException;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.text.conll.TagScheme;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s baseline crf-ner train}: trains CoreNLP's CRF on a CoNLL file, saves the model
 * atomically, and reports the training time and (with {@code --dev}) conlleval F1 on a dev file.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train CoreNLP's CRFClassifier on a CoNLL NER file and save it (.ser.gz).")
public final class CrfNerTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, paramLabel = "FILE",
      description = "Training file: CoNLL-2003 4 columns (token POS chunk NER) or 2 (token NER).")
  Path train;

  @Option(names = "--dev", paramLabel = "FILE",
      description = "Dev file tagged and scored after training (sanity check only).")
  Path dev;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL",
      description = "Model file to write (gzip CoreNLP serialization, e.g. model.ser.gz).")
  Path output;

  @Option(names = "--max-iterations", defaultValue = "0", paramLabel = "N",
      description = "Cap on L-BFGS iterations; 0 = until converged (default: ${DEFAULT-VALUE}).")
  int maxIterations;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
      description = "Threads computing the gradient (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--input-scheme", defaultValue = "iob2", paramLabel = "SCHEME",
      description = "Tag scheme of the files: iob2, iob1 or io (default: ${DEFAULT-VALUE}).")
  String inputScheme;

  @Option(names = "--train-scheme", defaultValue = "iob2", paramLabel = "SCHEME",
      description = "Scheme the CRF is trained on; predictions are IOB2 (default: ${DEFAULT-VALUE}).")
  String trainScheme;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    checkWritable(output);
    TagScheme input = TagScheme.parse(inputScheme, "--input-scheme");
    CrfTrainingOptions options = CrfTrainingOptions.defaults()
        .withMaxIterations(maxIterations)
        .withThreads(threads)
        .withTrainingScheme(TagScheme.parse(trainScheme, "--train-scheme"));
    List<TaggedSentence> trainData = ConllNerData.read(train, input);
    List<TaggedSentence> devData = dev == null ? null : ConllNerData.read(dev, input);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "train: %s, %d sentences, %d tokens%n", train, trainData.size(),
        ConllNerData.tokenCount(trainData));
    out.flush();
    Properties features = CrfFeatureSet.conll2003();
    long t0 = System.nanoTime();
    CoreNlpCrfNer model = CoreNlpCrfNer.train(trainData, features, options);
    double seconds = (System.nanoTime() - t0) / 1e9;
    model.save(output);
    out.printf(Locale.ROOT, "model: %s%n", output);
    out.printf(Locale.ROOT, "labels: %s (trained on %s)%n", String.join(" ", model.labels()),
        options.trainingScheme().configName());
    out.printf(Locale.ROOT, "training: %.1f s wall, max iterations %s, %d gradient threads%n",
        seconds, maxIterations > 0 ? Integer.toString(maxIterations) : "unbounded", threads);
    if (devData != null) {
      ConllResult r = NerScoring.score(devData, model.tag(ConllNerData.tokens(devData)));
      out.printf(Locale.ROOT, "dev: %s, F1 %.2f (precision %.2f, recall %.2f)%n", dev,
          r.overall().f1(), r.overall().precision(), r.overall().recall());
    }
    out.flush();
    return 0;
  }

  /** Fails before a long training run if the model could not be written afterwards. */
  private static void checkWritable(Path output) {
    if (Files.isDirectory(output)) {
      throw new UserException("-o " + output + ": is a directory, expected a model file name");
    }
    Path dir = output.toAbsolutePath().getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new UserException("-o " + output + ": cannot create the file there ("
          + (dir == null ? "no existing parent directory" : dir + " is not a writable directory") + ")");
    }
  }
}
