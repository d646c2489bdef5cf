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

/** The fast scanner finds exactly what Jsoup's full parser finds. */
class HtmlScannerTest {
  private static final PageFacts PAGE = new PageFacts("/a/", "content/a.md", "a/index.html", List.of());

  private static void assertSameAsJsoup(String html) {
    PageScan fast = HtmlScanner.scan(PAGE, html);
    PageScan jsoup = JsoupScanner.scan(PAGE, html);
    assertEquals(jsoup.ids(), fast.ids(), "ids");
    assertEquals(jsoup.references(), fast.references(), "references");
  }

  @Test
  void agreesWithJsoupOnAwkwardMarkup() {
    assertSameAsJsoup("""
        <!DOCTYPE html><HTML><head><title>a <a href="/in-title/"> b</title>
        <script>var s = '<a href="/in-script/">'; </scriptx> still script </SCRIPT >
        <style>a[href="/in-style/"] {}</style>
        <textarea><img src="/in-textarea.png"></textarea>
        </head><body>
        <!-- <a href="/in-comment/"> --> <!----> <!--x-->
        <A HREF="/upper/" ID="Upper">x</A>
        <a href=/unquoted/?a=1&amp;b=2 id=bare>u</a>
        <a href = "/spaced/" name="named" >s</a>
        <a href="/first/" href="/second/">dup</a>
        <a href="  /padded/  ">p</a>
        <img src="/i.png"><img src="/j.png" alt=""><img src="/k.png" alt="K &amp; co" role="presentation">
        <img src="/l.png" aria-hidden="true" alt>
        <p id="caf&eacute;">entity id</p><span id='single'>s</span>
        <a href="#frag%20ment">f</a> < not a tag <3 </ p>
        <svg class="mermaid"><g id="node-1"><a href="/in-svg/"><text>t</text></a></g></svg>
        <link rel="stylesheet" href="/css/x.css"><area href="/area/"><iframe src="/frame/"></iframe>
        <video src="/v.mp4"><track src="/t.vtt"></video><source src="/s.webm"><embed src="/e.swf">
        <div data-href="/not-a-link/" src="/not-a-source/">d</div>
        <a href="/last/"
        """);
  }

  @Test
  void namesCompareAsLowerCaseDoesOnlyForTheLettersItFolds() {
    // The Kelvin sign lower-cases to "k"; the long s and dotless i fold only when upper-cased.
    assertSameAsJsoup("<lin\u212a href=\"/kelvin/\"><\u017fcript><a href=\"/after-long-s/\"></\u017fcript>"
        + "<a \u0131d=\"dotless\" hre\u017f=\"/x/\" HREF=\"/upper/\"><IMG SRC=\"/I.png\" ALT=\"A\"><ScRiPt>"
        + "<a href=\"/in-script/\"></sCrIpT><a id=\"end\">");
  }

  @Test
  void agreesWithJsoupOnEveryPageOfTheRepositoryAndTheFixtureSite() {
    for (Path site : List.of(Path.of("."), InvalidCheckSiteTest.SITE)) {
      Map<String, String> pages = new ConcurrentHashMap<>();
      SiteBuilder.build(new BuildOptions(site, Optional.empty(), Optional.empty(), false),
          (page, html) -> pages.put(page.path(), html));
      assertTrue(pages.size() > 5, site + " built too few pages");
      pages.forEach((path, html) -> assertSameAsJsoup(html));
    }
  }
}
