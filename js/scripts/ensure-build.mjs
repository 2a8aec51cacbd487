// prepack: builds the .wasm, the glue and the wrapper when they are missing or older than
// their sources, so `npm pack` works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(pkg);
const outputs = ['dist/index.js', 'dist/index.d.ts', 'dist/wasm/ticket_guard.js', 'dist/wasm/ticket_guard_bg.wasm'].map((f) => join(pkg, f));

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'Cargo.toml')), newest(join(pkg, 'src/index.ts')));
const built = outputs.every(existsSync) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
if (built < sources) {
  execFileSync('make', ['-C', root, 'build'], { stdio: ['ignore', 2, 2] }); // keep npm pack's stdout clean
}
