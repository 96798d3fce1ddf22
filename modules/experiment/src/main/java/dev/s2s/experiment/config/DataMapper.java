package dev.s2s.experiment.config;

import java.util.List;

/** Rewrites the data specs of a task section (the loader uses it to resolve and check paths). */
@FunctionalInterface
public interface DataMapper {
  /**
   * @param key key path of the spec, e.g. {@code translation.train}
   * @param spec the spec as written
   * @param languages the languages whose files the spec must provide (parallel data)
   * @return the replacement spec
   */
  DataSpec map(String key, DataSpec spec, List<String> languages);
}
