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

// ---------------------------------------------------------------------------------------------
// Errors

/** Machine-readable error codes of {@link InputError} and {@link ConfigError}. */
export type ErrorCode =
  | 'invalid_type'
  | 'invalid_json'
  | 'invalid_value'
  | 'invalid_time'
  | 'required'
  | 'enum'
  | 'format'
  | 'time_order'
  | 'too_large'
  | 'too_deep'
  | 'not_initialized'
  | 'internal'
  | (string & {});

/** What every ticket-guard error carries: a machine-readable `code` and the JSON `path` of the bad value. */
export abstract class TicketGuardError extends Error {
  /** Machine-readable reason, e.g. `invalid_time`. */
  readonly code: ErrorCode;
  /** JSON path of the offending value, e.g. `timeline[2].at` (`''` for the whole argument). */
  readonly path: string;
  constructor(code: ErrorCode, path: string, message: string) {
    super(message);
    this.code = code;
    this.path = path;
  }
}

/** Bad arguments to a call. The same `TicketGuard` keeps working after it. */
export class InputError extends TicketGuardError {
  override readonly name = 'InputError';
}

/** Bad configuration given to `new TicketGuard(config)`; `path` points inside the config, e.g. `calendar.weekly.mon[0][1]`. */
export class ConfigError extends TicketGuardError {
  override readonly name = 'ConfigError';
}

// ---------------------------------------------------------------------------------------------
// Types

/** Locales of labels and messages; codes never change with the locale. */
export type Locale = 'zh-CN' | 'en';

/** Kinds of personal data found by {@link TicketGuard.mask}. */
export type Kind = 'phone' | 'email' | 'id_card' | 'passport' | 'bank_card' | 'address';

/** One masked datum. Offsets are JavaScript string indices (UTF-16) into the original text. */
export interface Finding {
  kind: Kind;
  start: number;
  end: number;
  /** What the span became: `*******5678`, `g*****@163.com`, `[身份证号]`. */
  replacement: string;
  /** The record field the finding is in (only from {@link TicketGuard.maskRecord}). */
  field?: string;
}

/** Result of {@link TicketGuard.mask}. */
export interface MaskResult {
  /** The text with every finding replaced; everything else unchanged and in order. */
  text: string;
  findings: Finding[];
}

/** Options of {@link TicketGuard.mask}. */
export interface MaskOptions {
  /** Kinds to mask (default: all). */
  kinds?: Kind[];
  /** `label` (default): `[身份证号]` / `[ID number]`; `kind`: `[id_card]` in every locale. */
  placeholder?: 'label' | 'kind';
  /** Locale of the placeholders (default: the guard's). */
  locale?: Locale;
}

/** Bounds on the work of one call; oversized input gets an `InputError` with code `too_large`. */
export interface Limits {
  /** Longest text accepted, in characters (default 2,000,000). */
  maxTextLength?: number;
  /** Most tickets in one batch call (default 100,000). */
  maxBatch?: number;
}

/** Configuration of a {@link TicketGuard}. Plain JSON: structured-cloneable, so it can be posted to a worker. */
export interface Config {
  /** `zh-CN` (default) or `en`: labels and messages. */
  locale?: Locale;
  /** Default masking options of this guard. */
  mask?: MaskOptions;
  /** Work limits. */
  limits?: Limits;
  /** Business calendar (default: 24×7 in Asia/Shanghai). */
  calendar?: Calendar;
  /** SLA policy per level (defaults in the README). */
  sla?: SlaConfig;
  /** Replace or extend the taxonomy, keywords and weights. */
  taxonomy?: TaxonomyConfig;
  /** A model from {@link TicketGuard.train}, blended with the rules. */
  model?: Model;
  /** Priority-rule settings. */
  priority?: PriorityConfig;
  /** Record-schema settings. */
  schema?: SchemaConfig;
  /** Extra vague-wording cue words per locale. */
  vagueWords?: Partial<Record<Locale, string[]>>;
  /** Reply templates per locale (keys in the README); placeholders {customerName}, {ticketId}, {due}. */
  replies?: Partial<Record<Locale, Record<string, string>>>;
  /**
   * Validation messages in another language or house style, over the locale's built-ins:
   * `templates` per issue code (placeholders `{label}`, `{hint}`, `{values}`, `{min}`, `{max}`,
   * `{len}`, `{other}`, `{value}`, `{kind}`, `{word}`) and `labels` per record field.
   * @example { templates: { required: '{label}為必填欄位' }, labels: { ticketId: '工單編號' } }
   */
  messages?: { templates?: Partial<Record<IssueCode, string>>; labels?: Partial<Record<string, string>> };
}

