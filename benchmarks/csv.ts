/**
 * `npm run bench:csv [-- --rows 10000000] [-- --workers 4]`: generate an interactions CSV (fixed seed, three
 * languages, exactly 1% broken rows of six kinds) in a temp dir, then, each phase in its own
 * process so that its peak memory is its own:
 *   - peers: a bare fast-csv parse (headers: false) and a bare papaparse parse (step) of the file;
 *     fast-csv ends the stream at the first unterminated quote, so it also parses a clean twin
 *     (same rows with those quotes closed) to give a full-length rate;
 *   - scoreCsv per row (every row scored with scoreText, written with the reading appended), on one
 *     thread and with `workers` (`--workers N`, default one per core), whose output and rejects
 *     must be the one-thread files byte for byte;
 *   - scoreCsv per customer (one reading per customer through scoreCustomers; skipped above 2 M rows).
 * Prints rows/s, the ratio to fast-csv, peak RSS, and checks rows read = scored + rejected and that
 * every broken row is in the rejects file, with targets and PASS/FAIL. The scoring phases run the
 * built package when dist/ exists (the npm script builds it first), else the sources (see
 * scoreCsvSource).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatCsvRow } from '../src/export/formatCsvRow';
import type { scoreCsv as ScoreCsv } from '../src/node/csv/scoreCsv';
import { createRng } from '../src/random/createRng';

const { values } = parseArgs({
  options: {
    rows: { type: 'string' },
    phase: { type: 'string' },
    file: { type: 'string' },
    dir: { type: 'string' },
    keep: { type: 'boolean' },
    workers: { type: 'string' },
  },
});
/**
 * RSS a worker may add: 71 MB measured for a process that imports the package and scores one text
 * per language (lexicons compiled), plus 10 MB of slack for its batches.
 */
const WORKER_RSS_MB = 80;
/** Worker threads of the `per-row-workers` phase: `--workers N`, default one per core. */
const WORKERS = values.workers !== undefined ? Number(values.workers) : availableParallelism();

const TARGET_PEAK_MB = 300;

const EN = ['Great service, the courier was early!', 'Waited three weeks and still no refund. Never again.', 'The product is fine but delivery was very slow.', 'Absolutely love it, thank you so much!', 'Terrible support, I am not happy at all.', 'Third time I contact you about my order. Really disappointed.', 'Good price, however the app keeps crashing.', 'Best shop in town, I recommend it to my friends.'];
const ZH = ['服务很好，快递也很快，非常满意！', '等了三个星期还没有退款，再也不买了。', '价格不错，但是物流太慢了。', '质量太差了，下次不会再来。', '客服态度特别好，推荐给朋友了。', '东西坏了，客服也不理人，太失望了！'];
const IT = ['Servizio ottimo, consegna veloce e personale gentilissimo!', 'Ho aspettato tre settimane e ancora nessun rimborso. Mai più.', 'Il prodotto è buono ma la spedizione è stata lenta.', 'Assistenza pessima, davvero deluso.', 'Prodotto fantastico, lo consiglio a tutti.', "Prezzo giusto, però l'app non funziona."];
const POOLS = [EN, ZH, IT];
const CHANNELS = ['email', 'chat', 'app', 'social'];
const BROKEN_KINDS = ['unterminated-quote', 'extra-cells', 'missing-cells', 'bad-date', 'rating-out-of-range', 'empty-id'] as const;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

