package dev.s2s.text.token;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * English tokenization with CoreNLP's {@link PTBTokenizer} (rules only, no model). Options are
 * chosen so that the output reads like the input and can be detokenized: no PTB escaping (brackets
 * stay {@code ( )} instead of {@code -LRB- -RRB-}), quotes, dashes and ellipses kept as written
 * (no {@code `` ''}), no splitting of hyphenated words or of "gonna"-style assimilations,
 * unknown characters kept silently. Tokens are the surface text (see {@link CoreNlpTokens}), so
 * the output can be detokenized. Clitics are still split PTB-style: {@code don't -> do n't},
 * {@code he's -> he 's}.
 */
public final class CoreNlpEnglishTokenizer implements Tokenizer {
  /** The PTBTokenizer option string used. */
  public static final String OPTIONS =
      "invertible=true,ptb3Escaping=false,quotes=original,ellipses=original,dashes=original,"
          + "normalizeParentheses=false,normalizeOtherBrackets=false,"
          + "normalizeAmpersandEntity=false,normalizeFractions=false,"
          + "splitHyphenated=false,splitAssimilations=false,untokenizable=noneKeep,tokenizeNLs=false";

  @Override
  public List<String> tokenize(String text) {
    // a PTBTokenizer is not thread-safe: one per call
    PTBTokenizer<CoreLabel> t =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS);
    List<String> out = new ArrayList<>();
    CoreNlpTokens.addSurfaceTokens(t, out);
    return out;
  }
}
