/**
 * Subword segmentation by byte-pair encoding (Sennrich, Haddow and Birch 2016): {@link
 * dev.s2s.text.subword.BpeLearner} learns merge operations from word counts, {@link
 * dev.s2s.text.subword.BpeCodes} splits tokens into marked subwords ({@code "new@@ est"}) and joins
 * them back, {@link dev.s2s.text.subword.BpeCodesFile} reads and writes subword-nmt's codes files.
 */
package dev.s2s.text.subword;
