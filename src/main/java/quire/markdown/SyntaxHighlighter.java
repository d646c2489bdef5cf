package quire.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import quire.diag.Markup;

/**
 * Syntax highlighting at build time: a code block's text to HTML with {@code <span class="hl-…">}
 * around its tokens, so a page shows coloured code with no script.
 *
 * <p>The lexers are RSyntaxTextArea's (JFlex-generated, pure Java; tokenizing needs no display).
 * It was picked over the alternatives on Maven Central: Eclipse TM4E's TextMate engine is not
 * published there (only stale forks), tm4java needs Java 24, Prism4j has not changed since 2019,
 * and Pygments needs Jython. RSyntaxTextArea is maintained, 1.3 MB, and lexes line by line
 * with a state carried between lines, which is what a static page needs. It has no PowerShell
 * or diff lexer; those two are {@link PowerShellLexer} and {@link DiffLexer}, here.
 *
 * <p>Class names are few and semantic: {@code hl-c} comment, {@code hl-k} keyword, {@code hl-s}
 * string, {@code hl-n} number or constant, {@code hl-f} function or built-in, {@code hl-t}
 * type, {@code hl-v} variable, {@code hl-a} attribute or key, {@code hl-g} tag name,
 * {@code hl-p} punctuation of markup, {@code hl-i} inserted line, {@code hl-d} deleted line,
 * {@code hl-h} hunk header. Thread-safe: lexers are kept per thread.
 */
public final class SyntaxHighlighter {
  private static final Map<String, String> STYLES = new HashMap<>();

  static {
    alias(SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL, "sh", "bash", "shell", "zsh", "console", "shellsession", "shell-session");
    alias(SyntaxConstants.SYNTAX_STYLE_JSON, "json", "json5", "jsonc");
    alias(SyntaxConstants.SYNTAX_STYLE_YAML, "yaml", "yml");
    alias(SyntaxConstants.SYNTAX_STYLE_HTML, "html", "htm", "xhtml", "vue", "svelte");
    alias(SyntaxConstants.SYNTAX_STYLE_XML, "xml", "svg", "xsd", "plist");
    alias(SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT, "js", "javascript", "mjs", "cjs", "jsx");
    alias(SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT, "ts", "typescript", "tsx");
    alias(SyntaxConstants.SYNTAX_STYLE_PYTHON, "py", "python", "python3");
    alias(SyntaxConstants.SYNTAX_STYLE_JAVA, "java");
    alias(SyntaxConstants.SYNTAX_STYLE_GO, "go", "golang");
    // TOML is INI's grammar plus types; RSyntaxTextArea's INI lexer takes # comments and [tables].
    alias(SyntaxConstants.SYNTAX_STYLE_INI, "toml", "ini", "cfg", "conf");
    alias(SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE, "properties");
    alias(SyntaxConstants.SYNTAX_STYLE_CSS, "css");
    alias(SyntaxConstants.SYNTAX_STYLE_LESS, "less", "scss");
    alias(SyntaxConstants.SYNTAX_STYLE_SQL, "sql");
    alias(SyntaxConstants.SYNTAX_STYLE_C, "c", "h");
    alias(SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS, "cpp", "c++", "cc", "hpp");
    alias(SyntaxConstants.SYNTAX_STYLE_CSHARP, "cs", "csharp", "c#");
    alias(SyntaxConstants.SYNTAX_STYLE_KOTLIN, "kt", "kotlin", "kts");
    alias(SyntaxConstants.SYNTAX_STYLE_RUST, "rs", "rust");
    alias(SyntaxConstants.SYNTAX_STYLE_RUBY, "rb", "ruby");
    alias(SyntaxConstants.SYNTAX_STYLE_PHP, "php");
    alias(SyntaxConstants.SYNTAX_STYLE_GROOVY, "groovy", "gradle");
    alias(SyntaxConstants.SYNTAX_STYLE_SCALA, "scala");
    alias(SyntaxConstants.SYNTAX_STYLE_LUA, "lua");
    alias(SyntaxConstants.SYNTAX_STYLE_PERL, "perl", "pl");
    alias(SyntaxConstants.SYNTAX_STYLE_DOCKERFILE, "dockerfile", "docker");
    alias(SyntaxConstants.SYNTAX_STYLE_MAKEFILE, "makefile", "make");
    alias(SyntaxConstants.SYNTAX_STYLE_MARKDOWN, "md", "markdown");
    alias(SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH, "bat", "batch", "cmd");
  }

  private static void alias(String style, String... names) {
    for (String name : names) STYLES.put(name, style);
  }

  /** Lexers are not thread-safe and cost a few buffers to make: one per language per thread. */
  private static final ThreadLocal<Map<String, TokenMaker>> LEXERS = ThreadLocal.withInitial(HashMap::new);

  private SyntaxHighlighter() {}

