package dev.s2s.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s2s.common.AtomicFiles;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.search.Hypothesis;
import dev.s2s.neural.search.SearchConfig;
import dev.s2s.tasks.translation.NeuralTranslationSystem;
import dev.s2s.tasks.translation.TranslationModels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code s2s translate}: sentences from arguments, a file or standard input (one per line), each
 * answered as soon as it is read when input is interactive; tokenized and detokenized as in
 * training.
 */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    description = "Translate sentences with a trained model (arguments, -i FILE, or standard input, one sentence per line).")
final class TranslateCommand implements Runnable {
  private static final int MAX_BATCH = 64;

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN_DIR", description = "Run directory of a trained translation model.")
  Path model;

  @Option(names = "--to", required = true, paramLabel = "LANG", description = "Target language (one of the model's decoders).")
  String target;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = "Checkpoint to load instead of the run's best one (e.g. RUN_DIR/checkpoints/averaged.ckpt from 's2s average').")
  Path checkpoint;

  @Option(names = "--beam", paramLabel = "K", description = "Beam size (default: the config's decoding.beam; 1 = greedy).")
  int beam;

  @Option(names = "--alpha", paramLabel = "A", description = "Length-penalty exponent (GNMT: score = log P / ((5 + length) / 6)^A; 0 = none; default: the config's decoding.alpha).")
  Double alpha;

  @Option(names = "--nbest", paramLabel = "N", defaultValue = "1", description = "Hypotheses per sentence (<= beam); text output: 'i ||| translation ||| score'.")
  int nbest;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Input file (default: standard input).")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
  Path output;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Parameters(paramLabel = "SENTENCE", arity = "0..*", description = "Sentences to translate (instead of input lines).")
  List<String> sentences = new ArrayList<>();

  /** Standard input; replaceable in tests. */
  InputStream stdin = System.in;

  enum Format { text, json }

  @Override
  public void run() {
    if (nbest < 1) {
      throw new UserException("--nbest: must be at least 1, got " + nbest);
    }
    if (alpha != null && !(alpha >= 0)) {
      throw new UserException("--alpha: must be at least 0 (0 = no length penalty), got " + alpha);
    }
    NeuralTranslationSystem system = NeuralTranslationSystem.load(model, checkpoint);
    if (!system.targetLanguages().contains(target)) {
      throw new UserException("--to " + target + ": this model translates into " + String.join(", ", system.targetLanguages()));
    }
    SearchConfig search = searchConfig(system);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      translateAll(system, search, out);
      out.flush();
    } else {
      // written to a temporary file and renamed at the end: an interrupted run leaves no half file
      AtomicFiles.write(output, os -> {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        translateAll(system, search, out);
        out.flush();
      });
    }
  }

  private void translateAll(NeuralTranslationSystem system, SearchConfig search, PrintWriter out) {
    if (!sentences.isEmpty()) {
      emit(system, search, sentences, 0, out);
    } else {
      translateStream(system, search, out);
    }
  }

  private SearchConfig searchConfig(NeuralTranslationSystem system) {
    SearchConfig s = TranslationModels.search(decodingOf(), beam, nbest);
    if (nbest > s.beamSize()) {
      throw new UserException("--nbest " + nbest + " is larger than the beam size " + s.beamSize());
    }
    return s;
  }

  private DecodingConfig decodingOf() {
    DecodingConfig d = RunDirectory.of(model).config().decoding();
    return alpha == null ? d : d.withAlpha(alpha);
  }

  private void translateStream(NeuralTranslationSystem system, SearchConfig search, PrintWriter out) {
    String name = input == null ? "standard input" : input.toString();
    try (BufferedReader in = input == null ? TextFiles.open(stdin, name) : TextFiles.open(input)) {
      long done = 0;
      List<String> batch = new ArrayList<>();
      for (String line; (line = in.readLine()) != null; ) {
        batch.add(line);
        if (batch.size() >= MAX_BATCH || !in.ready()) {
          emit(system, search, batch, done, out);
          done += batch.size();
          batch.clear();
        }
      }
      emit(system, search, batch, done, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(NeuralTranslationSystem system, SearchConfig search, List<String> batch, long offset, PrintWriter out) {
    if (batch.isEmpty()) {
      return;
    }
    List<List<Hypothesis>> res = system.nbest(batch, target, search);
    for (int i = 0; i < batch.size(); i++) {
      out.println(format == Format.json ? json(system, batch.get(i), res.get(i)) : text(system, offset + i, res.get(i)));
    }
    out.flush();
  }

  private String text(NeuralTranslationSystem system, long index, List<Hypothesis> hyps) {
    if (nbest == 1) {
      return hyps.isEmpty() ? "" : system.detokenize(hyps.get(0), target);
    }
    StringBuilder sb = new StringBuilder();
    for (Hypothesis h : hyps) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(index).append(" ||| ").append(system.detokenize(h, target)).append(" ||| ")
          .append(String.format("%.4f", h.score()));
    }
    return sb.toString();
  }

  private String json(NeuralTranslationSystem system, String source, List<Hypothesis> hyps) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("source", source);
    ArrayNode list = node.putArray("translations");
    for (Hypothesis h : hyps) {
      ObjectNode t = list.addObject();
      t.put("text", system.detokenize(h, target));
      ArrayNode toks = t.putArray("tokens");
      system.tokens(h, target).forEach(toks::add);
      t.put("score", h.score());
      t.put("log_prob", h.logProb());
    }
    try {
      return mapper.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
