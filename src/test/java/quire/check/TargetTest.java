package quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetTest {
  private static String resolve(String value, String page, String base) {
    Target t = Target.resolve(value, page, base);
    return t.kind() + " " + t.path() + (t.fragment().isEmpty() ? "" : " #" + t.fragment());
  }

  @Test
  void resolvesRelativeValuesAgainstThePageUrl() {
    assertEquals("INTERNAL a/c/", resolve("../c/", "/a/b/", "/"));
    assertEquals("INTERNAL a/b/x.png", resolve("./x.png", "/a/b/", "/"));
    assertEquals("INTERNAL a/b/ #s", resolve("#s", "/a/b/", "/"));
    assertEquals("INTERNAL ", resolve("../../..", "/a/b/", "/"));
  }

  @Test
  void decodesPercentEncodingInPathsAndFragments() {
    assertEquals("INTERNAL a b/ #café", resolve("/a%20b/#caf%C3%A9", "/", "/"));
    assertEquals("INTERNAL x/ #100%", resolve("/x/#100%", "/", "/"));
  }

  @Test
  void dropsTheQueryAndKeepsTheBasePathApart() {
    assertEquals("INTERNAL b/", resolve("/docs/b/?tab=2", "/docs/", "/docs/"));
    assertEquals("INTERNAL ", resolve("/docs", "/docs/a/", "/docs/"));
    assertEquals("OUTSIDE /b/", resolve("/b/", "/docs/", "/docs/"));
  }

  @Test
  void separatesExternalAndUncheckableValues() {
    assertEquals("EXTERNAL https://example.com/a #b", resolve("https://example.com/a#b", "/", "/"));
    assertEquals("EXTERNAL https://example.com/", resolve("//example.com/", "/", "/"));
    assertEquals("SKIPPED ", resolve("mailto:a@example.com", "/", "/"));
    assertEquals("SKIPPED ", resolve("data:image/png;base64,xx", "/", "/"));
    assertEquals("SKIPPED ", resolve("", "/", "/"));
  }
}
