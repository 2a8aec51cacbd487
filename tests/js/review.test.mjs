import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkg, fixture } from './pkg.mjs';

const close = (a, b) => (typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);

test('review figures equal the hand-computed fixture through the packed package', () => {
  const f = fixture('review');
  const r = new pkg.TicketGuard().review(f.tickets, f.options);
  const { categoryCounts, ...expect } = f.expect;
  const bad = [];
  const walk = (path, want, got) => {
    if (want && typeof want === 'object') for (const k of Object.keys(want)) walk(`${path}.${k}`, want[k], got?.[k]);
    else if (!close(got, want)) bad.push(`${path}: want ${want}, got ${got}`);
  };
  walk('', expect, r);
  for (const b of r.distributions.categories) walk(`categories.${b.key}`, categoryCounts[b.key], b.count);
  assert.deepEqual(bad, []);
  assert.deepEqual(r.skipped, []);
});

test('the breach list is every ticket whose SLA breached, with the breached targets, and agrees with the hand-computed on-time rates', () => {
  const f = fixture('review');
  const g = new pkg.TicketGuard();
  const r = g.review(f.tickets, f.options);
  const want = [];
  for (const t of f.tickets) {
    const targets = g.sla(t, f.options.now).targets.filter((x) => x.state === 'breached').map((x) => x.kind);
    if (targets.length) want.push({ ticketId: t.ticketId, targets });
  }
  assert.ok(want.length > 0);
  assert.deepEqual(r.breaches, want);
  // Among tickets whose response (resolution) completed, the breached ones are the rate's misses.
  const done = (kind) => new Set(f.tickets.filter((t) => t.timeline.some((e) => e.kind === kind)).map((t) => t.ticketId));
  const missed = (kind, ids) => r.breaches.filter((b) => ids.has(b.ticketId) && b.targets.includes(kind)).length;
  const misses = (fig) => Math.round(fig.count * (1 - fig.value));
  assert.equal(missed('first_response', done('responded')), misses(f.expect.responseOnTimeRate));
  assert.equal(missed('resolution', done('resolved')), misses(f.expect.resolutionOnTimeRate));
});

test('suggestReply states the SLA due time in the calendar zone and quotes only masked values', () => {
  const guard = new pkg.TicketGuard();
  const ticket = { customerName: '李小红', ticketId: 'SR20240610001', text: '都三天了还没发货，电话13812345678', priority: 'P3', timeline: [{ at: '2024-06-10 09:00', kind: 'received' }] };
  const r = guard.suggestReply(ticket, { now: '2024-06-10 10:00' });
  const due = guard.sla(ticket, '2024-06-10 10:00').targets.find((t) => t.kind === 'first_response').due;
  assert.equal(r.due, due);
  assert.ok(r.text.includes('今天 17:00 前'), r.text);
  assert.ok(!r.text.includes('小红') && !r.text.includes('13812345678'), r.text);
  assert.ok(r.parts.some((p) => p.kind === 'soothing'));
  assert.throws(() => new pkg.TicketGuard({ replies: { en: { closing: 'Bye {agent}' } } }), (e) => e instanceof pkg.ConfigError && e.path === 'replies.en.closing');
});
