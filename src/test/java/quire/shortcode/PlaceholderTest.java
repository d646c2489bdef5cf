package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one scanner of {@code $N} and {@code \$} that expansion and the unused-parameter check share. */
class PlaceholderTest {
  private static List<String> scan(String text) {
    List<String> found = new ArrayList<>();
    int at = 0;
    for (Optional<Placeholder> p; (p = Placeholder.find(text, at, text.length())).isPresent(); at = p.get().end()) {
      found.add(p.get().start() + "-" + p.get().end() + (p.get().isEscape() ? " escape" : " $" + p.get().digits()));
    }
    return found;
  }

  @Test
  void findsPlaceholdersAndEscapesWithTheirOffsets() {
    assertEquals(List.of("4-6 $1", "11-14 $12"), scan("use $1 and $12."));
    assertEquals(List.of("0-2 escape", "2-4 $2"), scan("\\$$2"));
    assertEquals(List.of("1-3 escape"), scan("\\\\$1"));
    assertEquals(List.of(), scan("costs $ 5, a$b, trailing $"));
  }

  @Test
  void stopsAtTheEndItIsGiven() {
    assertEquals(Optional.empty(), Placeholder.find("ab$1", 0, 3));
    assertEquals("$1", "$" + Placeholder.find("ab$123", 0, 4).orElseThrow().digits());
  }

  /** The scan of a String jumps from one '$' to the next; any other text is read a character at a time, the oracle. */
  @Test
  void aStringIsScannedAsAnyOtherText() {
    List<String> texts = List.of("use $1 and $12.", "\\$$2", "\\\\$1", "costs $ 5, a$b, trailing $", "$$1 \\$ $\\$3",
        "x\\$", "$", "\\", "$9", "a\\$$$12$\\$1b");
    for (String text : texts) {
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          assertEquals(Placeholder.find(new StringBuilder(text), from, to).map(p -> p.start() + "-" + p.end() + p.digits()),
              Placeholder.find(text, from, to).map(p -> p.start() + "-" + p.end() + p.digits()), text + " " + from + " " + to);
        }
      }
    }
  }

  @Test
  void numbersInLeavesEscapedPlaceholdersOut() {
    assertEquals(Set.of(1, 3), Placeholder.numbersIn("$1 \\$2 $3 $1"));
    assertEquals(Integer.MAX_VALUE, Placeholder.find("$99999999999", 0, 12).orElseThrow().number());
  }
}
