package quire.diag;

import java.util.Locale;

/** How bad a problem is: an error fails {@code build} and {@code check}, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
