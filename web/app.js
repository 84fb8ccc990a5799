// hearsay's web page: plain JavaScript, no build step, no outside requests.
//
// Views (by the URL's hash):
//   #/ and #/search?q=&source=&since=&until=   stored articles, full-text search
//   #/doc/ROW[/s/N]                              an article with its attributions and figures
//   #/claims?about=&where=&source=&since=&until= every figure's claims, charted over time
//   #/sources                                    who is quoted how often
//   #/paste                                      paste an article, read it, store it
//
// Every piece of text that comes from an article or the ledger goes into the
// page through textContent or createTextNode, never as markup: an article
// holding <script> shows it as text. Links to article URLs are made only for
// http(s) addresses.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PALETTE = ['#2f6fdf', '#d9480f', '#2b8a3e', '#ae3ec9', '#c2255c', '#0b7285', '#e67700', '#5f3dc4',
                 '#5c940d', '#1864ab', '#a61e4d', '#087f5b'];
const QUALIFIER_WORDS = {
  exact: 'exactly', approx: 'about', over: 'more than', at_least: 'at least', under: 'fewer than',
  at_most: 'as many as', range: 'between',
};

// ---- small helpers ----------------------------------------------------------

// Makes an element: el('a', {href: '#/', class: 'x'}, 'text', child ...). Strings become text nodes.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    // Through the CSSOM: the Content Security Policy refuses style attributes.
    else if (k === 'style') node.style.cssText = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
}

function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

function fmt(v) {
  if (v === null || v === undefined) return '…';
  if (!isFinite(v)) return '∞';
  return Number(v).toLocaleString('en-US', {maximumFractionDigits: 2});
}

function truncate(s, n) {
  s = String(s || '');
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error(`${res.status} ${res.statusText}`);
  }
  if (!res.ok) throw new Error(body && body.error ? body.error : `${res.status} ${res.statusText}`);
  return body;
}

function errorBox(err) {
  return el('p', {class: 'error'}, 'Something went wrong: ', err.message || String(err));
}

// One colour per source name, the same on every view of the session.
const sourceColors = new Map();
function colorOf(name) {
  if (!name) return '#868e96';
  if (!sourceColors.has(name)) sourceColors.set(name, PALETTE[sourceColors.size % PALETTE.length]);
  return sourceColors.get(name);
}

function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  return {parts: path.split('/').filter(Boolean), params};
}

function query(params, names) {
  const out = new URLSearchParams();
  for (const n of names) if (params.get(n)) out.set(n, params.get(n));
  const s = out.toString();
  return s ? '?' + s : '';
}

// ---- tooltip ----------------------------------------------------------------

const tip = () => document.getElementById('tip');

function showTip(target, rows) {
  const box = tip();
  box.replaceChildren(...rows.filter(Boolean).map(([k, v]) =>
    el('div', {class: 'tip-row'}, el('span', {class: 'tip-key'}, k), el('span', {class: 'tip-val'}, v))));
  box.hidden = false;
  const r = target.getBoundingClientRect();
  const left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth -
                                    box.offsetWidth - 8));
  box.style.left = left + 'px';
  box.style.top = (window.scrollY + r.bottom + 6) + 'px';
}

function hideTip() { tip().hidden = true; }

// ---- the world map ------------------------------------------------------------

let worldPromise = null;
function world() {
  if (!worldPromise) worldPromise = fetch('/world.json').then((r) => r.json());
  return worldPromise;
}

