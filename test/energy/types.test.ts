import { describe, expectTypeOf, it } from 'vitest';
import type { BuiltInEvent, CustomerEvent, CustomerProfile } from '../../src/behaviour/schema';
import { scoreCustomers } from '../../src/energy/scoreCustomers';
import type { EnergyReading } from '../../src/energy/schema';
import type { SegmentSummary } from '../../src/energy/segmentSchema';
import { summariseSegments } from '../../src/energy/summariseSegments';

describe('types inferred from the schemas', () => {
  it('discriminates events by kind', () => {
    const e = { customerId: 1, at: '2026-03-01', kind: 'nps', score: 9 } as BuiltInEvent;
    expectTypeOf(e).toMatchTypeOf<CustomerEvent>();
    if (e.kind === 'nps') expectTypeOf(e.score).toEqualTypeOf<number>();
    if (e.kind === 'delivery') expectTypeOf(e.promisedAt).toEqualTypeOf<string | number | Date>();
    expectTypeOf<CustomerProfile['role']>().toEqualTypeOf<'none' | 'member' | 'contributor' | 'moderator' | 'ambassador' | 'influencer' | undefined>();
  });

  it('returns typed readings and summaries', () => {
    expectTypeOf(scoreCustomers).returns.toHaveProperty('readings').toEqualTypeOf<EnergyReading[]>();
    expectTypeOf<EnergyReading['polarity']>().toEqualTypeOf<'positive' | 'neutral' | 'negative'>();
    expectTypeOf<EnergyReading['customerId']>().toEqualTypeOf<string | number>();
    expectTypeOf(summariseSegments).returns.toEqualTypeOf<SegmentSummary[]>();
    // now is required: there is no hidden clock
    expectTypeOf<Parameters<typeof scoreCustomers>[1]>().toHaveProperty('now');
  });
});
