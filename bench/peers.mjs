// The masking tools compared, each as { name, note, run(text) (timed, default options),
// detect(text) → [{start, end, kind?}] (scored) }. Offsets are UTF-16 indices into `text`.
import redactPii from 'redact-pii';
import { Redactor } from '@redactpii/node';
import { findNumbers } from 'libphonenumber-js';

/** A private-use character: never in the corpus, and neither a word nor a digit character. */
export const SENTINEL = '\uE000';

/**
 * Spans of a text-only redactor: redact with SENTINEL as the replacement, split the output
 * on it and place the untouched pieces back into the original, each at its leftmost
 * position after the previous one (the last piece is anchored at the end). Each gap is one
 * detection; adjacent replacements with nothing between them merge into one detection.
 * A valid placement always exists, so this cannot fail; when an untouched piece is short
 * (a space, a comma) and also occurs inside a replaced datum, a detection can be split in
 * two or end early — it still overlaps the datum it came from.
 */
export function spansFromRedacted(original, redacted) {
  const pieces = redacted.split(SENTINEL);
  const spans = [];
  if (pieces.length === 1) return spans;
  let pos = pieces[0].length;
  const tail = pieces[pieces.length - 1];
  const tailStart = original.length - tail.length;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (i < pieces.length - 1 && piece === '') continue; // merged with the next replacement
    const at = i === pieces.length - 1 ? tailStart : original.indexOf(piece, pos + 1);
    if (at < pos + 1) throw new Error('redacted text does not align with the original');
    spans.push({ start: pos, end: at });
    pos = at + piece.length;
  }
  return spans;
}

export function peers() {
  const rpDefault = new redactPii.SyncRedactor();
  const rpScore = new redactPii.SyncRedactor({ globalReplaceWith: SENTINEL });
  const rnDefault = new Redactor();
  const rnScore = new Redactor({ globalReplaceWith: SENTINEL });
  return [
    {
      name: 'redact-pii',
      note: 'SyncRedactor, all built-in rules (default options)',
      run: (t) => rpDefault.redact(t),
      detect: (t) => spansFromRedacted(t, rpScore.redact(t)),
    },
    {
      name: '@redactpii/node',
      note: 'Redactor, all rules enabled (default options, no API key: nothing leaves the process)',
      run: (t) => rnDefault.redact(t),
      detect: (t) => spansFromRedacted(t, rnScore.redact(t)),
    },
    {
      name: 'libphonenumber-js (CN)',
      note: "findNumbers(text, 'CN'), default min metadata; phones only",
      run: (t) => findNumbers(t, 'CN'),
      detect: (t) => findNumbers(t, 'CN').map((m) => ({ start: m.startsAt, end: m.endsAt, kind: 'phone' })),
    },
    {
      name: 'libphonenumber-js (no country)',
      note: 'findNumbers(text), no default country: only +-prefixed numbers; phones only',
      run: (t) => findNumbers(t),
      detect: (t) => findNumbers(t).map((m) => ({ start: m.startsAt, end: m.endsAt, kind: 'phone' })),
    },
  ];
}
