// The part every consumer app shares: what it computes with the package (plain JSON that the
// tests assert and compare with the same calls in Node) and how it shows it. The entry files
// beside it hold what differs per bundler: how the package and its .wasm are reached.

/** The config the worker pages post to their worker: English, office hours Monday to Friday. */
export const WORKER_CONFIG = {
  locale: 'en',
  calendar: {
    timezone: 'Asia/Shanghai',
    weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]])),
  },
};

/** `api` is the package's namespace, however the app imported it. */
export function probe(api, config) {
  const { TicketGuard, ConfigError, InputError, version } = api;
  const guard = new TicketGuard(config);
  const classified = guard.classify('app一直闪退');
  const sla = guard.sla({ priority: 'P2', timeline: [{ at: '2024-06-21 18:00', kind: 'received' }] }, '2024-06-24 09:30');
  const record = { ticketId: 'SR20241301001', contact: '12345678901', description: '请回电13912345678' };
  const validation = guard.validate(record, { stage: 'registration', now: '2024-06-24 09:30' });
  return {
    version: version(),
    mask: guard.mask('电话13812345678'),
    classify: { category: classified.category, subcategory: classified.subcategory, labels: classified.labels },
    sla: { priority: sla.priority, targets: sla.targets.map(({ kind, due, state }) => ({ kind, due, state })) },
    validate: { valid: validation.valid, errors: validation.errors },
    configError: caught(() => new TicketGuard({ locale: 'xx' }), ConfigError),
    inputError: caught(() => guard.mask(42), InputError),
  };
}

/** The class and fields of what `f` throws: they must survive bundling (instanceof works). */
function caught(f, Class) {
  try {
    f();
    return null;
  } catch (e) {
    return { instance: e instanceof Class, name: e.name, code: e.code, path: e.path };
  }
}

/** Main thread: `load()` initialises the module, then the page shows what a guard computes. */
export async function runInPage(api, load) {
  try {
    await load();
    show({ where: 'window', ...probe(api) });
  } catch (e) {
    fail(e);
  }
}

/** Worker page: compiles the module while it downloads and posts it, with the config, to the
 * worker; the page itself never imports ticket-guard. */
export async function startWorker(wasmUrl, worker) {
  try {
    worker.onmessage = ({ data }) => show(data);
    worker.onerror = (e) => fail(e.message || 'worker error');
    const module = await WebAssembly.compileStreaming(fetch(wasmUrl));
    worker.postMessage({ module, config: WORKER_CONFIG });
  } catch (e) {
    fail(e);
  }
}

/** Worker side: a synchronous start from the posted module, a guard from the posted config. */
export function serveWorker(api) {
  self.onmessage = ({ data }) => {
    try {
      api.initSync(data.module);
      self.postMessage({ where: 'worker', ...probe(api, data.config) });
    } catch (e) {
      self.postMessage({ error: String(e?.stack ?? e) });
    }
  };
}

/** Writes the results into the page, where the test reads them. */
function show(results) {
  const out = document.getElementById('results');
  out.textContent = JSON.stringify(results);
  out.dataset.state = results.error ? 'failed' : 'done';
}

function fail(e) {
  show({ error: String(e?.stack ?? e) });
}
