// The service-record form, validated live: the field being typed through
// guard.validateField(name, value, {stage, record}), the whole record through
// guard.validate(record, {stage}) for the summary and the cross-field rules.
import { h, fill, $$, spans } from './dom.js';
import { t, code, codes } from './i18n.js';

const STAGES = ['registration', 'processing', 'resolved', 'closed'];

/** [name, control, options]; groups follow the stages that require their fields. */
const GROUPS = [
  ['groupRegistration', [
    ['ticketId', 'text', { mono: true, placeholder: 'SR20240501001', span: 2 }],
    ['customerId', 'text', { mono: true }],
    ['customerName', 'text', { placeholder: '王*' }],
    ['contact', 'text', { mono: true, span: 2 }],
    ['channel', 'select', { codes: 'channel' }],
    ['productModel', 'text', { mono: true }],
    ['occurredAt', 'text', { mono: true, placeholder: 'YYYY-MM-DD HH:mm', span: 2 }],
    ['receivedAt', 'text', { mono: true, placeholder: 'YYYY-MM-DD HH:mm', span: 2 }],
    ['description', 'textarea', { span: 4, rows: 4 }],
    ['scenario', 'text', { span: 4 }],
  ]],
  ['groupProcessing', [
    ['category', 'select', { taxonomy: 'category', span: 2 }],
    ['subcategory', 'select', { taxonomy: 'subcategory', span: 2 }],
    ['nature', 'select', { codes: 'nature' }],
    ['priority', 'select', { options: ['P1', 'P2', 'P3', 'P4'] }],
    ['department', 'text'],
    ['assignee', 'text'],
  ]],
  ['groupResolved', [
    ['rootCauseDimension', 'select', { codes: 'rootCauseDimension', span: 2 }],
    ['resolvedAt', 'text', { mono: true, placeholder: 'YYYY-MM-DD HH:mm', span: 2 }],
    ['rootCause', 'text', { span: 4 }],
    ['solution', 'text', { span: 4 }],
    ['process', 'process', { span: 4 }],
  ]],
  ['groupClosed', [
    ['satisfaction', 'select', { codes: 'satisfaction' }],
    ['reviewer', 'text'],
    ['remarks', 'text', { span: 2 }],
    ['feedback', 'text', { span: 2 }],
    ['followUp', 'text', { span: 2 }],
  ]],
];
const PROCESS_KEYS = ['at', 'actor', 'action', 'result'];

