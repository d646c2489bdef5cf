package quire.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {}

  /** Where {@link #scan} hands each word it finds. */
  interface Sink {
    /**
     * A word of ASCII letters and digits: {@code text}'s characters {@code start} to {@code end},
     * lower-cased; {@code hash} is the lower-cased word's {@link String#hashCode}, so a caller can
     * look the word up without making a string of it.
     */
    void ascii(String text, int start, int end, int hash);

    /** Any other word, as it is indexed (accents dropped, lower case). */
    void folded(String word);
  }

  /** The words of {@code text}, in order, repeats kept; single letters are left out. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    scan(text, new Sink() {
      @Override
      public void ascii(String text, int start, int end, int hash) {
        words.add(lowerAscii(text, start, end));
      }

      @Override
      public void folded(String word) {
        words.add(word);
      }
    });
    return words;
  }

  /** Hands {@code sink} the words of {@code text}, in order, repeats kept; single letters are left out. */
  static void scan(String text, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int cp = c < 0x80 ? c : text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean ascii = true;
      int hash = 0;
      while (i < n) {
        c = text.charAt(i);
        cp = c < 0x80 ? c : text.codePointAt(i);
        if (!isWordChar(cp)) break;
        if (cp >= 0x80) ascii = false;
        hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        i += Character.charCount(cp);
      }
      int length = i - start;
      if (ascii) {
        // A word of one letter is left out; one of a digit is kept.
        if (length <= MAX_LENGTH && (length > 1 || text.charAt(start) <= '9')) sink.ascii(text, start, i, hash);
        continue;
      }
      if (length > MAX_LENGTH * 2) continue;
      String word = fold(text.substring(start, i));
      if (word.length() > MAX_LENGTH || word.isEmpty()) continue;
      if (word.length() == 1 && !Character.isDigit(word.charAt(0))) continue;
      sink.folded(word);
    }
  }

  /** {@code \p{L}} or {@code \p{N}}, as the client's regular expression has it (marks are not). */
  private static boolean isWordChar(int cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** {@code text}'s ASCII characters {@code start} to {@code end}, lower-cased. */
  static String lowerAscii(String text, int start, int end) {
    int upper = start;
    while (upper < end && !(text.charAt(upper) >= 'A' && text.charAt(upper) <= 'Z')) upper++;
    if (upper == end) return text.substring(start, end);
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      out[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(out);
  }

  /** A word as it is indexed: accents dropped, lower case. */
  static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) ascii = word.charAt(i) < 0x80;
    String plain = ascii ? word : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
    return plain.toLowerCase(Locale.ROOT);
  }
}
