package dev.s2s.experiment.run;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * A Log4j2 file appender attached to the {@code dev.s2s} logger for the duration of a run, so that
 * every log line of the toolkit also goes to the run's {@code train.log} (appended, flushed per
 * line). If the configuration has no {@code dev.s2s} logger, one is added at INFO (or the root's
 * level if finer) with additivity, and removed again by {@link #close()}.
 */
final class RunLog implements AutoCloseable {
  /** The logger whose events go to the run log. */
  static final String LOGGER = "dev.s2s";

  private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX}{UTC} %-5level [%t] %c{1.} - %msg%n%throwable";

  private final LoggerContext context;
  private final FileAppender appender;
  private final boolean addedLogger;

  private RunLog(LoggerContext context, FileAppender appender, boolean addedLogger) {
    this.context = context;
    this.appender = appender;
    this.addedLogger = addedLogger;
  }

  /** Starts appending to {@code file}; returns null if Log4j2 core is not the logging backend. */
  static RunLog attach(Path file) {
    if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
      return null;
    }
    synchronized (context) {
      Configuration conf = context.getConfiguration();
      FileAppender appender =
          FileAppender.newBuilder()
              .setName("s2s-run-" + file.toAbsolutePath())
              .withFileName(file.toAbsolutePath().toString())
              .withAppend(true)
              .setImmediateFlush(true)
              .setLayout(PatternLayout.newBuilder().withPattern(PATTERN).withConfiguration(conf).build())
              .setConfiguration(conf)
              .build();
      appender.start();
      conf.addAppender(appender);
      LoggerConfig lc = conf.getLoggerConfig(LOGGER);
      boolean added = !lc.getName().equals(LOGGER);
      if (added) {
        Level level = lc.getLevel().isMoreSpecificThan(Level.INFO) ? Level.INFO : lc.getLevel();
        lc = LoggerConfig.newBuilder()
            .withLoggerName(LOGGER)
            .withLevel(level)
            .withAdditivity(true)
            .withConfig(conf)
            .build();
        conf.addLogger(LOGGER, lc);
      }
      lc.addAppender(appender, null, null);
      context.updateLoggers();
      return new RunLog(context, appender, added);
    }
  }

  /** Detaches and closes the appender. */
  @Override
  public void close() {
    synchronized (context) {
      Configuration conf = context.getConfiguration();
      LoggerConfig lc = conf.getLoggers().get(LOGGER);
      if (lc != null) {
        lc.removeAppender(appender.getName());
        if (addedLogger && lc.getAppenders().isEmpty()) {
          conf.removeLogger(LOGGER);
        }
      }
      if (conf instanceof org.apache.logging.log4j.core.config.AbstractConfiguration ac) {
        ac.removeAppender(appender.getName());
      }
      context.updateLoggers();
      appender.stop();
    }
  }
}
