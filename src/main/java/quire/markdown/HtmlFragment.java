package quire.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A placeholder for HTML a {@code {{< >}}} shortcode made: rendered as that HTML, untouched. */
final class HtmlFragment extends Node {
  final int index;

  HtmlFragment(BasedSequence chars, int index) {
    super(chars);
    this.index = index;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
