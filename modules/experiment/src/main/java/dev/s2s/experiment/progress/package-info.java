/** Training progress reporting: a terminal progress bar or periodic log lines. */
package dev.s2s.experiment.progress;
