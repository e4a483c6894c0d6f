import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../../src/errors';
import { buildGraph } from '../../src/graph/buildGraph';
import { fromGraphology } from '../../src/graph/fromGraphology';
import { toGraphology } from '../../src/graph/toGraphology';
import { simulateSpread } from '../../src/spread/simulateSpread';

const arcsOf = (g: ReturnType<typeof buildGraph>['graph']) =>
  [...g.arcs()].map((a) => `${a.source}>${a.target}:${a.probability.toFixed(4)}:${a.trust}:${a.kind ?? '-'}`).sort();

describe('graphology interop', () => {
  it('fromGraphology: undirected edges give two arcs, directed one; attributes are read; isolated nodes kept', () => {
    const g = new Graph({ type: 'mixed' });
    g.addNode('lonely');
    g.mergeUndirectedEdge('ann', 'bob', { probability: 0.3, kind: 'kin' });
    g.mergeDirectedEdge('bob', 'cat', { trust: -0.5, strength: 'strong' });
    const { graph, issues, stats } = fromGraphology(g);
    expect(issues).toEqual([]);
    expect(stats).toEqual({ rows: 2, used: 2, rejected: 0, mergedArcs: 0 });
    expect(graph.order).toBe(4);
    expect(graph.has('lonely')).toBe(true);
    expect(arcsOf(graph)).toEqual(['ann>bob:0.3000:1:kin', 'bob>ann:0.3000:1:kin', 'bob>cat:0.1000:-0.5:-']);
  });

  it('fromGraphology reports self loops and bad attribute values as issues, with accessors for other names', () => {
    const g = new Graph({ type: 'directed', allowSelfLoops: true });
    g.mergeDirectedEdge('a', 'a');
    g.mergeDirectedEdge('a', 'b', { weight: 2 });
    g.mergeDirectedEdge('b', 'c', { weight: 0.25 });
    const { graph, issues } = fromGraphology(g, { edge: (attrs) => ({ probability: attrs.weight as number }), id: (k) => `c-${k}` });
    expect(issues.map((i) => [i.index, i.code])).toEqual([[0, 'self-loop'], [1, 'invalid-probability']]);
    expect(arcsOf(graph)).toEqual(['c-b>c-c:0.2500:1:-']);
  });

  it('round trip: toGraphology then fromGraphology gives the same arcs, and the same spread', () => {
    const { graph } = buildGraph([
      { source: 'a', target: 'b', probability: 0.4, kind: 'work' },
      { source: 'b', target: 'c', trust: -0.5, directed: true },
      { source: 'c', target: 'd', strength: 0.5 },
    ]);
    const g = toGraphology(graph, { Graph, nodeAttributes: (id) => ({ label: `customer ${id}` }) });
    expect(g.order).toBe(4);
    expect(g.size).toBe(graph.size);
    expect(g.getNodeAttribute('a', 'label')).toBe('customer a');
    expect(g.getEdgeAttribute(g.edge('a', 'b'), 'kind')).toBe('work');
    const back = fromGraphology(g).graph;
    expect(arcsOf(back)).toEqual(arcsOf(graph));
    const o = [{ customerId: 'a', energy: 0.5 }];
    expect(simulateSpread(back, o, { seed: 1, runs: 200 })).toEqual(simulateSpread(graph, o, { seed: 1, runs: 200 }));
  });

  it('misuse: not a graphology graph, or no Graph constructor', () => {
    expect(() => fromGraphology({} as never)).toThrow(InvalidInputError);
    const { graph } = buildGraph([{ source: 1, target: 2 }]);
    expect(() => toGraphology(graph, {} as never)).toThrow(InvalidOptionError);
    expect(() => toGraphology({} as never, { Graph })).toThrow(InvalidInputError);
  });
});