/** A time: ISO 8601 with offset (`2024-05-01T09:45:00+08:00`), a `Date`, epoch milliseconds,
 * or form style `YYYY-MM-DD HH:mm`, read in the configured calendar's time zone. */
export type TimeInput = string | number | Date;

/** Priority levels, P1 most urgent. */
export type Level = 'P1' | 'P2' | 'P3' | 'P4';

/** Kinds of SLA target. */
export type TargetKind = 'accept' | 'first_response' | 'next_update' | 'resolution' | 'follow_up';

/** Kinds of process-log event. */
export type EventKind =
  | 'received' | 'accepted' | 'responded' | 'updated' | 'paused' | 'resumed'
  | 'priority_changed' | 'resolved' | 'reopened' | 'followed_up';

/** One entry of a ticket's process log. */
export interface TimelineEvent {
  at: TimeInput;
  kind: EventKind;
  /** The level from this instant (`priority_changed`), or at reception (`received`). */
  priority?: Level;
  actor?: string;
  note?: string;
}

/** A ticket as the SLA engine reads it. Without a timeline, `receivedAt`/`resolvedAt` are used. */
export interface Ticket {
  /** Current level; without it, the level at reception or the priority rules decide. */
  priority?: Level;
  timeline?: TimelineEvent[];
  receivedAt?: TimeInput;
  resolvedAt?: TimeInput;
  text?: string;
  subject?: string;
  description?: string;
  customerTier?: string;
  contactCount?: number;
  [field: string]: unknown;
}

/** A business interval counted (or a day skipped) on the way to a due time. */
export interface ExplainStep {
  type: 'business' | 'holiday' | 'non_working_day' | 'paused' | 'resolved' | 'truncated';
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  minutes: number;
}

/** One SLA target of a ticket. */
export interface SlaTarget {
  kind: TargetKind;
  /** ISO 8601 UTC; `null` while paused or not reachable. */
  due: string | null;
  state: 'pending' | 'achieved' | 'breached' | 'paused';
  /** Business minutes used (to completion or now). */
  elapsedMinutes: number;
  /** Budget left for open targets (negative when late); `null` once completed. */
  remainingMinutes: number | null;
  /** Business time used / allowed, to four decimals (`atRisk` compares the exact ratio). */
  usedRatio: number;
  /** With `{ explain: true }`: how the due time was reached. */
  explain?: ExplainStep[];
}

/** Result of {@link TicketGuard.sla}. */
export interface SlaResult {
  priority: Level;
  targets: SlaTarget[];
  /** Some pending target has used at least `sla.warnAt` of its budget. */
  atRisk: boolean;
  breached: boolean;
}

/** Weekly hours: local wall-clock `[start, end]` pairs; an end ≤ start crosses midnight. */
export type Hours = [string, string][];

/** A business calendar. */
export interface Calendar {
  /** IANA zone (bundled list, see README) or a fixed offset such as `+08:00`. */
  timezone?: string;
  weekly?: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Hours>>;
  /** Dates (`YYYY-MM-DD`) with no hours. */
  holidays?: string[];
  /** Weekend dates worked in place of a holiday (调休). */
  extraWorkdays?: string[];
  /** Hours of an extra workday (default: Monday's). */
  extraWorkdayHours?: Hours;
}

/** Budgets in minutes per target kind; `null` means no such target. */
export type LevelPolicy = Partial<Record<TargetKind, number | null>>;

/** SLA policy. */
export interface SlaConfig {
  policy?: Partial<Record<Level, LevelPolicy>>;
  /** A pending target at or past this share of its budget is at risk (default 0.75). */
  warnAt?: number;
  /** The follow-up call-back is counted in wall-clock time (default) or business time. */
  followUpClock?: 'wall' | 'business';
}

