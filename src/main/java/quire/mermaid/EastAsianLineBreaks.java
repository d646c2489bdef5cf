package quire.mermaid;

/**
 * Where a line may break inside East Asian text, as a browser breaks mermaid.js's HTML label
 * (CSS {@code word-break: normal}): the rules of Unicode's line breaking algorithm (UAX #14) that
 * Chromium applies to Chinese, Japanese and Korean text and to the text beside it. A line may break
 * between two characters when one of them is East Asian (wide, fullwidth or halfwidth: ideographs,
 * kana, Hangul, Bopomofo, Yi, CJK punctuation and fullwidth forms): between two ideographs, kana or
 * Hangul syllables (classes ID, H2, H3), and between one of them and a letter or digit beside it
 * ({@code 用户|login|流程}), by LB31, "break everywhere else". Korean breaks between syllables too,
 * as in Chromium, where only {@code word-break: keep-all} keeps a Hangul word whole. But a line
 * does not break (kinsoku):
 * <ul>
 *   <li>before closing punctuation, full stops, commas, iteration and sound marks, small kana and
 *       the prolonged sound mark (classes CL, CP, EX, IS, NS, and CJ, which UAX #14 resolves to NS
 *       unless tailored, LB1): 、。，！？）」』ゝ々ぁっャー; nor before an ellipsis (IN), a hyphen or a
 *       dash other than the em dash (HY, BA), a slash (SY), a blank other than the space, or a mark
 *       that combines with the character before it (CM, ZWJ, LB9);
 *   <li>after opening punctuation (OP: （「『【, LB14) or an acute accent (BB);
 *   <li>on either side of a no-break space or a word joiner (GL, WJ, LB11, LB12);
 *   <li>beside a quotation mark, unless an opening one (“, ‘) follows East Asian text and is
 *       followed by it, or a closing one (”, ’) stands between East Asian text (LB19, LB19a);
 *   <li>after a prefix sign ($, ￥: PR) before an ideograph, letter, digit or symbol, nor before a
 *       postfix sign (%, ％: PO) after one (LB23a, LB24, LB25, LB27); nor between a postfix sign
 *       and a letter, digit or symbol after it that is not East Asian, or such a character and
 *       a prefix sign after it ({@code ％a}, {@code a￥}: LB24);
 *   <li>inside a Hangul syllable written in conjoining jamo (JL, JV, JT, LB26).
 * </ul>
 * Where neither character is East Asian this allows no break: Latin text keeps {@link
 * LabelWrapping}'s own rules. Classes are told from code point ranges and general categories, not
 * read from Unicode's LineBreak.txt, so a rare character may fall under the nearest rule; emoji are
 * not counted as East Asian. Chromium (150, which follows CSS {@code line-break: normal}) breaks
 * before small kana and ー; this keeps the stricter default of UAX #14. Checked against Chromium
 * 150's breaks between every pair of 230 sample characters, and in whole sentences: they differ
 * only there, next to emoji, lone combining marks and zero width spaces. Stateless.
 */
final class EastAsianLineBreaks {
  /**
   * What stands for an icon in the text this reads: U+2060 WORD JOINER, beside which no line breaks
   * (class WJ), since an icon belongs to the word it touches.
   */
  static final char ICON = '\u2060';

  /**
   * Characters before which no line breaks that no general category tells: full stops, commas,
   * colons, question and exclamation marks (EX, IS, CL), iteration and sound marks, middle dots and
   * the rest of NS, ellipses (IN), the slash (SY), the vertical line (BA).
   */
  private static final String NO_LINE_START = "!,./:;?|‼‽⁇⁈⁉‥…‧⋯" + "、。々〻〜゛゜ゝゞ゠・ヽヾ"
      + "︐︑︒︓︔︕︖︙﹐﹑﹒﹔﹕﹖﹗" + "！，．：；？｡､･ﾞﾟ";

  /** Small kana and the prolonged sound mark (class CJ), besides the ranges {@link #smallKana} tests. */
  private static final String SMALL_KANA = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー";

  /** Opening punctuation and break-before characters that no general category tells (OP, BB). */
  private static final String NO_LINE_END = "¡¿´ˈˌ˟";

