// The batch view: tickets pasted or loaded as JSON/CSV go through ONE guard.analyzeBatch call;
// the table, the charts and the on-time rate are drawn from its results, and ONE guard.review
// call over the same list gives the weekly review.
import { h, s, fill, $, pct } from './dom.js';
import { t } from './i18n.js';
import { readTickets } from './tickets.js';
import { generateTickets } from './generate.js';
import { local, fromLocal } from './zone.js';
import { renderReview, reviewError } from './review.js';

const LEVELS = ['P1', 'P2', 'P3', 'P4'];
const STATES = ['ok', 'risk', 'breached', 'none', 'error'];

export function createBatch(app) {
  const file = $('#batch-file');
  const asOf = $('#batch-asof');
  const stats = $('#batch-stats');
  const errorLine = $('#batch-error');
  const charts = $('#batch-charts');
  const table = $('#batch-table');
  const tbody = $('#batch-table tbody');
  const reviewEl = { range: $('#review-range'), body: $('#review-body') };
  const input = h('textarea', { id: 'batch-input', class: 'batch-input mono', rows: 3, wrap: 'off', spellcheck: 'false', 'aria-label': 'tickets (JSON or CSV)' });
  $('#batch-input-slot').replaceWith(input);
  let runs = 0;

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    input.value = await f.text();
    input.scrollTop = 0;
    file.value = '';
    run(f.name);
  });
  $('#batch-generate').addEventListener('click', () => loadGenerated(1000));
  $('#batch-run').addEventListener('click', () => run('input'));

  function loadGenerated(count = 300) {
    const now = Math.floor(Date.now() / 60000) * 60000;
    asOf.value = local(now, app.tz);
    input.value = JSON.stringify(generateTickets(count, now), null, 1);
    input.scrollTop = 0;
    run(`generated ${count}`);
  }

  function run(source) {
    errorLine.hidden = true;
    let tickets;
    try {
      tickets = readTickets(input.value);
    } catch (e) {
      return fail(e.message);
    }
    if (!Number.isFinite(fromLocal(asOf.value, app.tz))) asOf.value = local(Math.floor(Date.now() / 60000) * 60000, app.tz);
    const t0 = performance.now();
    let results;
    try {
      results = app.guard.analyzeBatch(tickets, asOf.value.trim());
    } catch (e) {
      return fail(`${e.path ? `${e.path}: ` : ''}${e.message}`);
    }
    const t1 = performance.now();
    renderTable(tickets, results);
    renderCharts(results);
    const t2 = performance.now();
    try {
      renderReview(app, reviewEl, app.guard.review(tickets, { now: asOf.value.trim(), groupBy: 'week' }), tickets, asOf.value.trim());
    } catch (e) {
      reviewError(reviewEl, e);
    }
    const t3 = performance.now();
    runs += 1;
    table.dataset.run = String(runs);
    table.dataset.source = source;
    fill(stats, `${tickets.length.toLocaleString()} ${t('tickets')} · analyzeBatch ${(t1 - t0).toFixed(1)} ${t('ms')} · render ${(t2 - t1).toFixed(0)} ${t('ms')} · review ${(t3 - t2).toFixed(0)} ${t('ms')}`);
  }

  function fail(message) {
    errorLine.hidden = false;
    fill(errorLine, message);
  }

  /** One of ok / risk / breached / none (no reception time, so no SLA) / error for a result. */
  function stateOf(a) {
    if (!a || a.error) return 'error';
    if (!a.sla) return 'none';
    return a.sla.breached ? 'breached' : a.sla.atRisk ? 'risk' : 'ok';
  }

  const stateLabel = (st) => t({ ok: 'onTrack', risk: 'atRisk', breached: 'breached', none: 'noSla', error: 'error' }[st]);

  function nextDue(a) {
    if (!a.sla) return '';
    const due = a.sla.targets.filter((x) => x.due && (x.state === 'pending' || x.state === 'breached')).map((x) => Date.parse(x.due));
    return due.length ? local(Math.min(...due), app.tz) : '';
  }

  function renderTable(tickets, results) {
    const rows = results.map((a, i) => {
      const tk = tickets[i] ?? {};
      const received = typeof tk.receivedAt === 'string' && !Number.isNaN(Date.parse(tk.receivedAt)) && /[zZ]|[+-]\d\d:?\d\d$/.test(tk.receivedAt)
        ? local(Date.parse(tk.receivedAt), app.tz) : String(tk.receivedAt ?? '');
      if (!a || a.error) {
        const e = a?.error ?? {};
        return h('tr', { class: 'row-error', dataset: { state: 'error' } }, h('td', { class: 'num' }, i + 1), h('td', { class: 'mono' }, String(tk.id ?? '')), h('td', { class: 'mono' }, received),
          h('td', { colspan: 4 }, h('span', { class: 'chip state-breached' }, e.code ?? 'error'), ' ', h('span', { class: 'mono' }, e.path ?? ''), ' ', e.message ?? ''));
      }
      const st = stateOf(a);
      const c = a.classification;
      return h('tr', { dataset: { state: st } },
        h('td', { class: 'num' }, i + 1),
        h('td', { class: 'mono' }, String(tk.id ?? '')),
        h('td', { class: 'mono' }, received),
        h('td', {}, c.labels.category, c.labels.subcategory ? h('small', {}, ` › ${c.labels.subcategory}`) : null),
        h('td', {}, h('span', { class: `level ${a.priority.level}` }, a.priority.level)),
        h('td', {}, h('span', { class: `chip state-${st}` }, stateLabel(st)), h('small', { class: 'mono' }, ` ${nextDue(a)}`)),
        // Cut long texts here rather than only in CSS: shaping text nobody sees costs layout time.
        h('td', { class: 'masked', title: a.masked.text }, a.masked.text.length > 110 ? `${a.masked.text.slice(0, 110)}…` : a.masked.text));
    });
    fill(tbody, rows);
  }

  function renderCharts(results) {
    const ok = results.filter((a) => a && !a.error);
    const cats = new Map();
    const levels = new Map(LEVELS.map((l) => [l, 0]));
    const states = new Map(STATES.map((x) => [x, 0]));
    for (const a of results) states.set(stateOf(a), states.get(stateOf(a)) + 1);
    for (const a of ok) {
      const key = a.classification.category;
      const e = cats.get(key) ?? { label: a.classification.labels.category, n: 0 };
      e.n += 1;
      cats.set(key, e);
      levels.set(a.priority.level, (levels.get(a.priority.level) ?? 0) + 1);
    }
    // On-time rate: tickets with an SLA and no breached target, among tickets with an SLA.
    const timed = states.get('ok') + states.get('risk') + states.get('breached');
    const onTime = timed ? (states.get('ok') + states.get('risk')) / timed : 0;
    fill(charts,
      chartCard(t('categories'), categoryBars([...cats.entries()].sort((x, y) => y[1].n - x[1].n))),
      chartCard(t('priorities'), priorityColumns(levels)),
      chartCard(`${t('slaStates')} · ${t('onTime')} ${pct(onTime)}`, donut(states, onTime, timed)));
  }

  return {
    loadGenerated,
    rerun() {
      if (input.value.trim()) run(table.dataset.source ?? 'input');
    },
  };

  // ---- charts (inline SVG) ------------------------------------------------------------------
  function chartCard(title, svg) {
    return h('figure', { class: 'chart' }, h('figcaption', {}, title), svg);
  }

  function categoryBars(entries) {
    const W = 360;
    const row = 19;
    const max = Math.max(1, ...entries.map(([, e]) => e.n));
    const shown = entries.slice(0, 10);
    return s('svg', { viewBox: `0 0 ${W} ${shown.length * row + 4}`, width: W, height: shown.length * row + 4, role: 'img', 'aria-label': t('categories') },
      shown.map(([id, e], i) => {
        const w = ((W - 170) * e.n) / max;
        return s('g', { transform: `translate(0 ${i * row + 2})`, class: `cat-${id}` },
          s('text', { x: 108, y: 13, 'text-anchor': 'end', class: 'lbl' }, e.label),
          s('rect', { x: 114, y: 3, width: Math.max(1, w), height: 12, rx: 2, class: 'bar-fill' }),
          s('text', { x: 118 + w, y: 13, class: 'val' }, String(e.n)));
      }));
  }

  function priorityColumns(levels) {
    const W = 220;
    const H = 150;
    const max = Math.max(1, ...levels.values());
    return s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': t('priorities') },
      LEVELS.map((l, i) => {
        const n = levels.get(l);
        const bh = ((H - 40) * n) / max;
        const x = 14 + i * 52;
        return s('g', { class: `lv-${l}` },
          s('rect', { x, y: H - 20 - bh, width: 36, height: Math.max(1, bh), rx: 3, class: 'col' }),
          s('text', { x: x + 18, y: H - 24 - bh, 'text-anchor': 'middle', class: 'val' }, String(n)),
          s('text', { x: x + 18, y: H - 5, 'text-anchor': 'middle', class: 'lbl' }, l));
      }));
  }

  function donut(states, onTime, total) {
    const W = 250;
    const R = 50;
    const C = 2 * Math.PI * R;
    let offset = 0;
    const all = [...states.values()].reduce((a, b) => a + b, 0) || 1;
    const arcs = STATES.filter((st) => states.get(st) > 0).map((st) => {
      const len = (C * states.get(st)) / all;
      const arc = s('circle', { cx: 70, cy: 72, r: R, class: `arc st-${st}`, 'stroke-dasharray': `${len} ${C - len}`, 'stroke-dashoffset': String(-offset), transform: 'rotate(-90 70 72)' });
      offset += len;
      return arc;
    });
    return s('svg', { viewBox: `0 0 ${W} 150`, width: W, height: 150, role: 'img', 'aria-label': t('onTime') },
      s('circle', { cx: 70, cy: 72, r: R, class: 'arc-bg' }), arcs,
      s('text', { x: 70, y: 72, 'text-anchor': 'middle', class: 'big' }, pct(onTime)),
      s('text', { x: 70, y: 90, 'text-anchor': 'middle', class: 'lbl' }, `${t('onTime')} (${total})`),
      STATES.map((st, i) => s('g', { transform: `translate(140 ${26 + i * 21})`, class: `st-${st}` },
        s('rect', { width: 10, height: 10, rx: 2, class: 'sw' }),
        s('text', { x: 16, y: 9.5, class: 'lbl' }, `${stateLabel(st)} ${states.get(st)}`))));
  }
}
