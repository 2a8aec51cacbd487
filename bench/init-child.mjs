// One cold start, in a fresh process: prints {importMs, initMs, firstCallMs} as JSON.
// TG_INIT_MODE=bytes: the .wasm bytes are read first, then `await init(bytes)` is timed alone
// (compile + instantiate). TG_INIT_MODE=default: `await init()` reads the bytes itself.
// TG_INIT_MODE=compile: only `WebAssembly.compile(bytes)`, to tell compile time from the rest.
// TG_INIT_MODE=module: the bytes are compiled first (untimed), then `await init(module)` is timed
// (instantiate + the glue's start).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ms = (a, b) => Number(b - a) / 1e6;
const pkgPath = process.env.TG_PKG;
const wasmPath = join(dirname(pkgPath), 'node_modules', 'ticket-guard', 'dist', 'wasm', 'ticket_guard_bg.wasm');

if (process.env.TG_INIT_MODE === 'compile') {
  const bytes = readFileSync(wasmPath);
  const c0 = process.hrtime.bigint();
  await WebAssembly.compile(bytes);
  process.stdout.write(JSON.stringify({ compileMs: ms(c0, process.hrtime.bigint()) }));
  process.exit(0);
}

const t0 = process.hrtime.bigint();
const tg = await import(pathToFileURL(pkgPath).href);
const t1 = process.hrtime.bigint();
const mode = process.env.TG_INIT_MODE;
const source = mode === 'bytes' ? readFileSync(wasmPath) : mode === 'module' ? await WebAssembly.compile(readFileSync(wasmPath)) : undefined;
const t2 = process.hrtime.bigint();
await tg.init(source);
const t3 = process.hrtime.bigint();
const guard = new tg.TicketGuard();
const masked = guard.mask('电话13812345678，邮箱zhang.wei@163.com').text;
const category = guard.classify('app一直闪退，重装也没用').category;
const t4 = process.hrtime.bigint();
if (!masked.includes('5678') || !category) throw new Error('ticket-guard did not work in the init child');
process.stdout.write(JSON.stringify({ importMs: ms(t0, t1), initMs: ms(t2, t3), firstCallMs: ms(t3, t4) }));
