import { describe, expect, it } from 'vitest';
import { entityEnd } from '../../../src/text/tokenise/entityEnd';
import { codesOf } from '../../../src/text/tokenise/textCodes';
import { urlEnd } from '../../../src/text/tokenise/urlEnd';

/** The functions read a code buffer: copy the text into one first (codesOf reuses its buffer). */
const url = (text: string, i: number): number => urlEnd(codesOf(text), i, text.length);
const entity = (text: string, i: number): number => entityEnd(codesOf(text), i, text.length);

describe('urlEnd', () => {
  it('reads an all-ASCII URL up to white space, <, > or a double quote', () => {
    expect(url('see http://x.co now', 4)).toBe(15); // "http://x.co" is 11 codes from 4
    expect(url('https://a.b/c?d=1', 0)).toBe(17);
    expect(url('www.x.it<b>', 0)).toBe(8);
    expect(url('go www.x"y', 3)).toBe(8);
  });

  it('leaves to the pattern what is no URL or not all ASCII', () => {
    expect(url('http://', 0)).toBe(-1); // nothing after the opening
    expect(url('http:/x', 0)).toBe(-1);
    expect(url('HTTP://x', 0)).toBe(-1); // the pattern is lower-case
    expect(url('here.', 0)).toBe(-1);
    expect(url('http://é.com', 0)).toBe(-1);
    expect(url('http://a\u00a0b', 0)).toBe(-1); // a non-ASCII space: the pattern decides
  });
});

describe('entityEnd', () => {
  it('skips an HTML entity, or a lone "&" nothing can start with', () => {
    expect(entity('fish &amp; chips', 5)).toBe(10);
    expect(entity('&#39;s', 0)).toBe(5);
    expect(entity('a & b', 2)).toBe(3);
    expect(entity('&#x27;', 0)).toBe(1); // not \d{1,6}: the pattern matches nothing at "&"
  });

  it('leaves "&lt;3" (a heart), unknown forms and long names to the pattern', () => {
    expect(entity('&lt;3', 0)).toBe(-1);
    expect(entity('&foo', 0)).toBe(-1);
    expect(entity('&abcdefghi;', 0)).toBe(-1); // 9 letters: no entity
    expect(entity('&#60;3', 0)).toBe(1); // no entity before "3"; nothing else starts with "&#"
  });
});
