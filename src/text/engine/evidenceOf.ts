import type { LexiconEntry } from '../languagePack';
import type { Evidence, EvidenceRule } from '../schema';
import type { Trait } from '../traits';

const OPPOSITE: Readonly<Record<Trait, Trait>> = {
  trust: 'suspicion', suspicion: 'trust', magnanimity: 'selfishness', selfishness: 'magnanimity',
  joy: 'dejection', dejection: 'joy', drive: 'frustration', frustration: 'drive',
};

/**
 * The public evidence of a word read with `entry` whose contribution is `contribution` once the
 * rules are done with it (they may still scale it: contrast by a positive factor, emphasis away
 * from zero, so its sign, and whether it is flipped against `base`, are final here). A flipped
 * word feeds the opposite traits and no emotions. One literal per shape (traits and emotions
 * present or absent), in the schema's key order; the tag arrays are copies. O(tags).
 *
 * @example
 * evidenceOf('not good', 0, 1.9, ['negated'], -1.406, { valence: 1.9, traits: ['joy'] }).traits; // ['dejection']
 */
export function evidenceOf(text: string, offset: number, base: number, rules: EvidenceRule[], contribution: number, entry: LexiconEntry): Evidence {
  const flipped = base !== 0 && (contribution < 0) !== (base < 0);
  const tags = entry.traits !== undefined && entry.traits.length > 0 ? entry.traits : undefined;
  const feelings = !flipped && entry.emotions !== undefined && entry.emotions.length > 0 ? entry.emotions : undefined;
  if (tags === undefined) {
    return feelings === undefined ? { text, offset, base, rules, contribution } : { text, offset, base, rules, contribution, emotions: feelings.slice() };
  }
  const traits = flipped ? tags.map((t) => OPPOSITE[t]) : tags.slice(); // exact size (a pushed array gets room for 17)
  return feelings === undefined ? { text, offset, base, rules, contribution, traits } : { text, offset, base, rules, contribution, traits, emotions: feelings.slice() };
}
