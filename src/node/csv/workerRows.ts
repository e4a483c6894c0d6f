import type { CsvInteraction } from '../../export/csvInteractionSchema';
import type { DataIssue } from '../../issues';
import type { TextBatchResult, TextEssentials, TextPool } from './textPool';

/**
 * Rows per batch sent to a worker thread: about 5 ms of scoring, so the message costs (tens of
 * µs each way) stay near 1%. Measured (1 M bench rows, 2 workers, 2 cores): 128, 512 and 2 048
 * rows per batch gave 141-147 k, 148-150 k and 146-149 k rows/s: flat; smaller batches hold less.
 */
const WORKER_BATCH_ROWS = 512;
/** Batches in flight per worker: one being scored while the next waits, so a worker never idles. */
const WORKER_BATCHES_AHEAD = 2;

/** Where rows come out of the workers, in input order. */
export interface WorkerRowsSink {
  /** A reject met before the workers (a broken or invalid row), in its place among the rows. */
  reject(issue: DataIssue): void;
  /** Row output: `count` rows, scored and formatted by a worker into `text`. */
  rows(count: number, text: string): void;
  /** Per customer: one row, with what the customer scorer reads of its text (null: none). */
  customerRow(row: CsvInteraction, line: number, text: string, reading: TextEssentials | null): void;
  /** Called after each batch is written (backpressure). */
  flush(): Promise<void>;
}

/** Rows on their way to a worker thread, with the rejects between them, in input order. */
interface RowBatch {
  /** A row (its index in the columns below) or a reject, in input order. */
  order: (number | DataIssue)[];
  lines: number[];
  /** The row's cells (row output; let go once posted) or its parsed interaction (per customer). */
  cells: (readonly string[])[];
  rows: CsvInteraction[];
  texts: string[];
}

const newBatch = (): RowBatch => ({ order: [], lines: [], cells: [], rows: [], texts: [] });

/** The ordered pipeline of {@link createWorkerRows}. @internal */
export interface WorkerRows {
  /** A rejected row, kept in its place. */
  setAside(issue: DataIssue): void;
  /** A valid row: its cells (row output) or its interaction (per customer), and its text. */
  push(line: number, cells: readonly string[], row: CsvInteraction, text: string): void;
  /** Hand finished batches to the sink in order; with `all`, every batch (the input has ended). */
  settle(all: boolean): Promise<void>;
}

/**
 * scoreCsv's rows on worker threads: rows and the rejects between them are grouped in batches of
 * 512, each batch's texts go to the least busy worker, and batches come back to `sink` in input
 * order, so output, rejects and issues are the bytes and order of a one-thread run. At most
 * `workers × 2` batches are in flight (`settle` waits beyond that), so memory stays constant in
 * rows. A worker's failure rejects when its batch is settled. O(rows) in all. @internal
 *
 * @example
 * const rows = createWorkerRows(pool, 'row', 2, sink);
 * rows.push(2, cells, row, row.text ?? ''); await rows.settle(false); // ... await rows.settle(true);
 */
export function createWorkerRows(pool: TextPool, per: 'row' | 'customer', workers: number, sink: WorkerRowsSink): WorkerRows {
  let current = newBatch();
  const inFlight: { batch: RowBatch; result: Promise<TextBatchResult>; done: boolean }[] = [];
  const dispatch = (): void => {
    if (current.order.length === 0) return;
    const batch = current;
    current = newBatch();
    const result = batch.texts.length > 0 ? pool.run(batch.lines, batch.cells, batch.texts) : Promise.resolve({ text: '', readings: [] });
    // Posted (copied to the worker): the cells, slices of their input chunks, need not be kept.
    batch.cells = [];
    const entry = { batch, result, done: false };
    // Marks it done for settle; a failure is seen when the batch is awaited.
    result.then(
      () => (entry.done = true),
      () => (entry.done = true),
    );
    inFlight.push(entry);
  };
  return {
    setAside(issue) {
      current.order.push(issue);
    },
    push(line, cells, row, text) {
      current.order.push(current.lines.length);
      current.lines.push(line);
      current.texts.push(text);
      if (per === 'row') current.cells.push(cells);
      else current.rows.push(row);
      if (current.lines.length === WORKER_BATCH_ROWS) dispatch();
    },
    async settle(all) {
      if (all) dispatch();
      const ahead = workers * WORKER_BATCHES_AHEAD;
      while (inFlight.length > 0 && (all || inFlight[0]!.done || inFlight.length > ahead)) {
        const { batch, result } = inFlight.shift()!;
        const done = await result;
        for (const item of batch.order) {
          if (typeof item !== 'number') sink.reject(item);
          else if (per === 'customer') sink.customerRow(batch.rows[item]!, batch.lines[item]!, batch.texts[item]!, done.readings[item] ?? null);
        }
        if (per === 'row' && batch.texts.length > 0) sink.rows(batch.texts.length, done.text);
        await sink.flush();
      }
    },
  };
}
