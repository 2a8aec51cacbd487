// The extension's service worker: the only place the WebAssembly runs. Pages such as helpdesks
// forbid wasm in their own CSP, so the content script sends text here and gets results back.
// The extension pages' CSP allows 'wasm-unsafe-eval' (see manifest.json).
import { init, TicketGuard } from './pkg/index.js';

/** One guard per locale, created on first use (the worker may be stopped and restarted any time). */
const guards = new Map();

// `init()` fetches pkg/wasm/ticket_guard_bg.wasm next to the module (a chrome-extension:// URL).
// Top-level await is not allowed in a service worker, so the first message waits for it; a
// failed load is retried by the next message.
let loading = null;
const load = () => (loading ??= init().catch((e) => {
  loading = null;
  throw e;
}));

async function guard(locale) {
  await load();
  const key = locale === 'en' ? 'en' : 'zh-CN';
  if (!guards.has(key)) guards.set(key, new TicketGuard({ locale: key }));
  return guards.get(key);
}

/** Errors cross the message channel as plain objects. */
const plain = (e) => ({ name: e?.name ?? 'Error', code: e?.code ?? 'internal', path: e?.path ?? '', message: String(e?.message ?? e) });

/**
 * The list's on-time rate from guard.review: the response on-time rate once some ticket has
 * been answered, else the share of reviewed tickets with no breached SLA target (a list of new
 * tickets has no completed response to rate yet). `basis` says which one it is.
 */
function onTime(review) {
  const base = { tickets: review.tickets, breached: review.breaches.length, skipped: review.skipped.length };
  if (review.responseOnTimeRate.count > 0) return { ...base, basis: 'response', ...review.responseOnTimeRate };
  const value = review.tickets ? (review.tickets - review.breaches.length) / review.tickets : null;
  return { ...base, basis: 'not_breached', value, count: review.tickets };
}

async function handle(msg, sender) {
  const g = await guard(msg.locale);
  switch (msg.type) {
    case 'analyze': {
      // One boundary crossing for every row of the list.
      const results = g.analyzeBatch(msg.tickets, msg.now);
      const breached = results.filter((r) => r && !r.error && r.sla.breached).length;
      if (sender.tab?.id !== undefined) {
        chrome.action.setBadgeText({ tabId: sender.tab.id, text: breached ? String(breached) : '' });
        chrome.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#dc2626' });
      }
      return { results };
    }
    case 'review':
      return { summary: onTime(g.review(msg.tickets, { now: msg.now })) };
    case 'mask':
      return { texts: msg.texts.map((t) => g.mask(t).text) };
    default:
      throw new Error(`unknown message ${msg.type}`);
  }
}

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  handle(msg, sender).then(reply, (e) => reply({ error: plain(e) }));
  return true; // the reply is asynchronous
});
