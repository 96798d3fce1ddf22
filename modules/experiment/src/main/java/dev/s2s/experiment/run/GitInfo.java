package dev.s2s.experiment.run;

/**
 * The git state of the working directory when a run started: {@code commit} from {@code git
 * rev-parse HEAD}; {@code dirty} when tracked files had uncommitted changes ({@code git status
 * --porcelain --untracked-files=no} printed anything).
 */
public record GitInfo(String commit, boolean dirty) {}
