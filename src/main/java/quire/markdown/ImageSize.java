package quire.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pixel size of an image, read from the start of its file (PNG, GIF, JPEG, WebP, SVG) so
 * the page can say {@code width} and {@code height} and the browser reserves the space before
 * the image arrives. Reads at most the first 64 KiB.
 *
 * @param width in CSS pixels ({@code > 0})
 * @param height in CSS pixels ({@code > 0})
 */
public record ImageSize(int width, int height) {
  private static final int HEAD = 64 * 1024;
  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  public ImageSize {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("width and height must be positive: " + width + "x" + height);
  }

  /** The size of the image in {@code file}; empty when the format is unknown, damaged or unreadable. */
  public static Optional<ImageSize> read(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      return Optional.empty();
    }
    try {
      return of(head);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** The size from the first bytes of an image file. */
  static Optional<ImageSize> of(byte[] b) {
    if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return Optional.of(new ImageSize(int32(b, 16), int32(b, 20)));
    }
    if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
      return Optional.of(new ImageSize(u16le(b, 6), u16le(b, 8)));
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) return jpeg(b);
    if (b.length >= 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return webp(b);
    }
    return svg(new String(b, StandardCharsets.UTF_8));
  }

  /** JPEG: walk the segments to the first start-of-frame marker, which holds the size. */
  private static Optional<ImageSize> jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xff) != 0xFF) return Optional.empty();
      int marker = b[i + 1] & 0xff;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) return Optional.of(new ImageSize(u16be(b, i + 7), u16be(b, i + 5)));
      i += 2 + u16be(b, i + 2);
    }
    return Optional.empty();
  }

  private static Optional<ImageSize> webp(byte[] b) {
    String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
    return switch (chunk) {
      case "VP8 " -> Optional.of(new ImageSize(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff));
      case "VP8L" -> {
        int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
        yield Optional.of(new ImageSize((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1));
      }
      case "VP8X" -> Optional.of(new ImageSize(u24le(b, 24) + 1, u24le(b, 27) + 1));
      default -> Optional.empty();
    };
  }

  /** SVG: {@code width} and {@code height} in pixels (or unitless), else the {@code viewBox}. */
  private static Optional<ImageSize> svg(String text) {
    Matcher tag = SVG_TAG.matcher(text);
    if (!tag.find()) return Optional.empty();
    String svg = tag.group();
    Optional<Double> width = length(svg, "width");
    Optional<Double> height = length(svg, "height");
    if (width.isPresent() && height.isPresent()) {
      return Optional.of(new ImageSize((int) Math.round(width.get()), (int) Math.round(height.get())));
    }
    Matcher box = Pattern.compile("\\bviewBox\\s*=\\s*[\"']\\s*[-\\d.eE]+[\\s,]+[-\\d.eE]+[\\s,]+([\\d.eE]+)[\\s,]+([\\d.eE]+)").matcher(svg);
    if (!box.find()) return Optional.empty();
    double w = Double.parseDouble(box.group(1));
    double h = Double.parseDouble(box.group(2));
    if (width.isPresent()) return Optional.of(new ImageSize((int) Math.round(width.get()), (int) Math.round(width.get() * h / w)));
    if (height.isPresent()) return Optional.of(new ImageSize((int) Math.round(height.get() * w / h), (int) Math.round(height.get())));
    return Optional.of(new ImageSize((int) Math.round(w), (int) Math.round(h)));
  }

  private static Optional<Double> length(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*[\"']\\s*([\\d.]+)\\s*(px)?\\s*[\"']").matcher(tag);
    return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  private static int u16be(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static int u16le(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int u24le(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
  }
}
