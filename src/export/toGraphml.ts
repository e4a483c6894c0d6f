import type { CompactGraph } from '../graph/CompactGraph';
import { shortestFloat32 } from '../graph/shortestFloat32';
import { EDGE_ATTRIBUTES, type GraphExportOptions, NODE_ATTRIBUTES, nodeId, nodeValues, num } from './graphAttributes';
import { escapeXml } from './xml';

/**
 * The relationship graph as GraphML, with energy, level, polarity, size and reach as node data and
 * transmission probability, trust and tie kind as edge data (keys declared with their types, so
 * yEd, Cytoscape, NetworkX and graphology read them typed). Every arc is one directed edge; node
 * ids are the customer ids as strings; values missing for a customer are omitted.
 *
 * O(customers + arcs).
 *
 * @example
 * const { graph } = buildGraph([{ source: 'ann', target: 'bob' }]);
 * const xml = toGraphml(graph, { reach: [0.8, 0.3] });
 */
export function toGraphml(graph: CompactGraph, options: GraphExportOptions = {}): string {
  const values = nodeValues(graph, options);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [name, type] of NODE_ATTRIBUTES) {
    parts.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  }
  for (const [name, type] of EDGE_ATTRIBUTES) {
    parts.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  }
  parts.push('  <graph id="relationships" edgedefault="directed">');
  for (let i = 0; i < graph.order; i++) {
    const id = escapeXml(nodeId(graph, i));
    const data: string[] = [];
    values[i]!.forEach((x, k) => {
      const s = typeof x === 'number' ? num(x) : x;
      if (s !== undefined) data.push(`<data key="n_${NODE_ATTRIBUTES[k]![0]}">${escapeXml(s)}</data>`);
    });
    parts.push(data.length > 0 ? `    <node id="${id}">${data.join('')}</node>` : `    <node id="${id}"/>`);
  }
  let e = 0;
  for (let u = 0; u < graph.order; u++) {
    const s = escapeXml(nodeId(graph, u));
    for (let a = graph.outOffsets[u]!; a < graph.outOffsets[u + 1]!; a++) {
      const t = escapeXml(nodeId(graph, graph.outTargets[a]!));
      const trust = graph.outTrust ? shortestFloat32(graph.outTrust[a]!) : 1;
      const kind = graph.kindOf(a);
      parts.push(
        `    <edge id="e${e++}" source="${s}" target="${t}">` +
          `<data key="e_probability">${num(shortestFloat32(graph.outProbability[a]!))}</data>` +
          `<data key="e_trust">${num(trust)}</data>` +
          (kind ? `<data key="e_kind">${kind}</data>` : '') +
          '</edge>',
      );
    }
  }
  parts.push('  </graph>', '</graphml>', '');
  return parts.join('\n');
}
