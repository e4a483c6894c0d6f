import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { energyTrend } from '../../../src/energy/energyTrend';
import { scoreCustomers } from '../../../src/energy/scoreCustomers';
import { CustomerEnergyError, InvalidOptionError } from '../../../src/errors';
import { scoreCsv, type ScoreCsvOptions } from '../../../src/node/csv/scoreCsv';
import { bytesStream, collector } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ce-profiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

// Events of four customers; ann and bob are the same but for their profiles.
const EVENTS = [
  'customer_id,created_at,kind,amount,comment',
  'ann,2026-02-01,purchase,40,',
  'ann,2026-02-10,message,,"Great service, thank you!"',
  'bob,2026-02-01,purchase,40,',
  'bob,2026-02-10,message,,"Great service, thank you!"',
  'cy,2026-02-05,complaint,,"Never again"',
  'dee,2026-02-06,referral,,',
].join('\n');

// Line 2 ann; 3 bob; then every kind of bad row, then a profile-only customer.
const PROFILES = [
  'Customer ID,Tier,Total Spend,Followers,Role',
  'ann,gold,"1.200,50","12,000",influencer',
  'bob,basic,40,0,none',
  'cy,basic,-5,,', // negative spend
  'dee,basic,abc,,', // not a number
  'dee,basic,10,,moderator,extra', // wrong cell count
  ',basic,10,,', // no id
  'eve,basic,10,,wizard', // unknown role
  'ann,silver,1,,', // a second profile
  'fay,"unterminated,10,,',
  'gus,vip,5000,,ambassador',
].join('\n');

// The same records as the library's inputs.
const BY_HAND_EVENTS = [
  { customerId: 'ann', at: '2026-02-01', kind: 'purchase', amount: 40 },
  { customerId: 'ann', at: '2026-02-10', kind: 'message', text: 'Great service, thank you!' },
  { customerId: 'bob', at: '2026-02-01', kind: 'purchase', amount: 40 },
  { customerId: 'bob', at: '2026-02-10', kind: 'message', text: 'Great service, thank you!' },
  { customerId: 'cy', at: '2026-02-05', kind: 'complaint', text: 'Never again' },
  { customerId: 'dee', at: '2026-02-06', kind: 'referral' },
];
const BY_HAND_PROFILES = [
  { customerId: 'ann', segment: 'gold', spend: 1200.5, followers: 12000, role: 'influencer' },
  { customerId: 'bob', segment: 'basic', spend: 40, followers: 0 },
  { customerId: 'gus', segment: 'vip', spend: 5000, role: 'ambassador' },
];

async function run(events: string | 'stream', options: ScoreCsvOptions) {
  const out = collector();
  const rejects = collector();
  const summary = await scoreCsv(events === 'stream' ? bytesStream(new TextEncoder().encode(EVENTS), 40) : events, {
    per: 'customer',
    format: 'ndjson',
    ...options,
    out: out.stream,
    rejects: rejects.stream,
  });
  const text = out.text();
  const readings = (options.format ?? 'ndjson') === 'ndjson' ? text.trim().split('\n').map((l) => JSON.parse(l)) : [];
  return { summary, out: text, rejects: rejects.text(), readings };
}

