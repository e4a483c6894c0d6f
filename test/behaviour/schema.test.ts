import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_DEFAULTS } from '../../src/behaviour/defaults';
import { readEvent, type EventFields } from '../../src/behaviour/readEvent';
import { readProfile } from '../../src/behaviour/readProfile';
import { CustomerEventSchema, CustomerProfileSchema, EVENT_KINDS } from '../../src/behaviour/schema';
import { createRng } from '../../src/random/createRng';

const at = '2026-03-01T10:00:00Z';
/** Records and whether they are valid: the zod schema and the hand validator must agree on each. */
const cases: [unknown, boolean][] = [
  [{ customerId: 1, at, kind: 'purchase', amount: 20 }, true],
  [{ customerId: 1, at, kind: 'purchase' }, true],
  [{ customerId: 1, at, kind: 'purchase', amount: -5 }, false],
  [{ customerId: 'a', at: 1772323200000, kind: 'refund', amount: 5, promisedAt: '2026-02-20' }, true],
  [{ customerId: 'a', at, kind: 'refund', promisedAt: 'soon' }, false],
  [{ customerId: 'a', at, kind: 'return' }, true],
  [{ customerId: 'a', at, kind: 'cancellation' }, true],
  [{ customerId: 'a', at, kind: 'complaint', text: 'late again' }, true],
  [{ customerId: 'a', at, kind: 'complaint', text: 42 }, false],
  [{ customerId: 'a', at, kind: 'contact', orderId: 1182, channel: 'phone' }, true],
  [{ customerId: 'a', at, kind: 'contact', channel: 7 }, false],
  [{ customerId: 'a', at, kind: 'response', minutes: 12 }, true],
  [{ customerId: 'a', at, kind: 'response', minutes: -1 }, false],
  [{ customerId: 'a', at, kind: 'review', rating: 5, text: 'lovely' }, true],
  [{ customerId: 'a', at, kind: 'review', rating: 0 }, false],
  [{ customerId: 'a', at, kind: 'review', rating: 4.5 }, false],
  [{ customerId: 'a', at, kind: 'nps', score: 10 }, true],
  [{ customerId: 'a', at, kind: 'nps', score: 11 }, false],
  [{ customerId: 'a', at, kind: 'csat', score: 3 }, true],
  [{ customerId: 'a', at, kind: 'csat', score: 6 }, false],
  [{ customerId: 'a', at, kind: 'effort', score: 7 }, true],
  [{ customerId: 'a', at, kind: 'effort', score: 8 }, false],
  [{ customerId: 'a', at, kind: 'referral' }, true],
  [{ customerId: 'a', at, kind: 'share' }, true],
  [{ customerId: 'a', at, kind: 'unsubscribe' }, true],
  [{ customerId: 'a', at, kind: 'delivery', promisedAt: '2026-02-27', deliveredAt: at }, true],
  [{ customerId: 'a', at, kind: 'delivery', promisedAt: '2026-02-27' }, false],
  [{ customerId: 'a', at, kind: 'message', text: 'hello' }, true],
  [{ customerId: 'a', at, kind: 'message', text: '' }, false],
  [{ customerId: 'a', at, kind: 'message', text: '  ' }, false], // blank: no text
  [{ customerId: 'a', at, kind: 'complaint', text: null }, true], // null: no text
  [{ customerId: 'a', at, kind: 'complaint', text: '  ' }, true],
  [{ customerId: 'a', at, kind: 'warranty-claim', weight: -0.8 }, true],
  [{ customerId: 'a', at, kind: 'warranty-claim', weight: 'big' }, false],
  [{ customerId: '', at, kind: 'share' }, false],
  [{ at, kind: 'share' }, false],
  [{ customerId: 'a', at: 'yesterday', kind: 'share' }, false],
  // Times: both readers take the same strings (TimeSchema checks strings with parseTime).
  [{ customerId: 'a', at: '2026-02-30T10:00:00Z', kind: 'share' }, false], // no such day
  [{ customerId: 'a', at: '2026-02-29T10:00:00Z', kind: 'share' }, false], // 2026 is not a leap year
  [{ customerId: 'a', at: '2024-02-29T10:00:00Z', kind: 'share' }, true],
  [{ customerId: 'a', at: '2026-04-31T00:00:00+02:00', kind: 'share' }, false],
  [{ customerId: 'a', at: '2026-03-01T24:00:00Z', kind: 'share' }, false],
  [{ customerId: 'a', at: '2026-03-01T10:00:00', kind: 'share' }, false], // no zone
  [{ customerId: 'a', at: '2026-03-01T10:00Z', kind: 'share' }, true],
  [{ customerId: 'a', at: '2026-03-01 10:00:00+0100', kind: 'share' }, true],
  [{ customerId: 'a', at: '2026-03-01T10:00:00.1234Z', kind: 'share' }, true],
  [{ customerId: 'a', at: '2026-02-27', kind: 'delivery', promisedAt: '2026-02-31', deliveredAt: at }, false],
  [{ customerId: 'a', at, kind: 'share', id: '' }, false],
  [{ customerId: 'a', at, kind: 'share', orderId: Number.NaN }, false],
];

