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

const SNIP = /::panicking::|slice_index_fail|expect_failed|raw_vec::handle_error|handle_alloc_error|capacity_overflow|assert_failed|fmt::Display>::fmt/;

const [src, dst] = process.argv.slice(2);
const b = readFileSync(src);

function leb(i) {
  let r = 0;
  let shift = 0;
  for (;;) {
    const x = b[i++];
    r += (x & 0x7f) * 2 ** shift;
    shift += 7;
    if (x < 0x80) return [r, i];
  }
}
function enc(n) {
  const out = [];
  do {
    const x = n & 0x7f;
    n = Math.floor(n / 128);
    out.push(n ? x | 0x80 : x);
  } while (n);
  return Buffer.from(out);
}
const str = (i) => {
  const [n, j] = leb(i);
  return [b.toString('utf8', j, j + n), j + n];
};

// Sections, the number of imported functions (they come first in the function index space) and
// the names of the defined ones.
const sections = [];
for (let i = 8; i < b.length; ) {
  const [size, j] = leb(i + 1);
  sections.push({ id: b[i], start: i, body: j, end: j + size });
  i = j + size;
}
let imported = 0;
const names = new Map();
for (const s of sections) {
  if (s.id === 2) {
    let [n, k] = leb(s.body);
    for (; n > 0; n--) {
      k = str(k)[1];
      k = str(k)[1];
      const kind = b[k++];
      if (kind === 0) {
        k = leb(k)[1];
        imported++;
      } else if (kind === 1 || kind === 2) {
        if (kind === 1) k++; // element type
        const flags = b[k++];
        k = leb(k)[1];
        if (flags & 1) k = leb(k)[1];
      } else if (kind === 3) k += 2;
      else k = leb(k)[1]; // tag
    }
  }
  if (s.id === 0 && str(s.body)[0] === 'name') {
    for (let k = str(s.body)[1]; k < s.end; ) {
      const sub = b[k];
      const [size, j] = leb(k + 1);
      if (sub === 1) {
        let [n, q] = leb(j);
        for (; n > 0; n--) {
          let idx;
          [idx, q] = leb(q);
          let name;
          [name, q] = str(q);
          names.set(idx, name);
        }
      }
      k = j + size;
    }
  }
}
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
  let [n, k] = leb(s.body);
  const bodies = [enc(n)];
  for (let f = 0; f < n; f++) {
    const [size, j] = leb(k);
    const name = names.get(imported + f) ?? '';
    if (SNIP.test(name)) {
      bodies.push(Buffer.from([3, 0, 0x00, 0x0b])); // 3 bytes: no locals, unreachable, end
      snipped.push(name);
    } else bodies.push(b.subarray(k, j + size));
    k = j + size;
  }
  const code = Buffer.concat(bodies);
  parts.push(Buffer.from([10]), enc(code.length), code);
}
writeFileSync(dst, Buffer.concat(parts));
console.log(`snip: ${snipped.length} panic-message functions replaced by unreachable`);
