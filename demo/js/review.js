// The weekly review of the batch: guard.review(tickets, {now, groupBy: 'week'}) drawn as figure
// tiles (each with the number of tickets behind it), the top problem types, a per-week chart
// and the tickets the review left out with the reason.
import { h, s, fill, pct, duration, meter } from './dom.js';
import { t, taxonomyLabel } from './i18n.js';

/** [figure, format]: the tiles, in reading order. */
const TILES = [
  ['responseOnTimeRate', 'rate'],
  ['resolutionOnTimeRate', 'rate'],
  ['firstContactResolutionRate', 'rate'],
  ['csat', 'rate'],
  ['scoreMean', 'score'],
  ['firstResponseBusinessMedian', 'minutes'],
  ['followUpOnTimeRate', 'rate'],
];
const CHIPS = ['escalationRate', 'repeatRate'];
const SKIPPED_SHOWN = 5;

/** `83%`, `4.21`, `2h 05m`; `—` when the figure has no value. */
function value(fig, format) {
  if (fig?.value === null || fig?.value === undefined) return '—';
  if (format === 'rate') return pct(fig.value);
  if (format === 'score') return fig.value.toFixed(2);
  return duration(fig.value);
}

/** `83% (n=120)` as two spans, with the raw figure in data attributes. */
function figure(name, fig, format) {
  return h('span', { class: 'fig', dataset: { figure: name, value: fig.value ?? '', count: fig.count } },
    h('b', {}, value(fig, format)), ' ', h('small', {}, `(n=${fig.count.toLocaleString('en')})`));
}

/** Good / watch / poor colouring of a rate or score (neutral for times and missing values). */
function tone(fig, format) {
  if (fig.value === null || (format !== 'rate' && format !== 'score')) return 'neutral';
  const x = format === 'score' ? (fig.value - 1) / 4 : fig.value;
  return x >= 0.85 ? 'good' : x >= 0.7 ? 'watch' : 'poor';
}

/**
 * Draws `review` into `el.body` and its scope into `el.range`; `tickets` are the reviewed list
 * (for the ids of skipped tickets), `asOf` the review's "now" as shown.
 */
export function renderReview(app, el, review, tickets, asOf) {
  const first = review.periods[0]?.period;
  const last = review.periods.at(-1)?.period;
  fill(el.range, `${review.tickets.toLocaleString('en')} ${t('reviewOf')}${first ? ` · ${first === last ? first : `${first} – ${last}`}` : ''} · ${t('asOfL')} ${asOf}`);
  fill(el.body,
    h('div', { class: 'review-grid' },
      h('div', { class: 'review-figures' },
        h('div', { class: 'tiles' },
          TILES.map(([name, format]) => {
            const fig = review[name];
            return h('div', { class: ['tile', `tone-${tone(fig, format)}`], dataset: { tile: name } },
              h('div', { class: 'tile-l' }, t(name)),
              figure(name, fig, format),
              format === 'rate' || format === 'score' ? meter(format === 'score' ? fig.value / 5 : fig.value) : null);
          }),
          h('div', { class: ['tile', review.breaches.length ? 'tone-poor' : 'tone-good'], dataset: { tile: 'breaches' } },
            h('div', { class: 'tile-l' }, t('breachCount')),
            h('span', { class: 'fig', dataset: { figure: 'breaches', value: review.breaches.length, count: review.tickets } },
              h('b', {}, review.breaches.length.toLocaleString('en')), ' ', h('small', {}, `${t('ofTickets')} ${review.tickets.toLocaleString('en')}`)),
            meter(review.tickets ? review.breaches.length / review.tickets : 0))),
        h('div', { class: 'chips review-chips' },
          CHIPS.map((name) => h('span', { class: 'chip', dataset: { tile: name } }, `${t(name)} `, figure(name, review[name], 'rate')))),
        skipped(review.skipped, tickets)),
      h('figure', { class: 'chart weekly' }, h('figcaption', {}, t('weekly')), weeklyChart(review.periods)),
      h('div', { class: 'top-types' },
        topList(t('topCategories'), review.distributions.categories, (key) => taxonomyLabel(app.defaults, key), 'categories'),
        topList(t('topSubcategories'), review.distributions.subcategories, (key) => {
          const cat = key.slice(0, key.indexOf('/'));
          const sub = key.slice(cat.length + 1);
          return `${taxonomyLabel(app.defaults, cat)} › ${taxonomyLabel(app.defaults, cat, sub)}`;
        }, 'subcategories'))));
}

