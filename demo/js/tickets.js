// Reading tickets pasted or loaded into the batch view: JSON (an array, or `{tickets: [...]}`)
// or CSV with a header row (RFC 4180 quoting).

/** Rows of a CSV text as arrays of strings. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const NUMERIC = new Set(['contactCount']);
const JSON_COLUMNS = new Set(['timeline']);

/** CSV text → ticket objects keyed by the header (`description` is accepted for `text`). */
function fromCsv(text) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const keys = header.map((k) => k.trim());
  return rows.map((cells) => {
    const t = {};
    keys.forEach((k, i) => {
      const v = (cells[i] ?? '').trim();
      if (v === '') return;
      if (NUMERIC.has(k) && /^\d+$/.test(v)) t[k] = Number(v);
      else if (JSON_COLUMNS.has(k)) {
        try {
          t[k] = JSON.parse(v);
        } catch {
          t[k] = v; // ticket-guard reports it as an input error on this row
        }
      } else t[k] = v;
    });
    return t;
  });
}

/**
 * Tickets from pasted or loaded text. JSON when it starts like JSON, CSV otherwise.
 * @throws {Error} when the JSON is malformed or holds no list of tickets.
 */
export function readTickets(text) {
  const trimmed = text.trim();
  let list;
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const v = JSON.parse(trimmed);
    list = Array.isArray(v) ? v : Array.isArray(v?.tickets) ? v.tickets : null;
    if (!list) throw new Error('JSON must be an array of tickets or {"tickets": [...]}');
  } else list = fromCsv(trimmed);
  return list.map((t) => (t && typeof t === 'object' && t.text === undefined && typeof t.description === 'string' ? { ...t, text: t.description } : t));
}
