/**
 * `npm run bench:text`: texts per second of scoreText next to `sentiment` (AFINN-165) on the same
 * short English texts in the same run (median of rounds; the ratio is the median of the rounds'
 * own ratios, each round timing both back to back), then Chinese and Italian alone, then one 1 MB
 * text per language. Targets: English ratio ≥ 1; Chinese > 100 k texts/s; 1 MB text < 1 s.
 * Machines are shared: read the ratios.
 */
import Sentiment from 'sentiment';
import { scoreText } from '../src/text/scoreText';
import { readTextSets } from './lib/textSets';

/** Timed rounds (stated reasoning: 15 keeps a run near a second per scorer while a median of round ratios settles on a busy 2-core machine). */
const ROUNDS = 15;
const textsOf = (lang: string): string[] => readTextSets({ lang }).flatMap((s) => s.rows.map((r) => r.text));

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[xs.length >> 1] as number;

/**
 * Texts/s of each scorer over ROUNDS passes (the first pass warms up and is dropped): the median
 * rate of each, and the median over rounds of each scorer's rate divided by the first's. The
 * scorers take turns pass by pass, in turned-around order every other round, so that load from
 * other processes falls on all of them alike and neither always runs first.
 */
function textsPerSecond(texts: readonly string[], ...scorers: ((t: string) => number)[]): { rates: number[]; ratios: number[] } {
  const rates: number[][] = scorers.map(() => []);
  const ratios: number[][] = scorers.map(() => []);
  let sink = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    const order = scorers.map((_, s) => (round % 2 === 0 ? s : scorers.length - 1 - s));
    const now: number[] = [];
    for (const s of order) {
      const score = scorers[s] as (t: string) => number;
      const start = performance.now();
      for (const t of texts) sink += score(t);
      now[s] = texts.length / ((performance.now() - start) / 1000);
    }
    if (round === 0) continue;
    now.forEach((rate, s) => {
      rates[s]?.push(rate);
      ratios[s]?.push((now[0] as number) / rate);
    });
  }
  if (Number.isNaN(sink)) console.log('(sink)');
  return { rates: rates.map(median), ratios: ratios.map(median) };
}

const k = (x: number): string => `${(x / 1000).toFixed(1)} k`;
const verdicts: string[] = [];

const en = textsOf('en').filter((t) => t.length <= 280);
const sentiment = new Sentiment();
const english = textsPerSecond(en, (t) => scoreText(t).energy, (t) => sentiment.analyze(t).score);
const [ours, peer] = english.rates as [number, number];
const ratio = english.ratios[1] as number; // median of the rounds' scoreText / sentiment
console.log(`English, ${en.length} short texts (≤ 280 chars), language detected:`);
console.log(`  scoreText  ${k(ours)} texts/s`);
console.log(`  sentiment  ${k(peer)} texts/s   ratio ${ratio.toFixed(2)} (median of ${ROUNDS} rounds' ratios)`);
verdicts.push(`${ratio >= 1 ? 'PASS' : 'FAIL'} English: scoreText / sentiment = ${ratio.toFixed(2)} ≥ 1`);

const zh = textsOf('zh').filter((t) => t.length <= 140);
const [zhRate] = textsPerSecond(zh, (t) => scoreText(t).energy).rates as [number];
console.log(`Chinese, ${zh.length} short texts (≤ 140 chars): scoreText ${k(zhRate)} texts/s`);
verdicts.push(`${zhRate > 100_000 ? 'PASS' : 'FAIL'} Chinese: ${k(zhRate)} texts/s > 100 k`);

const it = textsOf('it');
const [itRate] = textsPerSecond(it, (t) => scoreText(t).energy).rates as [number];
console.log(`Italian, ${it.length} tweets: scoreText ${k(itRate)} texts/s`);

for (const [lang, texts] of [['en', en], ['zh', zh], ['it', it]] as const) {
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += texts[i % texts.length] + (lang === 'zh' ? '。' : '. ');
  big = big.slice(0, 1_000_000);
  scoreText(big.slice(0, 10_000)); // warm-up
  const start = performance.now();
  const reading = scoreText(big);
  const seconds = (performance.now() - start) / 1000;
  console.log(`1 MB ${lang} text (${big.length} UTF-16 units): ${seconds.toFixed(3)} s, ${reading.evidence.length} evidence entries`);
  verdicts.push(`${seconds < 1 ? 'PASS' : 'FAIL'} 1 MB ${lang}: ${seconds.toFixed(3)} s < 1 s`);
}

console.log('\nTargets');
for (const v of verdicts) console.log('  ' + v);
