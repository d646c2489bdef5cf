package quire.output;

import java.util.Objects;

/**
 * What quire knows of a file it wrote into the output: the identity of its content (a hash of
 * the bytes, or of where they came from) and the size and modification time the file had on
 * disk right after. A later build that would write the same content leaves the file alone when
 * the file still has that size and time.
 *
 * @param content the content's identity, e.g. a SHA-256 in hex
 * @param size the file's size in bytes
 * @param modified the file's modification time, in nanoseconds since the epoch
 */
public record FileStamp(String content, long size, long modified) {
  public FileStamp {
    Objects.requireNonNull(content, "content");
  }
}
