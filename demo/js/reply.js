// The suggested reply: guard.suggestReply(ticket, {stage, now}) for the ticket on screen (the
// form's text, masked name and ticket id, and the SLA panel's timeline and "now"), its parts
// told apart, the due time it promises, and a Copy button.
import { h, fill } from './dom.js';
import { t } from './i18n.js';
import { localParts } from './zone.js';

/** Form stage → reply stage: a closed ticket still gets the satisfaction call-back line. */
const STAGE = { registration: 'registration', processing: 'processing', resolved: 'resolved', closed: 'resolved' };
const PARTS = ['greeting', 'opening', 'reference', 'soothing', 'progress', 'closing'];

export function createReply(app, { text: textEl, meta, legend, copy, stage: stageEl }, source) {
  /** The reply on screen (null when it could not be made). */
  let last = null;
  let flash = 0;

  copy.addEventListener('click', async () => {
    if (!last) return;
    try {
      await navigator.clipboard.writeText(last.text);
      copied('clipboard');
    } catch {
      // No clipboard access (permission, insecure context): select the text for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(textEl);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      copied('selection');
    }
  });

  function copied(how) {
    copy.dataset.copied = how;
    fill(copy, how === 'clipboard' ? `✓ ${t('copied')}` : t('pressCopy'));
    clearTimeout(flash);
    flash = setTimeout(() => {
      delete copy.dataset.copied;
      fill(copy, t('copy'));
    }, 1800);
  }

  /** The reply's text with each part wrapped; whatever joins the parts stays plain text. */
  function partsOf(reply) {
    const out = [];
    let at = 0;
    for (const p of reply.parts) {
      const i = reply.text.indexOf(p.text, at);
      if (i < 0) continue;
      if (i > at) out.push(reply.text.slice(at, i));
      out.push(h('span', { class: `part part-${p.kind}`, title: t(`part_${p.kind}`), dataset: { kind: p.kind } }, p.text));
      at = i + p.text.length;
    }
    if (at < reply.text.length) out.push(reply.text.slice(at));
    return out;
  }

  function render() {
    const formStage = source.stage();
    const stage = STAGE[formStage] ?? 'registration';
    fill(stageEl, `${t('stage')}: ${t(stage)}`);
    const record = source.record();
    const ticket = { ...source.ticket() };
    for (const k of ['customerName', 'ticketId']) if (record[k]) ticket[k] = record[k];
    try {
      last = app.guard.suggestReply(ticket, { stage, now: source.now() });
    } catch (e) {
      last = null;
      copy.disabled = true;
      fill(textEl, h('span', { class: 'error-line' }, h('span', { class: 'code' }, e.path || e.code || 'error'), ' ', e.message));
      fill(meta);
      return;
    }
    copy.disabled = false;
    textEl.dataset.stage = stage;
    fill(textEl, partsOf(last));
    if (last.due) {
      const loc = localParts(Date.parse(last.due), app.tz);
      fill(meta, h('span', { class: 'chip due-chip' }, `${t('promised')} `, h('time', { datetime: last.due, class: 'mono' }, loc.text), h('small', {}, ` ${loc.weekday} ${loc.zone}`)),
        h('span', { class: 'muted mono' }, last.due));
    } else fill(meta, h('span', { class: 'muted' }, t('noPromise')));
    const kinds = new Set(last.parts.map((p) => p.kind));
    fill(legend, PARTS.filter((k) => kinds.has(k)).map((k) => h('span', { class: `key part-${k}` }, t(`part_${k}`))));
  }

  return { render };
}
