// Recall / precision of a detector against the corpus ground truth.
//
// Rules (printed with the results):
// - a detection is a true positive when it overlaps an inserted personal datum (any kind);
// - a detection overlapping no datum is a false positive, except when it only overlaps an
//   inserted person name (personal, but no kind of the SPEC): those are ignored either way;
// - recall = inserted data overlapped by at least one detection / inserted data;
//   `kindRecall` also requires the overlapping detection to carry the right kind (only for
//   tools that report kinds), `covered` requires the detections to cover the whole datum;
// - precision = true-positive detections / (true positives + false positives);
// - a decoy (order id, tracking number, amount, ...) is "untouched" when no detection overlaps it.

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function covered(p, dets) {
  let reach = p.start;
  for (const d of [...dets].sort((a, b) => a.start - b.start)) {
    if (d.start > reach) break;
    if (d.end > reach) reach = d.end;
    if (reach >= p.end) return true;
  }
  return reach >= p.end;
}

export function score(tickets, detect) {
  const kinds = {};
  const decoyKinds = {};
  let detections = 0, tp = 0, fp = 0, ignored = 0, pii = 0, hit = 0, hitKind = 0, full = 0, exact = 0;
  let decoys = 0, decoysHit = 0;
  for (const t of tickets) {
    const dets = detect(t.text);
    detections += dets.length;
    for (const d of dets) {
      if (t.pii.some((p) => overlaps(p, d))) tp++;
      else if (t.neutral.some((p) => overlaps(p, d))) ignored++;
      else fp++;
    }
    for (const p of t.pii) {
      const k = (kinds[p.kind] ??= { n: 0, hit: 0, hitKind: 0, covered: 0, exact: 0 });
      const mine = dets.filter((d) => overlaps(p, d));
      const isHit = mine.length > 0;
      const isKind = mine.some((d) => d.kind === p.kind);
      const isFull = covered(p, mine);
      const isExact = mine.some((d) => d.kind === p.kind && d.start === p.start && d.end === p.end);
      pii++, k.n++;
      if (isHit) hit++, k.hit++;
      if (isKind) hitKind++, k.hitKind++;
      if (isFull) full++, k.covered++;
      if (isExact) exact++, k.exact++;
    }
    for (const x of t.decoys) {
      const k = (decoyKinds[x.kind] ??= { n: 0, hit: 0 });
      decoys++, k.n++;
      if (dets.some((d) => overlaps(x, d))) decoysHit++, k.hit++;
    }
  }
  const ratio = (a, b) => (b === 0 ? null : a / b);
  const perKind = {};
  for (const [kind, k] of Object.entries(kinds)) {
    perKind[kind] = { n: k.n, recall: ratio(k.hit, k.n), kindRecall: ratio(k.hitKind, k.n), covered: ratio(k.covered, k.n), exact: ratio(k.exact, k.n) };
  }
  const decoysByKind = {};
  for (const [kind, k] of Object.entries(decoyKinds)) decoysByKind[kind] = { n: k.n, untouched: ratio(k.n - k.hit, k.n) };
  return {
    detections, truePositives: tp, falsePositives: fp, ignoredNameDetections: ignored,
    precision: ratio(tp, tp + fp),
    recall: ratio(hit, pii), kindRecall: ratio(hitKind, pii), covered: ratio(full, pii), exact: ratio(exact, pii),
    perKind,
    decoys, decoysUntouched: ratio(decoys - decoysHit, decoys), decoysByKind,
  };
}