/** Options of {@link TicketGuard.sla}. */
export interface SlaOptions {
  /** Add the intervals counted to each target. */
  explain?: boolean;
}

/** Category ids of the default taxonomy (a configured taxonomy may add others). */
export type CategoryId =
  | 'account' | 'order' | 'payment' | 'logistics' | 'product' | 'after_sales' | 'service' | 'presales' | 'external' | 'other'
  | (string & {});

/** What the customer wants. */
export type Nature = 'consultation' | 'complaint' | 'suggestion' | 'repair_request';

/** How the customer feels. */
export type Emotion = 'calm' | 'negative' | 'angry';

/** Result of {@link TicketGuard.classify}. */
export interface Classification {
  category: CategoryId;
  /** `null` when nothing specific matched (only under `other`). */
  subcategory: string | null;
  /** 0..1; below ~0.4 means "ask a human". */
  confidence: number;
  nature: Nature;
  emotion: Emotion;
  /** Why: the terms matched, with UTF-16 offsets into the text, and the category each supports. */
  matches: { term: string; start: number; end: number; category: CategoryId }[];
  /** Other categories the ticket touches, by confidence. */
  alternatives: { category: CategoryId; subcategory: string | null; confidence: number }[];
  /** Localised names of the category and subcategory. */
  labels: { category: string; subcategory: string | null };
}

/** One reason for a priority, e.g. `{ code: 'regulator_threat', message: '提到 12315 投诉 → P1' }`. */
export interface PriorityReason {
  code: string;
  message: string;
}

/** Result of {@link TicketGuard.priority}. */
export interface PriorityResult {
  level: Level;
  reasons: PriorityReason[];
}

/** Codes of validation issues. */
export type IssueCode =
  | 'required' | 'format' | 'enum' | 'length' | 'time_order' | 'future_time'
  | 'inconsistent' | 'sensitive_data' | 'vague_wording';

/** One validation issue. */
export interface Issue {
  /** Path of the field, e.g. `process[2].at`. */
  field: string;
  code: IssueCode;
  /** Localised message (config.locale). */
  message: string;
  /** UTF-16 span of the offending text inside the field, for underlining. */
  start?: number;
  end?: number;
}

/** Result of {@link TicketGuard.validate}. */
export interface ValidationResult {
  /** No errors (warnings never invalidate). */
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
}

/** Stages of a service record; each adds required fields to the previous one. */
export type Stage = 'registration' | 'processing' | 'resolved' | 'closed';

/** One entry of a record's process log. */
export interface ProcessEntry {
  at: TimeInput;
  actor: string;
  action: string;
  result: string;
}

/** The service-record form (see the README's field table). */
export interface ServiceRecord {
  ticketId?: string;
  customerId?: string;
  /** Masked form only: first character + `*`. */
  customerName?: string;
  /** A phone number or e-mail address. */
  contact?: string;
  channel?: 'phone' | 'online' | 'email' | 'social' | 'app' | 'store' | 'other' | (string & {});
  occurredAt?: TimeInput;
  receivedAt?: TimeInput;
  scenario?: string;
  description?: string;
  productModel?: string;
  category?: CategoryId;
  subcategory?: string;
  nature?: Nature;
  priority?: Level;
  department?: string;
  assignee?: string;
  rootCauseDimension?: 'customer_operation' | 'product_system' | 'service_process' | 'external';
  rootCause?: string;
  solution?: string;
  process?: ProcessEntry[];
  resolvedAt?: TimeInput;
  satisfaction?: 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied' | 'very_dissatisfied';
  feedback?: string;
  followUp?: string;
  reviewer?: string;
  remarks?: string;
  [field: string]: unknown;
}

/** Options of {@link TicketGuard.validate}. */
export interface ValidateOptions {
  /** Without a stage only the fields present are checked. */
  stage?: Stage;
  /** "Now" for `future_time` (default: the current time). */
  now?: TimeInput;
}

