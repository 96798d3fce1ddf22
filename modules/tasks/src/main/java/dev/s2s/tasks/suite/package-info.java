/**
 * Evaluation suites ({@code eval/*.yaml}): {@link dev.s2s.tasks.suite.SuiteDefinition} (the file,
 * bound and validated with line numbers), {@link dev.s2s.tasks.suite.SuiteRunner} (every model on
 * every test set it applies to, through {@link dev.s2s.tasks.TrainedSystems}, scored with the
 * sacreBLEU- and conlleval-identical scorers or perplexity, timed) and {@link
 * dev.s2s.tasks.suite.ResultsWriter} (results.md, results.csv, results.json with provenance,
 * hypothesis files, chart.png).
 */
package dev.s2s.tasks.suite;
