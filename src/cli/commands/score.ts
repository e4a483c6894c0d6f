import { availableParallelism } from 'node:os';
import { CSV_ROLES, type CsvRole } from '../../export/csvResultSchemas';
import { scoreCsv } from '../../node/csv/scoreCsv';
import { CSV_ENCODINGS, type CsvEncoding } from '../../node/csv/decodeChunks';
import { parseTimestamp } from '../../node/csv/parseTimestamp';
import { BUILTIN_PACKS } from '../../text/builtinPacks';
import { parseFlags } from '../parseFlags';
import { progressBar } from '../progressBar';
import { UsageError } from '../UsageError';

export const SCORE_USAGE = `customer-energy score <input.csv> [--out readings.csv] [--per row|customer] [--rejects rejects.csv]
    [--map id=customer_id,text=comment,...] [--format csv|json|ndjson] [--delimiter ,|;|tab|pipe]
    [--encoding auto|utf-8|utf-16le|utf-16be|gb18030|gbk] [--decimal .|,] [--language en|zh|it] [--now ISO] [--profiles customers.csv] [--trend week|day|DAYS[:WINDOWS]] [--workers N|auto] [--quiet]`;

/** Parse `--map id=customer_id,text=comment` into a column mapping (a Map-backed check of roles). */
export function parseMap(spec: string | undefined): Partial<Record<CsvRole, string>> {
  const out: Partial<Record<CsvRole, string>> = {};
  if (spec === undefined) return out;
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    const role = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (eq < 0 || column === '') throw new UsageError(`--map: expected role=column, got '${part}'`);
    if (!(CSV_ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`--map: unknown role '${role}' (roles: ${CSV_ROLES.join(', ')})`);
    }
    out[role as CsvRole] = column;
  }
  return out;
}

const DELIMITERS: Record<string, ',' | ';' | '\t' | '|'> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '|': '|', pipe: '|' };

/** `--trend week`, `day`, `30` (days) with an optional `:windows` (`week:26`): energyTrend's every and windows. */
function parseTrend(spec: string): { every: 'day' | 'week' | { days: number }; windows?: number } {
  const m = /^(week|day|\d+(?:\.\d+)?)(?::(\d+))?$/.exec(spec.trim());
  if (m === null) throw new UsageError(`--trend must be week, day or a number of days, with :windows if you like (week:26), got '${spec}'`);
  const every = m[1] === 'week' || m[1] === 'day' ? m[1] : { days: Number(m[1]) };
  return m[2] === undefined ? { every } : { every, windows: Number(m[2]) };
}

/** `customer-energy score`: stream a CSV through scoreCsv. Exit 0, or 1 when rows were rejected. */
export async function scoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      out: { type: 'string', short: 'o' },
      per: { type: 'string' },
      rejects: { type: 'string' },
      map: { type: 'string' },
      format: { type: 'string' },
      delimiter: { type: 'string' },
      encoding: { type: 'string' },
      decimal: { type: 'string' },
      language: { type: 'string' },
      now: { type: 'string' },
      workers: { type: 'string' },
      profiles: { type: 'string' },
      trend: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  );
  if (positionals.length !== 1) throw new UsageError('expected one input file (see customer-energy help)');
  const per = values.per ?? 'row';
  if (per !== 'row' && per !== 'customer') throw new UsageError(`--per must be 'row' or 'customer', got '${per}'`);
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json' && format !== 'ndjson') throw new UsageError(`--format must be csv, json or ndjson, got '${format}'`);
  const delimiter = values.delimiter === undefined ? 'auto' : DELIMITERS[values.delimiter];
  if (delimiter === undefined) throw new UsageError(`--delimiter must be , ; tab or |, got '${values.delimiter}'`);
  const encoding = values.encoding ?? 'auto';
  if (!(CSV_ENCODINGS as readonly string[]).includes(encoding)) throw new UsageError(`--encoding must be one of ${CSV_ENCODINGS.join(', ')}`);
  const decimal = values.decimal ?? 'auto';
  if (decimal !== 'auto' && decimal !== '.' && decimal !== ',') throw new UsageError(`--decimal must be . or , got '${values.decimal}'`);
  // scoreText reads a language it has no pack for as a neutral 'und': every row would be neutral.
  if (values.language !== undefined && !BUILTIN_PACKS.has(values.language.trim().toLowerCase())) {
    throw new UsageError(`--language must be one of ${[...BUILTIN_PACKS.keys()].join(', ')}, got '${values.language}'`);
  }
  const nowMs = values.now === undefined ? undefined : parseTimestamp(values.now);
  if (nowMs !== undefined && Number.isNaN(nowMs)) throw new UsageError(`--now must be an ISO date or date-time (UTC unless a zone is given), got '${values.now}'`);
  // auto: a worker per core (this thread reads and writes beside them; measured best on 2 cores).
  const workers = values.workers === undefined ? 0 : values.workers === 'auto' ? availableParallelism() : Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 0 && workers <= 256)) throw new UsageError(`--workers must be auto or a whole number 0..256, got '${values.workers}'`);
  const quiet = values.quiet === true;
  const bar = progressBar(process.stderr, quiet);
  const summary = await scoreCsv(positionals[0]!, {
    out: values.out ?? process.stdout,
    per,
    format,
    columns: parseMap(values.map),
    delimiter,
    encoding: encoding as CsvEncoding,
    decimal,
    ...(values.rejects !== undefined ? { rejects: values.rejects } : {}),
    ...(values.language !== undefined ? { text: { language: values.language } } : {}),
    ...(nowMs !== undefined ? { now: nowMs } : {}),
    ...(workers > 0 ? { workers } : {}),
    ...(values.profiles !== undefined ? { profiles: values.profiles } : {}),
    ...(values.trend !== undefined ? { trend: parseTrend(values.trend) } : {}),
    ...(bar.onProgress ? { onProgress: bar.onProgress } : {}),
  });
  bar.done();
  const profiles = summary.profiles;
  const rejected = summary.rowsRejected + (profiles?.rejected ?? 0);
  if (!quiet) {
    const where = values.out ? ` → ${values.out}` : '';
    const cust = summary.customers === null ? '' : `, ${summary.customers} customers`;
    const prof = profiles === undefined ? '' : `; profiles: used ${profiles.used} of ${profiles.read}, rejected ${profiles.rejected}`;
    process.stderr.write(
      `scored ${summary.rowsScored} of ${summary.rowsRead} rows${cust}${where}; rejected ${summary.rowsRejected}${prof}` +
        (rejected > 0 ? (values.rejects ? ` → ${values.rejects}` : ' (use --rejects FILE to keep them)') : '') +
        ` [delimiter ${JSON.stringify(summary.delimiter)}, ${summary.encoding}]\n`,
    );
    if (rejected > 0 && values.rejects === undefined) {
      for (const i of summary.issues.slice(0, 5)) {
        const where = i.path?.[0] === 'profiles' ? 'profiles line' : 'line';
        process.stderr.write(`  ${where} ${i.line}: ${i.code}: ${i.reason}\n`);
      }
    }
  }
  return rejected > 0 ? 1 : 0;
}
