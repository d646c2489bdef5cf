package quire.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import quire.diag.Position;
import quire.diag.SourceMap;
import quire.shortcode.HtmlPlaceholders;

/**
 * Heading ids as Hugo 0.111 gives them (goldmark's auto heading ids, Hugo's {@code github} id
 * type): made from the heading's Markdown source, its last line, not from the text a reader
 * sees, so {@code ## [Access](https://x.com/a)} is {@code accesshttpsxcoma} and
 * {@code 2nd&ndash;4th} is {@code 2ndndash4th}; links into Hugo-built pages use these. Spaces
 * and hyphens become {@code -}, letters (lower-cased), digits and {@code _} stay, everything
 * else goes; an empty id is {@code heading}; a taken id gets {@code -1}, {@code -2}, … An id
 * written in the heading ({@code {#id}}, {@link HeadingAttributes}) is taken as written.
 * Shortcode HTML standing in the heading (a placeholder token) adds nothing to its id.
 *
 * <p>A heading a partial brings in gets its id as Hugo gives it with Cloudflare's render
 * shortcode, which renders each partial on its own: from the partial's text as written, before
 * {@code $N} is replaced ({@code ## Deploy $1} is {@code deploy-1}), and a taken id is counted
 * within that one render of the partial, apart from the page's own headings and from the
 * partials it renders in turn. One per page render; not thread-safe.
 */
final class HeadingIds implements HtmlIdGenerator {
  /** The ids taken so far, per render chain that brought the headings in (empty: the page's own). */
  private final Map<List<Position>, Set<String>> taken = new HashMap<>();

  /** Makes one generator per page render. */
  static final class Factory implements HeaderIdGeneratorFactory {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
      return new HeadingIds();
    }

    @Override
    public HtmlIdGenerator create() {
      return new HeadingIds();
    }
  }

  @Override
  public void generateIds(Document document) {
    taken.clear();
    PageContext context = PageContext.KEY.get(document);
    visit(document, context == null || context.page == null ? null : context.page.map());
  }

  private void visit(Node parent, SourceMap map) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        List<Position> render = map == null ? List.of() : map.locate(heading.getStartOffset()).via();
        Set<String> ids = taken.computeIfAbsent(render, r -> new HashSet<>());
        if (heading.isExplicitAnchorRefId()) {
          ids.add(heading.getAnchorRefId());
        } else {
          String text = render.isEmpty() ? heading.getText().toString() : asWritten(heading, map);
          heading.setAnchorRefId(unique(slug(lastLine(text)), ids));
        }
      } else if (node.hasChildren()) {
        visit(node, map);
      }
    }
  }

  /**
   * The text of a heading a partial brought in, as the partial wrote it when that has a
   * {@code $N} the render call replaced: the line as written, without an ATX heading's
   * markers (or its attribute block, when the heading's text has none); else the text as
   * rendered.
   */
  private static String asWritten(Heading heading, SourceMap map) {
    String shown = heading.getText().toString();
    int line = heading.isAtxHeading() ? heading.getStartOffset()
        : heading.getText().getStartOffset() + shown.stripTrailing().lastIndexOf('\n') + 1;
    SourceMap.Segment segment = map.findSegment(line).orElse(null);
    if (segment == null || !segment.verbatim()) return shown;
    String source = segment.source().text();
    int from = segment.sourceStart() + (line - segment.outputStart());
    int end = source.indexOf('\n', from);
    String written = source.substring(from, end < 0 ? source.length() : end);
    if (!PLACEHOLDER.matcher(written).find()) return shown;
    if (heading.isAtxHeading()) {
      written = ATX_OPENING.matcher(written).replaceFirst("");
      written = ATX_CLOSING.matcher(written).replaceFirst("");
    }
    if (!shown.stripTrailing().endsWith("}")) written = ATTRIBUTES.matcher(written).replaceFirst("");
    return written;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$[0-9]");
  private static final Pattern ATX_OPENING = Pattern.compile("^[ \t]*#{1,6}(?:[ \t]+|$)");
  private static final Pattern ATX_CLOSING = Pattern.compile("(?:^|[ \t]+)#+[ \t]*$");
  private static final Pattern ATTRIBUTES = Pattern.compile("[ \t]*\\{[^{}]*\\}[ \t]*$");

  @Override
  public String getId(Node node) {
    return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
  }

  @Override
  public String getId(CharSequence text) {
    return slug(text.toString());
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 1; taken.contains(candidate); n++) candidate = id + "-" + n;
    taken.add(candidate);
    return candidate;
  }

  private static String lastLine(String text) {
    String trimmed = text.strip();
    return trimmed.substring(trimmed.lastIndexOf('\n') + 1).strip();
  }

  /** Hugo's {@code github} anchor name of a heading's source. */
  static String slug(String source) {
    String text = HtmlPlaceholders.withoutTokens(source);
    StringBuilder id = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == ' ' || c == '-') {
        id.append('-');
      } else if (c == '_' || Character.isLetter(c) || Character.isDigit(c)) {
        id.appendCodePoint(Character.toLowerCase(c));
      }
    });
    return id.isEmpty() ? "heading" : id.toString();
  }
}
