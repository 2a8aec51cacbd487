// DOM helpers. Everything user-supplied goes in as text nodes, never as HTML, and no style
// attribute is ever written (the page's CSP has no 'unsafe-inline'); sizes go through the CSSOM.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'style') throw new Error('no style attributes under this CSP: use el.style');
    else if (k === 'value' || k === 'checked' || k === 'selected' || k === 'disabled') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** `h('div', {class: 'x'}, 'text', child)` → an element. */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

/**
 * Splits `text` into plain runs and marked spans. `spans` are `{start, end, ...}` in UTF-16
 * offsets; overlapping spans keep the earlier one. `render(span, slice)` returns the node of a
 * span; plain runs come back as text.
 */
export function spans(text, list, render) {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const sp of sorted) {
    if (sp.start < at || sp.end <= sp.start) continue;
    if (sp.start > at) out.push(text.slice(at, sp.start));
    out.push(render(sp, text.slice(sp.start, sp.end)));
    at = sp.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** `75 %` style percentage. */
export const pct = (x) => `${Math.round(x * 100)}%`;

/** A thin bar filled to `x` (0..1; empty when `x` is not a number), sized through the CSSOM. */
export function meter(x) {
  const bar = h('span', { class: 'meter' }, h('i'));
  bar.firstChild.style.width = pct(Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0);
  return bar;
}

/** `2h 05m`, `3d 4h`, `-45m` from minutes. */
export function duration(min) {
  if (min === null || min === undefined || !Number.isFinite(min)) return '—';
  const sign = min < 0 ? '−' : '';
  let m = Math.round(Math.abs(min));
  const d = Math.floor(m / 1440);
  m -= d * 1440;
  const hh = Math.floor(m / 60);
  const mm = m % 60;
  if (d) return `${sign}${d}d ${hh}h`;
  if (hh) return `${sign}${hh}h ${String(mm).padStart(2, '0')}m`;
  return `${sign}${mm}m`;
}
