package quire.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
  @Test
  void isWellFormedXmlWithOneTestcasePerFileAndAFailurePerProblem() throws Exception {
    StringWriter text = new StringWriter();
    JunitReport.write(SampleProblems.three(), List.of("content/a.md", "content/clean.md", "content/c.md"),
        new PrintWriter(text));
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    NodeList cases = xml.getElementsByTagName("testcase");
    // content/a.md, content/clean.md, content/c.md, plus the two files only problems name.
    assertEquals(5, cases.getLength());
    assertEquals("5", suite.getAttribute("tests"));
    assertEquals("3", suite.getAttribute("failures"));
    assertEquals(3, xml.getElementsByTagName("failure").getLength());
    Element first = (Element) xml.getElementsByTagName("failure").item(0);
    assertEquals("[link-broken] " + SampleProblems.three().get(0).message(), first.getAttribute("message"));
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("name").equals("content/clean.md")) assertEquals(0, c.getChildNodes().getLength());
    }
  }
}
