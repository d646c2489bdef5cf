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
}
