package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The mermaid.js version is written once, in pom.xml, and the jar carries what quire reads. */
class MermaidScriptTest {
  @Test
  void theBundleIsFoundFromTheVersionThePomDeclares() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    String declared = null;
    NodeList dependencies = pom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (text(dependency, "groupId").equals("org.webjars.npm") && text(dependency, "artifactId").equals("mermaid")) {
        declared = text(dependency, "version");
      }
    }
    assertEquals(declared, MermaidScript.version());
    assertNotNull(getClass().getClassLoader().getResource(MermaidScript.resource()), MermaidScript.resource());
  }

  @Test
  void theShadedJarKeepsTheBundleAndTheFileItsVersionIsReadFrom() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    List<String> includes = new ArrayList<>();
    NodeList filters = pom.getElementsByTagName("filter");
    for (int i = 0; i < filters.getLength(); i++) {
      Element filter = (Element) filters.item(i);
      if (!text(filter, "artifact").equals("org.webjars.npm:mermaid")) continue;
      NodeList include = filter.getElementsByTagName("include");
      for (int j = 0; j < include.getLength(); j++) includes.add(include.item(j).getTextContent().strip());
    }
    for (String resource : List.of(MermaidScript.resource(), "META-INF/maven/org.webjars.npm/mermaid/pom.properties")) {
      assertTrue(includes.stream().anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)
          .matches(Path.of(resource))), resource + " is not kept by the shade filter " + includes);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
