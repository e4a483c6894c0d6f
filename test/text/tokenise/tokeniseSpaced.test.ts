import { describe, expect, it } from 'vitest';
import { tokeniseSpaced } from '../../../src/text/tokenise/tokeniseSpaced';

const norms = (text: string, apostrophe: 'contraction' | 'elision' = 'contraction', vocabulary?: Set<string>) =>
  tokeniseSpaced(text, { apostrophe, ...(vocabulary ? { vocabulary } : {}) }).map((t) => `${t.kind}:${t.norm}`);

describe('tokeniseSpaced', () => {
  it('words lower-cased with offsets, caps flagged', () => {
    const tokens = tokeniseSpaced('The GREAT food');
    expect(tokens.map((t) => [t.text, t.norm, t.offset, t.caps])).toEqual([
      ['The', 'the', 0, false],
      ['GREAT', 'great', 4, true],
      ['food', 'food', 10, false],
    ]);
  });

  it('elongations are squeezed to the form the lexicon knows and flagged', () => {
    const vocabulary = new Set(['so', 'good']);
    const t = tokeniseSpaced('sooo goood baaad', { vocabulary });
    expect(t.map((x) => [x.norm, x.elongated])).toEqual([['so', true], ['good', true], ['baad', true]]);
  });

  it('contractions stay whole; both apostrophes read as one', () => {
    expect(norms("I don't know, it isn’t")).toEqual(['word:i', "word:don't", 'word:know', 'punct:,', 'word:it', "word:isn't"]);
    expect(norms("students' rock'n'roll o'clock")).toEqual(['word:students', "word:rock'n'roll", "word:o'clock"]);
  });

  it('Italian elisions yield the word after the apostrophe as its own token', () => {
    expect(norms("l'assistenza dell'ordine un'ottima c'è un po' nessun’altra", 'elision')).toEqual([
      "word:l'", 'word:assistenza', "word:dell'", 'word:ordine', "word:un'", 'word:ottima', "word:c'", 'word:è',
      'word:un', "word:po'", "word:nessun'", 'word:altra',
    ]);
    const t = tokeniseSpaced("dell'ordine", { apostrophe: 'elision' });
    expect(t[1]).toMatchObject({ text: 'ordine', offset: 5 });
  });

  it('emoji (with skin tones and ZWJ sequences) and emoticons', () => {
    expect(norms('ok 👍🏽 👨‍👩‍👧 ❤️ :) :-( <3 :D :))) XD')).toEqual([
      'word:ok', 'emoji:👍', 'emoji:👨‍👩‍👧', 'emoji:❤', 'emoticon::)', 'emoticon::-(', 'emoticon:<3', 'emoticon::D', 'emoticon::)', 'emoticon:XD',
    ]);
  });

  it('URLs, @mentions, #tags, numbers, punctuation; HTML skipped', () => {
    expect(norms('<b>see</b> https://x.io/a?b=1 @Bob #Fail 12.5% !!! ... —')).toEqual([
      'word:see', 'url:https://x.io/a?b=1', 'mention:@bob', 'word:fail', 'number:12.5%', 'punct:!!!', 'punct:...', 'punct:,',
    ]);
  });

  it('HTML-escaped hearts are hearts; other entities are skipped', () => {
    expect(norms('love it &lt;3 &amp; more &lt;/3')).toEqual(['word:love', 'word:it', 'emoticon:<3', 'word:more', 'emoticon:</3']);
  });

  it('a #tag is split only at case boundaries or into known words covering all of it', () => {
    const vocabulary = new Set(['still', 'bitter', 'fail', 'sani', 'fedele', 'pulita']);
    expect(norms('#stillbitter', 'contraction', vocabulary)).toEqual(['word:still', 'word:bitter']);
    expect(norms('#ForzaNapoliSempre', 'contraction', vocabulary)).toEqual(['word:forza', 'word:napoli', 'word:sempre']);
    // a known word at the end of an unknown name is not read (Italian engineer's report)
    expect(norms('#careerfail', 'contraction', vocabulary)).toEqual(['word:careerfail']);
    expect(norms('#Bersani', 'elision', vocabulary)).toEqual(['word:bersani']);
    expect(norms('#piazzapulita', 'elision', vocabulary)).toEqual(['word:piazzapulita']);
    expect(norms('#lInfedele', 'elision', vocabulary)).toEqual(['word:l', 'word:infedele']);
    // offsets point into the text
    expect(tokeniseSpaced('x #stillbitter', { vocabulary }).map((t) => t.offset)).toEqual([0, 3, 8]);
  });

  it('scanner fast paths read as the pattern does (expected values from the pattern-only scanner)', () => {
    expect(norms('-_- ok (: x ): y')).toEqual(['emoticon:-_-', 'word:ok', 'emoticon:(:', 'word:x', 'emoticon:):', 'word:y']);
    expect(norms('a - b (ok) time: 5;')).toEqual(['word:a', 'word:b', 'punct:(', 'word:ok', 'punct:)', 'word:time', 'punct::', 'number:5', 'punct:;']);
    expect(norms('@bob’s #123 #fail! @ x')).toEqual(['mention:@bob', 'word:s', 'number:123', 'word:fail', 'punct:!', 'word:x']);
    expect(norms('@bobé #tagé')).toEqual(['mention:@bobé', 'word:tagé']);
  });

  it('never loops on lone surrogates or control characters', () => {
    expect(norms('a\ud800b\u0000c\udfff')).toEqual(['word:a', 'word:b', 'word:c']);
  });
});
