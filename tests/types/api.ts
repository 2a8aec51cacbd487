// Compiled with `tsc --strict --noEmit` against the packed package's .d.ts: it must accept
// every documented use and reject the wrong ones (each @ts-expect-error must be an error).
import { init, initSync, version, TicketGuard, InputError, ConfigError } from 'ticket-guard';
import type { Analysis, BatchError, Classification, Kind, Level, SlaResult, ValidationResult, Config } from 'ticket-guard';

async function main(): Promise<void> {
  await init();
  initSync(new Uint8Array());
  const v: string = version();
  const config: Config = { locale: 'en', calendar: { timezone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:30']] } }, sla: { warnAt: 0.8 } };
  const guard = new TicketGuard(config);
  const kinds: Kind[] = guard.mask('x', { kinds: ['phone'] }).findings.map((f) => f.kind);
  const c: Classification = guard.classify('text');
  const level: Level = guard.priority({ text: 'x', customerTier: 'vip' }).level;
  const sla: SlaResult = guard.sla({ timeline: [{ at: new Date(), kind: 'received' }] }, Date.now(), { explain: true });
  const due: string | null = sla.targets[0].due;
  const vr: ValidationResult = guard.validate({ ticketId: 'SR20240501001' }, { stage: 'registration' });
  const batch: (Analysis | BatchError)[] = guard.analyzeBatch([{ text: 'x' }]);
  const model = TicketGuard.train([{ text: 'a', category: 'b' }]);
  new TicketGuard({ model, taxonomy: { categories: [{ id: 'x', keywords: ['a=2', { term: 'b', weight: 1 }] }] } });
  const d = TicketGuard.defaults();
  void [v, kinds, c, level, due, vr, batch, d.calendar];
  try { guard.mask('x'); } catch (e) { if (e instanceof InputError || e instanceof ConfigError) void (e.code.length + e.path.length); }

  // @ts-expect-error mask takes a string
  guard.mask(42);
  // @ts-expect-error unknown masking kind
  guard.mask('x', { kinds: ['ssn'] });
  // @ts-expect-error unknown locale
  new TicketGuard({ locale: 'fr' });
  // @ts-expect-error unknown stage
  guard.validate({}, { stage: 'archived' });
  // @ts-expect-error unknown timeline kind
  guard.sla({ timeline: [{ at: '2024-01-01 10:00', kind: 'teleported' }] });
  // @ts-expect-error levels are P1–P4
  const bad: Level = 'P5';
  void bad;
  // @ts-expect-error nature is a closed set
  const n: Classification['nature'] = 'praise';
  void n;
}
void main;
