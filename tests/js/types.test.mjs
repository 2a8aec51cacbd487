import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(here, '..', '..', 'js', 'node_modules', '.bin', 'tsc');

test('the .d.ts of the packed package accepts the documented API and rejects wrong calls (tsc --strict)', () => {
  // Compile tests/types/api.ts inside the temporary consumer project, against the installed tarball.
  const project = dirname(process.env.TG_PKG);
  const dir = join(project, 'types');
  mkdirSync(dir, { recursive: true });
  cpSync(join(here, '..', 'types'), dir, { recursive: true });
  let out = '';
  try {
    execFileSync(tsc, ['-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' });
  } catch (e) {
    out = `${e.stdout}${e.stderr}`;
  }
  assert.equal(out, '', out);
});
