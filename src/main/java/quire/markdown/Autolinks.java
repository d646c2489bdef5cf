package quire.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkType;

/**
 * GFM autolinks: bare URLs, {@code www.} addresses and e-mail addresses in text become links, as
 * Flexmark's autolink extension makes them (held to it by {@code AutolinkOracleTest}), with the
 * links found by the autolink library Flexmark uses. Two differences in how, none in what: a text
 * without {@code ://}, {@code www.} or {@code @} is passed over without scanning (the scan over
 * every text node was a third of Markdown parsing on the bench corpus), and it is built on
 * Flexmark's public API rather than on the extension's internal post-processor. Thread-safe: the
 * factory and the extractor hold no state of a document.
 */
final class Autolinks extends NodeTypePostProcessor {
  private static final LinkExtractor EXTRACTOR =
      LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();
  /** A scheme with nothing after its {@code //}, which the library passes over and GFM in Flexmark links. */
  private static final Pattern BARE_SCHEME = Pattern.compile("\\b([a-z][a-z0-9+.-]*://)(?:\\s|$)");

  Autolinks() {
    super(Text.class);
  }

  @Override
  void process(NodeTracker state, Node node) {
    if (mayHoldLink(node.getChars())) link(state, node);
  }

  static boolean mayHoldLink(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') return true;
      if (c == ':' && i + 2 < text.length() && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
      if ((c == 'w' || c == 'W') && i + 3 < text.length() && text.charAt(i + 3) == '.'
          && Character.toLowerCase(text.charAt(i + 1)) == 'w' && Character.toLowerCase(text.charAt(i + 2)) == 'w') {
        return true;
      }
    }
    return false;
  }

  /** A link found in the unescaped text: {@code [begin, end)} and whether it is an e-mail address. */
  private record Found(int begin, int end, boolean email) {}

  private static void link(NodeTracker state, Node node) {
    if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) return;
    // A URL can be cut into a text and the nodes after it: typographic ones with the typographer
    // on (an apostrophe, a dash) and entities (&amp;): read the run they make together, as long
    // as it has no space, with the entities decoded.
    BasedSequence whole = node.getChars();
    Node last = node;
    List<Range> entities = new ArrayList<>();
    Node first = node.getNext();
    if ((first instanceof TypographicText || first instanceof HtmlEntity) && first.getChars().isContinuationOf(whole)) {
      List<BasedSequence> parts = new ArrayList<>();
      parts.add(whole);
      BasedSequence end = whole;
      for (Node next = first; next instanceof TypographicText || next instanceof HtmlEntity || next instanceof Text;
          next = next.getNext()) {
        if (!next.getChars().isContinuationOf(end) || next.getChars().startsWith(" ") || end.endsWith(" ")) break;
        end = next.getChars();
        if (next instanceof HtmlEntity) entities.add(Range.of(end.getStartOffset(), end.getEndOffset()));
        parts.add(end);
        last = next;
      }
      whole = SegmentedSequence.create(node.getChars(), parts);
    }
    ReplacedTextMapper mapper = new ReplacedTextMapper(whole);
    BasedSequence decoded = entities.isEmpty() ? whole : Escaping.unescapeHtml(whole, entities, mapper);
    BasedSequence literal = Escaping.unescape(decoded, mapper);
    List<Found> found = find(literal);
    if (found.isEmpty()) return;

    Node into = node.getParent() instanceof TextBase ? null : new TextBase(whole);
    boolean inserted = false;
    int done = 0;
    for (Found f : found) {
      BasedSequence linkText = literal.subSequence(f.begin(), f.end()).trimEnd();
      int start = mapper.originalOffset(f.begin());
      // A link that starts in a later node of the run is that node's to make.
      if (done == 0 && last != node && start >= node.getChars().length()) return;
      if (into != null && !inserted) {
        node.insertBefore(into);
        state.nodeAdded(into);
        inserted = true;
      }
      if (start > done) add(new Text(whole.subSequence(done, start)), node, into, state);
      BasedSequence chars = linkText.baseSubSequence(linkText.getStartOffset(), linkText.getEndOffset());
      LinkNode link;
      if (f.email()) {
        MailLink mail = new MailLink();
        mail.setText(chars);
        link = mail;
      } else {
        AutoLink auto = new AutoLink();
        auto.setText(chars);
        auto.setUrlChars(chars);
        link = auto;
      }
      link.setCharsFromContent();
      link.appendChild(new Text(chars));
      if (into != null) into.appendChild(link);
      else node.insertBefore(link);
      state.nodeAddedWithChildren(link);
      done = mapper.originalOffset(f.begin() + linkText.length());
    }
    if (done > 0) {
      if (last != node) {
        // The later nodes of the run that the links used up go; the text they keep stays theirs.
        int length = node.getChars().length();
        for (Node next = node.getNext(); next != null; ) {
          if (length >= done) {
            whole = whole.subSequence(0, length);
            break;
          }
          length += next.getChars().length();
          Node after = next.getNext();
          next.unlink();
          state.nodeRemoved(next);
          if (next == last) break;
          next = after;
        }
      }
      if (done < whole.length()) add(new Text(whole.subSequence(done, whole.length())), node, into, state);
    }
    node.unlink();
    state.nodeRemoved(node);
  }

  private static void add(Node text, Node node, Node into, NodeTracker state) {
    if (into != null) into.appendChild(text);
    else node.insertBefore(text);
    state.nodeAdded(text);
  }

  /** The links of a text in order: the library's, and every bare scheme not inside one of them. */
  private static List<Found> find(CharSequence literal) {
    List<Found> found = new ArrayList<>();
    EXTRACTOR.extractLinks(literal).forEach(span ->
        found.add(new Found(span.getBeginIndex(), span.getEndIndex(), span.getType() == LinkType.EMAIL)));
    Matcher bare = BARE_SCHEME.matcher(literal);
    while (bare.find()) {
      Found scheme = new Found(bare.start(1), bare.end(1), false);
      int at = found.size();
      boolean inside = false;
      for (int i = 0; i < found.size(); i++) {
        Found f = found.get(i);
        if (scheme.end() < f.begin()) {
          at = i;
          break;
        }
        if (scheme.begin() >= f.begin() && scheme.end() <= f.end()) {
          inside = true;
          break;
        }
      }
      if (!inside) found.add(at, scheme);
    }
    return found;
  }
}
