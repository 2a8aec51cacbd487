// esbuild does not rewrite `new URL(…, import.meta.url)`: the app imports the .wasm with the
// `file` loader (apps/esbuild/ overrides the two entry files that need its URL).
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { consumerApp } from './helpers.mjs';

consumerApp({
  name: 'esbuild',
  sources: ['common', 'esbuild'],
  async build(dir) {
    const out = join(dir, 'dist');
    const { errors, warnings } = await build({
      entryPoints: ['main.js', 'worker-page.js', 'worker.js'].map((f) => join(dir, f)),
      bundle: true,
      format: 'esm',
      minify: true,
      outdir: out,
      loader: { '.wasm': 'file' },
      logLevel: 'silent',
    });
    assert.deepEqual(errors, [], 'esbuild errors');
    assert.deepEqual(warnings, [], 'esbuild warnings');
    for (const page of ['index.html', 'worker.html']) cpSync(join(dir, page), join(out, page));
    return out;
  },
});
