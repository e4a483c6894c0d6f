/**
 * Speed of scoreCustomers on behaviour-only events (npm run bench:customers).
 *
 * 1 M events over 100 k customers, generated with createRng(seed 2026), timestamps as epoch ms,
 * no event ids (so memory is per customer). Prints events per second against the peer a user would
 * otherwise write (zod-parse every event with CustomerEventSchema, group by customer in a Map,
 * then sum decayed weights per customer), with the ratio, and the peak memory while streaming
 * events from a generator at 1 M and 2 M events over 100 k customers and at 1 M over 200 k
 * customers: memory should follow customers, not events. Each timed call starts from the same heap:
 * the previous result is dropped and the heap collected first (untimed, with --expose-gc), and its
 * CPU-seconds include every collection its own allocations cause; best and mean are printed.
 */
import { CustomerEventSchema, type CustomerEvent } from '../src/behaviour/schema';
import { BEHAVIOUR_DEFAULTS } from '../src/behaviour/defaults';
import { scoreCustomers } from '../src/energy/scoreCustomers';
import { createCustomerScorer } from '../src/energy/createCustomerScorer';
import type { EnergyReading } from '../src/energy/schema';
import { createRng } from '../src/random/createRng';

const NOW = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const SEED = 2026;
const TARGET = 1_000_000;

type Kind = CustomerEvent['kind'];
const MIX: [Kind, number][] = [
  ['purchase', 0.34], ['contact', 0.15], ['delivery', 0.1], ['response', 0.08], ['review', 0.08],
  ['nps', 0.05], ['csat', 0.04], ['return', 0.04], ['effort', 0.03], ['refund', 0.03],
  ['referral', 0.02], ['share', 0.02], ['unsubscribe', 0.01], ['cancellation', 0.01],
];
const CUM = (() => {
  let s = 0;
  return MIX.map(([k, p]) => [k, (s += p)] as const);
})();

/** Behaviour-only events, deterministic for a seed: `count` events over `customers` customers. */
function* generateEvents(count: number, customers: number, seed: number, every = 0, onSample?: () => void, idOf: (n: number) => number | string = (n) => n): Generator<CustomerEvent> {
  const rng = createRng(seed);
  for (let i = 0; i < count; i++) {
    if (every > 0 && i % every === 0) onSample?.();
    const u = rng.next();
    let kind: Kind = 'cancellation';
    for (const [k, c] of CUM) if (u < c) { kind = k; break; }
    const n = rng.nextUint32() % customers;
    const customerId = idOf(n);
    const at = NOW - Math.floor(rng.next() * 365 * DAY);
    const orderId = n * 8 + (rng.nextUint32() % 4);
    switch (kind) {
      case 'purchase': yield { customerId, at, kind, amount: Math.round(rng.next() * 20000) / 100, orderId }; break;
      case 'refund': yield { customerId, at, kind, amount: Math.round(rng.next() * 5000) / 100, promisedAt: at - Math.floor((rng.next() - 0.7) * 10 * DAY) }; break;
      case 'contact': yield { customerId, at, kind, orderId, channel: 'email' }; break;
      case 'response': yield { customerId, at, kind, minutes: Math.floor(rng.next() * rng.next() * 1440) }; break;
      case 'review': yield { customerId, at, kind, rating: 1 + (rng.nextUint32() % 5) }; break;
      case 'nps': yield { customerId, at, kind, score: rng.nextUint32() % 11 }; break;
      case 'csat': yield { customerId, at, kind, score: 1 + (rng.nextUint32() % 5) }; break;
      case 'effort': yield { customerId, at, kind, score: 1 + (rng.nextUint32() % 7) }; break;
      case 'delivery': yield { customerId, at, kind, promisedAt: at, deliveredAt: at + Math.floor((rng.next() - 0.6) * 5 * DAY) }; break;
      default: yield { customerId, at, kind } as CustomerEvent;
    }
  }
}

/** The peer: zod-validate each event, group by customer, then sum decayed flat weights. */
function naiveZodGroupBy(events: readonly unknown[]): number {
  const groups = new Map<string, CustomerEvent[]>();
  for (const e of events) {
    const r = CustomerEventSchema.safeParse(e);
    if (!r.success) continue;
    const k = String(r.data.customerId);
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = []));
    g.push(r.data);
  }
  const k = Math.LN2 / (90 * DAY);
  let total = 0;
  for (const g of groups.values()) {
    let s = 0;
    for (const e of g) {
      const t = typeof e.at === 'number' ? e.at : new Date(e.at).getTime();
      s += (BEHAVIOUR_DEFAULTS.weights[e.kind] ?? 0) * Math.exp((t - NOW) * k);
    }
    total += s / Math.sqrt(s * s + 4);
  }
  return total;
}

