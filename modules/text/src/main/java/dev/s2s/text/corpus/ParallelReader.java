package dev.s2s.text.corpus;

import dev.s2s.common.UserException;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams {@link ParallelExample}s from line-aligned files, reading one line of every file per
 * example. When one file ends before another, the remaining lines of the longer files are counted
 * and a {@link UserException} names both files and both line counts. An empty corpus (no lines at
 * all) is a {@code UserException} too.
 */
public final class ParallelReader implements Iterator<ParallelExample>, Closeable {
  private final List<String> langs;
  private final List<LineReader> readers = new ArrayList<>();
  private ParallelExample pending;
  private boolean done;

  ParallelReader(Map<String, Path> files) {
    this.langs = List.copyOf(files.keySet());
    try {
      for (Path p : files.values()) {
        readers.add(LineReader.open(p));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !done) {
      pending = readOne();
      done = pending == null;
    }
    return pending != null;
  }

  @Override
  public ParallelExample next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ParallelExample e = pending;
    pending = null;
    return e;
  }

  private ParallelExample readOne() {
    String[] lines = new String[readers.size()];
    int ended = 0;
    for (int i = 0; i < lines.length; i++) {
      lines[i] = readers.get(i).next();
      if (lines[i] == null) {
        ended++;
      }
    }
    if (ended == lines.length) {
      if (readers.get(0).lineNumber() == 0) {
        throw new UserException("parallel corpus is empty: " + files() + " have no lines");
      }
      return null;
    }
    if (ended > 0) {
      throw mismatch(lines);
    }
    Map<String, String> sides = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      sides.put(langs.get(i), lines[i]);
    }
    return new ParallelExample(readers.get(0).lineNumber(), sides);
  }

  private UserException mismatch(String[] lines) {
    long[] counts = new long[lines.length];
    for (int i = 0; i < lines.length; i++) {
      LineReader r = readers.get(i);
      if (lines[i] != null) {
        while (r.next() != null) {
          // count the rest of the longer file
        }
      }
      counts[i] = r.lineNumber();
    }
    int other = 1;
    while (counts[other] == counts[0]) {
      other++;
    }
    return new UserException(
        "parallel files have different line counts: " + readers.get(0).file() + " has " + counts[0]
            + " lines but " + readers.get(other).file() + " has " + counts[other] + " lines");
  }

  private List<Path> files() {
    List<Path> out = new ArrayList<>();
    readers.forEach(r -> out.add(r.file()));
    return out;
  }

  @Override
  public void close() {
    for (LineReader r : readers) {
      r.close();
    }
  }
}