/** Options of {@link TicketGuard.validateField}. */
export interface ValidateFieldOptions extends ValidateOptions {
  /** The rest of the record, for cross-field rules (time order, category/subcategory). */
  record?: ServiceRecord;
}

/** Result of {@link TicketGuard.analyze}. */
export interface Analysis {
  classification: Classification;
  priority: PriorityResult;
  /** `null` when the ticket has no timeline and no `receivedAt`. */
  sla: SlaResult | null;
  /** The ticket's `text` (else `description`) masked. */
  masked: MaskResult;
  /** When the ticket carries service-record fields. */
  validation?: ValidationResult;
}

/** An entry of {@link TicketGuard.analyzeBatch} for a ticket that could not be analysed. */
export interface BatchError {
  index: number;
  error: { kind: 'InputError' | 'ConfigError'; code: ErrorCode; path: string; message: string };
}

/** A labelled example for {@link TicketGuard.train}. */
export interface TrainingExample {
  text: string;
  category: string;
  subcategory?: string | null;
}

/** A trained naive-Bayes model: plain JSON, to store and pass back as `config.model`. */
export interface Model {
  type: 'nb';
  version: number;
  labels: string[];
  [key: string]: unknown;
}

/** A keyword: `'term'`, `'term=3'` (weight), `'!term'` (negatable symptom), `'stem*'`, or `{ term, weight }`. */
export type Keyword = string | { term: string; weight?: number };

/** A subcategory of a taxonomy. */
export interface SubcategoryDef {
  id: string;
  labels?: { 'zh-CN'?: string; en?: string };
  keywords?: Keyword[];
  weight?: number;
}

/** A category of a taxonomy. */
export interface CategoryDef {
  id: string;
  labels?: { 'zh-CN'?: string; en?: string };
  keywords?: Keyword[];
  subcategories?: SubcategoryDef[];
}

/** A taxonomy: `extend` (default) merges into the built-in one by id; `replace` swaps it. */
export interface TaxonomyConfig {
  mode?: 'extend' | 'replace';
  categories: CategoryDef[];
}

/** Priority-rule settings. */
export interface PriorityConfig {
  /** Customer tiers that raise the level one step (default: vip, svip, gold, platinum, diamond, enterprise, premium, key_account). */
  vipTiers?: string[];
  /** Extra trigger terms per level. */
  terms?: Partial<Record<Level, string[]>>;
}

/** Record-schema settings (see the README). */
export interface SchemaConfig {
  required?: Partial<Record<Stage, string[] | { add?: string[]; remove?: string[] }>>;
  enums?: Partial<Record<'channel' | 'nature' | 'rootCauseDimension' | 'satisfaction', string[] | { add: string[] }>>;
  lengths?: Record<string, [number, number]>;
  followUpWhen?: string[];
}

/** A rate or mean and how many tickets it was computed from (`value` is null when none). */
export interface Figure {
  value: number | null;
  count: number;
}

/** One bar of a distribution. */
export interface Bucket {
  key: string;
  count: number;
  share: number;
}

/** Time and quality figures of a set of tickets (see the README for each definition). */
export interface ReviewFigures {
  tickets: number;
  firstResponseBusinessMinutes: Figure;
  firstResponseBusinessMedian: Figure;
  firstResponseWallMinutes: Figure;
  firstResponseWallMedian: Figure;
  resolutionBusinessMinutes: Figure;
  resolutionWallMinutes: Figure;
  responseOnTimeRate: Figure;
  resolutionOnTimeRate: Figure;
  escalationRate: Figure;
  firstContactResolutionRate: Figure;
  csat: Figure;
  scoreMean: Figure;
  repeatRate: Figure;
  followUpOnTimeRate: Figure;
}

/** Result of {@link TicketGuard.review}: plain JSON a chart library can plot. */
export interface Review extends ReviewFigures {
  breaches: { ticketId: string; targets: TargetKind[] }[];
  distributions: Record<'categories' | 'subcategories' | 'rootCauseDimensions' | 'channels' | 'priorities' | 'weekdays' | 'hours', Bucket[]>;
  weekOverWeek: { thisWeek: ReviewFigures & { period: string }; lastWeek: ReviewFigures & { period: string }; ticketChange: number | null } | null;
  /** One row per period with `groupBy`. */
  periods: (ReviewFigures & { period: string })[];
  /** Tickets left out, with the reason. */
  skipped: { index: number; reason: string }[];
}

