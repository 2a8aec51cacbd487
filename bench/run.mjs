// ticket-guard benchmark (`make bench`): sizes, cold init, mask throughput and accuracy side by
// side with the JS peers, per-call latency, batch time and memory. Prints a table and writes
// bench/results.json. TG_PKG is the entry module printed by tests/pack.mjs (the packed
// tarball installed in a temporary project). See bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));

if (!process.env.TG_PKG) {
  console.error('TG_PKG is not set: run `make bench` (it packs and installs ticket-guard first)');
  process.exit(2);
}

// One core: re-run this script pinned to a single CPU (children inherit it), with gc exposed.
if (!process.env.TG_BENCH_INNER) {
  const cpu = process.env.TG_BENCH_CPU ?? String(os.cpus().length - 1);
  const node = [process.execPath, '--expose-gc', fileURLToPath(import.meta.url)];
  const hasTaskset = spawnSync('taskset', ['-c', cpu, 'true']).status === 0;
  const [cmd, ...args] = hasTaskset ? ['taskset', '-c', cpu, ...node] : node;
  const env = { ...process.env, TG_BENCH_INNER: '1', TG_BENCH_PINNED: hasTaskset ? cpu : '' };
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  process.exit(r.status ?? 1);
}

const { corpus } = await import('./corpus.mjs');
const { peers, SENTINEL } = await import('./peers.mjs');
const { score } = await import('./score.mjs');
const F = await import('./fixtures.mjs');

const PKG = process.env.TG_PKG;
const PKG_DIR = realpathSync(join(dirname(PKG), 'node_modules', 'ticket-guard'));
const tg = await import(pathToFileURL(PKG).href);
const started = process.hrtime.bigint();
const hr = () => process.hrtime.bigint();
const elapsedMs = (t0) => Number(hr() - t0) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const gc = () => globalThis.gc?.();
/** Share of one CPU this process got while `fn` ran (pinned to one core, < 1 means other load took the rest). */
function withShare(fn) {
  const c0 = process.cpuUsage();
  const t0 = hr();
  const value = fn();
  const wall = Number(hr() - t0) / 1e3;
  const c = process.cpuUsage(c0);
  return { value, cpuShare: +((c.user + c.system) / wall).toFixed(3) };
}
let sink = 0; // results are folded in here so no call can be optimised away
const log = (s) => process.stderr.write(s + '\n');

const KiB = 1024;
const measures = [];
/** One row of the table / results.json. `better`: which direction of `value` is better. */
function measure(row) {
  const r = { peer: null, peerValue: null, ratio: null, target: null, pass: null, ...row };
  if (r.peerValue != null && r.value != null) r.ratio = r.value / r.peerValue;
  if (r.target) r.pass = r.target.op === '<=' ? r.value <= r.target.value : r.value >= r.target.value;
  measures.push(r);
  return r;
}

// ---- 1. sizes and cold init ----------------------------------------------------------------
log('[1/6] sizes and cold init (fresh node process per sample)');
const size = (rel) => {
  const buf = readFileSync(join(PKG_DIR, rel));
  return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
};
const wasmSize = size('dist/wasm/ticket_guard_bg.wasm');
const glueSize = size('dist/wasm/ticket_guard.js');
const wrapperSize = size('dist/index.js');
measure({ id: 'wasm_gz', label: '.wasm gzipped', unit: 'KiB', value: wasmSize.gz / KiB, better: 'lower',
  detail: { rawBytes: wasmSize.raw, gzBytes: wasmSize.gz }, target: { op: '<=', value: 150 } });
measure({ id: 'js_gz', label: 'glue + wrapper gzipped', unit: 'KiB', value: (glueSize.gz + wrapperSize.gz) / KiB, better: 'lower',
  detail: { glue: glueSize, wrapper: wrapperSize }, target: { op: '<=', value: 15 } });

