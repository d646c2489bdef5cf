package quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.diag.Problems;
import quire.diag.SourceFile;

/** site/config.yaml: every key optional, unknown keys named, YAML errors at their place. */
class SiteConfigTest {
  private static List<String> problems(Problems problems) {
    return problems.sorted().stream().map(p -> p.rule().id() + " " + p.where()).toList();
  }

  @Test
  void theKeysAreReadAndTheBaseUrlGivesTheBasePath() {
    Problems problems = new Problems();
    SiteConfig config = SiteConfig.read(new SourceFile("site/config.yaml", """
        title: Docs
        baseUrl: https://example.com/docs
        markdown:
          typographer: true
        check:
          external:
            ignore: ["^https://internal\\\\."]
        """), problems);
    assertEquals("Docs", config.title());
    assertEquals("/docs/", config.basePath());
    assertEquals(true, config.typographer());
    assertEquals(List.of("^https://internal\\."), config.externalIgnore());
    assertEquals(List.of(), problems(problems));
  }

  @Test
  void anUnknownKeyIsAWarningAtItsLine() {
    Problems problems = new Problems();
    SiteConfig.read(new SourceFile("site/config.yaml", "title: Docs\nbaseURL: /x/\n"), problems);
    assertEquals(List.of("config-unknown-key site/config.yaml:2:1"), problems(problems));
  }

  @Test
  void anUnclosedListIsAnErrorWhereItOpens() {
    Problems problems = new Problems();
    SiteConfig config = SiteConfig.read(new SourceFile("site/config.yaml", "title: [x\n"), problems);
    assertEquals(List.of("source-invalid site/config.yaml:1:8"), problems(problems));
    assertEquals(SiteConfig.DEFAULTS, config);
  }

  @Test
  void aBadRegularExpressionToIgnoreIsAnErrorAtItsLine() {
    Problems problems = new Problems();
    SiteConfig config = SiteConfig.read(new SourceFile("site/config.yaml", """
        title: Docs
        check:
          external:
            ignore:
              - '^https://fine[.]'
              - '^https://(broken'
        """), problems);
    assertEquals(List.of("source-invalid site/config.yaml:6:9: check.external.ignore: \"^https://(broken\" is not a "
        + "regular expression: Unclosed group (at character 17)"),
        problems.sorted().stream().map(p -> p.rule().id() + " " + p.where() + ": " + p.message()).toList());
    assertEquals(List.of("^https://fine[.]"), config.externalIgnore());
  }

  @Test
  void aBaseUrlThatIsNotTextIsAnErrorAtItsValue() {
    Problems problems = new Problems();
    SiteConfig config = SiteConfig.read(new SourceFile("site/config.yaml", "title: Docs\nbaseUrl: {a: b}\n"), problems);
    assertEquals(List.of("source-invalid site/config.yaml:2:10: baseUrl must be text, not a mapping"),
        problems.sorted().stream().map(p -> p.rule().id() + " " + p.where() + ": " + p.message()).toList());
    assertEquals("/", config.baseUrl());
  }

  @Test
  void keyPositionsComeFromTheParserNotFromLinesOfText() {
    // The unknown key is inside a flow mapping: no line of the file starts with its name.
    Problems flow = new Problems();
    SiteConfig.read(new SourceFile("site/config.yaml", "{title: Docs,\n   baseURL: /x/}\n"), flow);
    assertEquals(List.of("config-unknown-key site/config.yaml:2:4"), problems(flow));
  }

  @Test
  void aBaseUrlThatIsNeitherAUrlNorARootPathIsAnErrorAtItsValue() {
    Problems problems = new Problems();
    SiteConfig config = SiteConfig.read(new SourceFile("site/config.yaml", "title: Docs\nbaseUrl: 5\n"), problems);
    assertEquals(List.of("source-invalid site/config.yaml:2:10: baseUrl must be a URL such as https://example.com/docs/ "
        + "or a path from the root such as /docs/, not \"5\""),
        problems.sorted().stream().map(p -> p.rule().id() + " " + p.where() + ": " + p.message()).toList());
    assertEquals("/", config.basePath());
    assertEquals("/docs/", SiteConfig.read(new SourceFile("site/config.yaml", "baseUrl: /docs\n"), new Problems()).basePath());
  }

  @Test
  void switchesMustBeTrueOrFalse() {
    Problems problems = new Problems();
    SiteConfig config = SiteConfig.read(new SourceFile("site/config.yaml", """
        search: maybe
        markdown:
          typographer: yes please
        """), problems);
    assertEquals(List.of("source-invalid site/config.yaml:1:9: search must be true or false",
        "source-invalid site/config.yaml:3:16: markdown.typographer must be true or false"),
        problems.sorted().stream().map(p -> p.rule().id() + " " + p.where() + ": " + p.message()).toList());
    assertTrue(config.search());
    assertFalse(config.typographer());
    assertFalse(SiteConfig.read(new SourceFile("site/config.yaml", "search: false\n"), new Problems()).search());
  }
}
