/**
 * Text handling for the s2s toolkit: corpus readers ({@link dev.s2s.text.corpus}), CoNLL column
 * files and tag schemes ({@link dev.s2s.text.conll}), tokenizers and detokenizers ({@link
 * dev.s2s.text.token}), BPE subwords ({@link dev.s2s.text.subword}) and vocabularies with word
 * classes ({@link dev.s2s.text.vocab}).
 */
package dev.s2s.text;
