/**
 * ticket-guard: classify, prioritise, SLA-time, validate and mask customer-service tickets
 * (Chinese and English) in the browser. Nothing leaves the page.
 *
 * ```ts
 * import { init, TicketGuard } from 'ticket-guard';
 * await init();
 * const guard = new TicketGuard({ locale: 'en' });
 * guard.mask('call 13812345678').text; // 'call *******5678'
 * ```
 * @packageDocumentation
 */
import wasmInit, { initSync as wasmInitSync, WasmGuard, version as wasmVersion } from './wasm/ticket_guard.js';
/** Bad arguments to a call. The same `TicketGuard` keeps working after it. */
export class InputError extends Error {
    /** Machine-readable reason, e.g. `invalid_time`. */
    code;
    /** JSON path of the offending value, e.g. `timeline[2].at` (`''` for the whole argument). */
    path;
    constructor(code, path, message) {
        super(message);
        this.name = 'InputError';
        this.code = code;
        this.path = path;
    }
}
/** Bad configuration given to `new TicketGuard(config)`; `path` points inside the config. */
export class ConfigError extends Error {
    /** Machine-readable reason, e.g. `enum`. */
    code;
    /** JSON path inside the config, e.g. `calendar.weekly.mon[0][1]`. */
    path;
    constructor(code, path, message) {
        super(message);
        this.name = 'ConfigError';
        this.code = code;
        this.path = path;
    }
}
// ---------------------------------------------------------------------------------------------
// Loading
let loading = null;
let ready = false;
const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
/**
 * Loads the WebAssembly module. In a browser it fetches `ticket_guard_bg.wasm` next to the
 * module unless given a URL, `Response`, bytes or a compiled `WebAssembly.Module`; in Node it
 * reads the bytes from the package itself. Calling it again returns the same promise.
 */
export function init(input) {
    if (!loading) {
        loading = (async () => {
            let source = input;
            if (source === undefined && isNode) {
                // Hidden from bundlers: this branch only runs in Node.
                const fsName = 'node:fs/promises';
                const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName));
                source = await fs.readFile(new URL('./wasm/ticket_guard_bg.wasm', import.meta.url));
            }
            await wasmInit(source === undefined ? undefined : { module_or_path: source });
            ready = true;
        })();
        loading.catch(() => {
            loading = null;
        });
    }
    return loading;
}
/** Synchronous loading from bytes or a compiled module — for workers and extensions. */
export function initSync(module) {
    if (ready)
        return;
    wasmInitSync({ module: module });
    ready = true;
    loading = Promise.resolve();
}
/** The package version (the crate and npm versions move in lockstep). */
export function version() {
    return need(() => wasmVersion());
}
// ---------------------------------------------------------------------------------------------
// Boundary helpers: JSON in, JSON out, errors rethrown as classes.
function need(f) {
    if (!ready)
        throw new InputError('not_initialized', '', 'ticket-guard is not initialised: call `await init()` (or `initSync`) first');
    try {
        return f();
    }
    catch (e) {
        throw rethrow(e);
    }
}
function rethrow(e) {
    if (typeof e === 'string' && e.startsWith('{')) {
        const { kind, code, path, message } = JSON.parse(e);
        return kind === 'ConfigError' ? new ConfigError(code, path, message) : new InputError(code, path, message);
    }
    return e instanceof Error ? e : new Error(String(e));
}
/** JSON text of a value; what JSON cannot carry (BigInt, cycles, throwing getters) is an InputError. */
function json(value, path) {
    try {
        return JSON.stringify(value ?? null) ?? 'null';
    }
    catch (e) {
        throw new InputError('invalid_type', path, `cannot read ${path || 'argument'}: ${e?.message ?? e}`);
    }
}
/** A time argument as JSON; `undefined` is now, taken from JavaScript's clock. */
function time(value, path) {
    if (value === undefined)
        return String(Date.now());
    if (value instanceof Date) {
        const ms = value.getTime();
        if (Number.isNaN(ms))
            throw new InputError('invalid_time', path, `${path} is an invalid Date`);
        return String(ms);
    }
    return json(value, path);
}
function text(value, path) {
    if (typeof value !== 'string')
        throw new InputError('invalid_type', path, `${path} must be a string, got ${describe(value)}`);
    return value;
}
function describe(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}
/** Rebuilds masked text from the caller's own string, so lone surrogates and every other
 * character outside the findings come back exactly as given. */
function splice(original, findings) {
    let out = '';
    let last = 0;
    for (const f of findings) {
        out += original.slice(last, f.start) + f.replacement;
        last = f.end;
    }
    return out + original.slice(last);
}
// ---------------------------------------------------------------------------------------------
// The guard
/**
 * One configured instance. Build it once and reuse it: every call is synchronous.
 * @throws {ConfigError} on bad configuration, with the path of the bad entry.
 */
