import { CompactGraph } from '../graph/CompactGraph';
import { TIE_KINDS } from '../graph/schema';
import { UnknownCustomerError } from '../errors';
import { type CustomerId, idKey } from '../ids';
import type { DataIssue } from '../issues';
import type { SpreadOrigin } from '../spread/schema';
import type { Scenario } from './scenarioSchema';

/** The inputs of one scenario's simulation. Internal. */
export interface AppliedScenario {
  graph: CompactGraph;
  origins: SpreadOrigin[];
  incentives: { customerId: CustomerId; boost: number }[];
  issues: DataIssue[];
}

/**
 * Apply a scenario's changes to the baseline inputs, keeping arc and customer numbering (tie
 * kinds are removed by zeroing their arcs' chance, not by rebuilding), so run i of the scenario
 * draws the same random numbers as run i of the baseline until the two cascades differ.
 * O(origins + arcs when ties are removed).
 */
export function applyScenario(
  graph: CompactGraph,
  origins: readonly SpreadOrigin[],
  incentives: readonly { customerId: CustomerId; boost: number }[],
  scenario: Scenario,
  at: number,
): AppliedScenario {
  const issues: DataIssue[] = [];
  const recover = new Set<string>();
  if (scenario.recover !== undefined) {
    let i = 0;
    for (const id of scenario.recover) {
      if (!graph.has(id)) throw new UnknownCustomerError(`customer ${idKey(id)} is not in the graph`, ['scenarios', at, 'recover', i]);
      recover.add(idKey(id));
      i++;
    }
  }
  const matched = new Set<string>();
  const scale = scenario.chargeScale ?? 1;
  const out: SpreadOrigin[] = [];
  for (const o of origins) {
    const key = idKey(o.customerId);
    if (o.energy < 0 && recover.has(key)) {
      matched.add(key);
      if (scenario.recoverAs === 'positive') out.push({ ...o, energy: -o.energy });
      continue;
    }
    if (o.energy < 0 && scale !== 1) out.push({ ...o, energy: o.energy * scale, level: (o.level ?? 0.5) * scale });
    else out.push(o);
  }
  for (const key of recover) {
    if (!matched.has(key)) {
      issues.push({
        severity: 'warning',
        code: 'not-a-negative-origin',
        reason: `scenario "${scenario.name}" recovers ${key}, who is not a negative origin: no change`,
        record: { scenario: scenario.name, customerId: key },
      });
    }
  }
  let g = graph;
  if (scenario.removeTieKinds !== undefined && scenario.removeTieKinds.length > 0) {
    const codes = new Set(scenario.removeTieKinds.map((k) => TIE_KINDS.indexOf(k) + 1));
    const p = graph.outProbability.slice();
    for (let a = 0; a < p.length; a++) if (codes.has(graph.outKind[a]!)) p[a] = 0;
    g = new CompactGraph({
      ids: graph.ids as CustomerId[],
      outOffsets: graph.outOffsets,
      outTargets: graph.outTargets,
      outProbability: p,
      outTrust: graph.outTrust,
      outKind: graph.outKind,
      inOffsets: graph.inOffsets,
      inSources: graph.inSources,
      inArc: graph.inArc,
    });
  }
  return { graph: g, origins: out, incentives: [...incentives, ...(scenario.incentives ?? [])], issues };
}
