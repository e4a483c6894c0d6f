import { describe, expect, it } from 'vitest';
import { zhPack } from '../../../src/text/lang/zh/index';
import { parseEntries } from '../../../src/text/lang/zh/parseEntries';
import { tokeniseCjk } from '../../../src/text/tokenise/cjk';
import { EMOTIONS, TRAITS } from '../../../src/text/traits';

describe('zhPack: the lexicon data', () => {
  it('holds at least 1,500 words and phrases, every valence in -4..+4 with known tags', () => {
    expect(zhPack.words.size + zhPack.phrases.size).toBeGreaterThanOrEqual(1500);
    for (const map of [zhPack.words, zhPack.phrases]) {
      for (const [word, entry] of map) {
        expect(word.length, word).toBeGreaterThan(0);
        expect(Math.abs(entry.valence), word).toBeLessThanOrEqual(4);
        expect(entry.valence, word).not.toBe(0);
        for (const t of entry.traits ?? []) expect(TRAITS).toContain(t);
        for (const e of entry.emotions ?? []) expect(EMOTIONS).toContain(e);
      }
    }
  });

  it('keys are written in simplified characters (the tokeniser reads traditional as simplified)', () => {
    for (const map of [zhPack.words, zhPack.phrases]) {
      for (const key of map.keys()) {
        if (key.startsWith('[')) continue;
        // Tokenising a key against a vocabulary of itself must give the key back as norm.
        expect(tokeniseCjk(key, new Set([key]), key.length)[0]?.norm, key).toBe(key.toLowerCase());
      }
    }
  });

  it('keeps function words, sentiment words and segmenter words apart', () => {
    for (const w of zhPack.negators) expect(zhPack.words.has(w), w).toBe(false);
    // 严重 and 异常 are both: a booster before a sentiment word (严重缩水), a word alone (有点异常);
    // the engine scores a booster with an entry as a word when nothing follows it in scope.
    const dual = new Set(['严重', '异常']);
    for (const w of zhPack.boosters.keys()) expect(zhPack.words.has(w), w).toBe(dual.has(w));
    for (const w of zhPack.segmentWords) expect(zhPack.words.has(w) || zhPack.phrases.has(w), w).toBe(false);
    for (const [w, v] of zhPack.boosters) expect(Math.abs(v), w).toBeLessThan(1);
    // the brief's core function words are present
    for (const w of ['不', '没', '没有', '别', '未', '无', '毫不', '不是', '并不', '从不', '绝不']) expect(zhPack.negators).toContain(w);
    for (const w of ['很', '非常', '太', '极其', '特别', '十分', '超', '最', '挺']) expect(zhPack.boosters.get(w)).toBeGreaterThan(0);
    for (const w of ['有点', '有些', '稍微', '略']) expect(zhPack.boosters.get(w)).toBeLessThan(0);
    for (const w of ['但是', '可是', '不过', '然而', '但', '却', '只是']) expect(zhPack.contrastAfter).toContain(w);
    for (const w of ['虽然', '尽管']) expect(zhPack.contrastBefore).toContain(w);
  });

  it('reads the customer-domain phrases and slang of the brief with the right sign', () => {
    const sign = (w: string): number => Math.sign((zhPack.phrases.get(w) ?? zhPack.words.get(w))?.valence ?? 0);
    for (const w of ['给力', '赞', '推荐', '点赞', '好评', '强烈推荐', '物超所值', '五星好评', '没问题']) expect(sign(w), w).toBe(1);
    for (const w of ['坑爹', '无语', '垃圾', '差评', '失望', '后悔', '退货', '退款', '下次不会再来', '再也不买', '不会再买', '还没收到', '等了一个星期', '客服不理', '不值这个价']) {
      expect(sign(w), w).toBe(-1);
    }
  });

  it('derives 好-forms one step stronger (好累 is tired, not good + tired) unless the segmenter knows them', () => {
    // 累 is -1.5 in feelings.ts, so 好累 = -(1.5 + 0.5) = -2.
    expect(zhPack.words.get('好累')?.valence).toBe(-2);
    // 开心 is +3, so 好开心 = 3.5.
    expect(zhPack.words.get('好开心')?.valence).toBe(3.5);
    expect(zhPack.words.has('好像')).toBe(false);
    expect(zhPack.segmentWords.has('好像')).toBe(true);
  });
});

describe('parseEntries', () => {
  it('parses a group line into entries sharing valence and tags', () => {
    expect(parseEntries('# comment\n2 好 不错 / trust 喜\n-3 垃圾 / 惡 frustration')).toEqual([
      ['好', { valence: 2, traits: ['trust'], emotions: ['joy'] }],
      ['不错', { valence: 2, traits: ['trust'], emotions: ['joy'] }],
      ['垃圾', { valence: -3, traits: ['frustration'], emotions: ['disgust'] }],
    ]);
  });

  it('reads English joy as the trait and 喜 as the emotion; other English emotion names as emotions', () => {
    expect(parseEntries('2 开心 / joy 喜 love')).toEqual([['开心', { valence: 2, traits: ['joy'], emotions: ['joy', 'love'] }]]);
  });

  it('throws on a bad valence, a missing word or an unknown tag', () => {
    expect(() => parseEntries('9 好')).toThrow(/bad group/);
    expect(() => parseEntries('2')).toThrow(/bad group/);
    expect(() => parseEntries('2 好 / happy')).toThrow(/unknown tag/);
  });
});
