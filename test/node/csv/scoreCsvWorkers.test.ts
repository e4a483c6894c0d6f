import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CustomerEnergyError, InvalidOptionError } from '../../../src/errors';
import { scoreCsv, type ScoreCsvOptions } from '../../../src/node/csv/scoreCsv';
import { createRng } from '../../../src/random/createRng';
import { bytesStream, collector } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ce-csv-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = [
  'Great service, thank you!',
  'Waited three weeks, still no refund. Never again!',
  '服务太差了，非常失望',
  'Ottimo servizio, grazie',
  '"quoted, with a\nline break"',
  'Fine.',
  '',
  '=HYPERLINK("x")',
];
const KINDS = ['', 'purchase', 'refund', 'contact', 'message', 'nps', 'referral'];

/**
 * A dirty export of 3 000 rows (six batches of 512 and a part), seeded: customers 0-299, every
 * kind, texts in three languages with quotes and line breaks, and broken rows of every sort
 * spread through it (bad dates, no id, stars out of range, too few cells, NPS 11 and an empty
 * message the scorer rejects), ending with an unterminated quote.
 */
function dirtyCsv(): string {
  const rng = createRng('csv-workers');
  const lines = ['customer_id,created_at,kind,stars,score,amount,order_id,comment'];
  for (let i = 0; i < 3000; i++) {
    const id = String(rng.nextUint32() % 300);
    const day = 1 + (rng.nextUint32() % 28);
    const kind = KINDS[rng.nextUint32() % KINDS.length]!;
    const score = kind === 'nps' ? String(rng.nextUint32() % 12) : '';
    const stars = kind === '' ? String(1 + (rng.nextUint32() % 5)) : '';
    const amount = kind === 'purchase' || kind === 'refund' ? String(1 + (rng.nextUint32() % 200)) : '';
    const order = kind === 'contact' || kind === 'purchase' ? String(rng.nextUint32() % 9) : '';
    const text = TEXTS[rng.nextUint32() % TEXTS.length]!;
    const cell = text.startsWith('"') ? text : `"${text.replaceAll('"', '""')}"`;
    lines.push(`${id},2026-02-${String(day).padStart(2, '0')},${kind},${stars},${score},${amount},${order},${cell}`);
    const u = rng.next();
    if (u < 0.01) lines.push(`${id},2026-99-01,message,,,,,bad date`);
    else if (u < 0.02) lines.push(`,2026-02-01,message,,,,,no id`);
    else if (u < 0.03) lines.push(`${id},2026-02-02,,9,,,,stars out of range`);
    else if (u < 0.04) lines.push(`${id},2026-02-02,message,too,few`);
  }
  lines.push('c1,2026-03-01,message,,,,,"an unterminated quote');
  return `${lines.join('\n')}\n`;
}

const csv = dirtyCsv();
const path = join(dir, 'dirty.csv');
writeFileSync(path, csv);
const bytes = new TextEncoder().encode(csv);

/** One run: output text, rejects text and summary. */
async function run(input: string | 'stream', options: ScoreCsvOptions) {
  const out = collector();
  const rejects = collector();
  const summary = await scoreCsv(input === 'stream' ? bytesStream(bytes, 3000) : input, {
    ...options,
    out: out.stream,
    rejects: rejects.stream,
    maxIssues: 100_000,
  });
  return { summary, out: out.text(), rejects: rejects.text() };
}

describe('scoreCsv with worker threads', () => {
  it.each(['csv', 'json', 'ndjson'] as const)('per row, %s: the same output, rejects and summary as on one thread', async (format) => {
    const one = await run(path, { format });
    const two = await run(path, { format, workers: 2 });
    expect(two.out).toBe(one.out);
    expect(two.rejects).toBe(one.rejects);
    expect(two.summary).toEqual(one.summary);
    // The run is a real one: rows scored, rows rejected, every row counted once.
    expect(one.summary.rowsScored).toBeGreaterThan(2900);
    expect(one.summary.rowsRejected).toBeGreaterThan(50);
    expect(one.summary.rowsRead).toBe(one.summary.rowsScored + one.summary.rowsRejected);
    if (format === 'json') expect(JSON.parse(two.out)).toHaveLength(one.summary.rowsScored);
  });

  it('per row from a stream, with one worker: the same bytes', async () => {
    const one = await run('stream', {});
    const w = await run('stream', { workers: 1 });
    expect(w.out).toBe(one.out);
    expect(w.rejects).toBe(one.rejects);
    expect(w.summary).toEqual(one.summary);
  });

  it('per customer, now given and found by a first pass: the same readings, rejects and summary', async () => {
    for (const now of ['2026-02-28T00:00:00Z', undefined]) {
      const options: ScoreCsvOptions = { per: 'customer', format: 'ndjson', ...(now ? { now } : {}) };
      const one = await run(path, options);
      const two = await run(path, { ...options, workers: 2 });
      expect(two.out).toBe(one.out);
      expect(two.rejects).toBe(one.rejects);
      expect(two.summary).toEqual(one.summary);
      expect(one.summary.customers).toBeGreaterThan(250);
      // The scorer's own rejects (NPS 11, an empty message) are among them, in line order.
      expect(one.summary.issues.some((i) => i.code === 'out-of-range')).toBe(true);
      const lines = one.summary.issues.map((i) => i.line!);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
  });

  it('a stream per customer without now keeps its rows and scores them at the end: workers change nothing', async () => {
    const one = await run('stream', { per: 'customer' });
    const two = await run('stream', { per: 'customer', workers: 2 });
    expect(two.out).toBe(one.out);
    expect(two.summary).toEqual(one.summary);
  });

  it('text options go to the workers: a language forced for every row gives the one-thread bytes', async () => {
    const one = await run(path, { text: { language: 'it' } });
    const two = await run(path, { text: { language: 'it' }, workers: 2 });
    expect(two.out).toBe(one.out);
    expect(two.out).not.toBe((await run(path, {})).out);
  });

  it('misuse: a bad workers count, text options a thread cannot take, a bad valence in a worker', async () => {
    for (const workers of [-1, 1.5, Number.NaN, 257, '2' as unknown as number]) {
      await expect(scoreCsv(path, { workers })).rejects.toThrow(InvalidOptionError);
    }
    const fn = { words: { great: { valence: 2, traits: () => 1 } } } as unknown as ScoreCsvOptions['text'];
    await expect(scoreCsv(path, { workers: 1, text: fn })).rejects.toThrow(InvalidOptionError);
    // Thrown in the worker, it reaches the caller with the class and code the main thread gives it.
    const bad = { words: { great: 9 } };
    const inThread = await scoreCsv(path, { text: bad }).catch((e: unknown) => e);
    const inWorker = await scoreCsv(path, { text: bad, workers: 1 }).catch((e: unknown) => e);
    expect(inThread).toBeInstanceOf(InvalidOptionError);
    expect(inWorker).toBeInstanceOf(InvalidOptionError);
    expect((inWorker as CustomerEnergyError).message).toBe((inThread as CustomerEnergyError).message);
  });
});
