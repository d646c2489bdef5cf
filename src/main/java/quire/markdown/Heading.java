package quire.markdown;

/** A heading of a rendered page: level 1–6, its unique id on the page, and its plain text. */
public record Heading(int level, String id, String text) {}
