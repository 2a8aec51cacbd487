import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pkg, pkgDir, fixture } from './pkg.mjs';

const NOW = '2026-01-01T00:00:00Z';
const CJK = /[\u4e00-\u9fff]/;
const CODES = ['required', 'format', 'enum', 'length', 'time_order', 'future_time', 'inconsistent', 'sensitive_data', 'vague_wording'];

test('every issue code has a zh-CN and an en message; labels exist in both locales', () => {
  const zh = new pkg.TicketGuard();
  const en = new pkg.TicketGuard({ locale: 'en' });
  const seen = new Set();
  for (const c of [...fixture('validate').cases, ...fixture('validate_extra').cases]) {
    const a = zh.validate(c.record, { stage: c.stage, now: NOW });
    const b = en.validate(c.record, { stage: c.stage, now: NOW });
    const issues = [...a.errors, ...a.warnings];
    const english = [...b.errors, ...b.warnings];
    assert.equal(issues.length, english.length, c.id);
    issues.forEach((i, k) => {
      seen.add(i.code);
      assert.ok(CJK.test(i.message), `${c.id} zh: ${i.message}`);
      assert.ok(!CJK.test(english[k].message.replace(/“[^”]*”|"[^"]*"/g, '')) && english[k].message.length > 0, `${c.id} en: ${english[k].message}`);
    });
  }
  assert.deepEqual([...seen].sort(), [...CODES].sort());
  for (const cat of pkg.TicketGuard.defaults().taxonomy.categories) {
    for (const item of [cat, ...(cat.subcategories ?? [])]) {
      assert.ok(CJK.test(item.labels['zh-CN']) && /^[\x20-\x7e]+$/.test(item.labels.en), `${item.id}: ${JSON.stringify(item.labels)}`);
    }
  }
  const kinds = ['phone', 'email', 'id_card', 'passport', 'bank_card', 'address'];
  const sample = 'ID 11010519491231002X card 4111 1111 1111 1111 passport E12345678 地址：上海市闵行区新华路124号17号楼2803室';
  const placeholders = (g) => g.mask(sample).findings.filter((f) => !['phone', 'email'].includes(f.kind)).map((f) => f.replacement);
  assert.equal(new Set(placeholders(zh)).size, 4);
  placeholders(zh).forEach((p, k) => assert.notEqual(p, placeholders(en)[k]));
  assert.ok(kinds.length === 6);
  const reasons = (g) => g.priority({ text: '再不处理我就去12315投诉', customerTier: 'vip' }).reasons.map((r) => r.message);
  reasons(zh).forEach((m, k) => { assert.ok(CJK.test(m)); assert.notEqual(m, reasons(en)[k]); });
});

test('another locale through config.messages: templates and labels over the built-ins', () => {
  const zhTW = new pkg.TicketGuard({
    messages: {
      templates: { required: '{label}為必填欄位', format: '{label}格式不正確', sensitive_data: '{label}含有未遮罩的{kind}' },
      labels: { ticketId: '工單編號', description: '問題描述' },
    },
  });
  const r = zhTW.validate({ ticketId: 'SR2024', description: '請回電13912345678' }, { stage: 'registration', now: NOW });
  const by = (f) => r.errors.find((i) => i.field === f);
  assert.equal(by('ticketId').message, '工單編號格式不正確');
  assert.equal(by('customerId').message, '客户编号為必填欄位');
  assert.match(by('description').message, /^問題描述含有未遮罩的/);
  assert.equal(by('description').code, 'sensitive_data');
  for (const [messages, path] of [
    [{ templates: { nope: 'x' } }, 'messages.templates.nope'],
    [{ templates: { required: '{label} {mood}' } }, 'messages.templates.required'],
    [{ labels: { shoeSize: 'x' } }, 'messages.labels.shoeSize'],
    [{ colours: {} }, 'messages.colours'],
  ]) {
    assert.throws(() => new pkg.TicketGuard({ messages }), (e) => e instanceof pkg.ConfigError && e.path === path, JSON.stringify(messages));
  }
});

test('the README API table and the packed .d.ts name the same calls', () => {
  const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('### API'), readme.indexOf('## Masking'));
  const documented = new Set([...table.matchAll(/`(?:guard\.|TicketGuard\.|new )?(\w+)\(/g)].map((m) => m[1]));
  const dts = readFileSync(join(pkgDir, 'dist', 'index.d.ts'), 'utf8');
  const cls = dts.slice(dts.indexOf('export declare class TicketGuard'));
  const methods = new Set([...cls.matchAll(/^\s{4}(?:static )?(\w+)(?:<[^>]*>)?\(/gm)].map((m) => m[1]).filter((n) => n !== 'constructor'));
  const functions = new Set([...dts.matchAll(/^export declare function (\w+)\(/gm)].map((m) => m[1]));
  const declared = new Set([...methods, ...functions, 'TicketGuard']);
  documented.delete('free'); declared.delete('free');
  assert.deepEqual([...documented].sort(), [...declared].sort());
});