/** Options of {@link TicketGuard.review}. */
export interface ReviewOptions {
  /** Select by `receivedAt` (inclusive). */
  from?: TimeInput;
  /** Select by `receivedAt` (exclusive). */
  to?: TimeInput;
  now?: TimeInput;
  groupBy?: 'day' | 'week' | 'month';
}

/** Result of {@link TicketGuard.suggestReply}. */
export interface Reply {
  text: string;
  parts: { kind: 'greeting' | 'opening' | 'reference' | 'soothing' | 'progress' | 'closing'; text: string }[];
  /** The due time the progress line states (ISO UTC), if any. */
  due: string | null;
  locale: Locale;
}

/** Options of {@link TicketGuard.suggestReply}. */
export interface ReplyOptions {
  stage?: 'registration' | 'processing' | 'resolved';
  locale?: Locale;
  now?: TimeInput;
}

/** Anything {@link init} can load the module from. */
export type InitInput = string | URL | Request | Response | ArrayBuffer | Uint8Array | WebAssembly.Module;

// ---------------------------------------------------------------------------------------------
// Loading

let loading: Promise<void> | null = null;
let ready = false;

const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';

/**
 * Loads the WebAssembly module. In a browser it fetches `ticket_guard_bg.wasm` next to the
 * module unless given a URL, `Response`, bytes or a compiled `WebAssembly.Module`; in Node it
 * reads the bytes from the package itself. Calling it again returns the same promise.
 */
