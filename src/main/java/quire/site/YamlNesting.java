package quire.site;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import quire.diag.Limits;
import quire.diag.Position;
import quire.diag.SourceFile;

/**
 * Holds YAML to {@link Limits#YAML_DEPTH} levels of nested collections before it is loaded.
 * snakeyaml-engine has no such setting, and its composer recurses once per level, so YAML nested
 * thousands deep overflowed the stack (issue 9). Its event parser keeps its own stack, so
 * counting the events' depth first is safe. Stateless; thread-safe.
 */
final class YamlNesting {
  private YamlNesting() {}

  /**
   * The settings every YAML file quire reads is read with: aliases to collections limited too.
   * Made once and shared (they are immutable): each settings builder makes a schema of its own,
   * and making one per file was a tenth of loading a site. Problems are placed from the marks'
   * lines and columns, so the marks need no file name.
   */
  static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(Limits.YAML_ALIASES).build();

  /**
   * Where the first collection deeper than the limit opens, in {@code file} (whose YAML text
   * starts at offset {@code yamlStart}); empty when the YAML is within it or does not parse
   * (loading it reports that).
   */
  static Optional<Position> tooDeep(String yaml, SourceFile file, int yamlStart) {
    if (collectionsAtMost(yaml) <= Limits.YAML_DEPTH) return Optional.empty();
    int depth = 0;
    try {
      for (Event event : new Parse(SETTINGS).parseString(yaml)) {
        switch (event.getEventId()) {
          case MappingStart, SequenceStart -> {
            if (++depth > Limits.YAML_DEPTH) {
              Optional<Mark> mark = event.getStartMark();
              return Optional.of(mark
                  .map(m -> new Position(file.path(), file.position(yamlStart).line() + m.getLine(), m.getColumn() + 1))
                  .orElse(file.position(yamlStart)));
            }
          }
          case MappingEnd, SequenceEnd -> depth--;
          default -> { }
        }
      }
    } catch (YamlEngineException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * A bound on how many collections the YAML can open, without parsing it: each one opens at an
   * indicator of its own ({@code -} of a sequence's first item, {@code :} or {@code ?} of a
   * mapping's first key, {@code [} or <code>{</code> of a flow collection), so it opens no more
   * collections than it has of these characters, and nests them no deeper. Front matter almost
   * always has fewer than the limit, and is then parsed once, not twice.
   */
  static int collectionsAtMost(String yaml) {
    int n = 0;
    for (int i = 0; i < yaml.length(); i++) {
      switch (yaml.charAt(i)) {
        case '-', ':', '?', '[', '{' -> n++;
        default -> { }
      }
    }
    return n;
  }
}
