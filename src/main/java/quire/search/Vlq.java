package quire.search;

/**
 * Non-negative whole numbers as variable-length text, five bits a character, least significant
 * first, the sixth bit set on every character but the last (source maps' VLQ without the sign),
 * in an alphabet safe inside JSON strings. Most gaps and weights take one character.
 */
final class Vlq {
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private Vlq() {}

  static void append(StringBuilder out, int value) {
    if (value < 0) throw new IllegalArgumentException("value must not be negative: " + value);
    int rest = value;
    do {
      int digit = rest & 31;
      rest >>>= 5;
      out.append(ALPHABET.charAt(rest > 0 ? digit | 32 : digit));
    } while (rest > 0);
  }

  /** Reads the numbers back (tests use it to hold the encoding to its decoder). */
  static int[] decode(String text) {
    int[] values = new int[text.length()];
    int count = 0;
    int value = 0;
    int shift = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      value |= (digit & 31) << shift;
      if ((digit & 32) != 0) {
        shift += 5;
      } else {
        values[count++] = value;
        value = 0;
        shift = 0;
      }
    }
    return java.util.Arrays.copyOf(values, count);
  }
}
