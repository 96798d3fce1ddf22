/**
 * Run directories {@code runs/<name>/}: layout and consumer checks ({@link
 * dev.s2s.experiment.run.RunDirectory}), the training lifecycle with manifest, status, log and
 * metrics ({@link dev.s2s.experiment.run.TrainingRun}).
 */
package dev.s2s.experiment.run;
