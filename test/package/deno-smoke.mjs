// Run by test/package/deno.test.ts under Deno: the built core must load and work without Node.
import * as ce from '../../dist/index.js';

const reading = ce.scoreText('The support team was wonderful, thank you!');
const { graph } = ce.buildGraph([
  { source: 'ann', target: 'bob' },
  { source: 'bob', target: 'cat' },
]);
const out = {
  exports: Object.keys(ce).length,
  energy: reading.energy,
  language: reading.language,
  order: graph.order,
  random: ce.createRng(7).next(),
};
console.log(JSON.stringify(out));
