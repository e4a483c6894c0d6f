import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataIssue } from '../../../src/issues';
import { scoreCsv } from '../../../src/node/csv/scoreCsv';
import { bytesStream, collector } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ce-customer-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = ['Great service, thank you!', 'Waited three weeks, still no refund. Never again!', '服务太差了，非常失望', 'Ottimo servizio, grazie', '"quoted, with a\nline break"', 'Fine.', ''];
const KINDS = ['', 'purchase', 'refund', 'contact', 'message', 'nps', 'referral', 'warranty-claim'];

/** A dirty export: 600 rows, 70 customers (ids 0-39 and c0-c39 on every 7th row), broken rows of every kind, core rejects (NPS 11, empty message). */
function dirtyCsv(): string {
  const lines = ['customer_id,created_at,kind,stars,score,amount,order_id,comment'];
  for (let i = 0; i < 600; i++) {
    const id = i % 7 === 0 ? `c${i % 40}` : String(i % 40);
    const day = 1 + ((i * 13) % 28);
    const kind = KINDS[i % KINDS.length]!;
    const score = kind === 'nps' ? String(i % 13) : ''; // 11 and 12 are out of range: rejected by the scorer
    const stars = kind === '' && i % 3 === 0 ? String(1 + (i % 5)) : '';
    const amount = kind === 'purchase' || kind === 'refund' ? String(10 + (i % 90)) : '';
    const order = kind === 'contact' || kind === 'purchase' ? String(i % 5) : '';
    const text = TEXTS[i % TEXTS.length]!;
    lines.push(`${id},2026-02-${String(day).padStart(2, '0')},${kind},${stars},${score},${amount},${order},${text.startsWith('"') ? text : `"${text}"`}`);
    if (i % 97 === 0) lines.push(`${id},2026-99-01,message,,,,,bad date`);
    if (i % 89 === 0) lines.push(`,2026-02-01,message,,,,,no id`);
    if (i % 83 === 0) lines.push(`${id},2026-02-02,,9,,,,stars out of range`);
    if (i % 79 === 0) lines.push(`${id},2026-02-02,message,too,few`);
  }
  lines.push('c1,2026-03-01,message,,,,,"an unterminated quote');
  return `${lines.join('\n')}\n`;
}

const byLine = (issues: DataIssue[]): DataIssue[] => issues.filter((i) => i.severity === 'rejected').sort((a, b) => a.line! - b.line!);

describe('scoreCsv per customer, streamed into createCustomerScorer', () => {
  const csv = dirtyCsv();
  const path = join(dir, 'dirty.csv');
  writeFileSync(path, csv);
  const bytes = new TextEncoder().encode(csv);

  it('gives the same readings and rejects on every path: buffered stream, file (first pass), now given', async () => {
    const run = async (input: string | ReturnType<typeof bytesStream>, now?: string | number) => {
      const out = collector();
      const s = await scoreCsv(input, { per: 'customer', out: out.stream, format: 'ndjson', maxIssues: 10_000, ...(now !== undefined ? { now } : {}) });
      return { s, text: out.text() };
    };
    const buffered = await run(bytesStream(bytes, 4096));
    const file = await run(path);
    // The latest valid date is 2026-02-28 (day 1 + (i·13 mod 28) reaches 28); the 2026-03-01 row is broken.
    const fileNow = await run(path, '2026-02-28T00:00:00Z');
    const streamNow = await run(bytesStream(bytes, 1000), Date.UTC(2026, 1, 28));
    expect(buffered.s.issues[0]).toMatchObject({ severity: 'warning', code: 'customers-buffered' });
    for (const r of [file, fileNow, streamNow]) {
      expect(r.text).toBe(buffered.text);
      expect(r.s.issues.some((i) => i.severity === 'warning')).toBe(false);
      expect(byLine(r.s.issues)).toEqual(byLine(buffered.s.issues));
      expect(r.s).toMatchObject({ rowsRead: buffered.s.rowsRead, rowsScored: buffered.s.rowsScored, rowsRejected: buffered.s.rowsRejected, customers: buffered.s.customers });
    }
    const codes = new Set(byLine(file.s.issues).map((i) => i.code));
    for (const c of ['invalid-date', 'empty-id', 'rating-out-of-range', 'wrong-cell-count', 'out-of-range', 'invalid-field']) expect(codes).toContain(c);
    expect(file.s.rowsRead).toBe(file.s.rowsScored + file.s.rowsRejected);
    expect(file.s.customers).toBe(buffered.text.trim().split('\n').length);
  });

  it('streams rejects in line order when now is known (the scorer rejects at add, not at the end)', async () => {
    const rejects = collector();
    const s = await scoreCsv(path, { per: 'customer', rejects: rejects.stream, rejectsFormat: 'ndjson', maxIssues: 0 });
    const lines = rejects.text().trim().split('\n').map((l) => (JSON.parse(l) as DataIssue).line!);
    expect(lines).toHaveLength(s.rowsRejected);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(s.issues).toEqual([]);
    expect(s.issuesTruncated).toBe(true);
  });

  it('rejects events after a given now as they stream (future-event), and scores the rest', async () => {
    const s = await scoreCsv(path, { per: 'customer', now: '2026-02-14T00:00:00Z', maxIssues: 10_000 });
    const future = s.issues.filter((i) => i.code === 'future-event');
    expect(future.length).toBeGreaterThan(0);
    for (const i of future) expect(JSON.parse(i.record as string).at).toBeGreaterThan(Date.UTC(2026, 1, 14));
    expect(s.rowsRead).toBe(s.rowsScored + s.rowsRejected);
  });

  it('still reports a header without a date column for a file without now (first pass, then the error)', async () => {
    const p = join(dir, 'nodate.csv');
    writeFileSync(p, 'customer_id,text\n1,hi\n');
    await expect(scoreCsv(p, { per: 'customer' })).rejects.toMatchObject({ code: 'E_INPUT_INVALID' });
  });
});
