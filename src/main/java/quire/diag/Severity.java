package quire.diag;

/** How bad a problem is: an error fails {@code build} and {@code check}, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
