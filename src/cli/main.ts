#!/usr/bin/env node
import { buildGraph } from '../graph/buildGraph';

const [command] = process.argv.slice(2);
if (command === 'demo') {
  const { graph, stats } = buildGraph([
    { source: 'ann', target: 'bob', kind: 'kin' },
    { source: 'bob', target: 'cat', kind: 'work' },
  ]);
  console.log(`customer-energy demo: ${graph.order} customers, ${graph.size} arcs`, stats);
} else {
  console.error('usage: customer-energy demo');
  process.exit(2);
}
