import { formatCsvRow } from '../../export/formatCsvRow';
import type { DataIssue } from '../../issues';

/** Formats rejected rows. CSV columns: line, code, reason, column, raw (all escaped). @internal */
export function rejectFormatter(format: 'csv' | 'ndjson' = 'csv'): { head(): string; row(i: DataIssue): string } {
  if (format === 'ndjson') return { head: () => '', row: (i) => `${JSON.stringify(i)}\n` };
  return {
    head: () => formatCsvRow(['line', 'code', 'reason', 'column', 'raw']),
    row: (i) => formatCsvRow([i.line ?? i.index ?? null, i.code, i.reason, i.path?.join('.') ?? '', typeof i.record === 'string' ? i.record : JSON.stringify(i.record ?? null)]),
  };
}
