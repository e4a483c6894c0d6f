import { MAX_AMOUNT, MAX_FOLLOWERS, MAX_WEIGHT } from './limits';
import { z } from 'zod';
import { CustomerIdSchema } from '../ids';
import { MAX_TIME, parseTime } from './parseTime';

/**
 * A point in time as users have it: an ISO 8601 string with a zone (`2026-03-01T10:00:00Z`,
 * `+01:00`, `+0100`; `T` or a space before the time; seconds optional) or a date (`2026-03-01`,
 * read as UTC midnight), epoch milliseconds (within ±8.64e15, what a `Date` holds), or a `Date`.
 * A date-time without a zone is refused: its meaning would depend on the machine's time zone; so
 * is a day the calendar does not have (`2026-02-30`). Strings are checked by the scorer's own
 * reader (`parseTime`), so this schema and `scoreCustomers` accept exactly the same times.
 */
export const TimeSchema = z.union([
  z.string().refine((s) => Number.isFinite(parseTime(s)), {
    message: 'expected an ISO 8601 date, or a date-time with a zone (Z or ±hh:mm)',
  }),
  z.number().min(-MAX_TIME).max(MAX_TIME),
  z.date(),
]);

/** A point in time: ISO string with zone, ISO date, epoch ms or Date. */
export type TimeInput = z.infer<typeof TimeSchema>;

/** An event or order id: a non-empty string or a finite number. */
export const RecordIdSchema = z.union([z.string().min(1), z.number().finite()]);

/** The event kinds with a documented default weight (see `BEHAVIOUR_DEFAULTS`). */
export const EVENT_KINDS = [
  'purchase',
  'return',
  'refund',
  'cancellation',
  'complaint',
  'contact',
  'response',
  'review',
  'nps',
  'csat',
  'effort',
  'referral',
  'share',
  'unsubscribe',
  'delivery',
  'message',
] as const;

/** A built-in event kind. */
export type EventKind = (typeof EVENT_KINDS)[number];

const base = {
  /** Whose event. `1` and `'1'` are the same customer. */
  customerId: CustomerIdSchema,
  /** When it happened. */
  at: TimeSchema,
  /** Optional event id: two events with the same id and time are one event recorded twice. */
  id: RecordIdSchema.optional(),
  /** Optional order the event is about (labels; repeated contacts about one order weigh more). */
  orderId: RecordIdSchema.optional(),
};
const amount = z.number().finite().nonnegative().max(MAX_AMOUNT);
/** An optional text: null, empty or blank is no text (as the scorer reads it). */
const text = z.string().nullish();

/**
 * The built-in event kinds, discriminated by `kind` (narrow on `kind` with this type: a
 * {@link CustomEventSchema} event's `kind` is any other string, which TypeScript cannot exclude).
 */
export const BuiltInEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('purchase'), amount: amount.optional() }),
  z.object({ ...base, kind: z.literal('return') }),
  /** `promisedAt`: when the refund was due; a late refund is an expectation gap. */
  z.object({ ...base, kind: z.literal('refund'), amount: amount.optional(), promisedAt: TimeSchema.optional() }),
  z.object({ ...base, kind: z.literal('cancellation') }),
  z.object({ ...base, kind: z.literal('complaint'), text: text.optional() }),
  z.object({ ...base, kind: z.literal('contact'), channel: z.string().optional() }),
  /** `minutes` taken to answer the customer. */
  z.object({ ...base, kind: z.literal('response'), minutes: z.number().finite().nonnegative() }),
  z.object({ ...base, kind: z.literal('review'), rating: z.number().int().min(1).max(5), text: text.optional() }),
  z.object({ ...base, kind: z.literal('nps'), score: z.number().int().min(0).max(10), text: text.optional() }),
  z.object({ ...base, kind: z.literal('csat'), score: z.number().int().min(1).max(5) }),
  /** Customer effort score, 1 = very easy, 7 = very hard. */
  z.object({ ...base, kind: z.literal('effort'), score: z.number().int().min(1).max(7) }),
  z.object({ ...base, kind: z.literal('referral') }),
  z.object({ ...base, kind: z.literal('share') }),
  z.object({ ...base, kind: z.literal('unsubscribe') }),
  z.object({ ...base, kind: z.literal('delivery'), promisedAt: TimeSchema, deliveredAt: TimeSchema }),
  z.object({ ...base, kind: z.literal('message'), text: z.string().refine((s) => s.trim() !== '', 'text is empty') }),
]);

const builtIn = new Set<string>(EVENT_KINDS);

/**
 * An event of a kind of your own (`'warranty-claim'`), with its signed weight on the event or in
 * `options.weights`; an optional `text` is scored like a message.
 */
export const CustomEventSchema = z.object({
  ...base,
  kind: z.string().min(1).refine((k) => !builtIn.has(k), 'built-in kinds have their own shape'),
  weight: z.number().finite().min(-MAX_WEIGHT).max(MAX_WEIGHT).optional(),
  text: text.optional(),
});

/**
 * One thing a customer did, or that happened to them, at a time. Discriminated by `kind`; the
 * built-in kinds are {@link EVENT_KINDS}.
 *
 * The scorer validates by hand on its hot path (a zod parse per event is too slow for millions
 * of events); this schema describes exactly the shape it accepts.
 */
export const CustomerEventSchema = z.union([BuiltInEventSchema, CustomEventSchema]);

/** An event of a built-in kind: `if (e.kind === 'nps') e.score` narrows. */
export type BuiltInEvent = z.infer<typeof BuiltInEventSchema>;

/** An event of a kind of your own. */
export type CustomEvent = z.infer<typeof CustomEventSchema>;

/** One customer event. */
export type CustomerEvent = z.infer<typeof CustomerEventSchema>;

/** Community roles, in increasing reach (see `ENERGY_DEFAULTS.size.roleReach`). */
export const COMMUNITY_ROLES = ['none', 'member', 'contributor', 'moderator', 'ambassador', 'influencer'] as const;

/** A community role. */
export type CommunityRole = (typeof COMMUNITY_ROLES)[number];

/**
 * What we know about a customer beyond their events: economic strength (a `value` such as a CLV
 * you computed, else total `spend`, else the net of their purchase and refund amounts), social
 * influence (`followers`, community `role`) and `segment`.
 */
export const CustomerProfileSchema = z.object({
  customerId: CustomerIdSchema,
  /** Total spend to date, in any one currency. */
  spend: z.number().finite().nonnegative().optional(),
  /** A value you supply (a CLV, a revenue forecast): preferred over `spend`. */
  value: z.number().finite().nonnegative().optional(),
  /** Followers or audience size on public channels. */
  followers: z.number().int().nonnegative().max(MAX_FOLLOWERS).optional(),
  /** Role in your community. */
  role: z.enum(COMMUNITY_ROLES).optional(),
  /** Segment name for `summariseSegments` and `energyTrend`. */
  segment: z.string().min(1).optional(),
});

/** A customer profile. */
export type CustomerProfile = z.infer<typeof CustomerProfileSchema>;
