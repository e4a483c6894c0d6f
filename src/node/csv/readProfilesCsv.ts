import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { readProfile } from '../../behaviour/readProfile';
import { CustomerEnergyError, InvalidInputError, InvalidOptionError } from '../../errors';
import type { DataIssue } from '../../issues';
import type { CsvEncoding } from './decodeChunks';
import { ambiguousReason, parseNumberCell, type DecimalMark } from './parseNumberCell';
import { readCsvRecords } from './readCsvRecords';
import { COLUMN_ALIASES, resolveRoles } from './resolveColumns';

/** Roles of a profiles CSV (see CustomerProfileSchema). */
export const PROFILE_ROLES = ['id', 'segment', 'value', 'spend', 'followers', 'role'] as const;

/** A profiles CSV role. */
export type ProfileRole = (typeof PROFILE_ROLES)[number];

/** The profiles column mapping option: role → header name. */
export type ProfileColumnMapping = Partial<Record<ProfileRole, string>>;

/** Which header names each profile role is detected from (compared lower-cased, spaces and dashes as `_`). */
export const PROFILE_COLUMN_ALIASES: Readonly<Record<ProfileRole, readonly string[]>> = {
  id: COLUMN_ALIASES.id,
  segment: ['segment', 'customer_segment', 'tier', 'plan', 'segmento', '分群', '客户分群'],
  value: ['value', 'clv', 'ltv', 'lifetime_value', 'customer_value', 'valore'],
  spend: ['spend', 'total_spend', 'revenue', 'total_revenue', 'spesa', '消费'],
  followers: ['followers', 'follower_count', 'audience', 'fans', 'follower', '粉丝'],
  role: ['role', 'community_role', 'ruolo', '角色'],
};

/** What {@link readProfilesCsv} gives for each data row: a profile record, or why the row is set aside. */
export type ProfileRow = { line: number; record: Record<string, unknown> } | { line: number; issue: DataIssue };

/** How to read the profiles file (scoreCsv's reading options). */
export interface ProfilesCsvOptions {
  encoding: CsvEncoding;
  delimiter: 'auto' | ',' | ';' | '\t' | '|';
  maxRecordLines?: number;
  decimal: DecimalMark;
  columns?: ProfileColumnMapping;
}

const rejected = (line: number, code: string, reason: string, raw: string, column?: string): { line: number; issue: DataIssue } => ({
  line,
  issue: { severity: 'rejected', code, reason, line, record: raw, path: column === undefined ? ['profiles'] : ['profiles', column] },
});

/**
 * Read a CSV of customer profiles (one row per customer: id, and any of segment, value such as a
 * CLV, spend, followers, community role; columns detected by name or mapped) into profile records
 * for the customer scorer, streaming. Each data row gives its record, or the reason it is set
 * aside with its line (a broken quote, a wrong number of cells, a number that does not read, a
 * field the profile schema refuses, a second profile of one customer): never thrown, never dropped.
 * Empty cells and a role `none` are absent fields. Numbers read as in events files (decimal comma,
 * grouped thousands; an ambiguous `1,234` spend or value is set aside unless `decimal` names the
 * mark; followers, whole numbers, read `1,234` as 1234). Throws (before any row) `E_IO` for a
 * missing file, InvalidInputError for an empty file or no id column, InvalidOptionError for a
 * mapped column the header lacks. O(rows) time; memory O(chunk + line) plus one id per profile.
 *
 * @example
 * for await (const row of readProfilesCsv('customers.csv', { encoding: 'auto', delimiter: 'auto', decimal: 'auto' })) {
 *   if ('record' in row) scorer.addProfile(row.record);
 * }
 */
