// The search box in a real browser (Debian's headless Chromium driven by playwright-core), on a
// site built for https://example.com/docs/ and served here under /docs/:
//
//   node tools/ci/search-test.mjs SITE_DIR PAGE QUERY
//       checks: "/" focuses the box; typing QUERY shows results with a title, a section and a
//       highlighted excerpt, linking under /docs/ to a heading that exists; without JavaScript the
//       box is not shown and the page reads as usual. Prints what the first query fetched.
//   node tools/ci/search-test.mjs SITE_DIR PAGE --measure QUERY...
//       for each query, in a fresh browser context (empty cache): bytes of the index fetched and
//       the time from typing to results drawn; as one JSON line per query.
//
// PAGE is a page's path under /docs/ (e.g. "" for the home page). CHROMIUM names the browser
// (default /usr/bin/chromium). Exit 1 with a message when a check fails.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const [siteDir, pagePath, ...rest] = process.argv.slice(2);
if (!siteDir || pagePath === undefined || !rest.length) {
  console.error("usage: node tools/ci/search-test.mjs SITE_DIR PAGE QUERY | --measure QUERY...");
  process.exit(2);
}
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".ttf": "font/ttf", ".xml": "application/xml" };

const server = createServer(async (req, res) => {
  const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (!url.startsWith("/docs/")) { res.writeHead(404).end("outside the site"); return; }
  let file = normalize(join(siteDir, url.slice("/docs/".length)));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "content-length": body.length });
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

function fail(message) {
  throw new Error(message);
}

/** A fresh page (empty cache) that counts the bytes of every search/ file it fetches. */
async function openPage(javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const fetched = [];
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith("/docs/search/")) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched.push({ path, bytes: body.length });
  });
  await page.goto(`${origin}/docs/${pagePath}`, { waitUntil: "load" });
  return { context, page, fetched, errors };
}

/** Types the query and waits for its results; milliseconds from the first key to results drawn. */
async function query(page, text) {
  await page.fill("#search-input", "");
  const started = Date.now();
  await page.fill("#search-input", text);
  await page.waitForFunction((q) => {
    const status = document.querySelector(".search-status");
    const panel = document.querySelector(".search-results");
    return panel && !panel.hidden && status.textContent && document.querySelector("#search-input").value === q;
  }, text, { timeout: 20000 });
  return Date.now() - started;
}

try {
  if (rest[0] === "--measure") {
    for (const q of rest.slice(1)) {
      const { context, page, fetched } = await openPage();
      const ms = await query(page, q);
      await page.waitForTimeout(200);
      const results = await page.locator(".search-list li").count();
      const bytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
      console.log(JSON.stringify({ query: q, results, files: fetched.length, bytes, ms }));
      await context.close();
    }
  } else {
    const q = rest[0];
    const { context, page, fetched, errors } = await openPage();
    if (!(await page.locator(".search").isVisible())) fail("the search box is not shown with JavaScript on");
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("/");
    if (!(await page.evaluate(() => document.activeElement && document.activeElement.id === "search-input"))) {
      fail('"/" does not focus the search box');
    }
    await page.keyboard.type(q);
    await page.waitForSelector(".search-list li a", { timeout: 20000 });
    const first = page.locator(".search-list li a").first();
    const title = await first.locator(".search-title").textContent();
    const section = await first.locator(".search-section").textContent().catch(() => "");
    const marks = await first.locator(".search-excerpt mark").allTextContents();
    const href = await first.getAttribute("href");
    if (!title) fail("a result has no title");
    if (!section) fail("a result has no section");
    if (!marks.length) fail("the excerpt highlights nothing: " + (await first.locator(".search-excerpt").textContent()));
    if (!marks.every((m) => m.toLowerCase().startsWith(q.toLowerCase().split(/\s+/).pop().slice(0, 3)) ||
        q.toLowerCase().split(/\s+/).some((w) => m.toLowerCase().startsWith(w)))) {
      fail("marked words do not match the query: " + marks.join(", "));
    }
    if (!href.startsWith("/docs/")) fail("a result links outside the sub-path: " + href);
    await first.click();
    await page.waitForLoadState("load");
    const landed = new URL(page.url());
    if (landed.pathname !== href.split("#")[0]) fail(`the result led to ${landed.pathname}, not ${href}`);
    const hash = href.includes("#") ? decodeURIComponent(href.split("#")[1]) : "";
    if (hash && !(await page.evaluate((id) => !!document.getElementById(id), hash))) fail(`no heading #${hash} on ${landed.pathname}`);
    if (errors.length) fail("script errors: " + errors.join("; "));
    const bytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`search: "${q}" → "${title}" (${section}) ${href}; first query fetched ${fetched.length} files, ${bytes} bytes`);
    await context.close();

    const noJs = await openPage(false);
    if (await noJs.page.locator(".search").isVisible()) fail("the search box shows without JavaScript");
    if (!(await noJs.page.locator("main h1, main h2").first().isVisible())) fail("the page does not read without JavaScript");
    await noJs.context.close();
  }
} catch (e) {
  console.error("search test failed: " + e.message);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
