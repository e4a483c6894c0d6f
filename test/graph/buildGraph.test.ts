import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import { TIE_DEFAULTS } from '../../src/graph/defaults';
import { UnknownCustomerError, InvalidOptionError } from '../../src/errors';

describe('buildGraph', () => {
  it('makes two arcs per undirected edge and one per directed edge', () => {
    const { graph, stats } = buildGraph([
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c', directed: true },
    ]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(stats).toEqual({ rows: 2, used: 2, rejected: 0, mergedArcs: 0 });
    const b = graph.indexOf('b');
    expect(graph.outDegree(b)).toBe(2);
    expect(graph.inDegree(graph.indexOf('c'))).toBe(1);
    expect(graph.outDegree(graph.indexOf('c'))).toBe(0);
  });

  it('gives edges without a chance the weighted-cascade chance 1 / in-degree', () => {
    // c has in-degree 2 (from a and b), so each arc into c has chance 1/2; b has in-degree 1.
    const { graph } = buildGraph(
      [
        { source: 'a', target: 'c' },
        { source: 'b', target: 'c' },
        { source: 'a', target: 'b' },
      ],
      { directed: true },
    );
    const arcs = [...graph.arcs()].map((x) => `${x.source}>${x.target}:${x.probability}`);
    expect(arcs.sort()).toEqual(['a>b:1', 'a>c:0.5', 'b>c:0.5']);
  });

  it('uses tie defaults for kinds and strengths, and explicit probabilities as given', () => {
    const { graph } = buildGraph(
      [
        { source: 'a', target: 'b', kind: 'kin' },
        { source: 'a', target: 'c', kind: 'online' },
        { source: 'a', target: 'd', strength: 0.5 },
        { source: 'a', target: 'e', probability: 0.25, kind: 'kin' },
      ],
      { directed: true },
    );
    const p = Object.fromEntries([...graph.arcs()].map((x) => [x.target, x.probability]));
    expect(p.b).toBeCloseTo(TIE_DEFAULTS.strong, 6);
    expect(p.c).toBeCloseTo(TIE_DEFAULTS.weak, 6);
    expect(p.d).toBeCloseTo((TIE_DEFAULTS.weak + TIE_DEFAULTS.strong) / 2, 6);
    expect(p.e).toBeCloseTo(0.25, 6);
  });

  it('merges parallel rows: explicit chances combine independently, and reports the merge', () => {
    // 1 − (1 − 0.5)(1 − 0.5) = 0.75
    const { graph, issues, stats } = buildGraph(
      [
        { source: 'a', target: 'b', probability: 0.5 },
        { source: 'a', target: 'b', probability: 0.5, trust: -1 },
      ],
      { directed: true },
    );
    expect(graph.size).toBe(1);
    expect(graph.outProbability[0]).toBeCloseTo(0.75, 6);
    expect(graph.outTrust![0]).toBeCloseTo(0, 6); // mean of 1 and -1
    expect(stats.mergedArcs).toBe(1);
    expect(issues.map((i) => i.code)).toEqual(['merged-parallel']);
  });

  it('rejects self loops and malformed rows with their index, and the counts reconcile', () => {
    const rows = [
      { source: 'a', target: 'a' },
      { source: 'a', target: 'b', probability: 1.5 },
      { source: 'a', target: 'b', probability: Number.NaN },
      { source: '', target: 'b' },
      { source: 'a', target: 'b', trust: 2 },
      { source: 'a', target: 'b' },
    ];
    const { issues, stats } = buildGraph(rows as never);
    expect(issues.map((i) => [i.index, i.code])).toEqual([
      [0, 'self-loop'],
      [1, 'invalid-probability'],
      [2, 'invalid-probability'],
      [3, 'invalid-id'],
      [4, 'invalid-trust'],
    ]);
    expect(stats.rows).toBe(stats.used + stats.rejected);
    expect(stats.used).toBe(1);
  });

  it('rejects a kind that is only a name on Object.prototype (toString, __proto__, constructor)', () => {
    // Three rows, each with a kind outside TIE_KINDS: all three rejected, none used (3 = 0 + 3).
    const rows = ['toString', '__proto__', 'constructor'].map((kind) => ({ source: 'a', target: 'b', kind }));
    const { graph, issues, stats } = buildGraph(rows as never);
    expect(issues.map((i) => [i.index, i.code])).toEqual([
      [0, 'invalid-kind'],
      [1, 'invalid-kind'],
      [2, 'invalid-kind'],
    ]);
    expect(stats).toEqual({ rows: 3, used: 0, rejected: 3, mergedArcs: 0 });
    expect(graph.size).toBe(0);
  });

  it('treats 1 and "1" as the same customer', () => {
    const { graph } = buildGraph([
      { source: 1, target: 2 },
      { source: '2', target: '1' },
    ]);
    expect(graph.order).toBe(2);
    expect(graph.indexOf('1')).toBe(graph.indexOf(1));
  });

  it('reports, rejects or throws on unknown customers as asked', () => {
    const edges = [{ source: 'a', target: 'zed' }];
    const r = buildGraph(edges, { customers: ['a', 'b'] });
    expect(r.graph.order).toBe(2);
    expect(r.issues[0]!.code).toBe('unknown-customer');
    expect(() => buildGraph(edges, { customers: ['a'], unknownIds: 'throw' })).toThrow(UnknownCustomerError);
  });

  it('merges a partial tieDefaults.kindStrength into the defaults, and refuses unknown keys and values', () => {
    // Only work is made strong: kin keeps its default (strong, 0.1), online its default (weak, 0.02).
    const { graph } = buildGraph(
      [
        { source: 'a', target: 'b', kind: 'kin' },
        { source: 'a', target: 'c', kind: 'work' },
        { source: 'a', target: 'd', kind: 'online' },
      ],
      { directed: true, tieDefaults: { kindStrength: { work: 'strong' } } },
    );
    const p = Object.fromEntries([...graph.arcs()].map((x) => [x.target, x.probability]));
    expect([p.b, p.c, p.d].map((x) => Math.round(x! * 1000) / 1000)).toEqual([0.1, 0.1, 0.02]);
    expect(() => buildGraph([], { tieDefaults: { strng: 0.2 } as never })).toThrow(InvalidOptionError);
    expect(() => buildGraph([], { tieDefaults: { kindStrength: { kin: 'medium' } } as never })).toThrow(InvalidOptionError);
  });

  it('throws a named error on misuse', () => {
    expect(() => buildGraph(null as never)).toThrow(InvalidOptionError);
    expect(() => buildGraph([], { tieDefaults: { strong: 2 } })).toThrow(InvalidOptionError);
    // A misspelt policy used to reject every unknown edge silently; 'yes' used to mean undirected.
    expect(() => buildGraph([{ source: 'a', target: 'b' }], { customers: ['a'], unknownIds: 'ignore' as never })).toThrow(InvalidOptionError);
    expect(() => buildGraph([], { directed: 'yes' as never })).toThrow(InvalidOptionError);
    // A misspelt option ('direct') built an undirected graph, silently.
    expect(() => buildGraph([], { direct: true } as never)).toThrow(expect.objectContaining({ path: ['options', 'direct'] }));
  });

  it('keeps an empty graph empty', () => {
    const { graph } = buildGraph([]);
    expect(graph.order).toBe(0);
    expect(graph.size).toBe(0);
  });
});
