package quire.mermaid;

/**
 * What a link's characters say: stroke, arrows at each end, and length (mermaid's extra ranks).
 * {@code -->} is normal, no start arrow, point at the end, length 1. Immutable.
 */
record LinkForm(Stroke stroke, Arrow start, Arrow end, int length) {

  /** Reads a complete link such as {@code -->}, {@code <-.->}, {@code ===}, {@code ~~~}. */
  static LinkForm of(String link) {
    String s = link.strip();
    Arrow start = arrowAt(s.charAt(0), true);
    int from = start == Arrow.NONE ? 0 : 1;
    Arrow end = arrowAt(s.charAt(s.length() - 1), false);
    // The last character ends the line whether it is an arrow or a plain '-', '=' or '~'.
    String line = s.substring(from, s.length() - 1);
    Stroke stroke;
    int length;
    if (line.indexOf('.') >= 0 || s.indexOf('.') >= 0) {
      stroke = Stroke.DOTTED;
      length = (int) s.chars().filter(c -> c == '.').count();
    } else if (s.indexOf('=') >= 0) {
      stroke = Stroke.THICK;
      length = line.length() - 1;
    } else if (s.indexOf('~') >= 0) {
      stroke = Stroke.INVISIBLE;
      length = line.length() - 1;
    } else {
      stroke = Stroke.NORMAL;
      length = line.length() - 1;
    }
    return new LinkForm(stroke, start, end, Math.max(1, Math.min(10, length)));
  }

  /** The stroke a link start such as {@code --}, {@code ==}, {@code -.} or {@code <--} opens. */
  static Stroke strokeOfStart(String start) {
    if (start.indexOf('.') >= 0) {
      return Stroke.DOTTED;
    }
    return start.indexOf('=') >= 0 ? Stroke.THICK : Stroke.NORMAL;
  }

  /** The arrow a link start such as {@code <--} or {@code x--} puts at the source end. */
  static Arrow arrowOfStart(String start) {
    return arrowAt(start.strip().charAt(0), true);
  }

  private static Arrow arrowAt(char c, boolean atStart) {
    return switch (c) {
      case '>' -> atStart ? Arrow.NONE : Arrow.POINT;
      case '<' -> atStart ? Arrow.POINT : Arrow.NONE;
      case 'x' -> Arrow.CROSS;
      case 'o' -> Arrow.CIRCLE;
      default -> Arrow.NONE;
    };
  }
}