// An SVG map of `places` ([{name, lat, lon, label?, href?}]), zoomed to them.
function mapView(places) {
  const box = el('div', {class: 'map'});
  const unique = [];
  const seen = new Set();
  for (const p of places) {
    if (typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
    const key = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  if (!unique.length) {
    box.append(el('p', {class: 'muted'}, 'No places linked to the gazetteer.'));
    return box;
  }
  world().then((w) => {
    const xs = unique.map((p) => (p.lon + 180) * 10);
    const ys = unique.map((p) => (90 - p.lat) * 10);
    let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    // At least 40 by 25 degrees around the places, and the 2:1 shape of the frame.
    let w0 = Math.max(x1 - x0 + 120, 400), h0 = Math.max(y1 - y0 + 120, 250);
    if (w0 < h0 * 1.6) w0 = h0 * 1.6; else h0 = w0 / 1.6;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const vb = [cx - w0 / 2, cy - h0 / 2, w0, h0];
    const scale = w0 / 600;
    const root = svg('svg', {class: 'map-svg', viewBox: vb.map((v) => v.toFixed(1)).join(' '),
                             role: 'img', 'aria-label': 'Map of ' + unique.map((p) => p.name).join(', ')});
    root.append(svg('rect', {x: -200, y: -200, width: 4000, height: 2200, class: 'sea'}));
    const land = svg('g', {class: 'land', 'stroke-width': (0.8 * scale).toFixed(2)});
    for (const c of w.countries) land.append(svg('path', {d: c.d}, svg('title', {}, c.name)));
    root.append(land);
    unique.forEach((p, i) => {
      const g = svg('g', {class: 'place'});
      const x = xs[i], y = ys[i];
      g.append(svg('circle', {cx: x, cy: y, r: (5 * scale).toFixed(2)}));
      g.append(svg('text', {x: x + 8 * scale, y: y + 4 * scale, 'font-size': (13 * scale).toFixed(2)},
                   p.label || p.name));
      g.append(svg('title', {}, p.name + (p.country ? ` (${p.country})` : '')));
      if (p.href) {
        const a = svg('a', {href: p.href});
        a.append(g);
        root.append(a);
      } else {
        root.append(g);
      }
    });
    box.append(root);
  }).catch((err) => box.append(errorBox(err)));
  return box;
}

function placesOf(doc) {
  return (doc.entities || []).filter((e) => e.place).map((e) => ({
    name: e.place.name || e.text, lat: e.place.lat, lon: e.place.lon, country: e.place.country,
  }));
}

// ---- the article view -----------------------------------------------------------

// The text of `doc` as spans: attribution content tinted by source, cues
// underlined, source mentions bold, figures boxed and labelled. Offsets are
// code points, as in the JSON.
function articleText(doc) {
  const cps = Array.from(doc.text || '');
  const n = cps.length;
  const marks = [];
  (doc.attributions || []).forEach((a, i) => {
    marks.push({start: a.content.start, end: a.content.end, type: 'attr', i});
    if (a.cue) marks.push({start: a.cue.start, end: a.cue.end, type: 'cue', i});
    if (a.source && a.source.mention) {
      marks.push({start: a.source.mention.start, end: a.source.mention.end, type: 'mention', i});
    }
  });
  (doc.quantities || []).forEach((q, i) => marks.push({start: q.start, end: q.end, type: 'qty', i}));
  (doc.sentences || []).forEach((s, i) => marks.push({start: s.start, end: s.end, type: 'sent', i}));
  const cuts = new Set([0, n]);
  for (const m of marks) {
    m.start = Math.max(0, Math.min(n, m.start));
    m.end = Math.max(m.start, Math.min(n, m.end));
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const body = el('div', {class: 'article-text'});
  const sentenceStarts = new Map((doc.sentences || []).map((s, i) => [s.start, i]));
  const qtyEnds = new Map();
  (doc.quantities || []).forEach((q, i) => qtyEnds.set(q.end, (qtyEnds.get(q.end) || []).concat([i])));
  for (let k = 0; k + 1 < points.length; ++k) {
    const a = points[k], b = points[k + 1];
    if (sentenceStarts.has(a)) body.append(el('span', {class: 'anchor', id: 's-' + sentenceStarts.get(a)}));
    const active = marks.filter((m) => m.start <= a && m.end >= b && m.start < m.end);
    const text = cps.slice(a, b).join('');
    const span = el('span', {}, text);
    const classes = [];
    for (const m of active) {
      if (m.type === 'sent') {
        span.dataset.s = m.i;
      } else if (m.type === 'qty') {
        classes.push('qty');
        span.dataset.q = m.i;
      } else {
        const attr = doc.attributions[m.i];
        classes.push(m.type);
        span.dataset.a = m.i;
        span.style.setProperty('--c', colorOf(attr.source && attr.source.name));
      }
    }
    if (classes.length) span.className = classes.join(' ');
    body.append(span);
    for (const qi of qtyEnds.get(b) || []) {
      const q = doc.quantities[qi];
      const what = [QUALIFIER_WORDS[q.qualifier] || q.qualifier, q.counts].filter(Boolean).join(' · ');
      body.append(el('span', {class: 'qty-tag', 'data-q': qi}, what));
    }
  }
  body.addEventListener('mouseover', (ev) => describe(doc, ev.target));
  body.addEventListener('click', (ev) => describe(doc, ev.target));
  body.addEventListener('mouseleave', hideTip);
  return body;
}

function describe(doc, target) {
  const node = target.closest('[data-a],[data-q]');
  if (!node) return hideTip();
  if (node.dataset.q !== undefined) {
    const q = doc.quantities[Number(node.dataset.q)];
    const interval = q.low !== null || q.high !== null ? `[${fmt(q.low)}, ${fmt(q.high)}]` : fmt(q.value);
    return showTip(node, [
      ['figure', q.text], ['value', fmt(q.value)], ['qualifier', QUALIFIER_WORDS[q.qualifier] || q.qualifier],
      ['interval', interval], q.counts && ['counts', q.counts], q.unit && ['unit', q.unit],
      q.event && ['event', q.event], q.where && ['where', q.where], q.date && ['date', q.date],
      ['source', q.source || '(the publisher)'],
    ]);
  }
  const a = doc.attributions[Number(node.dataset.a)];
  const s = a.source || {};
  showTip(node, [
    ['source', s.name || '(unknown)'], s.role && ['role', s.role], s.affiliation && ['affiliation', s.affiliation],
    ['kind', a.kind + (s.anonymous ? ', anonymous source' : '')], a.cue && ['cue', a.cue.text],
    s.entity && s.entity !== s.name && ['entity', s.entity],
  ]);
}

function sourceList(doc, body) {
  const counts = new Map();
  for (const a of doc.attributions || []) {
    const s = a.source || {};
    const entry = counts.get(s.name) || {name: s.name, role: s.role, affiliation: s.affiliation, n: 0};
    entry.n += 1;
    counts.set(s.name, entry);
  }
  if (!counts.size) return el('p', {class: 'muted'}, 'No attributions found.');
  const list = el('ul', {class: 'source-list'});
  for (const s of [...counts.values()].sort((x, y) => y.n - x.n)) {
    const item = el('li', {class: 'source-item', tabindex: 0, title: 'Show only this source'},
      el('span', {class: 'swatch', style: `background:${colorOf(s.name)}`}),
      el('span', {class: 'source-name'}, s.name || '(unknown)'),
      el('span', {class: 'count'}, String(s.n)),
      (s.role || s.affiliation) ? el('div', {class: 'source-meta'}, [s.role, s.affiliation].filter(Boolean).join(', ')) : null);
    const toggle = () => {
      const on = !item.classList.contains('selected');
      list.querySelectorAll('.selected').forEach((x) => x.classList.remove('selected'));
      body.querySelectorAll('.dim').forEach((x) => x.classList.remove('dim'));
      if (!on) return;
      item.classList.add('selected');
      body.querySelectorAll('[data-a]').forEach((span) => {
        const a = doc.attributions[Number(span.dataset.a)];
        if ((a.source && a.source.name) !== s.name) span.classList.add('dim');
      });
    };
    item.addEventListener('click', toggle);
    item.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); toggle(); } });
    list.append(item);
  }
  return list;
}

