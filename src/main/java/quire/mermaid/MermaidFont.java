package quire.mermaid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font quire measures mermaid labels with (Liberation Sans Regular, SIL Open Font Licence
 * 1.1, metric-compatible with Arial). The site serves {@link #bytes()} as {@link #fileName()} and
 * declares it with {@code @font-face { font-family: <cssFamily()>; src: url(<fileName()>) }} so
 * that labels fit their shapes in a browser. Stateless; safe to share.
 */
public final class MermaidFont {
  static final String RESOURCE = "/quire/mermaid/LiberationSans-Regular.ttf";
  static final String BOLD_RESOURCE = "/quire/mermaid/LiberationSans-Bold.ttf";

  private MermaidFont() {}

  /** The name the site should serve the font file under. */
  public static String fileName() {
    return "quire-mermaid-sans.ttf";
  }

  /** The font file (TrueType). Each call returns a fresh copy. */
  public static byte[] bytes() {
    return read(RESOURCE);
  }

  /**
   * The bold face (TrueType), which quire measures bold runs with; a browser without it draws
   * bold from the regular face, narrower, so the text still fits.
   */
  static byte[] boldBytes() {
    return read(BOLD_RESOURCE);
  }

  private static byte[] read(String resource) {
    try (InputStream in = MermaidFont.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSS font-family name the SVG asks for first. */
  public static String cssFamily() {
    return "quire-mermaid-sans";
  }
}
