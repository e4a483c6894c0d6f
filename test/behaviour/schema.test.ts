import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_DEFAULTS } from '../../src/behaviour/defaults';
import { readEvent, type EventFields } from '../../src/behaviour/readEvent';
import { readProfile } from '../../src/behaviour/readProfile';
import { CustomerEventSchema, CustomerProfileSchema } from '../../src/behaviour/schema';

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
