// The package under test: the installed tarball (TG_PKG, set by `make test-js`), initialised.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (!process.env.TG_PKG) throw new Error('TG_PKG is not set: run through `make test-js`');
export const pkg = await import(process.env.TG_PKG);
export const pkgDir = join(dirname(process.env.TG_PKG), 'node_modules', 'ticket-guard');
await pkg.init();

const fixtures = join(dirname(dirname(fileURLToPath(import.meta.url))), 'fixtures');
/** Reads tests/fixtures/<name>.json. */
export function fixture(name) {
  return JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8'));
}