/** Write the dirty file and its clean twin; return the 1-based lines of the broken rows. */
async function generate(rows: number, dirty: string, clean: string): Promise<Uint32Array> {
  const rng = createRng('bench:csv', 0);
  const customers = Math.max(1, Math.floor(rows / 10));
  const broken = new Uint32Array(Math.floor(rows / 100));
  const a = createWriteStream(dirty);
  const b = createWriteStream(clean);
  const header = formatCsvRow(['customer_id', 'created_at', 'channel', 'rating', 'comment']);
  let bufA = header;
  let bufB = header;
  let nb = 0;
  let brokenAt = Math.floor(rng.next() * 100);
  const flush = async (): Promise<void> => {
    const okA = a.write(bufA);
    const okB = b.write(bufB);
    bufA = '';
    bufB = '';
    if (!okA) await new Promise<void>((r) => a.once('drain', () => r()));
    if (!okB) await new Promise<void>((r) => b.once('drain', () => r()));
  };
  for (let i = 0; i < rows; i++) {
    const id = `c${String(1 + Math.floor(rng.next() * customers)).padStart(7, '0')}`;
    const at = new Date(T0 + Math.floor(rng.next() * 300 * DAY)).toISOString().slice(0, 19) + 'Z';
    const pool = POOLS[Math.floor(rng.next() * 3)]!;
    const text = pool[Math.floor(rng.next() * pool.length)]!;
    const rating = String(1 + Math.floor(rng.next() * 5));
    const channel = CHANNELS[Math.floor(rng.next() * 4)]!;
    const good = formatCsvRow([id, at, channel, rating, text]);
    let row = good;
    let twin = good;
    if (i % 100 === brokenAt && nb < broken.length) {
      const kind = BROKEN_KINDS[nb % BROKEN_KINDS.length]!;
      broken[nb++] = i + 2; // line 1 is the header
      if (kind === 'unterminated-quote') {
        row = `${id},${at},${channel},${rating},"${text.replaceAll('"', '')}\n`;
        twin = `${id},${at},${channel},${rating},"${text.replaceAll('"', '')}"\n`;
      } else if (kind === 'extra-cells') row = twin = formatCsvRow([id, at, channel, rating, text, 'extra']);
      else if (kind === 'missing-cells') row = twin = formatCsvRow([id, at, channel, text]);
      else if (kind === 'bad-date') row = twin = formatCsvRow([id, '2025-02-30T10:00:00Z', channel, rating, text]);
      else if (kind === 'rating-out-of-range') row = twin = formatCsvRow([id, at, channel, '11', text]);
      else row = twin = formatCsvRow(['', at, channel, rating, text]);
    }
    if (i % 100 === 99) brokenAt = Math.floor(rng.next() * 100);
    bufA += row;
    bufB += twin;
    if (bufA.length > 1 << 20) await flush();
  }
  await flush();
  await Promise.all([new Promise((r) => a.end(r)), new Promise((r) => b.end(r))]);
  return broken.subarray(0, nb);
}

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * What the scoring phases measure: the built package (dist/, what users run; `npm run bench:csv`
 * builds it first, CUSTOMER_ENERGY_DIST names another build) when present, else the sources through
 * tsx, whose loader adds about 60 MB to every peak.
 */
function scoreCsvSource(): { url: string; label: string; built: boolean } {
  const dist = process.env.CUSTOMER_ENERGY_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));
  const built = `${dist}/node/index.js`;
  if (existsSync(built)) return { url: pathToFileURL(built).href, label: `built package (${built}), plain node`, built: true };
  return { url: new URL('../src/node/csv/scoreCsv.ts', import.meta.url).href, label: 'sources through tsx (no dist/: peaks include ~60 MB of loader)', built: false };
}

async function loadScoreCsv(): Promise<{ scoreCsv: typeof ScoreCsv }> {
  return (await import(scoreCsvSource().url)) as { scoreCsv: typeof ScoreCsv };
}

