import { expect } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import type { SpreadResult } from '../../src/spread/schema';

type Estimate = { mean: number; stdError: number };

/** A directed graph from [source, target, probability, trust?] rows. */
export const directed = (rows: [string, string, number, number?][]) =>
  buildGraph(
    rows.map(([source, target, probability, trust]) => ({ source, target, probability, ...(trust === undefined ? {} : { trust }) })),
    { directed: true },
  ).graph;

/** |mean − expected| within 4 standard errors (deterministic seed: cannot flake; fails on a wrong model). */
export const near = (e: Estimate, expected: number) => {
  expect(Math.abs(e.mean - expected)).toBeLessThanOrEqual(4 * e.stdError + 1e-12);
};

/** `big.mean` is not below `small.mean` by more than 4 joint standard errors. */
export const notBelow = (big: Estimate, small: Estimate) => {
  expect(big.mean).toBeGreaterThanOrEqual(small.mean - 4 * Math.hypot(big.stdError, small.stdError));
};

/** Chance that customer `id` was reached positively / negatively (0 when never reached). */
export const prob = (r: SpreadResult, id: string) => r.customers.find((c) => c.customerId === id) ?? { positive: 0, negative: 0 };
