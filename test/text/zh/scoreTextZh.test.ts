import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreText } from '../../../src/text/scoreText';
import { TEXT_DEFAULTS as D } from '../../../src/text/defaults';

const zh = (text: string) => scoreText(text, { language: 'zh' });
const energy = (text: string): number => zh(text).energy;
/** VADER's normaliser, as the engine applies it to the raw sum. */
const norm = (raw: number): number => raw / Math.sqrt(raw * raw + D.alpha);

describe('scoreText on Chinese: worked examples (pack values from src/text/lang/zh)', () => {
  it('好 is +2; 很好 adds 很 (+0.2); 有点好 takes 有点 (-0.293): 很好 > 好 > 有点好 > 0', () => {
    // 好: 2 / √(4 + 15) = 0.4588; 很好: 2.2 / √(4.84 + 15) = 0.4939; 有点好: 1.707 / √(2.914 + 15) = 0.4033
    expect(energy('好')).toBeCloseTo(norm(2), 4);
    expect(energy('很好')).toBeCloseTo(norm(2.2), 4);
    expect(energy('有点好')).toBeCloseTo(norm(2 - 0.293), 4);
    expect(energy('很好')).toBeGreaterThan(energy('好'));
    expect(energy('好')).toBeGreaterThan(energy('有点好'));
    expect(energy('有点好')).toBeGreaterThan(0);
  });

  it('不好 is negative: 2 × −0.74 = −1.48 → −0.357', () => {
    expect(energy('不好')).toBeCloseTo(norm(2 * D.negationScalar), 4);
    expect(energy('不好')).toBeLessThan(0);
  });

  it('不是不好 (double negation) is mildly positive, weaker than 好', () => {
    const e = energy('不是不好');
    expect(e).toBeGreaterThan(0);
    expect(e).toBeLessThan(energy('好'));
    expect(zh('不是不好').evidence[0]?.rules.filter((r) => r === 'negated')).toHaveLength(2);
  });

  it('虽然…但是: the clause after 但是 outweighs the concession', () => {
    // 便宜 +2 × 0.5 = 1; 很差 = −(2 + 0.2) × 1.5 = −3.3; raw −2.3 → −0.51
    expect(energy('虽然价格便宜，但是质量很差')).toBeCloseTo(norm(2 * D.contrastBefore - 2.2 * D.contrastAfter), 4);
    expect(energy('虽然质量很差，但是价格便宜')).toBeGreaterThan(0);
  });

  it('reads 没问题 as positive and 下次不会再来 as negative (phrases, not negation)', () => {
    expect(energy('没问题')).toBeCloseTo(norm(2), 4);
    expect(energy('下次不会再来')).toBeCloseTo(norm(-3), 4);
    expect(zh('下次不会再来').evidence.map((e) => e.text)).toEqual(['下次不会再来']); // one phrase, not 不 + 来
  });

  it('reads traditional Chinese like simplified: 很棒, 不錯, 質量很差', () => {
    expect(energy('很棒')).toBeCloseTo(norm(2.7), 4); // 棒 2.5 + 很 0.2
    expect(energy('不錯')).toBe(energy('不错'));
    expect(energy('質量很差')).toBe(energy('质量很差'));
    expect(energy('這個服務讓人很失望')).toBe(energy('这个服务让人很失望'));
    expect(zh('不錯').evidence[0]?.text).toBe('不錯'); // evidence quotes the original text
  });

  it('reads Weibo slang, domain phrases and emphasis in the expected direction', () => {
    for (const t of ['给力！', '强烈推荐', '物超所值', '五星好评', '客服很耐心，点赞', '好开心']) expect(energy(t), t).toBeGreaterThan(0);
    for (const t of ['坑爹', '无语了', '垃圾', '差评', '再也不买了', '等了一个星期还没收到', '客服不理人', '不值这个价', '好累']) {
      expect(energy(t), t).toBeLessThan(0);
    }
    expect(energy('太失望了！！')).toBeLessThan(energy('失望'));
  });

  it('gives evidence offsets that point at the words in the original text', () => {
    const text = '物流很快，但是包装破损了。';
    for (const e of zh(text).evidence) expect(text.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
  });

  it('property: negating a clearly positive statement never makes it more positive', () => {
    const positive = fc.constantFrom('很好', '满意', '物超所值', '推荐', '非常喜欢', '质量不错', '很方便', '给力');
    const negator = fc.constantFrom('不', '没有', '不是', '并不', '从不', '绝不', '毫不');
    fc.assert(
      fc.property(positive, negator, (p, n) => {
        expect(energy(n + p)).toBeLessThanOrEqual(energy(p));
      }),
      { numRuns: 60 },
    );
  });

  it('property: any Chinese-ish string gives a reading in range; a positive sentence never gets less positive when a positive sentence is added', () => {
    const unit = fc.constantFrom(...'好不错很没有但是虽然差失望推荐！。，的了我这个物流客服[哈哈]'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const r = zh(text);
        expect(r.energy).toBeGreaterThanOrEqual(-1);
        expect(r.energy).toBeLessThanOrEqual(1);
        expect(zh(text)).toEqual(r);
      }),
      { numRuns: 200 },
    );
    expect(energy('质量很好。物流也快。')).toBeGreaterThanOrEqual(energy('质量很好。'));
  });
});
