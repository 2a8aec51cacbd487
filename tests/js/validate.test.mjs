import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { pkg, fixture } from './pkg.mjs';

const require = createRequire(new URL('../package.json', import.meta.url));
const Ajv2020 = require('ajv/dist/2020').default;

const NOW = '2026-01-01T00:00:00Z';
const related = (a, b) => a === b || a.startsWith(b + '.') || a.startsWith(b + '[') || b.startsWith(a + '.') || b.startsWith(a + '[');
const found = (issues, exp) => [exp, ...(exp.alt ?? [])].some((e) => issues.some((i) => i.code === e.code && related(i.field, e.field)));

for (const file of ['validate', 'validate_extra']) {
  test(`every case of ${file}.json passes through the packed package, no unexpected errors`, () => {
    const { cases } = fixture(file);
    assert.ok(cases.length >= 36);
    const failed = [];
    for (const c of cases) {
      const guard = new pkg.TicketGuard({ ...c.config, ...(c.locale ? { locale: c.locale } : {}) });
      const r = guard.validate(c.record, { stage: c.stage, now: c.now ?? NOW });
      const fails = [];
      if (r.valid !== c.expectValid) fails.push(`valid=${r.valid}`);
      for (const e of c.expectErrors) if (!found(r.errors, e)) fails.push(`missing error ${e.code}@${e.field}`);
      for (const got of r.errors) if (!c.expectErrors.some((e) => found([got], e))) fails.push(`unexpected ${got.code}@${got.field}`);
      for (const w of c.expectWarnings) if (!found(r.warnings, w)) fails.push(`missing warning ${w.code}@${w.field}`);
      if (fails.length) failed.push(`${c.id} (${c.note}): ${fails.join('; ')}`);
    }
    assert.deepEqual(failed, [], `${failed.length} of ${cases.length} failed`);
  });
}

test('issues carry localised messages and UTF-16 spans; validateField agrees', () => {
  const record = { description: '😀请回电13912345678谢谢', solution: '可能是网络问题' };
  const zh = new pkg.TicketGuard().validate(record, { now: NOW });
  const en = new pkg.TicketGuard({ locale: 'en' }).validate(record, { now: NOW });
  const s = zh.errors.find((i) => i.code === 'sensitive_data');
  assert.equal(record.description.slice(s.start, s.end), '13912345678');
  assert.notEqual(s.message, en.errors.find((i) => i.code === 'sensitive_data').message);
  assert.equal(zh.warnings[0].code, 'vague_wording');
  const field = new pkg.TicketGuard().validateField('description', record.description, { now: NOW });
  assert.deepEqual(field.errors, zh.errors.filter((i) => i.field === 'description'));
});

test('recordSchema is a real JSON Schema that agrees with validate on the vector records', () => {
  const guard = new pkg.TicketGuard();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const { cases } = fixture('validate');
  let checked = 0;
  for (const stage of ['registration', 'processing', 'resolved', 'closed']) {
    const check = ajv.compile(guard.recordSchema(stage));
    for (const c of cases.filter((x) => x.stage === stage && x.expectValid)) {
      assert.ok(check(c.record), `${c.id}: ${JSON.stringify(check.errors)}`);
      checked++;
    }
    const missing = { ...cases.find((x) => x.stage === stage && x.expectValid).record };
    delete missing.ticketId;
    assert.equal(check(missing), false, `${stage} without ticketId`);
  }
  assert.ok(checked >= 10);
});

test('bad input never passes silently', () => {
  const guard = new pkg.TicketGuard();
  assert.throws(() => guard.validate('nope'), (e) => e instanceof pkg.InputError);
  assert.throws(() => guard.validate({}, { stage: 'archived' }), (e) => e.code === 'enum' && e.path === 'stage');
  const r = guard.validate({ description: 42, process: 'x' }, { now: NOW });
  assert.deepEqual(r.errors.map((i) => `${i.code}@${i.field}`).sort(), ['format@description', 'format@process']);
  assert.throws(() => new pkg.TicketGuard({ schema: { lengths: { description: [10, 5] } } }), (e) => e instanceof pkg.ConfigError && e.path.startsWith('schema.lengths.description'));
});
