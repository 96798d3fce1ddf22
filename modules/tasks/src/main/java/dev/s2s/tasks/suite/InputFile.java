package dev.s2s.tasks.suite;

import java.nio.file.Path;

/**
 * A file a suite run read, for provenance.
 *
 * @param role what it is, e.g. {@code suite}, {@code testset test2016-en-de en}, {@code config cho-en-de}
 * @param path its absolute path
 * @param sha256 the sha256 of its bytes as stored (a .gz file hashed compressed, as sha256sum would)
 */
public record InputFile(String role, Path path, String sha256) {}
