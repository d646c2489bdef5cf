package quire.mermaid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flowchart's graph as a reader sees it, in one comparable value: each node's shown text, each
 * edge (id, ends, stroke, arrows, shown label, animation), each subgraph's shown title and each
 * item's innermost subgraph, and the direction. Made either from what mermaid's own parser read
 * (the JSON that tools/mermaid-corpus.mjs and expected-graphs.mjs write) or from quire's SVG.
 */
record MermaidGraph(
    String direction,
    Map<String, String> nodes,
    List<String> edges,
    Map<String, String> subgraphTitles,
    Map<String, String> parents) {

  private static final Pattern MERMAID_NUMERIC = Pattern.compile("\ufb02\u00b0\u00b0(\\d+)\u00b6\u00df");
  private static final Pattern MERMAID_NAMED = Pattern.compile("\ufb02\u00b0(\\w+)\u00b6\u00df");
  private static final Pattern ICON = Pattern.compile("(fa[bklrs]?):fa-[\\w-]+");
  private static final Pattern IMG = Pattern.compile("<img\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.CASE_INSENSITIVE);
  // marked reads bold and italic over a line end or a <br>, not over a blank line.
  private static final String INLINE = "((?:(?!\\n[ \\t]*\\n).)+?)";
  private static final Pattern STRONG = Pattern.compile("\\*\\*" + INLINE + "\\*\\*|__" + INLINE + "__", Pattern.DOTALL);
  private static final Pattern EM = Pattern.compile("\\*" + INLINE + "\\*|(?<![\\w])_" + INLINE + "_(?![\\w])", Pattern.DOTALL);

  /** The text a reader sees for mermaid's {@code text} of a label of {@code labelType}. */
  static String shown(Object mermaidText, Object labelType) {
    // A label given as a YAML list (label: [a]) is an array, which JavaScript writes with commas.
    String s = mermaidText instanceof List<?> items
        ? String.join(",", items.stream().map(String::valueOf).toList()) : String.valueOf(mermaidText);
    s = MERMAID_NUMERIC.matcher(s).replaceAll(r -> Matcher.quoteReplacement("#" + r.group(1) + ";"));
    s = MERMAID_NAMED.matcher(s).replaceAll(r -> Matcher.quoteReplacement("#" + r.group(1) + ";"));
    s = ICON.matcher(s).replaceAll("");
    s = IMG.matcher(s).replaceAll("");
    if ("markdown".equals(labelType)) {
      s = STRONG.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1) != null ? r.group(1) : r.group(2)));
      s = EM.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1) != null ? r.group(1) : r.group(2)));
      s = s.replaceAll("\\s+$", "");
    }
    return normalise(LabelText.decode(s));
  }

  /** Each line with its runs of blanks as one space, trimmed. */
  static String normalise(String lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines.split("\n", -1)) {
      out.add(line.replaceAll("[ \\t\\u00a0\\u2003]+", " ").strip());
    }
    return String.join("\n", out);
  }

  private static String arrow(String type, boolean start) {
    boolean doubled = type.startsWith("double_");
    if (start && !doubled) {
      return "none";
    }
    return switch (type.replace("double_", "")) {
      case "arrow_point" -> "point";
      case "arrow_circle" -> "circle";
      case "arrow_cross" -> "cross";
      default -> "none";
    };
  }

  static String edge(String id, String from, String to, String stroke, String start, String end, String label, boolean animated) {
    return id + ": " + from + ">" + to + " " + stroke + " " + start + "/" + end + (label.isEmpty() ? "" : " '" + label + "'")
        + (animated ? " animated" : "");
  }

  /** What mermaid's parser read, from the JSON that the corpus tools write. */
  @SuppressWarnings("unchecked")
  static MermaidGraph fromMermaid(Map<String, Object> m) {
    List<Map<String, Object>> subgraphs = (List<Map<String, Object>>) m.get("subgraphs");
    Set<String> subgraphIds = new HashSet<>();
    subgraphs.forEach(s -> subgraphIds.add((String) s.get("id")));
    Map<String, String> nodes = new TreeMap<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) m.get("vertices")) {
      if (!subgraphIds.contains(v.get("id"))) {
        nodes.put((String) v.get("id"), shown(v.get("text"), v.get("labelType")));
      }
    }
    List<String> edges = new ArrayList<>();
    for (Map<String, Object> e : (List<Map<String, Object>>) m.get("edges")) {
      String type = (String) e.get("type");
      String stroke = (String) e.get("stroke");
      if ("INVALID".equals(type)) {
        // A link whose end does not match its start ("A ==No==> B"): mermaid draws it as its
        // defaults, a plain line with an arrowhead at the end.
        type = "arrow_point";
        stroke = "normal";
      }
      edges.add(edge(String.valueOf(e.get("id")), (String) e.get("start"), (String) e.get("end"), stroke,
          arrow(type, true), arrow(type, false), shown(e.get("text"), e.get("labelType")),
          Boolean.TRUE.equals(e.get("animate")) || e.get("animation") != null));
    }
    Map<String, String> titles = new TreeMap<>();
    Map<String, String> parents = new TreeMap<>();
    nodes.keySet().forEach(n -> parents.put(n, ""));
    subgraphIds.forEach(s -> parents.put(s, ""));
    for (Map<String, Object> s : subgraphs) {
      titles.put((String) s.get("id"), shown(s.get("title"), s.get("labelType")));
    }
    // As mermaid's renderer decides: an item is inside the first subgraph that lists it. mermaid
    // also lists the ids of edges written inside a subgraph (A e1@--> B), which draw no item.
    for (int i = subgraphs.size() - 1; i >= 0; i--) {
      Map<String, Object> s = subgraphs.get(i);
      for (Object member : (List<Object>) s.get("nodes")) {
        if (!member.equals(s.get("id")) && parents.containsKey(String.valueOf(member))) {
          parents.put(String.valueOf(member), (String) s.get("id"));
        }
      }
    }
    Object dir = m.get("direction");
    return new MermaidGraph(dir == null ? "TB" : dir.toString(), nodes, edges, titles, parents);
  }

  /** What a reader of quire's SVG sees. */
  static MermaidGraph fromSvg(SvgReadBack svg) {
    return new MermaidGraph(svg.direction(), svg.nodes(), svg.edges(), svg.subgraphTitles(), svg.parents());
  }
}
