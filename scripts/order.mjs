// Usage: node scripts/order.mjs IN.wasm OUT.wasm
//
// Names every defined function by its place in an order that puts similar bodies next to each
// other, for `wasm-opt --reorder-functions-by-name` to apply. gzip only finds repeats within its
// 32 KB window, and the compiler's order scatters look-alike functions (every `Vec` push, every
// JSON writer) across the 220 KB code section: in this order the .wasm gzips ~1 KB smaller.
// The order: start from the first function, then repeatedly take the not yet placed function
// most like the last placed one (Jaccard similarity of their sets of 4-byte substrings); ties go
// to the lower index, so the order, and the .wasm, are deterministic.
import { readFileSync, writeFileSync } from 'node:fs';
import { enc, parse, str } from './wasm.mjs';

const [src, dst] = process.argv.slice(2);
const b = readFileSync(src);
const { sections, imported, bodies } = parse(b);
if (bodies.length === 0) throw new Error(`${src}: no code section`);

const grams = bodies.map(({ code }) => {
  const s = new Set();
  for (let k = 0; k + 4 <= code.length; k++) s.add(code.readInt32LE(k));
  return s;
});
const similarity = (x, y) => {
  const [small, large] = x.size < y.size ? [x, y] : [y, x];
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  return common / (x.size + y.size - common + 1);
};
const placed = new Uint8Array(bodies.length);
const order = [0];
placed[0] = 1;
for (let last = 0; order.length < bodies.length; ) {
  let next = -1;
  let best = -1;
  for (let f = 0; f < bodies.length; f++) {
    if (placed[f]) continue;
    const s = similarity(grams[last], grams[f]);
    if (s > best) [best, next] = [s, f];
  }
  placed[next] = 1;
  order.push(next);
  last = next;
}

// A name section with only function names, `f` + the zero-padded rank, replacing any other.
const rank = new Array(bodies.length);
order.forEach((f, r) => (rank[f] = r));
const width = String(bodies.length).length;
const entries = [enc(bodies.length)];
for (let f = 0; f < bodies.length; f++) {
  const name = Buffer.from(`f${String(rank[f]).padStart(width, '0')}`);
  entries.push(enc(imported + f), enc(name.length), name);
}
const functionNames = Buffer.concat(entries);
const title = Buffer.from('name');
const payload = Buffer.concat([enc(title.length), title, Buffer.from([1]), enc(functionNames.length), functionNames]);
const kept = sections.filter((s) => s.id !== 0 || str(b, s.body)[0] !== 'name').map((s) => b.subarray(s.start, s.end));
writeFileSync(dst, Buffer.concat([b.subarray(0, 8), ...kept, Buffer.from([0]), enc(payload.length), payload]));
