// Measures every diagram of the page in the browser, quire's SVG or mermaid.js's alike, for
// LayoutComparison: each node's outline and label box, each cluster's box and title box, each
// edge's route (sampled every 4 px) and label box, in page px, and the lines of text each label
// draws as written (quire: a <tspan> per line, those it wrapped joined; mermaid.js: the label's
// rendered text). Writes JSON into
// <script id="geometry" type="application/json"> for a headless browser's --dump-dom.
(function () {
  function box(r) { return [r.left + scrollX, r.top + scrollY, r.width, r.height]; }
  function union(els) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      x0 = Math.min(x0, r.left); y0 = Math.min(y0, r.top); x1 = Math.max(x1, r.right); y1 = Math.max(y1, r.bottom);
    }
    return x0 === Infinity ? null : [x0 + scrollX, y0 + scrollY, x1 - x0, y1 - y0];
  }
  function textBox(el) {
    if (!el) return null;
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return r.width && r.height && el.textContent.trim() ? box(r) : null;
  }
  function lines(el, quire) {
    if (!el) return null;
    if (quire) {
      // A line quire broke to fit (class "wrap") goes on with the one before: mermaid.js's break
      // of the same label is soft, in its HTML box, and does not show in the text.
      const lines = [];
      for (const t of el.querySelectorAll(':scope > tspan')) {
        if (t.classList.contains('wrap') && lines.length) {
          lines[lines.length - 1] += (t.classList.contains('joined') ? '' : ' ') + t.textContent;
        }
        else lines.push(t.textContent);
      }
      return lines;
    }
    if (el.tagName.toLowerCase() === 'text') {
      const rows = [...el.querySelectorAll('tspan.text-outer-tspan')];
      return rows.length ? rows.map((t) => t.textContent) : [el.textContent];
    }
    return el.innerText.split('\n');
  }
  // How many lines a label takes on screen: quire's lines are its tspans; mermaid.js's HTML label
  // lines are the line boxes the browser laid its text out in (a wrapped line counts).
  function rows(el, quire) {
    if (!el) return null;
    if (quire || el.tagName.toLowerCase() === 'text') return Math.max(1, el.querySelectorAll(':scope > tspan').length);
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => r.top).sort((a, b) => a - b);
    let n = 0;
    let last = -Infinity;
    for (const t of tops) {
      if (t - last > 6) n++;
      last = t;
    }
    return n;
  }
  const SHAPES = ['rect', 'polygon', 'circle', 'ellipse', 'path'];
  const diagrams = [];
  for (const div of document.querySelectorAll('div.case')) {
    const svg = div.querySelector('svg');
    if (!svg) continue;
    const quire = svg.classList.contains('mermaid');
    const nodes = [...svg.querySelectorAll('g.node')].map((g) => {
      const id = g.dataset.id || ((g.id.match(/flowchart-(.+)-\d+$/) || [])[1]) || g.id;
      // A node that links (click) has its shape inside the <a>.
      const kids = [...g.children].flatMap((c) => (c.tagName === 'a' ? [...c.children] : [c]));
      const shapes = kids.filter((c) => SHAPES.includes(c.tagName) || (!quire && c.tagName === 'g' && !c.classList.contains('label')));
      const label = quire ? g.querySelector('text') : (g.querySelector('.nodeLabel') || g.querySelector('text'));
      return { id, box: union(shapes.length ? shapes : [g]), label: textBox(label), text: lines(label, quire), rows: rows(label, quire) };
    });
    const clusters = [...svg.querySelectorAll('g.cluster')].map((g) => {
      const rect = g.querySelector(':scope > rect');
      const label = quire ? g.querySelector('text') : (g.querySelector('.cluster-label .nodeLabel') || g.querySelector('.cluster-label text'));
      return { id: g.dataset.id || g.id, box: union([rect || g]), label: textBox(label), text: lines(label, quire) };
    });
    const edges = [...svg.querySelectorAll('path.flowchart-link')].map((p) => {
      const id = p.dataset.id || (p.closest('g.edge') && p.closest('g.edge').dataset.id) || p.id;
      const points = [];
      const ctm = p.getScreenCTM();
      const pt = svg.createSVGPoint();
      const length = p.getTotalLength();
      for (let s = 0; s <= length + 0.01; s += Math.max(1, Math.min(4, length / 2))) {
        const q = p.getPointAtLength(Math.min(s, length));
        pt.x = q.x; pt.y = q.y;
        const t = pt.matrixTransform(ctm);
        points.push([t.x + scrollX, t.y + scrollY]);
      }
      let el = null;
      if (quire) {
        el = p.closest('g.edge').querySelector('g.edgeLabel text');
      } else {
        const g = svg.querySelector('g.edgeLabel g.label[data-id="' + CSS.escape(id) + '"]');
        el = g ? g.querySelector('.edgeLabel') || g.querySelector('text') : null;
      }
      return { id, points, label: textBox(el), text: textBox(el) ? lines(el, quire) : null, rows: textBox(el) ? rows(el, quire) : null };
    });
    diagrams.push({ name: div.dataset.name, nodes: nodes.filter((n) => n.box), clusters: clusters.filter((c) => c.box), edges });
  }
  const out = document.createElement('script');
  out.type = 'application/json';
  out.id = 'geometry';
  out.textContent = JSON.stringify({ diagrams });
  document.body.appendChild(out);
})();
