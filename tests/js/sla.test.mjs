import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pkg, fixture } from './pkg.mjs';

for (const file of ['sla', 'sla_extra']) test(`every case of ${file}.json passes through the packed package`, () => {
  const { cases } = fixture(file);
  assert.ok(cases.length > 0);
  const failed = [];
  for (const c of cases) {
    const r = new pkg.TicketGuard(c.config).sla(c.ticket, c.now);
    const fails = [];
    if (r.priority !== c.expect.priority) fails.push(`priority ${r.priority}`);
    if (r.breached !== c.expect.breached) fails.push(`breached ${r.breached}`);
    if (r.atRisk !== c.expect.atRisk) fails.push(`atRisk ${r.atRisk}`);
    for (const e of c.expect.targets) {
      const t = r.targets.find((x) => x.kind === e.kind);
      if (!t) { fails.push(`no ${e.kind}`); continue; }
      if (t.state !== e.state) fails.push(`${e.kind} state ${t.state}`);
      const okDue = e.due === null ? t.due === null : t.due !== null && Math.abs(Date.parse(t.due) - Date.parse(e.due)) <= 60_000;
      if (!okDue) fails.push(`${e.kind} due ${t.due} != ${e.due}`);
      if (Math.abs(t.usedRatio - e.usedRatio) > 0.01) fails.push(`${e.kind} usedRatio ${t.usedRatio}`);
    }
    if (fails.length) failed.push(`${c.name}: ${fails.join('; ')}`);
  }
  assert.deepEqual(failed, [], `${failed.length} of ${cases.length} failed`);
});

test('Date, epoch ms and form-style times agree; explain lists the intervals', () => {
  const guard = new pkg.TicketGuard({ calendar: { timezone: 'America/New_York', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] } } });
  const ticket = { priority: 'P2', timeline: [{ at: new Date('2024-03-08T21:30:00Z'), kind: 'received' }] };
  const a = guard.sla(ticket, '2024-03-11 09:30', { explain: true });
  const b = guard.sla({ ...ticket, timeline: [{ at: '2024-03-08 16:30', kind: 'received' }] }, Date.parse('2024-03-11T13:30:00Z'));
  const fr = (r) => r.targets.find((t) => t.kind === 'first_response');
  assert.equal(fr(a).due, '2024-03-11T16:30:00Z');
  assert.equal(fr(b).due, fr(a).due);
  assert.ok(fr(a).explain.some((s) => s.type === 'business' && s.startLocal === '2024-03-11 09:00'));
  assert.equal(guard.addBusinessMinutes('2024-03-08 16:30', 240), '2024-03-11T16:30:00Z');
  assert.equal(guard.businessMinutesBetween('2024-03-08 16:30', '2024-03-11 09:30'), 60);
});

test('bad calendars are ConfigErrors with paths; bad timelines InputErrors; the guard survives', () => {
  const bad = [
    [{ calendar: { timezone: 'Mars/Olympus' } }, 'calendar.timezone'],
    [{ calendar: { weekly: { mon: [['25:00', '18:00']] } } }, 'calendar.weekly.mon[0][0]'],
    [{ calendar: { weekly: { mon: [] } } }, 'calendar.weekly'],
    [{ sla: { policy: { P2: { resolution: -5 } } } }, 'sla.policy.P2.resolution'],
  ];
  for (const [config, path] of bad) {
    assert.throws(() => new pkg.TicketGuard(config), (e) => e instanceof pkg.ConfigError && e.path === path, JSON.stringify(config));
  }
  const guard = new pkg.TicketGuard();
  const hostile = [
    [{ timeline: [{ at: '2024-13-45 10:00', kind: 'received' }] }, 'timeline[0].at'],
    [{ timeline: [{ at: 'yesterday', kind: 'received' }] }, 'timeline[0].at'],
    [{ timeline: [{ at: 1e20, kind: 'received' }] }, 'timeline[0].at'],
    [{ timeline: [{ at: '2024-01-01 10:00', kind: 'teleported' }] }, 'timeline[0].kind'],
    [{ timeline: [{ at: '2024-01-02 10:00', kind: 'received' }, { at: '2024-01-01 10:00', kind: 'accepted' }] }, 'timeline[1].at'],
  ];
  for (const [ticket, path] of hostile) {
    assert.throws(() => guard.sla(ticket, '2024-02-01 10:00'), (e) => e instanceof pkg.InputError && e.path === path, JSON.stringify(ticket));
  }
  for (const v of [null, 42, 'x', []]) assert.throws(() => guard.sla(v), pkg.InputError);
  assert.throws(() => guard.sla({ timeline: [] }, new Date('nope')), (e) => e.code === 'invalid_time' && e.path === 'now');
  const r = guard.sla({ priority: 'P1', timeline: [{ at: '2024-01-01 10:00', kind: 'received' }] }, '2024-01-01 10:05');
  assert.equal(r.targets[0].kind, 'accept');
});
