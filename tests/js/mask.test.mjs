import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkg, fixture } from './pkg.mjs';
import { scoreMask } from './score.mjs';

const guard = new pkg.TicketGuard();

for (const file of ['mask', 'mask_extra']) {
  test(`every case of ${file}.json passes through the packed package`, () => {
    const { cases } = fixture(file);
    assert.ok(cases.length > 0);
    const failed = [];
    for (const c of cases) {
      const r = guard.mask(c.text);
      const fails = scoreMask(c, r, guard.mask(r.text));
      if (fails.length) failed.push(`${c.id} ${JSON.stringify(c.text)}: ${fails.join('; ')}`);
    }
    assert.deepEqual(failed, [], `${failed.length} of ${cases.length} failed`);
  });
}

test('mask_fresh.json (blind batches): at least 97 % of the cases pass through the packed package', () => {
  const { cases } = fixture('mask_fresh');
  const failed = cases.filter((c) => {
    const r = guard.mask(c.text);
    return scoreMask(c, r, guard.mask(r.text)).length > 0;
  });
  console.log(`  mask_fresh: ${cases.length - failed.length} of ${cases.length} pass`);
  assert.ok(cases.length >= 400 && failed.length <= cases.length * 0.03, failed.map((c) => c.id).join(', '));
});

test('locale and placeholder options', () => {
  const en = new pkg.TicketGuard({ locale: 'en' });
  assert.equal(en.mask('ID 11010519491231002X').text, 'ID [ID number]');
  assert.equal(guard.mask('ID 11010519491231002X', { locale: 'en', placeholder: 'kind' }).text, 'ID [id_card]');
  assert.equal(guard.mask('a@b.cn 13812345678', { kinds: ['phone'] }).text, 'a@b.cn *******5678');
});

test('maskRecord returns a masked copy and never mutates its input', () => {
  const record = Object.freeze({
    customerName: '李小红',
    contact: '13912345678',
    description: '地址：上海市闵行区新华路124号17号楼2803室，电话13912345678',
    process: Object.freeze([Object.freeze({ at: '2024-03-15 10:30', action: '回电 0755-88886666', result: 'ok' })]),
  });
  const copy = structuredClone(record);
  const { record: masked, findings } = guard.maskRecord(record);
  assert.deepEqual(record, copy);
  assert.equal(masked.customerName, '李*');
  assert.equal(masked.contact, '*******5678');
  assert.equal(masked.description, '地址：[地址]，电话*******5678');
  assert.equal(masked.process[0].action, '回电 ****-****6666');
  assert.deepEqual(findings.map((f) => f.field), ['description', 'description', 'process[0].action']);
});

test('lone surrogates, NUL and bidi controls outside findings come back exactly', () => {
  const t = '\uD800a\u0000\u202E电话13812345678\uDC00';
  const r = guard.mask(t);
  assert.equal(r.text, '\uD800a\u0000\u202E电话*******5678\uDC00');
  assert.equal(t.slice(r.findings[0].start, r.findings[0].end), '13812345678');
});

test('hostile arguments get InputError with code and path; the instance keeps working', () => {
  const bad = [undefined, null, 42, NaN, true, {}, [], Symbol('s'), 10n, () => 1];
  for (const v of bad) {
    assert.throws(() => guard.mask(v), (e) => e instanceof pkg.InputError && e.code === 'invalid_type' && e.path === 'text');
  }
  const throwing = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
  assert.throws(() => guard.maskRecord(throwing), pkg.InputError);
  assert.throws(() => guard.maskRecord({ a: 1n }), (e) => e instanceof pkg.InputError && e.code === 'invalid_type');
  let deep = [];
  for (let i = 0; i < 10000; i++) deep = [deep];
  assert.throws(() => guard.maskRecord({ description: deep }), (e) => e instanceof pkg.InputError);
  assert.throws(() => guard.mask('x', { kinds: ['nope'] }), (e) => e.code === 'enum' && e.path === 'options.kinds[0]');
  const small = new pkg.TicketGuard({ limits: { maxTextLength: 1000 } });
  assert.throws(() => small.mask('1'.repeat(1001)), (e) => e.code === 'too_large');
  assert.equal(guard.mask('电话13812345678').text, '电话*******5678');
});

test('a 10 MB string is refused with too_large by default limits, then work goes on', () => {
  const big = '电话13812345678 '.repeat(700_000);
  assert.throws(() => guard.mask(big), (e) => e instanceof pkg.InputError && e.code === 'too_large');
  assert.equal(guard.mask('电话13812345678').text, '电话*******5678');
});

test('bad config is a ConfigError with a path', () => {
  assert.throws(() => new pkg.TicketGuard({ locale: 'fr' }), (e) => e instanceof pkg.ConfigError && e.path === 'locale');
  assert.throws(() => new pkg.TicketGuard({ mask: { kinds: [1] } }), (e) => e instanceof pkg.ConfigError && e.path === 'mask.kinds[0]');
  assert.ok(pkg.ConfigError.prototype instanceof Error && pkg.InputError.prototype instanceof Error);
});
