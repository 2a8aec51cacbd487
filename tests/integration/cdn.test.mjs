// No build step: `<script type="module">` pages import the package from a CDN-style folder
// (the installed tarball's files under npm/ticket-guard/, as jsDelivr or unpkg lay them out).
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { consumerApp } from './helpers.mjs';

consumerApp({
  name: 'cdn',
  sources: ['common', 'cdn'],
  async build(dir) {
    const site = join(dir, 'site');
    for (const f of ['index.html', 'worker.html', 'worker.js', 'consumer.js']) cpSync(join(dir, f), join(site, f));
    const pkg = join(dir, '..', '..', 'node_modules', 'ticket-guard'); // dir is <project>/apps/cdn-…
    for (const f of ['package.json', 'dist']) cpSync(join(pkg, f), join(site, 'npm', 'ticket-guard', f), { recursive: true });
    return site;
  },
});
