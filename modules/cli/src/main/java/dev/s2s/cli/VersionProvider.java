package dev.s2s.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the toolkit version from the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"s2s " + (v == null ? "dev" : v)};
  }
}
