/**
 * Bounds on input numbers beyond which a value is a data or option error rather than a fact about
 * a customer. Inside them every reading is finite and its sums exact (hence order-independent).
 */

/**
 * Largest |signed weight| of one event (a kind's weight, a rating's, an option's). Energy
 * S / √(S² + α) is 0.995 at S = 10 with α = 1, so weights past a few units only saturate it; and
 * sums on the 2⁻³² grid are exact while |S| < 2²¹ (see fixedPoint). Beyond ±1000 a weight is a
 * typo or a unit error (cents for units), not a stronger signal.
 */
export const MAX_WEIGHT = 1000;

/**
 * Largest amount of one purchase or refund: a trillion in any currency (no single order is
 * worth more). Spend is summed on a 2⁻¹⁰ grid, exact up to 2⁵³⁻¹⁰ ≈ 8.8e12 per customer; an
 * amount of 1e308 would make the sum infinite and the population's sizes NaN.
 */
export const MAX_AMOUNT = 1e12;

/**
 * Largest follower count: 10 billion, more than the world's population (8.1 billion, UN World
 * Population Prospects 2024), so larger counts are errors; keeps (1 + followers) × role reach finite.
 */
export const MAX_FOLLOWERS = 1e10;
