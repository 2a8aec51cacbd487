// The description's masked preview (guard.mask), its classification (guard.classify) and the
// ticket's priority (guard.priority), re-rendered on every keystroke.
import { h, fill, spans, pct, meter } from './dom.js';
import { t, code, taxonomyLabel } from './i18n.js';

const KINDS = ['phone', 'email', 'id_card', 'passport', 'bank_card', 'address'];
/** Record fields whose values are codes the page has labels for. */
const ENUMS = ['channel', 'nature', 'rootCauseDimension', 'satisfaction'];

export function createInsights(app, el) {
  let last = null;

  const label = (cat, sub) => taxonomyLabel(app.defaults, cat, sub);

  function render() {
    const ticket = app.ticket();
    const text = ticket.text;
    let masked;
    let cls;
    let prio;
    try {
      masked = app.guard.mask(text);
      cls = app.guard.classify(text);
      // The rules' level with its reasons, and (when the form sets one) the explicit level as
      // ticket-guard annotates it.
      const { priority: explicit, ...rest } = ticket;
      prio = { rules: app.guard.priority(rest), explicit: explicit ? app.guard.priority(ticket) : null };
    } catch (e) {
      fill(el.preview, h('p', { class: 'error-line' }, `${e.code ?? 'error'}: ${e.message}`));
      return;
    }
    last = { cls, prio };
    renderPreview(text, masked, cls);
    renderClassification(cls);
    renderPriority(prio);
  }

  function renderPreview(text, masked, cls) {
    if (!text) {
      fill(el.preview, h('span', { class: 'muted' }, t('empty')));
      fill(el.legend);
      return;
    }
    const found = masked.findings.map((f) => ({ ...f, pii: true }));
    const overlaps = (m) => found.some((f) => m.start < f.end && f.start < m.end);
    const terms = cls.matches.filter((m) => !overlaps(m));
    fill(el.preview, spans(text, [...found, ...terms], (sp, original) =>
      sp.pii
        ? h('span', { class: `pii k-${sp.kind}`, title: code('kind', sp.kind), dataset: { kind: sp.kind } }, sp.replacement)
        : h('mark', { class: ['term', sp.category === cls.category ? 'primary' : 'secondary'], title: label(sp.category) }, original)));
    const counts = new Map();
    for (const f of masked.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    fill(el.legend,
      masked.findings.length
        ? KINDS.filter((k) => counts.has(k)).map((k) => h('span', { class: `chip k-${k}` }, `${code('kind', k)} ×${counts.get(k)}`))
        : h('span', { class: 'muted' }, t('noFindings')),
      cls.matches.length ? h('span', { class: 'chip term-key' }, t('evidence')) : null);
  }

  function renderClassification(c) {
    const alt = c.alternatives.filter((a) => a.category !== c.category || a.subcategory !== c.subcategory).slice(0, 4);
    fill(el.classification,
      h('div', { class: 'class-head' },
        h('div', { class: 'class-name' },
          h('span', { class: 'cat', dataset: { category: c.category } }, c.labels.category),
          c.labels.subcategory ? [h('span', { class: 'sep' }, ' › '), h('span', { class: 'sub' }, c.labels.subcategory)] : null,
          h('div', { class: 'ids mono' }, `${c.category}${c.subcategory ? ` / ${c.subcategory}` : ''}`)),
        h('div', { class: 'conf' }, meter(c.confidence), h('span', {}, `${t('confidence')} ${pct(c.confidence)}`))),
      h('div', { class: 'chips' },
        h('span', { class: 'chip' }, `${t('natureL')}: `, h('b', {}, code('nature', c.nature))),
        h('span', { class: `chip emotion-${c.emotion}` }, `${t('emotionL')}: `, h('b', {}, code('emotion', c.emotion)))),
      h('div', { class: 'sub-h' }, t('evidence')),
      h('div', { class: 'chips terms' },
        c.matches.length
          ? c.matches.map((m) => h('span', { class: ['chip', 'term-chip', m.category === c.category ? 'primary' : 'secondary'], title: `${m.start}–${m.end}` }, m.term, h('small', {}, ` ${label(m.category)}`)))
          : h('span', { class: 'muted' }, t('noEvidence'))),
      alt.length
        ? [h('div', { class: 'sub-h' }, t('alternatives')),
          h('ul', { class: 'alts' }, alt.map((a) => h('li', {},
            h('span', { class: 'alt-name' }, label(a.category), a.subcategory ? ` › ${label(a.category, a.subcategory)}` : ''),
            meter(a.confidence), h('span', { class: 'num' }, pct(a.confidence)))))]
        : null);
  }

  function renderPriority({ rules, explicit }) {
    const shown = explicit ?? rules;
    const reason = (r) => h('li', {}, h('span', { class: 'code' }, r.code), ' ', r.message);
    fill(el.priority,
      h('div', { class: 'prio-row' },
        h('span', { class: `level ${shown.level}`, id: 'priority-level' }, shown.level),
        h('ul', { class: 'reasons' },
          explicit ? explicit.reasons.map(reason) : null,
          explicit && explicit.level !== rules.level ? h('li', { class: 'muted' }, `${t('rulesSay')} ${rules.level}:`) : null,
          rules.reasons.map(reason))));
  }

  /** The record as it would be stored: guard.maskRecord of the form. */
  function renderRecord(record) {
    let r;
    try {
      r = app.guard.maskRecord(record);
    } catch (e) {
      fill(el.record, h('p', { class: 'error-line' }, `${e.code ?? 'error'}: ${e.message}`));
      return;
    }
    const changed = new Set(r.findings.map((f) => f.field?.replace(/\[\d+\].*$/, '')));
    const show = (k, v) => {
      if (Array.isArray(v)) return v.map((e) => Object.values(e).join(' · ')).join('\n');
      if (ENUMS.includes(k)) return code(k, v);
      if (k === 'category') return label(v);
      if (k === 'subcategory') return label(record.category, v) ?? v;
      return String(v);
    };
    const order = Object.keys(record);
    const entries = Object.entries(r.record).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    fill(el.record, entries.flatMap(([k, v]) => {
      const masked = changed.has(k) || (k === 'contact' || k === 'customerName') && v !== record[k];
      return [h('dt', {}, t(k)), h('dd', { class: [masked && 'masked-val'], dataset: { field: k } }, show(k, v))];
    }));
  }

  return {
    render,
    renderRecord,
    /** What the form's "apply suggestion" button fills in. */
    suggestion: () =>
      last && { category: last.cls.category, subcategory: last.cls.subcategory, nature: last.cls.nature, priority: last.prio.rules.level },
  };
}
