package quire.template;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Optional;
import quire.diag.Limits;
import quire.diag.Messages;

/**
 * Runs a Freemarker template and turns every way it can fail because of what a template says
 * into a {@link Failure} with the template, line and column to fix: a syntax error (also one in a
 * template it imports or includes, reported where that template is wrong), an error while
 * running, a macro or function that calls itself until the stack overflows, and output past
 * {@link Limits#TEMPLATE_OUTPUT_CHARS} (a limit, at the instruction that wrote it), and memory
 * that runs out while it runs (a limit, at the template), and a run longer than
 * {@link Limits#TEMPLATE_CPU_SECONDS} of processor time (a limit, where the run was when
 * stopped). Stateless;
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
   * @param kind what went wrong
   */
  public record Failure(String template, int line, int column, String message, Kind kind) {
    /** A syntax error, which does not depend on the page being laid out. */
    public boolean syntax() {
      return kind == Kind.SYNTAX;
    }

    /** One of the {@link Limits} crossed: a {@code limit-exceeded} problem, not a template error. */
    public boolean limit() {
      return kind == Kind.LIMIT;
    }
  }

  /** What kind of failure: the template does not parse, failed while running, or crossed a limit. */
  public enum Kind { SYNTAX, RUN, LIMIT }

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
    Optional<Failure> spent = TimeBudget.spent(template);
    if (spent.isPresent()) return new Failed(spent.get());
    Output out = new Output(expectedLength, template);
    Environment env = null;
    TimeBudget.Run budget = TimeBudget.start();
    try {
      env = template.createProcessingEnvironment(model, out);
      budget.running(env);
      env.process();
      return new Written(out.toString());
    } catch (TemplateException e) {
      if (budget.expired()) return new Failed(timeUp(budget, template));
      Optional<ParseException> parse = cause(e, ParseException.class);
      if (parse.isPresent()) return new Failed(syntaxError(parse.get()));
      String name = e.getTemplateSourceName() == null ? template.getSourceName() : e.getTemplateSourceName();
      return new Failed(new Failure(name, orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
          Messages.oneLine(e.getMessageWithoutStackTop()), Kind.RUN));
    } catch (StackOverflowError e) {
      return new Failed(tooDeep(env, template));
    } catch (OutOfMemoryError e) {
      // Most often the template's own doing (a string doubled forty times, a padding of a
      // billion); Freemarker keeps no sign of where, so the template is named as a whole. Its
      // memory is free again once this returns.
      String why = e.getMessage() == null ? "" : ": " + e.getMessage();
      return new Failed(new Failure(template.getSourceName(), 0, 0, "memory ran out while running the template"
          + " (OutOfMemoryError" + why + "); a text it builds is far too long (a string doubled again and again, a"
          + " padding millions wide)", Kind.LIMIT));
    } catch (OutputLimit e) {
      return new Failed(e.failure);
    } catch (IOException e) {
      if (budget.expired()) return new Failed(timeUp(budget, template));
      return new Failed(new Failure(template.getSourceName(), 0, 0, "cannot read a template: " + e.getMessage(), Kind.RUN));
    } catch (RuntimeException e) {
      // What Freemarker throws when the watchdog interrupts the thread (an internal class). A
      // run inside this one on the same thread (a shortcode's markdownify) passes the outer
      // run's interrupt up to it.
      if (budget.expired()) return new Failed(timeUp(budget, template));
      throw e;
    } finally {
      budget.end();
    }
  }

  /**
   * The run took more than its processor time: where it was when the watchdog stopped it. The
   * template is not run again for a while (see {@link TimeBudget#spent}).
   */
  private static Failure timeUp(TimeBudget.Run budget, Template template) {
    Failure failure = at(budget.at(), template, "the template ran for more than " + Limits.TEMPLATE_CPU_SECONDS + " s of"
        + " processor time, where real templates take milliseconds; a loop that runs too long, or a macro that calls"
        + " itself again and again, keeps it running");
    TimeBudget.spend(template, failure);
    return failure;
  }

  /**
   * A template's output crossing {@link Limits#TEMPLATE_OUTPUT_CHARS}, thrown by the writer: an
   * I/O error is the one thing Freemarker passes up from a writer untouched, through loops,
   * macros and {@code #attempt} alike.
   */
  private static final class OutputLimit extends IOException {
    final transient Failure failure;

    OutputLimit(Failure failure) {
      super(failure.message());
      this.failure = failure;
    }
  }

  /**
   * The template's output: a writer over a {@link StringBuilder}, which refuses to grow past
   * {@link Limits#TEMPLATE_OUTPUT_CHARS}. {@link java.io.StringWriter} locks its buffer on every
   * write, and a template writes many short strings.
   */
  private static final class Output extends Writer {
    private final StringBuilder text;
    private final Template template;

    Output(int capacity, Template template) {
      text = new StringBuilder(capacity);
      this.template = template;
    }

    /** Throws, before anything is added, when {@code length} more characters would cross the limit. */
    private void room(long length) throws OutputLimit {
      if (text.length() + length <= Limits.TEMPLATE_OUTPUT_CHARS) return;
      String message = "the template's output would pass " + String.format(Locale.ROOT, "%,d", Limits.TEMPLATE_OUTPUT_CHARS)
          + " characters (32 Mi), far more than any page; a loop that runs too long, or a text made too long"
          + " (a padding, a string doubled again and again), writes it";
      throw new OutputLimit(at(currentInstruction(), template, message));
    }

    @Override
    public void write(int c) throws OutputLimit {
      room(1);
      text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws OutputLimit {
      room(length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string) throws OutputLimit {
      room(string.length());
      text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) throws OutputLimit {
      room(length);
      text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) throws OutputLimit {
      CharSequence c = chars == null ? "null" : chars;
      room(c.length());
      text.append(c);
      return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) throws OutputLimit {
      CharSequence c = chars == null ? "null" : chars;
      room((long) end - start);
      text.append(c, start, end);
      return this;
    }

    @Override
    public Writer append(char c) throws OutputLimit {
      room(1);
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
        "syntax error: " + Messages.oneLine(e.getEditorMessage()).replaceAll(" {2,}", " "), Kind.SYNTAX);
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
    if (deepest.isEmpty()) return new Failure(template.getSourceName(), 0, 0, message, Kind.RUN);
    TemplateElement at = deepest.get();
    return new Failure(at.getTemplate().getSourceName(), at.getBeginLine(), at.getBeginColumn(), message, Kind.RUN);
  }

  /**
   * A limit crossed at {@code at}, the instruction running when it was; the template as a whole
   * when that is not known.
   */
  private static Failure at(Optional<TemplateElement> at, Template template, String message) {
    if (at.isEmpty()) return new Failure(template.getSourceName(), 0, 0, message, Kind.LIMIT);
    TemplateElement element = at.get();
    return new Failure(element.getTemplate().getSourceName(), element.getBeginLine(), element.getBeginColumn(), message,
        Kind.LIMIT);
  }

  /**
   * The instruction the current thread's template is running, the innermost one on Freemarker's
   * instruction stack (which {@code _CoreAPI} gives, innermost first, as Freemarker's own error
   * messages use it); empty outside a template.
   */
  private static Optional<TemplateElement> currentInstruction() {
    Environment env = Environment.getCurrentEnvironment();
    if (env == null) return Optional.empty();
    TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(env);
    if (stack == null || stack.length == 0 || stack[0].getTemplate() == null) return Optional.empty();
    return Optional.of(stack[0]);
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