/** One phase in this (child) process; prints one JSON line. */
async function phase(name: string, file: string, dir: string): Promise<void> {
  const t0 = performance.now();
  let result: Record<string, unknown> = {};
  // Peers are imported only in their own phases, so the scoring phases load what a user loads.
  if (name === 'fast-csv') {
    const { parse: fastCsvParse } = await import('fast-csv');
    let rows = 0;
    let error: string | null = null;
    await new Promise<void>((resolve) => {
      createReadStream(file)
        .pipe(fastCsvParse({ headers: false }))
        .on('data', () => rows++)
        .on('error', (e: Error) => {
          error = e.message;
          resolve();
        })
        .on('end', () => resolve());
    });
    result = { rows: Math.max(0, rows - 1), error };
  } else if (name === 'papaparse') {
    const Papa = (await import('papaparse')).default;
    let rows = 0;
    await new Promise<void>((resolve, reject) => {
      // papaparse reads a Node stream in step mode (its documented Node usage).
      Papa.parse<unknown>(createReadStream(file) as unknown as File, {
        step: () => void rows++,
        complete: () => resolve(),
        error: (e: Error) => reject(e),
      });
    });
    result = { rows: Math.max(0, rows - 1) };
  } else {
    const { scoreCsv } = await loadScoreCsv();
    const per = name.startsWith('per-row') ? 'row' : 'customer';
    const workers = Number(values.workers ?? 0);
    const base = per + (workers === 0 ? '' : '-workers');
    const summary = await scoreCsv(file, { per, out: join(dir, `${base}.csv`), rejects: join(dir, `${base}-rejects.csv`), workers });
    result = { rows: summary.rowsRead, scored: summary.rowsScored, rejected: summary.rowsRejected, customers: summary.customers };
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`${JSON.stringify({ ...result, seconds, peakMb: peakMb() })}\n`);
}

interface PhaseResult {
  rows: number;
  seconds: number;
  peakMb: number;
  error?: string | null;
  scored?: number;
  rejected?: number;
  customers?: number | null;
}

/** The scoring phase as a plain ESM script over the built package: no tsx loader in its memory. */
const BUILT_PHASE = `
const [url, per, file, dir, workers] = process.argv.slice(1);
const { scoreCsv } = await import(url);
const t0 = performance.now();
const name = per + (workers === '0' ? '' : '-workers');
const s = await scoreCsv(file, { per, out: dir + '/' + name + '.csv', rejects: dir + '/' + name + '-rejects.csv', workers: Number(workers) });
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ rows: s.rowsRead, scored: s.rowsScored, rejected: s.rowsRejected, customers: s.customers, seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
`;

