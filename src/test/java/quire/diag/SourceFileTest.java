package quire.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SourceFileTest {
  @Test
  void normaliseDropsTheByteOrderMarkAndMakesEveryLineBreakLf() {
    assertEquals("a\nb\nc\n\nd", SourceFile.normalise("\uFEFFa\r\nb\rc\n\r\nd"));
  }

  @Test
  void onlyALeadingByteOrderMarkIsDropped() {
    assertEquals("a\uFEFFb", SourceFile.normalise("\uFEFFa\uFEFFb"));
  }

  @Test
  void textThatIsAlreadyNormalIsReturnedAsItIs() {
    String text = "a\nb\n";
    assertSame(text, SourceFile.normalise(text));
  }

  @Test
  void positionsNearTheStartAgreeWithTheWholeFilesLineIndex() {
    String text = "---\ntitle: A\n\nweight: 3\n---\n" + "word ".repeat(80) + "\nlast\n";
    LineIndex whole = new LineIndex(text);
    for (int offset = -1; offset <= text.length() + 1; offset++) {
      Position at = new SourceFile("content/a.md", text).position(offset);
      int clamped = Math.max(0, Math.min(offset, text.length()));
      assertEquals(whole.line(clamped) + ":" + whole.column(clamped), at.line() + ":" + at.column(), "offset " + offset);
    }
  }
}
