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
 * `energy` and optional `level`, `size`. Rows whose energy is not a number in [-1, 1] are skipped
 * and counted.
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
    const e = Number(cells[energy]);
    const cid = cells[id]!.trim();
    if (cid === '' || cells[energy]!.trim() === '' || !(e >= -1 && e <= 1)) {
      skipped++;
      continue;
    }
    const r: LoadedReading = { customerId: cid, energy: e };
    const l = level >= 0 ? Number(cells[level]) : Number.NaN;
    if (l >= 0 && l <= 1) r.level = l;
    const z = size >= 0 ? Number(cells[size]) : Number.NaN;
    if (z >= 0) r.size = z;
    readings.push(r);
  }
  return { readings, skipped };
}
