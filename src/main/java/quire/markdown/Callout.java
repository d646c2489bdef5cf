package quire.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Optional;

/**
 * A callout block: GitHub's {@code > [!NOTE]} quote (and TIP, IMPORTANT, WARNING, CAUTION), made
 * from a block quote by {@link CalloutQuotes}; its children are the quote's content without the
 * marker. The built-in {@code callout} shortcode writes the same HTML ({@link #open}).
 */
final class Callout extends Block {
  /** The kinds, each with the title it shows. GitHub's CAUTION is quire's danger. */
  enum Kind {
    NOTE("Note"), TIP("Tip"), IMPORTANT("Important"), WARNING("Warning"), DANGER("Danger");

    final String title;

    Kind(String title) {
      this.title = title;
    }

    String css() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a GitHub marker word names ({@code NOTE}, {@code CAUTION}, …), case-insensitive. */
    static Optional<Kind> ofMarker(String word) {
      String upper = word.toUpperCase(Locale.ROOT);
      if (upper.equals("CAUTION")) return Optional.of(DANGER);
      for (Kind kind : values()) if (kind.name().equals(upper)) return Optional.of(kind);
      return Optional.empty();
    }
  }

  final Kind kind;

  Callout(BasedSequence chars, Kind kind) {
    super(chars);
    this.kind = kind;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }

  /**
   * The opening HTML of a callout: an {@code <aside>} named by its visible title (a
   * complementary landmark would be wrong inside an article, so the role is {@code note}).
   */
  static String open(Kind kind, String title) {
    return "<aside class=\"callout callout-" + kind.css() + "\" role=\"note\">"
        + "<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\"></span>"
        + quire.diag.Markup.escape(title) + "</p>\n";
  }
}
