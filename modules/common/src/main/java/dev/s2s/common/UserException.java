package dev.s2s.common;

/**
 * An error caused by the user's input (a config, a corpus, a command-line argument), as opposed to
 * a programming error. The message must name the file (and line or byte offset), the key or
 * argument, the offending value and what was expected. The CLI prints only the message (no stack
 * trace unless {@code --debug}) and exits with status {@link #EXIT_STATUS}.
 */
public class UserException extends RuntimeException {
  /** Process exit status for user errors. */
  public static final int EXIT_STATUS = 2;

  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