export class TicketGuard {
    #w;
    constructor(config) {
        const cfg = json(config, 'config');
        this.#w = need(() => {
            try {
                return new WasmGuard(cfg);
            }
            catch (e) {
                const err = rethrow(e);
                throw err instanceof InputError ? new ConfigError(err.code, err.path, err.message) : err;
            }
        });
    }
    /**
     * Masks personal data: phones keep their last four digits, e-mails their first character and
     * domain; ID numbers, passports, bank cards and addresses become placeholders.
     * @example guard.mask('电话13812345678').text // '电话*******5678'
     */
    mask(input, options) {
        const t = text(input, 'text');
        const opts = json(options, 'options');
        const r = JSON.parse(need(() => this.#w.mask(t, opts)));
        return { text: splice(t, r.findings), findings: r.findings };
    }
    /**
     * Returns a masked copy of a service record (the input is never modified): free text masked,
     * `contact` down to its last four digits, `customerName` to its first character + `*`.
     */
    maskRecord(record) {
        const r = json(record, 'record');
        return JSON.parse(need(() => this.#w.maskRecord(r)));
    }
    /**
     * Category, subcategory, nature and emotion of a ticket text, with the terms that decided.
     * @example guard.classify('app一直闪退，根本用不了').subcategory // 'software_fault'
     */
    classify(input) {
        const t = text(input, 'text');
        return JSON.parse(need(() => this.#w.classify(t)));
    }
    /**
     * P1–P4 by the priority rules, raised one level for an angry customer, a VIP tier or a
     * repeated contact; an explicit `ticket.priority` is kept and annotated.
     */
    priority(ticket) {
        const t = json(ticket, 'ticket');
        return JSON.parse(need(() => this.#w.priority(t)));
    }
    /** Validates a service record, optionally for a stage. */
    validate(record, options) {
        const r = json(record, 'record');
        const { now, ...rest } = options ?? {};
        const o = json(rest, 'options');
        const n = time(now, 'options.now');
        return JSON.parse(need(() => this.#w.validate(r, o, n)));
    }
    /** The issues of one field, for live forms (the same rules as {@link validate}). */
    validateField(name, value, options) {
        const f = text(name, 'name');
        const v = json(value, 'value');
        const { now, ...rest } = options ?? {};
        const o = json(rest, 'options');
        const n = time(now, 'options.now');
        return JSON.parse(need(() => this.#w.validateField(f, v, o, n)));
    }
    /** A JSON Schema (draft 2020-12) of the record at a stage, for back ends. */
    recordSchema(stage) {
        const s = json(stage, 'stage');
        return JSON.parse(need(() => this.#w.recordSchema(s)));
    }
    /** Classification, priority, SLA, masked text and (for records) validation in one call. */
    analyze(ticket, now) {
        const t = json(ticket, 'ticket');
        const n = time(now, 'now');
        return JSON.parse(need(() => this.#w.analyze(t, n)));
    }
    /** {@link analyze} for many tickets in one call; a bad ticket's error stands at its index. */
    analyzeBatch(tickets, now) {
        const t = json(tickets, 'tickets');
        const n = time(now, 'now');
        return JSON.parse(need(() => this.#w.analyzeBatch(t, n)));
    }
    /** The default taxonomy, calendar, SLA policy and record schema, as plain JSON to copy and edit. */
    static defaults() {
        return JSON.parse(need(() => WasmGuard.defaults()));
    }
    /**
     * Fits a naive-Bayes model on labelled tickets; pass it back as `config.model`.
     * @example new TicketGuard({ model: TicketGuard.train(history) })
     */
    static train(examples, options) {
        const e = json(examples, 'examples');
        const o = json(options, 'options');
        return JSON.parse(need(() => WasmGuard.train(e, o)));
    }
    /**
     * SLA targets of a ticket over the configured calendar and policy.
     * @param now defaults to the current time.
     * @example guard.sla({ priority: 'P2', timeline: [{ at: '2024-06-21 18:00', kind: 'received' }] }, '2024-06-24 09:30')
     */
    sla(ticket, now, options) {
        const t = json(ticket, 'ticket');
        const n = time(now, 'now');
        const o = json(options, 'options');
        return JSON.parse(need(() => this.#w.sla(t, n, o)));
    }
    /** The instant `minutes` business minutes after `start` (ISO UTC). */
    addBusinessMinutes(start, minutes) {
        const s = time(start, 'start');
        if (typeof minutes !== 'number')
            throw new InputError('invalid_type', 'minutes', 'minutes must be a number');
        return JSON.parse(need(() => this.#w.addBusinessMinutes(s, minutes)));
    }
    /** Business minutes from `a` to `b` (negative when `b` is before `a`). */
    businessMinutesBetween(a, b) {
        const x = time(a, 'a');
        const y = time(b, 'b');
        return JSON.parse(need(() => this.#w.businessMinutesBetween(x, y)));
    }
    /** Releases the WebAssembly memory of this instance. */
    free() {
        this.#w.free();
    }
    /** `using guard = new TicketGuard()` frees it at the end of the scope. */
    [Symbol.dispose]() {
        this.free();
    }
}
