// The SLA panel: calendar picker, timeline editor, a "now" slider and one progress bar per
// target, all from guard.sla(ticket, now, {explain: true}).
import { h, fill, $, pct, duration } from './dom.js';
import { t, code, locale } from './i18n.js';
import { CALENDARS } from './calendars.js';
import { local, localParts, fromLocal } from './zone.js';

const EVENT_KINDS = ['accepted', 'responded', 'updated', 'paused', 'resumed', 'priority_changed', 'resolved', 'reopened', 'followed_up'];
const LEVELS = ['P1', 'P2', 'P3', 'P4'];
const SLIDER_MAX = 1000;

export function createSla(app, { onCalendar, onRender }) {
  const calendarSel = $('#calendar');
  const list = $('#timeline');
  const kindSel = $('#event-kind');
  const nowText = $('#now-text');
  const nowZone = $('#now-zone');
  const slider = $('#now-slider');
  const tbody = $('#targets tbody');
  const summary = $('#sla-summary');
  const errorLine = $('#sla-error');
  const explainBody = $('#explain-body');

  /** The timeline being edited: `{kind, at, priority?}` with form-style local times. */
  let events = [];
  /** Slider range, epoch ms. */
  let range = { from: 0, to: 1 };

  calendarSel.addEventListener('change', () => onCalendar(calendarSel.value));
  $('#add-event').addEventListener('click', () => {
    const kind = kindSel.value;
    const at = Number.isFinite(fromLocal(nowText.value, app.tz)) ? nowText.value.trim() : events.at(-1)?.at ?? '';
    const ev = { kind, at };
    if (kind === 'priority_changed') ev.priority = 'P1';
    events.push(ev);
    sortEvents();
    renderEvents();
    rescale();
    render();
  });
  nowText.addEventListener('input', () => {
    placeSlider();
    render();
  });
  slider.addEventListener('input', () => {
    const ms = range.from + ((range.to - range.from) * Number(slider.value)) / SLIDER_MAX;
    nowText.value = local(Math.round(ms / 60000) * 60000, app.tz);
    render();
  });
  app.onReceivedAt = (value) => {
    const first = events.find((e) => e.kind === 'received');
    if (first && Number.isFinite(fromLocal(value, app.tz))) {
      first.at = value;
      renderEvents();
      rescale();
    }
  };

  function sortEvents() {
    const key = (e) => fromLocal(e.at, app.tz);
    events = events
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (key(a.e) - key(b.e)) || a.i - b.i)
      .map(({ e }) => e);
  }

  function ticket() {
    return { ...app.ticket(), timeline: events.map(({ kind, at, priority }) => (priority ? { kind, at, priority } : { kind, at })) };
  }

  // ---- editor -----------------------------------------------------------------------------
  function refreshOptions() {
    fill(calendarSel, Object.entries(CALENDARS).map(([id, c]) => h('option', { value: id }, c.label[locale()])));
    calendarSel.value = app.calendarId;
    fill(kindSel, EVENT_KINDS.map((k) => h('option', { value: k }, code('event', k))));
    renderEvents();
    rescale();
  }

  function renderEvents() {
    fill(list, events.map((ev, i) => {
      const at = h('input', { class: 'at mono', value: ev.at, size: 16, 'aria-label': `timeline[${i}].at` });
      at.addEventListener('input', () => {
        ev.at = at.value;
        rescale();
        render();
      });
      at.addEventListener('change', () => {
        sortEvents();
        renderEvents();
        render();
      });
      let prio = null;
      if (ev.kind === 'received' || ev.kind === 'priority_changed') {
        prio = h('select', { class: 'prio', 'aria-label': `timeline[${i}].priority` },
          ev.kind === 'received' ? h('option', { value: '' }, t('auto')) : null,
          LEVELS.map((l) => h('option', { value: l }, l)));
        prio.value = ev.priority ?? '';
        prio.addEventListener('change', () => {
          if (prio.value) ev.priority = prio.value;
          else delete ev.priority;
          render();
        });
      }
      const del = ev.kind === 'received' ? null : h('button', { type: 'button', class: 'icon del', title: '×', onclick: () => {
        events.splice(events.indexOf(ev), 1);
        renderEvents();
        rescale();
        render();
      } }, '×');
      return h('li', { class: `event ev-${ev.kind}`, dataset: { kind: ev.kind, index: i } },
        h('span', { class: 'dot' }), h('span', { class: 'kind' }, code('event', ev.kind)), at, prio, del);
    }));
  }

  // ---- the now slider ----------------------------------------------------------------------
  /** Slider range: from reception to a little after the last due time or event. */
  function rescale() {
    const received = fromLocal(events.find((e) => e.kind === 'received')?.at ?? '', app.tz);
    if (!Number.isFinite(received)) return;
    let end = received + 36e5;
    for (const e of events) {
      const ms = fromLocal(e.at, app.tz);
      if (Number.isFinite(ms)) end = Math.max(end, ms);
    }
    try {
      const probe = app.guard.sla(ticket(), new Date(end).toISOString());
      for (const tg of probe.targets) if (tg.due && tg.kind !== 'follow_up') end = Math.max(end, Date.parse(tg.due));
    } catch {
      // An invalid timeline: render() shows the error; keep the range.
    }
    range = { from: received, to: received + (end - received) * 1.12 };
    placeSlider();
  }

  function placeSlider() {
    const ms = fromLocal(nowText.value, app.tz);
    if (!Number.isFinite(ms)) return;
    slider.value = String(Math.round(((ms - range.from) / (range.to - range.from)) * SLIDER_MAX));
  }

  // ---- targets ------------------------------------------------------------------------------
  function render() {
    const tz = app.tz;
    fill(nowZone, tz);
    errorLine.hidden = true;
    for (const li of list.children) li.classList.remove('bad');
    let r;
    try {
      r = app.guard.sla(ticket(), nowText.value.trim(), { explain: true });
    } catch (e) {
      errorLine.hidden = false;
      fill(errorLine, h('span', { class: 'code' }, e.path || e.code || 'error'), ' ', e.message);
      const m = /^timeline\[(\d+)\]/.exec(e.path ?? '');
      if (m) list.children[Number(m[1])]?.classList.add('bad');
      if (e.path === 'now') nowText.classList.add('bad');
      fill(tbody);
      fill(summary);
      onRender?.();
      return;
    }
    nowText.classList.remove('bad');
    const warnAt = app.defaults?.sla?.warnAt ?? 0.75;
    fill(summary,
      h('span', { class: `level ${r.priority}` }, r.priority),
      r.breached ? h('span', { class: 'chip state-breached' }, t('breached'))
        : r.atRisk ? h('span', { class: 'chip state-risk' }, t('atRisk'))
          : h('span', { class: 'chip state-ok' }, t('onTrack')));
    fill(tbody, r.targets.map((tg) => {
      const tone = tg.state === 'breached' ? 'bad' : tg.state === 'paused' ? 'paused' : tg.state === 'achieved' ? 'done' : tg.usedRatio >= warnAt ? 'risk' : 'ok';
      const bar = h('div', { class: `bar ${tone}` }, h('i'), h('b', { class: 'warn-mark' }), h('span', {}, pct(tg.usedRatio)));
      bar.firstChild.style.width = pct(Math.min(1, Math.max(0, tg.usedRatio)));
      bar.children[1].style.left = pct(warnAt);
      const loc = tg.due ? localParts(Date.parse(tg.due), tz) : null;
      // Open clocks: business time left (or overdue, with a +); closed ones: the time they took.
      const remaining = tg.remainingMinutes === null ? `${tg.state === 'breached' ? '✗' : '✓'} ${duration(tg.elapsedMinutes)}` : tg.remainingMinutes < 0 ? `+${duration(-tg.remainingMinutes)}` : duration(tg.remainingMinutes);
      return h('tr', { dataset: { kind: tg.kind, state: tg.state } },
        h('th', {}, code('target', tg.kind)),
        h('td', {}, h('span', { class: `chip state-${tg.state === 'pending' && tone === 'risk' ? 'risk' : tg.state}` }, code('state', tg.state))),
        h('td', { class: 'bar-col' }, bar),
        h('td', { class: ['num', tg.remainingMinutes !== null && tg.remainingMinutes < 0 && 'over'] }, remaining),
        h('td', { class: 'due-local' }, loc ? [h('span', { class: 'mono' }, loc.text), h('small', {}, ` ${loc.weekday} ${loc.zone}`)] : '—'),
        h('td', { class: 'due-utc mono' }, tg.due ? h('time', { datetime: tg.due }, tg.due) : '—'));
    }));
    renderExplain(r, tz);
    onRender?.();
  }

  function renderExplain(r, tz) {
    fill(explainBody, r.targets.filter((tg) => tg.explain?.length).map((tg) =>
      h('div', { class: 'explain-target' },
        h('h4', {}, code('target', tg.kind)),
        h('ol', {}, tg.explain.slice(0, 14).map((st) => h('li', { class: `step-${st.type}` },
          h('span', { class: 'step-type' }, code('step', st.type)),
          h('span', { class: 'mono' }, `${st.startLocal ?? local(Date.parse(st.start), tz)} → ${st.endLocal ?? local(Date.parse(st.end), tz)}`),
          st.minutes ? h('span', { class: 'num' }, duration(st.minutes)) : null)),
        tg.explain.length > 14 ? h('li', { class: 'muted' }, `… +${tg.explain.length - 14}`) : null))));
  }

  return {
    render,
    refreshOptions,
    /** The ticket the panel evaluates: the page's ticket with the edited timeline. */
    ticket,
    /** The panel's "now", as typed (form style, calendar zone). */
    now: () => nowText.value.trim(),
    load(timeline, now) {
      events = timeline.map((e) => ({ ...e }));
      nowText.value = now;
      renderEvents();
      rescale();
    },
  };
}
