package quire.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quire.diag.Position;
import quire.diag.Problem;
import quire.partial.PartialUse;
import quire.search.SearchIndex;
import quire.site.Site;

/**
 * What a build did.
 *
 * @param problems every problem found, sorted
 * @param written true when the output folder was replaced by the new site
 * @param pages the pages built, with what the checks need
 * @param mermaidJsPages pages whose diagrams need mermaid.js in the browser
 * @param partialUsage each partial's call sites
 * @param partialUses every partial of the site with its declared parameters and the calls that
 *     rendered it, from the build's own partial library (for {@code quire partials})
 * @param outputs every file of the built site (paths inside the output folder, sorted): written
 *     when the site was written, and the same list when the build only checked
 * @param searchCpu processor time the search stage took (reading pages' text, building and
 *     writing the index), summed over threads
 * @param stats how much was built afresh and written
 */
public record BuildResult(
    Site site,
    List<Problem> problems,
    boolean written,
    List<PageFacts> pages,
    List<String> mermaidJsPages,
    Map<String, Set<Position>> partialUsage,
    List<PartialUse> partialUses,
    Duration elapsed,
    List<String> outputs,
    Duration searchCpu,
    BuildStats stats) {

  public BuildResult {
    problems = List.copyOf(problems);
    pages = List.copyOf(pages);
    mermaidJsPages = List.copyOf(mermaidJsPages);
    partialUsage = Map.copyOf(partialUsage);
    partialUses = List.copyOf(partialUses);
    outputs = List.copyOf(outputs);
  }



  /** The site's page and partial files, by path, sorted: the files a report says were checked. */
  public List<String> sourceFiles() {
    List<String> files = new ArrayList<>();
    site.pages().forEach(p -> files.add(p.path()));
    files.addAll(site.partials().keySet());
    files.sort(null);
    return files;
  }

  /**
   * The outputs a link may lead to, as the checks saw them: all but the search index's files
   * named by the build, which no page can know to link to (the index is made while the links
   * are checked). Its meta file, whose name is fixed, is one.
   */
  public List<String> linkTargets() {
    return outputs.stream().filter(path -> !SearchIndex.namedByBuild(path)).toList();
  }

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }
}
