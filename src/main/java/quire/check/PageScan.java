package quire.check;

import java.util.List;
import java.util.Set;
import quire.build.PageFacts;

/**
 * What a built page holds for the checks: the ids a fragment can name, and every reference.
 * Kept instead of the HTML, which is dropped as soon as it is scanned.
 *
 * @param ids every {@code id} and {@code <a name>} of the page, as written (entities decoded)
 * @param references every {@code href} and {@code src}, in document order
 */
record PageScan(PageFacts page, Set<String> ids, List<Reference> references) {
  PageScan {
    ids = Set.copyOf(ids);
    references = List.copyOf(references);
  }
}
