// Redraws docs/screenshots/ from the built site with Debian's Chromium (playwright-core).
// Run through tools/screenshots.sh, which builds the site first.
import { mkdirSync } from "node:fs";
import { launch, serve } from "../test/browser/site.mjs";

const uc = "/email-security/deployment/inline/setup/office-365-area1-mx/use-cases";
const shots = [
  // [file, path, width, height, scheme, what to do first]
  ["home.png", "/", 1280, 900, "light"],
  ["use-cases-index.png", uc + "/", 1280, 1000, "light"],
  ["use-case-2-light.png", uc + "/use-case-2/", 1280, 1400, "light"],
  ["use-case-2-dark.png", uc + "/use-case-2/", 1280, 1400, "dark"],
  ["use-case-4-360px.png", uc + "/use-case-4/", 360, 1400, "light"],
  ["phone-menu.png", uc + "/use-case-4/", 375, 800, "dark", async (page) => { await page.click("label.menu-button"); }],
  ["table-375px.png", uc + "/", 375, 900, "light", async (page) => { await page.locator(".table-scroll").first().scrollIntoViewIfNeeded(); }],
  ["tabs-code-callout.png", "/email-security/deployment/inline/reference/egress-ips/", 1280, 900, "light",
    async (page) => { await page.evaluate(() => { document.getElementById("ranges-for-office-365").scrollIntoView(); window.scrollBy(0, -70); }); }],
  ["tabs-code-callout-dark.png", "/email-security/deployment/inline/reference/egress-ips/", 1280, 900, "dark",
    async (page) => { await page.click("[role=tab] >> text=Europe"); await page.evaluate(() => { document.getElementById("ranges-for-office-365").scrollIntoView(); window.scrollBy(0, -70); }); }],
  ["image-enlarged.png", uc + "/use-case-2/", 1280, 800, "light", async (page) => { await page.locator("a.zoom").first().click(); await page.waitForTimeout(300); }],
  ["diagram-enlarged.png", uc + "/use-case-2/", 1280, 800, "light", async (page) => { await page.locator(".diagram-enlarge").first().click(); await page.waitForTimeout(300); }],
  ["print-dark-system.png", uc + "/use-case-2/", 900, 1200, "dark", async (page) => { await page.emulateMedia({ media: "print", colorScheme: "dark" }); }],
];

const server = await serve();
const browser = await launch();
mkdirSync("docs/screenshots", { recursive: true });
try {
  for (const [file, path, width, height, scheme, before] of shots) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(server.url + path, { waitUntil: "load" });
    if (before) await before(page);
    await page.screenshot({ path: "docs/screenshots/" + file });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log("screenshots in docs/screenshots/");