describe('CustomerEventSchema and the hand validator', () => {
  it.each(cases.map(([r, ok], i) => [i, r, ok] as const))('case %i agrees', (_i, record, ok) => {
    expect(CustomerEventSchema.safeParse(record).success).toBe(ok);
    expect(readEvent(record, {} as EventFields, BEHAVIOUR_DEFAULTS) === undefined).toBe(ok);
  });

  it('agree on 20 000 random records (seeded): fields of every kind set to values of every type', () => {
    // A kind of your own without a weight is valid to the schema (options.weights may have it)
    // but unknown to a validator given only the defaults: such records get a weight here.
    const rng = createRng(2026);
    const pick = <T>(a: readonly T[]): T => a[rng.nextUint32() % a.length]!;
    const values: unknown[] = [
      undefined, null, 0, -0, 1, -1, 1.5, 7, 10, 11, Number.NaN, Infinity, '', ' ', 'x', '1', '1e3', true, {}, [],
      '2026-03-01', '2026-02-30', '2026-03-01T10:00:00Z', '2026-03-01T10:00Z', '2026-03-01 10:00+0100',
      '2026-02-29T10:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T10:00:00', 1772323200000, new Date(0),
      new Date(Number.NaN), 'never again', '  hi  ', 1e308, -9e15, 8.64e15, 1e12 + 1, -1001,
    ];
    const kinds = [...EVENT_KINDS, 'webinar', '', 5, '__proto__', 'constructor'];
    const fields = ['customerId', 'at', 'kind', 'amount', 'promisedAt', 'deliveredAt', 'text', 'orderId', 'channel', 'minutes', 'rating', 'score', 'id', 'weight'];
    let valid = 0;
    for (let n = 0; n < 20_000; n++) {
      const r: Record<string, unknown> = { customerId: pick(['a', 1]), at, kind: pick(kinds) };
      for (let j = 1 + (rng.nextUint32() % 3); j > 0; j--) r[pick(fields)] = pick(values);
      if (typeof r.kind === 'string' && !(EVENT_KINDS as readonly string[]).includes(r.kind) && r.weight === undefined) r.weight = 0.5;
      const ok = CustomerEventSchema.safeParse(r).success;
      expect({ r, ok: readEvent(r, {} as EventFields, BEHAVIOUR_DEFAULTS) === undefined }).toEqual({ r, ok });
      if (ok) valid++;
    }
    expect(valid).toBeGreaterThan(2_000); // both sides are exercised
    expect(valid).toBeLessThan(18_000);
  });

  it('names the field and reason of a bad event', () => {
    const problem = readEvent({ customerId: 7, at, kind: 'nps', score: 11 }, {} as EventFields, BEHAVIOUR_DEFAULTS);
    expect(problem).toEqual({ code: 'out-of-range', reason: 'score must be a whole number 0..10', path: ['score'] });
  });
});

describe('CustomerProfileSchema and readProfile', () => {
  const profiles: [unknown, boolean][] = [
    [{ customerId: 'a', spend: 120, followers: 300, role: 'moderator', segment: 'retail' }, true],
    [{ customerId: 3, value: 2500 }, true],
    [{ customerId: 'a', followers: -3 }, false],
    [{ customerId: 'a', followers: 2.5 }, false],
    [{ customerId: 'a', followers: 1e10 }, true],
    [{ customerId: 'a', followers: 1e11 }, false], // more followers than people
    [{ customerId: 'a', role: 'king' }, false],
    [{ customerId: 'a', spend: -1 }, false],
    [{ customerId: 'a', segment: '' }, false],
    [{ spend: 3 }, false],
  ];
  it.each(profiles.map(([r, ok], i) => [i, r, ok] as const))('profile %i agrees', (_i, record, ok) => {
    expect(CustomerProfileSchema.safeParse(record).success).toBe(ok);
    expect(!('code' in readProfile(record))).toBe(ok);
  });
});
