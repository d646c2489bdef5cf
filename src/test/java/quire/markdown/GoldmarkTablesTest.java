package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** Tables where goldmark (Hugo) finds them, as goldmark builds them. */
class GoldmarkTablesTest {
  @TempDir Path site;

  private Document page(String markdown) {
    return InlineSite.page(site, "-- content/a.md --\n" + markdown, "a/index.html");
  }

  @Test
  void aTableRightAfterAParagraphLineIsATable() throws Exception {
    Document page = page("""
        The values are
        more text:
        | Name | Value |
        |-|-|
        | a | 1 |
        """);
    assertEquals("The values are more text:", page.selectFirst("article > p").text());
    assertEquals(List.of("Name", "Value"), page.select("article table th").eachText());
    assertEquals(List.of("a", "1"), page.select("article table td").eachText());
  }

  @Test
  void aTableRightAfterAListItemLineIsATableInThatItem() throws Exception {
    Document page = page("""
        1. Set these:
        | Setting | Value |
        | --- | --- |
        | Mode | on |
        2. Save.
        """);
    assertEquals(List.of("Setting", "Value"), page.select("article ol > li:first-child table th").eachText());
    assertEquals("Save.", page.select("article ol > li").get(1).text());
  }

  @Test
  void aDelimiterRowWithMoreCellsPadsTheHeaderAndCutsLongRows() throws Exception {
    Document page = page("""
        | Disposition <div style="width: 100px"> | Action
        |---|---|---
        | SPAM | quarantine | x | y
        """);
    assertEquals(3, page.select("article table th").size());
    assertEquals("Disposition", page.selectFirst("article table th").text());
    assertTrue(page.selectFirst("article table th div") != null, "inline HTML stays in its header cell");
    assertEquals(List.of("SPAM", "quarantine", "x"), page.select("article table td").eachText());
  }

  @Test
  void aHeaderWithMoreCellsThanTheDelimiterRowIsNoTable() throws Exception {
    Document page = page("""
        | a | b | c |
        |---|---|
        | 1 | 2 | 3 |
        """);
    assertTrue(page.select("article table").isEmpty());
    assertTrue(page.selectFirst("article p").text().startsWith("| a | b | c |"));
  }
}
