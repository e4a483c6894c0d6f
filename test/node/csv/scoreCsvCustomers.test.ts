import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EnergyReadingSchema } from '../../../src/energy/schema';
import { CsvRowResultSchema } from '../../../src/export/csvResultSchemas';
import { scoreCsv } from '../../../src/node/csv/scoreCsv';
import { bytesStream, collector } from './helpers';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('scoreCsv per customer', () => {
  const CSV = [
    'customer_id,at,kind,score,text',
    'ann,2026-03-01T09:00:00Z,message,,"Waited three weeks, still no refund. Never again!"',
    'ann,2026-03-02T09:00:00Z,contact,,',
    'bob,2026-03-01,referral,,',
    'bob,2026-03-02,nps,11,', // NPS 11: rejected by scoreCustomers, reported with its line (5)
    'cat,2026-03-03,message,,', // a message without text: rejected (line 6)
  ].join('\n');

  it('writes one row per customer and reports the events scoreCustomers rejects, with their lines', async () => {
    const out = collector();
    const rejects = collector();
    const s = await scoreCsv(bytesStream(enc(CSV)), { per: 'customer', out: out.stream, rejects: rejects.stream });
    expect(s).toMatchObject({ rowsRead: 5, rowsScored: 3, rowsRejected: 2, customers: 2 });
    // A stream without `now` is kept whole until the end: the summary says so first.
    expect(s.issues[0]).toMatchObject({ severity: 'warning', code: 'customers-buffered' });
    expect(s.issues.slice(1).map((i) => i.line)).toEqual([5, 6]);
    const lines = out.text().trim().split('\n');
    expect(lines[0]).toBe('customer_id,energy,level,polarity,size,confidence,traits,emotions,events,texts,summary,segment');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['ann', 'bob']);
    expect(lines[1]).toContain(',negative,');
    expect(lines[2]).toContain(',positive,');
  });

  it('defaults now to the latest date in the file (no hidden clock): same bytes every run', async () => {
    const a = collector();
    const b = collector();
    await scoreCsv(bytesStream(enc(CSV)), { per: 'customer', out: a.stream, format: 'ndjson' });
    await scoreCsv(bytesStream(enc(CSV), 3), { per: 'customer', out: b.stream, format: 'ndjson', now: '2026-03-03T00:00:00Z' });
    expect(a.text()).toBe(b.text());
    for (const l of a.text().trim().split('\n')) EnergyReadingSchema.parse(JSON.parse(l));
  });

  it('needs a date column for per-customer scoring', async () => {
    await expect(scoreCsv(bytesStream(enc('customer_id,text\n1,hi\n')), { per: 'customer' })).rejects.toMatchObject({ code: 'E_INPUT_INVALID' });
  });
});

describe('scoreCsv streaming', () => {
  it('writes JSON row output that parses as an array of CsvRowResults, with the real text reading', async () => {
    const out = collector();
    await scoreCsv(bytesStream(enc('id,text\n1,"Great service, thank you!"\n2,服务太差了，非常失望\n')), { out: out.stream, format: 'json' });
    const rows = (JSON.parse(out.text()) as unknown[]).map((r) => CsvRowResultSchema.parse(r));
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows[0]!.reading.energy).toBeGreaterThan(0);
    expect(rows[1]!.reading.energy).toBeLessThan(0);
    expect(rows[1]!.reading.language).toBe('zh');
  });

  it('waits for a slow writable (backpressure) and loses nothing', async () => {
    let written = '';
    let calls = 0;
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, cb) {
        calls++;
        written += chunk.toString();
        setTimeout(cb, 1);
      },
    });
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},text number ${i} is fine`).join('\n');
    const s = await scoreCsv(bytesStream(enc(`id,text\n${rows}\n`), 4096), { out: slow });
    expect(s.rowsScored).toBe(3000);
    expect(written.trim().split('\n')).toHaveLength(3001);
    expect(calls).toBeGreaterThan(1);
  });

  it('reconciles counts for any mix of good and broken rows (property)', async () => {
    const good = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom('great', 'terrible. never again', '"quoted, fine"', '很好'), fc.constantFrom('2024-01-01', ''), fc.constantFrom('1', '5', ''));
    const bad = fc.constantFrom('x,"open quote,2024-01-01,3', ',no id,2024-01-01,3', '1,t,2024-99-01,3', '1,t,2024-01-01,6', '1,too,many,cells,here', '1,few');
    const row = fc.oneof(good.map(([id, t, d, r]) => ({ text: `${id},${t},${d},${r}`, bad: false })), bad.map((text) => ({ text, bad: true })));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        const csv = `customer_id,comment,date,stars\n${rows.map((r) => r.text).join('\n')}\n`;
        const s = await scoreCsv(bytesStream(enc(csv), 11));
        expect(s.rowsRead).toBe(rows.length);
        expect(s.rowsRejected).toBe(rows.filter((r) => r.bad).length);
        expect(s.rowsScored + s.rowsRejected).toBe(s.rowsRead);
        expect(s.issues.map((i) => i.line)).toEqual(rows.flatMap((r, i) => (r.bad ? [i + 2] : [])));
      }),
      { numRuns: 60 },
    );
  });
});