function coldStarts(mode, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const stdout = execFileSync(process.execPath, [join(HERE, 'init-child.mjs')], {
      env: { ...process.env, TG_INIT_MODE: mode },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    out.push(JSON.parse(stdout.toString()));
  }
  return out;
}
const coldBytes = coldStarts('bytes', 10);
const coldDefault = coldStarts('default', 10);
const coldCompile = coldStarts('compile', 10);
const coldModule = coldStarts('module', 10);
const samples = (xs) => ({ min: Math.min(...xs), samples: xs.map((x) => +x.toFixed(2)) });
measure({ id: 'init_ms', label: 'init(bytes), cold process', unit: 'ms', value: median(coldBytes.map((c) => c.initMs)), better: 'lower',
  detail: samples(coldBytes.map((c) => c.initMs)), target: { op: '<=', value: 20 } });
measure({ id: 'init_default_ms', label: 'init() reading the package file', unit: 'ms', value: median(coldDefault.map((c) => c.initMs)), better: 'lower',
  detail: samples(coldDefault.map((c) => c.initMs)) });
measure({ id: 'compile_ms', label: 'WebAssembly.compile(bytes) alone', unit: 'ms', value: median(coldCompile.map((c) => c.compileMs)), better: 'lower',
  detail: samples(coldCompile.map((c) => c.compileMs)) });
measure({ id: 'instantiate_ms', label: 'init(precompiled WebAssembly.Module)', unit: 'ms', value: median(coldModule.map((c) => c.initMs)), better: 'lower',
  detail: samples(coldModule.map((c) => c.initMs)) });
measure({ id: 'import_ms', label: "import('ticket-guard')", unit: 'ms', value: median(coldBytes.map((c) => c.importMs)), better: 'lower' });
measure({ id: 'first_call_ms', label: 'first new TicketGuard + mask + classify', unit: 'ms', value: median(coldBytes.map((c) => c.firstCallMs)), better: 'lower' });

await tg.init();
const guard = new tg.TicketGuard();
// The glue module is the one the wrapper loaded (same file URL): its init returns the live exports.
const glue = await import(pathToFileURL(join(PKG_DIR, 'dist', 'wasm', 'ticket_guard.js')).href);
const exportsWasm = await glue.default();
const wasmMemory = exportsWasm?.memory instanceof WebAssembly.Memory ? exportsWasm.memory : null;
const snap = (label, calls = 0) => {
  gc();
  return { label, calls, wasmBytes: wasmMemory ? wasmMemory.buffer.byteLength : null, arrayBuffers: process.memoryUsage().arrayBuffers };
};
const memoryAt = [snap('after init')];

// ---- 2. mask throughput and accuracy -------------------------------------------------------
const SEED = 20240501;
const MIN_BYTES = 2_200_000;
const { tickets, bytes } = corpus(SEED, MIN_BYTES);
const chars = tickets.reduce((s, t) => s + t.text.length, 0);
const piiCount = {};
for (const t of tickets) for (const p of t.pii) piiCount[p.kind] = (piiCount[p.kind] ?? 0) + 1;
const decoyCount = tickets.reduce((s, t) => s + t.decoys.length, 0);
log(`[2/6] mask: ${tickets.length} tickets, ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${Object.values(piiCount).reduce((a, b) => a + b)} personal data, ${decoyCount} decoys`);

/**
 * MB/s (10^6 UTF-8 bytes of input per second) of every tool, one call per ticket, median over
 * passes. The passes are interleaved (one of each tool per round) so that a slow spell of a
 * shared machine falls on all tools alike and the ratios stay fair; a tool takes 3–8 passes
 * (fewer once it has used 1.5 s; a slow peer stops after 8 s, still with ≥ 1).
 */
function throughputs(fns) {
  for (const fn of fns) for (let i = 0; i < 400; i++) sink += fn(tickets[i].text) ? 1 : 0;
  const runs = fns.map(() => ({ rates: [], total: 0, cpu: 0 }));
  const wants = (r) => r.total <= 8000 && (r.rates.length < 3 || (r.total < 1500 && r.rates.length < 8));
  while (runs.some(wants)) {
    fns.forEach((fn, k) => {
      const r = runs[k];
      if (!wants(r)) return;
      gc();
      const { value: ms, cpuShare } = withShare(() => {
        const t0 = hr();
        for (const t of tickets) {
          const out = fn(t.text);
          sink += typeof out === 'string' ? out.length : (out.text?.length ?? out.length);
        }
        return elapsedMs(t0);
      });
      r.total += ms;
      r.cpu += cpuShare * ms;
      r.rates.push(bytes / 1e6 / (ms / 1e3));
    });
  }
  return runs.map((r) => ({
    mbps: median(r.rates),
    best: Math.max(...r.rates),
    passes: r.rates.length,
    rates: r.rates.map((x) => +x.toFixed(2)),
    cpuShare: +(r.cpu / r.total).toFixed(3),
  }));
}

const tools = [
  {
    name: 'ticket-guard',
    note: 'guard.mask(text), default options',
    run: (t) => guard.mask(t),
    detect: (t) => guard.mask(t).findings.map((f) => ({ start: f.start, end: f.end, kind: f.kind })),
  },
  ...peers(),
];
for (const t of tickets.slice(0, 50)) if (t.text.includes(SENTINEL)) throw new Error('sentinel found in the corpus');
const accuracy = {};
const speeds = throughputs(tools.map((t) => t.run));
tools.forEach((tool, k) => {
  const speed = speeds[k];
  const acc = score(tickets, tool.detect);
  accuracy[tool.name] = { note: tool.note, ...speed, ...acc };
  log(`  ${tool.name.padEnd(32)} ${speed.mbps.toFixed(2).padStart(8)} MB/s (CPU share ${speed.cpuShare})  recall ${(acc.recall * 100).toFixed(1)}%  precision ${acc.precision == null ? '—' : (acc.precision * 100).toFixed(1) + '%'}`);
});
const peerNames = tools.slice(1).map((t) => t.name);
const fastest = peerNames.reduce((a, b) => (accuracy[a].mbps >= accuracy[b].mbps ? a : b));
const ours = accuracy['ticket-guard'];
memoryAt.push(snap('after the mask passes'));
measure({ id: 'mask_mbps', label: 'mask throughput', unit: 'MB/s', value: ours.mbps, better: 'higher',
  peer: `${fastest} (fastest peer)`, peerValue: accuracy[fastest].mbps, target: { op: '>=', value: 40 },
  detail: { bestPass: ours.best, cpuShare: ours.cpuShare } });
measure({ id: 'mask_vs_fastest_peer', label: 'mask speed / fastest peer', unit: '×', value: ours.mbps / accuracy[fastest].mbps, better: 'higher',
  peer: fastest, target: { op: '>=', value: 1 } });
for (const name of peerNames) {
  measure({ id: `mask_mbps_vs_${name}`, label: `mask throughput vs ${name}`, unit: 'MB/s', value: ours.mbps, better: 'higher',
    peer: name, peerValue: accuracy[name].mbps });
}

// ---- 3. per-call latency -------------------------------------------------------------------
log('[3/6] per-call latency');
/**
 * Median µs per call of each function: samples of `inner` back-to-back calls after a warm-up,
 * taken in interleaved rounds (every function's samples spread over the whole phase, so that a
 * slow spell of a shared machine falls on all of them alike and ours / peer stays fair).
 */
function perCalls(fns, rounds = 5, samples = 300, inner = 10, warmup = 1000) {
  const entries = Object.entries(fns).filter(([, fn]) => fn);
  for (const [, fn] of entries) for (let i = 0; i < warmup; i++) sink += fn() ? 1 : 0;
  const us = Object.fromEntries(entries.map(([k]) => [k, []]));
  const { cpuShare } = withShare(() => {
    for (let r = 0; r < rounds; r++) {
      for (const [k, fn] of entries) {
        for (let s = 0; s < samples; s++) {
          const t0 = hr();
          for (let i = 0; i < inner; i++) sink += fn() ? 1 : 0;
          us[k].push(Number(hr() - t0) / 1e3 / inner);
        }
      }
    }
  });
  return Object.fromEntries(entries.map(([k]) => [k, { median: median(us[k]), p95: pct(us[k], 0.95), min: Math.min(...us[k]), cpuShare }]));
}
const slaGuard = new tg.TicketGuard(F.SLA_CONFIG);
const sanity = {
  validate: guard.validate(F.RECORD, { stage: 'closed' }).valid,
  zod: F.zodRecord.safeParse(F.RECORD).success,
  zodCompiled: F.zodRecordCompiled ? F.zodRecordCompiled.safeParse(F.RECORD).success : null,
  slaTargets: slaGuard.sla(F.SLA_TICKET, F.SLA_NOW).targets.length,
};
if (!sanity.validate || !sanity.zod) throw new Error(`the closed-stage record should be valid for both: ${JSON.stringify(sanity)}`);

const lat = perCalls({
  classify: () => guard.classify(F.TICKET_TEXT),
  sla: () => slaGuard.sla(F.SLA_TICKET, F.SLA_NOW),
  validate: () => guard.validate(F.RECORD, { stage: 'closed' }),
  zod: () => F.zodRecord.safeParse(F.RECORD).success,
  zodCompiled: F.zodRecordCompiled ? () => F.zodRecordCompiled.safeParse(F.RECORD).success : null,
  analyze: () => guard.analyze(F.ANALYZE_TICKET, F.ANALYZE_NOW),
});
measure({ id: 'classify_us', label: `classify (${F.TICKET_TEXT.length} chars)`, unit: 'µs', value: lat.classify.median, better: 'lower', detail: lat.classify });
measure({ id: 'sla_us', label: 'sla (10 events, business calendar)', unit: 'µs', value: lat.sla.median, better: 'lower', detail: lat.sla });
measure({ id: 'validate_us', label: 'validate (closed-stage record)', unit: 'µs', value: lat.validate.median, better: 'lower',
  peer: 'zod safeParse', peerValue: lat.zod.median, detail: lat.validate });
if (lat.zodCompiled) {
  measure({ id: 'validate_us_vs_zod_compiled', label: 'validate vs zod z.compile()', unit: 'µs', value: lat.validate.median, better: 'lower',
    peer: 'zod compiled safeParse', peerValue: lat.zodCompiled.median, detail: lat.zodCompiled });
}
measure({ id: 'analyze_us', label: `analyze (${F.TICKET_TEXT.length} chars)`, unit: 'µs', value: lat.analyze.median, better: 'lower',
  detail: lat.analyze, target: { op: '<=', value: 50 } });

// ---- 4. memory -----------------------------------------------------------------------------
log('[4/6] memory over 100,000 calls');
const calls = [
  (i) => guard.mask(tickets[i % tickets.length].text),
  (i) => guard.classify(tickets[i % tickets.length].text),
  () => guard.validate(F.RECORD, { stage: 'closed' }),
  () => guard.analyze(F.ANALYZE_TICKET, F.ANALYZE_NOW),
  () => slaGuard.sla(F.SLA_TICKET, F.SLA_NOW),
];
let thrown = 0;
const memory = [snap('before', 0)];
for (let i = 0; i < 100_000; i++) {
  if (i % 97 === 0) {
    // error paths must not leak either
    try {
      slaGuard.sla({ timeline: [{ at: 'not a time', kind: 'received' }] }, F.SLA_NOW);
    } catch {
      thrown++;
    }
  } else sink += calls[i % calls.length](i) ? 1 : 0;
  if (i + 1 === 1_000 || (i + 1) % 25_000 === 0) memory.push(snap(`after ${i + 1} calls`, i + 1));
}
const afterWarm = memory[1];
const end = memory[memory.length - 1];
measure({ id: 'wasm_memory_growth', label: 'wasm memory growth, calls 1k→100k', unit: 'KiB', better: 'lower',
  value: wasmMemory ? (end.wasmBytes - afterWarm.wasmBytes) / KiB : null,
  detail: { snapshots: memory, errorsThrown: thrown, reachable: !!wasmMemory }, target: wasmMemory ? { op: '<=', value: 0 } : null });
measure({ id: 'wasm_memory_mib', label: 'wasm memory after 100k calls', unit: 'MiB', better: 'lower',
  value: wasmMemory ? end.wasmBytes / 2 ** 20 : null, detail: { before: memory[0].wasmBytes } });
measure({ id: 'array_buffers_growth', label: 'process arrayBuffers growth, 1k→100k', unit: 'KiB', better: 'lower',
  value: (end.arrayBuffers - afterWarm.arrayBuffers) / KiB });

// ---- 5. analyzeBatch (after the memory run: one big batch grows the linear memory) ---------
log('[5/6] analyzeBatch of 10,000 tickets');
const batch = [];
for (let i = 0; i < 10_000; i++) {
  const t = tickets[i % tickets.length];
  const received = Date.parse('2024-09-02T09:00:00+08:00') + i * 600_000;
  const timeline = [{ at: received, kind: 'received' }];
  if (i % 3 !== 0) timeline.push({ at: received + 1_200_000, kind: 'accepted' });
  if (i % 3 === 2) timeline.push({ at: received + 3_600_000, kind: 'responded' });
  batch.push({ text: t.text, customerTier: i % 10 === 0 ? 'vip' : 'normal', contactCount: i % 7 === 0 ? 2 : 1, timeline });
}
const batchChars = batch.reduce((n, t) => n + t.text.length, 0);
const batchNow = '2024-12-01T12:00:00+08:00';
sink += guard.analyzeBatch(batch.slice(0, 1000), batchNow).length;
const batchRuns = [];
let batchErrors = 0;
const batchShare = withShare(() => {
  // As for review below: the first full batch also grows the linear memory (reported apart),
  // and five more give a median that one collector-heavy run cannot move.
  for (let i = 0; i < 6; i++) {
    gc();
    const t0 = hr();
    const out = guard.analyzeBatch(batch, batchNow);
    batchRuns.push(elapsedMs(t0) / 1e3);
    batchErrors = out.filter((r) => 'error' in r).length;
    sink += out.length;
  }
}).cpuShare;
memoryAt.push(snap('after analyzeBatch of 10,000'));
measure({ id: 'analyze_batch_s', label: 'analyzeBatch of 10,000 tickets', unit: 's', value: median(batchRuns.slice(1)), better: 'lower',
  detail: { firstCall: +batchRuns[0].toFixed(3), runs: batchRuns.slice(1).map((x) => +x.toFixed(3)), avgChars: Math.round(batchChars / batch.length), errors: batchErrors, cpuShare: batchShare },
  target: { op: '<=', value: 0.5 } });
measure({ id: 'wasm_memory_after_batch_mib', label: 'wasm memory after analyzeBatch', unit: 'MiB', better: 'lower',
  value: wasmMemory ? memoryAt[memoryAt.length - 1].wasmBytes / 2 ** 20 : null, detail: { checkpoints: memoryAt } });

// review of 100,000 tickets: the review fixture's tickets, cycled, each with its own id and one
// of 5,000 customers (after the batch: it grows the linear memory to ~300 MiB).
log('      review of 100,000 tickets');
const reviewFix = JSON.parse(readFileSync(join(HERE, '..', 'tests', 'fixtures', 'review.json'), 'utf8'));
const reviewList = Array.from({ length: 100_000 }, (_, i) =>
  ({ ...structuredClone(reviewFix.tickets[i % reviewFix.tickets.length]), ticketId: `SR${i}`, customerId: `C${i % 5000}` }));
sink += JSON.stringify(guard.review(reviewList.slice(0, 2000), reviewFix.options)).length;
const reviewRuns = [];
const reviewShare = withShare(() => {
  for (let i = 0; i < 4; i++) {
    gc();
    const t0 = hr();
    const r = guard.review(reviewList, reviewFix.options);
    reviewRuns.push(elapsedMs(t0) / 1e3);
    sink += r ? 1 : 0;
  }
}).cpuShare;
measure({ id: 'review_100k_s', label: 'review of 100,000 tickets', unit: 's', value: median(reviewRuns.slice(1)), better: 'lower',
  detail: { firstCall: +reviewRuns[0].toFixed(3), runs: reviewRuns.slice(1).map((x) => +x.toFixed(3)), cpuShare: reviewShare,
    inputMB: +(JSON.stringify(reviewList).length / 1e6).toFixed(1) } });

// ---- 6. report -----------------------------------------------------------------------------
log('[6/6] report');
const fmt = (v, unit) => {
  if (v == null) return '—';
  if (unit === 'KiB') return v.toFixed(1) + ' KiB';
  if (unit === '×') return v.toFixed(2) + '×';
  const d = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return v.toFixed(d) + ' ' + unit;
};
const pctf = (x) => (x == null ? '—' : (x * 100).toFixed(1) + '%');
function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(w[i])).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}
const targetText = (t, unit) => (t ? `${t.op} ${unit === '×' ? t.value + '×' : fmt(t.value, unit)}` : '');
const out = [];
out.push(`ticket-guard ${tg.version()} — ${new Date().toISOString()} — node ${process.version} — ${os.cpus()[0].model}` +
  ` — pinned to CPU ${process.env.TG_BENCH_PINNED || '(taskset unavailable)'} — load avg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
out.push('');
out.push(table(['measure', 'ticket-guard', 'peer', 'peer value', 'ratio ours/peer', 'target', 'pass'], measures.map((m) => [
  m.label, fmt(m.value, m.unit), m.peer ?? '', m.peerValue == null ? '' : fmt(m.peerValue, m.unit),
  m.ratio == null ? '' : `${m.ratio.toFixed(2)} (${m.better} is better)`, targetText(m.target, m.unit),
  m.pass == null ? '' : m.pass ? 'PASS' : 'FAIL',
])));
out.push('');
out.push(`mask accuracy on the same corpus (${tickets.length} tickets, ${(bytes / 1e6).toFixed(2)} MB, ${Object.entries(piiCount).map(([k, n]) => `${n} ${k}`).join(', ')}; ${decoyCount} decoys):`);
const kinds = Object.keys(piiCount);
out.push(table(['tool', 'MB/s', 'best pass', 'recall', 'precision', 'decoys untouched', ...kinds.map((k) => `recall ${k}`)], tools.map((t) => {
  const a = accuracy[t.name];
  return [t.name, a.mbps.toFixed(2), a.best.toFixed(2), pctf(a.recall), pctf(a.precision), pctf(a.decoysUntouched), ...kinds.map((k) => pctf(a.perKind[k]?.recall))];
})));
out.push('');
out.push('ticket-guard per kind: recall (any overlap) / with the right kind / datum fully covered / exact span:');
out.push(table(['kind', 'n', 'recall', 'right kind', 'covered', 'exact'], kinds.map((k) => {
  const p = ours.perKind[k];
  return [k, p.n, pctf(p.recall), pctf(p.kindRecall), pctf(p.covered), pctf(p.exact)];
})));
out.push('');
out.push('decoys untouched per decoy kind:');
const dk = Object.keys(ours.decoysByKind);
out.push(table(['tool', ...dk], tools.map((t) => [t.name, ...dk.map((k) => pctf(accuracy[t.name].decoysByKind[k]?.untouched))])));
out.push('');
out.push('Scoring: a detection overlapping an inserted personal datum is a true positive; one overlapping none is a false');
out.push('positive (detections overlapping only an inserted person name are ignored). recall = data overlapped by ≥1 detection.');
out.push(`Text-only redactors are run with a sentinel replacement and their spans recovered by aligning the output with the input.`);
const shares = [...tools.map((t) => accuracy[t.name].cpuShare), ...Object.values(lat).filter(Boolean).map((l) => l.cpuShare), batchShare, reviewShare];
out.push(`All times are wall-clock on one pinned core. CPU share of that core this process got (CPU time / wall time): ` +
  `${Math.min(...shares).toFixed(2)}–${Math.max(...shares).toFixed(2)} (1.00 = the core was ours alone).`);
out.push(`MB = 10^6 UTF-8 bytes of input; one call per ticket. KiB = 1024 bytes. Total run ${(elapsedMs(started) / 1e3).toFixed(0)} s.`);
console.log(out.join('\n'));

const results = {
  date: new Date().toISOString(),
  node: process.version,
  v8: process.versions.v8,
  cpu: os.cpus()[0].model,
  cpus: os.cpus().length,
  pinnedCpu: process.env.TG_BENCH_PINNED || null,
  loadAverage: os.loadavg(),
  ticketGuardVersion: tg.version(),
  peers: Object.fromEntries(['redact-pii', '@redactpii/node', 'libphonenumber-js', 'zod'].map((n) => [n, JSON.parse(readFileSync(join(HERE, 'node_modules', n, 'package.json'), 'utf8')).version])),
  targets: {
    wasm_gz: '.wasm ≤ 150 KiB gzipped', js_gz: 'glue + wrapper ≤ 15 KiB gzipped', init_ms: 'init() ≤ 20 ms',
    analyze_us: 'analyze of a 300-character ticket ≤ 50 µs median', mask_mbps: 'mask ≥ 40 MB/s',
    mask_vs_fastest_peer: 'mask faster than the fastest JS peer', analyze_batch_s: 'analyzeBatch of 10,000 tickets ≤ 0.5 s',
    wasm_memory_growth: 'wasm linear memory flat over 100,000 calls (after a 1,000-call warm-up)',
  },
  measures: measures.map((m) => ({ ...m, ratioNote: m.ratio == null ? undefined : `ours / peer; ${m.better} is better` })),
  corpus: { seed: SEED, tickets: tickets.length, utf8Bytes: bytes, chars, personalData: piiCount, decoys: decoyCount },
  accuracy,
  scoring: {
    truePositive: 'a detection overlapping an inserted personal datum (any kind)',
    falsePositive: 'a detection overlapping no inserted datum (detections overlapping only an inserted person name are ignored)',
    recall: 'inserted data overlapped by at least one detection / inserted data (per kind too); kindRecall also needs the right kind; covered: the detections cover the whole datum; exact: same kind and span',
    precision: 'true-positive detections / (true positives + false positives)',
    decoysUntouched: 'decoys (ticket ids, order/tracking numbers, amounts, timestamps, models, codes, IMEIs, serials, tax ids) overlapped by no detection',
    textOnlyTools: `redact-pii and @redactpii/node return text only: they run with globalReplaceWith = U+${SENTINEL.charCodeAt(0).toString(16).toUpperCase()} and the untouched pieces of the output are placed back into the input (leftmost, the last one anchored at the end); each gap is one detection, adjacent replacements merge`,
    throughput: 'MB/s = 10^6 UTF-8 bytes of input per second, one call per ticket, median of passes over the whole corpus, default options',
  },
  sanity,
  sink,
};
writeFileSync(join(HERE, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${join('bench', 'results.json')}`);
const failed = measures.filter((m) => m.pass === false).map((m) => m.id);
if (failed.length) console.log(`targets not met: ${failed.join(', ')}`);
