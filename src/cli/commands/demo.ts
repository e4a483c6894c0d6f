import { energyTrend } from '../../energy/energyTrend';
import { scoreCustomers } from '../../energy/scoreCustomers';
import { summariseSegments } from '../../energy/summariseSegments';
import { buildGraph } from '../../graph/buildGraph';
import { idKey } from '../../ids';
import { parseTimestamp } from '../../node/csv/parseTimestamp';
import { decidingWords, topScores } from '../../node/csv/readingCells';
import { simulateSpread } from '../../spread/simulateSpread';
import { pickSeeds } from '../../strategy/pickSeeds';
import { compareScenarios } from '../../strategy/compareScenarios';
import { pickWinBacks } from '../../strategy/pickWinBacks';
import { scoreText } from '../../text/scoreText';
import { findFixtures } from '../demo/findFixtures';
import { loadSampleData } from '../demo/loadSampleData';
import { parseFlags, seedFlag } from '../parseFlags';
import { fit, textTable } from '../textTable';
import { UsageError } from '../UsageError';

/** Demo settings (fixed so that the report is the same bytes on every machine). */
export const DEMO_DEFAULTS = {
  /** Seed of the spread simulation and the seed and win-back picks. */
  seed: 7,
  /** Texts shown per language: enough to see negation, contrast and emphasis at work. */
  textsPerLanguage: 5,
  /** Spread runs: 2,000 put the standard error of reach well under one customer here. */
  runs: 2000,
  /** Customers to delight and to win back: the brief's five and five. */
  k: 5,
  /** Sharing boost of the delighted five in the what-if (a gift doubles their chance to tell). */
  boost: 2,
  /** Trend windows and their length in days: six months by month, the sample data's whole span. */
  trendWindows: 6,
  trendDays: 30,
};

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * `customer-energy demo`: the main job on the bundled sample data (60 customers writing in
 * English, Chinese and Italian): score their texts, score every customer, simulate word of mouth,
 * pick 5 customers to delight and 5 to win back, compare what-ifs, and print a readable report.
 */
