import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'ce-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('customer-energy command line', () => {
  it('demo runs from any working directory and prints every section', () => {
    const r = runCli(['demo'], { cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const heading of ['1. What customers write', '2. Customer energy', 'Net energy score by segment, every 30 days', '3. Word of mouth', '4. Whom to delight first', '5. Whom to win back first']) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toMatch(/zh-\d{3}\s+zh/);
    expect(r.stdout).toMatch(/it-\d{3}\s+it/);
    // Seeded: the same report twice.
    expect(runCli(['demo'], { cwd: tmpdir() }).stdout).toBe(r.stdout);
  });

  it('score: exit 0 for a clean file, 1 with rejected rows (and writes them)', () => {
    const clean = file('clean.csv', 'customer_id,comment\n1,great service\n2,never again\n');
    const out = join(dir, 'out.csv');
    const ok = runCli(['score', clean, '--out', out, '--quiet']);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(4);

    const dirty = file('dirty.csv', 'customer_id,comment,stars\n1,fine,5\n2,"broken,4\n3,ok,9\n');
    const rejects = join(dir, 'rejects.csv');
    const bad = runCli(['score', dirty, '--out', out, '--rejects', rejects]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('scored 1 of 3 rows');
    expect(readFileSync(rejects, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['3', '4']);
  });

  it('score --workers 2 writes what one thread writes (the built bin finds its worker file)', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `${i % 90},"${['great service', 'never again, awful', '非常满意', 'pessimo'][i % 4]}",${1 + (i % 6)}`);
    const f = file('many.csv', `customer_id,comment,stars\n${rows.join('\n')}\n`);
    const one = runCli(['score', f, '--quiet']);
    const two = runCli(['score', f, '--workers', '2', '--quiet']);
    expect(one.code).toBe(1); // 6 stars: rejected
    expect(two).toEqual(one);
    expect(runCli(['score', f, '--workers', 'auto', '--quiet'])).toEqual(one);
    expect(one.stdout.split('\n').length).toBeGreaterThan(1000);
  });

  it('score --per customer --profiles gives each customer the segment of its profile', () => {
    const events = file('p-events.csv', 'customer_id,created_at,kind,comment\nann,2026-02-01,message,great service\nbob,2026-02-02,complaint,never again\n');
    const profiles = file('p-profiles.csv', 'customer_id,segment,followers\nann,gold,120\nbob,basic,0\nann,gold,1\n');
    const r = runCli(['score', events, '--per', 'customer', '--profiles', profiles]);
    expect(r.code).toBe(1); // ann's second profile is set aside
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]!.endsWith(',segment')).toBe(true);
    expect(lines.slice(1).map((l) => [l.split(',')[0], l.split(',').pop()])).toEqual([['ann', 'gold'], ['bob', 'basic']]);
    expect(r.stderr).toContain('profile-duplicate');
    expect(runCli(['score', events, '--profiles', profiles]).stderr).toMatch(/profiles are read per customer/);
    // --trend: each segment's energy at the end of 3 windows of 7 days, instead of the readings.
    const t = runCli(['score', events, '--per', 'customer', '--profiles', profiles, '--trend', '7:3', '--quiet']);
    const rows = t.stdout.trim().split('\n');
    expect(rows[0]).toBe('at,segment,customers,mean_energy,net_energy_score,size_weighted_energy');
    expect(rows.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual([
      '2026-01-19T00:00:00.000Z basic', '2026-01-19T00:00:00.000Z gold',
      '2026-01-26T00:00:00.000Z basic', '2026-01-26T00:00:00.000Z gold',
      '2026-02-02T00:00:00.000Z basic', '2026-02-02T00:00:00.000Z gold',
    ]);
    expect(runCli(['score', events, '--per', 'customer', '--trend', 'fortnight']).stderr).toMatch(/--trend must be week, day or a number of days/);
  });

  it('score writes NDJSON to stdout and maps columns', () => {
    const f = file('mapped.csv', 'who;body\nann;molto bene, grazie\n');
    const r = runCli(['score', f, '--map', 'id=who,text=body', '--format', 'ndjson', '--quiet']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.row).toEqual([['who', 'ann'], ['body', 'molto bene, grazie']]);
    expect(rec.reading.language).toBe('it');
  });

  it('exit 2 with one clear line for a missing file, an unknown column, a bad flag, a bad command', async () => {
    const f = file('ok.csv', 'customer_id,comment\n1,hi\n');
    const cases: [string[], RegExp][] = [
      [['score', join(dir, 'nope.csv')], /cannot read input file/],
      [['score', f, '--map', 'text=body'], /unknown column 'body'/],
      [['score', f, '--map', 'colour=body'], /unknown role 'colour'/],
      [['score', f, '--bogus'], /Unknown option '--bogus'/],
      [['score', f, '--per', 'week'], /--per must be/],
      [['score', f, '--workers', 'many'], /--workers must be auto or a whole number/],
      // No pack for 'de': every row would be read as a neutral 'und' reading (scored 1 of 1, exit 0).
      [['score', f, '--language', 'de'], /--language must be one of en, zh, it/],
      [['spread', '--edges', f], /--edges and --readings are required/],
      [['seeds', '--edges', join(dir, 'none.csv')], /edges file not found/],
      [['frobnicate'], /unknown command 'frobnicate'/],
      // An output path that cannot be written: one line and exit 2, not an 'unexpected failure' (3).
      [['score', f, '--out', join(dir, 'no', 'such', 'out.csv')], /cannot write '.*out\.csv'/],
      [['score', f, '--rejects', join(dir, 'no', 'such', 'rejects.csv')], /cannot write '.*rejects\.csv'/],
      [['spread', '--edges', file('e.csv', 'source,target\na,b\n'), '--readings', file('r.csv', 'customer_id,energy\na,1\n'), '--runs', '5', '--gexf', join(dir, 'no', 'g.gexf')], /cannot write '.*g\.gexf'/],
    ];
    // In process (run() is what the bin calls), then once through the real bin for the exit code.
    for (const [args, message] of cases) {
      let err = '';
      const stderr = new PassThrough().on('data', (d: Buffer) => (err += d.toString()));
      expect(await run(args, stderr), args.join(' ')).toBe(2);
      expect(err.trim()).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
    const r = runCli(['score', join(dir, 'nope.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^customer-energy score: cannot read input file '.*nope\.csv'\n$/);
  });

  it('score --per customer, then spread, seeds and winbacks on its readings', () => {
    const events = file('events.csv', [
      'customer_id,at,kind,text',
      'a,2026-01-01T00:00:00Z,message,"Terrible, never again!"',
      'b,2026-01-02T00:00:00Z,referral,',
      'c,2026-01-02T00:00:00Z,message,Great service thank you',
      'd,2026-01-03T00:00:00Z,contact,',
    ].join('\n'));
    const edges = file('edges.csv', 'source,target,kind\na,b,kin\nb,c,work\nc,d,online\nd,a,neighbour\na,c,kin\n');
    const readings = join(dir, 'readings.csv');
    expect(runCli(['score', events, '--per', 'customer', '--out', readings, '--quiet']).code).toBe(0);
    const gexf = join(dir, 'graph.gexf');
    const spread = runCli(['spread', '--edges', edges, '--readings', readings, '--runs', '200', '--seed', '3', '--format', 'json', '--gexf', gexf]);
    expect(spread.code).toBe(0);
    expect(readFileSync(gexf, 'utf8')).toMatch(/<node id="a" label="a"><attvalues><attvalue for="0" value="-0\.\d+"\/>/);
    const result = JSON.parse(spread.stdout);
    expect(result.runs).toBe(200);
    expect(result.reach.negative.mean).toBeGreaterThanOrEqual(1);
    const seeds = runCli(['seeds', '--edges', edges, '--k', '2', '--seed', '3']);
    expect(seeds.code).toBe(0);
    expect(seeds.stdout).toMatch(/marginal gain/);
    const wins = runCli(['winbacks', '--edges', edges, '--readings', readings, '--k', '2', '--seed', '3']);
    expect(wins.code).toBe(0);
    expect(wins.stdout).toMatch(/win back first/);
    expect(runCli(['seeds', '--edges', edges, '--epsilon', '2']).code).toBe(2);
  });

  it('edge lines the reader sets aside (extra cells, a broken quote) count as rejected; readings without ties still count', async () => {
    // Lines 3 (4 cells) and 4 (a quote never closed) are set aside: 2 edge rows rejected, so exit 1.
    // Chances are 0, so nobody tells anyone: reach = the origins. a (+0.8) is positive; z (−0.6)
    // has no relationship but is a customer with negative energy, an origin: negative reach 1.
    const edges = file('ragged-edges.csv', 'source,target,probability\na,b,0\nb,c,0,extra\n"c,d,0\n');
    const readings = file('readings-iso.csv', 'customer_id,energy\na,0.8\nz,-0.6\n');
    const quiet = new PassThrough();
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      expect(await run(['spread', '--edges', edges, '--readings', readings, '--runs', '20', '--quiet', '--format', 'json'], quiet)).toBe(1);
      expect(await run(['seeds', '--edges', edges, '--k', '1', '--quiet', '--format', 'json'], quiet)).toBe(1);
      expect(await run(['winbacks', '--edges', edges, '--readings', readings, '--k', '1', '--quiet', '--format', 'json'], quiet)).toBe(1);
    } finally {
      process.stdout.write = write;
    }
    const spread = JSON.parse(out[0]!);
    expect(spread.reach.positive.mean).toBe(1);
    expect(spread.reach.negative.mean).toBe(1);
    const wins = JSON.parse(out[2]!);
    expect(wins.negativeCustomers).toBe(1);
    expect(wins.winBacks.map((w: { customerId: string }) => w.customerId)).toEqual(['z']);
  });

  it('seeds: k above the candidates picks every candidate, as k above the customers does', async () => {
    // 3 customers, a is negative: candidates b and c. --k 10 picks both (k is cut to the 2
    // candidates, as it is cut to the customers without --readings); it was an exit-2 error.
    const edges = file('path-edges.csv', 'source,target\na,b\nb,c\n');
    const readings = file('path-readings.csv', 'customer_id,energy\na,-0.5\nb,0.5\nc,0.5\n');
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      expect(await run(['seeds', '--edges', edges, '--readings', readings, '--k', '10', '--quiet', '--format', 'json'], new PassThrough())).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const picked = JSON.parse(out[0]!).seeds.map((x: { customerId: string }) => x.customerId);
    expect([...picked].sort()).toEqual(['b', 'c']);
  });

  it('a reading whose level or size is not a valid number is rejected and counted, not used without it', async () => {
    // Lines 3 (level 'high') and 4 (size −2) are set aside: 2 reading rows rejected, exit 1; only
    // a and d are origins (the chances are 0: reach = origins, 1 negative + 1 positive).
    const edges = file('lv-edges.csv', 'source,target,probability\na,b,0\nc,d,0\n');
    const readings = file('lv-readings.csv', 'customer_id,energy,level,size\na,-0.5,0.5,1\nb,0.5,high,1\nc,0.5,0.5,-2\nd,0.4,,\n');
    let err = '';
    const write = process.stderr.write;
    const out: string[] = [];
    const writeOut = process.stdout.write;
    process.stderr.write = ((chunk: string) => (err += String(chunk)).length > 0) as typeof process.stderr.write;
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      expect(await run(['spread', '--edges', edges, '--readings', readings, '--runs', '10', '--format', 'json'], new PassThrough())).toBe(1);
    } finally {
      process.stderr.write = write;
      process.stdout.write = writeOut;
    }
    expect(err).toMatch(/2 reading rows and 0 edge rows rejected/);
    const r = JSON.parse(out[0]!);
    expect([r.reach.negative.mean, r.reach.positive.mean]).toEqual([1, 1]);
  });

  it('edge cells: directed yes is one arc; a directed or probability cell it cannot read rejects the row', async () => {
    // a→b (directed yes): 1 arc. b,c has probability 0x1 (not a decimal: was read as 1) and c,d has
    // directed 'maybe' (was taken as undirected, two arcs): both rejected. Graph: a, b, z; 1 arc.
    const edges = file('cells-edges.csv', 'source,target,probability,directed\na,b,0.5,yes\nb,c,0x1,\nc,d,0.5,maybe\n');
    const readings = file('cells-readings.csv', 'customer_id,energy\nz,0.5\n');
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      expect(await run(['spread', '--edges', edges, '--readings', readings, '--runs', '10', '--quiet'], new PassThrough())).toBe(1);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join('')).toMatch(/^graph: 3 customers, 1 arcs \(2 edge rows rejected\)/);
  });

  it('spread, seeds and winbacks exit 1 when edge rows were rejected (a self loop)', async () => {
    const edges = file('dirty-edges.csv', 'source,target\na,b\nb,b\n');
    const readings = file('readings-in.csv', 'customer_id,energy\na,-0.8\nb,0.2\n');
    const quiet = new PassThrough();
    expect(await run(['spread', '--edges', edges, '--readings', readings, '--runs', '50', '--quiet', '--format', 'json'], quiet)).toBe(1);
    expect(await run(['winbacks', '--edges', edges, '--readings', readings, '--k', '1', '--quiet', '--format', 'json'], quiet)).toBe(1);
    expect(await run(['seeds', '--edges', edges, '--k', '1', '--quiet', '--format', 'json'], quiet)).toBe(1);
  });
});
