import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokeniseCjk } from '../../../src/text/tokenise/cjk';

const VOCAB = new Set(['质量', '很', '好', '不错', '不', '不是', '没有', '推荐', '物流', '太', '慢', '好评', '五星好评', '哈哈']);
const seg = (text: string): string[] => tokeniseCjk(text, VOCAB, 8).map((t) => t.norm);

describe('tokeniseCjk: forward maximum matching (segmentations checked by hand)', () => {
  it('takes the longest vocabulary word at each position', () => {
    // 五星好评 is in the vocabulary, so it wins over 好评 starting later.
    expect(seg('五星好评')).toEqual(['五星好评']);
    // 不是 (2) beats 不 (1); 不错 (2) beats 不.
    expect(seg('不是不错')).toEqual(['不是', '不错']);
    expect(seg('质量很好')).toEqual(['质量', '很', '好']);
  });

  it('cuts unknown Han text into two-character pieces, stopping where a known word starts', () => {
    // 这个东西 is unknown: two 2-character pieces, then 很 and 好 from the vocabulary.
    expect(seg('这个东西很好')).toEqual(['这个', '东西', '很', '好']);
    // 三天 unknown piece, 物流 known, 太 慢 known: '物' starts a word so the piece stops before it.
    expect(seg('三物流太慢')).toEqual(['三', '物流', '太', '慢']);
  });

  it('matches vocabulary words that start with a digit only where they do not cut a number', () => {
    const v = new Set(['1星', '666', '好']);
    expect(tokeniseCjk('1星', v, 4).map((t) => [t.norm, t.kind])).toEqual([['1星', 'word']]);
    expect(tokeniseCjk('11星', v, 4).map((t) => [t.norm, t.kind])).toEqual([['11', 'number'], ['星', 'word']]);
    expect(tokeniseCjk('666好', v, 4).map((t) => [t.norm, t.kind])).toEqual([['666', 'word'], ['好', 'word']]);
    expect(tokeniseCjk('6666', v, 4).map((t) => [t.norm, t.kind])).toEqual([['6666', 'number']]);
  });

  it('lets a vocabulary word run on from Latin letters into Han, never cutting a Latin word', () => {
    const v = new Set(['sim卡', '卡']);
    expect(tokeniseCjk('SIM卡坏了', v, 4).map((t) => [t.text, t.norm])).toEqual([['SIM卡', 'sim卡'], ['坏了', '坏了']]);
    expect(tokeniseCjk('xsim卡', v, 4).map((t) => t.norm)).toEqual(['xsim', '卡']);
  });

  it('respects maxWordLength', () => {
    expect(tokeniseCjk('五星好评', VOCAB, 2).map((t) => t.norm)).toEqual(['五星', '好评']);
  });

  it('reads traditional characters as simplified in norm, keeps the original text and offsets', () => {
    const tokens = tokeniseCjk('質量很好，不錯', VOCAB, 8);
    expect(tokens.map((t) => [t.text, t.norm, t.offset, t.kind])).toEqual([
      ['質量', '质量', 0, 'word'],
      ['很', '很', 2, 'word'],
      ['好', '好', 3, 'word'],
      ['，', ',', 4, 'punct'],
      ['不錯', '不错', 5, 'word'],
    ]);
  });

  it('normalises traditional entries in the vocabulary too', () => {
    expect(tokeniseCjk('不错', new Set(['不錯']), 4).map((t) => t.norm)).toEqual(['不错']);
  });

  it('emits punctuation with the ASCII mark as norm', () => {
    const tokens = tokeniseCjk('好！！差？。、；：…!', VOCAB, 8);
    expect(tokens.filter((t) => t.kind === 'punct').map((t) => t.norm)).toEqual(['!', '!', '?', '.', ',', ';', ':', '...', '!']);
  });

  it('reads Weibo bracket emoticons, emoji, ASCII emoticons, Latin words and numbers', () => {
    const tokens = tokeniseCjk('好[哈哈][泪] 👍🏽 iPhone12 用了3.5天 :) T_T', VOCAB, 8);
    expect(tokens.map((t) => [t.norm, t.kind, t.offset])).toEqual([
      ['好', 'word', 0],
      ['[哈哈]', 'emoticon', 1],
      ['[泪]', 'emoticon', 5],
      ['👍🏽', 'emoji', 9], // 1 space at 8, then a surrogate pair + skin tone (2 + 2 units)
      ['iphone', 'word', 14],
      ['12', 'number', 20],
      ['用了', 'word', 23],
      ['3.5', 'number', 25],
      ['天', 'word', 28],
      [':)', 'emoticon', 30],
      ['T_T', 'emoticon', 33], // ASCII emoticons keep their case (the symbol table has T_T, :D)
    ]);
  });

  it('keeps @mentions and URLs whole', () => {
    const tokens = tokeniseCjk('@小明 你好http://t.cn/abc好', VOCAB, 8);
    expect(tokens.map((t) => [t.norm, t.kind])).toEqual([
      ['@小明', 'mention'],
      ['你', 'word'], // 好 is known, so the unknown piece stops after 你
      ['好', 'word'],
      ['http://t.cn/abc', 'url'],
      ['好', 'word'],
    ]);
  });

  it('skips whitespace, control characters and lone surrogates without crashing', () => {
    expect(seg('\ud800好\u0000\u0007 \n\udc00差')).toEqual(['好', '差']);
    expect(tokeniseCjk('', VOCAB, 8)).toEqual([]);
    expect(tokeniseCjk(undefined as unknown as string, VOCAB, 8)).toEqual([]);
    expect(tokeniseCjk('好', VOCAB, Number.NaN).map((t) => t.norm)).toEqual(['好']);
  });

  it('segments a long text in one pass and loses no Han character (300 k characters)', () => {
    const sentence = '这个东西质量很好，物流太慢，不是不错。';
    const text = sentence.repeat(16_000); // 19 units × 16,000 = 304,000
    const tokens = tokeniseCjk(text, VOCAB, 8);
    const han = tokens.filter((t) => t.kind === 'word').map((t) => t.text).join('');
    expect(han.length).toBe(16 * 16_000); // 16 Han characters per sentence, 3 punctuation marks
    expect(tokens.at(-1)?.offset).toBe(text.length - 1);
  });

  it('property: offsets are exact, tokens are ordered and never overlap, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        let last = 0;
        for (const token of tokeniseCjk(text, VOCAB, 8)) {
          expect(text.slice(token.offset, token.offset + token.text.length)).toBe(token.text);
          expect(token.offset).toBeGreaterThanOrEqual(last);
          expect(token.text.length).toBeGreaterThan(0);
          last = token.offset + token.text.length;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: tokens of Han text cover every character (nothing Han is dropped)', () => {
    const han = fc.string({ unit: fc.constantFrom(...'质量很好不错是没有推荐物流太慢这个东西的了吗')!, maxLength: 40 });
    fc.assert(
      fc.property(han, (text) => {
        expect(tokeniseCjk(text, VOCAB, 8).map((t) => t.text).join('')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