function figureList(doc, body) {
  if (!(doc.quantities || []).length) return el('p', {class: 'muted'}, 'No figures found.');
  return el('ul', {class: 'figure-list'}, doc.quantities.map((q, i) => el('li', {},
    el('a', {href: '#', onclick: (ev) => {
      ev.preventDefault();
      const span = body.querySelector(`.qty[data-q="${i}"]`);
      if (span) { span.scrollIntoView({block: 'center'}); flash(span); }
    }}, q.text),
    ' ', el('span', {class: 'muted'}, [QUALIFIER_WORDS[q.qualifier] || q.qualifier, q.counts, q.where]
      .filter(Boolean).join(' · ')))));
}

function flash(node) {
  node.classList.add('flash');
  setTimeout(() => node.classList.remove('flash'), 1600);
}

// The article view for a document object (from the ledger or from /api/extract).
function articleView(doc, options = {}) {
  const body = articleText(doc);
  const meta = [doc.publisher, doc.published, (doc.authors || []).join(', ')].filter(Boolean).join(' · ');
  const url = safeUrl(doc.url);
  const head = el('div', {class: 'article-head'},
    el('h1', {}, doc.title || doc.id || 'Untitled'),
    meta ? el('p', {class: 'muted'}, meta) : null,
    url ? el('p', {}, el('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, url)) : null,
    el('p', {class: 'legend'},
      el('span', {class: 'attr', style: '--c:#2f6fdf'}, 'what was said'), ' ',
      el('span', {class: 'cue', style: '--c:#2f6fdf'}, 'cue'), ' ',
      el('span', {class: 'mention'}, 'source'), ' ',
      el('span', {class: 'qty'}, 'figure'), ' — hover or tap for details'),
    options.actions || null);
  const side = el('aside', {class: 'side'},
    el('h2', {}, 'Sources'), sourceList(doc, body),
    el('h2', {}, 'Figures'), figureList(doc, body),
    el('h2', {}, 'Places'), mapView(placesOf(doc)));
  const view = el('div', {class: 'article'}, el('article', {class: 'main-col'}, head, body), side);
  if (options.sentence !== undefined) {
    requestAnimationFrame(() => {
      const spans = body.querySelectorAll(`[data-s="${options.sentence}"]`);
      spans.forEach((s) => s.classList.add('target'));
      if (spans.length) spans[0].scrollIntoView({block: 'center'});
    });
  }
  return view;
}

async function showDocument(view, row, sentence) {
  view.replaceChildren(el('p', {class: 'muted'}, 'Loading…'));
  try {
    const doc = await api('/api/documents/' + encodeURIComponent(row));
    document.title = (doc.title || doc.id) + ' — hearsay';
    view.replaceChildren(articleView(doc, {sentence}));
  } catch (err) {
    view.replaceChildren(errorBox(err));
  }
}

// ---- search ---------------------------------------------------------------------

function snippet(text) {
  // The ledger marks matches with U+0002 ... U+0003.
  const out = el('p', {class: 'snippet'});
  const parts = String(text || '').split(/([\u0002\u0003])/);
  let inMark = false;
  for (const p of parts) {
    if (p === '\u0002') inMark = true;
    else if (p === '\u0003') inMark = false;
    else if (p) out.append(inMark ? el('mark', {}, p) : document.createTextNode(p));
  }
  return out;
}

async function showSearch(view, params) {
  const q = params.get('q') || '';
  document.getElementById('search-input').value = q;
  const filters = el('form', {class: 'filters'},
    el('label', {}, 'Words ', el('input', {name: 'q', value: q, type: 'search'})),
    el('label', {}, 'Source ', el('input', {name: 'source', value: params.get('source') || ''})),
    el('label', {}, 'Since ', el('input', {name: 'since', type: 'date', value: params.get('since') || ''})),
    el('label', {}, 'Until ', el('input', {name: 'until', type: 'date', value: params.get('until') || ''})),
    el('button', {type: 'submit'}, 'Search'));
  filters.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = '#/search' + query(new URLSearchParams(new FormData(filters)), ['q', 'source', 'since', 'until']);
  });
  const results = el('div', {class: 'results'}, el('p', {class: 'muted'}, 'Loading…'));
  view.replaceChildren(el('h1', {}, q ? 'Articles matching “' + q + '”' : 'Articles'), filters, results);
  try {
    const hits = await api('/api/documents' + query(params, ['q', 'source', 'since', 'until']));
    if (!hits.length) {
      results.replaceChildren(el('p', {class: 'muted'}, q ? 'No article matches.' :
        'The ledger is empty: paste an article, or run hearsay ingest.'));
      return;
    }
    results.replaceChildren(el('ul', {class: 'hits'}, hits.map((h) => el('li', {class: 'hit'},
      el('a', {class: 'hit-title', href: '#/doc/' + h.row}, h.title || h.id),
      el('div', {class: 'muted'}, [h.publisher, h.published, `${h.attributions} attributions`,
                                   `${h.quantities} figures`].filter(Boolean).join(' · ')),
      snippet(h.snippet)))));
  } catch (err) {
    results.replaceChildren(errorBox(err));
  }
}

