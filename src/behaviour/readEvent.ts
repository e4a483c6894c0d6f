import { MAX_AMOUNT, MAX_WEIGHT } from './limits';
import type { BehaviourDefaults } from './defaults';
import { expectationGapWeightOf } from './expectationGapWeight';
import { isIsoShaped, parseTime } from './parseTime';
import { responseWeightOf } from './responseWeight';
import { EVENT_KINDS } from './schema';

const DAY = 86_400_000;

/** What {@link readEvent} reads from a valid event (one reused object: no allocation per event). */
export interface EventFields {
  /** The customer id as a number when it is one (or a canonical numeric string like '42'), else NaN. */
  num: number;
  /** The customer id text when `num` is NaN. */
  key: string;
  /** True when the record spelled the id as a number. */
  numericId: boolean;
  /** Index of the kind in EVENT_KINDS, or −1 for a kind of your own. */
  code: number;
  atMs: number;
  kind: string;
  /** Signed behaviour weight before decay (for contacts, the single-contact weight). */
  weight: number;
  /** Non-empty text to score, if any. */
  text: string | undefined;
  /** Purchase or refund amount, else 0. */
  amount: number;
}

/** Why an event was rejected. */
export interface EventProblem {
  code: string;
  reason: string;
  path?: string[];
}

const isRecordId = (v: unknown): boolean =>
  (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v));

const KIND_CODE: ReadonlyMap<string, number> = new Map(EVENT_KINDS.map((k, i) => [k, i]));
const PURCHASE = EVENT_KINDS.indexOf('purchase');
const RETURN = EVENT_KINDS.indexOf('return');
const REFUND = EVENT_KINDS.indexOf('refund');
const CANCELLATION = EVENT_KINDS.indexOf('cancellation');
const COMPLAINT = EVENT_KINDS.indexOf('complaint');
const CONTACT = EVENT_KINDS.indexOf('contact');
const RESPONSE = EVENT_KINDS.indexOf('response');
const REVIEW = EVENT_KINDS.indexOf('review');
const NPS = EVENT_KINDS.indexOf('nps');
const CSAT = EVENT_KINDS.indexOf('csat');
const EFFORT = EVENT_KINDS.indexOf('effort');
const REFERRAL = EVENT_KINDS.indexOf('referral');
const SHARE = EVENT_KINDS.indexOf('share');
const UNSUBSCRIBE = EVENT_KINDS.indexOf('unsubscribe');
const DELIVERY = EVENT_KINDS.indexOf('delivery');
const MESSAGE = EVENT_KINDS.indexOf('message');

/** The number a canonical numeric id text stands for ('42' → 42), else NaN ('042', '4e1'). */
function canonicalNumber(s: string): number {
  const n = Number(s);
  return Number.isFinite(n) && String(n) === s ? n : Number.NaN;
}

const isInt = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/** Why a kind is refused: it has no weight, and it may be a built-in kind spelled otherwise ('Purchase'). */
function unknownKindReason(kind: string): string {
  const near = kind.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const hint = KIND_CODE.has(near) ? `; did you mean '${near}'? (kinds are spelled exactly)` : '';
  return `kind '${kind}' has no weight: give one on the event or in options.weights${hint}`;
}

function problem(code: string, reason: string, field?: string): EventProblem {
  return field === undefined ? { code, reason } : { code, reason, path: [field] };
}

/** A time in epoch ms, or its problem (small, so the hot path inlines it; the messages are apart). */
function checkTime(v: unknown, field: string): number | EventProblem {
  const ms = parseTime(v);
  return ms === ms && ms !== Number.NEGATIVE_INFINITY ? ms : timeProblem(v, field, ms);
}

/** Why a time is refused: parseTime gave −∞ (no zone) or NaN. */
function timeProblem(v: unknown, field: string, ms: number): EventProblem {
  if (ms === Number.NEGATIVE_INFINITY) return problem('time-without-zone', `${field} has no time zone (add Z or an offset)`, field);
  if (typeof v === 'string' && isIsoShaped(v)) return problem('invalid-time', `${field} ${v} is not a day and hour of the calendar`, field);
  return problem('invalid-time', `${field} is not an ISO time, epoch ms or Date`, field);
}

/** An amount, 0 when absent, or its problem (small, so the hot path inlines it; the messages are apart). */
function checkAmount(v: unknown): number | EventProblem {
  if (v === undefined) return 0;
  if (typeof v === 'number' && v >= 0 && v <= MAX_AMOUNT) return v;
  return amountProblem(v);
}

/** Why an amount is refused. */
function amountProblem(v: unknown): EventProblem {
  if (typeof v !== 'number' || !Number.isFinite(v)) return problem('invalid-field', 'amount must be a number', 'amount');
  if (v < 0) return problem('negative-amount', `amount ${v} is negative`, 'amount');
  return problem('out-of-range', `amount ${v} is over ${MAX_AMOUNT} (one order)`, 'amount');
}

function checkText(v: unknown, required: boolean): string | undefined | EventProblem {
  if (v === undefined || v === null) return required ? problem('invalid-field', 'text is required', 'text') : undefined;
  if (typeof v !== 'string') return problem('invalid-field', 'text must be a string', 'text');
  if (v.trim() === '') return required ? problem('empty-text', 'text is empty', 'text') : undefined;
  return v;
}

/**
 * Validate one event by hand (the hot path: no zod parse, no allocation when valid) and read its
 * signed behaviour weight from the defaults. Returns `undefined` and fills `out` when the event is
 * valid, else the problem. O(1) plus the length of its strings.
 *
 * @example
 * const out = {} as EventFields;
 * readEvent({ customerId: 7, at: '2026-03-01', kind: 'nps', score: 11 }, out, BEHAVIOUR_DEFAULTS);
 * // { code: 'out-of-range', reason: 'score must be a whole number 0..10', path: ['score'] }
 */
