import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng';

const root = fileURLToPath(new URL('../..', import.meta.url));
const deno = fileURLToPath(new URL('../../node_modules/.bin/deno', import.meta.url));

// Notebook users on Deno import the built ESM core; it must run there unchanged.
describe('the built core under Deno', () => {
  it('loads and scores, builds a graph and draws the same random numbers as Node', () => {
    expect(existsSync(new URL('../../dist/index.js', import.meta.url))).toBe(true);
    const stdout = execFileSync(deno, ['run', '--allow-read', '--allow-env', 'test/package/deno-smoke.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    });
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out.exports).toBeGreaterThan(10);
    expect(out.language).toBe('en');
    expect(out.energy).toBeGreaterThan(0);
    expect(out.order).toBe(3);
    // Same seed, same bytes on any runtime.
    expect(out.random).toBe(createRng(7).next());
  });
});
