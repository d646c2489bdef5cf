package quire.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Places order by the file as a reader is shown it, then line, then column. */
class PositionTest {
  @Test
  void placesSortByTheFileAsShownThenLineThenColumn() {
    String[] files = {"a.md", "a", "a!", "a/b.md", "b.md", "content/x.md", "templates/page.ftlh", "(x", ""};
    Random random = new Random(3);
    List<Position> places = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String file = files[random.nextInt(files.length)];
      int line = random.nextInt(4);
      int column = random.nextInt(4);
      places.add(random.nextBoolean() ? new Position(file, line, column) : Position.inTheme(file, line, column));
    }
    Comparator<Position> asShown = Comparator.comparing(Position::shownFile)
        .thenComparingInt(Position::line).thenComparingInt(Position::column);
    for (Position a : places) {
      for (Position b : places) {
        assertEquals(Integer.signum(asShown.compare(a, b)), Integer.signum(a.compareTo(b)), a + " against " + b);
      }
    }
  }
}
