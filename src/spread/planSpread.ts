import type { CompactGraph } from '../graph/CompactGraph';
import { InvalidInputError, InvalidOptionError, UnknownCustomerError } from '../errors';
import { checkSpreadOptions } from './checkSpreadOptions';
import { type CustomerId, idKey } from '../ids';
import type { DataIssue } from '../issues';
import type { Seed } from '../random/seedToUint32';
import { SPREAD_DEFAULTS } from './defaults';
import type { SimulateSpreadOptions, SpreadModel, SpreadOrigin } from './schema';
import { senderFactor } from './senderFactor';

/**
 * Everything the inner loops need, as typed arrays and numbers only, so that it can be copied to
 * worker threads (structured clone or SharedArrayBuffer) and give the same bytes out there.
 * Internal: built by {@link planSpread}, run by `runSpread`.
 */
export interface SpreadPlan {
  model: SpreadModel;
  order: number;
  runs: number;
  seed: Seed;
  maxRounds: number;
  outOffsets: Uint32Array;
  outTargets: Uint32Array;
  /** Per arc: probability (classic), probability × |trust| (cascade), normalised weight (threshold). */
  chance: Float32Array;
  /** Per arc 1 where trust < 0 (the message arrives reversed); null when no arc distrusts. */
  reverse: Uint8Array | null;
  /** Per customer: multiplier of their positive / negative chance (sender factor, incentive, bias). */
  multPos: Float64Array;
  multNeg: Float64Array;
  originIdx: Int32Array;
  originSign: Int8Array;
  /** |energy| each origin's message carries. */
  originEnergy: Float64Array;
  /** Size per customer (null: every size 1). */
  size: Float64Array | null;
  recordTree: boolean;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

interface Reading {
  level: number | undefined;
  size: number | undefined;
}

/**
 * Validate the arguments of `simulateSpread` and resolve them into a {@link SpreadPlan}.
 * Misuse (no seed, runs 0, NaN energy, an unknown origin by default) throws a named error;
 * population readings that are off are returned as issues. O(customers + arcs).
 *
 * @example
 * const { plan, issues } = planSpread(graph, [{ customerId: 'a', energy: 0.8 }], { seed: 1 });
 */
export function planSpread(
  graph: CompactGraph,
  origins: Iterable<SpreadOrigin>,
  options: SimulateSpreadOptions,
): { plan: SpreadPlan; issues: DataIssue[] } {
  if (graph === null || typeof graph !== 'object' || !(graph.outOffsets instanceof Uint32Array)) {
    throw new InvalidInputError('graph must be a CompactGraph (buildGraph or fromGraphology)', ['graph']);
  }
  if (origins == null || typeof (origins as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new InvalidInputError('origins must be an iterable of { customerId, energy }', ['origins']);
  }
  checkSpreadOptions(options);
  const model = options.model ?? SPREAD_DEFAULTS.model;
  const classic = model === 'classic-cascade';
  const negativityBias = classic ? 1 : (options.negativityBias ?? SPREAD_DEFAULTS.negativityBias);
  const levelWeight = options.levelWeight ?? SPREAD_DEFAULTS.levelWeight;
  const sizeExponent = options.sizeExponent ?? SPREAD_DEFAULTS.sizeExponent;
  const unknownOrigins = options.unknownOrigins ?? SPREAD_DEFAULTS.unknownOrigins;
  const n = graph.order;
  const issues: DataIssue[] = [];

  // Readings: population first, origins override.
  const readings = new Map<number, Reading>();
  let sizeSum = 0;
  let sizeCount = 0;
  let unknownReadings = 0;
  if (options.population !== undefined) {
    let i = 0;
    for (const r of options.population) {
      const at = i++;
      const idx = r && (typeof r.customerId === 'string' || isNum(r.customerId)) ? graph.indexOf(r.customerId) : -2;
      if (idx === -2) {
        issues.push({ severity: 'rejected', code: 'invalid-id', reason: 'population reading without a valid customerId', index: at, record: r });
        continue;
      }
      if (idx < 0) {
        unknownReadings++;
        continue;
      }
      const level = r.level === undefined || (isNum(r.level) && r.level >= 0 && r.level <= 1) ? r.level : null;
      const size = r.size === undefined || (isNum(r.size) && r.size >= 0) ? r.size : null;
      if (level === null || size === null) {
        issues.push({
          severity: 'rejected',
          code: level === null ? 'invalid-level' : 'invalid-size',
          reason: level === null ? 'level must be in [0, 1]' : 'size must be a finite number ≥ 0',
          index: at,
          record: r,
          path: ['population', at, level === null ? 'level' : 'size'],
        });
        continue;
      }
      readings.set(idx, { level, size });
    }
    if (unknownReadings > 0) {
      issues.push({
        severity: 'warning',
        code: 'unknown-customer',
        reason: `${unknownReadings} population readings name customers not in the graph (not used)`,
        record: { count: unknownReadings },
      });
    }
  }

  const oIdx: number[] = [];
  const oSign: number[] = [];
  const oEnergy: number[] = [];
  let at = 0;
  for (const o of origins) {
    const i = at++;
    if (o === null || typeof o !== 'object') throw new InvalidInputError('origin must be an object', ['origins', i]);
    if (!(typeof o.customerId === 'string' && o.customerId.length > 0) && !isNum(o.customerId)) {
      throw new InvalidInputError('customerId must be a non-empty string or a finite number', ['origins', i, 'customerId']);
    }
    if (!(isNum(o.energy) && o.energy >= -1 && o.energy <= 1)) {
      throw new InvalidInputError('energy must be a number in [-1, 1]', ['origins', i, 'energy']);
    }
    if (o.level !== undefined && !(isNum(o.level) && o.level >= 0 && o.level <= 1)) {
      throw new InvalidInputError('level must be a number in [0, 1]', ['origins', i, 'level']);
    }
    if (o.size !== undefined && !(isNum(o.size) && o.size >= 0)) {
      throw new InvalidInputError('size must be a finite number ≥ 0', ['origins', i, 'size']);
    }
    const idx = graph.indexOf(o.customerId);
    if (idx < 0) {
      const msg = `origin ${idKey(o.customerId)} is not in the graph`;
      if (unknownOrigins === 'throw') throw new UnknownCustomerError(msg, ['origins', i, 'customerId']);
      issues.push({ severity: 'rejected', code: 'unknown-customer', reason: msg, index: i, record: o, path: ['customerId'] });
      continue;
    }
    if (!classic && o.energy === 0) {
      issues.push({ severity: 'rejected', code: 'neutral-origin', reason: 'energy 0 has no polarity to spread', index: i, record: o });
      continue;
    }
    oIdx.push(idx);
    oSign.push(classic || o.energy > 0 ? 1 : -1);
    oEnergy.push(Math.abs(o.energy));
    const prev = readings.get(idx);
    readings.set(idx, { level: o.level ?? prev?.level, size: o.size ?? prev?.size });
  }
  for (const r of readings.values()) {
    if (r.size !== undefined) {
      sizeSum += r.size;
      sizeCount++;
    }
  }
  const knobs = { levelWeight, sizeExponent, referenceSize: sizeCount > 0 ? sizeSum / sizeCount : 1 };

  const multPos = new Float64Array(n).fill(1);
  const multNeg = new Float64Array(n).fill(negativityBias);
  let size: Float64Array | null = null;
  for (const [idx, r] of readings) {
    // Sizes weigh the energy reached in every model; they scale the chances only in the signed ones.
    if (r.size !== undefined) {
      size ??= new Float64Array(n).fill(1);
      size[idx] = r.size;
    }
    if (classic) continue;
    const f = senderFactor(r.level, r.size, knobs);
    multPos[idx] = f;
    multNeg[idx] = f * negativityBias;
  }
  if (!classic) {
    if (options.incentives !== undefined) {
      let i = 0;
      for (const inc of options.incentives) {
        const k = i++;
        if (inc === null || typeof inc !== 'object' || !(isNum(inc.boost) && inc.boost >= 0)) {
          throw new InvalidOptionError('an incentive is { customerId, boost ≥ 0 }', ['options', 'incentives', k]);
        }
        const idx = graph.indexOf(inc.customerId as CustomerId);
        if (idx < 0) throw new UnknownCustomerError(`incentive for unknown customer ${String(inc.customerId)}`, ['options', 'incentives', k, 'customerId']);
        multPos[idx]! *= inc.boost;
      }
    }
  }

  const m = graph.size;
  let chance = graph.outProbability;
  let reverse: Uint8Array | null = null;
  if (!classic && graph.outTrust) {
    const t = graph.outTrust;
    chance = new Float32Array(m);
    for (let a = 0; a < m; a++) {
      chance[a] = graph.outProbability[a]! * Math.abs(t[a]!);
      if (t[a]! < 0) (reverse ??= new Uint8Array(m))[a] = 1;
    }
  }
  if (model === 'threshold') {
    // Linear threshold needs Σ incoming weights ≤ 1 (Kempe et al. 2003): scale down rows above 1.
    const inSum = new Float64Array(n);
    for (let a = 0; a < m; a++) inSum[graph.outTargets[a]!]! += chance[a]!;
    const w = new Float32Array(m);
    for (let a = 0; a < m; a++) {
      const s = inSum[graph.outTargets[a]!]!;
      w[a] = s > 1 ? chance[a]! / s : chance[a]!;
    }
    chance = w;
  }

  const plan: SpreadPlan = {
    model,
    order: n,
    runs: options.runs ?? SPREAD_DEFAULTS.runs,
    seed: options.seed,
    maxRounds: options.maxRounds ?? SPREAD_DEFAULTS.maxRounds,
    outOffsets: graph.outOffsets,
    outTargets: graph.outTargets,
    chance,
    reverse,
    multPos,
    multNeg,
    originIdx: Int32Array.from(oIdx),
    originSign: Int8Array.from(oSign),
    originEnergy: Float64Array.from(oEnergy),
    size,
    recordTree: options.cascadeTree === true,
  };
  return { plan, issues };
}
