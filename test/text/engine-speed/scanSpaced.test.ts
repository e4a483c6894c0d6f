import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectionPack } from '../../../src/text/engine/candidates';
import { compilePack, type CompiledPack } from '../../../src/text/engine/compilePack';
import { readScanned } from '../../../src/text/engine/readScanned';
import { readUnits, type Unit } from '../../../src/text/engine/readUnits';
import { enPack } from '../../../src/text/lang/en/index';
import { itPack } from '../../../src/text/lang/it/index';
import { DETECT_SAMPLE } from '../../../src/text/engine/detectInternals';
import { LAZY, normAt, textAt, tokensOf } from '../../../src/text/tokenise/scanAccess';
import { scanSpaced } from '../../../src/text/tokenise/scanSpaced';
import { tokeniseSpaced } from '../../../src/text/tokenise/tokeniseSpaced';
import { scoreText } from '../../../src/text/scoreText';

/** Pieces that exercise every fast path and its edges (case, elongation, apostrophes, dropped g, URLs, emoticons, numbers, mentions, tags). */
const PIECES = [
  'good', 'GOOD', 'Good', 'goood', 'sooo', 'not', 'NOT', "don't", "DON'T", 'don’t', "isn't", "it's", "nothin'", 'lovin', 'LOVIN', 'so', 'This', 'this',
  'never', 'no', 'very', 'a', 'I', 'x', 'xD', 'XDD', 'o_O', 'O.o', 'D:', 'http://a.b/c', 'www.x.it', 'http:', 'h.', 'w.', '@me', '@Me_2', '@', '#love',
  '#stillbitter', '#StillBitter', '#ForzaNapoliSempre', '#lovinit', '#GREAT', '#sooogood', '#abc1', '#a', '#refundplease', '#', ':)', ':-(', '<3', '12', '12.5', '50%', '3rd', "l'assistenza", "dell'ordine", "po'", 'non', 'mai più', 'molto', 'è', 'café',
  '😀', '!!', '?', '...', ',', ';', ':', '-', '(', ')', '\n', '。', 'a_b', "'", 'but', 'however', 'still no refund', 'never again', 'kind of', 'waited', 'three weeks', 'no longer', 'Not Bad', 'a lot',
  // h- and w- words before "." or ":" (read in place unless they open a URL) and the URL openings themselves
  'here', 'here:', 'work:', 'well', 'Hello:', 'www', 'www.', 'WWW.x', 'wwww.x', 'http', 'https:', 'https://x.y', 'Http://a.b', 'httpx:', 'hTTps://q',
  // URLs and "&" read without the step's pattern, and their edges (non-ASCII inside, terminators, entities that are not)
  'http://x.y<z', 'www.a"b', 'https://é.com', 'http://', 'http:/x', 'www.\tx', '&amp;', '&#39;', '&', '&&', '&lt;3', '&#60;3', '&#1234567;', '&foo;', '&abcdefghi;', '&x;', '&#;', '&amp;/3', 'a&b',
];
const texts = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', '  ', '!', ', ', '.')), { maxLength: 14 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** One units array reused by every check below, as scoreText reuses its own: a longer text's units stay past the count. */
const reused: Unit[] = [];
/** The units readScanned writes into the reused array (its first `count`). */
function unitsOf(...args: [Parameters<typeof readScanned>[0], CompiledPack, string]): Unit[] {
  return reused.slice(0, readScanned(...args, reused));
}

/** The scan read back as tokens and units must equal the Token path exactly. */
function sameAsTokenPath(text: string, pack: CompiledPack, votes: boolean): void {
  const tokens = tokeniseSpaced(text, { vocabulary: pack.vocabulary, apostrophe: pack.apostrophe });
  const scanned = tokensOf(scanSpaced(text, pack), text, Infinity);
  expect(scanned).toEqual(tokens.map((t) => ({ ...t, caps: t.caps === true, elongated: t.elongated === true })));
  const v1 = [0, 0];
  const v2 = [0, 0];
  const expected = readUnits(tokens, pack, text, votes ? v1 : undefined);
  expect(unitsOf(scanSpaced(text, pack, votes ? v2 : undefined), pack, text)).toEqual(expected);
  expect(v2).toEqual(v1);
}

