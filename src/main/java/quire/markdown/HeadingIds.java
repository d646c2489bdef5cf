package quire.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashSet;
import java.util.Set;
import quire.shortcode.HtmlPlaceholders;

/**
 * Heading ids as Hugo 0.111 gives them (goldmark's auto heading ids, Hugo's {@code github} id
 * type): made from the heading's Markdown source, its last line, not from the text a reader
 * sees, so {@code ## [Access](https://x.com/a)} is {@code accesshttpsxcoma} and
 * {@code 2nd&ndash;4th} is {@code 2ndndash4th}; links into Hugo-built pages use these. Spaces
 * and hyphens become {@code -}, letters (lower-cased), digits and {@code _} stay, everything
 * else goes; an empty id is {@code heading}; a taken id gets {@code -1}, {@code -2}, … An id
 * written in the heading ({@code {#id}}, {@link HeadingAttributes}) is taken as written.
 * Shortcode HTML standing in the heading (a placeholder token) adds nothing to its id. One per
 * page render; not thread-safe.
 */
final class HeadingIds implements HtmlIdGenerator {
  private final Set<String> taken = new HashSet<>();

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
    visit(document);
  }

  private void visit(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        if (heading.isExplicitAnchorRefId()) {
          taken.add(heading.getAnchorRefId());
        } else {
          heading.setAnchorRefId(unique(slug(lastLine(heading.getText().toString()))));
        }
      } else if (node.hasChildren()) {
        visit(node);
      }
    }
  }

  @Override
  public String getId(Node node) {
    return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
  }

  @Override
  public String getId(CharSequence text) {
    return slug(text.toString());
  }

  private String unique(String id) {
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
