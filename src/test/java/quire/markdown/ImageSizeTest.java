package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Image sizes read from file headers, with the JDK's own image writers making the files. */
class ImageSizeTest {
  private static byte[] written(String format, int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  @Test
  void pngGifAndJpegSizesAreRead() throws Exception {
    assertEquals(Optional.of(new ImageSize(640, 427)), ImageSize.of(written("png", 640, 427)));
    assertEquals(Optional.of(new ImageSize(17, 300)), ImageSize.of(written("gif", 17, 300)));
    assertEquals(Optional.of(new ImageSize(1023, 77)), ImageSize.of(written("jpg", 1023, 77)));
  }

  @Test
  void webpSizesAreReadFromEachChunkKind() {
    byte[] vp8x = new byte[30];
    System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, vp8x, 0, 4);
    System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, vp8x, 8, 8);
    // Canvas width - 1 and height - 1, 24 bits little-endian each, at offset 24.
    vp8x[24] = (byte) 0xFF; vp8x[25] = 0x01; // 511 + 1 = 512
    vp8x[27] = (byte) 0x2B; vp8x[28] = 0x01; // 299 + 1 = 300
    assertEquals(Optional.of(new ImageSize(512, 300)), ImageSize.of(vp8x));

    byte[] vp8l = new byte[30];
    System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, vp8l, 0, 4);
    System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, vp8l, 8, 8);
    int bits = (100 - 1) | (50 - 1) << 14;
    vp8l[21] = (byte) bits; vp8l[22] = (byte) (bits >> 8); vp8l[23] = (byte) (bits >> 16); vp8l[24] = (byte) (bits >> 24);
    assertEquals(Optional.of(new ImageSize(100, 50)), ImageSize.of(vp8l));
  }

  @Test
  void svgSizesComeFromWidthAndHeightOrTheViewBox() {
    assertEquals(Optional.of(new ImageSize(200, 100)), svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100px\">"));
    assertEquals(Optional.of(new ImageSize(640, 480)), svg("<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 640 480\">"));
    assertEquals(Optional.of(new ImageSize(320, 240)), svg("<svg width=\"320\" viewBox=\"0 0 640 480\">"));
    assertEquals(Optional.empty(), svg("<svg width=\"100%\" height=\"100%\">"));
    assertEquals(Optional.empty(), svg("not an image"));
  }

  private static Optional<ImageSize> svg(String text) {
    return ImageSize.of(text.getBytes(StandardCharsets.UTF_8));
  }
}
