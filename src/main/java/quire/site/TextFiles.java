package quire.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import quire.diag.Limits;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;

/**
 * Reads text files of a site strictly as UTF-8: a byte-order mark is dropped, CRLF and CR line
 * breaks become LF, and a file that is not valid UTF-8 is a problem, not mojibake.
 */
public final class TextFiles {
  private TextFiles() {}

  /** Reads {@code file}, naming it {@code relative} in problems; empty when it could not be read. */
  public static Optional<SourceFile> read(Path file, String relative, Problems problems) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > Limits.FILE_BYTES) {
        // Not read at all: a file this large is a mistake, and reading it could exhaust memory.
        problems.report(Rule.LIMIT_EXCEEDED, new Position(relative, 0, 0), String.format(
            "the file is %,d bytes; quire reads text files of at most %,d bytes", size, Limits.FILE_BYTES));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.report(Rule.SOURCE_INVALID, Position.of(relative), "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    return decode(bytes, relative, problems);
  }

  /** Decodes bytes as strict UTF-8, reporting the line and column of the first bad byte. */
  public static Optional<SourceFile> decode(byte[] bytes, String relative, Problems problems) {
    // The JDK's own decoding is the fast path; it replaces a bad byte with U+FFFD, so only a text
    // holding that character (rare, and maybe written on purpose) is decoded again strictly.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return Optional.of(new SourceFile(relative, SourceFile.normalise(fast)));
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes);
      String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      SourceFile partial = new SourceFile(relative, SourceFile.normalise(before));
      Position at = partial.position(partial.text().length());
      problems.report(Rule.SOURCE_INVALID, at, String.format(
          "the file is not UTF-8 text (byte 0x%02X at offset %d); save it as UTF-8", bytes[bad] & 0xff, bad));
      return Optional.empty();
    }
    return Optional.of(new SourceFile(relative, SourceFile.normalise(text)));
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

}
