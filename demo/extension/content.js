// Content script: finds the helpdesk's ticket list, asks the service worker to analyse every
// row in one go (guard.analyzeBatch), to review the list (guard.review: its on-time rate, shown
// in a bar above the table) and to mask the page's text (guard.mask), then adds badges and
// swaps masked text in. It never touches the page's CSP, scripts or markup beyond that: the
// wasm runs in the worker, because the page's own CSP forbids it here.
(() => {
  const settings = { mask: true, locale: 'zh-CN' };
  /** Text node → {original, masked}: what we replaced, so it can be restored. */
  const swapped = new Map();
  const BADGE = 'tg-badges';
  const SUMMARY = 'tg-summary';

  const HEADERS = {
    text: /描述|问题|内容|摘要|主题|description|subject|summary|issue|message/i,
    received: /受理|接收|创建|提交|时间|received|created|opened|submitted|date|time/i,
    id: /工单|编号|单号|ticket|\bid\b|#/i,
  };
  const LABELS = {
    'zh-CN': {
      ok: '正常', risk: '即将超时', breached: '已超时', achieved: '已达成', none: '无时效', due: '截止', error: '无法分析',
      response: '响应按时率', not_breached: 'SLA 未超时占比（尚无已响应工单）', tickets: '张工单', skipped: '未纳入统计',
    },
    en: {
      ok: 'on time', risk: 'at risk', breached: 'breached', achieved: 'done', none: 'no SLA', due: 'due', error: 'not analysed',
      response: 'Response on time', not_breached: 'SLA not breached (no ticket answered yet)', tickets: 'tickets', skipped: 'skipped',
    },
  };

  const send = (msg) =>
    chrome.runtime.sendMessage({ ...msg, locale: settings.locale }).then((r) => {
      if (r?.error) throw Object.assign(new Error(r.error.message), r.error);
      return r;
    });

  // ---- finding the ticket list ------------------------------------------------------------
  function columns(table) {
    const head = table.tHead?.rows[0] ?? table.rows[0];
    if (!head) return null;
    const names = [...head.cells].map((c) => c.textContent.trim());
    const find = (re) => names.findIndex((n) => re.test(n));
    const cols = { text: find(HEADERS.text), received: find(HEADERS.received), id: find(HEADERS.id) };
    return cols.text >= 0 ? cols : null;
  }

  function ticketRows() {
    const out = [];
    for (const table of document.querySelectorAll('table')) {
      const cols = columns(table);
      if (!cols) continue;
      for (const body of table.tBodies) for (const row of body.rows) out.push({ row, cols });
    }
    return out;
  }

  /** The text of a cell as the page wrote it (our masking undone, our badges left out). */
  function originalText(cell) {
    let s = '';
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest(`.${BADGE}`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) s += swapped.get(n)?.original ?? n.data;
    return s.trim();
  }

  /** Reception time: a <time datetime> if the page has one, else the cell text read as local time. */
  function receivedAt(cell) {
    const dt = cell?.querySelector('time[datetime]')?.getAttribute('datetime');
    if (dt && !Number.isNaN(Date.parse(dt))) return Date.parse(dt);
    const m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2}):(\d{2})/.exec(cell?.textContent ?? '');
    return m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]).getTime() : null;
  }

  // ---- badges -------------------------------------------------------------------------------
  function badge(cls, text, title) {
    const b = document.createElement('span');
    b.className = `tg-badge ${cls}`;
    b.textContent = text;
    if (title) b.title = title;
    return b;
  }

  function stateOf(a) {
    if (!a.sla) return 'none'; // no reception time found in the row
    if (a.sla.breached) return 'breached';
    if (a.sla.atRisk) return 'risk';
    return a.sla.targets.every((t) => t.state === 'achieved') ? 'achieved' : 'ok';
  }

  function nextDue(a) {
    if (!a.sla) return '';
    const due = a.sla.targets.filter((t) => t.due && (t.state === 'pending' || t.state === 'breached')).map((t) => Date.parse(t.due));
    return due.length ? new Date(Math.min(...due)).toLocaleString() : '';
  }

  function render(row, cell, a) {
    row.querySelector(`.${BADGE}`)?.remove();
    const L = LABELS[settings.locale] ?? LABELS['zh-CN'];
    const box = document.createElement('div');
    box.className = BADGE;
    if (!a || a.error) {
      box.append(badge('tg-error', L.error, a?.error?.message));
    } else {
      const c = a.classification;
      const st = stateOf(a);
      const due = nextDue(a);
      box.append(
        badge('tg-cat', c.labels.subcategory ? `${c.labels.category} › ${c.labels.subcategory}` : c.labels.category, `${c.category}/${c.subcategory ?? ''}`),
        badge(`tg-prio tg-${a.priority.level}`, a.priority.level, a.priority.reasons.map((r) => r.message).join('\n')),
        badge(`tg-sla tg-${st}`, L[st], due ? `${L.due} ${due}` : ''),
      );
      row.dataset.tgCategory = c.category;
      row.dataset.tgPriority = a.priority.level;
      row.dataset.tgSla = st;
    }
    cell.append(box);
  }

  // ---- the list's on-time rate ---------------------------------------------------------------
  /** A bar just above the ticket table: the on-time rate guard.review gives for the whole list. */
  function renderSummary(table, s) {
    let bar = table.previousElementSibling;
    if (!bar?.classList.contains(SUMMARY)) {
      bar = document.createElement('div');
      bar.className = SUMMARY;
      table.before(bar);
    }
    const L = LABELS[settings.locale] ?? LABELS['zh-CN'];
    const tone = s.value === null ? 'none' : s.value >= 0.85 ? 'ok' : s.value >= 0.7 ? 'risk' : 'breached';
    const part = (cls, text) => {
      const el = document.createElement(cls === 'tg-value' ? 'b' : 'span');
      el.className = cls;
      el.textContent = text;
      return el;
    };
    Object.assign(bar.dataset, { basis: s.basis, value: s.value ?? '', count: s.count, tgLocale: settings.locale });
    const parts = [
      part('tg-brand', 'ticket-guard'),
      part('tg-label', L[s.basis]),
      part(`tg-value tg-${tone}`, s.value === null ? '—' : `${Math.round(s.value * 100)}%`),
      part('tg-n', `(n=${s.count})`),
      part('tg-sep', '·'),
      part('tg-breaches', `${L.breached} ${s.breached} / ${s.tickets} ${L.tickets}`),
    ];
    if (s.skipped) parts.push(part('tg-skipped', `· ${L.skipped} ${s.skipped}`));
    // Spaces between the parts, so the bar's text reads as one line (the flex gap lays it out).
    bar.replaceChildren(...parts.flatMap((p, i) => (i ? [' ', p] : [p])));
  }

  // ---- masking ------------------------------------------------------------------------------
  function textNodes(root) {
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(n) {
        const p = n.parentElement;
        if (!p || p.closest(`script,style,noscript,textarea,title,.${BADGE},.${SUMMARY}`)) return NodeFilter.FILTER_REJECT;
        return /\S/.test(n.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  }

  async function maskPage() {
    // Text the page changed since we masked it counts as new original text.
    const nodes = textNodes(document.body).filter((n) => swapped.get(n)?.masked !== n.data);
    if (!nodes.length) return;
    const originals = nodes.map((n) => n.data);
    const { texts } = await send({ type: 'mask', texts: originals });
    quietly(() =>
      nodes.forEach((n, i) => {
        if (!settings.mask || n.data !== originals[i]) return; // toggled off or changed meanwhile
        if (texts[i] !== originals[i]) {
          swapped.set(n, { original: originals[i], masked: texts[i] });
          n.data = texts[i];
        } else swapped.delete(n);
      }));
  }

  function unmaskPage() {
    quietly(() => {
      for (const [n, { original, masked }] of swapped) if (n.data === masked) n.data = original;
    });
    swapped.clear();
  }

  // ---- the run loop -------------------------------------------------------------------------
  /** A row as a ticket for ticket-guard: its original text, reception time and id. */
  function ticketOf({ row, cols }) {
    const t = { text: originalText(row.cells[cols.text]) };
    const at = receivedAt(row.cells[cols.received]);
    if (at !== null) t.receivedAt = at;
    if (cols.id >= 0) t.id = originalText(row.cells[cols.id]);
    return t;
  }

  let running = null;
  let again = false;

  async function annotate() {
    // Privacy first: mask before anything else (analysis reads the originals kept in `swapped`).
    if (settings.mask) await maskPage();
    else unmaskPage();
    const rows = ticketRows();
    const todo = rows.filter(({ row }) => !row.querySelector(`.${BADGE}`) || row.dataset.tgLocale !== settings.locale);
    if (todo.length) {
      const { results } = await send({ type: 'analyze', tickets: todo.map(ticketOf), now: Date.now() });
      quietly(() =>
        todo.forEach(({ row, cols }, i) => {
          render(row, row.cells[cols.text], results[i]);
          row.dataset.tgLocale = settings.locale;
        }));
    }
    // The on-time rate covers every row, so it is recomputed whenever some row was (re)analysed.
    const table = rows[0]?.row.closest('table');
    if (table && (todo.length || !table.previousElementSibling?.classList.contains(SUMMARY))) {
      const { summary } = await send({ type: 'review', tickets: rows.map(ticketOf), now: Date.now() });
      quietly(() => renderSummary(table, summary));
    }
    quietly(() => (document.documentElement.dataset.tgAnnotated = String(rows.length)));
  }

  /** Runs `annotate` now, or once more after the current run when the page changed meanwhile. */
  function schedule() {
    if (running) {
      again = true;
      return;
    }
    running = annotate()
      .catch((e) => console.warn('ticket-guard:', e.message))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  // Changes by the page (new rows, re-rendered cells) trigger a new pass. Our own writes are
  // made inside `quietly`, which drops the records they produce.
  const observer = new MutationObserver(() => schedule());
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  function quietly(write) {
    const pending = observer.takeRecords(); // the page's, from before this write
    try {
      write();
    } finally {
      observer.takeRecords();
      if (pending.length) schedule();
    }
  }

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes.mask) settings.mask = changes.mask.newValue !== false;
    if (changes.locale) settings.locale = changes.locale.newValue === 'en' ? 'en' : 'zh-CN';
    schedule();
  });

  chrome.storage.local.get({ mask: true, locale: 'zh-CN' }).then((s) => {
    settings.mask = s.mask !== false;
    settings.locale = s.locale === 'en' ? 'en' : 'zh-CN';
    schedule();
  });
})();
