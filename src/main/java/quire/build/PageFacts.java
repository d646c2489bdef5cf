package quire.build;

import java.util.List;
import java.util.Set;
import quire.markdown.LinkRef;

/**
 * What the checks need to know about one built page, kept after its HTML is written and dropped.
 *
 * @param url the page's URL path (with the base path)
 * @param path its Markdown file
 * @param output its HTML file, relative to the output folder
 * @param links every Markdown link and image with its source position
 */
public record PageFacts(String url, String path, String output, List<LinkRef> links) {
  public PageFacts {
    links = List.copyOf(links);
  }
}
