package quire.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import quire.diag.LineIndex;
import quire.diag.SourceFile;

/** Reads lines of the site's files for quoting them under a problem. Not thread-safe. */
public final class SourceLines {
  private final Path root;
  private final Map<String, Optional<LineIndex>> files = new HashMap<>();

  public SourceLines(Path root) {
    this.root = root;
  }

  /** The text of a 1-based line of a file relative to the site root, if it can be read. */
  public Optional<String> line(String file, int line) {
    if (line <= 0 || file.isEmpty() || file.startsWith("(")) return Optional.empty();
    Optional<LineIndex> index = files.computeIfAbsent(file, f -> {
      try {
        // Quote only files inside the site: a problem may name a link that leads out of it.
        Path real = root.resolve(f).toRealPath();
        if (!real.startsWith(root.toAbsolutePath().normalize().toRealPath())) return Optional.empty();
        String text = SourceFile.normalise(new String(Files.readAllBytes(real), StandardCharsets.UTF_8));
        return Optional.of(new LineIndex(text));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    });
    return index.filter(i -> line <= i.lineCount()).map(i -> i.lineText(line));
  }
}
