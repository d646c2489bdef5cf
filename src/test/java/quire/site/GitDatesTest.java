package quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildResult;
import quire.testing.InlineSite;

/** "Last updated" from each page's last commit, read with JGit in one walk of the log. */
class GitDatesTest {
  @TempDir Path repo;

  private static void commit(Git git, String message, String instant) throws Exception {
    PersonIdent who = new PersonIdent("Writer", "writer@example.com", Instant.parse(instant), TimeZone.getTimeZone("UTC").toZoneId());
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  @Test
  void eachPageHasTheDateOfTheLastCommitThatChangedItAndUpdatedWins() throws Exception {
    // The site lives in a sub-folder of the repository, as docs/ often does.
    Path site = repo.resolve("docs");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      InlineSite.write(site, """
          -- content/_index.md --
          # Home
          -- content/a.md --
          # A
          -- content/b.md --
          ---
          updated: 2020-02-02
          ---
          # B
          """);
      Files.writeString(repo.resolve("README.md"), "repo\n");
      commit(git, "first", "2024-03-01T10:00:00Z");
      Files.writeString(site.resolve("content/a.md"), "# A, edited\n");
      Files.writeString(site.resolve("content/b.md"), "---\nupdated: 2020-02-02\n---\n# B, edited\n");
      commit(git, "second", "2024-05-06T23:30:00Z");
      Files.writeString(repo.resolve("README.md"), "repo, edited\n");
      commit(git, "third, outside the site", "2024-07-08T00:00:00Z");
    }
    GitDates dates = GitDates.read(site, List.of("content/_index.md", "content/a.md", "content/b.md", "content/new.md"));
    assertEquals(Map.of("content/_index.md", LocalDate.parse("2024-03-01"), "content/a.md", LocalDate.parse("2024-05-06"),
        "content/b.md", LocalDate.parse("2024-05-06")), dates.byPath());

    BuildResult result = InlineSite.build(site);
    assertEquals(List.of(), InlineSite.problems(result));
    assertEquals("2024-05-06", Jsoup.parse(site.resolve("out/a/index.html").toFile()).selectFirst("p.last-updated time").attr("datetime"));
    assertEquals("2020-02-02", Jsoup.parse(site.resolve("out/b/index.html").toFile()).selectFirst("p.last-updated time").attr("datetime"),
        "the front matter's updated wins over the commit");
  }

  @Test
  void outsideAGitRepositoryThereAreNoDatesAndTheBuildGoesOn() {
    InlineSite.write(repo, """
        -- content/a.md --
        # A
        """);
    assertEquals(Map.of(), GitDates.read(repo, List.of("content/a.md")).byPath());
    BuildResult result = InlineSite.build(repo);
    assertEquals(List.of(), InlineSite.problems(result));
  }
}
