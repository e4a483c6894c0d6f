import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../../src/errors';
import { summariseSegments } from '../../src/energy/summariseSegments';
import { SegmentSummarySchema } from '../../src/energy/segmentSchema';

type R = { customerId: string | number; energy: number; size: number; polarity: 'positive' | 'neutral' | 'negative'; segment?: string };
const readings: R[] = [
  { customerId: 'a', energy: 0.6, size: 1, polarity: 'positive', segment: 'retail' },
  { customerId: 'b', energy: -0.5, size: 2, polarity: 'negative', segment: 'retail' },
  { customerId: 'c', energy: 0.1, size: 1, polarity: 'neutral', segment: 'retail' },
  { customerId: 'd', energy: 0.3, size: 0.5, polarity: 'positive', segment: 'retail' },
  { customerId: 7, energy: -0.9, size: 0.2, polarity: 'negative' },
];

describe('summariseSegments', () => {
  it('summarises a segment (worked example)', () => {
    // retail: mean (0.6 − 0.5 + 0.1 + 0.3) / 4 = 0.125; shares 2/4, 1/4, 1/4;
    // net = 100 × (0.5 − 0.25) = 25 points; Σ size × energy = 0.6 − 1 + 0.1 + 0.15 = −0.15
    const [all, retail] = summariseSegments(readings);
    expect(retail!.segment).toBe('retail');
    expect(retail!.count).toBe(4);
    expect(retail!.meanEnergy).toBeCloseTo(0.125, 12);
    expect(retail!.share).toEqual({ positive: 0.5, neutral: 0.25, negative: 0.25 });
    expect(retail!.netEnergyScore).toBe(25);
    expect(retail!.sizeWeightedEnergy).toBeCloseTo(-0.15, 12);
    // largest by impact = size × energy: a (0.6) before d (0.15); b (−1) the only negative
    expect(retail!.topPositive.map((c) => c.customerId)).toEqual(['a', 'd']);
    expect(retail!.topNegative).toEqual([{ customerId: 'b', energy: -0.5, size: 2, impact: -1 }]);
    // readings without a segment go to 'all'
    expect(all).toMatchObject({ segment: 'all', count: 1, netEnergyScore: -100 });
    for (const s of [all, retail]) SegmentSummarySchema.parse(s);
  });

  it('takes a segment accessor, a name for the unsegmented and a top size', () => {
    const out = summariseSegments(readings, { segmentOf: (r) => (r.energy > 0 ? 'up' : undefined), unsegmented: 'rest', top: 1 });
    expect(out.map((s) => [s.segment, s.count])).toEqual([['rest', 2], ['up', 3]]);
    expect(out[1]!.topPositive).toHaveLength(1);
  });

  it('does not depend on input order', () => {
    const a = summariseSegments(readings);
    const b = summariseSegments([...readings].reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('throws on misuse', () => {
    expect(() => summariseSegments({} as never)).toThrow(InvalidInputError);
    expect(() => summariseSegments(readings, { top: -1 })).toThrow(InvalidOptionError);
    expect(() => summariseSegments(readings, { topp: 3 } as never)).toThrow('topp is not an option (known: segmentOf, unsegmented, top)');
    expect(() => summariseSegments(readings, null as never)).toThrow(InvalidOptionError);
    expect(() => summariseSegments(readings, { segmentOf: 'segment' } as never)).toThrow(InvalidOptionError);
    expect(() => summariseSegments(readings, { segmentOf: () => 3 } as never)).toThrow(
      'segmentOf returned number for customer 7: a segment is a string',
    );
  });

  it.each([
    [[...readings, null], 'readings[5] is not a reading object', ['readings', 5]],
    [[{ ...readings[0]!, energy: Number.NaN }], 'readings[0].energy must be a finite number', ['readings', 0, 'energy']],
    [[{ ...readings[0]!, size: '1' }], 'readings[0].size must be a finite number', ['readings', 0, 'size']],
    [[{ ...readings[0]!, polarity: 'happy' }], "readings[0].polarity must be 'positive', 'neutral' or 'negative'", ['readings', 0, 'polarity']],
    [[{ ...readings[0]!, customerId: '' }], 'readings[0].customerId must be a non-empty string or a finite number', ['readings', 0, 'customerId']],
    [[{ ...readings[0]!, segment: 5 }], 'readings[0].segment must be a string when given', ['readings', 0, 'segment']],
  ])('names the reading and field that cannot be summarised (%#)', (rs, message, path) => {
    try {
      summariseSegments(rs as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).message).toBe(message);
      expect((e as InvalidInputError).path).toEqual(path);
    }
  });
});
