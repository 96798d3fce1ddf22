package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hand-written CoNLL-2003-style corpus (token POS chunk NER, IOB2) with obvious patterns, and
 * a CRF trained on it through {@code baseline crf-ner train} in a few seconds.
 */
final class CrfNerFixture {
  private CrfNerFixture() {}

  private static final String[] SENTENCES = {
    "John_NNP_B-PER said_VBD_O he_PRP_O lives_VBZ_O in_IN_O Paris_NNP_B-LOC ._._O",
    "Mary_NNP_B-PER visited_VBD_O London_NNP_B-LOC on_IN_O Monday_NNP_O ._._O",
    "Acme_NNP_B-ORG Corp_NNP_I-ORG opened_VBD_O an_DT_O office_NN_O in_IN_O Berlin_NNP_B-LOC ._._O",
    "Peter_NNP_B-PER Smith_NNP_I-PER said_VBD_O the_DT_O deal_NN_O was_VBD_O good_JJ_O ._._O",
    "Shares_NNS_O of_IN_O Global_NNP_B-ORG Bank_NNP_I-ORG rose_VBD_O in_IN_O Tokyo_NNP_B-LOC ._._O",
    "Anna_NNP_B-PER travelled_VBD_O to_TO_O Madrid_NNP_B-LOC with_IN_O John_NNP_B-PER ._._O",
    "The_DT_O weather_NN_O was_VBD_O cold_JJ_O in_IN_O London_NNP_B-LOC ._._O",
    "Mary_NNP_B-PER Jones_NNP_I-PER works_VBZ_O for_IN_O Acme_NNP_B-ORG Corp_NNP_I-ORG ._._O",
    "Peter_NNP_B-PER visited_VBD_O Paris_NNP_B-LOC and_CC_O Berlin_NNP_B-LOC ._._O",
    "Global_NNP_B-ORG Bank_NNP_I-ORG said_VBD_O profits_NNS_O fell_VBD_O ._._O",
    "Anna_NNP_B-PER said_VBD_O she_PRP_O liked_VBD_O Tokyo_NNP_B-LOC ._._O",
    "John_NNP_B-PER Smith_NNP_I-PER went_VBD_O to_TO_O New_NNP_B-LOC York_NNP_I-LOC ._._O",
    "Prices_NNS_O in_IN_O New_NNP_B-LOC York_NNP_I-LOC were_VBD_O high_JJ_O ._._O",
    "Mary_NNP_B-PER said_VBD_O Acme_NNP_B-ORG Corp_NNP_I-ORG will_MD_O grow_VB_O ._._O",
    "It_PRP_O was_VBD_O a_DT_O quiet_JJ_O day_NN_O ._._O",
    "Peter_NNP_B-PER travelled_VBD_O to_TO_O Madrid_NNP_B-LOC ._._O",
  };

  /** The held-out test sentence, 4 columns; its NER tags hold by construction. */
  static final String TEST =
      "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nvisited VBD B-VP O\nBerlin NNP B-NP B-LOC\n. . O O\n\n";

  /** The 16 training sentences as 4-column CoNLL (chunk column: B-NP/O, not used). */
  static String trainText() {
    StringBuilder b = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
    for (String s : SENTENCES) {
      for (String tok : s.split(" ")) {
        String[] f = tok.split("_"); // token_POS_NER
        b.append(f[0]).append(' ').append(f[1]).append(' ')
            .append(f[2].equals("O") ? "O" : "B-NP").append(' ').append(f[2]).append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Writes train.conll and test.conll to {@code dir}, trains a model there; returns its path. */
  static Path trainModel(Path dir) throws IOException {
    Path train = Files.writeString(dir.resolve("train.conll"), trainText());
    Files.writeString(dir.resolve("test.conll"), TEST);
    Path model = dir.resolve("tiny.ser.gz");
    CliRun r =
        CliRun.run(
            new CrfNerTrainCommand(), "--train", train.toString(), "-o", model.toString(),
            "--max-iterations", "60");
    assertEquals(0, r.exitCode(), r.err());
    return model;
  }
}
