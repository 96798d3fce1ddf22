package dev.s2s.neural.search;

import dev.s2s.neural.seq2seq.Decoder;
import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.SpecialTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import dev.s2s.neural.nn.BlasThreads;
import dev.s2s.neural.nn.ParallelShards;
import dev.s2s.neural.nn.Scratch;
import dev.s2s.neural.nn.ScoreRows;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Translates batches of source id sequences into one target language of a {@link Seq2SeqModel}
 * (no dropout): greedy, beam (n-best) or forced scoring of given targets. How a search uses the
 * cores depends on its rows per step ({@link #search(Seq2SeqBatch, int, Function)}): from {@link
 * #MIN_ROWS_FOR_SHARDS} rows on, one shard of sentences per core; from {@link
 * #MIN_ROWS_FOR_BLAS_THREADS} rows, one search with OpenBLAS's threads (on the 2-core bench machine
 * two threads decoded batch 64 15-35% faster than one); below that, one search on one BLAS thread
 * ({@link BlasThreads}: at batch 1 the bench decoded 52-59 sentences/s with two threads and 103-112
 * with one).
 */
public final class Translator {
  private final Seq2SeqModel model;
  private final String lang;
  private final SpecialTokens special;
  private final SearchConfig cfg;

  /** @param special the target language's pad/BOS/EOS ids (pad is also used for source padding) */
  public Translator(Seq2SeqModel model, String lang, SpecialTokens special, SearchConfig cfg) {
    this.model = model;
    this.lang = lang;
    this.special = special;
    this.cfg = cfg;
    model.decoder(lang);
  }

  /** The model's decoder for one language as a {@link StepDecoder}. */
  public static StepDecoder<Decoder.State> stepDecoder(Decoder d) {
    return new StepDecoder<>() {
      @Override
      public int vocabSize() {
        return d.vocabSize();
      }

      @Override
      public INDArray step(Decoder.State state, int[] prev) {
        return d.step(state, prev);
      }

      @Override
      public void step(Decoder.State state, int[] prev, ScoreRows into) {
        d.step(state, prev, into);
      }

      @Override
      public Decoder.State select(Decoder.State state, int[] rows) {
        return d.select(state, rows);
      }
    };
  }

  private Decoder.State encode(Seq2SeqBatch b) {
    var ef = model.encoder().forward(b, model.dataType(), null);
    Decoder d = model.decoder(lang);
    return d.hasAttention() ? d.start(ef.context(), ef.states(), b.sourceMask(model.dataType())) : d.start(ef.context());
  }

  private int[] maxLengths(List<int[]> sources) {
    int[] m = new int[sources.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = cfg.maxLength(sources.get(i).length);
    }
    return m;
  }

  /** Searches over fewer rows per step than this run with one OpenBLAS thread. */
  public static final int MIN_ROWS_FOR_BLAS_THREADS = 16;

  /**
   * Searches over at least this many rows per step (sentences x beam) are split by sentence into
   * one shard per core ({@link ParallelShards}). On the 2-core bench machine, beam 5 at batch 64
   * (320 rows) decoded 415-475 sentences/s in two shards against 300-440 in one; greedy at batch 64
   * (64 rows) gained nothing measurable from shards, so the threshold lies between the two.
   */
  public static final int MIN_ROWS_FOR_SHARDS = 128;

  /**
   * Runs a search over {@code rows} hypotheses per step in the search workspace, with one OpenBLAS
   * thread below {@link #MIN_ROWS_FOR_BLAS_THREADS} rows.
   */
  public static <T> T search(int rows, Supplier<T> body) {
    Supplier<T> inWorkspace = () -> Scratch.run("s2s-search", body);
    return rows < MIN_ROWS_FOR_BLAS_THREADS ? BlasThreads.single(inWorkspace) : inWorkspace.get();
  }

  /**
   * Runs {@code search} (one result per sentence, in order) on {@code batch} with {@code
   * rowsPerSentence} rows per sentence: from {@link #MIN_ROWS_FOR_SHARDS} rows on, on sub-batches
   * ({@link Seq2SeqBatch#split}) in parallel, one per core; otherwise as {@link #search(int,
   * Supplier)}. Results come back in the batch's order.
   */
  public static <T> List<T> search(Seq2SeqBatch batch, int rowsPerSentence, Function<Seq2SeqBatch, List<T>> search) {
    int rows = batch.size() * rowsPerSentence;
    int shards = rows < MIN_ROWS_FOR_SHARDS ? 1 : Math.min(ParallelShards.common().shards(), batch.size());
    if (shards <= 1) {
      return search(rows, () -> search.apply(batch));
    }
    List<Seq2SeqBatch> parts = batch.split(shards);
    List<List<T>> results = ParallelShards.common().run(
        parts.size(), i -> Scratch.run("s2s-search", () -> search.apply(parts.get(i))));
    List<T> merged = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      merged.add(results.get(i % parts.size()).get(i / parts.size())); // undoes split's interleaving
    }
    return merged;
  }

  /** Greedy output per source sentence. */
  public List<Hypothesis> greedy(List<int[]> sources) {
    return search(Seq2SeqBatch.of(sources, null, special), 1, b -> GreedySearch.search(
        stepDecoder(model.decoder(lang)), encode(b), maxLengths(b.sources()), special.bos(), special.eos(),
        cfg.lengthPenalty(), cfg.alpha()));
  }

  /** Beam search: up to cfg.nBest() hypotheses per source sentence, best first. */
  public List<List<Hypothesis>> beam(List<int[]> sources) {
    return search(Seq2SeqBatch.of(sources, null, special), cfg.beamSize(), b -> BeamSearch.search(
        stepDecoder(model.decoder(lang)), encode(b), maxLengths(b.sources()), special.bos(), special.eos(), cfg));
  }

  /** Best hypothesis per sentence: greedy when beamSize is 1, else the top of the beam. */
  public List<Hypothesis> translate(List<int[]> sources) {
    if (cfg.beamSize() == 1) {
      return greedy(sources);
    }
    List<Hypothesis> best = new ArrayList<>();
    for (List<Hypothesis> nb : beam(sources)) {
      best.add(nb.get(0));
    }
    return best;
  }

  /** Log-probability (nats) of each target (followed by EOS) given its source. */
  public double[] score(List<int[]> sources, List<int[]> targets) {
    Seq2SeqBatch b = Seq2SeqBatch.of(sources, null, special);
    return search(sources.size(), () -> ForcedDecoding.score(stepDecoder(model.decoder(lang)), encode(b), targets,
        special.bos(), special.eos()));
  }
}