export function init(input?: InitInput): Promise<void> {
  if (!loading) {
    loading = (async () => {
      let source: InitInput | undefined = input;
      if (source === undefined && isNode) {
        // Hidden from bundlers: this branch only runs in Node.
        const fsName = 'node:fs/promises';
        const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName)) as typeof import('node:fs/promises');
        source = await fs.readFile(new URL('./wasm/ticket_guard_bg.wasm', import.meta.url));
      }
      // Bytes and compiled modules take the synchronous path: V8 compiles lazily there (~5 ms
      // for this module) but eagerly on the async one (~20 ms). URLs and Responses keep
      // streaming compilation, which overlaps the download.
      if (source instanceof ArrayBuffer || ArrayBuffer.isView(source) || source instanceof WebAssembly.Module) {
        initSync(source as ArrayBuffer | Uint8Array | WebAssembly.Module);
        return;
      }
      await wasmInit(source === undefined ? undefined : { module_or_path: source as never });
      ready = true;
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Synchronous loading from bytes or a compiled module — for workers and extensions. */
export function initSync(module: ArrayBuffer | Uint8Array | WebAssembly.Module): void {
  if (ready) return;
  wasmInitSync({ module: module as never });
  ready = true;
  loading = Promise.resolve();
}

/** The package version (the crate and npm versions move in lockstep). */
export function version(): string {
  return need(() => wasmVersion());
}

// ---------------------------------------------------------------------------------------------
// Boundary helpers: JSON in, JSON out, errors rethrown as classes.

function need<T>(f: () => T): T {
  if (!ready) throw new InputError('not_initialized', '', 'ticket-guard is not initialised: call `await init()` (or `initSync`) first');
  try {
    return f();
  } catch (e) {
    throw rethrow(e);
  }
}

function rethrow(e: unknown): Error {
  if (typeof e === 'string' && e.startsWith('{')) {
    const { kind, code, path, message } = JSON.parse(e) as { kind: string; code: string; path: string; message: string };
    return kind === 'ConfigError' ? new ConfigError(code, path, message) : new InputError(code, path, message);
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** JSON text of a value; what JSON cannot carry (BigInt, cycles, throwing getters) is an InputError. */
function json(value: unknown, path: string): string {
  try {
    return JSON.stringify(value ?? null) ?? 'null';
  } catch (e) {
    throw new InputError('invalid_type', path, `cannot read ${path || 'argument'}: ${(e as Error)?.message ?? e}`);
  }
}

/** The review's records cross as UTF-8 bytes: they are mostly ASCII, which `TextEncoder`
 * encodes natively where the glue's string copy loops in JavaScript. */
const utf8 = new TextEncoder();

/** A time argument as JSON; `undefined` is now, taken from JavaScript's clock. */
function time(value: unknown, path: string): string {
  if (value === undefined) return String(Date.now());
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new InputError('invalid_time', path, `${path} is an invalid Date`);
    return String(ms);
  }
  return json(value, path);
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new InputError('invalid_type', path, `${path} must be a string, got ${describe(value)}`);
  return value;
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

/** Rebuilds masked text from the caller's own string, so lone surrogates and every other
 * character outside the findings come back exactly as given. */
function splice(original: string, found: Finding[]): string {
  let out = '';
  let last = 0;
  for (const f of found) {
    out += original.slice(last, f.start) + f.replacement;
    last = f.end;
  }
  return out + original.slice(last);
}

// Rows: the module sends the results of its per-ticket calls as arrays of their fields in a
// fixed order (V8 parses them in half the time of objects); these give the fields their names.
// Rows that come in lists (matches, alternatives, reasons, targets, findings, issues) arrive as
// one flat array, row after row, read with a stride. A null in an optional field leaves the
// field out.
type Row = any[];

// Each list has its own loop: a shared loop calling a namer per kind would be one call site
// for every namer, which V8 does not inline.

function findings(r: Row): Finding[] {
  const out: Finding[] = [];
  for (let k = 0; k < r.length; k += 5) {
    const f: Finding = { kind: r[k], start: r[k + 1], end: r[k + 2], replacement: r[k + 3] };
    if (r[k + 4] != null) f.field = r[k + 4];
    out.push(f);
  }
  return out;
}

/** `names`: the guard's category ids, which a match's category index points into. */
function classification(r: Row, text: string, names: string[]): Classification {
  // A match is `start, end, category index`.
  const m: Row = r[5];
  const matches: Classification['matches'] = [];
  for (let k = 0; k < m.length; k += 3) {
    matches.push({ term: text.slice(m[k], m[k + 1]), start: m[k], end: m[k + 1], category: names[m[k + 2]] });
  }
  const a: Row = r[6];
  const alternatives: Classification['alternatives'] = [];
  for (let k = 0; k < a.length; k += 3) alternatives.push({ category: a[k], subcategory: a[k + 1], confidence: a[k + 2] });
  return {
    category: r[0], subcategory: r[1], confidence: r[2], nature: r[3], emotion: r[4], matches, alternatives,
    labels: { category: r[7], subcategory: r[8] },
  };
}

function priority(r: Row): PriorityResult {
  const x: Row = r[1];
  const reasons: PriorityResult['reasons'] = [];
  for (let k = 0; k < x.length; k += 2) reasons.push({ code: x[k], message: x[k + 1] });
  return { level: r[0], reasons };
}

function sla(r: Row): SlaResult {
  const x: Row = r[1];
  const targets: SlaTarget[] = [];
  for (let k = 0; k < x.length; k += 7) {
    const t: SlaTarget = { kind: x[k], due: x[k + 1], state: x[k + 2], elapsedMinutes: x[k + 3], remainingMinutes: x[k + 4], usedRatio: x[k + 5] };
    if (x[k + 6] != null) t.explain = x[k + 6];
    targets.push(t);
  }
  return { priority: r[0], targets, atRisk: r[2], breached: r[3] };
}

function issues(x: Row): Issue[] {
  const out: Issue[] = [];
  for (let k = 0; k < x.length; k += 5) {
    const i: Issue = { field: x[k], code: x[k + 1], message: x[k + 2] };
    if (x[k + 3] != null) i.start = x[k + 3];
    if (x[k + 4] != null) i.end = x[k + 4];
    out.push(i);
  }
  return out;
}

function validation(r: Row): ValidationResult {
  return { valid: r[0], errors: issues(r[1]), warnings: issues(r[2]) };
}

/** An analysis; its masked text is rebuilt from the ticket's own main text (`text`, else
 * `description`: the rule the module uses). */
function analysis(r: Row, ticket: { text?: unknown; description?: unknown }, names: string[]): Analysis {
  const main = typeof ticket.text === 'string' ? ticket.text : typeof ticket.description === 'string' ? ticket.description : '';
  const found = findings(r[3]);
  const a: Analysis = {
    classification: classification(r[0], main, names), priority: priority(r[1]), sla: r[2] && sla(r[2]),
    masked: { text: splice(main, found), findings: found },
  };
  if (r[4] != null) a.validation = validation(r[4]);
  return a;
}

// ---------------------------------------------------------------------------------------------
// The guard

/**
 * One configured instance. Build it once and reuse it: every call is synchronous.
 * @throws {ConfigError} on bad configuration, with the path of the bad entry.
 */
export class TicketGuard {
  #w: WasmGuard;
  #ids?: string[];

  constructor(config?: Config) {
    const cfg = json(config, 'config');
    this.#w = need(() => {
      try {
        return new WasmGuard(cfg);
      } catch (e) {
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
  mask(input: string, options?: MaskOptions): MaskResult {
    const t = text(input, 'text');
    const opts = json(options, 'options');
    const rows = need(() => this.#w.mask(t, opts));
    // Most text has nothing to mask: hand it back as given.
    if (rows === '[]') return { text: t, findings: [] };
    const found = findings(JSON.parse(rows));
    return { text: splice(t, found), findings: found };
  }

  /**
   * Returns a masked copy of a service record (the input is never modified): free text masked,
   * `contact` down to its last four digits, `customerName` to its first character + `*`.
   */
  maskRecord<R extends object>(record: R): { record: R; findings: Finding[] } {
    const r = json(record, 'record');
    const out = this.#call('maskRecord', r);
    return { record: out.record, findings: findings(out.findings) };
  }

  /**
   * Category, subcategory, nature and emotion of a ticket text, with the terms that decided.
   * @example guard.classify('app一直闪退，根本用不了').subcategory // 'software_fault'
   */
  classify(input: string): Classification {
    const t = text(input, 'text');
    return classification(this.#call('classify', t), t, this.#names());
  }

  /**
   * P1–P4 by the priority rules, raised one level for an angry customer, a VIP tier or a
   * repeated contact; an explicit `ticket.priority` is kept and annotated.
   */
  priority(ticket: Ticket): PriorityResult {
    const t = json(ticket, 'ticket');
    return priority(this.#call('priority', t));
  }

  /** Validates a service record, optionally for a stage. */
  validate(record: ServiceRecord, options?: ValidateOptions): ValidationResult {
    const r = json(record, 'record');
    const { now, ...rest } = options ?? {};
    const o = json(rest, 'options');
    const n = time(now, 'options.now');
    return validation(this.#call('validate', r, o, n));
  }

  /** The issues of one field, for live forms (the same rules as {@link validate}). */
  validateField(name: string, value: unknown, options?: ValidateFieldOptions): ValidationResult {
    const f = text(name, 'name');
    const v = json(value, 'value');
    const { now, ...rest } = options ?? {};
    const o = json(rest, 'options');
    const n = time(now, 'options.now');
    return validation(this.#call('validateField', f, v, o, n));
  }

  /** A JSON Schema (draft 2020-12) of the record at a stage, for back ends. */
  recordSchema(stage?: Stage): object {
    const s = json(stage, 'stage');
    return this.#call('recordSchema', s);
  }

  /** Classification, priority, SLA, masked text and (for records) validation in one call. */
  analyze(ticket: Ticket & ServiceRecord, now?: TimeInput): Analysis {
    const t = json(ticket, 'ticket');
    const n = time(now, 'now');
    return analysis(this.#call('analyze', t, n), ticket, this.#names());
  }

  /** {@link analyze} for many tickets in one call; a bad ticket's error stands at its index. */
  analyzeBatch(tickets: (Ticket & ServiceRecord)[], now?: TimeInput): (Analysis | BatchError)[] {
    const t = json(tickets, 'tickets');
    const n = time(now, 'now');
    const rows = this.#call('analyzeBatch', t, n) as (Row | Analysis | BatchError)[];
    // In place: each row is garbage as soon as it is named, instead of all of them surviving
    // (and being copied by the collector) until a new array is complete.
    const names = this.#names();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (Array.isArray(r)) rows[i] = analysis(r, tickets[i], names);
    }
    return rows as (Analysis | BatchError)[];
  }

  /** The weekly review: time and quality figures, distributions, week-over-week, per-period rows. */
  review(tickets: (Ticket & ServiceRecord)[], options?: ReviewOptions): Review {
    const t = utf8.encode(json(tickets, 'tickets'));
    const { now, ...rest } = options ?? {};
    const o = json(rest, 'options');
    const n = time(now, 'options.now');
    const r = JSON.parse(need(() => this.#w.review(t, o, n)));
    // Breaches arrive flat, `ticketId, targets` pair after pair.
    const flat: Row = r.breaches;
    const breaches: Review['breaches'] = [];
    for (let k = 0; k < flat.length; k += 2) breaches.push({ ticketId: flat[k], targets: flat[k + 1] });
    r.breaches = breaches;
    return r;
  }

  /** An agent's first words for a ticket: opening, soothing, and a concrete time from the SLA. */
  suggestReply(ticket: Ticket & ServiceRecord, options?: ReplyOptions): Reply {
    const t = json(ticket, 'ticket');
    const { now, ...rest } = options ?? {};
    const o = json(rest, 'options');
    const n = time(now, 'options.now');
    return this.#call('suggestReply', t, o, n);
  }

  /** The default taxonomy, calendar, SLA policy and record schema, as plain JSON to copy and edit. */
  static defaults(): Required<Pick<Config, 'locale' | 'calendar' | 'sla' | 'taxonomy' | 'schema'>> {
    return JSON.parse(need(() => WasmGuard.defaults()));
  }

  /**
   * Fits a naive-Bayes model on labelled tickets; pass it back as `config.model`.
   * @example new TicketGuard({ model: TicketGuard.train(history) })
   */
  static train(examples: TrainingExample[], options?: { alpha?: number }): Model {
    const e = json(examples, 'examples');
    const o = json(options, 'options');
    return JSON.parse(need(() => WasmGuard.train(e, o)));
  }

  /**
   * SLA targets of a ticket over the configured calendar and policy.
   * @param now defaults to the current time.
   * @example guard.sla({ priority: 'P2', timeline: [{ at: '2024-06-21 18:00', kind: 'received' }] }, '2024-06-24 09:30')
   */
  sla(ticket: Ticket, now?: TimeInput, options?: SlaOptions): SlaResult {
    const t = json(ticket, 'ticket');
    const n = time(now, 'now');
    const o = json(options, 'options');
    return sla(this.#call('sla', t, n, o));
  }

  /** The instant `minutes` business minutes after `start` (ISO UTC). */
  addBusinessMinutes(start: TimeInput, minutes: number): string {
    const s = time(start, 'start');
    if (typeof minutes !== 'number') throw new InputError('invalid_type', 'minutes', 'minutes must be a number');
    return this.#call('addBusinessMinutes', s, JSON.stringify(minutes));
  }

  /** Business minutes from `a` to `b` (negative when `b` is before `a`). */
  businessMinutesBetween(a: TimeInput, b: TimeInput): number {
    const x = time(a, 'a');
    const y = time(b, 'b');
    return this.#call('businessMinutesBetween', x, y);
  }

  /** The guard's category ids, which a match's category index points into (asked for once). */
  #names(): string[] {
    return (this.#ids ??= this.#call('categories', ''));
  }

  /** One operation of the module: arguments as the module reads them, the result parsed. */
  #call(op: string, a: string, b = '', c = '', d = ''): any {
    return JSON.parse(need(() => this.#w.call(op, a, b, c, d)));
  }

  /** Releases the WebAssembly memory of this instance. */
  free(): void {
    this.#w.free();
  }

  /** `using guard = new TicketGuard()` frees it at the end of the scope. */
  [Symbol.dispose](): void {
    this.free();
  }
}