describe('scanSpaced + readScanned', () => {
  it('reads a text the same after a longer one: the reused units past the count are not read', () => {
    // "it never": units other, negator (count 2); the longer text leaves "good" (sentiment) at index 2 of the
    // reused array: were it read, "never" would not stand alone; alone it is standaloneNegation (-0.3)
    const alone = scoreText('it never');
    expect(alone.evidence.map((e) => [e.text, e.base])).toEqual([['never', -0.3]]);
    scoreText('it never good good good good good good');
    expect(scoreText('it never')).toEqual(alone);
  });

  it('reads a worked example: words found in place, norms made only on demand', () => {
    const pack = compilePack(enPack);
    const text = "SOOO not GOOD, don't @Bob 12!";
    const s = scanSpaced(text, pack);
    // tokens: SOOO (elongated: step path) not GOOD , don't @Bob 12 !
    expect(s.count).toBe(8);
    expect(normAt(s, 2, text)).toBe('good');
    expect(textAt(s, 2, text)).toBe('GOOD');
    expect(normAt(s, 4, text)).toBe("don't");
    expect(normAt(s, 5, text)).toBe('@bob');
    expect(normAt(s, 6, text)).toBe('12');
    // "SOOO" a booster; "not GOOD" one listed phrase; "," a clause; "don't" a negator; "!" a sentence end
    const units = unitsOf(s, pack, text);
    expect(units.map((u) => u.kind)).toEqual(['booster', 'sentiment', 'clause', 'negator', 'other', 'other', 'sentence']);
    expect(units[1]?.text).toBe('not GOOD');
  });

  it('restores a dropped g only when the lexicon knows the -ing form', () => {
    const pack = compilePack(enPack);
    const s = scanSpaced('lovin it', pack);
    expect(normAt(s, 0, 'lovin it')).toBe('loving');
  });

  it('gives the same tokens, units and votes as tokeniseSpaced + readUnits (English, Italian, detection)', () => {
    const en = compilePack(enPack);
    const itc = compilePack(itPack);
    fc.assert(
      fc.property(texts, (text) => {
        sameAsTokenPath(text, en, false);
        sameAsTokenPath(text, itc, false);
        sameAsTokenPath(text, detectionPack(), true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (text) => sameAsTokenPath(text, detectionPack(), true)), { numRuns: 300 });
  });

  it('keeps no state between calls: a text reads the same after a long text, another pack or another text', () => {
    const long = "Not bad at all, don't worry #stillbitter @bob 12 ".repeat(2000);
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const alone = JSON.stringify(scoreText(a));
        scoreText(long);
        expect(JSON.stringify(scoreText(a))).toBe(alone);
        scoreText(b, { language: 'it' });
        expect(JSON.stringify(scoreText(a))).toBe(alone);
      }),
      { numRuns: 40 },
    );
  });

  it('stops the token list at the detection sample when asked', () => {
    const text = 'good '.repeat(DETECT_SAMPLE / 5 + 10);
    const tokens = tokensOf(scanSpaced(text, compilePack(enPack)), text, DETECT_SAMPLE);
    expect((tokens.at(-1)?.offset ?? 0) + 4).toBeGreaterThanOrEqual(DETECT_SAMPLE);
    expect(tokens.length).toBeLessThan(DETECT_SAMPLE / 5 + 10);
  });
});

describe('scanSpaced: words before "." or ":"', () => {
  it('reads "here." and "work:" in place and leaves only URL openings to the step, with the same tokens', () => {
    const pack = detectionPack();
    const text = 'here. work: www.x.it http://a.b HTTP://c.d www.';
    const s = scanSpaced(text, pack);
    // here . work : www.x.it (url) http://a.b (url) HTTP : / / c.d ... read as tokeniseSpaced reads them
    expect(tokensOf(s, text, Infinity).map((t) => t.kind).slice(0, 6)).toEqual(['word', 'punct', 'word', 'punct', 'url', 'url']);
    expect(((s.flags[0] as number) & LAZY) !== 0).toBe(true); // "here": read by the fast path
    sameAsTokenPath(text, pack, true);
  });
});
