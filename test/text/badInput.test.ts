import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../../src/errors';
import { itPack } from '../../src/text/lang/it/index';
import { scoreText } from '../../src/text/scoreText';
import { TextReadingSchema } from '../../src/text/schema';

const valid = (text: string) => {
  const r = scoreText(text);
  expect(TextReadingSchema.safeParse(r).success).toBe(true);
  return r;
};

describe('scoreText: bad input', () => {
  it('empty and whitespace-only text: neutral, confidence 0', () => {
    for (const t of ['', '   ', '\n\t ', '\u3000\u00a0']) {
      const r = valid(t);
      expect(r).toMatchObject({ energy: 0, level: 0, confidence: 0, language: 'und', evidence: [] });
    }
  });

  it('a non-string throws InvalidInputError with a code and path', () => {
    for (const bad of [undefined, null, 42, {}, ['good']]) {
      let error: unknown;
      try {
        scoreText(bad as unknown as string);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ code: 'E_INPUT_INVALID', path: ['text'] });
    }
  });

  it('bad options throw InvalidOptionError with the option path', () => {
    expect(() => scoreText('good', { language: '' })).toThrow(InvalidOptionError);
    expect(() => scoreText('good', { words: { good: Number.NaN } })).toThrow(expect.objectContaining({ path: ['options', 'words', 'good'] }));
    expect(() => scoreText('good', { words: { good: { valence: 1, traits: ['greed' as never] } } })).toThrow(InvalidOptionError);
    expect(() => scoreText('good', { packs: [{ code: 'xx' } as never] })).toThrow(expect.objectContaining({ code: 'E_OPTION_INVALID' }));
    expect(() => scoreText('good', null as never)).toThrow(InvalidOptionError);
    // Off VADER's ±4 scale: a valence of -1e308 made the energy NaN.
    expect(() => scoreText('bad not bad', { words: { bad: -1e308 } })).toThrow(expect.objectContaining({ path: ['options', 'words', 'bad'] }));
    expect(() => scoreText('good', { words: { good: { valence: 4.5 } } })).toThrow(InvalidOptionError);
    const pack = { ...itPack, code: 'xy', words: new Map([['bene', { valence: 1e308 }]]) };
    expect(() => scoreText('bene', { language: 'xy', packs: [pack] })).toThrow(
      expect.objectContaining({ path: ['options', 'packs', 'xy', 'words', 'bene'] }),
    );
  });

  it('an unknown language is neutral with language und', () => {
    expect(valid('Das Essen war wirklich sehr gut')).toMatchObject({ energy: 0, confidence: 0, language: 'und' });
    expect(scoreText('good', { language: 'fr' })).toMatchObject({ energy: 0, confidence: 0, language: 'und' });
  });

  it('text with no letters is read for its emoji', () => {
    const r = valid('👍👍 :)');
    expect(r.language).toBe('und');
    expect(r.energy).toBeGreaterThan(0);
  });

  it('lone surrogates and control characters neither crash nor count', () => {
    expect(valid('good \ud800 \udfff\u0000\u0007 great').evidence.map((e) => e.text)).toEqual(['good', 'great']);
    expect(valid('\ud83d').energy).toBe(0);
  });

  it('HTML and markdown are ignored', () => {
    const r = valid('<p>The <b>food</b> was <i>great</i> &amp; **fresh**</p> <script>x</script>');
    expect(r.evidence.map((e) => e.text)).toEqual(['great', 'fresh']);
    expect(valid('# My review\n\n- [x] **terrible** _service_\n- the food was `cold`').energy).toBeLessThan(0);
  });

  it('URLs and @mentions are not read as words', () => {
    const r = valid('@goodguy see https://example.com/great-bad-awful.html terrible');
    expect(r.evidence.map((e) => e.text)).toEqual(['terrible']);
  });

  it('a 1 MB text gives a reading (linear scoring; time is measured in bench:text, not here)', () => {
    const en = 'The service was great but the delivery was late. '.repeat(21_000).slice(0, 1_000_000);
    const r = valid(en);
    expect(r.language).toBe('en');
    expect(r.evidence.length).toBeGreaterThan(20_000);
    const zh = '快递很慢，但是客服态度很好。'.repeat(72_000);
    const zr = valid(zh);
    expect(zr.language).toBe('zh');
    expect(zr.evidence.length).toBeGreaterThan(72_000);
    // read piece by piece, every offset still points at its word in the whole text
    for (const [text, reading] of [[en, r], [zh, zr]] as const) {
      const misplaced = reading.evidence.filter((e) => text.slice(e.offset, e.offset + e.text.length) !== e.text);
      expect(misplaced).toEqual([]);
    }
    const noBreak = 'a'.repeat(1_000_000);
    expect(valid(noBreak).energy).toBe(0);
  });
});
