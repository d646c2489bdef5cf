package quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import quire.build.BuildOptions;
import quire.build.PageFacts;
import quire.build.SiteBuilder;

/** What the build cache keeps of a page for the link check reads back as the scan it was made of. */
class PageScanMemoTest {
  private static final PageFacts PAGE = new PageFacts("/a/", "content/a.md", "a/index.html", List.of());

  private static PageScan roundTrip(PageScan scan) {
    return PageScan.ofMemo(scan.page(), scan.memo(), PageScan::referenceOf).orElseThrow();
  }

  @Test
  void everyPageOfTheRepositorySiteReadsBackFromItsMemo() {
    Map<String, String> pages = new ConcurrentHashMap<>();
    SiteBuilder.build(new BuildOptions(Path.of("."), Optional.empty(), Optional.empty(), false),
        (page, html) -> pages.put(page.path(), html));
    assertTrue(pages.size() > 5);
    pages.forEach((path, html) -> {
      PageScan scan = HtmlScanner.scan(PAGE, html);
      PageScan back = roundTrip(scan);
      assertEquals(scan.ids(), back.ids(), path);
      assertEquals(scan.references(), back.references(), path);
    });
  }

  @Test
  void altTextAbsentEmptyAndDecorativeAreTold() {
    PageScan scan = HtmlScanner.scan(PAGE, """
        <p id="x">t</p><img src="/a.png"><img src="/b.png" alt=""><img src="/c.png" alt="C &amp; D" role="presentation">
        <a href="/d/#e">d</a><a href="">empty</a>
        """);
    assertEquals(5, scan.references().size());
    assertEquals(scan.references(), roundTrip(scan).references());
    assertEquals(scan.ids(), roundTrip(scan).ids());
  }

  @Test
  void aReferenceThatCannotBeWrittenMakesNoMemo() {
    PageScan scan = new PageScan(PAGE, java.util.Set.of(), List.of(new Reference("a", "href", "/x\u0000y/", null, false)));
    assertEquals(List.of(), scan.memo());
  }

  @Test
  void whatIsNotAMemoReadsAsNone() {
    for (List<String> bad : List.of(List.<String>of(), List.of("x"), List.of("3", "a"), List.of("-1"),
        List.of("0", "a\u0000href\u0000/x/"), List.of("0", "a\u0000href\u0000/x/\u00002\u0000-"),
        List.of("0", "a\u0000href\u0000/x/\u00000\u0000-extra"))) {
      assertEquals(Optional.empty(), PageScan.ofMemo(PAGE, bad, PageScan::referenceOf), bad.toString());
    }
  }
}
