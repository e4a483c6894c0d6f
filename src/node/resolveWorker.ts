import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/** How to start a worker: `new Worker(source, options)`. */
export interface WorkerSource {
  source: URL | string;
  options: WorkerOptions;
}

/** The package's worker entries: built as their own tsup entries (dist/node/<name>.js and .cjs). */
export type WorkerName = 'spreadWorker' | 'textWorker';

/** Where each worker's source sits, relative to this file (src/node/). */
const SOURCE_DIR: Readonly<Record<WorkerName, string>> = { spreadWorker: './spread/', textWorker: './csv/' };

/** Options that take the next argument as their value when not written `--name=value`. */
const EVAL_FLAGS = new Set(['-e', '--eval', '-p', '--print']);

/**
 * This process's Node options minus those that only make sense for the main script (a worker
 * inherits `process.execArgv`, and a program run as `node --input-type=module -e '…'` would
 * otherwise start every worker with "--input-type can only be used with string input"). O(options).
 */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (EVAL_FLAGS.has(a)) i++;
    else if (!/^(--input-type|--eval|--print)(=|$)/.test(a)) out.push(a);
  }
  return out;
}

function currentFile(): string {
  // CJS bundles have __filename (import.meta is empty there); ESM has import.meta.url.
  if (typeof __filename === 'string' && __filename.length > 0) return pathToFileURL(__filename).href;
  return import.meta.url;
}

/**
 * Find a worker file next to the running code, whichever way it runs:
 * - built ESM or CJS (dist/node/<name>.js or .cjs, whether this code sits in dist/node/index.* or
 *   in a shared chunk in dist/): the file with the running module's extension;
 * - from source under tsx or vitest (src/node/<dir>/<name>.ts): a small CommonJS bootstrap
 *   (`eval`) registers tsx's in-thread require hook, then requires the .ts file. (Passing
 *   `--import tsx` to the worker races on Node 20: the first worker may load its entry before the
 *   off-thread loader is ready, "Unknown file extension .ts".)
 * The worker gets this process's Node options except `--input-type`, `-e` and `-p`, which apply to
 * the main script only. Throws when no candidate exists. O(1) file checks.
 *
 * @example
 * const { source, options } = resolveWorker('spreadWorker');
 * const worker = new Worker(source, options);
 */
export function resolveWorker(name: WorkerName): WorkerSource {
  const here = currentFile();
  const path = fileURLToPath(here);
  const ext = /\.(c|m)?(t|j)s$/.exec(path)?.[0] ?? '.js';
  const fromSource = ext.endsWith('ts');
  const candidates = fromSource
    ? [`${SOURCE_DIR[name]}${name}.ts`]
    : [`./${name}${ext}`, `./node/${name}${ext}`, `../node/${name}${ext}`];
  for (const c of candidates) {
    const url = new URL(c, here);
    if (!existsSync(url)) continue;
    const execArgv = workerExecArgv();
    if (!fromSource) return { source: url, options: { execArgv } };
    const api = createRequire(here).resolve('tsx/cjs/api');
    const code = `require(${JSON.stringify(api)}).register();\nrequire(${JSON.stringify(fileURLToPath(url))});`;
    return { source: code, options: { eval: true, execArgv } };
  }
  throw new Error(`customer-energy: ${name} not found next to ${path} (tried ${candidates.join(', ')})`);
}
