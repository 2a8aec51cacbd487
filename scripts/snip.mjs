// Usage: node scripts/snip.mjs IN.wasm OUT.wasm
//
// Replaces with a bare `unreachable` the bodies of the functions that exist only to word a panic
// message, as the Rust and WebAssembly book's `wasm-snip` does: the shipped .wasm's panic handler
// traps without reading the message (src/lib.rs), so formatting it can never run. Two kinds:
// - core's panic entry points (`panic_fmt`, `panic_bounds_check`, `slice_index_fail`, …): they
//   never return, so a trap in their place changes nothing but the bytes;
// - the `Display` impls that a panic message's arguments point at. Nothing else can call them:
//   they take a `Formatter`, and the module has no `core::fmt::write` to make one.
// wasm-opt then drops what only they reached (`Formatter::pad`, `pad_integral`, char counting):
// 2.1 KB gzipped. Needs the name section, so it runs between wasm-bindgen and wasm-opt.
import { readFileSync, writeFileSync } from 'node:fs';
import { enc, parse } from './wasm.mjs';

const SNIP = /::panicking::|slice_index_fail|expect_failed|raw_vec::handle_error|handle_alloc_error|capacity_overflow|assert_failed|fmt::Display>::fmt/;

const [src, dst] = process.argv.slice(2);
const b = readFileSync(src);
const { sections, imported, names, bodies: defined } = parse(b);

if (![...names.values()].some((n) => n.includes('panicking::panic_fmt'))) {
  throw new Error(`${src}: no name section with core's panic_fmt; nothing to snip`);
}
// The `Display` snip holds only while nothing but a panic formats: `format!`, `write!` or
// `to_string` on a `Display` type bring `core::fmt::write`, and with it a caller to keep.
if ([...names.values()].some((n) => /::fmt::write(::|$)/.test(n))) {
  throw new Error(`${src}: has core::fmt::write, so a Display impl may run outside a panic; snipping them would break it`);
}

const parts = [b.subarray(0, 8)];
const snipped = [];
for (const s of sections) {
  if (s.id !== 10) {
    parts.push(b.subarray(s.start, s.end));
    continue;
  }
  const bodies = [enc(defined.length)];
  defined.forEach((d, f) => {
    const name = names.get(imported + f) ?? '';
    if (SNIP.test(name)) {
      bodies.push(Buffer.from([3, 0, 0x00, 0x0b])); // 3 bytes: no locals, unreachable, end
      snipped.push(name);
    } else bodies.push(b.subarray(d.start, d.end));
  });
  const code = Buffer.concat(bodies);
  parts.push(Buffer.from([10]), enc(code.length), code);
}
writeFileSync(dst, Buffer.concat(parts));
console.log(`snip: ${snipped.length} panic-message functions replaced by unreachable`);