// ---- claims -----------------------------------------------------------------------

// The interval a statement asserts, as claims.cc reads it.
function intervalOf(s) {
  const v = s.value;
  switch (s.qualifier) {
    case 'approx': return {lo: v * 0.9, hi: v * 1.1};
    case 'over': return {lo: s.low ?? v, hi: Infinity, loOpen: true};
    case 'at_least': return {lo: s.low ?? v, hi: Infinity};
    case 'under': return {lo: 0, hi: s.high ?? v, hiOpen: true};
    case 'at_most': return {lo: 0, hi: s.high ?? v};
    case 'range': return {lo: s.low ?? v, hi: s.high ?? v};
    default: return {lo: v, hi: v};
  }
}

function niceTicks(max) {
  const raw = max / 4;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) || raw;
  const ticks = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(t);
  return ticks;
}

// A timeline of every statement of `claim`: one row per statement, oldest at
// the top; a dot for an exact figure, a bar for a range, an arrow for "more
// than" (right) or "as many as" (left). Conflicting statements are red.
let arrowIds = 0;
function claimChart(claim) {
  const statements = claim.statements;
  const W = 720, L = 200, R = 40, top = 30, rowH = 28;
  const H = top + statements.length * rowH + 10;
  const intervals = statements.map(intervalOf);
  let max = 0;
  for (const iv of intervals) for (const v of [iv.lo, iv.hi]) if (isFinite(v)) max = Math.max(max, v);
  if (claim.high !== null && isFinite(claim.high)) max = Math.max(max, claim.high);
  max = max > 0 ? max * 1.15 : 1;
  const x = (v) => L + (Math.min(v, max) / max) * (W - L - R);
  const conflicting = new Set(claim.conflicts.flat());
  const root = svg('svg', {class: 'claim-chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
                           'aria-label': `Claims about ${claim.counts}`});
  const defs = svg('defs', {});
  // One arrowhead per row, in the row's colour (ids unique across charts).
  const arrow = (color) => {
    const id = 'arrow-' + (++arrowIds);
    defs.append(svg('marker', {id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
                               orient: 'auto-start-reverse'},
                    svg('path', {d: 'M0 0L10 5L0 10z', fill: color})));
    return `url(#${id})`;
  };
  root.append(defs);
  // The interval every statement shares, when they agree.
  if (!claim.conflict && (claim.low !== null || claim.high !== null)) {
    const lo = claim.low ?? 0, hi = claim.high ?? max;
    root.append(svg('rect', {class: 'agreed', x: x(lo), y: top - 6, width: Math.max(2, x(hi) - x(lo)),
                             height: statements.length * rowH + 6},
                    svg('title', {}, `agreed: [${fmt(claim.low)}, ${fmt(claim.high)}]`)));
  }
  const axis = svg('g', {class: 'axis'});
  for (const t of niceTicks(max / 1.15)) {
    axis.append(svg('line', {x1: x(t), x2: x(t), y1: top - 8, y2: H - 6}));
    axis.append(svg('text', {x: x(t), y: top - 12, 'text-anchor': 'middle'}, fmt(t)));
  }
  root.append(axis);
  statements.forEach((s, i) => {
    const iv = intervals[i];
    const y = top + i * rowH + rowH / 2;
    const bad = conflicting.has(i);
    const color = colorOf(s.source);
    const row = svg('g', {class: 'row' + (bad ? ' conflicting' : ''), 'data-qualifier': s.qualifier});
    row.append(svg('text', {class: 'row-label', x: 4, y: y + 4},
      svg('tspan', {class: 'date'}, (s.date || 'undated') + '  '),
      svg('tspan', {fill: color}, truncate(s.source || '(publisher)', 20))));
    const stroke = bad ? '#c92a2a' : color;
    const mark = svg('g', {class: 'mark', stroke, fill: stroke});
    if (iv.lo === iv.hi) {
      mark.append(svg('circle', {cx: x(iv.lo), cy: y, r: 6}));
    } else if (!isFinite(iv.hi)) {
      mark.append(svg('line', {x1: x(iv.lo), x2: W - R + 20, y1: y, y2: y, 'stroke-width': 3,
                               'marker-end': arrow(stroke)}));
      mark.append(svg('circle', {cx: x(iv.lo), cy: y, r: 6, fill: iv.loOpen ? '#fff' : stroke, 'stroke-width': 2}));
    } else if (iv.lo === 0 && (s.qualifier === 'under' || s.qualifier === 'at_most')) {
      mark.append(svg('line', {x1: x(iv.hi), x2: L - 2, y1: y, y2: y, 'stroke-width': 3,
                               'marker-end': arrow(stroke)}));
      mark.append(svg('circle', {cx: x(iv.hi), cy: y, r: 6, fill: iv.hiOpen ? '#fff' : stroke, 'stroke-width': 2}));
    } else {
      mark.append(svg('rect', {x: x(iv.lo), y: y - 5, width: Math.max(3, x(iv.hi) - x(iv.lo)), height: 10, rx: 3,
                               'fill-opacity': s.qualifier === 'approx' ? 0.45 : 0.85}));
      if (s.qualifier === 'approx') mark.append(svg('circle', {cx: x(s.value), cy: y, r: 3}));
    }
    mark.append(svg('title', {}, `${s.source || 'the publisher'}: ${s.text} (${s.qualifier})`));
    row.append(mark);
    if (bad) row.append(svg('text', {class: 'bad-mark', x: W - 14, y: y + 5}, '✗'));
    const link = s.document_row ? svg('a', {href: sentenceHref(s)}) : null;
    if (link) { link.append(row); root.append(link); } else root.append(row);
  });
  return root;
}

