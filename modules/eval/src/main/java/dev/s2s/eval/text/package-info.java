/**
 * Text helpers that reproduce the reference tools' behaviour exactly: Python whitespace and
 * lower-casing ({@link dev.s2s.eval.text.PythonText}), sacreBLEU's file reading ({@link
 * dev.s2s.eval.text.Segments}) and printf-style half-even rounding ({@link
 * dev.s2s.eval.text.FixedPoint}).
 */
package dev.s2s.eval.text;
