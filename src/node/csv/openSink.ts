import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

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

/** Open a path (created or truncated) or wrap a caller's Writable. @internal */
export function openSink(target: string | Writable): Sink {
  const owned = typeof target === 'string';
  const stream: Writable = owned ? createWriteStream(target) : target;
  let buf = '';
  let failed: Error | null = null;
  stream.on('error', (e: Error) => {
    failed = e;
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
          reject(e);
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
      if (buf.length >= FLUSH_AT) await flush();
    },
    async close() {
      await flush();
      if (owned) {
        await new Promise<void>((resolve, reject) => {
          stream.once('error', reject);
          stream.end(() => resolve());
        });
      }
    },
  };
}
