import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pkg, pkgDir } from './pkg.mjs';

const guard = new pkg.TicketGuard();
const throwing = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } });
let deep = {};
for (let i = 0; i < 10_000; i++) deep = { a: deep };
const hostile = [
  undefined, null, 0, -1, NaN, Infinity, true, Symbol('s'), 10n, () => 1, throwing, [], [1, 2], {}, deep,
  new Array(100_000).fill({ text: 'x' }), { __proto__: { polluted: 1 } }, JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
  '\uD800', '\u0000\u202E\u2066', '2024-13-45', 'yesterday', 1e20, -1e20, new Date('nope'), 'x'.repeat(3_000_000),
];
const calls = {
  mask: (v) => guard.mask(v),
  maskOptions: (v) => guard.mask('13812345678', v),
  maskRecord: (v) => guard.maskRecord(v),
  classify: (v) => guard.classify(v),
  priority: (v) => guard.priority(v),
  sla: (v) => guard.sla(v, '2024-01-01 10:00'),
  slaNow: (v) => guard.sla({ timeline: [{ at: '2024-01-01 09:00', kind: 'received' }] }, v),
  timelineAt: (v) => guard.sla({ timeline: [{ at: v, kind: 'received' }] }, '2024-01-01 10:00'),
  validate: (v) => guard.validate(v),
  validateStage: (v) => guard.validate({}, { stage: v }),
  validateField: (v) => guard.validateField('description', v),
  recordSchema: (v) => guard.recordSchema(v),
  analyze: (v) => guard.analyze(v, '2024-01-01 10:00'),
  analyzeBatch: (v) => guard.analyzeBatch(v, '2024-01-01 10:00'),
  addBusinessMinutes: (v) => guard.addBusinessMinutes(v, 10),
  businessMinutesBetween: (v) => guard.businessMinutesBetween('2024-01-01 10:00', v),
  train: (v) => pkg.TicketGuard.train(v),
  config: (v) => new pkg.TicketGuard(v),
};

test('every method answers every hostile value with a result or a coded error; the guard keeps working', () => {
  const unexpected = [];
  for (const [name, call] of Object.entries(calls)) {
    for (const [i, v] of hostile.entries()) {
      try {
        call(v);
      } catch (e) {
        const coded = (e instanceof pkg.InputError || e instanceof pkg.ConfigError) && typeof e.code === 'string' && typeof e.path === 'string' && e.message.length > 0;
        if (!coded) unexpected.push(`${name}(#${i}): ${e?.constructor?.name} ${e?.message}`);
      }
      assert.equal(guard.mask('电话13812345678').text, '电话*******5678', `${name}(#${i}) broke the guard`);
    }
  }
  assert.deepEqual(unexpected, []);
  assert.equal({}.polluted, undefined, 'no prototype pollution');
  assert.equal(Object.prototype.polluted, undefined);
});

test('__proto__ keys come back as plain own data, never as prototypes', () => {
  const rec = JSON.parse('{"__proto__":{"x":1},"description":"电话13812345678"}');
  const { record } = guard.maskRecord(rec);
  assert.equal(Object.getPrototypeOf(record), Object.prototype);
  assert.equal(record.description, '电话*******5678');
  assert.equal({}.x, undefined);
});

test('SLA budgets of years and a one-minute-a-week calendar answer quickly', () => {
  const g = new pkg.TicketGuard({ calendar: { timezone: 'America/New_York', weekly: { wed: [['10:00', '10:01']] } }, sla: { policy: { P4: { resolution: 525_600 } } } });
  const t0 = performance.now();
  const r = g.sla({ priority: 'P4', timeline: [{ at: '2024-01-01 09:00', kind: 'received' }] }, '2024-01-02 09:00');
  assert.ok(performance.now() - t0 < 1000);
  assert.equal(r.targets.find((x) => x.kind === 'resolution').state, 'pending');
});

test('in Node the package reads only its own files and makes no network request', () => {
  const script = `
    globalThis.fetch = () => { throw new Error('network request attempted'); };
    const m = await import(${JSON.stringify(join(pkgDir, 'dist', 'index.js'))});
    await m.init();
    const g = new m.TicketGuard();
    const r = g.analyze({ text: '电话13812345678', timeline: [{ at: '2024-01-01 09:00', kind: 'received' }] }, '2024-01-01 10:00');
    console.log(r.masked.text);`;
  const out = execFileSync(process.execPath, ['--experimental-permission', `--allow-fs-read=${join(pkgDir, 'dist')}/*`, '--input-type=module', '-e', script], {
    cwd: dirname(pkgDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
  assert.equal(out.trim(), '电话*******5678');
});
