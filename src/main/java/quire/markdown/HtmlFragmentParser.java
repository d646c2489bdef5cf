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
    int end = HtmlPlaceholders.tokenEnd(input, start);
    if (end < 0) return false;
    int index = HtmlPlaceholders.parseIndex(input, start + 1, end - 1);
    if (index < 0) return false;
    parser.flushTextNode();
    parser.getBlock().appendChild(new HtmlFragment(input.subSequence(start, end), index));
    parser.setIndex(end);
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
