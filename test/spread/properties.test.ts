import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import { simulateSpread } from '../../src/spread/simulateSpread';
import { exactReach } from './exactReach';
import { notBelow } from './helpers';

/** Small directed graphs on customers 0..5 with explicit chances (≤ 10 arcs, so the oracle can enumerate). */
const smallGraph = fc
  .uniqueArray(
    fc.record({ s: fc.integer({ min: 0, max: 5 }), t: fc.integer({ min: 0, max: 5 }), p: fc.double({ min: 0, max: 1, noNaN: true }) }),
    { minLength: 1, maxLength: 10, selector: (e) => `${e.s}>${e.t}` },
  )
  .map((rows) => rows.filter((r) => r.s !== r.t))
  .filter((rows) => rows.length > 0);

const build = (rows: { s: number; t: number; p: number }[]) =>
  buildGraph(
    rows.map((r) => ({ source: r.s, target: r.t, probability: r.p })),
    { directed: true, customers: [0, 1, 2, 3, 4, 5] },
  ).graph;
const RUNS = 3000;
const opts = (seed: number) => ({ seed, runs: RUNS, model: 'classic-cascade' as const });

describe('simulateSpread: properties', () => {
  it('agrees with the exact expected reach (live-edge enumeration) within 4 standard errors', () => {
    fc.assert(
      fc.property(smallGraph, fc.integer({ min: 0, max: 5 }), (rows, o) => {
        const g = build(rows);
        const r = simulateSpread(g, [{ customerId: o, energy: 1 }], opts(o + 1));
        const exact = exactReach(g, [g.indexOf(o)]).reach;
        // 4 standard errors, plus the rule of three for events too rare to show in RUNS runs
        // (a chance of 0.9997 may never fail in 3000 runs: the sample's standard error is then 0).
        expect(Math.abs(r.reach.positive.mean - exact)).toBeLessThanOrEqual(4 * r.reach.positive.stdError + (6 * 3) / RUNS);
      }),
      { numRuns: 30, seed: 1 },
    );
  });

  it('more origins never reach fewer customers in expectation', () => {
    fc.assert(
      fc.property(smallGraph, fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }), fc.integer({ min: 0, max: 5 }), (rows, s, extra) => {
        const g = build(rows);
        const small = simulateSpread(g, s.map((customerId) => ({ customerId, energy: 1 })), opts(7));
        const big = simulateSpread(g, [...s, extra].map((customerId) => ({ customerId, energy: 1 })), opts(7));
        notBelow(big.reach.positive, small.reach.positive);
        // and exactly, by the oracle
        expect(exactReach(g, [...new Set([...s, extra])]).reach).toBeGreaterThanOrEqual(exactReach(g, s).reach - 1e-9);
      }),
      { numRuns: 30, seed: 2 },
    );
  });

  it('raising one probability never lowers expected reach (same seed for both: common random numbers)', () => {
    fc.assert(
      fc.property(smallGraph, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (rows, pick, lift) => {
        const i = pick % rows.length;
        const raised = rows.map((r, j) => (j === i ? { ...r, p: r.p + (1 - r.p) * lift } : r));
        const o = [{ customerId: rows[0]!.s, energy: 1 }];
        const a = simulateSpread(build(rows), o, opts(11));
        const b = simulateSpread(build(raised), o, opts(11));
        notBelow(b.reach.positive, a.reach.positive);
      }),
      { numRuns: 30, seed: 3 },
    );
  });

  it('the same seed gives the same result; another seed another sample', () => {
    fc.assert(
      fc.property(smallGraph, fc.oneof(fc.integer(), fc.string()), (rows, seed) => {
        const g = build(rows);
        const o = [{ customerId: rows[0]!.s, energy: -0.5 }, { customerId: rows[0]!.t, energy: 0.5 }];
        const a = simulateSpread(g, o, { seed, runs: 200, cascadeTree: true });
        const b = simulateSpread(g, o, { seed, runs: 200, cascadeTree: true });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 20, seed: 4 },
    );
    const g = build([{ s: 0, t: 1, p: 0.5 }, { s: 1, t: 2, p: 0.5 }, { s: 0, t: 3, p: 0.5 }]);
    const o = [{ customerId: 0, energy: 1 }];
    expect(simulateSpread(g, o, { seed: 1, runs: 500 }).reach.total.mean).not.toBe(simulateSpread(g, o, { seed: 2, runs: 500 }).reach.total.mean);
  });

  it('probabilities stay in [0, 1], reach counts reconcile, the by-round curve rises to the reach', () => {
    fc.assert(
      fc.property(smallGraph, fc.integer({ min: 0, max: 5 }), fc.constantFrom('cascade', 'threshold', 'classic-cascade' as const), (rows, o, model) => {
        const g = build(rows);
        const r = simulateSpread(g, [{ customerId: o, energy: -0.8 }, { customerId: (o + 1) % 6, energy: 0.8 }], { seed: 5, runs: 300, model });
        let pos = 0;
        let neg = 0;
        for (const c of r.customers) {
          expect(c.positive + c.negative).toBeLessThanOrEqual(1 + 1e-12);
          expect(Math.min(c.positive, c.negative)).toBeGreaterThanOrEqual(0);
          pos += c.positive;
          neg += c.negative;
        }
        expect(pos).toBeCloseTo(r.reach.positive.mean, 9);
        expect(neg).toBeCloseTo(r.reach.negative.mean, 9);
        const last = r.byRound[r.byRound.length - 1]!;
        expect(last.positive + last.negative).toBeCloseTo(r.reach.total.mean, 9);
        for (let k = 1; k < r.byRound.length; k++) {
          expect(r.byRound[k]!.positive + r.byRound[k]!.negative).toBeGreaterThanOrEqual(r.byRound[k - 1]!.positive + r.byRound[k - 1]!.negative);
        }
      }),
      { numRuns: 30, seed: 6 },
    );
  });
});
