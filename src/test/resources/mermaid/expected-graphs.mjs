// Writes NAME.mermaid.json beside every NAME.mmd in this folder: the graph that mermaid's own
// parser reads from the diagram (vertices, edges, subgraphs). FlowchartReadBackTest compares
// quire's SVG against these files. To rerun (mermaid 11 and jsdom, installed outside the repo):
//
//   npm install --prefix /tmp/mmd mermaid@11 jsdom
//   node src/test/resources/mermaid/expected-graphs.mjs /tmp/mmd
//
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath, pathToFileURL } from 'url';

const [modules] = process.argv.slice(2);
if (!modules) {
  console.error('usage: node expected-graphs.mjs MODULES');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(modules, 'node_modules') + path.sep);
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const mermaidDir = path.dirname(require.resolve('mermaid/package.json'));
const version = JSON.parse(fs.readFileSync(path.join(mermaidDir, 'package.json'))).version;
const { default: mermaid } = await import(pathToFileURL(path.join(mermaidDir, 'dist', 'mermaid.core.mjs')));
mermaid.initialize({ startOnLoad: false });

for (const name of fs.readdirSync(here).filter((f) => f.endsWith('.mmd')).sort()) {
  const text = fs.readFileSync(path.join(here, name), 'utf8');
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db;
  const vertices = [...db.getVertices().values()].map((v) => ({ id: v.id, text: v.text ?? v.id, labelType: v.labelType ?? 'text' }));
  const edges = db.getEdges().map((e) => ({
    id: e.id, start: e.start, end: e.end, text: e.text ?? '', labelType: e.labelType ?? 'text', stroke: e.stroke, type: e.type,
    length: e.length, animate: e.animate ?? false,
  }));
  const subgraphs = db.getSubGraphs().map((s) => ({ id: s.id, title: s.title, labelType: s.labelType ?? 'text', nodes: [...s.nodes] }));
  const out = {
    mermaid: version, direction: db.getDirection(), vertices, edges, subgraphs, accTitle: db.getAccTitle(), accDescr: db.getAccDescription(),
  };
  fs.writeFileSync(path.join(here, name.replace(/\.mmd$/, '.mermaid.json')), JSON.stringify(out, null, 1) + '\n');
  console.log(name, vertices.length, 'vertices', edges.length, 'edges', subgraphs.length, 'subgraphs');
}
