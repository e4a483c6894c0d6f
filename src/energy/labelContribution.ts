import { parseTime } from '../behaviour/parseTime';
import { EVENT_KINDS } from '../behaviour/schema';
import type { Candidate } from './candidate';
import { flatString } from './flatString';

const DAY = 86_400_000;
const BUILT_IN: ReadonlySet<string> = new Set(EVENT_KINDS);
const HOUR = 3_600_000;

/** The start of a text, cut at `length` characters with an ellipsis. */
function excerptOf(text: unknown, length: number): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > length ? `${t.slice(0, length).trimEnd()}…` : t;
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "19 days late", "5 hours early", "on time": a gap in ms, positive when early. */
function gapWords(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < HOUR / 2) return 'on time';
  const span = abs >= DAY ? plural(Math.round(abs / DAY), 'day') : plural(Math.round(abs / HOUR), 'hour');
  return `${span} ${ms > 0 ? 'early' : 'late'}`;
}

/** ' (12.5)': an amount rounded to cents, as String(Math.round(v × 100) / 100) writes it. */
function money(v: unknown): string {
  if (typeof v !== 'number') return '';
  const cents = Math.round(v * 100);
  // Below 2^45 cents a double's shortest form is its cents written out: build it from integers.
  if (!(cents >= 0 && cents < 35184372088832)) return ` (${cents / 100})`;
  const units = Math.floor(cents / 100);
  const c = cents - units * 100;
  return c === 0 ? ` (${units})` : c % 10 === 0 ? ` (${units}.${c / 10})` : ` (${units}.${c < 10 ? '0' : ''}${c})`;
}

const KIND_CODE: ReadonlyMap<string, number> = new Map(EVENT_KINDS.map((k, i) => [k, i]));
const MINUTES = 1 << 20;

/** The number a label of this kind depends on alone (no order, no text), or NaN when it depends on more. */
function labelKey(kind: string, r: Record<string, unknown>): number {
  const code = KIND_CODE.get(kind);
  if (code === undefined || r.orderId !== undefined) return Number.NaN;
  let v: number;
  switch (kind) {
    case 'review':
      v = Number(r.rating);
      break;
    case 'nps':
    case 'csat':
    case 'effort':
      v = Number(r.score);
      break;
    case 'response':
      v = Math.round(Number(r.minutes));
      break;
    case 'delivery': {
      const gap = parseTime(r.promisedAt) - parseTime(r.deliveredAt);
      const abs = Math.abs(gap);
      // 0: on time; then days (even) or hours (odd), early (+) or late (−), as gapWords rounds.
      v = abs < HOUR / 2 ? 0 : Math.sign(gap) * (abs >= DAY ? 2 * Math.round(abs / DAY) : 2 * Math.round(abs / HOUR) + 1);
      break;
    }
    case 'purchase':
    case 'refund':
    case 'contact':
      return Number.NaN;
    default:
      v = 0;
  }
  return Number.isInteger(v) && Math.abs(v) < MINUTES ? code * 2 * MINUTES + MINUTES + v : Number.NaN;
}

/**
 * The label of a contribution, for a person: "3 contacts about order 1182", "refund 19 days late
 * (49.9)", "review 1/5: 'never again'". Cached on the candidate; labels that depend only on the
 * kind and one number ("review 4/5", "response after 465 min") are shared through `cache` when
 * given, so 100 k readings do not build 100 k copies. Flat strings. O(excerpt length).
 *
 * @example
 * labelContribution({ kind: 'contact', count: 3, record: { orderId: 1182 } } as Candidate, 60);
 * // '3 contacts about order 1182'
 */
export function labelContribution(c: Candidate, excerptLength: number, cache?: Map<number, string>): string {
  if (c.label !== undefined) return c.label;
  const r = (c.record ?? {}) as Record<string, unknown>;
  const k = c.kind;
  const mayHaveText = k === 'message' || k === 'complaint' || k === 'review' || k === 'nps' || !BUILT_IN.has(k);
  const ex = mayHaveText ? excerptOf(r.text, excerptLength) : undefined;
  c.excerpt = ex;
  const key = cache !== undefined && ex === undefined && c.first !== true ? labelKey(k, r) : Number.NaN;
  if (key === key) {
    const known = cache!.get(key);
    if (known !== undefined) return (c.label = known);
  }
  const quote = ex === undefined ? '' : `: '${ex}'`;
  const order = r.orderId !== undefined ? ` of order ${String(r.orderId)}` : '';
  let label: string;
  switch (c.kind) {
    case 'purchase':
      label = `${c.first === true ? 'first' : 'repeat'} purchase${money(r.amount)}${order}`;
      break;
    case 'refund': {
      const promised = r.promisedAt === undefined ? Number.NaN : parseTime(r.promisedAt);
      const when = Number.isFinite(promised) ? ` ${gapWords(promised - c.atMs)}` : '';
      label = `refund${when}${money(r.amount)}${order}`;
      break;
    }
    case 'contact': {
      const about = r.orderId !== undefined ? ` about order ${String(r.orderId)}` : ' (no order given)';
      label = `${c.count === 1 ? 'contact' : `${c.count} contacts`}${about}`;
      break;
    }
    case 'response':
      label = `response after ${Math.round(Number(r.minutes))} min`;
      break;
    case 'review':
      label = `review ${String(r.rating)}/5${quote}`;
      break;
    case 'nps': {
      const s = Number(r.score);
      label = `NPS ${s} (${s >= 9 ? 'promoter' : s >= 7 ? 'passive' : 'detractor'})${quote}`;
      break;
    }
    case 'csat':
      label = `CSAT ${String(r.score)}/5`;
      break;
    case 'effort':
      label = `effort ${String(r.score)}/7`;
      break;
    case 'delivery':
      label = `delivery ${gapWords(parseTime(r.promisedAt) - parseTime(r.deliveredAt))}${order}`;
      break;
    default:
      label = `${c.kind}${order}${quote}`;
  }
  label = flatString(label);
  c.label = label;
  if (key === key) cache!.set(key, label);
  return label;
}