function sentenceHref(s) {
  return '#/doc/' + s.document_row + (s.sentence_index !== null && s.sentence_index !== undefined ?
    '/s/' + s.sentence_index : '');
}

function claimCard(claim) {
  const title = [claim.counts, claim.where && ('in ' + claim.where + (claim.within ? ` (${claim.within})` : '')),
                 claim.event].filter(Boolean).join(' — ');
  const status = claim.conflict
    ? el('span', {class: 'badge bad'}, `conflict: ${claim.conflicts.length} pair${claim.conflicts.length > 1 ? 's' : ''}`)
    : el('span', {class: 'badge ok'}, `agreed: [${fmt(claim.low)}, ${fmt(claim.high)}]`);
  const items = claim.statements.map((s, i) => el('li', {class: claim.conflicts.flat().includes(i) ? 'conflicting' : ''},
    el('span', {class: 'date'}, s.date || 'undated'), ' ',
    el('strong', {style: `color:${colorOf(s.source)}`}, s.source || '(publisher)'),
    (s.role || s.affiliation) ? el('span', {class: 'muted'}, ` (${[s.role, s.affiliation].filter(Boolean).join(', ')})`) : null,
    ': ', el('a', {href: sentenceHref(s)}, s.text),
    el('div', {class: 'sentence'}, '“', truncate(s.sentence, 220), '” — ', s.document)));
  const conflicts = claim.conflicts.slice(0, 6).map(([a, b]) => el('li', {},
    `${claim.statements[a].text} (${claim.statements[a].source || 'publisher'}) vs ` +
    `${claim.statements[b].text} (${claim.statements[b].source || 'publisher'})`));
  return el('section', {class: 'claim' + (claim.conflict ? ' has-conflict' : '')},
    el('h2', {}, title, claim.unit ? el('span', {class: 'muted'}, ` (${claim.unit})`) : null, ' ', status),
    claimChart(claim),
    conflicts.length ? el('ul', {class: 'conflicts'}, conflicts) : null,
    el('ol', {class: 'statements'}, items));
}

