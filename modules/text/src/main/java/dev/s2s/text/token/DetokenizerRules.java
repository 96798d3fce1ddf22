package dev.s2s.text.token;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spacing rules for a {@link RuleDetokenizer}.
 *
 * @param noSpaceBefore tokens glued to the previous token (closing punctuation)
 * @param noSpaceAfter tokens glued to the next token (opening brackets and quotes, currency)
 * @param toggleQuotes symmetric quotes ({@code "}, {@code '}): alternately opening and closing
 * @param attachLeft tokens matching this are glued to the previous token (clitics: {@code n't},
 *     {@code 's}, French {@code -t-il}); null for none
 * @param attachRight tokens matching this are glued to the next token (French elisions {@code
 *     l'}); null for none
 * @param possessiveApostrophe when true, a {@code '} after a word ending in s or a number that is
 *     not followed by a matching closing {@code '} is glued to that word ({@code the boys' toys},
 *     {@code 4' wide})
 */
public record DetokenizerRules(
    Set<String> noSpaceBefore,
    Set<String> noSpaceAfter,
    Set<String> toggleQuotes,
    Pattern attachLeft,
    Pattern attachRight,
    boolean possessiveApostrophe) {

  /** English (PTB-style tokens from {@link CoreNlpEnglishTokenizer}). */
  public static DetokenizerRules english() {
    return new DetokenizerRules(
        Set.of(",", ".", "!", "?", ";", ":", ")", "]", "}", "%", "...", "…", "”", "’"),
        Set.of("(", "[", "{", "$", "“", "‘"),
        Set.of("\"", "'"),
        Pattern.compile("(?i)n['’]t|['’](s|re|ve|ll|d|m)"),
        null,
        true);
  }

  /**
   * German: closing punctuation as in English; {@code „ ‚} open and {@code “ ‘} close (German
   * quotation marks); {@code » «} are read in the German order {@code »…«}.
   */
  public static DetokenizerRules german() {
    return new DetokenizerRules(
        Set.of(",", ".", "!", "?", ";", ":", ")", "]", "}", "%", "...", "…", "“", "‘", "«", "‹"),
        Set.of("(", "[", "{", "„", "‚", "»", "›"),
        Set.of("\"", "'"),
        null,
        null,
        true);
  }

  /**
   * French: a space before {@code ! ? ; : %} and inside guillemets {@code « … »} (French
   * typography), none before {@code , . )}; elided words ending in an apostrophe (or a hyphen,
   * as CoreNLP gives {@code dis- m'en}) are glued to the next word ({@code l' homme -> l'homme})
   * and hyphenated clitics to the previous one ({@code est -ce -> est-ce}).
   */
  public static DetokenizerRules french() {
    return new DetokenizerRules(
        Set.of(",", ".", ")", "]", "}", "...", "…", "”"),
        Set.of("(", "[", "{", "“", "$"),
        Set.of("\""),
        Pattern.compile("-\\p{L}[\\p{L}-]*"),
        Pattern.compile("\\p{L}+['’]|\\p{L}+-"),
        false);
  }
}
