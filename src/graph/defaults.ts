import type { TieKind } from './schema';

/**
 * Default chance that a customer passes a message on along one tie, when the edge has no explicit
 * `probability` but says what kind of tie or how strong it is. (An edge that says nothing gets the
 * weighted-cascade chance 1 / in-degree of its target, Kempe, Kleinberg and Tardos 2003, the
 * convention of the published influence benchmarks.)
 */
export const TIE_DEFAULTS = {
  /**
   * Per-contact transmission chance over a strong tie. Goldenberg, Libai and Muller (2001, "Talk
   * of the Network", Marketing Letters 12:3) estimate strong-tie word-of-mouth effects of 0.01-0.07
   * per period and find them several times the weak-tie effect; we take one cascade step as a few
   * periods, giving 0.1.
   */
  strong: 0.1,
  /** Per-contact chance over a weak tie: weak-tie effects of 0.005-0.015 per period (same source), so 0.02. */
  weak: 0.02,
  /**
   * The strength a tie kind has when the edge gives none. Kin ties are strong and work,
   * neighbourhood, shared-event and online ties weak by default (Granovetter 1973, "The Strength
   * of Weak Ties"; Brown and Reingen 1987 on strong ties being activated more for referrals).
   */
  kindStrength: {
    kin: 'strong',
    neighbour: 'weak',
    work: 'weak',
    event: 'weak',
    online: 'weak',
  } as Readonly<Record<TieKind, 'strong' | 'weak'>>,
} as const;

/** The tie defaults' shape, for overriding some of them per call. */
export interface TieDefaults {
  strong: number;
  weak: number;
  kindStrength: Readonly<Record<TieKind, 'strong' | 'weak'>>;
}
