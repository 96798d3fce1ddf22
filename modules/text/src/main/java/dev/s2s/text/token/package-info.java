/**
 * Tokenizers and detokenizers behind two small interfaces, created by name with {@link
 * dev.s2s.text.token.Tokenizers} and {@link dev.s2s.text.token.Detokenizers}. The CoreNLP-based
 * tokenizers use the CoreNLP code jar only (no models).
 */
package dev.s2s.text.token;
