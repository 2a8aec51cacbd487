// Wall-clock formatting in a calendar's IANA zone with the browser's own Intl data (display
// only: every SLA figure comes from ticket-guard).

const formatters = new Map();

function parts(ms, tz) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      timeZoneName: 'short',
    });
    formatters.set(tz, f);
  }
  const o = {};
  for (const p of f.formatToParts(new Date(ms))) o[p.type] = p.value;
  return o;
}

/** `2024-09-30 10:30` in `tz`. */
export function local(ms, tz) {
  const p = parts(ms, tz);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** `{text: '2024-09-30 10:30', weekday: 'Mon', zone: 'GMT+8'}` in `tz`. */
export function localParts(ms, tz) {
  const p = parts(ms, tz);
  return { text: `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`, weekday: p.weekday, zone: p.timeZoneName };
}

const FORM = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/**
 * Epoch ms of a form-style `YYYY-MM-DD HH:mm` read in `tz` (NaN when it is not one). A time in
 * a DST gap resolves to the later side, a repeated time to the earlier one, as in ticket-guard.
 */
export function fromLocal(text, tz) {
  const m = FORM.exec(String(text).trim());
  if (!m) return NaN;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const offsetAt = (ms) => {
    const p = parts(ms, tz);
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute) - Math.floor(ms / 60000) * 60000;
  };
  // Earlier offset first (fold → earlier instant); if that instant does not show this wall
  // time, the time is in a gap: take the later offset.
  const a = offsetAt(wall - 36e5 * 12);
  const b = offsetAt(wall + 36e5 * 12);
  for (const off of a === b ? [a] : [Math.max(a, b), Math.min(a, b)]) {
    if (offsetAt(wall - off) === off) return wall - off;
  }
  return wall - Math.min(a, b);
}
