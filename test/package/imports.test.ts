import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every module reachable from a built entry through static imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import|require\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      stack.push(join(file, '..', m[1]!));
    }
  }
  return [...seen];
}

describe('the built package', () => {
  it('imports from ESM and CJS with the same public names', async () => {
    const esm = await import(join(root, 'dist/index.js'));
    const cjs = require(join(root, 'dist/index.cjs'));
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    for (const name of ['scoreText', 'buildGraph', 'createRng', 'TextReadingSchema', 'CustomerEnergyError']) {
      expect(typeof esm[name], name).not.toBe('undefined');
    }
    expect(esm.scoreText('I love it').energy).toBe(cjs.scoreText('I love it').energy);
  });

  it('imports customer-energy/node from ESM and CJS', async () => {
    const esm = await import(join(root, 'dist/node/index.js'));
    const cjs = require(join(root, 'dist/node/index.cjs'));
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
  });

  it('keeps the core free of node:* imports (it must run in Deno and browsers)', () => {
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      for (const file of reachable(join(root, entry))) {
        const code = readFileSync(file, 'utf8');
        expect(code, file).not.toMatch(/["']node:[a-z_/]+["']/);
        expect(code, file).not.toMatch(/require\(["'](fs|path|os|child_process|worker_threads|stream)["']\)/);
      }
    }
  });

  it('keeps the core sources free of node:* imports', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
      );
    const core = walk(join(root, 'src')).filter((f) => !/[/\\]src[/\\](node|cli)[/\\]/.test(f));
    expect(core.length).toBeGreaterThan(10);
    for (const f of core) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from\s+["']node:/);
  });

  it('declares what ships: side-effect free, dist only, Node 20+', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.files).toContain('dist');
    expect(pkg.files.every((f: string) => ['dist', 'README.md', 'LICENSE', 'fixtures'].includes(f))).toBe(true);
    // 20.19: the CJS build require()s VADER's ESM lexicon file (require(esm) is on by default from 20.19).
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.exports['.'].import.default).toBe('./dist/index.js');
    expect(pkg.exports['.'].require.default).toBe('./dist/index.cjs');
    expect(pkg.exports['./node'].import.default).toBe('./dist/node/index.js');
  });
});