  /** The language a fence's info string names, lower-cased and normalised ({@code ps1} → {@code powershell}). */
  public static String language(String info) {
    String first = info.strip().split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
    if (first.startsWith("language-")) first = first.substring("language-".length());
    return switch (first) {
      case "ps", "ps1", "psm1", "pwsh", "powershell" -> "powershell";
      case "diff", "patch", "udiff" -> "diff";
      case "", "text", "txt", "plain", "plaintext", "none", "output" -> "text";
      default -> first;
    };
  }

  /** Whether {@code language} (as {@link #language} gives it) is coloured rather than shown plain. */
  public static boolean highlights(String language) {
    return STYLES.containsKey(language) || language.equals("powershell") || language.equals("diff");
  }

  /**
   * The code as HTML: escaped text with token spans. An unknown language is escaped text only.
   *
   * @param code the block's text, lines ending in {@code \n}
   * @param language as {@link #language} gives it
   */
  public static String highlight(String code, String language) {
    if (language.equals("powershell")) return PowerShellLexer.highlight(code);
    if (language.equals("diff")) return DiffLexer.highlight(code);
    Optional<TokenMaker> lexer = lexer(language);
    if (lexer.isEmpty()) return Markup.escape(code);
    StringBuilder html = new StringBuilder(code.length() * 2);
    boolean yaml = language.equals("yaml") || language.equals("yml");
    int state = TokenTypes.NULL;
    int start = 0;
    while (start < code.length()) {
      int newline = code.indexOf('\n', start);
      int end = newline < 0 ? code.length() : newline;
      char[] line = code.substring(start, end).toCharArray();
      Token token = lexer.get().getTokenList(new Segment(line, 0, line.length), state, 0);
      Token last = token;
      // Neighbouring tokens of one class share a span (a string's quotes and its text).
      String pendingCss = null;
      StringBuilder pending = new StringBuilder();
      for (Token t = token; t != null; t = t.getNextToken()) {
        last = t;
        if (!t.isPaintable()) continue;
        String css = cssClass(t.getType());
        // RSyntaxTextArea's YAML lexer does not tell keys from plain values: a key is the
        // identifier right before the ':' that ends it.
        if (yaml && t.getType() == TokenTypes.IDENTIFIER && t.getNextToken() != null
            && t.getNextToken().isSingleChar(TokenTypes.OPERATOR, ':')) {
          css = "hl-a";
        }
        if (pending.length() > 0 && !Objects.equals(css, pendingCss)) {
          // Text ending in "{{" written right before a span would read "{{<span", which anyone
          // scanning the page takes for a shortcode left unexpanded: the braces join the span.
          boolean braces = css != null && pending.length() >= 2
              && pending.charAt(pending.length() - 1) == '{' && pending.charAt(pending.length() - 2) == '{';
          if (braces) pending.setLength(pending.length() - 2);
          if (pending.length() > 0) span(html, pendingCss, pending.toString());
          pending.setLength(0);
          if (braces) pending.append("{{");
        }
        pendingCss = css;
        pending.append(t.getLexeme());
      }
      if (pending.length() > 0) span(html, pendingCss, pending.toString());
      state = last == null ? TokenTypes.NULL : last.getType();
      if (newline >= 0) html.append('\n');
      start = end + 1;
    }
    return html.toString();
  }

  private static Optional<TokenMaker> lexer(String language) {
    String style = STYLES.get(language);
    if (style == null) return Optional.empty();
    return Optional.of(LEXERS.get().computeIfAbsent(style, s -> TokenMakerFactory.getDefaultInstance().getTokenMaker(s)));
  }

  static void span(StringBuilder html, String css, String text) {
    if (css == null) {
      html.append(Markup.escape(text));
    } else {
      html.append("<span class=\"").append(css).append("\">").append(Markup.escape(text)).append("</span>");
    }
  }

  private static String cssClass(int type) {
    return switch (type) {
      case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
          TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> "hl-c";
      case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.PREPROCESSOR -> "hl-k";
      case TokenTypes.FUNCTION, TokenTypes.ANNOTATION -> "hl-f";
      case TokenTypes.LITERAL_BOOLEAN, TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
          TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.MARKUP_ENTITY_REFERENCE -> "hl-n";
      case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
          TokenTypes.REGEX, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.ERROR_STRING_DOUBLE,
          TokenTypes.ERROR_CHAR, TokenTypes.MARKUP_CDATA -> "hl-s";
      case TokenTypes.DATA_TYPE -> "hl-t";
      case TokenTypes.VARIABLE -> "hl-v";
      case TokenTypes.MARKUP_TAG_ATTRIBUTE -> "hl-a";
      case TokenTypes.MARKUP_TAG_NAME -> "hl-g";
      case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_DTD, TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
          TokenTypes.MARKUP_CDATA_DELIMITER -> "hl-p";
      default -> null;
    };
  }
}
