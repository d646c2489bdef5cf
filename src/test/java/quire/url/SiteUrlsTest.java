package quire.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one set of URL rules that loading, Markdown, layout, publishing and the check share. */
class SiteUrlsTest {
  @Test
  void aPageFileHasTheUrlOfItsFolderOrName() {
    assertEquals("/", SiteUrls.ofContentFile("_index.md"));
    assertEquals("/", SiteUrls.ofContentFile("index.md"));
    assertEquals("/a/b/", SiteUrls.ofContentFile("a/b/_index.md"));
    assertEquals("/a/b/", SiteUrls.ofContentFile("a/b/index.md"));
    assertEquals("/a/b/page/", SiteUrls.ofContentFile("a/b/page.md"));
    assertEquals("/a/my_index/", SiteUrls.ofContentFile("a/my_index.md"));
  }

  @Test
  void theParentOfAUrlIsItsFolder() {
    assertEquals("/", SiteUrls.parent("/"));
    assertEquals("/", SiteUrls.parent("/a/"));
    assertEquals("/a/", SiteUrls.parent("/a/b/"));
    assertEquals("a/b/", SiteUrls.parent("a/b/c.png"));
    assertEquals("a/", SiteUrls.parent("a/b/"));
    assertEquals("", SiteUrls.parent("index.html"));
  }

  @Test
  void aPageIsWrittenAsTheIndexOfItsFolder() {
    assertEquals("index.html", SiteUrls.outputFile("/"));
    assertEquals("a/b/index.html", SiteUrls.outputFile("/a/b/"));
  }

  @Test
  void aLinkEncodesOnlyWhatCannotStandInAPath() {
    assertEquals("/docs/c%23-notes/", SiteUrls.href("/docs/", "/c#-notes/"));
    assertEquals("https://example.com/a%20b%3F/", SiteUrls.href("https://example.com/", "/a b?/"));
    assertEquals("/über/日本/", SiteUrls.href("/", "/über/日本/"));
    assertEquals("a/%25/%7F/", SiteUrls.href("", "/a/%/\u007f/"));
  }

  /** Each case as Hugo 0.111 built the same file name, with its default settings. */
  @Test
  void aContentPathIsPutInAUrlAsHugoPutsIt() {
    Map<String, String> hugo = new LinkedHashMap<>();
    hugo.put("iOS", "ios");
    hugo.put("My Page", "my-page");
    hugo.put("My Dir (v2)/Page", "my-dir-v2/page");
    hugo.put("Chapter 1.2", "chapter-1.2");
    hugo.put("Ünïcode Straße", "ünïcode-straße");
    hugo.put("Ærø", "ærø");
    hugo.put("c#-notes", "c#-notes");
    hugo.put("tab+plus", "tab+plus");
    hugo.put("a@b", "a@b");
    hugo.put("a~b", "a~b");
    hugo.put("a_b", "a_b");
    hugo.put("dot..s", "dot..s");
    hugo.put("50% off", "50-off");
    hugo.put("%41x", "%41x");
    hugo.put("A%zz", "azz");
    hugo.put("n%4", "n4");
    hugo.put("x&y", "xy");
    hugo.put("q?", "q");
    hugo.put("end!", "end");
    hugo.put("end2 !", "end2-");
    hugo.put(" lead", "-lead");
    hugo.put("trail ", "trail-");
    hugo.put("a--b", "a--b");
    hugo.put("p - q", "p-q");
    hugo.put("r -- s", "r--s");
    hugo.put("u  -v", "u-v");
    hugo.put("y- z", "y-z");
    hugo.put("z =w", "z-w");
    hugo.put("w!  x", "w-x");
    hugo.put("tab\tt", "tab-t");
    hugo.put("x .y", "x-.y");
    hugo.forEach((written, url) -> assertEquals(url, SiteUrls.pathOf(written), written));
    assertEquals("/my-dir-v2/page/", SiteUrls.ofContentFile("My Dir (v2)/Page.md"));
    assertEquals("/upper/", SiteUrls.ofContentFile("UPPER/_index.md"));
    assertEquals("upper/leaf/Leaf Pic.png", SiteUrls.outputOfContentFile("UPPER/Leaf/Leaf Pic.png"));
    assertEquals("Top.PNG", SiteUrls.outputOfContentFile("Top.PNG"));
  }

  @Test
  void aWrittenMarkdownTargetBecomesThePagesUrl() {
    assertEquals("/a/c/", SiteUrls.resolveWritten("c.md", "content/a/b.md", "/"));
    assertEquals("/a/#part", SiteUrls.resolveWritten("_index.md#part", "content/a/b.md", "/"));
    assertEquals("/x/?q=1", SiteUrls.resolveWritten("../x.md?q=1", "content/a/b.md", "/"));
    assertEquals("/docs/top/", SiteUrls.resolveWritten("/top.md", "content/a/b.md", "/docs/"));
    assertEquals("/docs/a-b/", SiteUrls.resolveWritten("a%20b.md", "content/b.md", "/docs/"));
    assertEquals("/get-started/ios/", SiteUrls.resolveWritten("/Get%20Started/iOS.md", "content/b.md", "/"));
    assertEquals("/docs/img/x.png", SiteUrls.resolveWritten("/img/x.png", "content/a/b.md", "/docs/"));
    assertEquals("img/x.png", SiteUrls.resolveWritten("img/x.png", "content/a/b.md", "/docs/"));
  }

  @Test
  void emptyFragmentAndExternalTargetsStayAsWritten() {
    assertEquals("", SiteUrls.resolveWritten("", "content/a.md", "/docs/"));
    assertEquals("#x", SiteUrls.resolveWritten("#x", "content/a.md", "/docs/"));
    assertEquals("https://e.com/a.md", SiteUrls.resolveWritten("https://e.com/a.md", "content/a.md", "/docs/"));
    assertEquals("//e.com/a.md", SiteUrls.resolveWritten("//e.com/a.md", "content/a.md", "/docs/"));
  }

  @Test
  void aSchemeIsLettersThenLettersDigitsAndPlusDotMinus() {
    assertEquals(Optional.of("https"), SiteUrls.scheme("HTTPS://e.com"));
    assertEquals(Optional.of("svn+ssh"), SiteUrls.scheme("svn+ssh://e.com"));
    assertEquals(Optional.empty(), SiteUrls.scheme("1http://e.com"));
    assertEquals(Optional.empty(), SiteUrls.scheme(":x"));
    assertEquals(Optional.empty(), SiteUrls.scheme("a/b:c"));
    assertTrue(SiteUrls.isExternal("mailto:a@example.com"));
    assertTrue(SiteUrls.isExternal("//example.com/"));
    assertFalse(SiteUrls.isExternal("/a/b/"));
  }

  @Test
  void dotSegmentsAreRemovedAsRfc3986Says() {
    assertEquals("/a/c/", SiteUrls.normalize("/a/b/../c/"));
    assertEquals("/a/", SiteUrls.normalize("/a/b/.."));
    assertEquals("/a/b/", SiteUrls.normalize("/a/b/."));
    assertEquals("/x", SiteUrls.normalize("/../../x"));
    assertEquals("/a/.b", SiteUrls.normalize("/a/.b"));
  }

  @Test
  void percentDecodingIsUtf8AndKeepsWhatIsMalformed() {
    assertEquals("a b", SiteUrls.decode("a%20b"));
    assertEquals("café", SiteUrls.decode("caf%C3%A9"));
    assertEquals("100%", SiteUrls.decode("100%"));
    assertEquals("%zz+", SiteUrls.decode("%zz+"));
    assertEquals("A", SiteUrls.decode("%41"));
  }
}
