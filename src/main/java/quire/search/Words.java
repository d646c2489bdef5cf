package quire.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text is cut into the words search matches: runs of letters and digits, with accents
 * dropped (NFKD, combining marks removed) and lower-cased in the root locale, so the same text
 * gives the same words on every machine. {@code js/search.js} cuts queries and excerpts the
 * same way ({@code /[\p{L}\p{N}]+/gu}, {@code normalize("NFKD")}, marks removed, lower case).
 * Stateless; thread-safe.
 */
public final class Words {
  /** Longer runs (hashes, base64) are not words anyone types. */
  static final int MAX_LENGTH = 40;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {}

  /** The words of {@code text}, in order, repeats kept; single letters are left out. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = fold(m.group());
      if (word.length() > MAX_LENGTH || word.isEmpty()) continue;
      if (word.length() == 1 && !Character.isDigit(word.charAt(0))) continue;
      words.add(word);
    }
    return words;
  }

  /** A word as it is indexed: accents dropped, lower case. */
  static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) ascii = word.charAt(i) < 0x80;
    String plain = ascii ? word : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
    return plain.toLowerCase(Locale.ROOT);
  }
}
