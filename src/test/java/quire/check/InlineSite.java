package quire.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a site given as one text with {@code -- path --} headers into a folder. */
final class InlineSite {
  private InlineSite() {}

  static Path write(Path root, String files) throws IOException {
    String[] parts = files.split("(?m)^-- ");
    for (String part : parts) {
      if (part.isBlank()) continue;
      int end = part.indexOf(" --\n");
      Path file = root.resolve(part.substring(0, end).strip());
      Files.createDirectories(file.getParent());
      Files.writeString(file, part.substring(end + 4));
    }
    return root;
  }
}
