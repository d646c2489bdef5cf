package quire.shortcode;

import java.util.List;
import java.util.Objects;
import quire.diag.Position;
import quire.diag.SourceFile;

/**
 * Where a value of a render call's {@code withParameters} was written, so the text a {@code $N}
 * puts into a partial maps back to the value on the page line rather than to the {@code $N}.
 *
 * @param file the file the value is written in (the page, or a partial that passes values on)
 * @param offset 0-based offset in {@code file} of the value's first character
 * @param verbatim true when the value is {@code file}'s text as written from {@code offset}, so
 *     each of its characters maps to its own place; false when it was unescaped or substituted,
 *     so all of it maps to {@code offset}
 * @param via the render chain that brought {@code file} into the page, outermost first
 */
public record ValueSource(SourceFile file, int offset, boolean verbatim, List<Position> via) {
  public ValueSource {
    Objects.requireNonNull(file, "file");
    via = List.copyOf(via);
  }
}
