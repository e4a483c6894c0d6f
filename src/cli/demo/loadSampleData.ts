import { join } from 'node:path';
import type { RelationshipEdge } from '../../graph/schema';
import { loadEdges } from '../loadEdges';
import { type CsvTable, readCsvTable } from '../readCsvTable';

/** A sample text with its author. */
export interface SampleText {
  customerId: string;
  language: string;
  at: string;
  text: string;
}

/** The bundled sample data as the library's inputs. */
export interface SampleData {
  profiles: Record<string, unknown>[];
  events: Record<string, unknown>[];
  texts: SampleText[];
  edges: RelationshipEdge[];
  languageOf: Map<string, string>;
  nameOf: Map<string, string>;
}

const cell = (t: CsvTable, cells: string[], name: string): string => {
  const i = t.column.get(name);
  return i === undefined ? '' : cells[i]!.trim();
};

/** Read fixtures/*.csv into events (texts become `message` events), profiles and edges. */
export async function loadSampleData(dir: string): Promise<SampleData> {
  const customers = await readCsvTable(join(dir, 'customers.csv'), 'customers');
  const profiles: Record<string, unknown>[] = [];
  const languageOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const { cells } of customers.rows) {
    const id = cell(customers, cells, 'customer_id');
    languageOf.set(id, cell(customers, cells, 'language'));
    nameOf.set(id, cell(customers, cells, 'name'));
    profiles.push({
      customerId: id,
      spend: Number(cell(customers, cells, 'total_spend')),
      followers: Number(cell(customers, cells, 'followers')),
      role: cell(customers, cells, 'role'),
      segment: cell(customers, cells, 'segment'),
    });
  }
  const eventsTable = await readCsvTable(join(dir, 'events.csv'), 'events');
  const events: Record<string, unknown>[] = [];
  for (const { cells } of eventsTable.rows) {
    const e: Record<string, unknown> = {
      customerId: cell(eventsTable, cells, 'customer_id'),
      at: cell(eventsTable, cells, 'at'),
      kind: cell(eventsTable, cells, 'kind'),
    };
    for (const [col, key] of [['amount', 'amount'], ['rating', 'rating'], ['score', 'score'], ['minutes', 'minutes']] as const) {
      const v = cell(eventsTable, cells, col);
      if (v !== '') e[key] = Number(v);
    }
    for (const [col, key] of [['order_id', 'orderId'], ['promised_at', 'promisedAt'], ['delivered_at', 'deliveredAt'], ['text', 'text']] as const) {
      const v = cell(eventsTable, cells, col);
      if (v !== '') e[key] = v;
    }
    events.push(e);
  }
  const textsTable = await readCsvTable(join(dir, 'texts.csv'), 'texts');
  const texts: SampleText[] = textsTable.rows.map(({ cells }) => {
    const customerId = cell(textsTable, cells, 'customer_id');
    return { customerId, language: languageOf.get(customerId) ?? 'und', at: cell(textsTable, cells, 'created_at'), text: cell(textsTable, cells, 'text') };
  });
  for (const t of texts) events.push({ customerId: t.customerId, at: t.at, kind: 'message', text: t.text });
  const { edges } = await loadEdges(join(dir, 'relationships.csv'));
  return { profiles, events, texts, edges, languageOf, nameOf };
}
