package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryTest {
  private static final String SENTENCE = "The connector routes every message through the gateway before delivery.";

  @Test
  void aShortParagraphIsTheWholeDescription() {
    assertEquals(SENTENCE, PageLayout.summary(SENTENCE));
  }

  @Test
  void aLongParagraphEndsAfterItsLastWholeSentenceThatFits() {
    String second = "Quarantined messages wait in the portal for an administrator.";
    String text = SENTENCE + " " + second + " A third sentence that no longer fits in the length search engines show.";
    assertEquals(SENTENCE + " " + second, PageLayout.summary(text));
  }

  @Test
  void aSentenceEndThatKeepsLessThanHalfGivesWayToACutAtAWordWithAnEllipsis() {
    String text = "Short one. " + "word ".repeat(60);
    String description = PageLayout.summary(text);
    assertEquals("Short one. " + "word ".repeat(28) + "word…", description);
  }

  @Test
  void aDotInsideAWordIsNoSentenceEnd() {
    String text = "Set example.com as the domain ".repeat(3) + "and wait until its records reach every resolver in turn before the next step begins here.";
    String description = PageLayout.summary(text);
    assertEquals('…', description.charAt(description.length() - 1), description);
    assertEquals(' ', text.charAt(description.length() - 1));
  }

  @Test
  void aChineseFullStopEndsASentenceWithoutASpaceAfterIt() {
    String text = "这是第一句话。".repeat(25) + "这是最后一句话";
    assertEquals("这是第一句话。".repeat(22), PageLayout.summary(text));
  }

  @Test
  void aSentenceMayEndInsideAClosingQuoteOrBracket() {
    String quoted = "Set the policy to \"Quarantine.\"";
    String bracketed = "Releases are logged (see the audit log.)";
    assertEquals(SENTENCE + " " + quoted, PageLayout.summary(SENTENCE + " " + quoted + " " + "word ".repeat(30)));
    assertEquals(SENTENCE + " " + bracketed, PageLayout.summary(SENTENCE + " " + bracketed + " " + "word ".repeat(30)));
  }
}
