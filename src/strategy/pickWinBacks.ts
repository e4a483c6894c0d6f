import { CompactGraph } from '../graph/CompactGraph';
import { CustomerEnergyError, InvalidInputError } from '../errors';
import { idKey } from '../ids';
import type { DataIssue } from '../issues';
import { createRng } from '../random/createRng';
import { wilsonEstimate } from '../stats/wilsonEstimate';
import { createRootPicker } from './createRootPicker';
import { PICK_WIN_BACKS_DEFAULTS } from './defaults';
import { parseOptions } from './parseOptions';
import { rankBlockers } from './rankBlockers';
import { rankWinBacks } from './rankWinBacks';
import { resolveCandidates } from './resolveCandidates';
import { reverseChances } from './reverseChances';
import { sampleLiveSets } from './sampleLiveSets';
import {
  PickWinBacksOptionsSchema,
  type PickWinBacksOptions,
  type PickWinBacksResult,
  type WinBackReading,
} from './winBacksSchema';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Rank negative customers by the (size-weighted) negative reach that recovering each would
 * prevent, and, as the alternative, the customers whose inoculation would block the most
 * (influence blocking in the spirit of Budak, Agrawal and El Abbadi, WWW 2011).
 *
 * Method: `samples` reverse-reachable sets for negative messages (roots drawn by size; chances
 * from the spread engine, negativity bias included), each keeping its live arcs. A root ends
 * negative when its set holds a negative customer; recovering c avoids it when c is the set's
 * only negative customer; inoculating b avoids it when b is the root or every live path from a
 * negative customer to the root passes b (replayed on the stored arcs). Every estimate uses the
 * same sets (common random numbers), so rankings differ by signal, not noise; each is W × share
 * of sets with a 95% Wilson interval. Not counted: the positive word a recovered customer may then
 * spread, and competition with positive origins (so figures are the negative reach that stops).
 *
 * Time O(samples × in-arcs of members) to sample, O(members) for win-backs, plus lazy replays for
 * blockers; memory O(members and live arcs of sets that hold a negative customer).
 *
 * @example
 * const { winBacks, blockers } = pickWinBacks(graph, readings, { seed: 1, k: 5 });
 * winBacks[0]; // { customerId: 'c17', negativeReachAvoided: { mean: 12.4, low95: 11.9, high95: 12.9 } }
 */
export function pickWinBacks(
  graph: CompactGraph,
  readings: Iterable<WinBackReading>,
  options: PickWinBacksOptions,
): PickWinBacksResult {
  if (!(graph instanceof CompactGraph)) throw new InvalidInputError('graph must be a CompactGraph (buildGraph)', ['graph']);
  if (readings == null || typeof (readings as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new InvalidInputError('readings must be an iterable of { customerId, energy, size? }', ['readings']);
  }
  const o = parseOptions(PickWinBacksOptionsSchema, options, ['seed']);
  const n = graph.order;
  if (n === 0) throw new CustomerEnergyError('E_EMPTY_GRAPH', 'the graph has no customers', ['graph']);
  const k = o.k ?? PICK_WIN_BACKS_DEFAULTS.k;
  const samples = o.samples ?? PICK_WIN_BACKS_DEFAULTS.samples;
  const model = o.model ?? PICK_WIN_BACKS_DEFAULTS.model;

  const issues: DataIssue[] = [];
  const negative = new Uint8Array(n);
  const weights = new Float64Array(n).fill(1);
  let weighted = false;
  let negatives = 0;
  const population: { customerId: string | number; level?: number; size?: number }[] = [];
  let at = 0;
  for (const r of readings) {
    const i = at++;
    const reject = (code: string, reason: string, path?: string[]): void => {
      issues.push({ severity: 'rejected', code, reason, index: i, record: r, ...(path ? { path } : {}) });
    };
    if (r === null || typeof r !== 'object') {
      reject('not-an-object', 'reading is not an object');
      continue;
    }
    const id = r.customerId;
    if (!((typeof id === 'string' && id.length > 0) || isNum(id))) {
      reject('invalid-id', 'customerId must be a non-empty string or a finite number', ['customerId']);
      continue;
    }
    if (!(isNum(r.energy) && r.energy >= -1 && r.energy <= 1)) {
      reject('invalid-energy', 'energy must be a number in [-1, 1]', ['energy']);
      continue;
    }
    if (r.level !== undefined && !(isNum(r.level) && r.level >= 0 && r.level <= 1)) {
      reject('invalid-level', 'level must be a number in [0, 1]', ['level']);
      continue;
    }
    if (r.size !== undefined && !(isNum(r.size) && r.size >= 0)) {
      reject('invalid-size', 'size must be a finite number ≥ 0', ['size']);
      continue;
    }
    const v = graph.indexOf(id);
    if (v < 0) {
      reject('unknown-customer', `customer ${idKey(id)} is not in the graph`, ['customerId']);
      continue;
    }
    if (r.energy < 0 && negative[v] === 0) {
      negative[v] = 1;
      negatives++;
    }
    if (r.size !== undefined) {
      weights[v] = r.size;
      weighted = true;
    }
    population.push({ customerId: id, level: r.level, size: r.size });
  }
  let total = n;
  if (weighted) {
    total = 0;
    for (let v = 0; v < n; v++) total += weights[v]!;
  }
  const base = { negativeCustomers: negatives, samples: 0, issues };
  if (negatives === 0 || !(total > 0)) {
    return { winBacks: [], blockers: [], negativeReach: { mean: 0, low95: 0, high95: 0 }, ...base };
  }
  const { allowed } = resolveCandidates(graph, o.blockerCandidates, ['options', 'blockerCandidates']);
  const inChance = reverseChances(graph, model, -1, o.seed, { ...o, population });
  const rng = createRng(o.seed, 0);
  const pickRoot = createRootPicker(weighted ? weights : null, n, rng);
  const kind = model === 'threshold' ? 'threshold' : 'cascade';
  const sets = sampleLiveSets(graph, inChance, kind, negative, samples, pickRoot, rng);
  const shape = (list: { node: number; sets: number }[]) =>
    list.map((a) => ({ customerId: graph.ids[a.node]!, negativeReachAvoided: wilsonEstimate(a.sets, samples, total) }));
  return {
    winBacks: shape(rankWinBacks(sets, n, negative, k)),
    blockers: shape(rankBlockers(sets, n, negative, allowed, k)),
    negativeReach: wilsonEstimate(sets.count, samples, total),
    ...base,
    samples,
  };
}
