package dev.s2s.cli;

import dev.s2s.common.TextFiles;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.tasks.RunSystems;
import dev.s2s.tasks.Trainers;
import dev.s2s.tasks.tagging.DocumentTagger;
import dev.s2s.tasks.tagging.DocumentTaggerOptions;
import dev.s2s.tasks.tagging.InlineDocumentWriter;
import dev.s2s.tasks.tagging.TaggedDocumentSink;
import dev.s2s.tasks.translation.NeuralTranslationSystem;
import dev.s2s.text.corpus.CorporaRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2s demo}: trains the small shared-encoder model of {@code configs/demo.yaml} on the
 * embedded sample, then prints real output of what it trained: translations of held-out sample
 * sentences into every target language, and the entities of the sample document.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Train a small shared-encoder model on the embedded sample, then translate and tag with it.",
      "Trains configs/demo.yaml (a couple of minutes on 2 cores) into RUNS/demo/, then translates",
      "held-out sample sentences into German and French and tags corpora/sample/demo-document.txt."
    })
final class DemoCommand implements Runnable {
  private static final int SENTENCES = 5;

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "YAML", description = "Demo config (default: configs/demo.yaml of the checkout).")
  Path config;

  @Option(names = "--runs", paramLabel = "DIR", description = "Base directory of run directories (default: ${DEFAULT-VALUE}).")
  Path runs = RunDirectory.DEFAULT_BASE;

  @Override
  public void run() {
    Path home = ProjectHome.get();
    Path yaml = config != null ? config : home.resolve("configs/demo.yaml");
    ExperimentConfig cfg = ExperimentConfig.load(yaml, CorporaRoot.choose(null));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Training %s on the embedded sample (%s) ...%n", cfg.name(), yaml);
    out.flush();
    Path runDir;
    try (TrainingRun run = TrainingRun.start(runs, cfg, StartMode.FORCE)) {
      Trainers.trainAll(run, false);
      runDir = run.directory().dir();
    }
    out.printf("Run directory: %s%n", runDir);
    if (cfg.translation() != null) {
      showTranslations(out, runDir, home);
    }
    if (cfg.tagging() != null) {
      showEntities(out, runDir, home);
    }
    out.flush();
  }

  private void showEntities(PrintWriter out, Path runDir, Path home) {
    Path document = home.resolve("corpora/sample/demo-document.txt");
    out.printf("%nEntities in %s (CoreNLP tokenization and sentence splitting, then the model's NER head):%n%n", document);
    out.flush();
    DocumentTagger tagger = new DocumentTagger(new RunSystems().tagger(runDir), DocumentTaggerOptions.DEFAULTS);
    TaggedDocumentSink sink = new InlineDocumentWriter(out);
    tagger.tag(document, document.getFileName().toString(), sink);
    sink.finish();
    Path report = runDir.resolve("test-tagging.txt");
    if (report.toFile().isFile()) {
      out.printf("%nSample NER test set (%s):%n", report);
      TextFiles.readLines(report).forEach(l -> out.printf("  %s%n", l));
    }
  }

  private void showTranslations(PrintWriter out, Path runDir, Path home) {
    NeuralTranslationSystem system = NeuralTranslationSystem.load(runDir);
    List<String> sources = TextFiles.readLines(home.resolve("corpora/sample/test.en")).subList(0, SENTENCES);
    out.printf("%nTranslations of held-out sample sentences (test split, never seen in training):%n");
    for (String target : system.targetLanguages()) {
      List<String> hyps = system.translate(sources, target);
      out.printf("%n  %s -> %s%n", system.sourceLanguage(), target);
      for (int i = 0; i < sources.size(); i++) {
        out.printf("    %s%n    => %s%n", sources.get(i), hyps.get(i));
      }
    }
    Path scores = runDir.resolve("test-scores.txt");
    if (scores.toFile().isFile()) {
      out.printf("%nSample test set scores (%s):%n", scores);
      TextFiles.readLines(scores).forEach(l -> out.printf("  %s%n", l));
    }
  }
}
