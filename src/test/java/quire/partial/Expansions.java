package quire.partial;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quire.diag.Problems;
import quire.shortcode.ExpandedPage;
import quire.shortcode.Expander;
import quire.shortcode.ShortcodeTemplates;
import quire.site.Site;
import quire.site.SiteLoader;
import quire.site.SourcePage;

/** Expands one page of a site with the render shortcode, for tests of the Markdown it gives. */
record Expansions(String markdown, List<String> places, ExpandedPage page) {
  static Expansions of(Path root, String pagePath) {
    Problems problems = new Problems();
    Site site = SiteLoader.load(root, false, problems);
    PartialLibrary library = PartialLibrary.of(site.partials(), problems);
    Expander expander = new Expander(Map.of(RenderShortcode.NAME, new RenderShortcode(library, markdown -> markdown)),
        new ShortcodeTemplates(Optional.empty(), site.config(), markdown -> markdown));
    SourcePage page = site.pages().stream().filter(p -> p.path().equals(pagePath)).findFirst().orElseThrow();
    ExpandedPage expanded = expander.expand(page, problems);
    List<String> places = problems.sorted().stream()
        .filter(p -> p.rule() != quire.diag.Rule.PARTIAL_UNUSED)
        .map(p -> p.rule().id() + " " + p.where()).toList();
    return new Expansions(expanded.markdown(), places, expanded);
  }
}
