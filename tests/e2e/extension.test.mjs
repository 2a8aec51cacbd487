// The MV3 example extension in a real Chromium: it annotates the fixture helpdesk's ticket
// rows, shows the list's on-time rate (guard.review in the worker), masks the personal data
// shown there, follows rows added later, and leaves the page's own strict CSP (which forbids
// wasm) as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDemo, launchWithExtension, ensurePkg, watch, foreignRequests, docsDir, DEMO, EXTENSION } from './helpers.mjs';

const FIXTURE_HTML = readFileSync(join(DEMO, 'helpdesk-fixture', 'index.html'), 'utf8');
const FIXTURE_CSP = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(FIXTURE_HTML)[1];
/** The fixture's rows as written: [ticket id, phone, full row text]. */
const ROWS = [...FIXTURE_HTML.matchAll(/<tr data-ago[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
  const cells = [...m[1].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]);
  return { id: cells[0], contact: cells[2], text: cells.join(' ') };
});
const digits = (s) => s.replace(/\D/g, '');
const isPhone = (s) => !s.includes('@');

let server;
let browser;
let page;
let seen;
let extensionId;
let response;

before(async () => {
  ensurePkg(EXTENSION);
  server = await serveDemo();
  browser = await launchWithExtension(EXTENSION);
  const { context } = browser;
  context.setDefaultTimeout(10_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  extensionId = new URL(worker.url()).host;
  page = await context.newPage();
  seen = watch(page);
  response = await page.goto(`${server.url}helpdesk-fixture/`);
  await page.waitForFunction((n) => document.querySelectorAll('#ticket-list .tg-badges').length === n, ROWS.length, { timeout: 15_000 });
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await server?.close();
});

const rowTexts = () => page.locator('#ticket-list tbody tr').evaluateAll((trs) => trs.map((tr) => tr.innerText));

test('the fixture has ten tickets with phones, IDs and addresses', () => {
  assert.equal(ROWS.length, 10);
  assert.ok(ROWS.filter((r) => isPhone(r.contact)).length >= 8);
});

test('every ticket row gets category, priority and SLA badges', { timeout: 15_000 }, async () => {
  const badges = await page.locator('#ticket-list tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      category: tr.querySelector('.tg-cat')?.textContent ?? '',
      priority: tr.querySelector('.tg-prio')?.textContent ?? '',
      sla: tr.dataset.tgSla,
      categoryId: tr.dataset.tgCategory,
    })));
  assert.equal(badges.length, ROWS.length);
  for (const b of badges) {
    assert.ok(b.category.length > 0);
    assert.match(b.priority, /^P[1-4]$/);
    assert.ok(['ok', 'risk', 'breached', 'achieved'].includes(b.sla), b.sla);
  }
  // The smoking heater (first row) is urgent; the purchase question is not.
  assert.equal(badges[0].priority, 'P1');
  assert.notEqual(badges[7].priority, 'P1');
  // A 2-day-old ticket that nobody touched is past its SLA.
  assert.equal(badges[8].sla, 'breached');
});

/** The on-time bar's data and text. */
const summary = () =>
  page.locator('.tg-summary').evaluate((bar) => ({ ...bar.dataset, text: bar.textContent, before: bar.nextElementSibling?.id }));

