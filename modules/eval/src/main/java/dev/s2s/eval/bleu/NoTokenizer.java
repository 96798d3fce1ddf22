package dev.s2s.eval.bleu;

/** sacreBLEU's {@code none} tokenizer: the segment unchanged (words are split on whitespace). */
public final class NoTokenizer implements BleuTokenizer {
  @Override
  public String tokenize(String line) {
    return line;
  }

  @Override
  public String signature() {
    return "none";
  }
}
