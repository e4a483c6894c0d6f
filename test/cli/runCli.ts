import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = `${root}dist/cli/main.js`;

/**
 * Run the CLI as a user would: the built bin when dist/ exists (CI builds before testing), else
 * the sources through tsx. CUSTOMER_ENERGY_CLI=source forces the sources; a path to a .js file
 * runs that build (a private one, say).
 */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}): { code: number; stdout: string; stderr: string } {
  const forced = process.env.CUSTOMER_ENERGY_CLI;
  if (forced !== undefined && forced.endsWith('.js')) return spawn([forced, ...args], options);
  const useBuilt = existsSync(built) && forced !== 'source';
  const tsx = pathToFileURL(`${root}node_modules/tsx/dist/loader.mjs`).href;
  const argv = useBuilt ? [built, ...args] : ['--import', tsx, `${root}src/cli/main.ts`, ...args];
  return spawn(argv, options);
}

function spawn(argv: string[], options: { cwd?: string; input?: string }): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, argv, {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