/** A reading rebuilt as literals of the same shapes (strings and ids shared): the allocation alone. */
function copyReading(r: EnergyReading): EnergyReading {
  const t = r.traits;
  const e = r.emotions;
  const c = r.counts;
  return {
    customerId: r.customerId, energy: r.energy, level: r.level, size: r.size, polarity: r.polarity, confidence: r.confidence,
    traits: { trust: t.trust, magnanimity: t.magnanimity, joy: t.joy, drive: t.drive, selfishness: t.selfishness, suspicion: t.suspicion, frustration: t.frustration, dejection: t.dejection },
    emotions: { joy: e.joy, anger: e.anger, sorrow: e.sorrow, fear: e.fear, love: e.love, disgust: e.disgust, desire: e.desire },
    signal: r.signal,
    contributions: r.contributions.map((x) => ({ ...x })),
    summary: r.summary, economicStrength: r.economicStrength, socialInfluence: r.socialInfluence,
    counts: { events: c.events, texts: c.texts, positive: c.positive, negative: c.negative, byKind: { ...c.byKind } },
    firstAt: r.firstAt, lastAt: r.lastAt,
  };
}
const mb = (b: number): string => `${(b / 1048576).toFixed(0)} MB`;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
/** Wall seconds and process CPU seconds (CPU includes V8's parallel GC threads). */
function time<T>(f: () => T): [T, number, number] {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const r = f();
  return [r, (performance.now() - t0) / 1000, cpuSeconds() - c0];
}
const loadAverage = (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`customer-energy bench: scoreCustomers, behaviour-only events (seed ${SEED}, Node ${process.version})`);

// 1. Throughput on a pre-generated array (generation not timed), best and mean of 3, against the peer.
const EVENTS = 1_000_000;
const CUSTOMERS = 100_000;
const [events, genSeconds] = time(() => [...generateEvents(EVENTS, CUSTOMERS, SEED)]);
console.log(`generated ${fmt(EVENTS)} events over ${fmt(CUSTOMERS)} customers in ${genSeconds.toFixed(2)} s`);
const gc = (globalThis as { gc?: () => void }).gc;
/**
 * Best and mean of `runs` timed calls. Before each call (untimed) the previous result is dropped and,
 * when --expose-gc is on, the heap collected, so every call starts from the same heap (the events
 * and nothing else), as a single call in a program would; the time of a call includes all the
 * garbage collection its own allocations cause.
 */
