// The helpdesk demo: one TicketGuard drives every panel; every call is synchronous after init().
import { init, version, TicketGuard } from './pkg/index.js';
import { $, $$, fill } from './js/dom.js';
import { setLocale } from './js/i18n.js';
import { CALENDARS } from './js/calendars.js';
import { SAMPLES } from './js/samples.js';
import { createForm } from './js/form.js';
import { createInsights } from './js/insights.js';
import { createSla } from './js/sla.js';
import { createBatch } from './js/batch.js';
import { createReply } from './js/reply.js';

/** Shared state of the page; the panels read it and call back through `app.changed`. */
const app = {
  guard: null,
  locale: 'zh-CN',
  calendarId: 'office',
  get tz() {
    return CALENDARS[this.calendarId].tz;
  },
  /** TicketGuard.defaults() of the current locale: taxonomy, schema, SLA policy. */
  defaults: null,
  /** The ticket the insight and SLA panels look at, built from the form. */
  ticket() {
    const r = form.record();
    const t = { text: r.description ?? '' };
    if (vip.checked) t.customerTier = 'vip';
    const n = Number(contacts.value);
    if (Number.isInteger(n) && n > 1) t.contactCount = n;
    if (r.priority) t.priority = r.priority;
    return t;
  },
  /** Something in `what` changed: re-render what depends on it. */
  changed(what) {
    if (what.has('guard')) {
      form.refreshOptions();
      sla.refreshOptions();
    }
    if (what.has('guard') || what.has('record')) {
      form.validate();
      insights.renderRecord(form.record());
    }
    if (what.has('guard') || what.has('description') || what.has('ticket')) insights.render();
    // The SLA panel re-renders the reply after itself (it also does so for "now" and timeline edits).
    if (what.has('guard') || what.has('description') || what.has('ticket') || what.has('timeline')) sla.render();
    else if (what.has('record') || what.has('stage')) reply.render();
    if (what.has('guard')) batch.rerun();
  },
};

const vip = $('#vip');
const contacts = $('#contacts');
let form, insights, sla, batch, reply;

/** (Re)creates the guard for the current locale and calendar. */
function makeGuard() {
  const calendar = CALENDARS[app.calendarId].config;
  const next = new TicketGuard({ locale: app.locale, ...(calendar ? { calendar } : {}) });
  app.guard?.free();
  app.guard = next;
  app.defaults ??= TicketGuard.defaults();
}

function switchLocale(locale) {
  app.locale = locale;
  setLocale(locale);
  for (const b of $$('#locale button')) b.classList.toggle('on', b.dataset.locale === locale);
  makeGuard();
  app.changed(new Set(['guard']));
}

function switchCalendar(id) {
  app.calendarId = id;
  makeGuard();
  app.changed(new Set(['guard']));
}

function loadSample(name) {
  const s = SAMPLES[name];
  vip.checked = s.tier;
  contacts.value = String(s.contactCount);
  app.calendarId = s.calendar;
  makeGuard();
  form.load(s.record, s.stage);
  sla.load(s.timeline, s.now);
  app.changed(new Set(['guard']));
  for (const b of $$('[data-sample]')) b.classList.toggle('on', b.dataset.sample === name);
}

async function main() {
  await init();
  fill($('#version'), `v${version()}`);
  setLocale(app.locale);
  for (const b of $$('#locale button')) b.classList.toggle('on', b.dataset.locale === app.locale);
  makeGuard();
  form = createForm(app, $('#fields'), $('#stages'), $('#form-status'));
  insights = createInsights(app, {
    preview: $('#preview'), legend: $('#legend'), classification: $('#classification'), priority: $('#priority'), record: $('#masked-record'),
  });
  sla = createSla(app, { onCalendar: switchCalendar, onRender: () => reply?.render() });
  reply = createReply(app, {
    text: $('#reply-text'), meta: $('#reply-meta'), legend: $('#reply-legend'), copy: $('#copy-reply'), stage: $('#reply-stage'),
  }, { ticket: sla.ticket, now: sla.now, record: form.record, stage: form.stage });
  batch = createBatch(app);
  $('#apply-suggestion').addEventListener('click', () => form.apply(insights.suggestion()));
  vip.addEventListener('change', () => app.changed(new Set(['ticket'])));
  contacts.addEventListener('input', () => app.changed(new Set(['ticket'])));
  for (const b of $$('#locale button')) b.addEventListener('click', () => switchLocale(b.dataset.locale));
  for (const b of $$('[data-sample]')) b.addEventListener('click', () => loadSample(b.dataset.sample));
  loadSample('smoke');
  batch.loadGenerated();
  document.body.classList.add('ready');
}

main().catch((e) => {
  const box = $('#fatal');
  box.hidden = false;
  fill(box, `ticket-guard could not start: ${e?.message ?? e}`);
  throw e;
});
