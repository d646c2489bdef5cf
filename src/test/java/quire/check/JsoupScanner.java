package quire.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import quire.build.PageFacts;

/** The reference for {@link HtmlScanner}: the same facts read through Jsoup's full HTML parser. */
final class JsoupScanner {
  private JsoupScanner() {}

  static PageScan scan(PageFacts page, String html) {
    Document doc = Jsoup.parse(html);
    Set<String> ids = new HashSet<>();
    List<Reference> refs = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e.attributesSize() == 0) continue;
      String tag = e.normalName();
      for (Attribute a : e.attributes()) {
        String key = a.getKey();
        switch (key) {
          case "id" -> ids.add(a.getValue());
          case "name" -> {
            if (tag.equals("a")) ids.add(a.getValue());
          }
          case "href" -> {
            if (tag.equals("a") || tag.equals("area") || tag.equals("link")) {
              refs.add(new Reference(tag, key, a.getValue().strip(), null, false));
            } else if (tag.equals("image")) {
              refs.add(new Reference(tag, key, a.getValue().strip(), null, true));
            }
          }
          case "src" -> {
            if (isSourceTag(tag)) {
              boolean image = tag.equals("img");
              String alt = image && e.hasAttr("alt") ? e.attr("alt") : null;
              boolean decorative = image && (e.attr("role").equals("presentation")
                  || e.attr("aria-hidden").equals("true"));
              refs.add(new Reference(tag, key, a.getValue().strip(), alt, decorative));
            }
          }
          default -> { }
        }
      }
    }
    return new PageScan(page, ids, refs);
  }

  private static boolean isSourceTag(String tag) {
    return switch (tag) {
      case "img", "script", "iframe", "source", "video", "audio", "embed", "track" -> true;
      default -> false;
    };
  }
}
