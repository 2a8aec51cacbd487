// Vite (production build, no config for the .wasm): the package's `new URL(…, import.meta.url)`
// becomes a hashed asset, also inside the module worker's own bundle.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { consumerApp } from './helpers.mjs';

consumerApp({
  name: 'vite',
  sources: ['common'],
  async build(dir) {
    const logger = createLogger('warn');
    const warnings = [];
    logger.warn = (msg) => warnings.push(msg);
    logger.warnOnce = logger.warn;
    await build({
      root: dir,
      configFile: false,
      logLevel: 'warn',
      customLogger: logger,
      build: { outDir: 'dist', rolldownOptions: { input: ['index.html', 'worker.html'].map((f) => join(dir, f)) } },
    });
    assert.deepEqual(warnings, [], 'vite warnings');
    return join(dir, 'dist');
  },
});
