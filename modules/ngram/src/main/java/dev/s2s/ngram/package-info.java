/**
 * Counted n-gram language models: counting with integer word ids and packed {@code long} keys,
 * add-k and (modified) interpolated Kneser-Ney smoothing, ARPA export/import, perplexity and
 * sampling.
 *
 * <p>Conventions shared by every class here:
 *
 * <ul>
 *   <li>One sentence per line, whitespace-separated tokens; blank lines are skipped.
 *   <li>{@code <s>} is context only (never predicted, log10 probability -99 in ARPA); {@code </s>}
 *       is predicted and counted.
 *   <li>The vocabulary is closed over the training text plus {@code <unk>}. Test words outside it
 *       are OOVs: they are scored as {@code <unk>} and counted in the perplexity when the model
 *       gives {@code <unk>} a probability (KenLM convention); when a model (for instance an
 *       imported ARPA file) has no {@code <unk>}, they are skipped as SRILM does. Either way they
 *       are reported.
 *   <li>An n-gram of order n is stored in table n at an index; its key is {@code contextIndex *
 *       vocabularySize + word}, where {@code contextIndex} is the index of its first n-1 words in
 *       table n-1 (for unigrams, the context index is 0).
 * </ul>
 */
package dev.s2s.ngram;
