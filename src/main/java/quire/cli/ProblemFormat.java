package quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import quire.diag.Problem;
import quire.report.GithubReport;
import quire.report.JsonReport;
import quire.report.JunitReport;
import quire.report.SarifReport;
import quire.report.SourceLines;
import quire.report.TextReport;

/** How {@code quire check} and {@code quire build} write the problems they found: for a reader, or for a tool. */
enum ProblemFormat {
  TEXT, JSON, JUNIT, GITHUB, SARIF;

  /**
   * Writes {@code problems}, found in the site in {@code source} whose page and partial files are
   * {@code files}; text in colour when {@code colour}. Text is the problems alone, without the
   * command's summary line.
   */
  void write(List<Problem> problems, List<String> files, Path source, boolean colour, PrintWriter to) {
    switch (this) {
      case TEXT -> new TextReport(new SourceLines(source), colour).write(problems, to);
      case JSON -> JsonReport.write(problems, to);
      case JUNIT -> JunitReport.write(problems, files, to);
      case GITHUB -> GithubReport.write(problems, to);
      case SARIF -> SarifReport.write(problems, new Main.Version().getVersion()[0].replace("quire ", ""), to);
    }
    to.flush();
  }
}
