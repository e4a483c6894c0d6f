import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/buildGraph';
import { toGexf } from '../../src/export/toGexf';
import { toGraphml } from '../../src/export/toGraphml';

const edges = [
  { source: 'ann', target: 'bob', kind: 'kin' as const },
  { source: 'bob', target: 'A&B <Co> "王芳"', probability: 0.3, directed: true, trust: -0.5 },
  { source: 7, target: 'ann', strength: 'weak' as const },
];
const readings = [
  { customerId: 'ann', energy: -0.62, level: 0.62, polarity: 'negative', size: 1.4 },
  { customerId: 'A&B <Co> "王芳"', energy: 0.8, level: 0.8, polarity: 'positive', size: 0.5 },
];

describe('GEXF and GraphML exports, read back with graphology parsers', () => {
  const { graph } = buildGraph(edges);
  const spread = { customers: [{ customerId: 'ann', positive: 0.25, negative: 0.5 }] };

  it.each([
    ['gexf', (xml: string) => parseGexf(Graph, xml)],
    ['graphml', (xml: string) => parseGraphml(Graph, xml)],
  ] as const)('%s keeps every customer, arc and attribute', (name, parse) => {
    const xml = name === 'gexf' ? toGexf(graph, { readings, spread }) : toGraphml(graph, { readings, spread });
    const g = parse(xml);
    // 4 customers; arcs: ann↔bob (2), bob→"A&B" (1, directed), 7↔ann (2) = 5.
    expect(g.order).toBe(4);
    expect(g.size).toBe(5);
    expect(new Set(g.nodes())).toEqual(new Set(['ann', 'bob', 'A&B <Co> "王芳"', '7']));
    expect(g.getNodeAttributes('ann')).toMatchObject({ energy: -0.62, level: 0.62, polarity: 'negative', size: 1.4, reach: 0.75 });
    expect(g.getNodeAttributes('A&B <Co> "王芳"')).toMatchObject({ energy: 0.8, polarity: 'positive', reach: 0 });
    expect(g.getNodeAttribute('bob', 'energy')).toBeUndefined();
    const arc = g.edges('bob', 'A&B <Co> "王芳"');
    expect(arc).toHaveLength(1);
    const a = g.getEdgeAttributes(arc[0]!);
    expect(a.probability).toBeCloseTo(0.3, 6);
    expect(a.trust).toBeCloseTo(-0.5, 6);
    const kin = g.getEdgeAttributes(g.edges('ann', 'bob')[0]!);
    expect(kin.kind).toBe('kin');
    expect(kin.probability).toBeCloseTo(0.1, 6); // strong tie default
  });

  it('takes reach as an array by graph index', () => {
    const reach = Array.from({ length: graph.order }, (_, i) => i / 10);
    const g = parseGraphml(Graph, toGraphml(graph, { reach }));
    expect(g.getNodeAttribute(String(graph.ids[3]), 'reach')).toBeCloseTo(0.3, 12);
  });

  it('writes a character XML forbids in an id as \\uXXXX: a readable file, and ids stay apart', () => {
    // 'a' and 'a<U+0001>' are two customers: dropping the character made both node 'a' and the
    // file unreadable (graphology: the "a" node already exists). Escaped: 3 nodes, 2 edges.
    const { graph: g2 } = buildGraph([{ source: 'a', target: 'a\u0001' }, { source: 'a\u0001', target: 'b\uFFFE' }]);
    for (const g of [parseGexf(Graph, toGexf(g2)), parseGraphml(Graph, toGraphml(g2))]) {
      expect([g.order, g.size]).toEqual([3, 4]);
      expect(g.nodes().sort()).toEqual(['a', 'a\\u0001', 'b\\uFFFE']);
    }
  });
});

describe('graph exports: misuse', () => {
  const { graph } = buildGraph([{ source: 'a', target: 'b' }]);
  it.each([toGexf, toGraphml])('names a bad reading, option or graph (%#)', (write) => {
    expect(() => write(graph, { readings: [{ customerId: 'a', energy: Number.NaN }] })).toThrow(
      expect.objectContaining({ code: 'E_INPUT_INVALID', path: ['options', 'readings', 0, 'energy'] }),
    );
    expect(() => write(graph, { reading: [] } as never)).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID', path: ['options', 'reading'] }));
    expect(() => write(graph, { reach: 5 } as never)).toThrow(expect.objectContaining({ path: ['options', 'reach'] }));
    expect(() => write(null as never)).toThrow(expect.objectContaining({ path: ['graph'] }));
  });
});
