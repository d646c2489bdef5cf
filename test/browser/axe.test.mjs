// axe-core over every page of the built site (and of the fixture site with every reader feature),
// at 1,280 and 375 px wide, in light and dark:
// any violation fails, listed with its rule, the page and the elements it names.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ensureSite, fixtureDir, launch, pages, serve } from "./site.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const widths = [1280, 375];
const schemes = ["light", "dark"];

let server, fixture, browser;
before(async () => {
  ensureSite();
  server = await serve();
  fixture = await serve(fixtureDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await fixture?.close();
});

for (const width of widths) {
  for (const scheme of schemes) {
    test(`axe finds no violation on any page at ${width} px, ${scheme}`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: "reduce" });
      const page = await context.newPage();
      const found = [];
      const urls = [...pages().map((p) => server.url + p), ...pages(fixtureDir).map((p) => fixture.url + p)];
      for (const url of urls) {
        const path = url.replace(/^http:\/\/[^/]+/, "");
        await page.goto(url, { waitUntil: "load" });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          // Best practices too (landmarks, regions, one main): the audit ran them.
          return await window.axe.run(document, { resultTypes: ["violations"] });
        });
        for (const v of result.violations) {
          found.push(`${path}: [${v.id}] ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " — " + n.failureSummary.replace(/\s+/g, " ")).join("\n    ")}`);
        }
      }
      await context.close();
      assert.equal(found.length, 0, `${found.length} violation(s):\n${found.join("\n")}`);
    });
  }
}
