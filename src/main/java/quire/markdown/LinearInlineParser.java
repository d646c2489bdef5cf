package quire.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its two regular-expression helpers made linear. Flexmark's own
 * {@code match} and {@code matchWithGroups} call {@code Matcher.toMatchResult()}, which on Java 17
 * copies the whole input, here the whole paragraph, on every match: a paragraph of 80 KB of code
 * spans took 8 s to parse, and twice the text four times as long (issue 9). These read the
 * match's bounds from the matcher itself, so each match costs its own length. Behaviour is
 * otherwise Flexmark's. One per parse, as Flexmark makes them; not thread-safe.
 */
final class LinearInlineParser extends InlineParserImpl {
  private static final InlineParserFactory FACTORY = LinearInlineParser::new;

  /**
   * Has {@code parser} use this inline parser. Flexmark adds its link reference definitions
   * ({@code [r]: /url}) only with its own inline parser, so they are added here too.
   */
  static Parser.Builder install(Parser.Builder parser) {
    return parser.customInlineParserFactory(FACTORY).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
  }

  private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    if (index >= input.length()) return null;
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) return null;
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    if (index >= input.length()) return null;
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) return null;
    index = matcher.end();
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    groups[0] = input.subSequence(matcher.start(), matcher.end());
    for (int i = 1; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }
}
