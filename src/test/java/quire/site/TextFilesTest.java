package quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.diag.Problem;
import quire.diag.Problems;

/** Files are UTF-8: a BOM and CRLF are fine, anything else is a problem at the bad byte. */
class TextFilesTest {
  @Test
  void aByteOrderMarkIsDroppedAndCrlfBecomesLf() {
    Problems problems = new Problems();
    byte[] bytes = "\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n".getBytes(StandardCharsets.UTF_8);
    String text = TextFiles.decode(bytes, "content/a.md", problems).orElseThrow().text();
    assertEquals("---\ntitle: A\n---\nBody\n", text);
    assertTrue(problems.sorted().isEmpty());
  }

  @Test
  void latin1IsAnErrorAtTheLineAndColumnOfTheFirstBadByte() {
    Problems problems = new Problems();
    byte[] bytes = "one\ntwo caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(TextFiles.decode(bytes, "content/a.md", problems).isEmpty());
    List<Problem> found = problems.sorted();
    assertEquals("content/a.md:2:8", found.get(0).at().toString());
    assertEquals("source-invalid", found.get(0).rule().id());
  }

  @Test
  void aReplacementCharacterWrittenOnPurposeIsText() {
    Problems problems = new Problems();
    byte[] bytes = "a \uFFFD b\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("a \uFFFD b\n", TextFiles.decode(bytes, "content/a.md", problems).orElseThrow().text());
    assertTrue(problems.sorted().isEmpty());
  }

  @Test
  void anEncodedSurrogateIsAnError() {
    Problems problems = new Problems();
    byte[] bytes = {'o', 'k', '\n', 'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
    assertTrue(TextFiles.decode(bytes, "content/a.md", problems).isEmpty());
    assertEquals("content/a.md:2:2", problems.sorted().get(0).at().toString());
  }
}
