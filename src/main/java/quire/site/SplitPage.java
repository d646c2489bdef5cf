package quire.site;

import quire.diag.SourceFile;

/**
 * A Markdown file split into its front matter and its body.
 *
 * @param source the whole file
 * @param front the parsed front matter ({@link FrontMatter#EMPTY} when there is none)
 * @param bodyOffset 0-based offset in the file where the body starts
 */
public record SplitPage(SourceFile source, FrontMatter front, int bodyOffset) {
  public String body() {
    return source.text().substring(bodyOffset);
  }
}
