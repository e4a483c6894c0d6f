import { BEHAVIOUR_TRAITS } from '../behaviour/traitProfiles';
import { EVENT_KINDS } from '../behaviour/schema';
import { EMOTIONS, TRAITS } from '../text/traits';

/** Trait slots 0..7, then emotion slots 8..14. */
export const FEEL_SLOTS = TRAITS.length + EMOTIONS.length;

/** A sparse trait/emotion profile: the slots it touches and by how much per unit of weight. */
export interface SparseProfile {
  slots: Int8Array;
  values: Float64Array;
}

function sparse(p: Readonly<Record<string, number>> | undefined): SparseProfile {
  const slots: number[] = [];
  const values: number[] = [];
  for (const [k, v] of Object.entries(p ?? {})) {
    const t = (TRAITS as readonly string[]).indexOf(k);
    const e = (EMOTIONS as readonly string[]).indexOf(k);
    if (t >= 0) slots.push(t), values.push(v);
    if (e >= 0) slots.push(TRAITS.length + e), values.push(v);
  }
  return { slots: Int8Array.from(slots), values: Float64Array.from(values) };
}

/**
 * `BEHAVIOUR_TRAITS` flattened for the hot path, by built-in kind code (index in `EVENT_KINDS`):
 * `[positive, negative]` sparse profiles; kinds of your own have none.
 *
 * @example
 * FEEL_PROFILES[EVENT_KINDS.indexOf('contact')][1].slots; // frustration and anger slots
 */
export const FEEL_PROFILES: readonly (readonly [SparseProfile, SparseProfile])[] = EVENT_KINDS.map((k) => {
  const p = BEHAVIOUR_TRAITS[k];
  return [sparse(p?.positive), sparse(p?.negative)] as const;
});
