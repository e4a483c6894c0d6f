import { describe, expect, it } from 'vitest';
import { scoreText } from '../../src/text/scoreText';
import { repeatPhrases } from '../../src/text/lang/zh/phrases';

/**
 * Short support-ticket and chat messages, written for this test (not from any data set), about the
 * expectation gap the theory puts at the centre: what did not come, came late, was charged twice or
 * had to be asked for again reads negative; what came early, at once or at no cost reads positive.
 * Each must be detected in its language and read with the sign its writer meant.
 */
const cases: [string, 'en' | 'it' | 'zh', 1 | -1][] = [
  ['I didn\'t get a refund', 'en', -1],
  ['still haven\'t received my refund', 'en', -1],
  ['support never answered my emails', 'en', -1],
  ['nobody called me back', 'en', -1],
  ['had to call three times about the same order', 'en', -1],
  ['refund took a month', 'en', -1],
  ['wrong size sent, again', 'en', -1],
  ['support closed my ticket without fixing anything', 'en', -1],
  ['they charged me twice', 'en', -1],
  ['arrived a day early, great', 'en', 1],
  ['refund came through the same day', 'en', 1],
  ['exactly what I ordered', 'en', 1],
  ['they replaced it for free', 'en', 1],
  ['non ho ricevuto il rimborso', 'it', -1],
  ['il pacco non è ancora arrivato', 'it', -1],
  ['il rimborso è arrivato tardi', 'it', -1],
  ['ho aspettato tre settimane', 'it', -1],
  ['nessuno mi ha richiamato', 'it', -1],
  ['mi hanno addebitato due volte', 'it', -1],
  ['ho chiamato tre volte per lo stesso ordine', 'it', -1],
  ['Personale gentile, tuttavia il rimborso è arrivato tardi.', 'it', -1],
  ['arrivato in anticipo, perfetto', 'it', 1],
  ['ordinerò di nuovo sicuramente', 'it', 1],
  ['me lo hanno sostituito gratis', 'it', 1],
  ['Il corriere non è passato e il tracking non si aggiorna da cinque giorni', 'it', -1],
  ['Ho aperto tre ticket e nessuno mi ha risposto', 'it', -1],
  ['Il rimborso non è ancora stato accreditato', 'it', -1],
  ['Ho pagato la spedizione express ma è arrivato dopo dieci giorni', 'it', -1],
  ['Il numero verde è sempre occupato', 'it', -1],
  ['Non riesco a fare il reso dal sito', 'it', -1],
  ['Mi hanno risposto con un messaggio automatico', 'it', -1],
  ['Abbonamento rinnovato senza avvisarmi', 'it', -1],
  ['Mi hanno richiamato subito e hanno risolto tutto', 'it', 1],
  ['没有退款', 'zh', -1],
  ['快递五天了物流信息都没更新', 'zh', -1],
  ['换了四个客服都说不清楚', 'zh', -1],
  ['在线客服要排队半个小时', 'zh', -1],
  ['付了加急运费结果十天才到', 'zh', -1],
  ['想取消订单都取消不了', 'zh', -1],
  ['客服电话一直占线', 'zh', -1],
  ['回复的都是自动消息', 'zh', -1],
  ['自动续费也不提醒一下', 'zh', -1],
  ['还送了小样，太有心了', 'zh', 1],
  ['大家都说好', 'zh', 1],
  ['总体来说好评', 'zh', 1],
  ['可试问谁会有心情去换货呢', 'zh', -1],
  ['还没退款', 'zh', -1],
  ['扣了我两次钱', 'zh', -1],
  ['同一个订单打了三次电话', 'zh', -1],
  ['催了好几次还是没发货', 'zh', -1],
  ['退款当天就到账了', 'zh', 1],
  ['下次还会买', 'zh', 1],
  ['免费给我换了新的', 'zh', 1],
];

describe('customer-service messages: the expectation gap (en, it, zh)', () => {
  it.each(cases)('%s → %s, sign %i', (text, language, sign) => {
    const r = scoreText(text);
    expect(r.language).toBe(language);
    expect(Math.sign(r.energy)).toBe(sign);
  });

  it('a missing refund is a complaint, not a negated one: 没有退款 is read whole, below 退款 alone', () => {
    // 退款 alone is a mild complaint (−1 in the service list); negated by the rule it would turn
    // mildly positive, so the phrase 没有退款 (−2.5) is matched whole and no negation applies.
    const alone = scoreText('退款');
    const missing = scoreText('没有退款');
    expect(missing.evidence.map((e) => [e.text, e.rules])).toEqual([['没有退款', []]]);
    expect(missing.energy).toBeLessThan(alone.energy);
    expect(alone.energy).toBeLessThan(0);
  });

  it('repeated contacts are generated for every count and form', () => {
    const words = repeatPhrases().split(' / ')[0]!.split(' ').slice(1);
    // 7 forms × 15 counts, each once; a first contact (一次) is not a repeat.
    expect(words).toHaveLength(105);
    expect(new Set(words).size).toBe(105);
    expect(words).toContain('打了三次电话');
    expect(words).toContain('投诉了好几次');
    expect(words.some((w) => w.includes('一次'))).toBe(false);
  });
});
