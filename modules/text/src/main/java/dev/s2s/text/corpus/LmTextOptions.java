package dev.s2s.text.corpus;

/**
 * Which lines of a language-model text file to keep.
 *
 * <p>The default ({@link #standard()}) keeps every line, blank lines and WikiText headings
 * included, as in the standard PTB / WikiText-2 setup (e.g. the PyTorch word_language_model
 * example) where each line contributes its tokens plus one end-of-sentence token: that gives the
 * official WikiText-2 counts of 2,088,628 train / 217,646 valid tokens.
 *
 * @param skipBlankLines drop lines with no tokens (they would contribute only an end token)
 * @param skipHeadings drop WikiText heading lines ({@code " = Title = "}, {@code " = = Sub = = "})
 */
public record LmTextOptions(boolean skipBlankLines, boolean skipHeadings) {
  /** Keep everything: one line = one sentence, headings are text. */
  public static LmTextOptions standard() {
    return new LmTextOptions(false, false);
  }
}
