import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/text/engine/readUnits';
import { pushPunct, sentimentUnit, unit } from '../../../src/text/engine/units';

describe('pushPunct', () => {
  it('merges a run of sentence marks into one sentence end with their counts', () => {
    const units: Unit[] = [];
    pushPunct(units, '!');
    pushPunct(units, '!?');
    // "!" then "!?": one sentence end, exclaim 1 + 1 = 2, question 0 + 1 = 1
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ kind: 'sentence', exclaim: 2, question: 1 });
  });

  it('shares its units (no object per mark) and still counts long runs', () => {
    const a: Unit[] = [];
    const b: Unit[] = [];
    pushPunct(a, ',');
    pushPunct(b, ',');
    pushPunct(a, '.');
    pushPunct(b, '.');
    expect(a[0]).toBe(b[0]);
    expect(a[1]).toBe(b[1]);
    expect(a.map((u) => u.kind)).toEqual(['clause', 'sentence']);
    const long: Unit[] = [];
    pushPunct(long, '!!!!!!!!!!'); // 10 marks: past the shared ones
    expect(long[0]).toMatchObject({ kind: 'sentence', exclaim: 10, question: 0 });
  });
});

describe('sentimentUnit', () => {
  it('is unit() with the same fields in the same order', () => {
    const entry = { valence: 1.9 };
    const a = sentimentUnit('good', 4, entry, true, false, false);
    const b = unit('sentiment', 'good', 4, entry, 0, true, false, false, false);
    expect(a).toEqual(b);
    expect(Object.keys(a)).toEqual(Object.keys(b));
  });
});
