package quire.diag;

/** Turns a library's multi-line error message into one line a writer can read. */
public final class Messages {
  private Messages() {}

  /**
   * The message's lines up to the first tip or separator ({@code ----}, {@code Tip:}), joined
   * with spaces; Freemarker's "==> expression [in template …]" lines keep only the expression,
   * and its list of the patterns a parser expected is left out ({@code Encountered ">"}).
   */
  public static String oneLine(String message) {
    StringBuilder out = new StringBuilder();
    for (String raw : message.strip().split("\n")) {
      String line = raw.strip();
      if (line.startsWith("----") || line.startsWith("Tip:") || line.startsWith("FTL stack trace")
          || line.startsWith("The name was interpreted by this TemplateLoader")) break;
      if (line.isEmpty()) continue;
      int expected = line.indexOf(", but was expecting one of these patterns:");
      if (expected >= 0) {
        if (out.length() > 0) out.append(' ');
        out.append(line, 0, expected);
        break;
      }
      if (line.startsWith("==>")) line = line.substring(3).replaceAll("\\s*\\[in template [^\\]]*\\]", "").strip();
      if (out.length() > 0) out.append(' ');
      out.append(line);
    }
    return out.toString();
  }
}
