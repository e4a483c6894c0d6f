import type { CustomerTable } from './customerTable';
import type { EnergyReading } from './schema';

/**
 * A number read from a typed array, as a small integer when it is one (stored unboxed in an
 * object: an id or a zero, where a double would be a separate heap number per reading).
 *
 * @example
 * tagged(42); // 42, a small integer
 */
export const tagged = (n: number): number => ((n | 0) === n && !Object.is(n, -0) ? n | 0 : n);

/**
 * The fusion's squash: energy = S / √(S² + alpha), in (−1, 1).
 *
 * @example
 * energyOf(2, 4); // 0.7071…
 */
export const energyOf = (s: number, alpha: number): number => s / Math.sqrt(s * s + alpha);

/**
 * Polarity of a customer's energy under ±threshold.
 *
 * @example
 * polarityOf(-0.2, 0.15); // 'negative'
 */
export const polarityOf = (energy: number, threshold: number): EnergyReading['polarity'] =>
  energy > 0 && energy >= threshold ? 'positive' : energy < 0 && energy <= -threshold ? 'negative' : 'neutral';

/**
 * Row i's customer id as the records spelled it: a number when one was numeric, else the text.
 *
 * @example
 * customerIdOf(table, 0); // 42 or 'ann'
 */
export const customerIdOf = (t: CustomerTable, i: number): string | number => (t.numeric[i] === 1 ? tagged(t.idNumber[i]!) : t.keyOf(i));