/** Renders an error in place of the review. */
export function reviewError(el, e) {
  fill(el.range);
  fill(el.body, h('p', { class: 'error-line' }, `${t('reviewError')}: ${e.path ? `${e.path}: ` : ''}${e.message}`));
}

function skipped(list, tickets) {
  if (!list.length) return h('p', { class: 'skipped none', dataset: { skipped: 0 } }, `✓ ${t('noneSkipped')}`);
  return h('div', { class: 'skipped', dataset: { skipped: list.length } },
    h('div', { class: 'sub-h' }, `${t('skipped')} ${list.length}`),
    h('ul', {}, list.slice(0, SKIPPED_SHOWN).map((x) => h('li', { dataset: { index: x.index } },
      h('span', { class: 'mono' }, `#${x.index + 1}${tickets[x.index]?.id ? ` ${tickets[x.index].id}` : ''}`), ' ', x.reason)),
    list.length > SKIPPED_SHOWN ? h('li', { class: 'muted' }, `… +${list.length - SKIPPED_SHOWN}`) : null));
}

function topList(title, buckets, label, name) {
  const top = buckets.slice(0, 5);
  const max = Math.max(1, ...top.map((b) => b.count));
  return h('div', { class: 'top-list', dataset: { list: name } },
    h('div', { class: 'sub-h' }, title),
    h('ol', {}, top.map((b) => {
      const bar = h('span', { class: 'hbar' }, h('i'));
      bar.firstChild.style.width = pct(b.count / max);
      return h('li', { dataset: { key: b.key } }, h('span', { class: 'name', title: b.key }, label(b.key)), bar, h('span', { class: 'num' }, `${b.count} · ${pct(b.share)}`));
    })));
}

/** Tickets per week as bars, the response on-time rate as a line on a 0–100 % scale. */
function weeklyChart(periods) {
  const W = 380;
  const H = 178;
  const top = 26;
  const bottom = 34;
  const left = 6;
  const right = 34;
  const plot = H - top - bottom;
  const slot = (W - left - right) / Math.max(1, periods.length);
  const max = Math.max(1, ...periods.map((p) => p.tickets));
  const y = (rate) => top + (1 - rate) * plot;
  const points = periods.map((p, i) => [left + slot * (i + 0.5), p.responseOnTimeRate.value]).filter(([, v]) => v !== null);
  return s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': t('weekly') },
    s('g', { class: 'legend-row' },
      s('rect', { x: left, y: 4, width: 10, height: 10, rx: 2, class: 'wk-bar' }),
      s('text', { x: left + 14, y: 13, class: 'lbl' }, t('tickets')),
      s('circle', { cx: left + 84, cy: 9, r: 4, class: 'wk-dot' }),
      s('text', { x: left + 92, y: 13, class: 'lbl' }, t('responseOnTimeRate'))),
    [1, 0.5, 0].map((g) => [
      s('line', { x1: left, x2: W - right, y1: y(g), y2: y(g), class: 'grid' }),
      s('text', { x: W - right + 4, y: y(g) + 3.5, class: 'val' }, pct(g)),
    ]),
    periods.map((p, i) => {
      // Bars stay in the lower part of the plot, below the rates (which mostly sit above 60 %).
      const bh = (plot * 0.58 * p.tickets) / max;
      const x = left + slot * i;
      const bw = Math.min(46, slot * 0.62);
      return s('g', { class: 'wk', dataset: { period: p.period, tickets: p.tickets, rate: p.responseOnTimeRate.value ?? '' } },
        s('rect', { x: x + (slot - bw) / 2, y: top + plot - bh, width: bw, height: Math.max(1, bh), rx: 3, class: 'wk-bar' }),
        s('text', { x: x + slot / 2, y: H - bottom + 14, 'text-anchor': 'middle', class: 'lbl' }, p.period.replace(/^\d{4}-/, '')),
        s('text', { x: x + slot / 2, y: H - bottom + 27, 'text-anchor': 'middle', class: 'val' }, String(p.tickets)));
    }),
    points.length > 1 ? s('polyline', { points: points.map(([px, v]) => `${px},${y(v)}`).join(' '), class: 'wk-line' }) : null,
    points.map(([px, v]) => [
      s('circle', { cx: px, cy: y(v), r: 3.5, class: 'wk-dot' }),
      s('text', { x: px, y: y(v) - 7, 'text-anchor': 'middle', class: 'wk-rate' }, pct(v)),
    ]));
}
