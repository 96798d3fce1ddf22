package dev.s2s.tasks.tagging;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.tagger.TagPredictor;
import dev.s2s.neural.tagger.TaggerEnsemble;
import dev.s2s.neural.tagger.TaggerModel;
import dev.s2s.neural.tagger.TaggerVocab;
import dev.s2s.tasks.SequenceTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tagger trained into a run directory by {@link TaggingTaskTrainer}, as a {@link
 * SequenceTagger}: the model of the run's {@code config.yaml} ({@link TaggerArchitecture}), its
 * {@code vocab-tagger.txt} and the parameters of {@code checkpoints/best.ckpt}; or several such runs
 * as one {@link TaggerEnsemble}. Sentences are tagged in length-sorted batches of {@link
 * #SENTENCES_PER_PASS}.
 */
public final class NerSystem implements SequenceTagger {
  /**
   * Sentences per forward pass when tagging. Measured on eng.testb with one thread, beside a
   * training run (eleventh session, tokens per CPU second): 64 sentences tag 15% faster than the 32
   * of the CoNLL configs' training batches (hidden 200: 46,000 against 40,000; hidden 100: 92,000
   * against 78,000), and 128 or 256 no faster than 64.
   */
  public static final int SENTENCES_PER_PASS = 64;

  private static final String COMMAND = "tag";

  private final TagPredictor model;

  private NerSystem(TagPredictor model) {
    this.model = model;
  }

  /**
   * Loads the tagger of {@code runDirectory}.
   *
   * @throws UserException naming the directory and what is missing when it holds no usable tagging
   *     model (no such directory, not a run, no tagging section, no tagger vocabulary, no best
   *     checkpoint)
   */
  public static NerSystem load(Path runDirectory) {
    return new NerSystem(loadModel(runDirectory));
  }

  /**
   * Loads the taggers of {@code runDirectories} as one {@link TaggerEnsemble} (one directory: that
   * tagger alone).
   *
   * @throws UserException as {@link #load(Path)}, and when the runs differ in their tags or in the
   *     kind of head (CRF or softmax), naming both runs
   */
  public static NerSystem load(List<Path> runDirectories) {
    if (runDirectories.isEmpty()) {
      throw new IllegalArgumentException("no run directories");
    }
    List<TaggerModel> members = new ArrayList<>();
    for (Path run : runDirectories) {
      TaggerModel m = loadModel(run);
      String why = members.isEmpty() ? null : TaggerEnsemble.incompatibility(members.get(0), m);
      if (why != null) {
        throw new UserException("taggers of " + runDirectories.get(0) + " and " + run + " cannot tag as one: " + why);
      }
      members.add(m);
    }
    return new NerSystem(members.size() == 1 ? members.get(0) : new TaggerEnsemble(members));
  }

  private static TaggerModel loadModel(Path runDirectory) {
    RunDirectory dir = RunDirectory.of(runDirectory);
    if (!Files.isDirectory(runDirectory)) {
      throw new UserException("run directory " + runDirectory + " not found; '" + COMMAND
          + "' needs the run directory of a trained tagging experiment (--model runs/<name>)");
    }
    if (!Files.isRegularFile(dir.configFile())) {
      throw new UserException(runDirectory + " holds no tagging model: " + dir.configFile()
          + " is missing (is it a run directory?)");
    }
    dir.requireUsable(COMMAND);
    ExperimentConfig config = dir.config();
    if (config.tagging() == null) {
      throw new UserException(runDirectory + " holds no tagging model: the experiment '" + config.name()
          + "' has no 'tagging' section (its run trained: " + sections(config) + ")");
    }
    Path vocabFile = TaggingRunFiles.vocabulary(dir);
    if (!Files.isRegularFile(vocabFile)) {
      throw new UserException(runDirectory + " holds no tagging model: the tagger vocabulary " + vocabFile
          + " is missing");
    }
    if (!Files.isRegularFile(dir.bestCheckpointFile())) {
      throw new UserException(runDirectory + " holds no tagging model: the best checkpoint "
          + dir.bestCheckpointFile() + " is missing (training has not validated yet)");
    }
    TaggerVocab vocab = TaggerVocab.load(vocabFile);
    TaggerModel model = new TaggerModel(TaggerArchitecture.of(config), vocab, TaggingTaskTrainer.DATA_TYPE, config.seed());
    model.params().load(dir.bestCheckpointFile());
    return model;
  }

  @Override
  public List<List<String>> tag(List<List<String>> sentences) {
    return LengthSortedPrediction.tags(model, sentences, SENTENCES_PER_PASS);
  }

  /** The entity types the tagger knows, e.g. [LOC, MISC, ORG, PER]. */
  public List<String> entityTypes() {
    return model.tags().tags().stream().filter(t -> t.startsWith("B-")).map(t -> t.substring(2)).toList();
  }

  private static String sections(ExperimentConfig config) {
    return String.join(", ", config.tasks().stream().map(t -> t.sectionKey()).toList());
  }
}
