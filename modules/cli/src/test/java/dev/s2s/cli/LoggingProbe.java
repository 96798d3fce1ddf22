package dev.s2s.cli;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/** Run in a child JVM by {@link LoggingBridgeTest}: makes ND4J and CoreNLP log their start-up. */
public final class LoggingProbe {
  private LoggingProbe() {}

  public static void main(String[] args) {
    Nd4j.zeros(1); // loads the CPU backend, which logs through SLF4J
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize");
    new StanfordCoreNLP(props); // logs "Adding annotator tokenize" through Redwood -> SLF4J
  }
}
