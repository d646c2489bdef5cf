package quire.markdown;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of highlighting one code block of about 20 lines, per language (RSyntaxTextArea's lexers,
 * and quire's own for PowerShell and diff). Sample mode, so JMH reports the median. Run with
 * {@code mvn -B -Pjmh test-compile exec:exec -Djmh.args="HighlightBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HighlightBenchmark {
  @Param({"sh", "powershell", "json", "yaml", "html", "javascript", "python", "java", "go", "toml", "diff", "text"})
  public String language;

  private static String block(String language) {
    String lines = switch (language) {
      case "sh" -> "export NAME=\"quire\"  # the name\nfor f in content/*.md; do\n  echo \"$f\" | grep -c title\ndone\n";
      case "powershell" -> "$ips = @(\"52.11.209.211\", \"52.89.255.11\")  # egress\nNew-TransportRule -Name \"Area 1\" -SenderIpRanges $ips -SetSCL 5\nif ($ok) { Write-Host \"done\" }\n";
      case "json" -> "{\n  \"errors\": 1, \"warnings\": 0,\n  \"problems\": [{\"rule\": \"link-broken\", \"line\": 12, \"ok\": false}]\n}\n";
      case "yaml" -> "title: Email Security docs  # site\nbaseUrl: https://example.com/docs/\nparams:\n  product: \"Cloudflare\"\n";
      case "html" -> "<div class=\"large-img\">\n  <!-- an illustration -->\n  <img src=\"/x.png\" alt=\"Rules\" width=\"640\">\n</div>\n";
      case "javascript" -> "import { test } from \"node:test\";\n// pages\nconst pages = [1, 2, 3].map((n) => `page ${n}`);\nfunction f(x) { return x * 2 + 0x1f; }\n";
      case "python" -> "def build(pages: list[str]) -> int:\n    \"\"\"Builds.\"\"\"\n    # count\n    return len([p for p in pages if p.endswith(\".md\")])\n";
      case "java" -> "/** A problem. */\npublic record Problem(Severity severity, String message) {\n  @Override public String toString() { return severity + \": \" + message; }\n}\n";
      case "go" -> "package main\n\nimport \"fmt\"\n\n// main prints.\nfunc main() { n := 42; fmt.Println(\"hello\", n, true) }\n";
      case "toml" -> "# server\n[server]\nport = 8080\nname = \"quire\"\nenabled = true\n";
      case "diff" -> "--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n same\n-old line\n+new line\n";
      default -> "52.11.209.211\n52.89.255.11\n104.30.32.0/24\n158.51.64.0/26\n";
    };
    StringBuilder block = new StringBuilder();
    while (block.chars().filter(c -> c == '\n').count() < 20) block.append(lines);
    return block.toString();
  }

  private String code;

  @org.openjdk.jmh.annotations.Setup
  public void setUp() {
    code = block(language);
  }

  @Benchmark
  public String highlight() {
    return SyntaxHighlighter.highlight(code, language);
  }
}
