import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/** How to start the spread worker: `new Worker(source, options)`. */
export interface SpreadWorkerSource {
  source: URL | string;
  options: WorkerOptions;
}

function currentFile(): string {
  // CJS bundles have __filename (import.meta is empty there); ESM has import.meta.url.
  if (typeof __filename === 'string' && __filename.length > 0) return pathToFileURL(__filename).href;
  return import.meta.url;
}

/**
 * Find the worker file next to the running code, whichever way it runs:
 * - built ESM or CJS (dist/node/spreadWorker.js or .cjs, whether this code sits in
 *   dist/node/index.* or in a shared chunk in dist/): the file with the running module's extension;
 * - from source under tsx or vitest (src/node/spread/spreadWorker.ts): a small CommonJS bootstrap
 *   (`eval`) registers tsx's in-thread require hook, then requires the .ts file. (Passing
 *   `--import tsx` to the worker races on Node 20: the first worker may load its entry before the
 *   off-thread loader is ready, "Unknown file extension .ts".)
 * Throws when no candidate exists. O(1) file checks.
 *
 * @example
 * const { source, options } = resolveSpreadWorker();
 * const worker = new Worker(source, options);
 */
export function resolveSpreadWorker(): SpreadWorkerSource {
  const here = currentFile();
  const path = fileURLToPath(here);
  const ext = /\.(c|m)?(t|j)s$/.exec(path)?.[0] ?? '.js';
  const fromSource = ext.endsWith('ts');
  const candidates = fromSource
    ? ['./spreadWorker.ts']
    : [`./spreadWorker${ext}`, `./node/spreadWorker${ext}`, `../node/spreadWorker${ext}`, `./spread/spreadWorker${ext}`];
  for (const c of candidates) {
    const url = new URL(c, here);
    if (!existsSync(url)) continue;
    if (!fromSource) return { source: url, options: {} };
    const api = createRequire(here).resolve('tsx/cjs/api');
    const code = `require(${JSON.stringify(api)}).register();\nrequire(${JSON.stringify(fileURLToPath(url))});`;
    return { source: code, options: { eval: true } };
  }
  throw new Error(`customer-energy: spread worker not found next to ${path} (tried ${candidates.join(', ')})`);
}
