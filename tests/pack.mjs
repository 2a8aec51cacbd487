// Packs js/ with `npm pack`, installs the tarball into a fresh temporary project and prints
// the path of a module that re-exports 'ticket-guard' as that project resolves it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'ticket-guard-pkg-'));
const quiet = { stdio: ['ignore', 'pipe', 'inherit'] };
const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: join(root, 'js'), ...quiet }).toString();
const tarball = join(dir, JSON.parse(out.slice(out.indexOf('[')))[0].filename);
const project = join(dir, 'project');
execFileSync('mkdir', ['-p', project]);
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, ...quiet });
writeFileSync(join(project, 'entry.mjs'), "export * from 'ticket-guard';\n");
process.stdout.write(join(project, 'entry.mjs'));