test('a bar above the list shows its on-time rate, agreeing with the row badges', { timeout: 15_000 }, async () => {
  await page.waitForSelector('.tg-summary[data-basis]');
  const bar = await summary();
  assert.equal(bar.before, 'ticket-list');
  // No fixture ticket has been answered yet, so the rate is the share not breached, and says so.
  assert.equal(bar.basis, 'not_breached');
  assert.match(bar.text, /SLA 未超时占比（尚无已响应工单）/);
  const states = await page.locator('#ticket-list tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.tgSla));
  const share = states.filter((st) => st !== 'breached').length / states.length;
  assert.ok(share > 0 && share < 1, `some but not all rows are breached: ${states}`);
  assert.equal(Number(bar.count), ROWS.length);
  assert.ok(Math.abs(Number(bar.value) - share) < 1e-9, `${bar.value} vs ${share}`);
  assert.ok(bar.text.includes(`${Math.round(share * 100)}% (n=${ROWS.length})`), bar.text);
});

test("the page's phone numbers keep only their last four digits, IDs and addresses are gone", { timeout: 15_000 }, async () => {
  const texts = await rowTexts();
  for (const [i, row] of ROWS.entries()) {
    const shown = texts[i];
    if (isPhone(row.contact)) {
      // The number proper: a landline's extension (转 206) is not part of its last four.
      const d = digits(row.contact.replace(/\s*(转|ext\.?)\s*\d+$/i, ''));
      // Every digit of the number but the last four is gone (also the country code's run).
      assert.ok(!digits(shown).includes(d.slice(0, -4)), `row ${i} leaks ${row.contact}: ${shown}`);
      assert.ok(shown.includes(d.slice(-4)), `row ${i} keeps the last four digits: ${shown}`);
    }
    assert.ok(shown.includes(row.id), `ticket ids are not personal data: ${shown}`);
  }
  assert.ok(!texts.join('\n').includes('440106198509172318'), 'the ID number is masked');
  assert.ok(!texts[0].includes('漕溪北路398号'), 'the Chinese address is masked');
  assert.ok(!texts[5].includes('d.kim@'), 'the e-mail local part is masked');
});

test("the page's own CSP is unchanged and still in force", { timeout: 15_000 }, async () => {
  const metas = await page.locator('meta[http-equiv]').evaluateAll((ms) => ms.map((m) => [m.httpEquiv, m.content]));
  assert.deepEqual(metas, [['Content-Security-Policy', FIXTURE_CSP]]);
  assert.equal(FIXTURE_CSP, "default-src 'self'; script-src 'self'");
  assert.equal(response.headers()['content-security-policy'], undefined, 'no CSP header was added either');
  const scripts = await page.locator('script').evaluateAll((ss) => ss.map((s) => s.getAttribute('src')));
  assert.deepEqual(scripts, ['helpdesk.js']);
  // Wasm cannot run in this page (which is why it runs in the extension's worker).
  const wasmBlocked = await page.evaluate(async () => {
    try {
      await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(wasmBlocked);
});

test('a ticket arriving later is annotated and masked too', { timeout: 15_000 }, async () => {
  await page.click('#refresh');
  await page.waitForFunction(() => {
    const row = document.querySelector('#ticket-list tbody tr');
    return row.querySelector('.tg-badges') && !row.innerText.includes('6222021234567890128') && !row.innerText.includes('1334567');
  });
  const first = (await rowTexts())[0];
  assert.ok(first.includes('8901'), first);
  assert.equal(await page.locator('#ticket-list .tg-badges').count(), ROWS.length + 1);
  // The on-time bar now covers the new ticket too.
  await page.waitForSelector(`.tg-summary[data-count="${ROWS.length + 1}"]`);
});

test('the popup switches masking off and on again, and the badge language', { timeout: 20_000 }, async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const box = popup.locator('#mask');
  await box.waitFor();
  assert.equal(await box.isChecked(), true);
  await box.uncheck();
  await page.waitForFunction(() => document.body.innerText.includes('13812345678'));
  await box.check();
  await page.waitForFunction(() => !document.body.innerText.includes('13812345678'));
  // The badge language follows the popup too.
  await popup.selectOption('#locale', 'en');
  await page.waitForFunction(() => [...document.querySelectorAll('#ticket-list tbody tr')].every((r) => r.dataset.tgLocale === 'en'));
  assert.doesNotMatch(await page.locator('#ticket-list .tg-cat').first().textContent(), /[\u4e00-\u9fff]/);
  await page.waitForSelector('.tg-summary[data-tg-locale=en]');
  assert.match((await summary()).text, /SLA not breached \(no ticket answered yet\) \d+% \(n=\d+\)/);
  await popup.selectOption('#locale', 'zh-CN');
  await page.waitForFunction(() => [...document.querySelectorAll('#ticket-list tbody tr')].every((r) => r.dataset.tgLocale === 'zh-CN'));
  await popup.close();
});

test('no request leaves 127.0.0.1 and the page reports no errors', { timeout: 5_000 }, async () => {
  assert.deepEqual(foreignRequests(seen.requests, server.url.replace(/\/$/, '')), []);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
});

test('screenshot of the annotated fixture (docs/extension.png)', { timeout: 15_000 }, async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(docsDir(), 'extension.png'), fullPage: true });
});
