import { InvalidOptionError } from '../../errors';
import type { CsvInteraction } from '../../export/csvInteractionSchema';
import type { DataIssue } from '../../issues';
import type { ResolvedColumns } from './resolveColumns';
import type { CsvOutputFormat } from './rowOutput';

/** Per-customer aggregation of a CSV run. @internal */
export interface CustomerBatch {
  add(row: CsvInteraction, line: number, raw: string): void;
  finish(reject: (i: DataIssue) => void, format: CsvOutputFormat): { customers: number; rowsScored: number; output: Iterable<string> };
}

/** @internal (interim until scoreCustomers lands) */
export function createCustomerBatch(columns: ResolvedColumns, options: { now?: unknown }): CustomerBatch {
  void columns;
  void options;
  throw new InvalidOptionError("per: 'customer' needs scoreCustomers, not in this build yet", ['options', 'per']);
}
