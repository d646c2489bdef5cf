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
  /** An {@code <img>}, or an SVG {@code <image>}. */
  boolean isImage() {
    return tag.equals("img") || tag.equals("image");
  }

  // Written out: every reference of every page is looked up in the site's set of them, and the
  // generated record methods (method handles) cost several times these in the quick JIT tier.
  @Override
  public boolean equals(Object other) {
    return other instanceof Reference r && decorative == r.decorative && value.equals(r.value) && tag.equals(r.tag)
        && attribute.equals(r.attribute) && java.util.Objects.equals(alt, r.alt);
  }

  @Override
  public int hashCode() {
    int hash = value.hashCode();
    hash = 31 * hash + tag.hashCode();
    hash = 31 * hash + attribute.hashCode();
    hash = 31 * hash + (alt == null ? 0 : alt.hashCode());
    return 31 * hash + (decorative ? 1 : 0);
  }
}
