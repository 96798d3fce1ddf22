/**
 * Experiment configs: one YAML file per experiment bound to validated records ({@link
 * dev.s2s.experiment.config.ExperimentConfig} and its sections), with user errors that name file,
 * line, key path, value and the expected choices; resolved YAML output and a stable config hash.
 */
package dev.s2s.experiment.config;
