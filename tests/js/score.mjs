// Scoring rules of the conformance vectors (tests/fixtures/VECTORS.md), shared by the suites.

const fold = (c) => {
  const code = c.charCodeAt(0);
  return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c;
};
/** Maximal digit runs of a text (full-width digits count), joined by '|'. */
export const digitRuns = (s) => [...s].map((c) => (/[0-9]/.test(fold(c)) ? fold(c) : '|')).join('');

/** Failures of one mask.json case for result `r` of `guard.mask(case.text)`, and of `again` = mask(r.text). */
export function scoreMask(c, r, again) {
  const fails = [];
  if (r.findings.length !== c.spans.length) fails.push(`${r.findings.length} findings, expected ${c.spans.length}`);
  // Separators inside a number don't break it: '+61 406 894 299' keeps '4 299'.
  const runs = digitRuns(r.text.replace(/[ \-.—–]/g, ''));
  for (const sp of c.spans) {
    const ranges = [[sp.start, sp.end], ...(sp.alt ?? [])];
    const hit = r.findings.some((f) => {
      if (f.kind !== sp.kind) return false;
      if (sp.kind === 'address') {
        const ov = Math.max(0, Math.min(f.end, sp.end) - Math.max(f.start, sp.start));
        return ov * 2 >= Math.max(f.end - f.start, sp.end - sp.start);
      }
      return ranges.some(([s, e]) => s === f.start && e === f.end);
    });
    if (!hit) fails.push(`missed ${sp.kind} ${JSON.stringify(sp.value)}`);
    if (sp.kind === 'phone') {
      for (let i = 0; i + 5 <= sp.main.length; i++) if (runs.includes(sp.main.slice(i, i + 5))) fails.push(`phone digits ${sp.main.slice(i, i + 5)} survive`);
      if (!runs.includes(sp.last4)) fails.push(`last4 ${sp.last4} lost`);
    } else if (['id_card', 'passport', 'bank_card'].includes(sp.kind)) {
      const d = [...sp.value].map(fold).filter((x) => /[0-9]/.test(x)).join('');
      for (let i = 0; i + 4 <= d.length; i++) if (runs.includes(d.slice(i, i + 4))) fails.push(`${sp.kind} digits ${d.slice(i, i + 4)} survive`);
    } else if (sp.kind === 'email') {
      const [local, domain] = sp.value.split('@');
      if (r.text.includes(sp.value) || (local.length > 1 && r.text.includes(local + '@')) || !r.text.includes(domain)) fails.push('email not masked right');
    }
  }
  for (const d of c.decoys ?? []) {
    if (r.text.split(d).length !== c.text.split(d).length) fails.push(`decoy ${d} changed`);
  }
  let rebuilt = '';
  let last = 0;
  for (const f of r.findings) {
    rebuilt += c.text.slice(last, f.start) + f.replacement;
    last = f.end;
  }
  if (rebuilt + c.text.slice(last) !== r.text) fails.push('text outside the findings changed');
  if (again.text !== r.text) fails.push('not idempotent');
  return fails;
}
