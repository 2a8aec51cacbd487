import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkg } from './pkg.mjs';

const guard = new pkg.TicketGuard();
const ticket = {
  text: '快递三天没动了，电话13812345678，麻烦查一下',
  timeline: [{ at: '2024-06-11 09:00', kind: 'received' }],
};

test('analyze returns every capability in one call, consistent with the single calls', () => {
  const now = '2024-06-11 10:00';
  const a = guard.analyze(ticket, now);
  assert.deepEqual(a.classification, guard.classify(ticket.text));
  assert.deepEqual(a.priority, guard.priority(ticket));
  assert.deepEqual(a.sla, guard.sla(ticket, now));
  assert.equal(a.masked.text, guard.mask(ticket.text).text);
  assert.equal(a.validation, undefined);
  const rec = guard.analyze({ ...ticket, ticketId: 'SR2024061101', description: ticket.text }, now);
  assert.ok(rec.validation.errors.some((i) => i.field === 'ticketId'));
  assert.equal(guard.analyze({ text: '你好' }, now).sla, null);
  // The masked text is rebuilt from the ticket's own main text (`text`, else `description`).
  const lone = '\ud800 电话13812345678 \udc00';
  assert.deepEqual(guard.analyze({ text: lone }, now).masked, guard.mask(lone));
  assert.equal(guard.analyze({ description: lone }, now).masked.text, '\ud800 电话*******5678 \udc00');
  assert.deepEqual(guard.analyze({}, now).masked, { text: '', findings: [] });
  // Offsets point into the main text even beside a blank subject or around surrounding blanks.
  for (const t of [{ subject: '', text: 'app一直闪退' }, { title: '  ', text: '\n app一直闪退 ' }, { text: 'x', description: '' }]) {
    assert.deepEqual(guard.analyze(t, now).classification, guard.classify(t.text));
  }
});

test('analyzeBatch reports per-ticket errors in place and keeps going', () => {
  const list = [ticket, { text: 'x', timeline: [{ at: 'yesterday', kind: 'received' }] }, 42, ticket];
  const out = guard.analyzeBatch(list, '2024-06-11 10:00');
  assert.equal(out.length, 4);
  assert.deepEqual([out[1].index, out[1].error.code, out[1].error.path], [1, 'invalid_time', 'timeline[0].at']);
  assert.deepEqual([out[2].index, out[2].error.kind], [2, 'InputError']);
  assert.deepEqual(out[3], out[0]);
  assert.deepEqual(out[0], guard.analyze(ticket, '2024-06-11 10:00'));
  assert.equal(out[0].masked.text, '快递三天没动了，电话*******5678，麻烦查一下');
  assert.throws(() => guard.analyzeBatch('nope'), pkg.InputError);
  const small = new pkg.TicketGuard({ limits: { maxBatch: 2 } });
  assert.throws(() => small.analyzeBatch([ticket, ticket, ticket]), (e) => e.code === 'too_large');
});

test('defaults() is plain JSON that builds an equivalent guard', () => {
  const d = pkg.TicketGuard.defaults();
  assert.equal(structuredClone(d).calendar.timezone, 'Asia/Shanghai');
  assert.ok(d.taxonomy.categories.some((c) => c.id === 'logistics'));
  const again = new pkg.TicketGuard(d);
  assert.deepEqual(again.analyze(ticket, '2024-06-11 10:00'), guard.analyze(ticket, '2024-06-11 10:00'));
});

test('100,000 calls leave wasm memory flat; errors do not leak', () => {
  const mem = () => process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 2000; i++) guard.analyze(ticket, '2024-06-11 10:00');
  const before = mem();
  for (let i = 0; i < 100_000; i++) {
    guard.mask('电话13812345678');
    if (i % 10 === 0) assert.throws(() => guard.sla({ timeline: [{ at: 'bad', kind: 'received' }] }));
  }
  const grown = mem() - before;
  assert.ok(grown < 4 * 1024 * 1024, `grew ${grown} bytes`);
});
