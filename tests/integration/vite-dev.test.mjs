// The Vite dev server (what agents' front ends run while being developed): the package goes
// through Vite's dependency optimiser and still finds its .wasm, with no config.
import { createServer } from 'vite';
import { consumerApp } from './helpers.mjs';

consumerApp({
  name: 'vite-dev',
  sources: ['common'],
  async build(dir) {
    const server = await createServer({ root: dir, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
    return { url: server.resolvedUrls.local[0], close: () => server.close() };
  },
});
