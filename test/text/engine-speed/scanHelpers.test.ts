import { describe, expect, it } from 'vitest';
import { asciiTableOf, findAscii, findPacked, HASH_PRIME, HASH_START } from '../../../src/text/engine/asciiTable';
import { compilePack } from '../../../src/text/engine/compilePack';
import { zeros } from '../../../src/text/engine/detectInternals';
import { enPack } from '../../../src/text/lang/en/index';
import { NO_UNIT, OTHER_UNIT } from '../../../src/text/tokenise/scanAccess';
import { unitFlag } from '../../../src/text/tokenise/scanBuffer';
import { asciiScript, codesOf } from '../../../src/text/tokenise/textCodes';
import { scriptOf } from '../../../src/text/engine/detectInternals';

/** FNV-1a over the lower-cased codes, and the first four packed (code k at bits 8k), as the scanner makes them. */
function hashAndPack(word: string): [number, number] {
  let h = HASH_START;
  let packed = 0;
  for (let k = 0; k < word.length; k++) {
    const lc = word.charCodeAt(k) | 0x20;
    h = Math.imul(h ^ lc, HASH_PRIME);
    if (k < 4) packed |= lc << (k * 8);
  }
  return [h, packed];
}

describe('scan helpers', () => {
  it('codesOf: ASCII as is, any other UTF-16 unit as 128, two zeros past the end', () => {
    const codes = codesOf('ok 😀é');
    // o k space, then the two surrogates of 😀 and é: 128 each
    expect([...codes.subarray(0, 8)]).toEqual([111, 107, 32, 128, 128, 128, 0, 0]);
    expect([...codesOf('Hi').subarray(0, 4)]).toEqual([72, 105, 0, 0]); // a shorter text after a longer one: its own zeros
  });

  it('findPacked finds what findAscii finds, short and long words, any case', () => {
    const table = asciiTableOf(compilePack(enPack));
    for (const word of ['good', 'GOOD', 'so', 'a', 'terrible', 'disappointing', 'uncharacteristically', 'zqxj', 'goodx']) {
      const [h, packed] = hashAndPack(word);
      expect(findPacked(table, h, word, 0, word.length, packed)).toBe(findAscii(table, h, word, 0, word.length, false));
    }
    const [h, packed] = hashAndPack('good');
    expect(findPacked(table, h, 'good', 0, 4, packed)).toBeGreaterThanOrEqual(0);
  });

  it('unitFlag: a single letter takes no unit, a plain word the shared OTHER, a word a rule may read neither', () => {
    expect(unitFlag(0, 1, false)).toBe(NO_UNIT);
    expect(unitFlag(0, 4, false)).toBe(OTHER_UNIT);
    expect(unitFlag(1, 4, false)).toBe(0); // has a lexicon entry
    expect(unitFlag(0, 5, true)).toBe(0); // an apostrophe: maybe "n't"
  });

  it('asciiScript: scriptOf for all-ASCII text, undefined for any other', () => {
    for (const text of ['great :)', ':) :(', '12 @ 3', '', 'x', 'http://a.b', '!!!', 'ok\n']) expect(asciiScript(text)).toBe(scriptOf(text));
    expect(asciiScript('café')).toBeUndefined(); // é is Latin-1, not ASCII: scriptOf decides
    expect(asciiScript('好')).toBeUndefined();
    expect(asciiScript('a'.repeat(20_001))).toBeUndefined(); // past the detection sample: scriptOf's own loop
  });

  it('zeros: plain arrays of the asked length', () => {
    expect(zeros(2)).toEqual([0, 0]);
    expect(zeros(3)).toEqual([0, 0, 0]);
    expect(zeros(1)).toEqual([0]);
  });
});