  /** Prefix signs other than currency symbols (PR). */
  private static final String PREFIX_SIGNS = "+\\±∓№";

  /** Postfix signs (PO), among them the cents signs, which are currency symbols. */
  private static final String POSTFIX_SIGNS = "%¢°‰‱′″‴℃℉％￠﹪";

  /** No-break spaces and hyphen (GL), joiners (ZWJ, WJ). */
  private static final String GLUE = "\u00a0\u2007\u2011\u202f\u200d\u2060\ufeff";

  /** What a character does to the breaks beside it: a few classes of UAX #14 taken together. */
  private enum Kind {
    /** An ideograph, kana, Hangul syllable, letter, digit or symbol (ID, H2, H3, AL, HL, NU...). */
    WORD,
    /** No break after it: OP, BB. */
    OPENING,
    /** No break before it: CL, CP, EX, IS, NS, CJ, IN, SY, HY, BA. */
    CLOSING,
    /** A blank other than the space: no break before it. */
    BLANK,
    /** A mark that combines with the character before it, or a format character: no break before it. */
    MARK,
    /** No break on either side: GL, WJ, ZWJ. */
    GLUE,
    /** A quotation mark (QU): breaks beside it only between East Asian text (LB19, LB19a). */
    QUOTE,
    /** A prefix sign (PR): $, ￥, +. */
    PREFIX,
    /** A postfix sign (PO): %, ％, °. */
    POSTFIX,
    /** The em dash (B2), which breaks on either side. */
    DASH
  }

  private EastAsianLineBreaks() {}

  /**
   * Whether a line of {@code text} may break before the char at {@code index} (0-based) by the
   * rules above. Never at either end of the text, inside a surrogate pair, or beside a space (where
   * {@link LabelWrapping} breaks by its own rule).
   */
  static boolean mayBreakAt(String text, int index) {
    if (index <= 0 || index >= text.length() || Character.isSurrogatePair(text.charAt(index - 1), text.charAt(index))) {
      return false;
    }
    int before = text.codePointBefore(index);
    int after = text.codePointAt(index);
    if (before == ' ' || after == ' ' || !eastAsian(before) && !eastAsian(after)) {
      return false;
    }
    Kind a = kind(before);
    Kind b = kind(after);
    if (b == Kind.QUOTE) {
      int next = index + Character.charCount(after);
      return Character.getType(after) == Character.INITIAL_QUOTE_PUNCTUATION && eastAsian(before) && mayEndLine(a)
          && next < text.length() && eastAsian(text.codePointAt(next));
    }
    if (a == Kind.QUOTE) {
      int previous = index - Character.charCount(before);
      return Character.getType(before) == Character.FINAL_QUOTE_PUNCTUATION && eastAsian(after) && mayStartLine(b)
          && previous > 0 && eastAsian(text.codePointBefore(previous));
    }
    return mayEndLine(a) && mayStartLine(b)
        && !(a == Kind.PREFIX && b == Kind.WORD) && !(a == Kind.WORD && b == Kind.POSTFIX)
        && !(a == Kind.POSTFIX && b == Kind.WORD && !eastAsian(after))
        && !(a == Kind.WORD && !eastAsian(before) && b == Kind.PREFIX)
        && !sameHangulSyllable(before, after);
  }

  /** Whether {@code cp} is East Asian: wide, fullwidth or halfwidth (by block ranges), or a Hangul jamo. */
  private static boolean eastAsian(int cp) {
    return cp >= 0x1100 && cp <= 0x11ff // Hangul Jamo
        || cp >= 0x2e80 && cp <= 0x303e // CJK and Kangxi radicals, ideographic description, CJK symbols and punctuation
        || cp >= 0x3041 && cp <= 0x4dbf // kana, Bopomofo, Hangul compatibility jamo, enclosed CJK, CJK compatibility, extension A
        || cp >= 0x4e00 && cp <= 0xa4cf // CJK unified ideographs, Yi
        || cp >= 0xa960 && cp <= 0xa97f // Hangul Jamo Extended-A
        || cp >= 0xac00 && cp <= 0xd7ff // Hangul syllables, Hangul Jamo Extended-B
        || cp >= 0xf900 && cp <= 0xfaff // CJK compatibility ideographs
        || cp >= 0xfe10 && cp <= 0xfe19 || cp >= 0xfe30 && cp <= 0xfe6f // vertical, compatibility and small forms
        || cp >= 0xff01 && cp <= 0xffee // halfwidth and fullwidth forms
        || cp >= 0x20000 && cp <= 0x3fffd; // CJK extensions B and on
  }

