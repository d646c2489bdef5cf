package quire.report;

import java.util.ArrayDeque;
import java.util.Deque;
import quire.diag.Markup;

/**
 * Writes one JSON document (RFC 8259) into memory, in order: objects, arrays, names and values,
 * with the commas put in for the caller and the nesting checked. {@link #space} adds whitespace
 * where a report wants line breaks; it never changes what the document means. Every
 * machine-readable report of quire (json, sarif, the partials listing) is written with it.
 * Not thread-safe: one writer per document.
 */
final class JsonWriter {
  private enum Container { OBJECT, ARRAY }

  private final StringBuilder out = new StringBuilder();
  private final Deque<Container> open = new ArrayDeque<>();
  /** Per open container, whether it already holds an element (so the next needs a comma). */
  private final Deque<Boolean> filled = new ArrayDeque<>();
  private boolean afterName;
  private boolean done;
  private String space = "";

  JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    return push(Container.OBJECT);
  }

  JsonWriter endObject() {
    return pop(Container.OBJECT, '}');
  }

  JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    return push(Container.ARRAY);
  }

  JsonWriter endArray() {
    return pop(Container.ARRAY, ']');
  }

  /** The name of the next member of the open object. */
  JsonWriter name(String name) {
    if (open.peek() != Container.OBJECT || afterName) throw new IllegalStateException("a name belongs in an object, before its value");
    separate();
    out.append(quote(name)).append(':');
    afterName = true;
    return this;
  }

  JsonWriter value(String text) {
    beforeValue();
    out.append(quote(text));
    return scalarWritten();
  }

  JsonWriter value(long number) {
    beforeValue();
    out.append(number);
    return scalarWritten();
  }

  JsonWriter member(String name, String text) {
    return name(name).value(text);
  }

  JsonWriter member(String name, long number) {
    return name(name).value(number);
  }

  /** Whitespace (spaces, tabs, line breaks) to write before the next name, value or bracket. */
  JsonWriter space(String whitespace) {
    if (!whitespace.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      throw new IllegalArgumentException("not JSON whitespace: " + quote(whitespace));
    }
    space = whitespace;
    return this;
  }

  /** The finished document. */
  String text() {
    if (!done) throw new IllegalStateException("the document is not finished");
    return out.toString();
  }

  private void beforeValue() {
    if (done) throw new IllegalStateException("the document is already finished");
    if (afterName) {
      afterName = false;
    } else if (open.peek() == Container.OBJECT) {
      throw new IllegalStateException("a value inside an object needs a name first");
    } else {
      separate();
    }
  }

  /** The comma before an element that is not the first of its container, then any whitespace. */
  private void separate() {
    if (!open.isEmpty()) {
      if (filled.pop()) out.append(',');
      filled.push(true);
    }
    writeSpace();
  }

  private void writeSpace() {
    out.append(space);
    space = "";
  }

  private JsonWriter scalarWritten() {
    if (open.isEmpty()) done = true;
    return this;
  }

  private JsonWriter push(Container container) {
    open.push(container);
    filled.push(false);
    return this;
  }

  private JsonWriter pop(Container container, char bracket) {
    if (open.peek() != container || afterName) throw new IllegalStateException("no open " + container + " to close here");
    open.pop();
    filled.pop();
    writeSpace();
    out.append(bracket);
    if (open.isEmpty()) done = true;
    return this;
  }

  /** {@code text} as a JSON string, quotes included. */
  static String quote(String text) {
    return Markup.jsonString(text);
  }
}
