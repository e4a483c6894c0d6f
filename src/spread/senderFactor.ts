import { finiteArgument, numberFields } from '../checkArgs';
const KNOBS = ['levelWeight', 'sizeExponent', 'referenceSize'];

/** Knobs of {@link senderFactor} (defaults and sources in `SPREAD_DEFAULTS`). */
export interface SenderFactorKnobs {
  /** Weight of the level, in [0, 1]: factor 1 − w + 2·w·level. */
  levelWeight: number;
  /** Exponent of relative size: (size / referenceSize)^e. */
  sizeExponent: number;
  /** The size that counts as 1 (the mean size of the readings given to `simulateSpread`). */
  referenceSize: number;
}

/**
 * How much a sender's level (how strongly they feel) and size (how much they weigh) scale their
 * chance of passing a message on:
 *
 *     (1 − levelWeight + 2·levelWeight·level) × (size / referenceSize)^sizeExponent
 *
 * An unknown level or size contributes 1 (a middle sender). Level 0.5 and the reference size give
 * exactly 1, so the knobs rescale around the classic model's chances rather than shifting them.
 *
 * O(1).
 *
 * @example
 * senderFactor(1, 4, { levelWeight: 0.5, sizeExponent: 0.5, referenceSize: 1 }); // 1.5 × 2 = 3
 * senderFactor(undefined, undefined, { levelWeight: 0.5, sizeExponent: 0.5, referenceSize: 1 }); // 1
 */
export function senderFactor(
  level: number | undefined,
  size: number | undefined,
  knobs: SenderFactorKnobs,
): number {
  if (level !== undefined) finiteArgument(level, 'level');
  if (size !== undefined) finiteArgument(size, 'size');
  numberFields(knobs, 'knobs', KNOBS);
  const l = level === undefined ? 1 : 1 - knobs.levelWeight + 2 * knobs.levelWeight * level;
  const s =
    size === undefined || knobs.sizeExponent === 0 || !(knobs.referenceSize > 0)
      ? 1
      : Math.pow(size / knobs.referenceSize, knobs.sizeExponent);
  return l * s;
}