// Coordinates for the places claims name, from the gazetteer links in their articles.
async function claimPlaces(claims) {
  const rows = [...new Set(claims.flatMap((c) => c.where ? c.statements.map((s) => s.document_row) : []))].slice(0, 12);
  const known = new Map();
  const docs = await Promise.all(rows.map((r) => api('/api/documents/' + r).catch(() => null)));
  for (const doc of docs) {
    for (const e of (doc && doc.entities) || []) {
      if (!e.place) continue;
      for (const k of [e.text, e.entity, e.place.name]) if (k) known.set(k.toLowerCase().replace(/^the /, ''), e.place);
    }
  }
  const out = [];
  for (const c of claims) {
    if (!c.where) continue;
    const key = c.where.toLowerCase().replace(/^the /, '');
    const place = known.get(key) || known.get(key.replace(/ (region|province|state|county|oblast)$/, ''));
    if (place) out.push({name: c.where, lat: place.lat, lon: place.lon, country: place.country,
                         href: '#/claims?where=' + encodeURIComponent(c.where)});
  }
  return out;
}

async function showClaims(view, params) {
  const form = el('form', {class: 'filters'},
    el('label', {}, 'About ', el('input', {name: 'about', value: params.get('about') || '', placeholder: 'troops'})),
    el('label', {}, 'Where ', el('input', {name: 'where', value: params.get('where') || ''})),
    el('label', {}, 'Source ', el('input', {name: 'source', value: params.get('source') || ''})),
    el('label', {}, 'Since ', el('input', {name: 'since', type: 'date', value: params.get('since') || ''})),
    el('label', {}, 'Until ', el('input', {name: 'until', type: 'date', value: params.get('until') || ''})),
    el('button', {type: 'submit'}, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = '#/claims' + query(new URLSearchParams(new FormData(form)), ['about', 'where', 'source', 'since', 'until']);
  });
  const list = el('div', {class: 'claims'}, el('p', {class: 'muted'}, 'Loading…'));
  const mapBox = el('div', {class: 'claims-map'});
  view.replaceChildren(el('h1', {}, 'Claims'),
    el('p', {class: 'muted'}, 'Each figure with every source’s claim, oldest first: a dot is an exact figure, a bar a ' +
       'range, an arrow “more than” or “as many as”. Red marks statements that cannot all be true. ' +
       'Click a statement to read its sentence.'),
    form, mapBox, list);
  try {
    const claims = await api('/api/claims' + query(params, ['about', 'where', 'source', 'since', 'until']));
    if (!claims.length) {
      list.replaceChildren(el('p', {class: 'muted'}, 'No claims.'));
      return;
    }
    // Figures that several statements speak to first; a single statement is not yet a claim to weigh.
    list.replaceChildren(...claims.slice(0, 60).map(claimCard),
      claims.length > 60 ? el('p', {class: 'muted'}, `… and ${claims.length - 60} more: narrow the search.`) : null);
    claimPlaces(claims.slice(0, 60)).then((places) => {
      if (places.length) mapBox.replaceChildren(el('h2', {}, 'Places'), mapView(places));
    }).catch(() => {});
  } catch (err) {
    list.replaceChildren(errorBox(err));
  }
}