function measure(runs: number, f: () => unknown, drop?: () => void): { wall: number; cpu: number; meanCpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  let sumCpu = 0;
  for (let run = 0; run < runs; run++) {
    drop?.();
    gc?.();
    const [, s, c] = time(f);
    wall = Math.min(wall, s);
    cpu = Math.min(cpu, c);
    sumCpu += c;
  }
  return { wall, cpu, meanCpu: sumCpu / runs };
}
let result: ReturnType<typeof scoreCustomers> | undefined;
const full = measure(
  3,
  () => (result = scoreCustomers({ events }, { now: NOW })),
  () => (result = undefined),
);
const best = full.wall;
const bestCpu = full.cpu;
const leanRuns = measure(3, () => scoreCustomers({ events }, { now: NOW, energy: { contributions: 0 } }));
const lean = leanRuns.wall;
const leanCpu = leanRuns.cpu;
// Where the time goes: reading the events alone (add, no readings built), and what merely
// allocating readings of this shape costs (a copy of the result built as literals, strings shared):
// a floor for any scorer that returns these readings, whatever it does per event.
const ingestRuns = measure(3, () => {
  const scorer = createCustomerScorer({ now: NOW });
  for (const e of events) scorer.add(e);
  return scorer;
});
const copyRuns = measure(3, () => result!.readings.map(copyReading));
const peerRuns = measure(2, () => naiveZodGroupBy(events));
// The same events with text ids ('c0012345', as CRM exports write them) instead of numbers,
// made as literals (as a JSON or CSV reader makes them; copies by spread read slower).
let textIdEvents: CustomerEvent[] = [...generateEvents(EVENTS, CUSTOMERS, SEED, 0, undefined, (n) => `c${String(n).padStart(7, '0')}`)];
const textIdRuns = measure(
  3,
  () => (result = scoreCustomers({ events: textIdEvents }, { now: NOW })),
  () => (result = undefined),
);
textIdEvents = [];
result = scoreCustomers({ events }, { now: NOW });
const peerSeconds = peerRuns.wall;
const peerCpu = peerRuns.cpu;
const ours = EVENTS / best;
const peer = EVENTS / peerSeconds;
const st = result!.stats;
console.log(`readings ${fmt(result!.readings.length)}, events used ${fmt(st.events.used)}, rejected ${fmt(st.events.rejected)}`);
const perCpu = EVENTS / bestCpu;
console.log(`load average at start: ${loadAverage}; CPU-seconds count every thread of the process (GC helpers too)`);
console.log(`scoreCustomers (defaults, 3 contributions per reading): ${fmt(perCpu)} events per CPU-second (mean of 3: ${fmt(EVENTS / full.meanCpu)}), ${fmt(ours)} events/s wall (best of 3: ${best.toFixed(2)} s)`);
console.log(`scoreCustomers (energy.contributions: 0):              ${fmt(EVENTS / leanCpu)} events per CPU-second (mean of 3: ${fmt(EVENTS / leanRuns.meanCpu)}), ${fmt(EVENTS / lean)} events/s wall`);
console.log(`scoreCustomers, text ids ('c0012345'):           ${fmt(EVENTS / textIdRuns.cpu)} events per CPU-second (mean of 3: ${fmt(EVENTS / textIdRuns.meanCpu)}), ${fmt(EVENTS / textIdRuns.wall)} events/s wall`);
console.log(`peer (zod parse + group by + decayed sum):             ${fmt(EVENTS / peerCpu)} events per CPU-second (mean of 2: ${fmt(EVENTS / peerRuns.meanCpu)}), ${fmt(peer)} events/s wall (best of 2)`);
console.log(`of which reading the events (add only, no readings): ${fmt(EVENTS / ingestRuns.cpu)} events per CPU-second (${ingestRuns.cpu.toFixed(2)} CPU-s of ${bestCpu.toFixed(2)})`);
console.log(`floor: allocating a copy of the ${fmt(result!.readings.length)} readings (same shapes, strings shared, no scoring): ${copyRuns.cpu.toFixed(2)} CPU-s (${((100 * copyRuns.cpu) / bestCpu).toFixed(0)}% of ours)`);
console.log(`ratio to the peer: ${(peerCpu / bestCpu).toFixed(2)}x (CPU), ${(ours / peer).toFixed(2)}x (wall)`);
console.log(`target > ${fmt(TARGET)} behaviour-only events per CPU-second on one core (defaults): ${perCpu > TARGET ? 'PASS' : 'FAIL'}`);
console.log(`  (without explanations, energy.contributions: 0: ${EVENTS / leanCpu > TARGET ? 'over' : 'under'} the target)`);

// 2. Memory while streaming from a generator: heap still held by the result after a full GC
// (readings and per-customer state) and the peak sampled every 25 k events, above the baseline.
function streamMemory(count: number, customers: number): { seconds: number; retained: number; peak: number; rss: number } {
  events.length = 0;
  gc?.();
  const base = process.memoryUsage();
  let peak = base.heapUsed;
  let rss = base.rss;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.heapUsed > peak) peak = m.heapUsed;
    if (m.rss > rss) rss = m.rss;
  };
  const [result, seconds] = time(() => scoreCustomers({ events: generateEvents(count, customers, SEED + 1, 25_000, sample) }, { now: NOW }));
  sample();
  gc?.();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  if (result.readings.length === 0) throw new Error('no readings');
  return { seconds, retained, peak: peak - base.heapUsed, rss: rss - base.rss };
}
const rows: [string, number, number][] = [
  ['1 M events, 100 k customers', 1_000_000, 100_000],
  ['2 M events, 100 k customers', 2_000_000, 100_000],
  ['1 M events, 200 k customers', 1_000_000, 200_000],
];
const mem = rows.map(([label, n, c]) => {
  const m = streamMemory(n, c);
  console.log(`streaming ${label}: heap held by the result +${mb(m.retained)}, peak heap +${mb(m.peak)}, peak rss +${mb(m.rss)} (${fmt(n / m.seconds)} events/s incl. generation)`);
  return m;
});
const eventsGrowth = mem[1]!.retained / mem[0]!.retained;
const customersGrowth = mem[2]!.retained / mem[0]!.retained;
console.log(`held heap ×2 events: ${eventsGrowth.toFixed(2)}x; ×2 customers: ${customersGrowth.toFixed(2)}x`);
console.log(`target memory follows customers, not events (×2 events < 1.15x, ×2 customers > 1.6x): ${eventsGrowth < 1.15 && customersGrowth > 1.6 ? 'PASS' : 'FAIL'}`);
if (!gc) console.log('(run through npm run bench:customers, which passes --expose-gc, for exact held-heap figures)');
