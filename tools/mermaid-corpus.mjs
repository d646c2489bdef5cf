// Gathers mermaid's own flowchart examples into src/test/resources/mermaid/corpus/*.json, each
// with the graph mermaid's own parser reads from it (or the error it reports), so that
// MermaidCorpusTest can hold quire's SVG to mermaid's reading of the same text.
//
//   docs.json   every flowchart block of packages/mermaid/src/docs/syntax/flowchart.md
//   tests.json  every flowchart string literal of packages/mermaid/src/diagrams/flowchart/parser/*.spec.js
//   e2e.json    every flowchart string literal of mermaid's browser tests,
//               cypress/integration/**/*.spec.{js,ts}
//   specs.json  every flowchart string literal of its other unit tests,
//               packages/mermaid/src/**/*.spec.{js,ts} but the parser's
//   pages.json  every flowchart of the pages mermaid's browser tests and demos open
//               (cypress/platform/*.html, demos/*.html: elements of class "mermaid", read as
//               mermaid.run reads them) and of the rest of its documentation (docs/**/*.md)
//
// Usage (mermaid 11 and jsdom installed outside the repository; MERMAID_SRC a checkout of
// github.com/mermaid-js/mermaid at COMMIT):
//
//   npm install --prefix MODULES mermaid@11 jsdom@24
//   node tools/mermaid-corpus.mjs MODULES MERMAID_SRC COMMIT
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath, pathToFileURL } from 'url';

const [modules, source, commit] = process.argv.slice(2);
if (!modules || !source || !commit) {
  console.error('usage: node tools/mermaid-corpus.mjs MODULES MERMAID_SRC COMMIT');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src/test/resources/mermaid/corpus');
const require = createRequire(path.resolve(modules, 'node_modules') + path.sep);
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const mermaidDir = path.dirname(require.resolve('mermaid/package.json'));
const version = JSON.parse(fs.readFileSync(path.join(mermaidDir, 'package.json'))).version;
const { default: mermaid } = await import(pathToFileURL(path.join(mermaidDir, 'dist', 'mermaid.core.mjs')));
mermaid.initialize({ startOnLoad: false });

const { dedent } = require('ts-dedent');

const FLOWCHART = /^\s*(?:---[\s\S]*?---\s*)?(?:%%.*\n\s*)*(graph|flowchart)\b/;

/** Blocks of a Markdown file: ```mermaid and ```mermaid-example fences. */
function docBlocks(file) {
  const text = fs.readFileSync(path.join(source, file), 'utf8');
  const out = [];
  for (const m of text.matchAll(/^```(mermaid(?:-example)?)\n([\s\S]*?)^```/gm)) {
    out.push({ line: text.slice(0, m.index).split('\n').length + 1, text: m[2] });
  }
  return out;
}

/** Text of mermaid's own utils.entityDecode: entities decoded, tags kept as text. */
function entityDecode(html) {
  const decoder = document.createElement('div');
  decoder.innerHTML = escape(html).replace(/%26/g, '&').replace(/%23/g, '#').replace(/%3B/g, ';');
  return unescape(decoder.textContent);
}

/** Diagrams of an HTML page: each element of class "mermaid", as mermaid.run reads it. */
function htmlBlocks(file) {
  const text = fs.readFileSync(path.join(source, file), 'utf8');
  const page = new JSDOM(text);
  const out = [];
  for (const element of page.window.document.querySelectorAll('.mermaid')) {
    const at = text.indexOf(element.innerHTML.slice(0, 40));
    const code = dedent(entityDecode(element.innerHTML)).trim().replace(/<br\s*\/?>/gi, '<br/>');
    out.push({ line: at < 0 ? 0 : text.slice(0, at).split('\n').length, text: code });
  }
  return out;
}

/** Flowchart string literals of a JavaScript test file, without interpolation. */
function testLiterals(file) {
  const text = fs.readFileSync(path.join(source, file), 'utf8');
  const out = [];
  const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  for (const m of text.matchAll(literal)) {
    if (m[0].startsWith('`') && m[0].includes('${')) continue;
    let value;
    try {
      value = new Function('return ' + m[0])();
    } catch {
      continue;
    }
    if (!/^\s*(graph|flowchart)\b/.test(value) || !/[\n;]/.test(value)) continue;
    out.push({ line: text.slice(0, m.index).split('\n').length, text: value });
  }
  return out;
}

async function read(text) {
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const vertices = [...db.getVertices().values()].map((v) => ({
      id: v.id, text: v.text ?? v.id, labelType: v.labelType ?? 'text', icon: v.icon ?? null,
    }));
    const edges = db.getEdges().map((e) => ({
      id: e.id ?? null, start: e.start, end: e.end, text: e.text ?? '', labelType: e.labelType ?? 'text',
      stroke: e.stroke, type: e.type, length: e.length, animate: e.animate ?? false, animation: e.animation ?? null,
    }));
    const subgraphs = db.getSubGraphs().map((s) => ({
      id: s.id, title: s.title, labelType: s.labelType ?? 'text', nodes: [...s.nodes],
    }));
    return { direction: db.getDirection?.() ?? null, vertices, edges, subgraphs };
  } catch (e) {
    return { error: String(e.message || e).split('\n')[0] };
  }
}

async function corpus(name, files, extract) {
  const examples = [];
  for (const file of files) {
    for (const b of extract(file)) {
      if (!FLOWCHART.test(b.text)) continue;
      examples.push({ path: file, line: b.line, text: b.text, mermaid: await read(b.text) });
    }
  }
  const manifest = {
    about: 'Flowchart examples from mermaid\'s own repository, as its parser reads them; test corpus only.',
    repository: 'https://github.com/mermaid-js/mermaid', commit, license: 'MIT', parser: 'mermaid ' + version,
    examples,
  };
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, name + '.json'), JSON.stringify(manifest, null, 1) + '\n');
  const failed = examples.filter((e) => e.mermaid.error).length;
  console.log(`${name}.json: ${examples.length} flowcharts, ${failed} rejected by mermaid ${version}`);
}

await corpus('docs', ['packages/mermaid/src/docs/syntax/flowchart.md'], docBlocks);
const specs = fs.readdirSync(path.join(source, 'packages/mermaid/src/diagrams/flowchart/parser'))
  .filter((f) => f.endsWith('.spec.js')).sort()
  .map((f) => 'packages/mermaid/src/diagrams/flowchart/parser/' + f);
await corpus('tests', specs, testLiterals);
const listed = (dir, pattern) => fs.readdirSync(path.join(source, dir), { recursive: true })
  .filter((f) => pattern.test(f)).sort().map((f) => dir + '/' + f);
await corpus('e2e', listed('cypress/integration', /\.spec\.[jt]s$/), testLiterals);
const units = listed('packages/mermaid/src', /\.spec\.[jt]s$/).filter((f) => !specs.includes(f));
await corpus('specs', units, testLiterals);
const pages = listed('cypress/platform', /\.html$/).concat(listed('demos', /\.html$/));
const docs = listed('packages/mermaid/src/docs', /\.md$/)
  .filter((f) => f !== 'packages/mermaid/src/docs/syntax/flowchart.md');
await corpus('pages', [...pages, ...docs], (file) => (file.endsWith('.html') ? htmlBlocks(file) : docBlocks(file)));