// ---- sources ---------------------------------------------------------------------

async function showSources(view) {
  const body = el('tbody', {});
  view.replaceChildren(el('h1', {}, 'Sources'),
    el('table', {class: 'sources'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Source'), el('th', {}, 'Role, affiliation'),
                           el('th', {class: 'num'}, 'Statements'), el('th', {class: 'num'}, 'Articles'))),
      body));
  try {
    const sources = await api('/api/sources');
    body.replaceChildren(...sources.map((s) => el('tr', {},
      el('td', {}, el('span', {class: 'swatch', style: `background:${colorOf(s.name)}`}), ' ',
         el('a', {href: '#/search' + query(new URLSearchParams({source: s.name}), ['source'])}, s.name)),
      el('td', {}, [s.role, s.affiliation].filter(Boolean).join(', ')),
      el('td', {class: 'num'}, String(s.attributions)), el('td', {class: 'num'}, String(s.documents)))));
  } catch (err) {
    body.replaceChildren(el('tr', {}, el('td', {colspan: 4}, errorBox(err))));
  }
}

// ---- paste --------------------------------------------------------------------------

function showPaste(view) {
  const text = el('textarea', {name: 'text', rows: 14, placeholder: 'Paste the text or the HTML of an article'});
  const published = el('input', {name: 'published', type: 'date'});
  const out = el('div', {class: 'paste-result'});
  const send = async (path) => {
    if (!text.value.trim()) return;
    const params = new URLSearchParams();
    if (published.value) params.set('published', published.value);
    const isHtml = /^\s*</.test(text.value);
    out.replaceChildren(el('p', {class: 'muted'}, 'Reading…'));
    try {
      const result = await api(path + (params.toString() ? '?' + params : ''), {
        method: 'POST', body: text.value,
        headers: {'Content-Type': isHtml ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8'},
      });
      if (path === '/api/documents') {
        location.hash = '#/doc/' + result.row;
        return;
      }
      out.replaceChildren(articleView(result, {actions: el('p', {},
        el('button', {type: 'button', onclick: () => send('/api/documents')}, 'Store in the ledger'))}));
    } catch (err) {
      out.replaceChildren(errorBox(err));
    }
  };
  const form = el('form', {class: 'paste'},
    text,
    el('div', {class: 'paste-actions'},
      el('label', {}, 'Published ', published),
      el('button', {type: 'submit'}, 'Read'),
      el('button', {type: 'button', onclick: () => send('/api/documents')}, 'Read and store')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); send('/api/extract'); });
  view.replaceChildren(el('h1', {}, 'Paste an article'), form, out);
}

// ---- routing ----------------------------------------------------------------------

function route() {
  hideTip();
  const view = document.getElementById('view');
  const {parts, params} = parseHash();
  const name = parts[0] || 'search';
  document.querySelectorAll('[data-nav]').forEach((a) =>
    a.classList.toggle('active', a.dataset.nav === name || (name === 'doc' && a.dataset.nav === 'search')));
  document.title = 'hearsay — who said what, and how many';
  if (name === 'doc' && parts[1]) {
    return showDocument(view, parts[1], parts[2] === 's' ? Number(parts[3]) : undefined);
  }
  if (name === 'claims') return showClaims(view, params);
  if (name === 'sources') return showSources(view);
  if (name === 'paste') return showPaste(view);
  return showSearch(view, params);
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    location.hash = '#/search' + (q ? '?q=' + encodeURIComponent(q) : '');
  });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') hideTip(); });
  window.addEventListener('hashchange', route);
  route();
});
