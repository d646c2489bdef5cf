package quire.mermaid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import quire.diag.Markup;

/**
 * quire beside mermaid.js on the same diagrams (mermaid's documented examples, the fixtures and
 * the site's use cases), run by tools/mermaid-compare.sh:
 *
 * <pre>
 *   LayoutComparison pages DIR [FOLDER] writes DIR/quire.html and DIR/mermaidjs.html, of the
 *                                       diagrams above or of FOLDER's *.mmd files
 *   LayoutComparison svg FILE.mmd       prints quire's SVG of one diagram
 *   LayoutComparison count Q.json M.json  counts both with LayoutDefects and prints a table
 * </pre>
 *
 * The JSON files are what tools/mermaid-geometry.js measures on those pages in a browser, so both
 * drawings are measured the same way.
 */
final class LayoutComparison {
  private LayoutComparison() {}

  static Map<String, String> diagrams() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (MermaidCorpusTest.Example e : MermaidCorpusTest.examples("docs")) {
      out.put(e.name(), e.text());
    }
    for (String f : LayoutQualityTest.FIXTURES) {
      out.put("fixture " + f, Fixtures.read(f + ".mmd"));
    }
    for (String[] u : LayoutQualityTest.useCaseDiagrams()) {
      out.put("use case " + u[0], u[1]);
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("pages")) {
      pages(Path.of(args[1]), diagrams());
    } else if (args.length == 3 && args[0].equals("pages")) {
      pages(Path.of(args[1]), folder(Path.of(args[2])));
    } else if (args.length == 2 && args[0].equals("svg")) {
      Diagram d = new MermaidRenderer().render(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8), "mermaid-1");
      System.out.println(((Diagram.Svg) d).svg());
    } else if (args.length == 3 && args[0].equals("count")) {
      count(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: LayoutComparison pages DIR [FOLDER] | svg FILE.mmd | count QUIRE.json MERMAIDJS.json");
      System.exit(2);
    }
  }

  /** The *.mmd files of a folder, by file name. */
  private static Map<String, String> folder(Path folder) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".mmd")).sorted().toList()) {
        out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void pages(Path dir, Map<String, String> diagrams) throws IOException {
    StringBuilder quire = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
        + "@font-face{font-family:\"quire-mermaid-sans\";src:url(\"LiberationSans-Regular.ttf\")}"
        + "body{margin:16px;background:#fff} div.case{margin:0 0 40px}</style></head><body>\n");
    StringBuilder mermaid = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
        + "body{margin:16px;background:#fff} div.case{margin:0 0 40px}</style></head><body>\n");
    MermaidRenderer renderer = new MermaidRenderer();
    int i = 0;
    for (Map.Entry<String, String> d : diagrams.entrySet()) {
      i++;
      String name = Markup.escape(d.getKey());
      if (renderer.render(d.getValue(), "q" + i) instanceof Diagram.Svg svg) {
        quire.append("<div class=\"case\" data-name=\"").append(name).append("\">").append(svg.svg()).append("</div>\n");
      }
      mermaid.append("<div class=\"case\" data-name=\"").append(name).append("\"><pre class=\"mermaid\">")
          .append(Markup.escape(d.getValue())).append("</pre></div>\n");
    }
    quire.append("<script src=\"mermaid-geometry.js\"></script></body></html>\n");
    mermaid.append("<script src=\"mermaid.min.js\"></script><script>mermaid.initialize({startOnLoad:false});"
        + "mermaid.run({querySelector:'pre.mermaid',suppressErrors:true}).finally(function(){var s=document.createElement('script');"
        + "s.src='mermaid-geometry.js';document.body.appendChild(s);});</script></body></html>\n");
    Files.writeString(dir.resolve("quire.html"), quire, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("mermaidjs.html"), mermaid, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> read(Path json) throws IOException {
    Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().setCodePointLimit(200_000_000).build())
        .loadFromString(Files.readString(json, StandardCharsets.UTF_8));
    return (List<Map<String, Object>>) doc.get("diagrams");
  }

  private static Map<String, LayoutGeometry> geometry(List<Map<String, Object>> diagrams) {
    Map<String, LayoutGeometry> out = new LinkedHashMap<>();
    for (LayoutGeometry g : LayoutGeometry.fromJson(diagrams)) {
      out.put(g.name(), g);
    }
    return out;
  }

  /**
   * The lines each label of each diagram draws, by diagram name and then by "node ID", "cluster
   * ID" or "edge ID"; blanks within a line collapsed (an icon's em space too), ends trimmed.
   */
  static Map<String, Map<String, List<String>>> texts(List<Map<String, Object>> diagrams) {
    return byLabel(diagrams, "text", v -> v instanceof List<?> lines
        ? lines.stream().map(l -> String.valueOf(l).replaceAll("[\\s\u00a0\u2003]+", " ").strip()).toList() : null);
  }

  /** How many lines each label takes on screen (mermaid.js's wrapped lines counted), keyed as {@link #texts}. */
  static Map<String, Map<String, List<String>>> rows(List<Map<String, Object>> diagrams) {
    return byLabel(diagrams, "rows", v -> v instanceof Number n ? List.of(String.valueOf(n.intValue())) : null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, List<String>>> byLabel(List<Map<String, Object>> diagrams, String field,
      Function<Object, List<String>> value) {
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    for (Map<String, Object> d : diagrams) {
      Map<String, List<String>> labels = new LinkedHashMap<>();
      for (String kind : List.of("node", "cluster", "edge")) {
        for (Map<String, Object> item : (List<Map<String, Object>>) d.get(kind + "s")) {
          List<String> v = value.apply(item.get(field));
          if (v != null) {
            labels.put(kind + " " + item.get("id"), v);
          }
        }
      }
      out.put(String.valueOf(d.get("name")), labels);
    }
    return out;
  }

  /**
   * The labels both tools drew whose lines differ, as "diagram: label: quire's lines / mermaid.js's
   * lines". mermaid's parser gives a label's text as written; this is the text as drawn, after
   * each renderer's own reading of line breaks, entities, tags and markdown.
   */
  static List<String> differentTexts(Map<String, Map<String, List<String>>> quire, Map<String, Map<String, List<String>>> mermaid,
      List<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      Map<String, List<String>> m = mermaid.getOrDefault(name, Map.of());
      quire.getOrDefault(name, Map.of()).forEach((label, lines) -> {
        List<String> other = m.get(label);
        if (other != null && !other.equals(lines)) {
          out.add(name + ": " + label + ": " + lines + " / " + other);
        }
      });
    }
    return out;
  }

  private static void count(Path quireJson, Path mermaidJson) throws IOException {
    List<Map<String, Object>> quireDiagrams = read(quireJson);
    List<Map<String, Object>> mermaidDiagrams = read(mermaidJson);
    Map<String, LayoutGeometry> quire = geometry(quireDiagrams);
    Map<String, LayoutGeometry> mermaid = geometry(mermaidDiagrams);
    LayoutDefects q = LayoutDefects.NONE;
    LayoutDefects m = LayoutDefects.NONE;
    List<String> both = new ArrayList<>();
    for (String name : quire.keySet()) {
      LayoutGeometry mg = mermaid.get(name);
      if (mg == null || mg.nodes().isEmpty()) {
        continue; // mermaid.js could not draw it
      }
      both.add(name);
      q = q.plus(LayoutDefects.count(quire.get(name)));
      m = m.plus(LayoutDefects.count(mg));
    }
    System.out.println("diagrams drawn by both: " + both.size());
    System.out.println("| | quire | mermaid.js |");
    System.out.println("|---|---:|---:|");
    row("defects in all", q.total(), m.total());
    row("edge crossings", q.crossings(), m.crossings());
    row("edges through a node", q.throughNode(), m.throughNode());
    row("edges through an edge label", q.throughLabel(), m.throughLabel());
    row("edges through a cluster title", q.throughTitle(), m.throughTitle());
    row("overlapping labels", q.overlappingLabels(), m.overlappingLabels());
    row("text outside its shape", q.textOutside(), m.textOutside());
    row("bends", q.bends(), m.bends());
    System.out.printf("| area (Mpx\u00b2) | %.1f | %.1f |%n", q.area() / 1e6, m.area() / 1e6);
    Map<String, Map<String, List<String>>> quireTexts = texts(quireDiagrams);
    Map<String, Map<String, List<String>>> mermaidTexts = texts(mermaidDiagrams);
    List<String> different = differentTexts(quireTexts, mermaidTexts, both);
    long labels = both.stream().mapToLong(n -> quireTexts.getOrDefault(n, Map.of()).keySet().stream()
        .filter(mermaidTexts.getOrDefault(n, Map.of())::containsKey).count()).sum();
    System.out.println();
    System.out.println("labels drawn by both: " + labels + ", drawn with other text: " + different.size());
    different.stream().limit(System.getenv("VERBOSE") != null ? Long.MAX_VALUE : 20).forEach(d -> System.out.println("  " + d));
    List<String> otherRows = differentTexts(rows(quireDiagrams), rows(mermaidDiagrams), both);
    System.out.println("labels drawn on another number of lines: " + otherRows.size());
    otherRows.stream().limit(System.getenv("VERBOSE") != null ? Long.MAX_VALUE : 20).forEach(d -> System.out.println("  " + d));
    if (System.getenv("VERBOSE") != null) {
      q.found().forEach(f -> System.out.println("quire: " + f));
      m.found().forEach(f -> System.out.println("mermaid.js: " + f));
    }
  }

  private static void row(String what, int quire, int mermaid) {
    System.out.println("| " + what + " | " + quire + " | " + mermaid + " |");
  }
}
