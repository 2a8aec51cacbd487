// The demo page in a real Chromium: no errors, live masking and validation, SLA figures, the
// suggested reply and the weekly review equal to the package's own, a 1,000-ticket batch in
// under two seconds, no request off 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDemo, launch, watch, foreignRequests, docsDir } from './helpers.mjs';
import { SAMPLES } from '../../demo/js/samples.js';

let server;
let browser;
let page;
let seen;
let tmp;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'tg-e2e-'));
  server = await serveDemo();
  browser = await launch();
  // Clipboard permissions, so the reply's Copy button can write and the test can read it back.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page.setDefaultTimeout(10_000);
  seen = watch(page);
  await page.goto(server.url);
  await page.waitForSelector('body.ready');
}, { timeout: 45_000 });

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Replaces an input's value the way an agent does: select all, then type. */
async function typeInto(locator, text) {
  await locator.click();
  await locator.press('ControlOrMeta+a');
  await locator.press('Delete');
  await locator.pressSequentially(text);
}

test('the page loads with the CSP in force and no console or page errors', { timeout: 15_000 }, async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
  assert.match(await page.textContent('#version'), /^v\d+\.\d+\.\d+/);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.failed, []);
});

test('typing into the first textarea shows the masked preview within a second', { timeout: 15_000 }, async () => {
  const first = page.locator('textarea').first();
  assert.equal(await first.getAttribute('name'), 'description');
  await typeInto(first, '电话13812345678');
  const t0 = Date.now();
  await page.waitForFunction(() => document.querySelector('#preview').textContent.includes('*******5678'), null, { timeout: 1000 });
  assert.ok(Date.now() - t0 < 1000);
  const preview = await page.textContent('#preview');
  assert.equal(preview, '电话*******5678');
  assert.equal(await page.getAttribute('#preview .pii', 'data-kind'), 'phone');
});

test('typing into the form shows validation issues beside the fields', { timeout: 15_000 }, async () => {
  // An impossible date in the ticket id is a format error under that field.
  await typeInto(page.locator('#f-ticketId'), 'SR20241301001');
  const idIssue = page.locator('[data-field=ticketId] .issue.error');
  await idIssue.first().waitFor();
  assert.equal(await idIssue.first().getAttribute('data-code'), 'format');

  // A full ID number in the description is sensitive data, its span underlined.
  await typeInto(page.locator('#f-description'), '客户说身份证110108197905240062丢了，要补办会员卡');
  const descIssue = page.locator('[data-field=description] .issue.error[data-code=sensitive_data]');
  await descIssue.waitFor();
  assert.equal(await descIssue.locator('mark.squiggle').textContent(), '110108197905240062');

  // Fixing the value clears the error.
  await typeInto(page.locator('#f-ticketId'), 'SR20241001001');
  await page.waitForFunction(() => !document.querySelector('[data-field=ticketId] .issue.error'));

  // The stage decides what is required: at `closed`, satisfaction and reviewer are.
  await page.click('#stages button[data-stage=closed]');
  for (const field of ['satisfaction', 'reviewer']) {
    const codes = await page.locator(`[data-field=${field}] .issue.error`).evaluateAll((els) => els.map((e) => e.dataset.code));
    assert.ok(codes.includes('required'), `${field} is required when closing: ${codes}`);
  }
  assert.match(await page.getAttribute('#form-status', 'class'), /bad/);
});

