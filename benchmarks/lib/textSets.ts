/**
 * Shared benchmark helper: the human-labelled text sets in ../shared/data/text (read in place,
 * never copied). Format (their README): UTF-8 TSV, header `lang label text polarity meta`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One labelled text. `polarity` is 1, -1, 0, or null (mixed). */
export interface LabelledText {
  readonly lang: string;
  readonly text: string;
  readonly polarity: 1 | -1 | 0 | null;
}

/** A named set and its rows. */
export interface TextSet {
  readonly name: string;
  readonly lang: string;
  readonly rows: readonly LabelledText[];
}

/** The data folder, relative to the repo root. */
export const TEXT_DATA_DIR = fileURLToPath(new URL('../../../shared/data/text/', import.meta.url));

/** Read every `*.tsv` set (optionally only those of one language), sorted by name. */
export function readTextSets(filter: { lang?: string; name?: string } = {}): TextSet[] {
  const files = readdirSync(TEXT_DATA_DIR).filter((f) => f.endsWith('.tsv')).sort();
  const sets: TextSet[] = [];
  for (const file of files) {
    const name = file.replace(/\.tsv$/, '');
    const lang = name.split('_')[0] as string;
    if (filter.lang !== undefined && filter.lang !== lang) continue;
    if (filter.name !== undefined && !name.includes(filter.name)) continue;
    const lines = readFileSync(TEXT_DATA_DIR + file, 'utf8').split('\n');
    const header = (lines[0] ?? '').split('\t');
    const ti = header.indexOf('text');
    const pi = header.indexOf('polarity');
    const li = header.indexOf('lang');
    const rows: LabelledText[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line === '') continue;
      const cells = line.split('\t');
      const p = cells[pi];
      rows.push({
        lang: cells[li] ?? lang,
        text: cells[ti] ?? '',
        polarity: p === '1' ? 1 : p === '-1' ? -1 : p === '0' ? 0 : null,
      });
    }
    sets.push({ name, lang, rows });
  }
  return sets;
}

/** The rows labelled positive or negative. */
export function polarRows(set: TextSet): LabelledText[] {
  return set.rows.filter((r) => r.polarity === 1 || r.polarity === -1);
}
