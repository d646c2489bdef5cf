package quire.search;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a page's texts ({@link Words}), each once, with the sum of the weights of the texts
 * it was found in. A word of ASCII letters and digits, most of a page's, is looked up by its
 * characters where it stands in the text, so a repeat of a word makes no string; the table is
 * open-addressed by the word's {@link String#hashCode}. The same counts as putting every word of
 * {@link Words#of} in a map, in the order the words first came. Not thread-safe: one per page.
 */
final class WordCounts implements Words.Sink {
  // A page has some hundreds of words: a table that rarely grows.
  private String[] words = new String[1024];
  private int[] weights = new int[1024];
  /** The slots of the words, in the order they first came. */
  private int[] order = new int[512];
  private int size;
  private int weight;

  /** Counts the words of {@code text}, each at {@code weight}. */
  void add(String text, int weight) {
    this.weight = weight;
    Words.scan(text, this);
  }

  /** Each word once, in the order it first came. */
  List<String> words() {
    String[] out = new String[size];
    for (int i = 0; i < size; i++) out[i] = words[order[i]];
    return List.of(out);
  }

  /** The weight of the word at the same place in {@link #words}. */
  int[] weights() {
    int[] out = new int[size];
    for (int i = 0; i < size; i++) out[i] = weights[order[i]];
    return out;
  }

  @Override
  public void ascii(String text, int start, int end, int hash) {
    int mask = words.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String word = words[slot];
      if (word == null) {
        put(slot, Words.lowerAscii(text, start, end));
        return;
      }
      if (word.hashCode() == hash && isLowered(word, text, start, end)) {
        weights[slot] += weight;
        return;
      }
    }
  }

  @Override
  public void folded(String word) {
    int mask = words.length - 1;
    for (int slot = spread(word.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      String known = words[slot];
      if (known == null) {
        put(slot, word);
        return;
      }
      if (known.equals(word)) {
        weights[slot] += weight;
        return;
      }
    }
  }

  /** Whether {@code word} is {@code text}'s ASCII characters {@code start} to {@code end}, lower-cased. */
  private static boolean isLowered(String word, String text, int start, int end) {
    if (word.length() != end - start) return false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != word.charAt(i - start)) return false;
    }
    return true;
  }

  private void put(int slot, String word) {
    words[slot] = word;
    weights[slot] = weight;
    if (size == order.length) order = Arrays.copyOf(order, size * 2);
    order[size++] = slot;
    if (size * 2 > words.length) grow();
  }

  /** Doubles the table (at most half full), keeping the order the words came in. */
  private void grow() {
    String[] oldWords = words;
    int[] oldWeights = weights;
    words = new String[oldWords.length * 2];
    weights = new int[oldWords.length * 2];
    int mask = words.length - 1;
    for (int i = 0; i < size; i++) {
      int old = order[i];
      int slot = spread(oldWords[old].hashCode()) & mask;
      while (words[slot] != null) slot = (slot + 1) & mask;
      words[slot] = oldWords[old];
      weights[slot] = oldWeights[old];
      order[i] = slot;
    }
  }

  /** The hash's high bits folded into its low ones, which pick the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
