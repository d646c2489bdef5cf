package quire.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds GFM tables where goldmark (Hugo's Markdown) finds them, and lets Flexmark's table parser
 * build them. goldmark takes any line of a paragraph that is a delimiter row, with the line
 * before it as the header, so a table may follow a paragraph's or a list item's first lines with
 * no blank line between; Flexmark's own parser looks only at a paragraph's first line. goldmark
 * also accepts a header with fewer cells than the delimiter row (the header is padded) and
 * refuses one with more. This pre-processor splits the lines before the header into a paragraph
 * of their own, then hands a paragraph that starts with a table goldmark would accept to
 * Flexmark's table pre-processor (set up with {@code HEADER_SEPARATOR_COLUMN_MATCH} off, so that
 * padding happens).
 */
final class GoldmarkTables implements ParagraphPreProcessor {
  /** goldmark's delimiter row: cells of at least one dash, optional colons, pipes between. */
  private static final Pattern DELIMITER_ROW = TableParagraphPreProcessor.getTableHeaderSeparator(1, "");
  private final ParagraphPreProcessorFactory tablesFactory;
  private final ParserState document;
  /** Flexmark's table pre-processor for this document, made for its first table: making one compiles patterns. */
  private ParagraphPreProcessor tables;

  private GoldmarkTables(ParagraphPreProcessorFactory tablesFactory, ParserState document) {
    this.tablesFactory = tablesFactory;
    this.document = document;
  }

  @Override
  public int preProcessBlock(Paragraph block, ParserState state) {
    // A table's header has a pipe: a paragraph without one (most of them) is not looked at line
    // by line, which makes a list of its lines.
    if (block.getChars().indexOf('|') < 0) return 0;
    List<BasedSequence> lines = block.getContentLines();
    for (int i = 1; i < lines.size(); i++) {
      // Most lines of most paragraphs hold no dash: no delimiter row, nothing to cut out.
      if (lines.get(i).indexOf('-') < 0) continue;
      BasedSequence delimiter = lines.get(i).subSequence(block.getLineIndent(i)).trimEOL();
      if (delimiter.indexOf('-') < 0 || !DELIMITER_ROW.matcher(delimiter).matches()) continue;
      BasedSequence header = lines.get(i - 1).subSequence(block.getLineIndent(i - 1)).trimEOL();
      if (header.indexOf('|') < 0 || cells(header) > cells(delimiter)) return 0;
      if (i > 1) splitBefore(block, i - 1, state);
      if (tables == null) tables = tablesFactory.apply(document);
      return tables.preProcessBlock(block, state);
    }
    return 0;
  }

  /** Moves lines {@code [0, header)} into a paragraph of their own, before this one. */
  private static void splitBefore(Paragraph block, int header, ParserState state) {
    List<BasedSequence> lines = block.getContentLines();
    Paragraph lead = new Paragraph();
    lead.setContent(lines.subList(0, header));
    lead.setLineIndents(Arrays.copyOf(block.getLineIndents(), header));
    block.insertBefore(lead);
    // A paragraph made here has no block parser to parse its inlines later.
    state.getInlineParser().parse(lead.getContentChars().trimEOL(), lead);
    block.setContent(block, header, lines.size());
  }

  /** Cells of a row: parts between unescaped pipes, an outer pipe at either end not counted. */
  static int cells(CharSequence row) {
    String line = row.toString().strip();
    int from = line.startsWith("|") ? 1 : 0;
    int to = line.length();
    if (to > from && line.endsWith("|") && (to < 2 || line.charAt(to - 2) != '\\')) to--;
    int count = 1;
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (c == '\\') i++;
      else if (c == '|') count++;
    }
    return count;
  }

  /** Runs after link reference definitions are taken out, before Flexmark's table parser would. */
  static final class Factory implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      return new GoldmarkTables(tables, state);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return Set.of(ReferencePreProcessorFactory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