  private static Kind kind(int cp) {
    if (GLUE.indexOf(cp) >= 0) {
      return Kind.GLUE;
    }
    return switch (Character.getType(cp)) {
      case Character.START_PUNCTUATION -> Kind.OPENING;
      case Character.END_PUNCTUATION -> Kind.CLOSING;
      case Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> Kind.QUOTE;
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT -> Kind.MARK;
      case Character.SPACE_SEPARATOR -> Kind.BLANK;
      // Hyphens and dashes are HY or BA, except the em dashes (B2), the horizontal bar (AL) and
      // the East Asian dashes (ID), but for 〜 and ゠ (NS).
      case Character.DASH_PUNCTUATION -> cp == 0x2014 || cp == 0x2e3a || cp == 0x2e3b ? Kind.DASH
          : cp == 0x2015 || eastAsian(cp) && NO_LINE_START.indexOf(cp) < 0 ? Kind.WORD : Kind.CLOSING;
      default -> NO_LINE_START.indexOf(cp) >= 0 || smallKana(cp) ? Kind.CLOSING
          : NO_LINE_END.indexOf(cp) >= 0 ? Kind.OPENING
          : cp == '"' || cp == '\'' ? Kind.QUOTE
          : POSTFIX_SIGNS.indexOf(cp) >= 0 ? Kind.POSTFIX
          : PREFIX_SIGNS.indexOf(cp) >= 0 || Character.getType(cp) == Character.CURRENCY_SYMBOL ? Kind.PREFIX
          : Kind.WORD;
    };
  }

  private static boolean mayEndLine(Kind k) {
    return k != Kind.OPENING && k != Kind.GLUE;
  }

  private static boolean mayStartLine(Kind k) {
    return k != Kind.CLOSING && k != Kind.BLANK && k != Kind.MARK && k != Kind.GLUE;
  }

  /** Small kana and the prolonged sound mark (class CJ). */
  private static boolean smallKana(int cp) {
    return SMALL_KANA.indexOf(cp) >= 0 || cp >= 0x31f0 && cp <= 0x31ff || cp >= 0xff67 && cp <= 0xff70;
  }

  /**
   * Whether {@code after} goes on with the Hangul syllable {@code before} is or ends (LB26): a
   * leading consonant jamo (JL) takes another, a vowel (JV) or a syllable (H2, H3); a vowel or a
   * syllable without a final consonant (H2) takes a vowel or a trailing consonant (JT); a trailing
   * consonant or a syllable with one (H3) takes a trailing consonant.
   */
  private static boolean sameHangulSyllable(int before, int after) {
    boolean leading = before >= 0x1100 && before <= 0x115f || before >= 0xa960 && before <= 0xa97f;
    boolean syllable = before >= 0xac00 && before <= 0xd7a3;
    boolean open = syllable && (before - 0xac00) % 28 == 0; // H2: no final consonant
    boolean vowelBefore = before >= 0x1160 && before <= 0x11a7 || before >= 0xd7b0 && before <= 0xd7c6;
    boolean trailingBefore = before >= 0x11a8 && before <= 0x11ff || before >= 0xd7cb && before <= 0xd7fb;
    boolean vowel = after >= 0x1160 && after <= 0x11a7 || after >= 0xd7b0 && after <= 0xd7c6;
    boolean trailing = after >= 0x11a8 && after <= 0x11ff || after >= 0xd7cb && after <= 0xd7fb;
    boolean startsSyllable = after >= 0x1100 && after <= 0x115f || after >= 0xa960 && after <= 0xa97f
        || after >= 0xac00 && after <= 0xd7a3;
    return leading && (startsSyllable || vowel)
        || (vowelBefore || open) && (vowel || trailing)
        || (trailingBefore || syllable && !open) && trailing;
  }
}
