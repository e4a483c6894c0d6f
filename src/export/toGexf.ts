import type { CompactGraph } from '../graph/CompactGraph';
import { shortestFloat32 } from '../graph/shortestFloat32';
import { EDGE_ATTRIBUTES, type GraphExportOptions, NODE_ATTRIBUTES, nodeId, nodeValues, num } from './graphAttributes';
import { escapeXml } from './xml';

/**
 * The relationship graph as GEXF 1.3 (for Gephi), with energy, level, polarity, size and reach as
 * node attributes and transmission probability, trust and tie kind as edge attributes. Every arc
 * is one directed edge (an undirected relationship is two arcs, which may carry different
 * chances). Node ids are the customer ids as strings; values missing for a customer are omitted.
 *
 * O(customers + arcs); the whole document is one string, so for graphs of millions of arcs write
 * GraphML or the edge list instead.
 *
 * @example
 * const { graph } = buildGraph([{ source: 'ann', target: 'bob', kind: 'kin' }]);
 * const xml = toGexf(graph, { readings: [{ customerId: 'ann', energy: -0.6, polarity: 'negative' }] });
 */
export function toGexf(graph: CompactGraph, options: GraphExportOptions = {}): string {
  const values = nodeValues(graph, options);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>customer-energy</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
  ];
  NODE_ATTRIBUTES.forEach(([name, type], k) =>
    parts.push(`      <attribute id="${k}" title="${name}" type="${type}"/>`),
  );
  parts.push('    </attributes>', '    <attributes class="edge" mode="static">');
  EDGE_ATTRIBUTES.forEach(([name, type], k) =>
    parts.push(`      <attribute id="${k}" title="${name}" type="${type}"/>`),
  );
  parts.push('    </attributes>', '    <nodes>');
  for (let i = 0; i < graph.order; i++) {
    const id = escapeXml(nodeId(graph, i));
    const v = values[i]!;
    const att: string[] = [];
    v.forEach((x, k) => {
      const s = typeof x === 'number' ? num(x) : x;
      if (s !== undefined) att.push(`<attvalue for="${k}" value="${escapeXml(s)}"/>`);
    });
    parts.push(
      att.length > 0
        ? `      <node id="${id}" label="${id}"><attvalues>${att.join('')}</attvalues></node>`
        : `      <node id="${id}" label="${id}"/>`,
    );
  }
  parts.push('    </nodes>', '    <edges>');
  let e = 0;
  for (let u = 0; u < graph.order; u++) {
    const s = escapeXml(nodeId(graph, u));
    for (let a = graph.outOffsets[u]!; a < graph.outOffsets[u + 1]!; a++) {
      const t = escapeXml(nodeId(graph, graph.outTargets[a]!));
      const p = shortestFloat32(graph.outProbability[a]!);
      const trust = graph.outTrust ? shortestFloat32(graph.outTrust[a]!) : 1;
      const kind = graph.kindOf(a);
      const att =
        `<attvalue for="0" value="${num(p)}"/><attvalue for="1" value="${num(trust)}"/>` +
        (kind ? `<attvalue for="2" value="${kind}"/>` : '');
      parts.push(`      <edge id="${e++}" source="${s}" target="${t}" weight="${num(p)}"><attvalues>${att}</attvalues></edge>`);
    }
  }
  parts.push('    </edges>', '  </graph>', '</gexf>', '');
  return parts.join('\n');
}
