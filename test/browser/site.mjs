// Shared by the browser tests: the built site (built first if missing), served over HTTP on a
// free port, and Debian's Chromium driven by playwright-core.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const siteDir = resolve(repo, process.env.QUIRE_SITE || "target/site");
/** A small site with every reader feature (all languages, callouts, tabs), built by the tests. */
export const fixtureDir = resolve(repo, "target/browser-fixture");

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".png": "image/png",
  ".svg": "image/svg+xml", ".ttf": "font/ttf", ".xml": "application/xml", ".jpg": "image/jpeg", ".gif": "image/gif",
  ".webp": "image/webp",
};

/** Builds the repository's site with ./quire unless it is there already, and the fixture site. */
export function ensureSite() {
  if (!existsSync(join(siteDir, "index.html"))) {
    execFileSync(join(repo, "quire"), ["build"], { cwd: repo, stdio: "inherit" });
  }
  execFileSync(join(repo, "quire"), ["build", "--source", "test/browser/fixture", "--out", fixtureDir],
    { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
}

/** Every page of a built site, as URL paths ("/", "/a/b/", "/404.html"). */
export function pages(dir = siteDir) {
  const out = [];
  (function walk(dir, url) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, url + name + "/");
      else if (name === "index.html") out.push(url);
      else if (name === "404.html" && url === "/") out.push("/404.html");
    }
  })(dir, "/");
  return out;
}

/** Serves a site folder; resolves to { url, close }. */
export function serve(dir = siteDir) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": types[".html"] });
      createReadStream(join(dir, "404.html")).pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((c) => server.close(c)) });
  }));
}

/** Debian's Chromium (apt-get install chromium); QUIRE_CHROMIUM names another. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.QUIRE_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}
