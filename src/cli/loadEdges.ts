import type { RelationshipEdge } from '../graph/schema';
import { cellNumber } from './cellNumber';
import { type CsvTable, findColumn, readCsvTable } from './readCsvTable';
import { UsageError } from './UsageError';

/**
 * Relationship rows from an edges CSV: `source`, `target` (or from/to) and optional `kind`,
 * `strength` (strong | weak | 0..1), `probability`, `trust`, `directed` (true/false/yes/no/1/0). Values
 * are converted, not judged: `buildGraph` reports the bad ones as issues (a `directed` cell it
 * cannot read is passed on as given, so the row is rejected rather than taken as undirected).
 */
export async function loadEdges(path: string): Promise<{ edges: RelationshipEdge[]; table: CsvTable }> {
  const table = await readCsvTable(path, 'edges');
  const s = findColumn(table, ['source', 'from', 'src', 'customer_id']);
  const t = findColumn(table, ['target', 'to', 'dst', 'friend_id']);
  if (s < 0 || t < 0) throw new UsageError(`edges file needs 'source' and 'target' columns; it has: ${table.header.join(', ')}`);
  const kind = findColumn(table, ['kind', 'tie', 'type']);
  const strength = findColumn(table, ['strength']);
  const probability = findColumn(table, ['probability', 'p']);
  const trust = findColumn(table, ['trust', 'sign']);
  const directed = findColumn(table, ['directed']);
  const edges = table.rows.map(({ cells }) => {
    const e: RelationshipEdge = { source: cells[s]!.trim(), target: cells[t]!.trim() };
    if (kind >= 0 && cells[kind]!.trim() !== '') e.kind = cells[kind]!.trim() as RelationshipEdge['kind'];
    if (strength >= 0 && cells[strength]!.trim() !== '') {
      const v = cells[strength]!.trim();
      e.strength = v === 'strong' || v === 'weak' ? v : cellNumber(v)!;
    }
    const p = probability >= 0 ? cellNumber(cells[probability]) : undefined;
    if (p !== undefined) e.probability = p;
    const tr = trust >= 0 ? cellNumber(cells[trust]) : undefined;
    if (tr !== undefined) e.trust = tr;
    if (directed >= 0) {
      const d = cells[directed]!.trim().toLowerCase();
      if (d === 'true' || d === 'yes' || d === '1') e.directed = true;
      else if (d === 'false' || d === 'no' || d === '0') e.directed = false;
      else if (d !== '') e.directed = cells[directed]!.trim() as unknown as boolean;
    }
    return e;
  });
  return { edges, table };
}