function child(name: string, file: string, dir: string): PhaseResult {
  const self = fileURLToPath(import.meta.url);
  const source = scoreCsvSource();
  const scoring = name.startsWith('per-');
  const workers = name.endsWith('-workers') ? WORKERS : 0;
  const args =
    scoring && source.built
      ? ['--input-type=module', '-e', BUILT_PHASE, source.url, name.startsWith('per-row') ? 'row' : 'customer', file, dir, String(workers)]
      : [...process.execArgv, self, '--phase', name, '--file', file, '--dir', dir, '--workers', String(workers)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`phase ${name} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as PhaseResult;
}

/** Lines listed in a rejects CSV (first column), as a set. */
function rejectedLines(path: string): Set<number> {
  const lines = new Set<number>();
  for (const l of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const n = Number(l.slice(0, l.indexOf(',')));
    if (Number.isInteger(n) && n > 0) lines.add(n);
  }
  return lines;
}

async function main(): Promise<void> {
  if (values.phase) return phase(values.phase, values.file!, values.dir!);
  const rows = values.rows === undefined ? 1_000_000 : Number(values.rows);
  if (!(Number.isInteger(rows) && rows >= 100)) throw new Error('--rows must be an integer ≥ 100');
  const dir = mkdtempSync(join(tmpdir(), 'ce-bench-csv-'));
  const dirty = join(dir, 'interactions.csv');
  const clean = join(dir, 'interactions-clean.csv');
  try {
    const g0 = performance.now();
    const broken = await generate(rows, dirty, clean);
    const mb = statSync(dirty).size / 1e6;
    console.log(`bench:csv: ${rows.toLocaleString('en')} rows (${mb.toFixed(0)} MB, ${broken.length.toLocaleString('en')} broken = ${((100 * broken.length) / rows).toFixed(2)}%), generated in ${((performance.now() - g0) / 1000).toFixed(1)} s; node ${process.version}`);
    const fastDirty = child('fast-csv', dirty, dir);
    const fastClean = child('fast-csv', clean, dir);
    const papa = child('papaparse', dirty, dir);
    const perRow = child('per-row', dirty, dir);
    const perRowWorkers = child('per-row-workers', dirty, dir);
    const perCustomer = rows <= 2_000_000 ? child('per-customer', dirty, dir) : null;
    const rate = (p: PhaseResult): number => p.rows / p.seconds;
    const base = rate(fastClean);
    const line = (name: string, p: PhaseResult, note = ''): void =>
      console.log(`  ${name.padEnd(34)} ${Math.round(rate(p)).toLocaleString('en').padStart(10)} rows/s  ${(rate(p) / base).toFixed(2).padStart(5)}× fast-csv  peak RSS ${p.peakMb.toFixed(0).padStart(4)} MB  ${note}`);
    console.log(`  scoreCsv measured from the ${scoreCsvSource().label}`);
    console.log('  (ratio: our rate / bare fast-csv parse of the clean twin, same run)');
    line('fast-csv parse, clean twin', fastClean, `${fastClean.rows.toLocaleString('en')} rows`);
    line('fast-csv parse, this file', fastDirty, fastDirty.error ? `stopped after ${fastDirty.rows} rows: ${fastDirty.error}` : `${fastDirty.rows} rows`);
    line('papaparse parse, this file', papa, `${papa.rows.toLocaleString('en')} rows (broken quotes merge rows)`);
    line('scoreCsv per row (parse+score+write)', perRow, `${perRow.scored!.toLocaleString('en')} scored, ${perRow.rejected!.toLocaleString('en')} rejected`);
    line(`scoreCsv per row, workers: ${WORKERS}`, perRowWorkers, `${(rate(perRowWorkers) / rate(perRow)).toFixed(2)}× one thread, ${availableParallelism()} cores`);
    if (perCustomer) line('scoreCsv per customer', perCustomer, `${perCustomer.customers!.toLocaleString('en')} customers, ${perCustomer.rejected!.toLocaleString('en')} rejected`);
    else console.log('  scoreCsv per customer: skipped above 2 M rows (memory ∝ rows of text kept until the end)');

    const checks: [string, boolean][] = [];
    const rejects = rejectedLines(join(dir, 'row-rejects.csv'));
    checks.push([`per row: rows read ${perRow.rows} = scored ${perRow.scored} + rejected ${perRow.rejected}`, perRow.rows === perRow.scored! + perRow.rejected!]);
    checks.push([`per row: rows read = rows written by the generator (${rows})`, perRow.rows === rows]);
    checks.push([`per row: rejected ${perRow.rejected} = broken ${broken.length}, and every broken line is in the rejects file`, perRow.rejected === broken.length && [...broken].every((l) => rejects.has(l))]);
    checks.push([`per row: peak RSS ${perRow.peakMb.toFixed(0)} MB < ${TARGET_PEAK_MB} MB`, perRow.peakMb < TARGET_PEAK_MB]);
    const same = (a: string, b: string): boolean => readFileSync(join(dir, a)).equals(readFileSync(join(dir, b)));
    checks.push([`per row with ${WORKERS} workers: output and rejects byte for byte those of one thread`, same('row.csv', 'row-workers.csv') && same('row-rejects.csv', 'row-workers-rejects.csv')]);
    // Each worker loads its own copy of the code and lexicons: 71 MB of RSS measured for one
    // `scoreText` import; rows in flight are bounded (2 batches of 512 per worker).
    const workersBound = perRow.peakMb + WORKER_RSS_MB * WORKERS;
    checks.push([`per row with ${WORKERS} workers: peak RSS ${perRowWorkers.peakMb.toFixed(0)} MB ≤ one thread's ${perRow.peakMb.toFixed(0)} MB + ${WORKER_RSS_MB} MB per worker`, perRowWorkers.peakMb <= workersBound]);
    if (perCustomer) {
      checks.push([`per customer: rows read ${perCustomer.rows} = scored ${perCustomer.scored} + rejected ${perCustomer.rejected}`, perCustomer.rows === perCustomer.scored! + perCustomer.rejected!]);
      const customerRejects = rejectedLines(join(dir, 'customer-rejects.csv'));
      checks.push([`per customer: every broken line is in the rejects file`, [...broken].every((l) => customerRejects.has(l))]);
    }
    console.log('targets:');
    for (const [what, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    if (values.keep) console.log(`files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
