import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import { shortestFloat32 } from '../../src/graph/shortestFloat32';
import { toGexf } from '../../src/export/toGexf';

describe('shortestFloat32: the decimal a stored float32 stands for', () => {
  it('gives back what the user wrote', () => {
    // Math.fround(0.3) = 0.30000001192092896; 0.3 is the shortest decimal with that float32.
    expect(Math.fround(0.3)).not.toBe(0.3);
    expect(shortestFloat32(Math.fround(0.3))).toBe(0.3);
    expect(shortestFloat32(Math.fround(0.02))).toBe(0.02);
    expect(shortestFloat32(1)).toBe(1);
    expect(shortestFloat32(0)).toBe(0);
  });

  it('leaves non-float32 values and non-finite numbers alone', () => {
    expect(shortestFloat32(0.1)).toBe(0.1); // 0.1 as a double is no float32
    expect(shortestFloat32(Number.NaN)).toBeNaN();
    expect(shortestFloat32(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('always maps back to the same float32, in at most 9 digits (property)', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (f) => {
        const d = shortestFloat32(f);
        expect(Math.fround(d)).toBe(f === 0 ? 0 : f); // -0 and 0 are one float32 value here
        expect(Number(d.toPrecision(9))).toBe(d); // at most 9 significant digits
      }),
      { numRuns: 500 },
    );
  });

  it('GEXF writes the probability the edge was given, not its float32 expansion', () => {
    const { graph } = buildGraph([{ source: 'a', target: 'b', probability: 0.3 }]);
    const xml = toGexf(graph);
    expect(xml).toContain('weight="0.3"');
    expect(xml).not.toContain('0.30000001');
  });
});
