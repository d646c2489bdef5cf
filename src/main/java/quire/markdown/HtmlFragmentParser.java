package quire.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import quire.shortcode.HtmlPlaceholders;

/** Recognises shortcode HTML placeholders inside inline text. */
final class HtmlFragmentParser implements InlineParserExtension {
  @Override
  public void finalizeDocument(InlineParser inlineParser) {}

  @Override
  public void finalizeBlock(InlineParser inlineParser) {}

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    int i = start + 1;
    while (i < input.length() && Character.isDigit(input.charAt(i))) i++;
    if (i == start + 1 || i >= input.length() || input.charAt(i) != HtmlPlaceholders.CLOSE) return false;
    int index = Integer.parseInt(input.subSequence(start + 1, i).toString());
    parser.flushTextNode();
    parser.getBlock().appendChild(new HtmlFragment(input.subSequence(start, i + 1), index));
    parser.setIndex(i + 1);
    return true;
  }

  static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return String.valueOf(HtmlPlaceholders.OPEN);
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new HtmlFragmentParser();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
