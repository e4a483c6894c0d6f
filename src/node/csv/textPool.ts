import { Worker } from 'node:worker_threads';
import { CustomerEnergyError, InvalidOptionError } from '../../errors';
import type { ScoreTextOptions } from '../../text/scoreText';
import type { TextReading } from '../../text/schema';
import { resolveWorker } from '../resolveWorker';
import type { CsvOutputFormat } from './rowOutput';

/** What the customer scorer reads of a text (as energyTrend keeps it): energy, confidence, traits, emotions. */
export type TextEssentials = Pick<TextReading, 'energy' | 'confidence' | 'traits' | 'emotions'>;

/** Sent once to each worker: what it does with a batch. @internal */
export interface TextSetup {
  type: 'setup';
  /** `'rows'`: score and format each row (row output). `'readings'`: score each text only. */
  mode: 'rows' | 'readings';
  header: readonly string[];
  format: CsvOutputFormat;
  delimiter: string;
  text: ScoreTextOptions | undefined;
}

/** A batch of rows, in input order. @internal */
export interface TextJob {
  type: 'job';
  id: number;
  /** Line of each row (row mode), its cells (row mode) and its text ('' when none). */
  lines: number[];
  cells: (readonly string[])[];
  texts: string[];
}

/** A worker's answer to a batch. @internal */
export type TextReply =
  | { id: number; ok: true; text?: string; readings?: (TextEssentials | null)[] }
  | { id: number; ok: false; message: string; code?: string; path?: (string | number)[] };

/** What a batch gives back: the rows formatted (row mode), or each text's essentials (null: no text). */
export interface TextBatchResult {
  text: string;
  readings: (TextEssentials | null)[];
}

/** Worker threads that score batches of texts. @internal */
export interface TextPool {
  /** Score a batch on the least busy worker. Rejects with `E_WORKER` when a worker fails. */
  run(lines: number[], cells: (readonly string[])[], texts: string[]): Promise<TextBatchResult>;
  /** Stop every worker. */
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: TextBatchResult) => void; reject: (e: Error) => void }>;
  /** Why the worker stopped, once it has. */
  dead: string | undefined;
}

/** A worker's error as the main thread would have thrown it: option errors keep their class. */
function rethrown(m: { message: string; code?: string; path?: (string | number)[] }): Error {
  if (m.code === 'E_OPTION_INVALID') return new InvalidOptionError(m.message, m.path);
  return new CustomerEnergyError('E_WORKER', `text worker failed: ${m.message}`, ['options', 'workers']);
}

/**
 * Start `size` worker threads (textWorker) set up for one scoreCsv run. The setup is sent at
 * once, so text options that cannot be copied to a thread (a function inside) throw
 * `InvalidOptionError` here, before any row is read. A worker that fails or exits rejects its
 * pending batches with `CustomerEnergyError` `E_WORKER`. O(size) start-ups (tens of ms each).
 *
 * @example
 * const pool = createTextPool(2, { type: 'setup', mode: 'rows', header, format: 'csv', delimiter: ',', text: undefined });
 * const { text } = await pool.run([2], [['c1', 'Great!']], ['Great!']);
 * await pool.close();
 */
export function createTextPool(size: number, setup: TextSetup): TextPool {
  const { source, options } = resolveWorker('textWorker');
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  const fail = (slot: Slot, message: string): void => {
    slot.dead = message;
    for (const p of slot.pending.values()) p.reject(rethrown({ message }));
    slot.pending.clear();
  };
  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: new Worker(source, options), pending: new Map(), dead: undefined };
    slots.push(slot);
    slot.worker.on('message', (m: TextReply) => {
      const p = slot.pending.get(m.id);
      if (p === undefined) return;
      slot.pending.delete(m.id);
      if (m.ok) p.resolve({ text: m.text ?? '', readings: m.readings ?? [] });
      else p.reject(rethrown(m));
    });
    slot.worker.on('error', (e) => fail(slot, e.message));
    slot.worker.on('exit', (code) => {
      if (!closed) fail(slot, `exited with code ${code}`);
    });
    try {
      slot.worker.postMessage(setup);
    } catch (e) {
      closed = true;
      for (const s of slots) void s.worker.terminate();
      throw new InvalidOptionError(`text options cannot be sent to worker threads (${e instanceof Error ? e.message : String(e)}): use workers: 0`, ['options', 'text']);
    }
  }
  return {
    run(lines, cells, texts) {
      let slot: Slot | undefined;
      for (const s of slots) if (s.dead === undefined && (slot === undefined || s.pending.size < slot.pending.size)) slot = s;
      if (slot === undefined) return Promise.reject(rethrown({ message: slots[0]?.dead ?? 'no worker' }));
      const id = nextId++;
      const chosen = slot;
      const job: TextJob = { type: 'job', id, lines, cells, texts };
      return new Promise<TextBatchResult>((resolve, reject) => {
        chosen.pending.set(id, { resolve, reject });
        chosen.worker.postMessage(job);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
