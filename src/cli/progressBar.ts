import type { CsvProgress } from '../node/csv/scoreCsv';

/**
 * A one-line progress bar on stderr (rows per second, bytes done, time left), only when stderr is
 * a terminal and not `quiet`: pipes and CI logs stay clean. Returns the callback and a `done`.
 * Wall-clock time is read here, in the command line only (the library takes no clock).
 */
export function progressBar(stream: NodeJS.WriteStream, quiet: boolean): { onProgress?: (p: CsvProgress) => void; done(): void } {
  if (quiet || !stream.isTTY) return { done() {} };
  const start = performance.now();
  let drawn = false;
  return {
    onProgress(p) {
      const secs = (performance.now() - start) / 1000;
      const rate = secs > 0 ? p.rowsRead / secs : 0;
      let bar = '';
      let eta = '';
      if (p.totalBytes) {
        const f = Math.min(1, p.bytesRead / p.totalBytes);
        const width = 24;
        bar = `[${'#'.repeat(Math.round(f * width)).padEnd(width, '.')}] ${(f * 100).toFixed(0).padStart(3)}% `;
        if (f > 0 && f < 1) eta = ` ETA ${Math.ceil((secs / f) * (1 - f))} s`;
      }
      stream.write(`\r${bar}${p.rowsRead.toLocaleString('en')} rows, ${Math.round(rate).toLocaleString('en')} rows/s${eta}   `);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
