import { MAX_FOLLOWERS } from './limits';
import { COMMUNITY_ROLES, type CommunityRole } from './schema';
import type { EventProblem } from './readEvent';

/** A valid profile, as {@link readProfile} reads it. */
export interface ProfileFields {
  key: string;
  numericId: boolean;
  spend: number | undefined;
  value: number | undefined;
  followers: number;
  role: CommunityRole;
  segment: string | undefined;
}

const ROLES: ReadonlySet<string> = new Set(COMMUNITY_ROLES);

const nonNegative = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Validate one customer profile by hand (the shape of `CustomerProfileSchema`). Returns the fields
 * or the problem. O(1).
 *
 * @example
 * readProfile({ customerId: 'ann', followers: -3 });
 * // { code: 'profile-invalid-field', reason: 'followers must be a whole number ≥ 0', path: ['followers'] }
 */
export function readProfile(p: unknown): ProfileFields | EventProblem {
  if (p === null || typeof p !== 'object') return { code: 'profile-not-an-object', reason: 'profile is not an object' };
  const r = p as Record<string, unknown>;
  const bad = (field: string, reason: string): EventProblem => ({ code: 'profile-invalid-field', reason, path: [field] });
  const id = r.customerId;
  let key: string;
  if (typeof id === 'number' && Number.isFinite(id)) key = String(id);
  else if (typeof id === 'string' && id.length > 0) key = id;
  else return { code: 'profile-missing-customer-id', reason: 'customerId is missing or empty', path: ['customerId'] };
  if (r.spend !== undefined && !nonNegative(r.spend)) return bad('spend', 'spend must be a number ≥ 0');
  if (r.value !== undefined && !nonNegative(r.value)) return bad('value', 'value must be a number ≥ 0');
  if (r.followers !== undefined && !(nonNegative(r.followers) && Number.isInteger(r.followers) && (r.followers as number) <= MAX_FOLLOWERS)) {
    return bad('followers', `followers must be a whole number in 0..${MAX_FOLLOWERS}`);
  }
  if (r.role !== undefined && !(typeof r.role === 'string' && ROLES.has(r.role))) {
    return bad('role', `role must be one of ${COMMUNITY_ROLES.join(', ')}`);
  }
  if (r.segment !== undefined && !(typeof r.segment === 'string' && r.segment.length > 0)) {
    return bad('segment', 'segment must be a non-empty string');
  }
  return {
    key,
    numericId: typeof id === 'number',
    spend: r.spend as number | undefined,
    value: r.value as number | undefined,
    followers: (r.followers as number | undefined) ?? 0,
    role: (r.role as CommunityRole | undefined) ?? 'none',
    segment: r.segment as string | undefined,
  };
}
