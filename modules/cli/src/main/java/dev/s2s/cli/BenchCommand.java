package dev.s2s.cli;

import dev.s2s.common.UserException;
import dev.s2s.neural.bench.BenchShapes;
import dev.s2s.neural.bench.MemoryWatch;
import dev.s2s.neural.bench.ReverseTask;
import dev.s2s.neural.bench.Seq2SeqSpeed;
import dev.s2s.neural.bench.TaggerSpeed;
import dev.s2s.neural.bench.Warmup;
import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.tagger.TaggerBatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code s2s bench}: speed of our models on the shapes of the PyTorch peer benchmark
 * (/work/shared/peers/torch_seq2seq.py), after warm-up, with fixed seeds: seq2seq training target
 * tokens/s, fixed-length greedy sentences/s at the training batch size and at batch 1, fixed-length
 * beam sentences/s, BiGRU-CRF tagging tokens/s, n-gram LM queries/s, and peak memory. Each figure is
 * measured once per round; the table gives median, minimum and maximum. Writes bench.csv and
 * bench.json into --out. Compare with the peer using eval/bench/compare.sh.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure training, decoding, tagging and n-gram speed on the PyTorch peer's shapes.",
      "GRU encoder-decoder on the peer's reverse-the-sequence task; writes bench.csv and bench.json."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the JSON report on stdout instead of the table.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Directory for bench.csv and bench.json (default: eval/bench/results in the checkout).")
  Path out;

  @Option(names = "--rounds", defaultValue = "3", description = "Measurement rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--batches", defaultValue = "50",
      description = "Timed training batches per round (default: ${DEFAULT-VALUE}).")
  int batches;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--shards", defaultValue = "2",
      description = "Batch shards computed on parallel threads in seq2seq training, as"
          + " training.batch_shards does (default: ${DEFAULT-VALUE}, the peer's threads).")
  int shards;

  @Option(names = "--warmup-seconds", defaultValue = "4", paramLabel = "S",
      description = "Untimed warm-up of each figure before its first round, in seconds (default: ${DEFAULT-VALUE};"
          + " the JIT needs a few seconds to compile the SIMD loops).")
  double warmupSeconds;

  @Option(names = "--vocab", defaultValue = "1000", hidden = true, description = "Vocabulary size V.")
  int vocab;

  @Option(names = "--embed", defaultValue = "128", hidden = true, description = "Embedding size E.")
  int embed;

  @Option(names = "--hidden", defaultValue = "256", hidden = true, description = "Hidden size H.")
  int hidden;

  @Option(names = "--batch", defaultValue = "64", hidden = true, description = "Batch size B.")
  int batch;

  @Option(names = "--min-length", defaultValue = "5", hidden = true, description = "Shortest source.")
  int minLength;

  @Option(names = "--max-length", defaultValue = "20", hidden = true, description = "Longest source.")
  int maxLength;

  @Option(names = "--decode-sentences", defaultValue = "640", hidden = true,
      description = "Sentences per round for batched greedy decoding (rounded up to whole batches).")
  int decodeSentences;

  @Option(names = "--single-sentences", defaultValue = "128", hidden = true,
      description = "Sentences per round for greedy decoding at batch 1.")
  int singleSentences;

  @Option(names = "--beam", defaultValue = "5", hidden = true, description = "Beam size.")
  int beam;

  @Option(names = "--beam-sentences", defaultValue = "640", hidden = true,
      description = "Sentences per round for beam search (rounded up to whole batches).")
  int beamSentences;

  @Option(names = "--tag-sentences", defaultValue = "640", hidden = true,
      description = "Sentences per round for tagging (rounded up to whole batches).")
  int tagSentences;

  @Option(names = "--ngram-queries", defaultValue = "2000000", hidden = true,
      description = "n-gram lookups per round.")
  long ngramQueries;

  @Option(names = "--ngram-sentences", defaultValue = "20000", hidden = true,
      description = "Synthetic training sentences of the n-gram model.")
  int ngramSentences;

  @Option(names = "--ngram-vocab", defaultValue = "10000", hidden = true,
      description = "Words of the n-gram model's Zipf-distributed synthetic text.")
  int ngramVocab;

  @Option(names = "--ngram-order", defaultValue = "3", hidden = true, description = "n-gram order.")
  int ngramOrder;

  private static final double MIB = 1024.0 * 1024.0;

  /**
   * Runs the command on its own (before it is registered in {@code s2s}, and for eval/bench/compare.sh):
   * {@code java -cp 'modules/cli/target/s2s-cli.jar:modules/cli/target/lib/*' dev.s2s.cli.BenchCommand}.
   */
  public static void main(String[] args) {
    System.exit(Main.configure(new picocli.CommandLine(new BenchCommand())).execute(args));
  }

  @Override
  public Integer call() {
    checkOptions();
    String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String loadBefore = MachineInfo.loadAverage();
    MachineInfo machine = MachineInfo.current();
    List<String> warnings = new ArrayList<>();
    if (!"PASSIVE".equalsIgnoreCase(machine.ompWaitPolicy())) {
      warnings.add("OMP_WAIT_POLICY is " + (machine.ompWaitPolicy() == null ? "not set" : machine.ompWaitPolicy())
          + "; run with OMP_WAIT_POLICY=PASSIVE (the ./s2s launcher sets it): libgomp's spinning distorts "
          + "ND4J timings on shared machines");
    }
    if (!machine.elementwise().startsWith("vector")) {
      warnings.add("the element-wise loops run scalar; start the JVM with --add-modules jdk.incubator.vector "
          + "(the ./s2s launcher does) for the SIMD ones");
    }
    PrintWriter err = spec.commandLine().getErr();
    warnings.forEach(w -> err.println("s2s bench: warning: " + w));
    err.flush();
    BenchShapes shapes;
    try {
      shapes = new BenchShapes(vocab, embed, hidden, batch, minLength, maxLength);
    } catch (IllegalArgumentException e) {
      throw new UserException("bench sizes: " + e.getMessage());
    }
    MemoryWatch memory = new MemoryWatch();
    BenchFigures figures = measure(shapes, memory);
    Map<String, Double> mem = new LinkedHashMap<>();
    mem.put("heap_used_max_mib", memory.heapUsedMaxBytes() / MIB);
    long rss = MemoryWatch.rssPeakBytes();
    mem.put("rss_peak_mib", rss < 0 ? Double.NaN : rss / MIB);
    BenchReport report = new BenchReport(date, machine, settings(shapes), figures, mem, loadBefore,
        MachineInfo.loadAverage(), warnings);
    report.write(out == null ? ProjectHome.get().resolve("eval/bench/results") : out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(json ? report.json() : report.table());
    stdout.flush();
    return 0;
  }

  private void checkOptions() {
    positive("--rounds", rounds);
    positive("--batches", batches);
    positive("--shards", shards);
    positive("--decode-sentences", decodeSentences);
    positive("--single-sentences", singleSentences);
    positive("--beam", beam);
    positive("--beam-sentences", beamSentences);
    positive("--tag-sentences", tagSentences);
    positive("--ngram-queries", ngramQueries);
    positive("--ngram-sentences", ngramSentences);
    positive("--ngram-order", ngramOrder);
    positive("--ngram-vocab", ngramVocab);
    if (!(warmupSeconds >= 0)) {
      throw new UserException("--warmup-seconds: expected a number >= 0, got " + warmupSeconds);
    }
  }

  private static void positive(String option, long value) {
    if (value < 1) {
      throw new UserException(option + ": expected an integer >= 1, got " + value);
    }
  }

  private BenchFigures measure(BenchShapes shapes, MemoryWatch memory) {
    BenchFigures f = new BenchFigures();
    f.declare("train_tgt_tok_per_s", "seq2seq training", "tgt tok/s");
    f.declare("greedy_batch_sent_per_s", "greedy batch=" + shapes.batch(), "sent/s");
    f.declare("greedy_1_sent_per_s", "greedy batch=1", "sent/s");
    f.declare("beam_sent_per_s", "beam=" + beam + " batch=" + shapes.batch(), "sent/s");
    f.declare("tag_tok_per_s", "BiGRU-CRF tagging", "tok/s");
    f.declare("ngram_query_per_s", ngramOrder + "-gram LM queries", "queries/s");
    SplittableRandom rnd = new SplittableRandom(seed);
    ReverseTask task = new ReverseTask(shapes, rnd.split());
    Seq2SeqSpeed s2s = new Seq2SeqSpeed(shapes, rnd.nextLong(), memory, shards);
    TaggerSpeed tagger = new TaggerSpeed(shapes, rnd.nextLong(), memory);
    NgramQuerySpeed ngram = new NgramQuerySpeed(ngramOrder, ngramVocab, ngramSentences, shapes.minLength(),
        shapes.maxLength(), rnd.nextLong());
    int decodeBatches = wholeBatches(decodeSentences, shapes.batch());
    int beamBatches = wholeBatches(beamSentences, shapes.batch());
    int tagBatches = wholeBatches(tagSentences, shapes.batch());
    // warm-up of each figure (JIT, ND4J workspaces, BLAS threads) on data not used later
    List<Seq2SeqBatch> warmTrain = task.batches(5, shapes.batch());
    List<Seq2SeqBatch> warmGreedy = task.batches(decodeBatches, shapes.batch());
    List<Seq2SeqBatch> warmSingle = task.batches(singleSentences, 1);
    List<Seq2SeqBatch> warmBeam = task.batches(beamBatches, shapes.batch());
    List<TaggerBatch> warmTag = tagger.batches(tagBatches, shapes.batch());
    Warmup.untilElapsed(warmupSeconds, () -> s2s.train(warmTrain));
    Warmup.untilElapsed(warmupSeconds, () -> s2s.greedy(warmGreedy));
    Warmup.untilElapsed(warmupSeconds, () -> s2s.greedy(warmSingle));
    Warmup.untilElapsed(warmupSeconds, () -> s2s.beam(warmBeam, beam));
    Warmup.untilElapsed(warmupSeconds, () -> tagger.predict(warmTag));
    Warmup.untilElapsed(warmupSeconds, () -> ngram.run(Math.min(ngramQueries, 100_000)));
    for (int r = 0; r < rounds; r++) {
      List<Seq2SeqBatch> train = task.batches(batches, shapes.batch());
      f.add("train_tgt_tok_per_s", s2s.train(train).perSecond());
      f.add("greedy_batch_sent_per_s", s2s.greedy(task.batches(decodeBatches, shapes.batch())).perSecond());
      f.add("greedy_1_sent_per_s", s2s.greedy(task.batches(singleSentences, 1)).perSecond());
      f.add("beam_sent_per_s", s2s.beam(task.batches(beamBatches, shapes.batch()), beam).perSecond());
      List<TaggerBatch> tag = tagger.batches(tagBatches, shapes.batch());
      f.add("tag_tok_per_s", tagger.predict(tag).perSecond());
      f.add("ngram_query_per_s", ngram.run(ngramQueries).perSecond());
      memory.sample();
    }
    return f;
  }

  private static int wholeBatches(int sentences, int batch) {
    return (sentences + batch - 1) / batch;
  }

  private Map<String, Object> settings(BenchShapes shapes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", "GRU encoder-decoder, readout STATE (logits from the decoder state, as the peer), float32");
    m.put("vocab", raw(shapes.vocab()));
    m.put("embed", raw(shapes.embDim()));
    m.put("hidden", raw(shapes.hidden()));
    m.put("batch", raw(shapes.batch()));
    m.put("source_lengths", shapes.minLength() + ".." + shapes.maxLength());
    m.put("decode_steps", raw(shapes.decodeSteps()));
    m.put("beam", raw(beam));
    m.put("shards", raw(shards));
    m.put("rounds", raw(rounds));
    m.put("batches", raw(batches));
    m.put("warmup_seconds_per_figure", new PyJson.Raw(String.format(java.util.Locale.ROOT, "%.1f", warmupSeconds)));
    m.put("seed", raw(seed));
    m.put("ngram_order", raw(ngramOrder));
    m.put("ngram_vocab", raw(ngramVocab));
    m.put("ngram_sentences", raw(ngramSentences));
    return m;
  }

  private static PyJson.Raw raw(long v) {
    return new PyJson.Raw(Long.toString(v));
  }
}