test('the SLA panel shows the due times guard.sla computes for the same input', { timeout: 20_000 }, async () => {
  await page.selectOption('#calendar', 'office');
  await page.waitForFunction(() => document.querySelector('#now-zone').textContent === 'Asia/Shanghai');
  // Remove every event but `received`, then build: received (P2) on the eve of National Day,
  // accepted, paused for the customer and resumed.
  while ((await page.locator('#timeline .del').count()) > 0) await page.locator('#timeline .del').first().click();
  const received = page.locator('#timeline li[data-kind=received] input.at');
  await received.fill('2024-09-29 17:40');
  await received.dispatchEvent('change');
  await page.selectOption('#timeline li[data-kind=received] select.prio', 'P2');
  const addAt = async (kind, at) => {
    await page.fill('#now-text', at);
    await page.selectOption('#event-kind', kind);
    await page.click('#add-event');
  };
  await addAt('accepted', '2024-09-29 17:58');
  await addAt('responded', '2024-09-30 09:40');
  await addAt('paused', '2024-09-30 11:00');
  await addAt('resumed', '2024-10-08 09:30');
  await page.fill('#now-text', '2024-10-08 15:00');
  await page.dispatchEvent('#now-text', 'input');

  const panel = async () => {
    await page.waitForSelector('#targets tbody tr');
    return page.locator('#targets tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ kind: r.dataset.kind, state: r.dataset.state, due: r.querySelector('time')?.getAttribute('datetime') ?? null, shown: r.querySelector('.due-utc').textContent })));
  };
  const text = await page.inputValue('#f-description');
  const expected = (now) =>
    page.evaluate(async ({ text, now }) => {
      const { init, TicketGuard } = await import('./pkg/index.js');
      await init();
      const days = (a, b) => {
        const out = [];
        for (let t = Date.parse(`${a}T00:00Z`); t <= Date.parse(`${b}T00:00Z`); t += 864e5) out.push(new Date(t).toISOString().slice(0, 10));
        return out;
      };
      const day = [['09:00', '18:30']];
      const guard = new TicketGuard({
        calendar: {
          timezone: 'Asia/Shanghai',
          weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
          holidays: ['2024-01-01', ...days('2024-02-10', '2024-02-17'), ...days('2024-04-04', '2024-04-06'), ...days('2024-05-01', '2024-05-05'),
            '2024-06-10', ...days('2024-09-15', '2024-09-17'), ...days('2024-10-01', '2024-10-07')],
          extraWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
        },
      });
      const r = guard.sla({
        text,
        timeline: [
          { kind: 'received', at: '2024-09-29 17:40', priority: 'P2' },
          { kind: 'accepted', at: '2024-09-29 17:58' },
          { kind: 'responded', at: '2024-09-30 09:40' },
          { kind: 'paused', at: '2024-09-30 11:00' },
          { kind: 'resumed', at: '2024-10-08 09:30' },
        ],
      }, now);
      guard.free();
      return r.targets.map((t) => ({ kind: t.kind, state: t.state, due: t.due, shown: t.due ?? '—' }));
    }, { text, now });

  const atNow = await panel();
  assert.deepEqual(atNow, await expected('2024-10-08 15:00'));
  assert.equal(atNow.length >= 4, true);
  assert.ok(atNow.every((t) => t.kind === 'follow_up' || t.due === null || t.due.endsWith('Z')));

  // Moving the "now" slider re-evaluates the states at the slider's time.
  await page.locator('#now-slider').fill('1000');
  const later = await page.inputValue('#now-text');
  assert.notEqual(later, '2024-10-08 15:00');
  await page.waitForFunction((n) => document.querySelector('#now-text').value === n, later);
  assert.deepEqual(await panel(), await expected(later));
  const states = (await panel()).map((t) => t.state);
  assert.ok(states.includes('breached'), `at the end of the slider something is breached: ${states}`);
});

/** `count` tickets in Chinese and English with phones, IDs, cards and addresses. */
function tickets(count) {
  const texts = [
    (n) => `手机${n.phone}打不通客服，退款一周没到账`,
    (n) => `Order ${n.order} never arrived, call me on ${n.phone}`,
    (n) => `快递显示签收但没收到，地址北京市朝阳区建国路${n.k % 200}号${n.k % 30}层`,
    (n) => `The app crashes on start since the update, my account is ${n.email}`,
    (n) => `账号被盗了！！！赶紧冻结，身份证${n.id}`,
    (n) => `How do I reset the password? Tried ${n.k % 5} times`,
    (n) => `发票开错了抬头，订单${n.order}，麻烦重开`,
    (n) => `建议增加夜间配送时段，谢谢`,
  ];
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const base = Date.now();
  return Array.from({ length: count }, (_, k) => {
    const body = `1101051980${String(1 + (k % 12)).padStart(2, '0')}${String(1 + (k % 28)).padStart(2, '0')}${String(k % 1000).padStart(3, '0')}`;
    const id = body + '10X98765432'[[...body].reduce((s, c, i) => s + Number(c) * W[i], 0) % 11];
    const n = { k, phone: `139${String(10000000 + ((k * 7919) % 89999999)).padStart(8, '0')}`, order: `DD2024${String(k).padStart(8, '0')}`, email: `user${k}@example.com`, id };
    const received = new Date(base - ((k * 37) % 5000) * 60_000).toISOString();
    const t = { id: `SR20241008${String(k).padStart(4, '0')}`, text: texts[k % texts.length](n), receivedAt: received };
    if (k % 3 === 0) t.timeline = [{ kind: 'accepted', at: new Date(Date.parse(received) + 5 * 60_000).toISOString() }];
    return t;
  });
}

test('the batch view renders a 1,000-ticket JSON file in under two seconds', { timeout: 20_000 }, async (t) => {
  const list = tickets(1000);
  const file = join(tmp, 'tickets-1000.json');
  writeFileSync(file, JSON.stringify(list));
  const before = await page.getAttribute('#batch-table', 'data-run');
  const t0 = Date.now();
  await page.setInputFiles('#batch-file', file);
  await page.waitForFunction(
    (prev) => {
      const t = document.querySelector('#batch-table');
      return t.dataset.run !== prev && t.dataset.source === 'tickets-1000.json' && t.tBodies[0].rows.length === 1000;
    },
    before,
    { timeout: 5000 },
  );
  const elapsed = Date.now() - t0;
  t.diagnostic(`file → table: ${elapsed} ms (${await page.textContent('#batch-stats')})`);
  assert.ok(elapsed < 2000, `rendering 1,000 tickets took ${elapsed} ms`);

  const rows = await page.locator('#batch-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ state: tr.dataset.state, text: tr.textContent })));
  assert.equal(rows.length, 1000);
  assert.equal(rows.filter((r) => r.state === 'error').length, 0);
  for (const [i, r] of rows.entries()) {
    const phone = list[i].text.match(/139\d{8}/)?.[0];
    if (phone) assert.ok(!r.text.includes(phone.slice(0, 7)) && r.text.includes(phone.slice(-4)), `row ${i} shows ${r.text}`);
  }
  // The charts are drawn from the same results.
  assert.equal(await page.locator('#batch-charts svg').count(), 3);
  assert.match(await page.textContent('#batch-stats'), /^1,000 /);
});

test('pasted CSV is read with its quoting; tickets that cannot be analysed show their error in place', { timeout: 10_000 }, async () => {
  const csv = [
    'id,text,receivedAt,contactCount,timeline',
    'C-1,"电话13812345678，退款一直没到账, ""急""",2024-10-08T09:00:00+08:00,2,',
    'C-2,"Where is my parcel? No reception time on this one",,,',
    'C-3,"App crashes on start",2024-10-08T09:00:00+08:00,,"[{""kind"":""teleported"",""at"":""2024-10-08T09:10:00+08:00""}]"',
  ].join('\n');
  await page.fill('#batch-input', csv);
  await page.fill('#batch-asof', '2024-10-08 10:00');
  await page.click('#batch-run');
  await page.waitForFunction(() => document.querySelector('#batch-table').tBodies[0].rows.length === 3);
  const rows = await page.locator('#batch-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ state: tr.dataset.state, text: tr.textContent })));
  assert.ok(['ok', 'risk', 'breached'].includes(rows[0].state), rows[0].state);
  assert.match(rows[0].text, /\*{7}5678，退款一直没到账, "急"/);
  assert.equal(rows[1].state, 'none', 'no reception time: no SLA, still classified');
  assert.equal(rows[2].state, 'error');
  assert.match(rows[2].text, /timeline\[0\]\.kind/);
  // The review leaves out the same two tickets, each with its reason.
  const skipped = await page.locator('#batch-review .skipped li').evaluateAll((lis) => lis.map((li) => [li.dataset.index, li.textContent]));
  assert.deepEqual(skipped.map(([i]) => i), ['1', '2']);
  assert.match(skipped[0][1], /receivedAt/);
  assert.match(skipped[1][1], /timeline\[0\]\.kind/);
});

test('no request leaves 127.0.0.1', { timeout: 5_000 }, async () => {
  const origin = server.url.replace(/\/$/, '');
  assert.ok(seen.requests.some((u) => u.endsWith('/pkg/wasm/ticket_guard_bg.wasm')), 'the wasm came from the page itself');
  assert.deepEqual(foreignRequests(seen.requests, origin), []);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
});

test('the zh-CN/en toggle re-creates the guard: labels and messages follow', { timeout: 15_000 }, async () => {
  await page.click('[data-sample=refund]');
  const message = () => page.locator('[data-field=description] .issue.error').first().textContent();
  assert.match(await message(), /[\u4e00-\u9fff]/, 'zh-CN by default');
  await page.click('#locale [data-locale=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.doesNotMatch(await message(), /[\u4e00-\u9fff]/);
  assert.equal(await page.textContent('#classification .cat'), 'Billing & payment');
  assert.match(await page.textContent('#preview'), /\[card number\]/);
  await page.click('#locale [data-locale=zh-CN]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.match(await page.textContent('#preview'), /\[银行卡号\]/);
});

/** guard.suggestReply computed in the page by a guard configured like the page's for `calendar`. */
const pageReply = (ticket, options, calendar) =>
  page.evaluate(async ({ ticket, options, calendar }) => {
    const { init, TicketGuard } = await import('./pkg/index.js');
    const { CALENDARS } = await import('./js/calendars.js');
    await init();
    const guard = new TicketGuard({ locale: options.locale, calendar: CALENDARS[calendar].config });
    try {
      return guard.suggestReply(ticket, options);
    } finally {
      guard.free();
    }
  }, { ticket, options, calendar });

/** What the reply card shows. */
const replyCard = () =>
  page.locator('#reply-card').evaluate((card) => ({
    text: card.querySelector('#reply-text').textContent,
    stage: card.querySelector('#reply-text').dataset.stage,
    progress: card.querySelector('.part-progress')?.textContent ?? null,
    due: card.querySelector('#reply-meta time')?.getAttribute('datetime') ?? null,
    meta: card.querySelector('#reply-meta').textContent,
  }));

/** An 11-digit mainland mobile number standing alone (ticket ids such as SR20240929014 hold 11 digits too). */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** `HH:mm` of an ISO instant in `tz`. */
const hhmm = (iso, tz) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

test('the suggested reply states the due time guard.suggestReply gives, quotes no phone, follows stage, "now" and locale', { timeout: 20_000 }, async () => {
  const sample = SAMPLES.smoke;
  await page.click('[data-sample=smoke]');
  await page.waitForFunction(() => document.querySelector('#reply-text .part-progress'));
  // The page's reply input: the form's text, masked name and ticket id, the SLA panel's timeline.
  const ticket = { text: sample.record.description, customerName: sample.record.customerName, ticketId: sample.record.ticketId, timeline: sample.timeline };
  const expectAt = async (stage, now, locale = 'zh-CN') => {
    const want = await pageReply(ticket, { stage, now, locale }, sample.calendar);
    await page.waitForFunction((text) => document.querySelector('#reply-text').textContent === text, want.text, { timeout: 3000 }).catch(() => {});
    const shown = await replyCard();
    assert.equal(shown.due, want.due);
    assert.equal(shown.text, want.text);
    assert.equal(shown.stage, stage);
    return { shown, want };
  };

  // Processing: the next update's due time, said in the calendar's zone.
  const { shown } = await expectAt('processing', sample.now);
  assert.ok(shown.due?.endsWith('Z'), `a due time is promised: ${shown.due}`);
  assert.ok(shown.progress.includes(hhmm(shown.due, 'Asia/Shanghai')), `${shown.progress} states ${shown.due}`);
  assert.ok(shown.text.startsWith(`${sample.record.customerName}`), shown.text);
  assert.doesNotMatch(shown.text, MOBILE, 'no phone number in the reply');

  // The form's stage picks the target: registration → first response or resolution; closed →
  // the satisfaction call-back, which has no clock before the ticket is resolved: no promise.
  await page.click('#stages button[data-stage=registration]');
  await expectAt('registration', sample.now);
  await page.click('#stages button[data-stage=closed]');
  const closed = await expectAt('resolved', sample.now);
  assert.equal(closed.shown.due, null);
  assert.equal(closed.shown.progress, null);
  await page.click('#stages button[data-stage=processing]');
  await expectAt('processing', sample.now);

  // It updates live with the SLA panel's "now".
  await page.fill('#now-text', '2024-09-29 18:05');
  await page.dispatchEvent('#now-text', 'input');
  const evening = await expectAt('processing', '2024-09-29 18:05');
  assert.match(evening.shown.progress, /明天/);

  // A phone number typed as the ticket id reaches the reply masked.
  await typeInto(page.locator('#f-ticketId'), '13912345678');
  await page.waitForFunction(() => document.querySelector('#reply-text .part-reference')?.textContent.includes('5678'));
  const phoned = await replyCard();
  assert.doesNotMatch(phoned.text, MOBILE, phoned.text);
  assert.doesNotMatch(phoned.text, /1391234/, phoned.text);
  await typeInto(page.locator('#f-ticketId'), sample.record.ticketId);

  // English follows the toggle.
  await page.click('#locale [data-locale=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const en = await expectAt('processing', '2024-09-29 18:05', 'en');
  assert.match(en.shown.progress, /^We will update you on our progress by tomorrow at \d\d:\d\d\.$/);
  await page.click('#locale [data-locale=zh-CN]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
});

test('Copy puts the reply on the clipboard, or selects it when the clipboard is refused', { timeout: 10_000 }, async () => {
  const text = await page.textContent('#reply-text');
  assert.ok(text.length > 20);
  await page.click('#copy-reply');
  await page.waitForSelector('#copy-reply[data-copied=clipboard]');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);

  // Without clipboard access the text is selected for Ctrl+C.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.click('#copy-reply');
  await page.waitForSelector('#copy-reply[data-copied=selection]');
  assert.equal(await page.evaluate(() => window.getSelection().toString()), text);
  await page.evaluate(() => {
    delete navigator.clipboard.writeText;
    window.getSelection().removeAllRanges();
  });
});

test('the weekly review shows the figures guard.review gives for the loaded batch', { timeout: 20_000 }, async () => {
  await page.click('[data-sample=smoke]'); // the office calendar
  const before = await page.getAttribute('#batch-table', 'data-run');
  await page.click('#batch-generate');
  await page.waitForFunction((prev) => {
    const t = document.querySelector('#batch-table');
    return t.dataset.run !== prev && t.tBodies[0].rows.length === 1000;
  }, before);
  const want = await page.evaluate(async () => {
    const { init, TicketGuard } = await import('./pkg/index.js');
    const { CALENDARS } = await import('./js/calendars.js');
    const { readTickets } = await import('./js/tickets.js');
    await init();
    const guard = new TicketGuard({ calendar: CALENDARS.office.config });
    try {
      const tickets = readTickets(document.querySelector('#batch-input').value);
      return guard.review(tickets, { now: document.querySelector('#batch-asof').value, groupBy: 'week' });
    } finally {
      guard.free();
    }
  });
  const shown = Object.fromEntries(await page.locator('#batch-review .fig').evaluateAll((figs) =>
    figs.map((f) => [f.dataset.figure, { value: f.dataset.value, count: f.dataset.count, text: f.textContent }])));
  const rate = (fig) => `${Math.round(fig.value * 100)}% (n=${fig.count.toLocaleString('en')})`;
  for (const name of ['responseOnTimeRate', 'resolutionOnTimeRate', 'firstContactResolutionRate', 'csat', 'followUpOnTimeRate', 'escalationRate', 'repeatRate']) {
    assert.notEqual(want[name].value, null, `the generated batch gives ${name} a value`);
    assert.equal(shown[name]?.text, rate(want[name]), name);
    assert.equal(Number(shown[name].value), want[name].value, name);
    assert.equal(Number(shown[name].count), want[name].count, name);
  }
  assert.equal(shown.scoreMean.text, `${want.scoreMean.value.toFixed(2)} (n=${want.scoreMean.count})`);
  assert.ok(want.csat.count > 0 && want.scoreMean.count === want.csat.count);
  assert.equal(Number(shown.firstResponseBusinessMedian.value), want.firstResponseBusinessMedian.value);
  assert.equal(Number(shown.breaches.value), want.breaches.length);
  assert.ok(want.breaches.length > 0 && want.escalationRate.value > 0);
  // Skipped tickets with their reasons, top problem types, one chart bar per week.
  const skipped = await page.locator('#batch-review .skipped li[data-index]').evaluateAll((lis) => lis.map((li) => li.textContent));
  assert.equal(skipped.length, Math.min(5, want.skipped.length));
  assert.ok(want.skipped.length > 0);
  skipped.forEach((line, i) => assert.ok(line.includes(want.skipped[i].reason), line));
  const top = await page.locator('#batch-review [data-list=categories] li').evaluateAll((lis) => lis.map((li) => li.dataset.key));
  assert.deepEqual(top, want.distributions.categories.slice(0, 5).map((b) => b.key));
  const weeks = await page.locator('#batch-review .wk').evaluateAll((gs) => gs.map((g) => [g.dataset.period, Number(g.dataset.tickets)]));
  assert.deepEqual(weeks, want.periods.map((p) => [p.period, p.tickets]));
  assert.ok(weeks.length >= 4, `the generated batch spans weeks: ${weeks.length}`);
});

test('screenshot of the demo with sample data (docs/demo.png)', { timeout: 20_000 }, async () => {
  await page.click('[data-sample=smoke]');
  await page.click('#apply-suggestion');
  await page.click('#batch-generate');
  await page.waitForFunction(() => document.querySelector('#batch-table').tBodies[0].rows.length === 1000);
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  // A viewport as tall as the page, so rows drawn only when in view (content-visibility) show.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.screenshot({ path: join(docsDir(), 'demo.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
});

// Last, because the blocked script logs a console error on purpose.
test('the CSP is in force: an injected inline script does not run', { timeout: 5_000 }, async () => {
  const inline = await page.evaluate(async () => {
    const violation = new Promise((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(e.violatedDirective), { once: true }));
    const s = document.createElement('script');
    s.textContent = 'window.__tgInline = true';
    document.head.append(s);
    s.remove();
    return { ran: window.__tgInline === true, directive: await violation };
  });
  assert.deepEqual(inline, { ran: false, directive: 'script-src-elem' });
});
