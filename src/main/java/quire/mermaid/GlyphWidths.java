package quire.mermaid;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Advance widths of the characters of {@link MermaidFont}, read from the TrueType file's {@code
 * cmap} (format 4) and {@code hmtx} tables, with the kerning of its {@code kern} table (format 0,
 * the pairs a browser applies to the font: "AI Employee Receives Task" is 198.0 px at 16 px, not
 * the 200.1 of its advances), so that text is measured the same on every machine without AWT.
 * Immutable after loading; safe to share.
 */
final class GlyphWidths {
  /** Loaded once, on first use. */
  static final GlyphWidths SANS = load(MermaidFont.bytes());
  /** Liberation Sans Bold, for bold runs (markdown strings, {@code <b>}); measured only. */
  static final GlyphWidths SANS_BOLD = load(MermaidFont.boldBytes());

  private final int unitsPerEm;
  private final int ascender;
  private final int descender;
  private final short[] advanceByChar; // design units for each BMP char; -1: not in the font
  private final char[] glyphByChar; // glyph id of each BMP char; 0: not in the font
  private final long[] kernPairs; // (left glyph << 16 | right glyph), ascending
  private final short[] kernValues; // design units, for each pair
  /** The kerning of each pair of ASCII characters, [left * 128 + right]: most text, without a search. */
  private final short[] asciiKerning = new short[128 * 128];

  private GlyphWidths(int unitsPerEm, int ascender, int descender, short[] advanceByChar, char[] glyphByChar,
      long[] kernPairs, short[] kernValues) {
    this.unitsPerEm = unitsPerEm;
    this.ascender = ascender;
    this.descender = descender;
    this.advanceByChar = advanceByChar;
    this.glyphByChar = glyphByChar;
    this.kernPairs = kernPairs;
    this.kernValues = kernValues;
    for (int left = 0; left < 128; left++) {
      for (int right = 0; right < 128; right++) {
        if (glyphByChar[left] != 0 && glyphByChar[right] != 0) {
          asciiKerning[left << 7 | right] = (short) kern(glyphByChar[left], glyphByChar[right]);
        }
      }
    }
  }

