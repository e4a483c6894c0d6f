import { InvalidInputError, InvalidOptionError } from '../../errors';
import { CSV_ROLES, type CsvRole } from '../../export/csvResultSchemas';

/** Which header names each role is detected from (compared lower-cased, spaces and dashes as `_`). */
export const COLUMN_ALIASES: Readonly<Record<CsvRole, readonly string[]>> = {
  id: ['customer_id', 'customerid', 'customer', 'user_id', 'userid', 'client_id', 'account_id', 'member_id', 'contact_id', 'id_cliente', '客户id', '用户id', 'id'],
  text: ['text', 'comment', 'comments', 'review', 'review_text', 'message', 'body', 'content', 'feedback', 'description', 'note', 'testo', 'commento', '内容', '评论', '评价'],
  at: ['created_at', 'at', 'date', 'datetime', 'timestamp', 'time', 'created', 'submitted_at', 'ts', 'data', '日期', '时间'],
  rating: ['rating', 'stars', 'star_rating', 'review_rating', 'star', 'voto', '评分'],
  kind: ['kind', 'event_type', 'event', 'type'],
  amount: ['amount', 'order_total', 'total', 'value', 'price', 'importo', '金额'],
  score: ['nps', 'nps_score', 'score', 'csat'],
  minutes: ['minutes', 'response_minutes', 'response_time'],
  order: ['order_id', 'orderid', 'order', 'ordine', '订单号'],
  promisedAt: ['promised_at', 'promised', 'due_at', 'due_date'],
  deliveredAt: ['delivered_at', 'delivered', 'delivery_date'],
};

/** The column mapping option: role → header name. */
export type ColumnMapping = Partial<Record<CsvRole, string>>;

/** Resolved columns: role → index in the row, and role → header name. */
export interface ResolvedColumns {
  index: Partial<Record<CsvRole, number>>;
  names: Partial<Record<CsvRole, string>>;
}

const norm = (h: string): string => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Map roles to header cells: explicit `mapping` first (exact header name, else case-insensitive),
 * then detection by {@link COLUMN_ALIASES} for the roles left. Header names are only ever compared
 * as strings and looked up in a `Map`, never used as keys of a plain object, so `__proto__` and
 * `constructor` are ordinary column names.
 *
 * Throws {@link InvalidInputError} for duplicate header names or no customer id column, and
 * {@link InvalidOptionError} for a mapped column that the header lacks or a role that does not exist. O(columns × aliases).
 */
export function resolveColumns(header: readonly string[], mapping: ColumnMapping = {}): ResolvedColumns {
  return resolveRoles(header, mapping, CSV_ROLES, COLUMN_ALIASES, 'columns');
}

/**
 * {@link resolveColumns} for any set of roles with an `id` among them (events' columns, profiles'
 * columns): `option` names the mapping option in messages. @internal
 *
 * @example
 * resolveRoles(['customer_id', 'tier'], {}, ['id', 'segment'], { id: ['customer_id'], segment: ['tier'] }, 'profileColumns');
 */
export function resolveRoles<R extends string>(
  header: readonly string[],
  mapping: Partial<Record<R, string>>,
  roles: readonly R[],
  aliases: Readonly<Record<R, readonly string[]>>,
  option: string,
): { index: Partial<Record<R, number>>; names: Partial<Record<R, string>> } {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim();
    if (exact.has(name)) {
      throw new InvalidInputError(`duplicate header name '${name}' (columns ${exact.get(name)! + 1} and ${i + 1})`, ['header', i]);
    }
    exact.set(name, i);
    if (!loose.has(norm(name))) loose.set(norm(name), i);
  });
  const index: Partial<Record<R, number>> = {};
  const names: Partial<Record<R, string>> = {};
  const used = new Set<number>();
  for (const key of Object.keys(mapping)) {
    if (!(roles as readonly string[]).includes(key)) {
      throw new InvalidOptionError(`${option}.${key} is not a role (roles: ${roles.join(', ')})`, ['options', option, key]);
    }
  }
  for (const role of roles) {
    const wanted = Object.hasOwn(mapping, role) ? mapping[role] : undefined;
    if (wanted === undefined) continue;
    if (typeof wanted !== 'string') throw new InvalidOptionError(`${option}.${role} must be a header name`, ['options', option, role]);
    const i = exact.get(wanted.trim()) ?? loose.get(norm(wanted));
    if (i === undefined) {
      throw new InvalidOptionError(`unknown column '${wanted}' for ${role}; the header has: ${header.join(', ')}`, ['options', option, role]);
    }
    index[role] = i;
    names[role] = header[i]!;
    used.add(i);
  }
  for (const role of roles) {
    if (index[role] !== undefined) continue;
    for (const alias of aliases[role]) {
      const i = loose.get(alias);
      if (i !== undefined && !used.has(i)) {
        index[role] = i;
        names[role] = header[i]!;
        used.add(i);
        break;
      }
    }
  }
  if ((index as Partial<Record<string, number>>).id === undefined) {
    throw new InvalidInputError(
      `no customer id column (looked for ${(aliases as Record<string, readonly string[]>).id!.slice(0, 6).join(', ')}, ...); map one with ${option}.id`,
      ['header'],
    );
  }
  return { index, names };
}
