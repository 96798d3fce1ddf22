package dev.s2s.text.token;

import edu.stanford.nlp.international.french.process.FrenchTokenizer;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * French tokenization with CoreNLP's {@link FrenchTokenizer} (a JFlex lexer in the code jar; it
 * needs no model). Elided articles and pronouns are split after the apostrophe ({@code l'homme ->
 * l' homme}, {@code qu'est-ce -> qu' est -ce}), inverted clitics keep their hyphen ({@code
 * va-t-il -> va -t-il}), compounds such as {@code aujourd'hui} and {@code peut-être} stay whole;
 * brackets are not escaped. Contractions stay as written ({@code splitContractions=false}: {@code
 * du} and {@code au} are not expanded to {@code de le}, {@code à le}), so the tokens can be
 * detokenized back to the text. Tokens are the surface text (see {@link CoreNlpTokens}).
 */
public final class CoreNlpFrenchTokenizer implements Tokenizer {
  /** FrenchTokenizer option string used. */
  public static final String OPTIONS =
      "invertible=true,untokenizable=noneKeep,ptb3Escaping=false,normalizeParentheses=false,"
          + "splitCompounds=false,splitContractions=false";

  @Override
  public List<String> tokenize(String text) {
    // factories keep options in a field and are not thread-safe: one per call
    TokenizerFactory<CoreLabel> f = FrenchTokenizer.factory();
    edu.stanford.nlp.process.Tokenizer<CoreLabel> t = f.getTokenizer(new StringReader(text), OPTIONS);
    List<String> out = new ArrayList<>();
    CoreNlpTokens.addSurfaceTokens(t, out);
    return out;
  }
}