describe('scoreCsv per customer with a profiles file', () => {
  const events = file('events.csv', `${EVENTS}\n`);
  const profiles = file('profiles.csv', `${PROFILES}\n`);

  it('gives readings the segment and size of their profile, as scoreCustomers does with the same profiles', async () => {
    const r = await run(events, { profiles });
    const byId = new Map(r.readings.map((x) => [x.customerId, x]));
    expect(byId.get('ann').segment).toBe('gold');
    expect(byId.get('bob').segment).toBe('basic');
    // Same events, but ann spent 1200.5 and has 12 000 followers as an influencer: she weighs more.
    expect(byId.get('ann').energy).toBe(byId.get('bob').energy);
    expect(byId.get('ann').size).toBeGreaterThan(byId.get('bob').size);
    expect(byId.get('ann').economicStrength).toBe(1200.5);
    // gus has a profile and no event: a reading all the same (as scoreCustomers gives).
    expect(byId.get('gus')).toMatchObject({ segment: 'vip', energy: 0, counts: { events: 0 } });
    const byHand = scoreCustomers({ events: BY_HAND_EVENTS, profiles: BY_HAND_PROFILES }, { now: Date.UTC(2026, 1, 10) });
    expect(r.readings).toEqual(JSON.parse(JSON.stringify(byHand.readings)));
  });

  it('writes energyTrend points instead of readings with trend (same points as energyTrend on the same records)', async () => {
    const trend = { every: { days: 3 }, windows: 4 };
    const r = await run(events, { profiles, trend });
    const byHand = energyTrend({ events: BY_HAND_EVENTS, profiles: BY_HAND_PROFILES }, { now: Date.UTC(2026, 1, 10), ...trend });
    expect(r.readings).toEqual(byHand);
    expect(new Set(byHand.map((p) => p.segment))).toEqual(new Set(['all', 'basic', 'gold', 'vip'])); // cy and dee have no profile: 'all'
    expect(r.summary.customers).toBe(5); // at the last window: ann, bob, cy, dee, gus
    expect(r.summary.rowsRead).toBe(r.summary.rowsScored + r.summary.rowsRejected);
    expect(r.summary.profiles).toEqual({ read: 10, used: 3, rejected: 7 });
    const csv = await run(events, { profiles, trend, format: 'csv' });
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toBe('at,segment,customers,mean_energy,net_energy_score,size_weighted_energy');
    expect(lines).toHaveLength(1 + byHand.length);
    await expect(scoreCsv(events, { trend })).rejects.toThrow(InvalidOptionError); // per row
    await expect(scoreCsv(events, { per: 'customer', trend: { windowz: 3 } as never })).rejects.toThrow('windowz is not an option');
    await expect(scoreCsv(events, { per: 'customer', trend: { windows: 0 } })).rejects.toThrow(InvalidOptionError);
  });

  it('sets aside every bad profile row with its line and reason, and the counts reconcile', async () => {
    const r = await run(events, { profiles });
    const bad = r.summary.issues.filter((i) => i.path?.[0] === 'profiles');
    expect(bad.map((i) => [i.line, i.code])).toEqual([
      [4, 'profile-invalid-field'],
      [5, 'invalid-number'],
      [6, 'wrong-cell-count'],
      [7, 'empty-id'],
      [8, 'profile-invalid-field'],
      [9, 'profile-duplicate'],
      [10, 'broken-quote'],
    ]);
    expect(bad[0]!.path).toEqual(['profiles', 'Total Spend']);
    expect(r.summary.profiles).toEqual({ read: 10, used: 3, rejected: 7 });
    expect(r.summary.rowsRead).toBe(r.summary.rowsScored + r.summary.rowsRejected);
    expect(r.summary.rowsRejected).toBe(0);
    // The rejects file lists them too, with the profiles file's raw rows.
    expect(r.rejects).toContain('eve,basic,10,,wizard');
    expect(r.rejects.split('\n').filter((l) => /^\d/.test(l))).toHaveLength(7);
  });

  it('gives the same readings, rejects and summary on every path: first pass, now given, a stream kept whole, workers', async () => {
    const first = await run(events, { profiles });
    const now = await run(events, { profiles, now: '2026-02-10' });
    const kept = await run('stream', { profiles });
    const workers = await run(events, { profiles, workers: 2 });
    for (const other of [now, workers]) {
      expect(other.out).toBe(first.out);
      expect(other.rejects).toBe(first.rejects);
      expect(other.summary).toEqual(first.summary);
    }
    expect(kept.out).toBe(first.out);
    expect(kept.summary.profiles).toEqual(first.summary.profiles);
  });

  it('writes the segment in per-customer CSV; maps profile columns; misuse throws', async () => {
    const csv = await run(events, { profiles, format: 'csv' });
    const lines = csv.out.trim().split('\n');
    expect(lines[0]!.endsWith(',summary,segment')).toBe(true);
    expect(lines.find((l) => l.startsWith('ann,'))!.endsWith(',gold')).toBe(true);
    const renamed = file('renamed.csv', 'who,group\nann,north\n');
    const mapped = await run(events, { profiles: renamed, profileColumns: { id: 'who', segment: 'group' } });
    expect(mapped.readings.find((x) => x.customerId === 'ann').segment).toBe('north');
    await expect(scoreCsv(events, { profiles })).rejects.toThrow(InvalidOptionError); // per row
    await expect(scoreCsv(events, { per: 'customer', profiles: join(dir, 'none.csv') })).rejects.toThrow(CustomerEnergyError);
    await expect(scoreCsv(events, { per: 'customer', profiles: renamed, profileColumns: { id: 'nope' } })).rejects.toThrow(InvalidOptionError);
    await expect(scoreCsv(events, { per: 'customer', profiles: file('noid.csv', 'tier\ngold\n') })).rejects.toThrow('no customer id column');
  });
});
