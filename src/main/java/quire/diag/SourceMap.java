package quire.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where each piece of an expanded text came from. Expansion appends pieces to its output and
 * records a segment for each: the output offset it starts at, the file and offset it was copied
 * from, and the render chain that brought it in. Looking up an output offset is a binary search.
 * Immutable once built; safe to share between threads.
 */
public final class SourceMap {
  /**
   * A run of output copied from one place.
   *
   * @param outputStart 0-based offset in the expanded text where the run starts
   * @param source the file the run was copied from
   * @param sourceStart 0-based offset in {@code source} where the run starts
   * @param verbatim true when the run is the file's text as written, so an offset inside it maps
   *     to the matching offset in the file; false for substituted text (a parameter value), which
   *     maps to {@code sourceStart} as a whole
   * @param via the render chain, outermost call first
   */
  public record Segment(int outputStart, SourceFile source, int sourceStart, boolean verbatim,
      List<Position> via) {
    public Segment {
      via = List.copyOf(via);
    }
  }

  private final List<Segment> segments;
  private final int[] starts;

  private SourceMap(List<Segment> segments) {
    this.segments = List.copyOf(segments);
    starts = new int[segments.size()];
    for (int i = 0; i < starts.length; i++) starts[i] = segments.get(i).outputStart();
  }

  public List<Segment> segments() {
    return segments;
  }

  /** Where the expanded text's 0-based offset was written, with its render chain. */
  public Located locate(int outputOffset) {
    if (starts.length == 0) return Located.UNKNOWN;
    Segment s = segments.get(indexOf(outputOffset));
    int offset = s.verbatim() ? s.sourceStart() + (outputOffset - s.outputStart()) : s.sourceStart();
    return new Located(s.source().position(offset), s.via());
  }

  /**
   * The segment the expanded text's 0-based offset lies in (for equal starts, an empty segment,
   * the last segment starting there); empty for a map without segments.
   */
  public Optional<Segment> findSegment(int outputOffset) {
    return starts.length == 0 ? Optional.empty() : Optional.of(segments.get(indexOf(outputOffset)));
  }

  private int indexOf(int outputOffset) {
    int found = Arrays.binarySearch(starts, outputOffset);
    int index = found >= 0 ? found : -found - 2;
    if (found >= 0) {
      while (index + 1 < starts.length && starts[index + 1] == outputOffset) index++;
    }
    return Math.max(index, 0);
  }

  /** Builds a map while text is appended to an output buffer. Not thread-safe. */
  public static final class Builder {
    private final List<Segment> segments = new ArrayList<>();

    /** Records that output from {@code outputStart} on is a copy of {@code source} at {@code sourceStart}. */
    public Builder copied(int outputStart, SourceFile source, int sourceStart, List<Position> via) {
      return add(new Segment(outputStart, source, sourceStart, true, via));
    }

    /** Records that output from {@code outputStart} on was produced for the place {@code sourceStart}. */
    public Builder produced(int outputStart, SourceFile source, int sourceStart, List<Position> via) {
      return add(new Segment(outputStart, source, sourceStart, false, via));
    }

    /** Adds every segment of a map of text that was inserted at {@code outputStart}. */
    public Builder inserted(int outputStart, SourceMap inner) {
      for (Segment s : inner.segments) {
        add(new Segment(outputStart + s.outputStart(), s.source(), s.sourceStart(), s.verbatim(), s.via()));
      }
      return this;
    }

    private Builder add(Segment segment) {
      if (!segments.isEmpty()) {
        Segment last = segments.get(segments.size() - 1);
        if (last.outputStart() > segment.outputStart()) {
          throw new IllegalArgumentException("segments must be added in output order");
        }
      }
      segments.add(segment);
      return this;
    }

    public SourceMap build() {
      return new SourceMap(segments);
    }
  }
}
