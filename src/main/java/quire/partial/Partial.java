package quire.partial;

import java.util.List;
import quire.diag.Position;
import quire.shortcode.ParsedText;
import quire.site.SplitPage;

/**
 * A partial file, read and parsed once per build.
 *
 * @param path the file from the site root ({@code partials/email-security/deployment/_x.md})
 * @param product the product folder it belongs to ({@code email-security})
 * @param declared the names of {@code inputParameters}, in order
 * @param declaredAt where {@code inputParameters} is written (for warnings about it)
 * @param bodyStart offset in the file where the parsed body starts (leading blank lines skipped)
 * @param body the body's shortcodes, parsed; offsets relative to {@code bodyStart}
 */
public record Partial(
    String path, String product, SplitPage split, List<String> declared, Position declaredAt,
    int bodyStart, int bodyEnd, ParsedText body) {

  public Partial {
    declared = List.copyOf(declared);
  }

  public String bodyText() {
    return split.source().text().substring(bodyStart, bodyEnd);
  }
}
