import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled sample data folder, found relative to this program's own file (not the working
 * directory): walk up from the running module (dist/cli/main.js, a dist chunk, or src/cli/demo
 * under tsx) to the first folder holding `fixtures/customers.csv`.
 */
export function findFixtures(): string | null {
  let here: string;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    here = typeof __dirname === 'string' ? __dirname : process.cwd();
  }
  let dir = resolve(here);
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'fixtures');
    if (existsSync(join(candidate, 'customers.csv'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}
