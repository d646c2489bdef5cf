package quire.site;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import quire.diag.Position;
import quire.diag.SourceFile;

/** Where in a file a YAML error or node is, from the parser's own marks. */
final class YamlErrors {
  private YamlErrors() {}

  /**
   * The position of a YAML error in {@code file}, whose YAML text starts at offset
   * {@code yamlStart} and is {@code yamlLength} long. At the end of the text the problem is
   * whatever was left open, so the position is where that opened.
   */
  static Position position(MarkedYamlEngineException e, SourceFile file, int yamlStart, int yamlLength) {
    Mark mark = e.getProblemMark()
        .filter(m -> m.getIndex() < yamlLength)
        .or(e::getContextMark)
        .or(e::getProblemMark)
        .orElse(null);
    if (mark == null) return file.position(yamlStart);
    return at(file, yamlStart, mark);
  }

  /** Where a node of the YAML text starting at offset {@code yamlStart} of {@code file} starts. */
  static Position at(SourceFile file, int yamlStart, Node node) {
    return node.getStartMark().map(mark -> at(file, yamlStart, mark)).orElse(file.position(yamlStart));
  }

  private static Position at(SourceFile file, int yamlStart, Mark mark) {
    return new Position(file.path(), file.position(yamlStart).line() + mark.getLine(), mark.getColumn() + 1);
  }
}
