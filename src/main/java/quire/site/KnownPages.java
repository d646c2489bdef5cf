package quire.site;

import java.util.Optional;

/**
 * Pages an earlier build read, found again by their file's size, time and identity: a page whose
 * file is unchanged keeps the front matter it had, and its text is read only when the build needs
 * it (a page the build cache holds laid out is never read); a page whose file is new but holds the
 * same text is read, and keeps the front matter it had without parsing it again. The build cache
 * supplies them; the loader asks before reading a page and tells what it read. Thread-safe.
 */
public interface KnownPages {
  /** Knows no page and keeps none: every page is read. */
  KnownPages NONE = new KnownPages() {
    @Override
    public Optional<Known> find(String path, Stamp stamp) {
      return Optional.empty();
    }

    @Override
    public Optional<Known> findByText(String path, String text) {
      return Optional.empty();
    }

    @Override
    public void remember(String path, Stamp stamp, SplitPage split) {}
  };

  /**
   * A page file as the loader saw it before reading it.
   *
   * @param modified the last-modified time in nanoseconds since the epoch
   * @param fileKey the file system's identity of the file (device and inode), or empty
   */
  record Stamp(long size, long modified, String fileKey) {
    // Written out: a record's generated equals is linked on its first call, which took 40 ms
    // (and held the loader's other thread) at the start of every build.
    @Override
    public boolean equals(Object other) {
      return other instanceof Stamp s && s.size == size && s.modified == modified && s.fileKey.equals(fileKey);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(size) * 31 + Long.hashCode(modified);
    }
  }

  /** How a page's file split into front matter and body, when it had a stamp. */
  record Known(FrontMatter front, int bodyOffset) {}

  /** How the page at {@code path} (relative to the site root) split when its file last had {@code stamp}. */
  Optional<Known> find(String path, Stamp stamp);

  /**
   * How the page at {@code path} split when its file last held {@code text}, whatever its stamp
   * was: a fresh checkout of the same files (CI's, every run) gives every file a new time.
   */
  Optional<Known> findByText(String path, String text);

  /** Records how the page at {@code path}, whose file had {@code stamp}, split without a problem. */
  void remember(String path, Stamp stamp, SplitPage split);
}
