package dev.s2s.tasks.suite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results rows as CSV (RFC 4180, '\n' line ends): {@code model, testset, status}, one column
 * per metric (its key), {@code wall_seconds, tokens, tokens_per_second}; numbers unrounded, empty
 * cells for missing rows.
 */
final class ResultsCsv {
  private ResultsCsv() {}

  static String render(SuiteResults results) {
    List<String> header = new ArrayList<>(List.of("model", "testset", "status"));
    results.suite().metrics().forEach(m -> header.add(m.key()));
    header.addAll(List.of("wall_seconds", "tokens", "tokens_per_second"));
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      for (ResultRow r : results.rows()) {
        List<String> cells = new ArrayList<>(List.of(r.model(), r.testSet(), r.status().label()));
        results.suite().metrics().forEach(m -> cells.add(cell(r.metrics().get(m))));
        boolean ok = r.status() == RowStatus.OK;
        cells.add(cell(r.wallSeconds()));
        cells.add(ok ? Long.toString(r.tokens()) : "");
        cells.add(cell(r.tokensPerSecond()));
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String cell(Double x) {
    return x == null || x.isNaN() || x.isInfinite() ? "" : Double.toString(x);
  }
}
