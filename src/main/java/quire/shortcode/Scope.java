package quire.shortcode;

import java.util.List;
import quire.diag.Located;
import quire.diag.Position;
import quire.diag.SourceFile;
import quire.site.SourcePage;

/**
 * What is being expanded: a page's body or a partial's, with the values its {@code $N}
 * placeholders stand for.
 *
 * @param page the page being built (partials are expanded on behalf of a page)
 * @param file the file the parsed text is in
 * @param base offset in {@code file} where the parsed text starts
 * @param via the render chain that brought this text into the page, outermost first
 * @param substitutes true inside a partial: {@code $N} and {@code \$} are replaced
 * @param declared how many parameters the partial declares ({@code $N} beyond it is an error)
 * @param values the values given for {@code $1}, {@code $2}, …
 * @param sources where each of {@code values} was written, in the same order (may be shorter:
 *     a missing value was never written)
 * @param chain the partials being rendered, outermost first, for cycle detection
 */
public record Scope(
    SourcePage page,
    SourceFile file,
    int base,
    List<Position> via,
    boolean substitutes,
    int declared,
    List<String> values,
    List<ValueSource> sources,
    List<String> chain) {

  public Scope {
    via = List.copyOf(via);
    values = List.copyOf(values);
    sources = List.copyOf(sources);
    chain = List.copyOf(chain);
  }

  /** The body of a page: no substitution. */
  public static Scope ofPage(SourcePage page) {
    return new Scope(page, page.source(), page.split().bodyOffset(), List.of(), false, 0, List.of(), List.of(), List.of());
  }

  /** Where an offset of the parsed text was written. */
  public Located locate(int offset) {
    return new Located(file.position(base + offset), via);
  }

  /** The parsed text itself. */
  public String text(int start, int end) {
    return file.text().substring(base + start, base + end);
  }
}