export async function* readProfilesCsv(input: string | Readable, o: ProfilesCsvOptions): AsyncGenerator<ProfileRow> {
  if (typeof input === 'string') {
    let file = false;
    try {
      file = !statSync(input).isDirectory();
    } catch {
      file = false;
    }
    if (!file) throw new CustomerEnergyError('E_IO', `cannot read profiles file '${input}'`, ['options', 'profiles']);
  } else if (input === null || typeof input !== 'object' || typeof (input as Readable)[Symbol.asyncIterator] !== 'function') {
    throw new InvalidOptionError('profiles must be a path or a readable stream', ['options', 'profiles']);
  }
  const source = typeof input === 'string' ? createReadStream(input, { highWaterMark: 1 << 14 }) : input;
  const seen = { bytes: 0, encoding: 'utf-8', delimiter: '' };
  let header: string[] | null = null;
  let index: Partial<Record<ProfileRole, number>> = {};
  const ids = new Set<string>();
  for await (const { reader, records } of readCsvRecords(source, o, seen)) {
    for (const rec of records) {
      if (header === null) {
        if (rec.kind === 'broken') throw new InvalidInputError(`the profiles header row is broken: ${rec.reason}`, ['profiles', 'header']);
        header = rec.cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
        index = resolveRoles(header, o.columns ?? {}, PROFILE_ROLES, PROFILE_COLUMN_ALIASES, 'profileColumns').index;
        reader.setExpectedCells(header.length);
        continue;
      }
      if (rec.kind === 'broken') {
        yield rejected(rec.line, rec.code, rec.reason, rec.raw);
        continue;
      }
      if (rec.cells.length !== header.length) {
        yield rejected(rec.line, 'wrong-cell-count', `${rec.cells.length} cells, the header has ${header.length}`, rec.raw);
        continue;
      }
      const cell = (role: ProfileRole): string | undefined => {
        const i = index[role];
        const v = i === undefined ? '' : rec.cells[i]!.trim();
        return v === '' ? undefined : v;
      };
      const id = cell('id');
      if (id === undefined) {
        yield rejected(rec.line, 'empty-id', 'the customer id is empty', rec.raw, header[index.id!]);
        continue;
      }
      // A flat copy: the cell is a slice of its line and, kept, would keep the input chunk alive.
      const record: Record<string, unknown> = { customerId: ` ${id}`.slice(1) };
      let bad: { line: number; issue: DataIssue } | null = null;
      for (const role of ['value', 'spend', 'followers'] as const) {
        const s = cell(role);
        if (s === undefined) continue;
        let x = parseNumberCell(s, o.decimal, true);
        if (x === 'ambiguous' && role === 'followers') x = Number(s.replace(/[.,]/, '')); // whole numbers: 1,234 is 1234
        if (x === 'invalid') bad = rejected(rec.line, 'invalid-number', `${role} '${s}' is not a number`, rec.raw, header[index[role]!]);
        else if (x === 'ambiguous') bad = rejected(rec.line, 'ambiguous-number', ambiguousReason(role, s), rec.raw, header[index[role]!]);
        else record[role] = x;
        if (bad !== null) break;
      }
      if (bad !== null) {
        yield bad;
        continue;
      }
      const segment = cell('segment');
      if (segment !== undefined) record.segment = ` ${segment}`.slice(1);
      const role = cell('role')?.toLowerCase();
      if (role !== undefined && role !== 'none') record.role = role;
      const checked = readProfile(record);
      if ('code' in checked) {
        const field = checked.path?.[0];
        yield rejected(rec.line, checked.code, checked.reason, rec.raw, field === undefined ? undefined : (header[index[field as ProfileRole] ?? -1] ?? String(field)));
        continue;
      }
      if (ids.has(checked.key)) {
        yield rejected(rec.line, 'profile-duplicate', `customer ${checked.key} already has a profile`, rec.raw, header[index.id!]);
        continue;
      }
      ids.add(checked.key);
      yield { line: rec.line, record };
    }
  }
  if (header === null) throw new InvalidInputError('the profiles file is empty: a header row is required', ['profiles']);
}
