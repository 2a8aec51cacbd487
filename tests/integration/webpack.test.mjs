// webpack 5 (production, no config for the .wasm): asset modules emit the .wasm found by
// `new URL(…, import.meta.url)`, and `new Worker(new URL(…))` gets its own chunk.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { consumerApp } from './helpers.mjs';

consumerApp({
  name: 'webpack',
  sources: ['common'],
  async build(dir) {
    const out = join(dir, 'dist');
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry: { main: './main.js', 'worker-page': './worker-page.js' },
      output: { path: out, clean: true },
      performance: { hints: false }, // the .wasm is over webpack's 244 KiB advice
    });
    const stats = await new Promise((ok, ko) => compiler.run((e, s) => (e ? ko(e) : ok(s))));
    await new Promise((ok) => compiler.close(ok));
    const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
    assert.deepEqual(errors.map((e) => e.message), [], 'webpack errors');
    assert.deepEqual(warnings.map((w) => w.message), [], 'webpack warnings');
    // webpack emits classic scripts: load them as html-webpack-plugin would.
    for (const page of ['index.html', 'worker.html']) {
      writeFileSync(join(out, page), readFileSync(join(dir, page), 'utf8').replace('type="module"', 'defer'));
    }
    return out;
  },
});
