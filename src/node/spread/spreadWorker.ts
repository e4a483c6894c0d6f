/**
 * Worker-thread entry of `simulateSpreadParallel`: receives a plan (typed arrays, shared or
 * copied) and a range of runs, and posts back the tally of those runs. Built as its own tsup
 * entry (dist/node/spreadWorker.js and .cjs); run from source under tsx.
 */
import { parentPort } from 'node:worker_threads';
import type { SpreadPlan } from '../../spread/planSpread';
import { runSpread } from '../../spread/runSpread';

interface Job {
  plan: SpreadPlan;
  from: number;
  to: number;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    try {
      const t = runSpread(job.plan, job.from, job.to);
      const transfer = [t.reachPos, t.reachNeg, t.energyPos, t.energyNeg, t.countPos, t.countNeg, t.roundPos, t.roundNeg]
        .map((a) => a.buffer as ArrayBuffer);
      if (t.tree) transfer.push(t.tree.buffer as ArrayBuffer);
      port.postMessage({ ok: true, tally: t }, transfer);
    } catch (e) {
      port.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  });
}
