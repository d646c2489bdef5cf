package quire.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quire.testing.ReportSchemas;

class JsonWriterTest {
  @Test
  void putsTheCommasInAndKeepsTheWhitespaceItIsGiven() {
    String text = new JsonWriter().beginObject()
        .member("a", 1).name("b").beginArray().space("\n  ").value("x").space("\n  ").value(2).space("\n").endArray()
        .name("c").beginObject().endObject()
        .endObject().text();
    assertEquals("{\"a\":1,\"b\":[\n  \"x\",\n  2\n],\"c\":{}}", text);
  }

  @Test
  void everyCharacterSurvivesAStrictParser() {
    String nasty = "quote \" backslash \\ newline \n tab \t nul \0 bell \u0007 del \u007f line-sep \u2028 ünï 😀";
    String text = new JsonWriter().beginObject().member(nasty, nasty).endObject().text();
    assertEquals(Map.of(nasty, nasty), ReportSchemas.parseJson(text));
    assertEquals(List.of(nasty), ReportSchemas.parseJson(new JsonWriter().beginArray().value(nasty).endArray().text()));
  }

  @Test
  void refusesADocumentThatIsNotJson() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("no name"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("a"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").endObject());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().text());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endArray().beginArray());
    assertThrows(IllegalArgumentException.class, () -> new JsonWriter().space("x"));
  }
}
