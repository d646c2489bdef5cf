package quire.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MarkupTest {
  private static final String NASTY = "a & b < c > d \"e\" 'f'\tg\nh\ri \u0000\u0001\u001f j \uFFFE\uFFFF k ünï 😀";

  @Test
  void escapesMarkupAndDropsWhatXmlCannotHold() {
    assertEquals("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;\tg\nh\ri  j  k ünï 😀", Markup.escape(NASTY));
  }

  @Test
  void anAttributeKeepsItsBreaksAndTabsThroughAnXmlParser() throws Exception {
    for (String text : new String[] {Markup.escapeAttribute(NASTY), Markup.escape(NASTY)}) {
      String xml = "<x a=\"" + text + "\">" + text + "</x>";
      Element x = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
      String expected = "a & b < c > d \"e\" 'f'\tg\nh\ri  j  k ünï 😀";
      if (text.equals(Markup.escapeAttribute(NASTY))) assertEquals(expected, x.getAttribute("a"));
      else assertEquals(expected.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '), x.getAttribute("a"));
    }
  }

  @Test
  void textWithNothingToEscapeIsReturnedAsItIs() {
    String plain = "plain text, ünï";
    assertEquals(plain, Markup.escape(plain));
  }

  @Test
  void aJsonStringEscapesWhatJsonAndJavaScriptNeedWhereverItIs() {
    assertEquals("\"plain ünï 😀\"", Markup.jsonString("plain ünï 😀"));
    assertEquals("\"\\\"a\\\\b\\n\\u0001\\u2028\"", Markup.jsonString("\"a\\b\n\u0001\u2028"));
    assertEquals("\"text then \\t tab\"", Markup.jsonString("text then \t tab"));
  }
}
