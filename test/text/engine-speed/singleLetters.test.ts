import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/text/engine/compilePack';
import { readScanned } from '../../../src/text/engine/readScanned';
import { readUnits, type Unit } from '../../../src/text/engine/readUnits';
import { enPack } from '../../../src/text/lang/en/index';
import { scanSpaced } from '../../../src/text/tokenise/scanSpaced';
import { tokeniseSpaced } from '../../../src/text/tokenise/tokeniseSpaced';

describe('single letters take no scope slot', () => {
  it('even when the letter starts a phrase that does not match ("a bit", "a little")', () => {
    const pack = compilePack(enPack);
    const text = "wouldn't be such a bad idea";
    // units: wouldn't (negator), be, such, bad, idea: five; "a" (it starts "a bit") takes none,
    // so "bad" is 3 units after the negator and within its scope
    const units: Unit[] = [];
    const scanned = units.slice(0, readScanned(scanSpaced(text, pack), pack, text, units)).map((u) => u.text || u.kind);
    const tokens = readUnits(tokeniseSpaced(text, pack), pack, text).map((u) => u.text || u.kind);
    expect(scanned).toEqual(["wouldn't", 'other', 'such', 'bad', 'other']); // "such" is a degree word's unit (its text is kept)
    expect(tokens).toEqual(scanned);
  });
});
