import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreText } from '../../src/text/scoreText';

/**
 * The README quotes what `scoreText` returns for its examples ("// ≈ -0.81"); lexicon and rule
 * changes move those figures, so every quoted energy is checked here against the source, to the
 * two decimals the README prints. Covered forms: `scoreText('…').energy; // ≈ x` on one line, and
 * `scoreText('…');` followed by a line `// language 'xx', energy ≈ x`.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('\n');
const quoted: { line: number; text: string; language?: string; energy: number }[] = [];
readme.forEach((l, i) => {
  const inline = /^scoreText\((['"])(.+?)\1\)\.energy;\s*\/\/ ≈ (-?\d+\.\d+)/.exec(l);
  if (inline) quoted.push({ line: i + 1, text: inline[2]!, energy: Number(inline[3]) });
  const call = /^scoreText\((['"])(.+?)\1\);\s*$/.exec(l);
  const next = /^\/\/ language '([a-z]+)', energy ≈ (-?\d+\.\d+)/.exec(readme[i + 1] ?? '');
  if (call && next) quoted.push({ line: i + 1, text: call[2]!, language: next[1], energy: Number(next[2]) });
});

describe('README: the energies it quotes are what scoreText returns', () => {
  it('finds the quoted examples', () => {
    expect(quoted.length).toBeGreaterThanOrEqual(5);
  });

  it.each(quoted)('README line $line: $text ≈ $energy', ({ text, language, energy }) => {
    const r = scoreText(text);
    expect(r.energy).toBeCloseTo(energy, 2);
    if (language !== undefined) expect(r.language).toBe(language);
  });
});
