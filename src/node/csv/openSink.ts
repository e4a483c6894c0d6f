import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { CustomerEnergyError } from '../../errors';

/** A buffered text sink over a Writable, honouring backpressure. @internal */
export interface Sink {
  write(text: string): void;
  /** Flush the buffer when it is large; resolves once the stream can take more. */
  maybeFlush(): Promise<void>;
  /** Flush everything and end the stream if we opened it (a caller's stream is left open). */
  close(): Promise<void>;
}

/** Buffer up to this many characters before writing: 64 k, the default stream high-water mark. */
const FLUSH_AT = 65_536;

/**
 * Open a path (created or truncated) or wrap a caller's Writable. A path that cannot be written
 * (no such folder, no permission) fails as a CustomerEnergyError `E_IO` at `path` (the option that
 * named it), as a missing input does; a caller's stream fails with its own error. @internal
 */
export function openSink(target: string | Writable, path: readonly (string | number)[] = []): Sink {
  const owned = typeof target === 'string';
  const stream: Writable = owned ? createWriteStream(target) : target;
  let buf = '';
  let failed: Error | null = null;
  const named = (e: Error): Error => (owned ? new CustomerEnergyError('E_IO', `cannot write '${target}': ${e.message}`, path) : e);
  stream.on('error', (e: Error) => {
    failed = named(e);
  });
  const flush = async (): Promise<void> => {
    if (failed) throw failed;
    if (buf.length === 0) return;
    const ok = stream.write(buf);
    buf = '';
    if (!ok) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = (): void => {
          stream.off('error', onError);
          resolve();
        };
        const onError = (e: Error): void => {
          stream.off('drain', onDrain);
          reject(named(e));
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
    }
  };
  return {
    write(text) {
      buf += text;
    },
    async maybeFlush() {
      if (failed) throw failed; // fail fast: do not score a whole file into a stream that is gone
      if (buf.length >= FLUSH_AT) await flush();
    },
    async close() {
      await flush();
      if (owned) {
        if (failed) throw failed;
        await new Promise<void>((resolve, reject) => {
          stream.once('error', (e: Error) => reject(named(e)));
          stream.end(() => resolve());
        });
      }
    },
  };
}