export function readEvent(e: unknown, out: EventFields, b: BehaviourDefaults): EventProblem | undefined {
  if (e === null || typeof e !== 'object') return problem('not-an-object', 'event is not an object');
  const r = e as Record<string, unknown>;
  const id = r.customerId;
  if (typeof id === 'number') {
    if (!Number.isFinite(id)) return problem('invalid-customer-id', 'customerId must be finite', 'customerId');
    out.num = id;
    out.key = '';
    out.numericId = true;
  } else if (typeof id === 'string' && id.length > 0) {
    out.key = id;
    out.numericId = false;
    const c = id.charCodeAt(0);
    out.num = (c >= 48 && c <= 57) || c === 45 ? canonicalNumber(id) : Number.NaN;
  } else {
    return problem('missing-customer-id', 'customerId is missing or empty', 'customerId');
  }
  const at = checkTime(r.at, 'at');
  if (typeof at !== 'number') return at;
  out.atMs = at;
  if (r.id !== undefined && !isRecordId(r.id)) return problem('invalid-field', 'id must be a non-empty string or a finite number', 'id');
  if (r.orderId !== undefined && !isRecordId(r.orderId)) {
    return problem('invalid-field', 'orderId must be a non-empty string or a finite number', 'orderId');
  }
  const kind = r.kind;
  if (typeof kind !== 'string' || kind === '') return problem('invalid-field', 'kind must be a non-empty string', 'kind');
  out.kind = kind;
  // One hash lookup, then integer cases (a switch on the string compares it with each case in turn).
  const code = KIND_CODE.get(kind) ?? -1;
  out.code = code;
  out.text = undefined;
  out.amount = 0;
  let w: number;
  switch (code) {
    case PURCHASE:
    case REFUND: {
      const amount = checkAmount(r.amount);
      if (typeof amount !== 'number') return amount;
      out.amount = amount;
      w = code === PURCHASE ? b.repeatPurchase : (b.weights.refund ?? 0);
      if (code === REFUND && r.promisedAt !== undefined) {
        const promised = checkTime(r.promisedAt, 'promisedAt');
        if (typeof promised !== 'number') return promised;
        w += expectationGapWeightOf((promised - at) / DAY, b.gap);
      }
      break;
    }
    case CONTACT:
      if (r.channel !== undefined && typeof r.channel !== 'string') {
        return problem('invalid-field', 'channel must be a string', 'channel');
      }
      w = b.weights.contact ?? 0;
      break;
    case RESPONSE: {
      const m = r.minutes;
      if (typeof m !== 'number' || !(m >= 0) || m === Infinity) {
        return problem('out-of-range', 'minutes must be a number ≥ 0', 'minutes');
      }
      w = responseWeightOf(m, b.response);
      break;
    }
    case REVIEW:
      if (!isInt(r.rating, 1, 5)) return problem('out-of-range', 'rating must be a whole number 1..5', 'rating');
      w = b.review[r.rating - 1]!;
      break;
    case NPS:
      if (!isInt(r.score, 0, 10)) return problem('out-of-range', 'score must be a whole number 0..10', 'score');
      w = r.score >= 9 ? b.nps.promoter : r.score >= 7 ? b.nps.passive : b.nps.detractor;
      break;
    case CSAT:
      if (!isInt(r.score, 1, 5)) return problem('out-of-range', 'score must be a whole number 1..5', 'score');
      w = b.csat[r.score - 1]!;
      break;
    case EFFORT:
      if (!isInt(r.score, 1, 7)) return problem('out-of-range', 'score must be a whole number 1..7', 'score');
      w = b.effort[r.score - 1]!;
      break;
    case DELIVERY: {
      const promised = checkTime(r.promisedAt, 'promisedAt');
      if (typeof promised !== 'number') return promised;
      const delivered = checkTime(r.deliveredAt, 'deliveredAt');
      if (typeof delivered !== 'number') return delivered;
      w = expectationGapWeightOf((promised - delivered) / DAY, b.gap);
      break;
    }
    case RETURN:
    case CANCELLATION:
    case COMPLAINT:
    case REFERRAL:
    case SHARE:
    case UNSUBSCRIBE:
    case MESSAGE:
      w = b.weights[EVENT_KINDS[code]!] ?? 0; // the built-in name: an interned key
      break;
    default: {
      const own = r.weight;
      const table = Object.hasOwn(b.weights, kind) ? b.weights[kind] : undefined; // not Object.prototype for "__proto__"
      if (own !== undefined && !(typeof own === 'number' && Number.isFinite(own))) {
        return problem('invalid-field', 'weight must be a finite number', 'weight');
      }
      if (own !== undefined && Math.abs(own) > MAX_WEIGHT) {
        return problem('out-of-range', `weight ${own} is beyond ±${MAX_WEIGHT}`, 'weight');
      }
      const known = (own as number | undefined) ?? table;
      if (known === undefined) {
        return problem('unknown-kind', unknownKindReason(kind), 'kind');
      }
      w = known;
    }
  }
  // Options can make a weight extreme or NaN (a rating table of 1e308, a gap curve 0 × ∞).
  if (!(w >= -MAX_WEIGHT && w <= MAX_WEIGHT)) {
    return problem('out-of-range', `the options give this ${kind} a weight of ${w}, beyond ±${MAX_WEIGHT}`, 'kind');
  }
  out.weight = w;
  if (code === MESSAGE || code === COMPLAINT || code === REVIEW || code === NPS || code < 0) {
    const t = checkText(r.text, code === MESSAGE);
    if (typeof t === 'object') return t;
    out.text = t;
  }
  return undefined;
}
