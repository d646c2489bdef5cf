package quire.check;

/**
 * One {@code href} or {@code src} of a built page, in document order.
 *
 * @param tag the element's name ({@code a}, {@code img}, {@code script}, ...)
 * @param attribute {@code href} or {@code src}
 * @param value the attribute's value with HTML entities decoded (percent-encoding kept)
 * @param alt an image's alt text; {@code null} when the element has no {@code alt} attribute
 *     or is not an image
 * @param decorative an image marked as decoration ({@code role="presentation"} or
 *     {@code aria-hidden="true"}), which needs no alt text
 */
record Reference(String tag, String attribute, String value, String alt, boolean decorative) {
  boolean isImage() {
    return tag.equals("img");
  }
}
