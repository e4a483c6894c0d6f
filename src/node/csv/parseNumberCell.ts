/** How a number cell's separators read: detected per cell (`'auto'`), or the decimal mark named. */
export type DecimalMark = 'auto' | '.' | ',';

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** One separator with exactly three digits after it and 1-3 before (no leading zero): 1,234 or 1.234. */
const ONE_GROUP = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * Read a number cell as exports write them: `12.5`, `12,5` (decimal comma), `1,234.56` and
 * `1.234,56` (thousands grouped in threes; the last mark is the decimal one), `1,234,567`, `1e3`.
 * A single separator followed by exactly three digits (`1,234`, `1.234`) is a thousand in one
 * convention and a fraction in the other: with `decimal` `'auto'` and `groupsMatter` (money and
 * durations, where a factor 1000 is a silent disaster) it is `'ambiguous'`; otherwise (ratings,
 * scores) and with `decimal` named it reads as the convention says. Returns the number, or
 * `'invalid'`, or `'ambiguous'`. O(length).
 *
 * @example
 * parseNumberCell('1.234,56', 'auto', true); // 1234.56
 * parseNumberCell('1,234', 'auto', true);    // 'ambiguous'
 * parseNumberCell('1,234', '.', true);       // 1234
 * parseNumberCell('4,5', 'auto', false);     // 4.5
 */
export function parseNumberCell(cell: string, decimal: DecimalMark, groupsMatter: boolean): number | 'invalid' | 'ambiguous' {
  const s = cell.trim();
  const comma = s.indexOf(',');
  const dot = s.indexOf('.');
  if (comma < 0 && dot < 0) return PLAIN.test(s) ? Number(s) : 'invalid';
  if (comma >= 0 && dot >= 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const mark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    if (decimal !== 'auto' && decimal !== mark) return 'invalid';
    return grouped(s, mark === ',' ? '.' : ',', mark);
  }
  const sep = comma >= 0 ? ',' : '.';
  const several = s.indexOf(sep) !== s.lastIndexOf(sep);
  if (several) return decimal === sep ? 'invalid' : grouped(s, sep, undefined); // 1,234,567 or 1.234.567
  if (ONE_GROUP.test(s)) {
    if (decimal === 'auto') {
      if (groupsMatter) return 'ambiguous';
      return plain(s, sep);
    }
    return decimal === sep ? plain(s, sep) : grouped(s, sep, undefined);
  }
  if (decimal !== 'auto' && decimal !== sep) return 'invalid'; // 12,50 when the decimal mark is '.'
  return plain(s, sep);
}

/** A number with `sep` as its decimal mark. */
function plain(s: string, sep: string): number | 'invalid' {
  const t = sep === ',' ? s.replace(',', '.') : s;
  return PLAIN.test(t) ? Number(t) : 'invalid';
}

/** A number whose thousands are grouped by `group` (in threes), with `mark` as its decimal mark if any. */
function grouped(s: string, group: string, mark: string | undefined): number | 'invalid' {
  const g = group === '.' ? '\\.' : ',';
  const m = mark === undefined ? '' : `(?:${mark === '.' ? '\\.' : ','}\\d+)?`;
  if (!new RegExp(`^[+-]?\\d{1,3}(?:${g}\\d{3})+${m}$`).test(s)) return 'invalid';
  const t = s.split(group).join('');
  return Number(mark === ',' ? t.replace(',', '.') : t);
}

/**
 * Why a number cell is ambiguous, in both readings: "amount '1,234' is 1234 if ',' groups
 * thousands, 1.234 if it is the decimal mark: name the mark". O(cell).
 *
 * @example
 * ambiguousReason('amount', '1,234');
 */
export function ambiguousReason(field: string, cell: string): string {
  const sep = cell.includes(',') ? ',' : '.';
  const [whole, part] = cell.split(sep);
  return `${field} '${cell}' is ${whole}${part} if '${sep}' groups thousands, ${whole}.${part} if it is the decimal mark: name the mark (decimal '.' or ',', CLI --decimal)`;
}
