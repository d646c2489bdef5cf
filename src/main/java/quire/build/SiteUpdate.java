package quire.build;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import quire.diag.Position;
import quire.diag.Problem;
import quire.site.Site;

/**
 * What {@link SiteUpdater#update} did after an edit: the pages it built again, the files whose
 * bytes changed, and the problems of the whole site as a full build of it reports them, but for
 * the link check's (which the caller adds from its {@code LinkIndex}).
 *
 * @param site the site as built (its config as published)
 * @param pages the pages laid out again, for the link check
 * @param removedPages Markdown files of the pages no longer built
 * @param outputs every file of the site as now built (paths inside the output folder)
 * @param files output path → new bytes, for each file whose bytes changed
 * @param deleted output paths of files the site no longer has
 * @param problems every problem of the site but the link check's, unsorted (see {@link quire.diag.Problems#sorted})
 * @param partialUsage each partial's call sites, as in {@link BuildResult#partialUsage}
 * @param rendered how many pages were expanded and rendered again
 * @param laidOut how many pages were laid out again (the rendered ones included)
 * @param searchBehind whether the search index no longer matches the pages
 */
public record SiteUpdate(Site site, List<LaidOutPage> pages, List<String> removedPages, Set<String> outputs,
    Map<String, byte[]> files, List<String> deleted, List<Problem> problems,
    Map<String, Set<Position>> partialUsage, int rendered, int laidOut, boolean searchBehind) {
  public SiteUpdate {
    Objects.requireNonNull(site, "site");
    pages = List.copyOf(pages);
    removedPages = List.copyOf(removedPages);
    outputs = Set.copyOf(outputs);
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    deleted = List.copyOf(deleted);
    problems = List.copyOf(problems);
    partialUsage = Collections.unmodifiableMap(partialUsage);
  }
}
