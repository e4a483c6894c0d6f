/**
 * `npm run bench:accuracy [-- --lang zh] [-- --set weibo] [-- --no-peers] [-- --errors 20]`
 *
 * For every human-labelled set in ../shared/data/text, over the rows labelled positive or
 * negative: binary accuracy (zero energy = wrong), macro-F1 and coverage (non-zero share) of
 * scoreText, next to `sentiment` (AFINN-165) and `vader-sentiment` on the English sets and natural's
 * Italian pattern analyzer on the Italian ones, all in the same run. Prints targets with PASS/FAIL.
 *
 * Beware: loading `natural` replaces the global Math.sign with one where sign(0) = 1, which makes
 * zero scores look positive; nothing here uses Math.sign.
 */
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import { scoreText } from '../src/text/scoreText';
import { binaryMetrics, type BinaryMetrics } from './lib/binaryMetrics';
import { polarRows, readTextSets } from './lib/textSets';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = flag('--lang');
const setName = flag('--set');
const peers = !args.includes('--no-peers');
const showErrors = Number(flag('--errors') ?? 0);

type Scorer = (text: string) => number;

function peerScorers(setLang: string): [string, Scorer][] {
  if (!peers) return [];
  if (setLang === 'en') {
    const sentiment = new Sentiment();
    const vader = (require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } }).SentimentIntensityAnalyzer;
    return [
      ['sentiment', (t) => sentiment.analyze(t).score],
      ['vader', (t) => vader.polarity_scores(t).compound],
    ];
  }
  if (setLang === 'it') {
    // natural loads dotenv, whose v17 prints a "tip" line per load unless told to be quiet.
    process.env.DOTENV_CONFIG_QUIET ??= 'true';
    const natural = require('natural') as {
      SentimentAnalyzer: new (l: string, s: unknown, v: string) => { getSentiment(w: string[]): number };
      AggressiveTokenizerIt: new () => { tokenize(t: string): string[] };
    };
    const analyzer = new natural.SentimentAnalyzer('Italian', null, 'pattern');
    const tokenizer = new natural.AggressiveTokenizerIt();
    return [['natural-pattern', (t) => {
      const s = analyzer.getSentiment(tokenizer.tokenize(t.toLowerCase()));
      return Number.isFinite(s) ? s : 0;
    }]];
  }
  return [];
}

/** Texts scored right (accuracy × rows, exact: both are counts over the same rows). */
const right = (m: BinaryMetrics): number => Math.round(m.accuracy * m.n);
const signed = (x: number): string => (x >= 0 ? `+${x}` : `${x}`);
const fmt = (m: BinaryMetrics): string => `${m.accuracy.toFixed(3)} / ${m.macroF1.toFixed(3)} / ${m.coverage.toFixed(3)}`;
const verdicts: string[] = [];
console.log('accuracy / macro-F1 / coverage over rows labelled positive or negative (zero = wrong)\n');
for (const set of readTextSets({ ...(lang !== undefined ? { lang } : {}), ...(setName !== undefined ? { name: setName } : {}) })) {
  const rows = polarRows(set);
  const gold = rows.map((r) => r.polarity as 1 | -1);
  const started = performance.now();
  const ours = rows.map((r) => scoreText(r.text, { language: r.lang }).energy);
  const ms = performance.now() - started;
  const mine = binaryMetrics(ours, gold);
  console.log(`${set.name} (${rows.length} rows, scoreText ${(rows.length / (ms / 1000)).toFixed(0)} texts/s)`);
  console.log(`  scoreText            ${fmt(mine)}`);
  const peerResults = new Map<string, BinaryMetrics>();
  for (const [name, scorer] of peerScorers(set.lang)) {
    const m = binaryMetrics(rows.map((r) => scorer(r.text)), gold);
    peerResults.set(name, m);
    console.log(`  ${name.padEnd(20)} ${fmt(m)}   ratio ${(mine.accuracy / m.accuracy).toFixed(3)}`);
  }
  const vader = peerResults.get('vader');
  if (set.lang === 'en') {
    verdicts.push(vader === undefined
      ? `${set.name}: English target (≥ VADER) not checked (--no-peers)`
      : `${mine.accuracy >= vader.accuracy ? 'PASS' : 'FAIL'} ${set.name}: ${mine.accuracy.toFixed(3)} ≥ VADER ${vader.accuracy.toFixed(3)} (${right(mine)} vs ${right(vader)} texts right, ${signed(right(mine) - right(vader))})`);
  } else if (set.lang === 'zh') {
    verdicts.push(`${mine.accuracy >= 0.8 ? 'PASS' : 'FAIL'} ${set.name}: ${mine.accuracy.toFixed(3)} ≥ 0.80`);
  } else if (set.name === 'it_sentipolc14') {
    verdicts.push(`${mine.accuracy >= 0.6 ? 'PASS' : 'FAIL'} ${set.name}: ${mine.accuracy.toFixed(3)} ≥ 0.60`);
  }
  if (showErrors > 0) {
    let shown = 0;
    for (let i = 0; i < rows.length && shown < showErrors; i++) {
      const e = ours[i] as number;
      if ((e > 0 ? 1 : e < 0 ? -1 : 0) === gold[i]) continue; // not Math.sign: natural replaces it globally (sign(0) = 1)
      shown++;
      console.log(`    gold ${gold[i] === 1 ? '+' : '-'} got ${e.toFixed(2)}  ${(rows[i]?.text ?? '').slice(0, 140)}`);
    }
  }
}
console.log('\nTargets');
for (const v of verdicts) console.log('  ' + v);