export function createForm(app, root, stagesEl, statusEl) {
  let stage = 'registration';
  let showAll = false;
  const touched = new Set();
  /** name → {wrap, control, issues} */
  const fields = new Map();
  let processRows = [];
  const processList = h('ol', { class: 'process' });
  let lastFull = { errors: [], warnings: [] };
  /** The field whose issues validateField has just shown. */
  let fieldShown = null;

  // ---- building --------------------------------------------------------------------------
  /** Groups of later stages start collapsed unless they hold data or the agent opens them. */
  const groups = [];
  for (const [gi, [groupKey, items]] of GROUPS.entries()) {
    const grid = h('div', { class: 'field-grid' });
    const set = h('fieldset', { class: 'group', dataset: { stage: STAGES[gi] } },
      h('legend', { onclick: () => set.classList.toggle('collapsed') }, h('span', { 'data-i18n': groupKey }, t(groupKey))), grid);
    groups.push({ set, names: items.map((i) => i[0]) });
    root.append(set);
    for (const [name, kind, opts = {}] of items) {
      let control;
      if (kind === 'textarea') control = h('textarea', { id: `f-${name}`, name, rows: opts.rows, spellcheck: 'false' });
      else if (kind === 'select') control = h('select', { id: `f-${name}`, name });
      else if (kind === 'process') control = h('div', { class: 'process-box' }, processList, h('button', { type: 'button', class: 'btn small', onclick: () => addProcess() }, h('span', { 'data-i18n': 'addStep' }, t('addStep'))));
      else control = h('input', { id: `f-${name}`, name, type: 'text', placeholder: opts.placeholder, spellcheck: 'false' });
      if (opts.mono && control.tagName === 'INPUT') control.classList.add('mono');
      const issues = h('div', { class: 'issues' });
      const wrap = h('div', { class: ['field', `span-${opts.span ?? 1}`], dataset: { field: name } },
        h('label', { for: kind === 'process' ? undefined : `f-${name}` }, h('span', { 'data-i18n': name }, t(name)), h('span', { class: 'req' }, '*')),
        control, issues);
      grid.append(wrap);
      fields.set(name, { wrap, control, issues, kind, opts });
      if (kind !== 'process') {
        control.addEventListener(kind === 'select' ? 'change' : 'input', () => edited(name));
        control.addEventListener('blur', () => {
          touched.add(name);
          renderIssues();
        });
      }
    }
  }

  for (const s of STAGES) {
    stagesEl.append(h('li', {}, h('button', { type: 'button', dataset: { stage: s }, onclick: () => {
      setStage(s);
      app.changed(new Set(['stage']));
    } }, h('span', { 'data-i18n': s }, t(s)))));
  }

  function addProcess(entry = {}) {
    const inputs = Object.fromEntries(PROCESS_KEYS.map((k) => [k, h('input', { type: 'text', class: k === 'at' ? 'mono' : '', placeholder: k === 'at' ? 'YYYY-MM-DD HH:mm' : t(k), value: entry[k] ?? '', 'aria-label': k })]));
    const row = h('li', {}, ...PROCESS_KEYS.map((k) => inputs[k]), h('button', { type: 'button', class: 'icon', title: '×', onclick: () => {
      processRows = processRows.filter((r) => r.row !== row);
      row.remove();
      edited('process');
    } }, '×'));
    for (const k of PROCESS_KEYS) inputs[k].addEventListener('input', () => edited('process'));
    processRows.push({ row, inputs });
    processList.append(row);
  }

  // ---- options from the guard's defaults --------------------------------------------------
  /** Enum values of the configured schema (the page's own list only labels them). */
  function enumValues(name, group) {
    return app.defaults?.schema?.enums?.[name] ?? codes(group);
  }

  function setOptions(select, values, label) {
    const keep = select.value;
    fill(select, h('option', { value: '' }, t('choose')), values.map((v) => h('option', { value: v }, label(v))));
    select.value = values.includes(keep) ? keep : '';
  }

  function categories() {
    return app.defaults?.taxonomy?.categories ?? [];
  }

  function refreshOptions() {
    const cats = categories();
    const name = (x) => x.labels?.[app.locale] ?? x.id;
    for (const [field, { control, opts }] of fields) {
      if (opts.codes) setOptions(control, enumValues(field, opts.codes), (v) => code(opts.codes, v));
      else if (opts.options) setOptions(control, opts.options, (v) => v);
      else if (opts.taxonomy === 'category') setOptions(control, cats.map((c) => c.id), (id) => name(cats.find((c) => c.id === id)));
    }
    refreshSubcategories();
    const required = new Set();
    const adds = app.defaults?.schema?.required ?? {};
    for (const s of STAGES.slice(0, STAGES.indexOf(stage) + 1)) for (const f of adds[s] ?? []) required.add(f);
    for (const [field, { wrap }] of fields) wrap.classList.toggle('required', required.has(field));
  }

  function refreshSubcategories() {
    const cat = categories().find((c) => c.id === fields.get('category').control.value);
    const subs = cat?.subcategories ?? [];
    setOptions(fields.get('subcategory').control, subs.map((s) => s.id), (id) => {
      const sub = subs.find((s) => s.id === id);
      return sub?.labels?.[app.locale] ?? id;
    });
  }

  // ---- reading ----------------------------------------------------------------------------
  function record() {
    const r = {};
    for (const [name, { control, kind }] of fields) {
      if (kind === 'process') continue;
      const v = control.value.trim() === '' ? '' : control.value;
      if (v !== '') r[name] = v;
    }
    const process = processRows
      .map(({ inputs }) => Object.fromEntries(PROCESS_KEYS.filter((k) => inputs[k].value.trim()).map((k) => [k, inputs[k].value])))
      .filter((e) => Object.keys(e).length);
    if (process.length) r.process = process;
    return r;
  }

  // ---- validation ---------------------------------------------------------------------------
  const belongs = (issue, name) => issue.field === name || issue.field.startsWith(`${name}[`) || issue.field.startsWith(`${name}.`);

  function edited(name) {
    touched.add(name);
    if (name === 'category') refreshSubcategories();
    const what = new Set(['record']);
    if (name === 'description') what.add('description');
    if (name === 'priority') what.add('ticket');
    if (name === 'receivedAt') {
      app.onReceivedAt?.(fields.get('receivedAt').control.value.trim());
      what.add('timeline');
    }
    // The field being typed first, through validateField: instant feedback where the agent is.
    const rec = record();
    const value = name === 'process' ? rec.process ?? [] : rec[name] ?? null;
    try {
      const r = app.guard.validateField(name, value, { stage, record: rec });
      renderField(name, r.errors, r.warnings);
    } catch (e) {
      renderField(name, [{ field: name, code: e.code ?? 'error', message: e.message }], []);
    }
    // The whole record then updates the summary and the other fields (cross-field rules).
    fieldShown = name;
    app.changed(what);
    fieldShown = null;
  }

  function validate() {
    const rec = record();
    try {
      lastFull = app.guard.validate(rec, { stage });
    } catch (e) {
      lastFull = { valid: false, errors: [{ field: e.path || '', code: e.code ?? 'error', message: e.message }], warnings: [] };
    }
    renderIssues();
  }

  function renderIssues() {
    for (const name of fields.keys()) {
      if (name === fieldShown) continue;
      const show = showAll || touched.has(name);
      renderField(name, show ? lastFull.errors.filter((i) => belongs(i, name)) : [], show ? lastFull.warnings.filter((i) => belongs(i, name)) : []);
    }
    const { errors, warnings } = lastFull;
    statusEl.className = `status ${errors.length ? 'bad' : 'good'}`;
    statusEl.title = errors.length ? t('invalid') : t('valid');
    statusEl.title += ` · ${errors.length} ${t('errors')} · ${warnings.length} ${t('warnings')}`;
    fill(statusEl, h('b', {}, errors.length ? '✗' : '✓'), ` ${errors.length} ${t('errors')}`, warnings.length ? h('span', { class: 'warn-count' }, ` · ⚠ ${warnings.length}`) : null);
  }

  function renderField(name, errors, warnings) {
    const f = fields.get(name);
    if (!f) return;
    f.wrap.classList.toggle('has-error', errors.length > 0);
    f.wrap.classList.toggle('has-warning', !errors.length && warnings.length > 0);
    if (f.kind === 'process') {
      for (const [i, { inputs }] of processRows.entries()) {
        for (const k of PROCESS_KEYS) {
          const mine = (list) => list.some((x) => x.field === `process[${i}].${k}` || x.field === `process[${i}]`);
          inputs[k].classList.toggle('bad', mine(errors));
          inputs[k].classList.toggle('warn', !mine(errors) && mine(warnings));
        }
      }
    }
    fill(f.issues, [...errors.map((i) => issue(i, 'error', f)), ...warnings.map((i) => issue(i, 'warning', f))]);
  }

  /** One issue line; where it carries start/end, the offending span of the value is underlined. */
  function issue(i, severity, f) {
    const line = h('div', { class: `issue ${severity}`, dataset: { code: i.code, field: i.field } },
      h('span', { class: 'code' }, i.code), ' ', i.message,
      i.field !== f.wrap.dataset.field ? h('span', { class: 'path' }, ` ${i.field}`) : null);
    if (Number.isInteger(i.start) && Number.isInteger(i.end) && f.kind !== 'process' && f.kind !== 'select') {
      const text = f.control.value;
      const from = Math.max(0, i.start - 24);
      const to = Math.min(text.length, i.end + 24);
      const shifted = { start: i.start - from, end: i.end - from };
      line.append(h('div', { class: 'excerpt' }, from > 0 ? '…' : '',
        spans(text.slice(from, to), [shifted], (_sp, s) => h('mark', { class: `squiggle ${severity}` }, s)), to < text.length ? '…' : ''));
    }
    return line;
  }

  // ---- stage --------------------------------------------------------------------------------
  function setStage(s) {
    stage = s;
    showAll = true;
    const rec = record();
    for (const [gi, g] of groups.entries()) {
      const later = gi > STAGES.indexOf(s);
      g.set.classList.toggle('collapsed', later && !g.names.some((n) => rec[n] !== undefined));
    }
    for (const b of $$('button', stagesEl)) {
      const i = STAGES.indexOf(b.dataset.stage);
      b.classList.toggle('on', b.dataset.stage === s);
      b.classList.toggle('done', i < STAGES.indexOf(s));
    }
    refreshOptions();
    validate();
  }

  // ---- public -------------------------------------------------------------------------------
  return {
    record,
    /** The stage the form is checked against. */
    stage: () => stage,
    validate,
    refreshOptions,
    load(rec, s) {
      touched.clear();
      processRows = [];
      processList.replaceChildren();
      for (const [name, { control, kind }] of fields) {
        if (kind === 'process') continue;
        if (kind === 'select') {
          // Options may not exist yet for this value: set after refreshOptions below.
          control.dataset.pending = rec[name] ?? '';
        } else control.value = rec[name] ?? '';
      }
      for (const e of rec.process ?? []) addProcess(e);
      refreshOptions();
      for (const [, { control, kind }] of fields) {
        if (kind !== 'select') continue;
        control.value = control.dataset.pending;
        delete control.dataset.pending;
        if (control.name === 'category') refreshSubcategories();
      }
      for (const [, { control, kind }] of fields) if (kind === 'select' && control.name === 'subcategory') control.value = rec.subcategory ?? '';
      setStage(s);
    },
    /** Fills the processing fields from a classification/priority suggestion. */
    apply(sug) {
      if (!sug) return;
      const set = (name, v) => {
        if (v === null || v === undefined) return;
        fields.get(name).control.value = v;
        touched.add(name);
        if (name === 'category') refreshSubcategories();
      };
      set('category', sug.category);
      set('subcategory', sug.subcategory ?? '');
      set('nature', sug.nature);
      set('priority', sug.priority);
      app.changed(new Set(['record', 'ticket']));
    },
  };
}
