import { CustomerEnergyError } from '../errors';
import { demoCommand } from './commands/demo';
import { SCORE_USAGE, scoreCommand } from './commands/score';
import { SEEDS_USAGE, seedsCommand } from './commands/seeds';
import { SPREAD_USAGE, spreadCommand } from './commands/spread';
import { WINBACKS_USAGE, winbacksCommand } from './commands/winbacks';
import { UsageError } from './UsageError';

const COMMANDS: ReadonlyMap<string, (args: string[]) => Promise<number>> = new Map([
  ['demo', demoCommand],
  ['score', scoreCommand],
  ['spread', spreadCommand],
  ['seeds', seedsCommand],
  ['winbacks', winbacksCommand],
]);

export const USAGE = `usage:
  customer-energy demo
  ${SCORE_USAGE}
  ${SPREAD_USAGE}
  ${SEEDS_USAGE}
  ${WINBACKS_USAGE}
exit codes: 0 success, 1 done with rejected rows, 2 usage error, 3 unexpected failure`;

/**
 * Run the command line: dispatch to a command and map errors to exit codes. 0 success, 1 done
 * with rejected rows, 2 usage error (bad flag, missing file, unknown column: one clear line on
 * stderr), 3 unexpected failure.
 */
export async function run(argv: string[], stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? stderr : process.stdout).write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    stderr.write(`customer-energy: unknown command '${name}' (commands: ${[...COMMANDS.keys()].join(', ')})\n`);
    return 2;
  }
  try {
    return await command(args);
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`customer-energy ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof CustomerEnergyError) {
      stderr.write(`customer-energy ${name}: ${e.message}\n`);
      return 2;
    }
    stderr.write(`customer-energy ${name}: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 3;
  }
}