  /**
   * Width in px of one line of text at {@code fontSize} px. A character the font lacks is drawn
   * by the browser from a fallback font: one em for the wide and full-width characters of East
   * Asian scripts and emoji (Unicode's East Asian Width W and F), the width of "n" otherwise.
   */
  double width(String line, double fontSize) {
    long units = 0;
    int fallback = advanceByChar['n'];
    int previous = -1; // the character before, when it is of this font: kerned with the next one
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      int a = cp < advanceByChar.length ? advanceByChar[cp] : -1;
      if (a >= 0) {
        units += a;
        if (previous >= 0) {
          units += (previous | cp) < 128 ? asciiKerning[previous << 7 | cp] : kern(glyphByChar[previous], glyphByChar[cp]);
        }
        previous = cp;
      } else if (!takesNoRoom(cp)) {
        units += isWide(cp) ? unitsPerEm : fallback;
        previous = -1;
      }
    }
    return units * fontSize / unitsPerEm;
  }

  /** The kerning between two glyphs, in design units (0 for a pair the font does not kern). */
  private int kern(int left, int right) {
    int at = Arrays.binarySearch(kernPairs, (long) left << 16 | right);
    return at >= 0 ? kernValues[at] : 0;
  }

  /** The advance of monospace fonts (DejaVu Sans Mono, Liberation Mono, Courier New, Menlo), in em. */
  static final double MONOSPACE_ADVANCE = 0.6;

  /**
   * Width in px of one line of code at {@code fontSize} px in the browser's monospace font: the
   * same advance for every character, one em for wide ones.
   */
  static double monospaceWidth(String line, double fontSize) {
    double ems = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (!takesNoRoom(cp)) {
        ems += isWide(cp) ? 1 : MONOSPACE_ADVANCE;
      }
    }
    return ems * fontSize;
  }

  /** Combining marks, joiners and variation selectors take no room of their own. */
  private static boolean takesNoRoom(int cp) {
    return Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200d || cp >= 0xfe00 && cp <= 0xfe0f;
  }

  /** Whether Unicode's East Asian Width of {@code cp} is Wide or Fullwidth (by block ranges). */
  static boolean isWide(int cp) {
    return cp >= 0x1100 && cp <= 0x115f // Hangul Jamo
        || cp >= 0x231a && cp <= 0x231b || cp >= 0x2329 && cp <= 0x232a
        || cp >= 0x2e80 && cp <= 0x303e // CJK radicals, Kangxi, CJK symbols and punctuation
        || cp >= 0x3041 && cp <= 0x33ff // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
        || cp >= 0x3400 && cp <= 0x4dbf // CJK extension A
        || cp >= 0x4e00 && cp <= 0x9fff // CJK unified ideographs
        || cp >= 0xa000 && cp <= 0xa4cf // Yi
        || cp >= 0xa960 && cp <= 0xa97f || cp >= 0xac00 && cp <= 0xd7a3 // Hangul syllables
        || cp >= 0xf900 && cp <= 0xfaff // CJK compatibility ideographs
        || cp >= 0xfe10 && cp <= 0xfe19 || cp >= 0xfe30 && cp <= 0xfe6f // vertical and small forms
        || cp >= 0xff00 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6 // full-width forms
        || cp >= 0x1f300 && cp <= 0x1f64f || cp >= 0x1f680 && cp <= 0x1f6ff // pictographs, emoji
        || cp >= 0x1f900 && cp <= 0x1f9ff || cp >= 0x1fa70 && cp <= 0x1faff
        || cp >= 0x20000 && cp <= 0x3fffd; // CJK extensions B and on
  }

  /** Distance in px from the baseline up to the top of tall glyphs at {@code fontSize}. */
  double ascent(double fontSize) {
    return ascender * fontSize / unitsPerEm;
  }

  /** Distance in px from the baseline down to the bottom of descenders at {@code fontSize}. */
  double descent(double fontSize) {
    return -descender * fontSize / unitsPerEm;
  }

  static GlyphWidths load(byte[] ttf) {
    ByteBuffer b = ByteBuffer.wrap(ttf);
    int numTables = b.getShort(4) & 0xffff;
    int head = -1;
    int hhea = -1;
    int hmtx = -1;
    int cmap = -1;
    int kern = -1;
    for (int i = 0; i < numTables; i++) {
      int rec = 12 + 16 * i;
      String tag = new String(ttf, rec, 4, StandardCharsets.US_ASCII);
      int offset = b.getInt(rec + 8);
      switch (tag) {
        case "head" -> head = offset;
        case "hhea" -> hhea = offset;
        case "hmtx" -> hmtx = offset;
        case "cmap" -> cmap = offset;
        case "kern" -> kern = offset;
        default -> {}
      }
    }
    if (head < 0 || hhea < 0 || hmtx < 0 || cmap < 0) {
      throw new IllegalStateException("not a TrueType font with head, hhea, hmtx and cmap tables");
    }
    int unitsPerEm = b.getShort(head + 18) & 0xffff;
    int ascender = b.getShort(hhea + 4);
    int descender = b.getShort(hhea + 6);
    int numberOfHMetrics = b.getShort(hhea + 34) & 0xffff;
    short[] advances = new short[65536];
    Arrays.fill(advances, (short) -1);
    char[] glyphs = new char[65536];
    int sub = findUnicodeBmpSubtable(b, cmap);
    int segX2 = b.getShort(sub + 6) & 0xffff;
    int ends = sub + 14;
    int starts = ends + segX2 + 2;
    int deltas = starts + segX2;
    int rangeOffsets = deltas + segX2;
    for (int s = 0; s < segX2 / 2; s++) {
      int end = b.getShort(ends + 2 * s) & 0xffff;
      int start = b.getShort(starts + 2 * s) & 0xffff;
      int delta = b.getShort(deltas + 2 * s);
      int ro = b.getShort(rangeOffsets + 2 * s) & 0xffff;
      for (int c = start; c <= end && c != 0xffff; c++) {
        int glyph;
        if (ro == 0) {
          glyph = (c + delta) & 0xffff;
        } else {
          int at = rangeOffsets + 2 * s + ro + 2 * (c - start);
          glyph = b.getShort(at) & 0xffff;
          if (glyph != 0) {
            glyph = (glyph + delta) & 0xffff;
          }
        }
        if (glyph != 0) {
          int m = Math.min(glyph, numberOfHMetrics - 1);
          advances[c] = (short) (b.getShort(hmtx + 4 * m) & 0xffff);
          glyphs[c] = (char) glyph;
        }
      }
    }
    long[] pairs = new long[0];
    short[] values = new short[0];
    // The first horizontal kerning subtable of format 0 (a version 0 kern table, as TrueType
    // fonts have it): its pairs are sorted by (left, right), as the format requires.
    if (kern >= 0 && b.getShort(kern) == 0) {
      int at = kern + 4;
      for (int t = 0; t < (b.getShort(kern + 2) & 0xffff); t++) {
        int length = b.getShort(at + 2) & 0xffff;
        int coverage = b.getShort(at + 4) & 0xffff;
        if (coverage >> 8 == 0 && (coverage & 0x7) == 1) { // format 0, horizontal, kerning values
          int n = b.getShort(at + 6) & 0xffff;
          // Each pair with its value in one number, so that sorting (the format sorts them
          // already) keeps the two together.
          long[] entries = new long[n];
          for (int i = 0; i < n; i++) {
            int rec = at + 14 + 6 * i;
            entries[i] = (b.getInt(rec) & 0xffffffffL) << 16 | (b.getShort(rec + 4) & 0xffff);
          }
          Arrays.sort(entries);
          pairs = new long[n];
          values = new short[n];
          for (int i = 0; i < n; i++) {
            pairs[i] = entries[i] >>> 16;
            values[i] = (short) entries[i];
          }
          break;
        }
        at += length;
      }
    }
    return new GlyphWidths(unitsPerEm, ascender, descender, advances, glyphs, pairs, values);
  }

  private static int findUnicodeBmpSubtable(ByteBuffer b, int cmap) {
    int n = b.getShort(cmap + 2) & 0xffff;
    for (int i = 0; i < n; i++) {
      int rec = cmap + 4 + 8 * i;
      int platform = b.getShort(rec) & 0xffff;
      int encoding = b.getShort(rec + 2) & 0xffff;
      int sub = cmap + b.getInt(rec + 4);
      boolean unicode = platform == 0 || platform == 3 && encoding == 1;
      if (unicode && (b.getShort(sub) & 0xffff) == 4) {
        return sub;
      }
    }
    throw new IllegalStateException("font has no Unicode BMP cmap (format 4)");
  }
}
