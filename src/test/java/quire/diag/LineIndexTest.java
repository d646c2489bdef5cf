package quire.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {
  private final LineIndex index = new LineIndex("ab\ncd\n\nef");

  @Test
  void offsetsBecomeOneBasedLinesAndColumns() {
    assertEquals("1:1", index.line(0) + ":" + index.column(0));
    assertEquals("1:3", index.line(2) + ":" + index.column(2));
    assertEquals("2:1", index.line(3) + ":" + index.column(3));
    assertEquals("3:1", index.line(6) + ":" + index.column(6));
    assertEquals("4:2", index.line(8) + ":" + index.column(8));
  }

  @Test
  void linesAreReadBackWithoutTheirBreak() {
    assertEquals(4, index.lineCount());
    assertEquals("cd", index.lineText(2));
    assertEquals("", index.lineText(3));
    assertEquals("ef", index.lineText(4));
  }
}
