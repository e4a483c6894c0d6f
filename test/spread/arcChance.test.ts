import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EnergyReading } from '../../src/energy/schema';
import { arcChance } from '../../src/spread/arcChance';
import { SPREAD_DEFAULTS } from '../../src/spread/defaults';
import type { SpreadOrigin } from '../../src/spread/schema';
import { senderFactor } from '../../src/spread/senderFactor';

describe('arcChance', () => {
  it('multiplies probability, |trust|, sender and the negativity bias for negative messages, clamped to [0, 1]', () => {
    expect(arcChance(0.1, 1, 1, 1, 2)).toBe(0.1); // classic: the arc's probability
    expect(arcChance(0.1, 1, 1, -1, 2)).toBeCloseTo(0.2, 12); // negative: × 2
    expect(arcChance(0.1, -0.5, 1, -1, 2)).toBeCloseTo(0.1, 12); // 0.1 × 0.5 × 2
    expect(arcChance(0.2, 1, 1.5, 1, 2)).toBeCloseTo(0.3, 12); // sender factor 1.5
    expect(arcChance(0.8, 1, 1, -1, 2)).toBe(1); // 1.6 clamped
    expect(arcChance(0.5, 0, 3, 1, 2)).toBe(0); // no trust, no passing
  });
});

describe('senderFactor', () => {
  const knobs = { levelWeight: SPREAD_DEFAULTS.levelWeight, sizeExponent: SPREAD_DEFAULTS.sizeExponent, referenceSize: 1 };
  it('is 1 for a middle sender and scales with level and the square root of relative size', () => {
    expect(senderFactor(0.5, 1, knobs)).toBe(1);
    expect(senderFactor(undefined, undefined, knobs)).toBe(1);
    expect(senderFactor(1, 4, knobs)).toBe(3); // (1 − 0.5 + 2 × 0.5 × 1) × √4 = 1.5 × 2
    expect(senderFactor(0, 1, knobs)).toBe(0.5); // 1 − 0.5 + 0
    expect(senderFactor(1, 8, { ...knobs, referenceSize: 2 })).toBe(3); // √(8/2) = 2
    expect(senderFactor(1, 4, { levelWeight: 0, sizeExponent: 0, referenceSize: 1 })).toBe(1); // knobs off
  });
});

describe('types', () => {
  it('an EnergyReading is a SpreadOrigin', () => {
    expectTypeOf<EnergyReading>().toExtend<SpreadOrigin>();
  });
});
