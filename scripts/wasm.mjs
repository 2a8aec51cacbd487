// The few pieces of the WebAssembly binary format that scripts/snip.mjs and scripts/order.mjs
// read and write: LEB128 numbers, sections, the imported function count, the name section.

/** The unsigned LEB128 number at byte `i` of `b`, and the byte after it. */
export function leb(b, i) {
  let r = 0;
  let shift = 0;
  for (;;) {
    const x = b[i++];
    r += (x & 0x7f) * 2 ** shift;
    shift += 7;
    if (x < 0x80) return [r, i];
  }
}

/** `n` as unsigned LEB128. */
export function enc(n) {
  const out = [];
  do {
    const x = n & 0x7f;
    n = Math.floor(n / 128);
    out.push(n ? x | 0x80 : x);
  } while (n);
  return Buffer.from(out);
}

/** A length-prefixed UTF-8 string at byte `i`, and the byte after it. */
export function str(b, i) {
  const [n, j] = leb(b, i);
  return [b.toString('utf8', j, j + n), j + n];
}

/**
 * The module's sections (`id`, `start` of the section, `body` after its size, `end`), the number
 * of imported functions (they come first in the function index space), the names of functions
 * (by index, from the name section, when there is one) and the bodies of the defined functions
 * (`start`/`end` of the entry with its size, `code` after the size).
 */
export function parse(b) {
  const sections = [];
  for (let i = 8; i < b.length; ) {
    const [size, j] = leb(b, i + 1);
    sections.push({ id: b[i], start: i, body: j, end: j + size });
    i = j + size;
  }
  let imported = 0;
  const names = new Map();
  const bodies = [];
  for (const s of sections) {
    if (s.id === 2) {
      let [n, k] = leb(b, s.body);
      for (; n > 0; n--) {
        k = str(b, k)[1];
        k = str(b, k)[1];
        const kind = b[k++];
        if (kind === 0) {
          k = leb(b, k)[1];
          imported++;
        } else if (kind === 1 || kind === 2) {
          if (kind === 1) k++; // element type
          const flags = b[k++];
          k = leb(b, k)[1];
          if (flags & 1) k = leb(b, k)[1];
        } else if (kind === 3) k += 2;
        else k = leb(b, k)[1]; // tag
      }
    }
    if (s.id === 10) {
      let [n, k] = leb(b, s.body);
      for (; n > 0; n--) {
        const [size, j] = leb(b, k);
        bodies.push({ start: k, end: j + size, code: b.subarray(j, j + size) });
        k = j + size;
      }
    }
    if (s.id === 0 && str(b, s.body)[0] === 'name') {
      for (let k = str(b, s.body)[1]; k < s.end; ) {
        const sub = b[k];
        const [size, j] = leb(b, k + 1);
        if (sub === 1) {
          let [n, q] = leb(b, j);
          for (; n > 0; n--) {
            let idx;
            [idx, q] = leb(b, q);
            let name;
            [name, q] = str(b, q);
            names.set(idx, name);
          }
        }
        k = j + size;
      }
    }
  }
  return { sections, imported, names, bodies };
}
