package quire.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import quire.diag.SourceMap;

/**
 * Decides whether a list is tight or loose from the text of the file it was written in, as Hugo
 * does when a list item renders a partial ({@code 6. {{<render file="_x.md">}}}).
 *
 * <p>Hugo renders the partial on its own and puts its HTML where the call stood, so the page's
 * Markdown sees the call as one line: a list whose own items are tight stays tight however many
 * paragraphs the partial has, and the partial keeps its own {@code <p>}s (unless it is one
 * paragraph, which {@code markdownify} gives without them). quire renders the partial's Markdown
 * as part of the page, where a blank line inside the partial makes the whole list loose by
 * CommonMark's rule. This pass, run on the parsed page, makes such a list tight again when no
 * blank line of the list's own file separates its items or the blocks of an item. In an item
 * holding two or more blocks of a partial, the first paragraph keeps its {@code <p>} as Hugo's
 * partial HTML has it (Flexmark's tight rendering would drop it): such paragraphs are recorded
 * in the document under {@link #WRAPPED}. Lists Flexmark made tight are left alone. Stateless.
 */
final class PartialListTightness {
  /** The first paragraphs of tight list items that are written with {@code <p>} all the same. */
  static final DataKey<Set<Node>> WRAPPED = new DataKey<>("QUIRE_WRAPPED_ITEM_PARAGRAPHS", Set.of());

  private PartialListTightness() {}

  /** Applies the rule to every loose list of {@code document}, parsed from text that {@code map} maps. */
  static void apply(Document document, SourceMap map) {
    CharSequence text = document.getChars();
    Set<Node> wrapped = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node node : document.getDescendants()) {
      if (node instanceof ListBlock list && list.isLoose()) retighten(list, text, map, wrapped);
    }
    if (!wrapped.isEmpty()) document.set(WRAPPED, wrapped);
  }

  /** Whether {@code paragraph} is written with {@code <p>} though its list is tight. */
  static boolean isWrapped(Document document, Paragraph paragraph) {
    return WRAPPED.get(document).contains(paragraph);
  }

  private static void retighten(ListBlock list, CharSequence text, SourceMap map, Set<Node> wrapped) {
    int depth = depth(map, list.getStartOffset());
    Node previous = null;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (previous != null && hasOwnBlankLine(text, map, depth, contentEnd(previous), item.getStartOffset())) return;
      for (Node block = item.getFirstChild(); block != null && block.getNext() != null; block = block.getNext()) {
        if (hasOwnBlankLine(text, map, depth, block.getEndOffset(), block.getNext().getStartOffset())) return;
      }
      previous = item;
    }
    list.setTight(true);
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item.getFirstChild() instanceof Paragraph first && partialBlocks(item, map, depth) >= 2) wrapped.add(first);
    }
  }

  /** How many of the item's blocks came from a partial rendered into the list's file. */
  private static int partialBlocks(Node item, SourceMap map, int depth) {
    int count = 0;
    for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
      if (depth(map, block.getStartOffset()) > depth) count++;
    }
    return count;
  }

  /** Where an item's content ends: its last block's end, or its marker's for an empty item. */
  private static int contentEnd(Node item) {
    Node last = item.getLastChild();
    return last != null ? last.getEndOffset() : ((ListItem) item).getOpeningMarker().getEndOffset();
  }

  /**
   * Whether {@code [from, to)} holds a whole blank line (spaces, tabs and quote markers only)
   * written in the list's own file, not in a partial rendered into it.
   */
  private static boolean hasOwnBlankLine(CharSequence text, SourceMap map, int depth, int from, int to) {
    int lineStart = from;
    if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      while (lineStart < to && text.charAt(lineStart) != '\n') lineStart++;
      lineStart++;
    }
    while (lineStart < to) {
      int i = lineStart;
      while (i < to && isBlankLineChar(text.charAt(i))) i++;
      if (i < to && text.charAt(i) == '\n' && depth(map, lineStart) <= depth) return true;
      while (i < to && text.charAt(i) != '\n') i++;
      lineStart = i + 1;
    }
    return false;
  }

  private static boolean isBlankLineChar(char c) {
    return c == ' ' || c == '\t' || c == '>';
  }

  /** How many render calls deep the text at {@code offset} was brought in (0: the page's own). */
  private static int depth(SourceMap map, int offset) {
    return map.findSegment(offset).map(segment -> segment.via().size()).orElse(0);
  }
}
