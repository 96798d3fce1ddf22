/**
 * Corpus readers: line-aligned parallel corpora, TSV/CSV sentence pairs, plain text for language
 * models, and the resolver for the shared corpora directory. All files are read as strict UTF-8
 * (plain or gzip) through {@link dev.s2s.common.TextFiles}; user errors are {@link
 * dev.s2s.common.UserException}s naming file and line (or byte offset).
 */
package dev.s2s.text.corpus;
