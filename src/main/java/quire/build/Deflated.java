package quire.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Bytes kept deflated in memory: the in-memory build cache's pages and search text, and the
 * preview's rendered pages, which at 10,000 pages would not fit the heap as they are.
 */
final class Deflated {
  private Deflated() {}

  /** {@code bytes} deflated, quickly rather than smallest. */
  static byte[] of(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 16);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // writing to memory: only a bug gets here
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  /** A stream of what {@link #of} deflated. */
  static InputStream stream(byte[] deflated) {
    return new InflaterInputStream(new ByteArrayInputStream(deflated));
  }

  /** The bytes {@link #of} deflated. */
  static byte[] inflate(byte[] deflated) {
    try (InputStream in = stream(deflated)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("a deflated copy in memory does not inflate", e);
    }
  }
}
