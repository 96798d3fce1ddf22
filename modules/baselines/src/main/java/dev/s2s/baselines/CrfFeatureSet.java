package dev.s2s.baselines;

import java.util.Properties;
import java.util.TreeMap;

/**
 * Feature and optimiser properties for CoreNLP's {@code CRFClassifier}.
 *
 * <p>{@link #conll2003()} is the CoNLL feature set of CoreNLP's NER training documentation
 * (its {@code ner.model.props} example, the chris2009 features of {@code
 * english.conll.4class.distsim.prop}) with distributional-similarity clusters off: word, class
 * prior, character n-grams up to 6 (prefixes/suffixes only, {@code noMidNGrams}), previous/next
 * word, label sequences ({@code maxLeft=1} cliques plus {@code useLongSequences}), word-shape
 * sequences ({@code useTypeSeqs}, {@code useTypeSeqs2}, {@code useTypeySequences}) with the
 * {@code chris2useLC} shape, disjunctive words within 5 left/right, occurrence patterns,
 * last/next real word; only label transitions seen in training; L-BFGS with 25 memory vectors
 * and the Gaussian prior sigma 20 of {@code english.conll.4class.*.prop}.
 *
 * <p>Left out: {@code featureDiffThresh} (acts only when feature-pruning passes, {@code
 * numTimesPruneFeatures}, are enabled, which neither file does), {@code saveFeatureIndexToDisk}
 * (memory only). CoreNLP's own {@code english.conll.4class.nodistsim.prop} differs further:
 * {@code wordShape=dan2useLC}, {@code disjunctionWidth=4}, unbounded n-gram length, {@code
 * useTitle}, and an Americanizing word function.
 */
public final class CrfFeatureSet {
  private CrfFeatureSet() {}

  /** The standard CoNLL-2003 English set, without distsim. A fresh copy each call. */
  public static Properties conll2003() {
    Properties p = new Properties();
    p.setProperty("useClassFeature", "true");
    p.setProperty("useWord", "true");
    p.setProperty("useNGrams", "true");
    p.setProperty("noMidNGrams", "true");
    p.setProperty("maxNGramLeng", "6");
    p.setProperty("usePrev", "true");
    p.setProperty("useNext", "true");
    p.setProperty("useLongSequences", "true");
    p.setProperty("useSequences", "true");
    p.setProperty("usePrevSequences", "true");
    p.setProperty("maxLeft", "1");
    p.setProperty("useTypeSeqs", "true");
    p.setProperty("useTypeSeqs2", "true");
    p.setProperty("useTypeySequences", "true");
    p.setProperty("useOccurrencePatterns", "true");
    p.setProperty("useLastRealWord", "true");
    p.setProperty("useNextRealWord", "true");
    p.setProperty("normalize", "true");
    p.setProperty("wordShape", "chris2useLC");
    p.setProperty("useDisjunctive", "true");
    p.setProperty("disjunctionWidth", "5");
    p.setProperty("useObservedSequencesOnly", "true");
    p.setProperty("useQN", "true");
    p.setProperty("QNsize", "25");
    p.setProperty("sigma", "20");
    return p;
  }

  /** "key=value" lines in key order, for logs and result files. */
  public static String describe(Properties p) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(p).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return b.toString();
  }
}
