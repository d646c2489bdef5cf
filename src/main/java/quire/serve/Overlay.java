package quire.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import quire.diag.Markup;
import quire.diag.Problem;
import quire.report.SourceLines;
import quire.report.TextReport;

/**
 * What the server adds to every HTML page it sends: the live-reload script and, after a build
 * with errors, a fixed panel listing them. Added at serve time only, so built files never hold it.
 * Immutable; one per build, shared between request threads.
 *
 * @param generation counts builds; a page reloads when the server's count differs from its own
 * @param errors the errors of the latest build in the text report format (no colour), or empty
 */
record Overlay(long generation, String errors) {
  /** Where the page listens for rebuilds (server-sent events). */
  static final String EVENTS_PATH = "/_quire/events";

  /** The overlay of a build: its errors, written by the text report with their source lines. */
  static Overlay of(long generation, List<Problem> problems, SourceLines sources) {
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    if (errors.isEmpty()) return new Overlay(generation, "");
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    new TextReport(sources, false).write(errors, out);
    out.println(errors.size() + (errors.size() == 1 ? " error" : " errors")
        + "; showing the pages of the last good build.");
    out.flush();
    return new Overlay(generation, text.toString());
  }

  /** {@code html} with the script (and the error panel, if any) inserted before {@code </body>}. */
  String inject(String html) {
    String added = (errors.isEmpty() ? "" : panel()) + script();
    int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return body < 0 ? html + added : html.substring(0, body) + added + html.substring(body);
  }

  private String script() {
    // The page knows which build it came from: a rebuild it missed while loading (between the
    // response and the connection) still reloads it when the "hello" event tells the count.
    return "<script>(()=>{const g=\"" + generation + "\",s=new EventSource(\"" + EVENTS_PATH + "\");"
        + "const f=e=>{if(e.data!==g){s.close();location.reload();}};"
        + "s.addEventListener(\"hello\",f);s.addEventListener(\"reload\",f);})();</script>\n";
  }

  private String panel() {
    // Colours are set for both schemes, so the panel reads the same on any theme underneath.
    return "<div id=\"quire-errors\" role=\"alert\"><style>"
        + "#quire-errors{position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;"
        + "margin:0;padding:1rem 1.25rem;background:#fff5f5;color:#3b0a0a;border-top:4px solid #c81e1e;"
        + "box-shadow:0 -4px 16px rgba(0,0,0,.25);font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}"
        + "#quire-errors strong{display:block;margin-bottom:.5rem;color:#a11212;font-family:system-ui,sans-serif}"
        + "#quire-errors pre{margin:0;white-space:pre-wrap;font:inherit;color:inherit;background:none}"
        + "@media (prefers-color-scheme: dark){#quire-errors{background:#2a0f10;color:#ffe4e4;border-top-color:#ff6b6b}"
        + "#quire-errors strong{color:#ff9b9b}}"
        + "</style><strong>quire: the build has errors</strong><pre>" + Markup.escape(errors) + "</pre></div>\n";
  }
}
