package quire.shortcode;

/** How an argument's value was written. */
public enum ValueKind {
  /** {@code "value"}: {@code \"} and {@code \\} are escapes; ends on the line it starts. */
  QUOTED,
  /** {@code `value`}: no escapes; may span lines. */
  RAW,
  /** {@code value}: a word without quotes. */
  BARE
}
