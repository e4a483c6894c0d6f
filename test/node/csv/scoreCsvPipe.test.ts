import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreCsv } from '../../../src/node/csv/scoreCsv';
import { collector } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ce-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).error === undefined;

describe('scoreCsv on a path that is a pipe (/dev/stdin, a named pipe)', () => {
  it.runIf(hasMkfifo)('per customer without now reads it once, buffered, instead of a first pass that drains it', async () => {
    // Two customers, three rows. A pipe can be read once: the first pass (finding the latest date)
    // used to drain it, and the scoring pass then waited for a writer forever (or, on /dev/stdin,
    // saw an empty input). Read once, the rows are kept until the end, as for a stream.
    const fifo = join(dir, 'events.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    createWriteStream(fifo).end(
      'customer_id,at,kind,text\na,2026-01-01,message,Terrible never again\nb,2026-01-02,message,Great service\na,2026-01-03,message,still angry\n',
    );
    const out = collector();
    const s = await scoreCsv(fifo, { per: 'customer', out: out.stream, format: 'ndjson' });
    expect(s).toMatchObject({ rowsRead: 3, rowsScored: 3, rowsRejected: 0, customers: 2 });
    expect(s.issues[0]).toMatchObject({ severity: 'warning', code: 'customers-buffered' });
    expect(out.text().trim().split('\n').map((l) => JSON.parse(l).customerId)).toEqual(['a', 'b']);
  }, 8000);
});