export async function demoCommand(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { seed: { type: 'string' }, fixtures: { type: 'string' } });
  const seed = seedFlag(values.seed, DEMO_DEFAULTS.seed);
  const dir = values.fixtures ?? findFixtures();
  if (dir === null) throw new UsageError('the bundled sample data (fixtures/) was not found next to the program');
  const data = await loadSampleData(dir);
  const out: string[] = [];
  const say = (s = ''): void => {
    out.push(s);
  };
  say(`customer-energy demo: ${data.profiles.length} sample customers writing in English, Chinese and Italian`);
  say(`(${data.texts.length} texts, ${data.events.length} events, ${data.edges.length} relationships from ${dir})`);
  say();

  say('1. What customers write: scoreText');
  const shown: (string | number)[][] = [];
  for (const lang of ['en', 'zh', 'it']) {
    const distinct = [...new Map(data.texts.filter((x) => x.language === lang).map((x) => [x.text, x])).values()];
    for (const t of distinct.slice(0, DEMO_DEFAULTS.textsPerLanguage)) {
      const r = scoreText(t.text);
      shown.push([t.customerId, r.language, r.energy, fit(topScores(r.traits, 2) || '-', 26), fit(topScores(r.emotions, 2) || '-', 24), fit(decidingWords(r, 3) || '-', 40), t.text]);
    }
  }
  say(textTable(['customer', 'lang', 'energy', 'top traits', 'top emotions', 'deciding words', 'text'], shown, { max: [8, 4, 7, 26, 24, 40, 46] }));
  say();

  let nowMs = 0;
  for (const e of data.events) nowMs = Math.max(nowMs, parseTimestamp(String(e.at)));
  const now = new Date(nowMs).toISOString();
  const { readings, issues, stats } = scoreCustomers({ events: data.events, profiles: data.profiles }, { now });
  say(`2. Customer energy: scoreCustomers as of ${now.slice(0, 10)} (${readings.length} customers, ${stats.events.used} of ${stats.events.read} events used, ${issues.length} issues)`);
  const segments = summariseSegments(readings);
  say(
    textTable(
      ['segment', 'customers', 'mean energy', 'positive', 'neutral', 'negative', 'net energy score'],
      segments.map((s) => [s.segment, String(s.count), s.meanEnergy, pct(s.share.positive), pct(s.share.neutral), pct(s.share.negative), s.netEnergyScore.toFixed(0)]),
    ),
  );
  const trend = energyTrend(
    { events: data.events, profiles: data.profiles },
    { now, every: { days: DEMO_DEFAULTS.trendDays }, windows: DEMO_DEFAULTS.trendWindows },
  );
  const names = [...new Set(trend.map((p) => p.segment))].sort();
  const byWindow = new Map<string, Map<string, (typeof trend)[number]>>();
  for (const p of trend) (byWindow.get(p.at) ?? byWindow.set(p.at, new Map()).get(p.at)!).set(p.segment, p);
  say(`Net energy score by segment, every ${DEMO_DEFAULTS.trendDays} days (energyTrend; customers in brackets):`);
  say(
    textTable(
      ['as of', ...names],
      [...byWindow].map(([at, points]) => [
        at.slice(0, 10),
        ...names.map((n) => {
          const p = points.get(n);
          return p === undefined || p.count === 0 ? '-' : `${p.netEnergyScore.toFixed(0)} (${p.count})`;
        }),
      ]),
    ),
  );
  say();
  const byImpact = [...readings].sort((a, b) => a.size * a.energy - b.size * b.energy || (idKey(a.customerId) < idKey(b.customerId) ? -1 : 1));
  const row = (r: (typeof readings)[number]): (string | number)[] => [
    idKey(r.customerId), data.nameOf.get(idKey(r.customerId)) ?? '', r.energy, r.size, fit(topScores(r.traits, 2), 28), r.summary,
  ];
  say('Most negative customers (size × energy), and why:');
  say(textTable(['customer', 'name', 'energy', 'size', 'top traits', 'why'], byImpact.slice(0, 5).map(row), { max: [8, 8, 7, 6, 28, 70] }));
  say('Most positive:');
  say(textTable(['customer', 'name', 'energy', 'size', 'top traits', 'why'], byImpact.slice(-5).reverse().map(row), { max: [8, 8, 7, 6, 28, 70] }));
  say();

  const { graph } = buildGraph(data.edges);
  const inGraph = byImpact.filter((r) => graph.has(r.customerId));
  const origins = [...inGraph.slice(0, DEMO_DEFAULTS.k), ...inGraph.slice(-DEMO_DEFAULTS.k)];
  const spread = simulateSpread(graph, origins, { seed, runs: DEMO_DEFAULTS.runs, population: readings.filter((r) => graph.has(r.customerId)) });
  const e = (x: { mean: number; low95: number; high95: number }): string => `${x.mean.toFixed(1)} (95% ${x.low95.toFixed(1)}-${x.high95.toFixed(1)})`;
  say(`3. Word of mouth: simulateSpread over ${graph.order} customers and ${graph.size} arcs, from the ${DEMO_DEFAULTS.k} most negative and ${DEMO_DEFAULTS.k} most positive (${DEMO_DEFAULTS.runs} runs, seed ${seed})`);
  say(`   expected customers ending positive ${e(spread.reach.positive)}, negative ${e(spread.reach.negative)}`);
  say(`   one tells ten, round by round (positive / negative): ${spread.byRound.slice(0, 5).map((r) => `${r.positive.toFixed(1)} / ${r.negative.toFixed(1)}`).join(' → ')}`);
  say();

  const sizeOf = new Map(readings.map((r) => [idKey(r.customerId), r]));
  const seeds = pickSeeds(graph, {
    k: DEMO_DEFAULTS.k,
    seed,
    model: 'cascade',
    population: readings,
    candidates: (id) => (sizeOf.get(idKey(id))?.energy ?? 0) >= 0,
    size: (id) => sizeOf.get(idKey(id))?.size ?? 1,
  });
  say(`4. Whom to delight first: pickSeeds (IMM, k = ${DEMO_DEFAULTS.k}, among customers not negative, reach weighted by size)`);
  say(`   expected size-weighted reach of the five: ${e(seeds.estimate)}`);
  say(textTable(['#', 'customer', 'name', 'energy', 'added reach'], seeds.seeds.map((s, i) => [String(i + 1), idKey(s.customerId), data.nameOf.get(idKey(s.customerId)) ?? '', sizeOf.get(idKey(s.customerId))?.energy ?? 0, s.marginalGain])));
  say();

  const wins = pickWinBacks(graph, readings.filter((r) => graph.has(r.customerId)), { k: DEMO_DEFAULTS.k, seed });
  say(`5. Whom to win back first: pickWinBacks (${wins.negativeCustomers} negative customers; expected negative reach without action ${e(wins.negativeReach)})`);
  say(
    textTable(
      ['#', 'customer', 'name', 'energy', 'negative reach avoided', 'why negative'],
      wins.winBacks.map((w, i) => {
        const r = sizeOf.get(idKey(w.customerId));
        return [String(i + 1), idKey(w.customerId), data.nameOf.get(idKey(w.customerId)) ?? '', r?.energy ?? 0, e(w.negativeReachAvoided), r?.summary ?? ''];
      }),
      { max: [2, 8, 8, 7, 24, 60] },
    ),
  );
  say();

  const charged = readings.filter((r) => r.polarity !== 'neutral' && graph.has(r.customerId));
  const whatIf = compareScenarios(
    graph,
    charged,
    [
      { name: 'win back the five', recover: wins.winBacks.map((w) => w.customerId), recoverAs: 'positive' },
      { name: 'delight the five (sharing x2)', incentives: seeds.seeds.map((x) => ({ customerId: x.customerId, boost: DEMO_DEFAULTS.boost })) },
      { name: 'answer twice as fast', chargeScale: 0.5 },
    ],
    { seed, runs: DEMO_DEFAULTS.runs, population: readings },
  );
  const one = (v: number): string => (Math.round(v * 10) / 10 || 0).toFixed(1); // no "-0.0"
  const d = (x: { mean: number; low95: number; high95: number }): string => `${one(x.mean).startsWith('-') ? '' : '+'}${one(x.mean)} (${one(x.low95)} to ${one(x.high95)})`;
  say(`6. What if: compareScenarios from all ${charged.length} charged customers (common random numbers, ${DEMO_DEFAULTS.runs} runs); baseline positive ${whatIf.baseline.positive.mean.toFixed(1)}, negative ${whatIf.baseline.negative.mean.toFixed(1)}`);
  say(textTable(['scenario', 'positive reach change', 'negative reach change'], whatIf.scenarios.map((x) => [x.name, d(x.difference.positive), d(x.difference.negative)])));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
