package quire.template;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import quire.site.SiteBoundary;

/**
 * Freemarker's view of a site's template folder ({@code site/templates/} or
 * {@code site/shortcodes/}): a name is a file under the folder, and a file that lies outside the
 * site folder once its links are resolved is not there at all (the site loader reports such a
 * link at its path). Names never leave the folder: Freemarker refuses to back out of its root,
 * and this loader checks again. Thread-safe.
 */
final class TemplateFolder implements TemplateLoader {
  private final Path folder;
  private final SiteBoundary boundary;

  TemplateFolder(Path folder, SiteBoundary boundary) {
    this.folder = folder.toAbsolutePath().normalize();
    this.boundary = boundary;
  }

  @Override
  public Object findTemplateSource(String name) {
    Path file = folder.resolve(name).normalize();
    if (!file.startsWith(folder) || !Files.isRegularFile(file) || !boundary.contains(file)) return null;
    return file;
  }

  @Override
  public long getLastModified(Object source) {
    try {
      return Files.getLastModifiedTime((Path) source).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    return Files.newBufferedReader((Path) source, Charset.forName(encoding));
  }

  @Override
  public void closeTemplateSource(Object source) {
    // Nothing held open between calls.
  }
}
