package dev.s2s.experiment.run;

import java.util.List;
import java.util.Map;

/**
 * Provenance of a run ({@code manifest.json}): what ran, on what data and code, and how it ended.
 *
 * @param name experiment name
 * @param status lifecycle status
 * @param message error message when FAILED, else null
 * @param configHash sha256 of the resolved config (see ExperimentConfig#hash)
 * @param seed the experiment seed
 * @param git git state of the working directory, or null when it is not a git work tree (or git
 *     is not installed)
 * @param corpusFiles every data file of the config with its sha256
 * @param libraries versions: dl4j, nd4j, corenlp ("absent" when not on the class path), java, os
 * @param jvmArgs the JVM's input arguments
 * @param startTime ISO-8601 UTC instant of this start
 * @param endTime ISO-8601 UTC instant of completion or failure, null while running
 * @param previousStarts start times of earlier attempts kept by --resume, oldest first
 */
public record RunManifest(
    String name,
    RunStatus status,
    String message,
    String configHash,
    long seed,
    GitInfo git,
    List<CorpusFile> corpusFiles,
    Map<String, String> libraries,
    List<String> jvmArgs,
    String startTime,
    String endTime,
    List<String> previousStarts) {

  /** A copy with a final status, message and end time. */
  public RunManifest ended(RunStatus newStatus, String newMessage, String time) {
    return new RunManifest(
        name, newStatus, newMessage, configHash, seed, git, corpusFiles, libraries, jvmArgs,
        startTime, time, previousStarts);
  }
}
