// Shared set-up of the integration tests: the packed package installed in a consumer project,
// the tiny apps copied into it, the built output served and loaded in headless Chromium, and
// the assertions every app's pages must pass.
//
// The consumer project is the one `tests/pack.mjs` prints (TG_PKG, set by `make test-integration`
// so every file shares one pack); without TG_PKG the file packs its own. TG_KEEP_APPS=1 keeps the
// built apps (in <project>/apps/) to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start } from '../../demo/serve.mjs';
import { foreignRequests, launch, ROOT, watch } from '../e2e/helpers.mjs';

const APPS = join(dirname(fileURLToPath(import.meta.url)), 'apps');

/** The temporary project the tarball is installed in (its node_modules has ticket-guard), and
 * whether this file packed it (then it removes it at the end). */
function consumerProject() {
  if (process.env.TG_PKG) return { project: dirname(process.env.TG_PKG), own: false };
  const entry = execFileSync(process.execPath, [join(ROOT, 'tests', 'pack.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return { project: dirname(entry.toString().trim()), own: true };
}

/**
 * Registers the tests of one consumer app: `build(dir)` turns the app sources in `dir` (copied
 * inside the consumer project, so `ticket-guard` resolves to the installed tarball) into a folder
 * to serve — or a running server `{ url, close }` — with `index.html` (init() on the main thread)
 * and `worker.html` (a compiled module posted to a module worker).
 * @param {{ name: string, sources: string[], build: (dir: string) => Promise<string | { url: string, close: () => Promise<void> }> }} app
 *   `sources`: folders of apps/ copied in order, later ones overriding files of earlier ones.
 */
export function consumerApp({ name, sources, build }) {
  let project, own, dir, site, server, browser, expected;

  before(async () => {
    ({ project, own } = consumerProject());
    mkdirSync(join(project, 'apps'), { recursive: true });
    dir = mkdtempSync(join(project, 'apps', `${name}-`));
    for (const s of sources) cpSync(join(APPS, s), dir, { recursive: true });
    const t0 = Date.now();
    // All three settle before a failure is thrown, so `after` can close a browser that started.
    const settled = await Promise.allSettled([build(dir), launch(), nodeResults(project, dir)]);
    [site, browser, expected] = settled.map((s) => s.value);
    if (typeof site === 'object') server = site;
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    console.log(`# ${name}: built and browser started in ${Date.now() - t0} ms`);
    server ??= await start(site, 0);
  }, { timeout: 60_000 });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (process.env.TG_KEEP_APPS) return;
    // pack.mjs puts the tarball beside the project: remove both when this file packed them.
    if (own) rmSync(dirname(project), { recursive: true, force: true });
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test(`${name}: init() on the main thread, results written into the page`, { timeout: 20_000 }, async () => {
    const { results, seen, wasm } = await load(browser, server.url + 'index.html');
    checkPage(seen, server.url);
    assert.equal(wasm.length, 1, `one .wasm request: ${wasm}`);
    checkResults(results, 'window', expected);
  });

  test(`${name}: compiled module and config posted to a module worker, initSync there`, { timeout: 20_000 }, async () => {
    const { results, seen, wasm } = await load(browser, server.url + 'worker.html');
    checkPage(seen, server.url);
    assert.equal(wasm.length, 1, `only the page fetches the .wasm, once: ${wasm}`);
    checkResults(results, 'worker', expected);
  });
}

/** The same probe in Node, straight from the installed package: what every page must show. */
async function nodeResults(project, dir) {
  const api = await import(pathToFileURL(join(project, 'node_modules', 'ticket-guard', 'dist', 'index.js')).href);
  const { probe, WORKER_CONFIG } = await import(pathToFileURL(join(dir, 'consumer.js')).href);
  await api.init();
  const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'ticket-guard', 'package.json'), 'utf8'));
  return { window: probe(api), worker: probe(api, WORKER_CONFIG), version: pkg.version };
}

/** Opens `url` in a fresh page and waits for the app to write its results. */
async function load(browser, url) {
  const page = await browser.newPage();
  try {
    const seen = watch(page);
    const bad = [];
    page.on('response', (r) => {
      if (r.status() >= 400) bad.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(url);
    const out = page.locator('#results:not([data-state="pending"])');
    await out.waitFor({ timeout: 15_000 });
    const results = JSON.parse(await out.textContent());
    // Let late console messages and requests land before the page closes.
    await page.waitForLoadState('networkidle');
    return { results, seen: { ...seen, bad }, wasm: seen.requests.filter((u) => new URL(u).pathname.endsWith('.wasm')) };
  } finally {
    await page.close();
  }
}

function checkPage(seen, origin) {
  assert.deepEqual(seen.pageErrors, [], 'page errors');
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.failed, [], 'failed requests');
  assert.deepEqual(seen.bad, [], 'HTTP errors');
  assert.deepEqual(foreignRequests(seen.requests, origin), [], 'requests off the test server');
}

const CJK = /[\u4e00-\u9fff]/;

/** The facts the README promises, then equality with Node down to every message. */
function checkResults(results, where, expected) {
  assert.equal(results.error, undefined, `the app failed: ${results.error}`);
  assert.equal(results.where, where);
  const { where: _, ...r } = results;
  const en = where === 'worker'; // the worker's guard has the posted config: English, office hours

  assert.equal(r.version, expected.version);
  assert.equal(r.mask.text, '电话*******5678');
  assert.deepEqual(r.mask.findings.map(({ kind, start, end }) => ({ kind, start, end })), [{ kind: 'phone', start: 2, end: 13 }]);

  assert.equal(r.classify.category, 'product');
  assert.equal(r.classify.subcategory, 'software_fault');
  assert.equal(CJK.test(r.classify.labels.subcategory), !en, `label in the guard's locale: ${r.classify.labels.subcategory}`);

  // Received Friday 2024-06-21 18:00 Shanghai (10:00Z): 30 minutes to accept, counted round the
  // clock by default, from Monday 09:00 on the posted office-hours calendar.
  const accept = r.sla.targets.find((t) => t.kind === 'accept');
  assert.equal(r.sla.priority, 'P2');
  assert.deepEqual(accept, en ? { kind: 'accept', due: '2024-06-24T01:30:00Z', state: 'pending' } : { kind: 'accept', due: '2024-06-21T10:30:00Z', state: 'breached' });

  assert.equal(r.validate.valid, false);
  const codes = Object.fromEntries(r.validate.errors.map((e) => [e.field, e.code]));
  assert.equal(codes.ticketId, 'format'); // month 13
  assert.equal(codes.contact, 'format');
  assert.equal(codes.customerId, 'required');
  const sensitive = r.validate.errors.find((e) => e.code === 'sensitive_data');
  assert.deepEqual([sensitive?.field, sensitive?.start, sensitive?.end], ['description', 3, 14]);
  for (const e of r.validate.errors) assert.equal(CJK.test(e.message), !en, `message in the guard's locale: ${e.message}`);

  assert.deepEqual(r.configError, { instance: true, name: 'ConfigError', code: 'enum', path: 'locale' });
  assert.deepEqual(r.inputError, { instance: true, name: 'InputError', code: 'invalid_type', path: 'text' });

  assert.deepEqual(r, expected[where], 'the page computes exactly what Node computes');
}
