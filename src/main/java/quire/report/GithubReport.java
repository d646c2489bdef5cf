package quire.report;

import java.io.PrintWriter;
import java.util.List;
import quire.diag.Position;
import quire.diag.Problem;

/**
 * GitHub Actions workflow commands, one line per problem:
 * {@code ::error file=F,line=L,col=C,title=[rule]::message}, escaped as the runner expects
 * ({@code %}, CR and LF everywhere; {@code :} and {@code ,} too in properties). Stateless.
 */
public final class GithubReport {
  private GithubReport() {}

  public static void write(List<Problem> problems, PrintWriter out) {
    for (Problem p : problems) {
      StringBuilder line = new StringBuilder("::").append(p.isError() ? "error" : "warning");
      // A place in quire's built-in theme is no file of the repository: the annotation names
      // none, and the message says where.
      boolean inRepository = !p.at().inTheme();
      if (inRepository) {
        line.append(" file=").append(property(p.at().file()));
        if (p.at().line() > 0) line.append(",line=").append(p.at().line());
        if (p.at().column() > 0) line.append(",col=").append(p.at().column());
        line.append(",");
      } else {
        line.append(" ");
      }
      line.append("title=").append(property("[" + p.rule().id() + "]"));
      StringBuilder message = new StringBuilder(inRepository ? "" : p.at() + ": ").append(p.message());
      for (Position via : p.via()) message.append("\nvia ").append(via);
      line.append("::").append(data(message.toString()));
      out.println(line);
    }
    out.flush();
  }

  /** A message: {@code %}, CR and LF escaped. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data} plus {@code :} and {@code ,}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
