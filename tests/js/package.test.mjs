import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pkg, pkgDir } from './pkg.mjs';

const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const gz = (f) => gzipSync(readFileSync(join(pkgDir, f)), { level: 9 }).length;

test('the .wasm stays within 150 KB gzipped, glue + wrapper within 15 KB', () => {
  const wasm = gz('dist/wasm/ticket_guard_bg.wasm');
  const js = gz('dist/wasm/ticket_guard.js') + gz('dist/index.js');
  assert.ok(wasm <= 150 * 1024, `.wasm is ${wasm} B gzipped`);
  assert.ok(js <= 15 * 1024, `glue + wrapper is ${js} B gzipped`);
});

test('the tarball holds what the package needs and nothing else', () => {
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'import', 'default']);
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/wasm/ticket_guard.js', 'dist/wasm/ticket_guard_bg.wasm']) {
    assert.ok(statSync(join(pkgDir, f)).size > 0, f);
  }
  assert.throws(() => statSync(join(pkgDir, 'src')));
  assert.throws(() => statSync(join(pkgDir, 'dist/wasm/ticket_guard.d.ts')));
});

test('init is idempotent, version matches the package, errors before init are clear', async () => {
  await pkg.init();
  await pkg.init();
  assert.equal(pkg.version(), manifest.version);
});
