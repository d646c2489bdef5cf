package quire.template;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateElement;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.util.Optional;
import quire.diag.Messages;

/**
 * Runs a Freemarker template and turns every way it can fail because of what a template says
 * into a {@link Failure} with the template, line and column to fix: a syntax error (also one in a
 * template it imports or includes, reported where that template is wrong), an error while
 * running, and a macro or function that calls itself until the stack overflows. Stateless;
 * thread-safe.
 */
public final class TemplateRunner {
  /**
   * Why a template failed.
   *
   * @param template the template's name as Freemarker knows it ({@code page.ftlh}); the caller
   *     knows whether that is the site's file or the built-in one
   * @param line 1-based; 0 when not known
   * @param column 1-based; 0 when not known
   * @param message one line
   * @param syntax true for a syntax error, which does not depend on the page being laid out
   */
  public record Failure(String template, int line, int column, String message, boolean syntax) {}

  /** What running a template gave: its output, or why it failed. */
  public sealed interface Outcome permits Written, Failed {}

  public record Written(String output) implements Outcome {}

  public record Failed(Failure failure) implements Outcome {}

  private TemplateRunner() {}

  /** Runs {@code template} over {@code model}. I/O errors of the template loader are failures too. */
  public static Outcome run(Template template, Object model) {
    return run(template, model, 256);
  }

  /**
   * As {@link #run(Template, Object)}, into a buffer of {@code expectedLength} characters to
   * start with (a page's layout knows about how long it will be: growing the buffer as it goes
   * was a tenth of the layout's time).
   */
  public static Outcome run(Template template, Object model, int expectedLength) {
    Output out = new Output(expectedLength);
    Environment env = null;
    try {
      env = template.createProcessingEnvironment(model, out);
      env.process();
      return new Written(out.toString());
    } catch (TemplateException e) {
      Optional<ParseException> parse = cause(e, ParseException.class);
      if (parse.isPresent()) return new Failed(syntaxError(parse.get()));
      String name = e.getTemplateSourceName() == null ? template.getSourceName() : e.getTemplateSourceName();
      return new Failed(new Failure(name, orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
          Messages.oneLine(e.getMessageWithoutStackTop()), false));
    } catch (StackOverflowError e) {
      return new Failed(tooDeep(env, template));
    } catch (IOException e) {
      return new Failed(new Failure(template.getSourceName(), 0, 0, "cannot read a template: " + e.getMessage(), false));
    }
  }

  /**
   * The template's output: a writer over a {@link StringBuilder}. {@link java.io.StringWriter}
   * locks its buffer on every write, and a template writes many short strings.
   */
  private static final class Output extends Writer {
    private final StringBuilder text;

    Output(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
      text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
      text.append(chars);
      return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
      text.append(chars, start, end);
      return this;
    }

    @Override
    public Writer append(char c) {
      text.append(c);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** A syntax error where Freemarker found it. */
  public static Failure syntaxError(ParseException e) {
    String name = e.getTemplateName() == null ? "" : e.getTemplateName();
    return new Failure(name, e.getLineNumber(), e.getColumnNumber(),
        "syntax error: " + Messages.oneLine(e.getEditorMessage()).replaceAll(" {2,}", " "), true);
  }

  /**
   * The syntax error behind a failure to load a template, if that is what it was: Freemarker
   * remembers a template that did not parse and, asked again, throws an error whose cause it is.
   */
  public static Optional<Failure> syntaxErrorBehind(Throwable e) {
    return cause(e, ParseException.class).map(TemplateRunner::syntaxError);
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (type.isInstance(t)) return Optional.of(type.cast(t));
    }
    return Optional.empty();
  }

  /**
   * A template that recursed until the stack overflowed, at the deepest instruction it reached
   * (in a recursion, the call that repeats). Freemarker keeps its instruction stack in a private
   * array whose slots it does not clear when returning, so the deepest one is still there after
   * the overflow has unwound; Freemarker has no public way to ask, so this reads the field and,
   * should a later Freemarker rename it, falls back to the template as a whole.
   */
  private static Failure tooDeep(Environment env, Template template) {
    String message = "the template calls itself without end (a macro or function that recurses until the stack "
        + "overflows)";
    Optional<TemplateElement> deepest = deepestInstruction(env);
    if (deepest.isEmpty()) return new Failure(template.getSourceName(), 0, 0, message, false);
    TemplateElement at = deepest.get();
    return new Failure(at.getTemplate().getSourceName(), at.getBeginLine(), at.getBeginColumn(), message, false);
  }

  private static Optional<TemplateElement> deepestInstruction(Environment env) {
    if (env == null) return Optional.empty();
    try {
      Field field = Environment.class.getDeclaredField("instructionStack");
      field.setAccessible(true);
      TemplateElement[] stack = (TemplateElement[]) field.get(env);
      TemplateElement deepest = null;
      for (TemplateElement element : stack) {
        if (element == null) break;
        deepest = element;
      }
      return Optional.ofNullable(deepest).filter(e -> e.getTemplate() != null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }
}
