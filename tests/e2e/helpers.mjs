// Shared set-up of the end-to-end tests: the demo server, Debian's Chromium through
// playwright-core, and the package copied where the pages and the extension load it from.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start } from '../../demo/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO = join(ROOT, 'demo');
export const DOCS = join(ROOT, 'docs');
export const EXTENSION = join(DEMO, 'extension');
const DIST = join(ROOT, 'js', 'dist');

export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Copies the built package (js/dist) to `dir/pkg`. The Makefile's `test-e2e` target already
 * did so for demo/ (then `fresh` is false and an existing copy is kept).
 */
export function ensurePkg(dir, fresh = true) {
  if (!existsSync(join(DIST, 'index.js'))) throw new Error('js/dist is missing: run `make build` first');
  const pkg = join(dir, 'pkg');
  if (!fresh && existsSync(join(pkg, 'wasm', 'ticket_guard_bg.wasm'))) return;
  rmSync(pkg, { recursive: true, force: true });
  mkdirSync(pkg, { recursive: true });
  cpSync(DIST, pkg, { recursive: true });
}

/** Serves demo/ on 127.0.0.1 at a free port. */
export async function serveDemo() {
  ensurePkg(DEMO, false);
  return start(DEMO, 0);
}

/** A fresh headless Chromium. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/** Chromium with the unpacked extension at `dir` loaded (MV3 needs a persistent context). */
export async function launchWithExtension(dir) {
  const profile = mkdtempSync(join(tmpdir(), 'tg-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records what a page reports: console errors, uncaught errors, failed requests and every
 * request URL, so a test can assert that nothing went wrong and nothing left 127.0.0.1.
 */
export function watch(page) {
  const seen = { consoleErrors: [], pageErrors: [], failed: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e?.stack ?? e)));
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => seen.requests.push(r.url()));
  return seen;
}

/** Only the page's own origin (and inline data: / blob: URLs) were requested. */
export function foreignRequests(urls, origin) {
  return urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export function docsDir() {
  mkdirSync(DOCS, { recursive: true });
  return DOCS;
}
