package dev.s2s.tasks.suite;

import dev.s2s.experiment.config.DecodingConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A model of a suite run: where it came from and whether it was scored.
 *
 * @param name the model name
 * @param config the experiment config, or null for a {@code run:} or {@code crf_model:} model
 * @param runDirectory the run directory, or null for a {@code crf_model:} model
 * @param crfModel the CoreNLP CRF model file of a {@code crf_model:} model, else null
 * @param status OK, or MISSING when its run directory is missing or unusable
 * @param missingReason why it is missing, or null
 * @param configHash the config hash of the run's manifest.json, or null when it has none (for an
 *     ensemble: of its first run)
 * @param ensembleRuns every run directory of an ensemble ({@code seeds}), the first being {@code
 *     runDirectory}; null for a single model
 * @param decoding the decoding section of a {@code config} model, which the suite decoded with (a
 *     translator's beam search, a tagger's document consistency); null otherwise (a {@code run:}
 *     model decodes with its run's own)
 */
public record ModelInfo(
    String name, Path config, Path runDirectory, Path crfModel, RowStatus status, String missingReason,
    String configHash, List<Path> ensembleRuns, DecodingConfig decoding) {}
