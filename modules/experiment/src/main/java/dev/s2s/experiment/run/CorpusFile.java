package dev.s2s.experiment.run;

/**
 * A data file a run reads: the config key path that names it (e.g. {@code translation.train}),
 * its absolute path, its size in bytes and the sha256 of its bytes as stored (a .gz file is hashed
 * compressed, as {@code sha256sum} would).
 */
public record CorpusFile(String key, String path, long bytes, String sha256) {}
