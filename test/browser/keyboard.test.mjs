// The keyboard and the reader's features in a real browser: Tab order, the skip link, the phone
// menu (Escape closes it), the theme switch (remembered, applied before the first paint), tabs
// (remembered across pages), copy buttons, and images and diagrams that open enlarged.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ensureSite, fixtureDir, launch, serve } from "./site.mjs";

const useCase = "/email-security/deployment/inline/setup/office-365-area1-mx/use-cases/use-case-2/";
const egress = "/email-security/deployment/inline/reference/egress-ips/";

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

async function open(path, width, extra = {}, site = server) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce", ...extra });
  const page = await context.newPage();
  await page.goto(site.url + path, { waitUntil: "load" });
  return { context, page };
}

/** What has focus, as a short description a failing test can print. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return "body";
    const visible = e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
    return `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className ? "." + String(e.className).split(" ")[0] : ""}` +
      `${e.getAttribute("href") ? "[" + e.getAttribute("href") + "]" : ""}${visible ? "" : " (invisible)"}`;
  });
}

async function tabs(page, n) {
  const seen = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focused(page));
  }
  return seen;
}

test("on a wide screen Tab goes skip link, title, search box, theme switch, then the sidebar; nothing invisible", async () => {
  const { context, page } = await open(useCase, 1280);
  const order = await tabs(page, 5);
  assert.equal(order[0], "a.skip-link[#content]");
  assert.equal(order[1], "a.site-title[/]");
  assert.equal(order[2], "input#search-input.search-input");
  assert.equal(order[3], "select#theme-select");
  assert.match(order[4], /^a\[\/email-security\/\]$/);
  for (const stop of await tabs(page, 25)) assert.ok(!stop.includes("invisible"), `Tab reached ${stop}`);
  await context.close();
});

test("the skip link moves focus to the main content", async () => {
  const { context, page } = await open(useCase, 1280);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.equal(await focused(page), "main#content");
  await page.keyboard.press("Tab");
  const next = await focused(page);
  assert.ok(await page.evaluate(() => document.querySelector("main").contains(document.activeElement)), `after the skip link Tab went to ${next}`);
  await context.close();
});

test("on a phone the menu opens from the keyboard and Escape closes it, focus back on its button", async () => {
  const { context, page } = await open(useCase, 375);
  const order = await tabs(page, 2);
  assert.equal(order[1], "input#menu-toggle.menu-toggle");
  assert.equal(await page.isVisible(".sidebar"), false);
  await page.keyboard.press("Space");
  assert.equal(await page.isVisible(".sidebar"), true);
  await page.keyboard.press("Tab");
  assert.match(await focused(page), /^(a\.site-title|select#theme-select)/);
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible(".sidebar"), false);
  assert.equal(await focused(page), "input#menu-toggle.menu-toggle");
  await context.close();
});

test("the theme switch is remembered and applied before the page is drawn", async () => {
  const { context, page } = await open(useCase, 1280, { colorScheme: "light" });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await background(), "rgb(255, 255, 255)");
  await page.selectOption("#theme-select", "dark");
  assert.equal(await background(), "rgb(18, 20, 23)");
  // The next page is dark from its first style calculation: the attribute is set by <head>.
  await page.route("**/js/quire.js", (route) => route.abort());
  await page.goto(server.url + egress, { waitUntil: "domcontentloaded" });
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-theme")), "dark");
  assert.equal(await background(), "rgb(18, 20, 23)");
  await page.unroute("**/js/quire.js");
  await page.goto(server.url + egress, { waitUntil: "load" });
  assert.equal(await page.inputValue("#theme-select"), "dark");
  await page.selectOption("#theme-select", "auto");
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-theme")), false);
  assert.equal(await background(), "rgb(255, 255, 255)");
  await context.close();
});

test("without JavaScript the page follows the system's dark scheme and hides the switch", async () => {
  const { context, page } = await open(useCase, 1280, { colorScheme: "dark", javaScriptEnabled: false });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(18, 20, 23)");
  assert.equal(await page.isVisible(".theme-switch"), false);
  await context.close();
});

