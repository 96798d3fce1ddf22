package dev.s2s.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.s2s.experiment.config.ColumnRef;
import dev.s2s.experiment.config.DataFormat;
import dev.s2s.experiment.config.DelimitedData;
import dev.s2s.experiment.config.RowSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignedSentencesTest {
  @TempDir Path tmp;

  private DelimitedData tsv(Path file, RowSelection rows) {
    return new DelimitedData(DataFormat.TSV, file, null,
        Map.of("en", ColumnRef.ofIndex(0), "fr", ColumnRef.ofIndex(1)), true, rows);
  }

  @Test
  void rowSelectionsCutDisjointSplitsFromOneFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("pairs.tsv"),
        "en\tfr\none\tun\ntwo\tdeux\nthree\ttrois\nfour\tquatre\nfive\tcinq\nsix\tsix\nseven\tsept\n");
    // data rows 0..6 (the header is not a row): residues mod 3 are 0 1 2 0 1 2 0
    AlignedSentences train = AlignedSentences.read(tsv(file, new RowSelection(3, null, List.of(0, 1), RowSelection.By.ROW)), "en", List.of("fr"));
    AlignedSentences dev = AlignedSentences.read(tsv(file, new RowSelection(3, List.of(0), null, RowSelection.By.ROW)), "en", List.of("fr"));
    AlignedSentences all = AlignedSentences.read(tsv(file, null), "en", List.of("fr"));
    assertEquals(List.of("three", "six"), train.sentences("en"));
    assertEquals(List.of("trois", "six"), train.sentences("fr"));
    assertEquals(List.of("one", "four", "seven"), dev.sentences("en"));
    assertEquals(List.of("un", "quatre", "sept"), dev.sentences("fr"));
    assertEquals(3, dev.size());
    assertEquals(7, all.size());
  }

  @Test
  void bySourceKeepsEveryTranslationOfASentenceInOneSplit() throws IOException {
    // FNV-1a reference vectors: "a" -> 0xe40c292c (even), "b" -> 0xe70c2de5 (odd). Residues mod 2: a 0, b 1.
    Path file = Files.writeString(tmp.resolve("pairs.tsv"), "en\tfr\na\tun\nb\tbé\na\tune\nb\tbi\n");
    RowSelection odd = new RowSelection(2, List.of(1), null, RowSelection.By.SOURCE);
    AlignedSentences read = AlignedSentences.read(tsv(file, odd), "en", List.of("fr"));
    assertEquals(List.of("b", "b"), read.sentences("en"));
    assertEquals(List.of("bé", "bi"), read.sentences("fr"));
  }
}
