package dev.s2s.tasks.tagging;

import dev.s2s.text.token.CoreNlpEnglishTokenizer;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * English tokenization and sentence splitting with CoreNLP's rule-based components (what the
 * {@code tokenize} and {@code ssplit} annotators run; no model files): {@link PTBTokenizer} with the
 * toolkit's {@link CoreNlpEnglishTokenizer#OPTIONS} and {@link WordToSentenceProcessor}. Tokens are
 * the surface text with offsets into the original document; a token that spans whitespace (CoreNLP
 * keeps e.g. {@code 3 1/2} whole) is split at the whitespace, as the toolkit's tokenizer does.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /**
   * The sentences of {@code text}.
   *
   * @param text a chunk of a document
   * @param start offset of the chunk in the document
   * @return tokens per sentence, offsets relative to the document
   */
  public static List<List<TokenSpan>> split(String text, long start) {
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), CoreNlpEnglishTokenizer.OPTIONS);
    List<CoreLabel> tokens = tokenizer.tokenize();
    List<List<TokenSpan>> out = new ArrayList<>();
    for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>().process(tokens)) {
      List<TokenSpan> spans = new ArrayList<>();
      for (CoreLabel t : sentence) {
        addPieces(text, t.beginPosition(), t.endPosition(), start, spans);
      }
      if (!spans.isEmpty()) {
        out.add(spans);
      }
    }
    return out;
  }

  private static void addPieces(String text, int begin, int end, long start, List<TokenSpan> out) {
    int i = begin;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i)) || i < end && text.charAt(i) == '\u00A0') {
        i++;
      }
      int j = i;
      while (j < end && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\u00A0') {
        j++;
      }
      if (j > i) {
        out.add(new TokenSpan(text.substring(i, j), start + i, start + j));
      }
      i = j;
    }
  }
}