test("tabs: arrow keys move, and the choice holds on the next visit", async () => {
  const { context, page } = await open(egress, 1280);
  const tab = (name) => page.locator("[role=tab]", { hasText: name });
  assert.equal(await tab("Europe").getAttribute("aria-selected"), "false");
  await tab("United States").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await tab("Europe").getAttribute("aria-selected"), "true");
  assert.equal(await page.isVisible("[role=tabpanel] >> text=35.157.195.63"), true);
  await page.reload({ waitUntil: "load" });
  assert.equal(await tab("Europe").getAttribute("aria-selected"), "true");
  await context.close();
});

test("a code block has a copy button that copies its text", async () => {
  const { context, page } = await open(egress, 1280, { permissions: ["clipboard-read", "clipboard-write"] });
  const block = page.locator(".code-block").first();
  await block.locator(".copy-button").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await block.locator("code").textContent().then((t) => t.replace(/\n$/, "")));
  assert.match(copied, /^52\.11\.209\.211\n/);
  await context.close();
});

test("an image opens enlarged and Escape closes it, focus back on the image link", async () => {
  const { context, page } = await open(useCase, 1280);
  const link = page.locator("a.zoom").first();
  const thumb = await link.locator("img").boundingBox();
  await link.click();
  const large = await page.locator("dialog.lightbox img").boundingBox();
  assert.ok(large.width > thumb.width * 1.3, `enlarged ${large.width} px from ${thumb.width} px`);
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible("dialog.lightbox"), false);
  assert.match(await focused(page), /^a\.zoom/);
  await context.close();
});

test("a diagram drawn smaller than its own size opens enlarged from its button; Escape puts it back", async () => {
  const { context, page } = await open(useCase, 1280);
  const diagram = page.locator(".content .diagram svg.mermaid");
  const inPage = await diagram.boundingBox();
  const own = Number(await diagram.getAttribute("width"));
  assert.ok(inPage.width < own - 1, `drawn ${inPage.width} px of its ${own} px`);
  await page.locator(".diagram-enlarge").click();
  const dialog = page.locator("dialog.lightbox");
  assert.equal(await dialog.isVisible(), true);
  assert.match(await dialog.getAttribute("aria-label"), /^Enlarged diagram: Deliver email/);
  // Moved, not copied: one SVG in the page, so its ids stay unique.
  assert.equal(await page.locator("svg.mermaid").count(), 1);
  const large = await dialog.locator("svg.mermaid").boundingBox();
  assert.ok(large.width > inPage.width * 1.2 && large.width <= own + 16 + 1, `enlarged to ${large.width} px from ${inPage.width} px`);
  assert.equal(await focused(page), "button");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector(".content .diagram svg.mermaid"));
  assert.equal(await dialog.isVisible(), false);
  assert.match(await focused(page), /^button\.diagram-enlarge/);
  assert.deepEqual(await diagram.boundingBox(), inPage);
  await context.close();
});

test("a diagram drawn at its own size has no enlarge button, one in a tab shown later neither", async () => {
  const { context, page } = await open("/reader/diagram/", 1280, {}, fixture);
  const boxes = page.locator(".content .diagram");
  assert.equal(await boxes.count(), 3);
  const small = boxes.nth(1).locator("svg.mermaid");
  assert.equal((await small.boundingBox()).width, Number(await small.getAttribute("width")));
  assert.equal(await page.locator(".diagram-enlarge").count(), 1, "only the wide diagram has a button");
  // One in a tab panel not shown at first is measured when its tab is chosen, not while hidden.
  await page.locator("[role=tab] >> text=Chart").click();
  const inTab = boxes.nth(2).locator("svg.mermaid");
  assert.equal((await inTab.boundingBox()).width, Number(await inTab.getAttribute("width")));
  assert.equal(await page.locator(".diagram-enlarge").count(), 1, "the diagram in the tab fits: no button");
  assert.equal(await page.locator(".diagram-tools + .diagram").first().evaluate((e) => e === document.querySelectorAll(".content .diagram")[0]), true);
  await context.close();
});
