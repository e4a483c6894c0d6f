/**
 * `npm run bench:text`: texts per second of scoreText next to `sentiment` (AFINN-165) on the same
 * short English texts in the same run (median of rounds, ratio printed), then Chinese and Italian
 * alone, then one 1 MB text per language. Targets: English ratio ≥ 1; Chinese > 100 k texts/s;
 * 1 MB text < 1 s. Machines are shared: read the ratios.
 */
import Sentiment from 'sentiment';
import { scoreText } from '../src/text/scoreText';
import { readTextSets } from './lib/textSets';

const ROUNDS = 9;
const textsOf = (lang: string): string[] => readTextSets({ lang }).flatMap((s) => s.rows.map((r) => r.text));

/**
 * Median texts/s of each scorer over ROUNDS passes, the scorers taking turns pass by pass so that
 * load from other processes falls on all of them alike (the first pass warms up and is dropped).
 */
function textsPerSecond(texts: readonly string[], ...scorers: ((t: string) => number)[]): number[] {
  const rates: number[][] = scorers.map(() => []);
  let sink = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    scorers.forEach((score, s) => {
      const start = performance.now();
      for (const t of texts) sink += score(t);
      const seconds = (performance.now() - start) / 1000;
      if (round > 0) rates[s]?.push(texts.length / seconds);
    });
  }
  if (Number.isNaN(sink)) console.log('(sink)');
  return rates.map((r) => r.sort((a, b) => a - b)[r.length >> 1] as number);
}

const k = (x: number): string => `${(x / 1000).toFixed(1)} k`;
const verdicts: string[] = [];

const en = textsOf('en').filter((t) => t.length <= 280);
const sentiment = new Sentiment();
const [ours, peer] = textsPerSecond(en, (t) => scoreText(t).energy, (t) => sentiment.analyze(t).score) as [number, number];
console.log(`English, ${en.length} short texts (≤ 280 chars), language detected:`);
console.log(`  scoreText  ${k(ours)} texts/s`);
console.log(`  sentiment  ${k(peer)} texts/s   ratio ${(ours / peer).toFixed(2)}`);
verdicts.push(`${ours >= peer ? 'PASS' : 'FAIL'} English: scoreText / sentiment = ${(ours / peer).toFixed(2)} ≥ 1`);

const zh = textsOf('zh').filter((t) => t.length <= 140);
const [zhRate] = textsPerSecond(zh, (t) => scoreText(t).energy) as [number];
console.log(`Chinese, ${zh.length} short texts (≤ 140 chars): scoreText ${k(zhRate)} texts/s`);
verdicts.push(`${zhRate > 100_000 ? 'PASS' : 'FAIL'} Chinese: ${k(zhRate)} texts/s > 100 k`);

const it = textsOf('it');
const [itRate] = textsPerSecond(it, (t) => scoreText(t).energy) as [number];
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
