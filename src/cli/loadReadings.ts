import { cellNumber } from './cellNumber';
import { findColumn, readCsvTable } from './readCsvTable';
import { UsageError } from './UsageError';

/** A reading as the spread and strategy commands need it. */
export interface LoadedReading {
  customerId: string;
  energy: number;
  level?: number;
  size?: number;
}

/**
 * Readings from a CSV, such as `customer-energy score --per customer` writes: `customer_id`,
 * `energy` and optional `level`, `size`. Rows with an empty id, an energy that is not a number in
 * [-1, 1], or a level (not in [0, 1]) or size (not a number ≥ 0) that is given but invalid are
 * skipped and counted (never used without the value they gave).
 */
export async function loadReadings(path: string): Promise<{ readings: LoadedReading[]; skipped: number }> {
  const table = await readCsvTable(path, 'readings');
  const id = findColumn(table, ['customer_id', 'customerId', 'id']);
  const energy = findColumn(table, ['energy']);
  if (id < 0 || energy < 0) {
    throw new UsageError(`readings file needs 'customer_id' and 'energy' columns; it has: ${table.header.join(', ')}`);
  }
  const level = findColumn(table, ['level']);
  const size = findColumn(table, ['size']);
  const readings: LoadedReading[] = [];
  let skipped = table.skipped.length;
  for (const { cells } of table.rows) {
    const e = cellNumber(cells[energy]);
    const cid = cells[id]!.trim();
    const l = level >= 0 ? cellNumber(cells[level]) : undefined;
    const z = size >= 0 ? cellNumber(cells[size]) : undefined;
    if (cid === '' || e === undefined || !(e >= -1 && e <= 1) || (l !== undefined && !(l >= 0 && l <= 1)) || (z !== undefined && !(z >= 0 && z < Infinity))) {
      skipped++;
      continue;
    }
    const r: LoadedReading = { customerId: cid, energy: e };
    if (l !== undefined) r.level = l;
    if (z !== undefined) r.size = z;
    readings.push(r);
  }
  return { readings, skipped };
}
