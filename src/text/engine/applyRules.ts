import type { Evidence, EvidenceRule } from '../schema';
import { TEXT_DEFAULTS } from '../defaults';
import { evidenceOf } from './evidenceOf';
import type { Unit } from './readUnits';
import { OTHER } from './units';

/**
 * Evidence as the rules build it: the public Evidence itself (traits and emotions final, see
 * evidenceOf), its contribution and rules changed while its sentence is open; summariseEvidence
 * hands it out as it is (no copy).
 */
export type RuleEvidence = Evidence;

const D = TEXT_DEFAULTS;
const sign = (x: number): number => (x < 0 ? -1 : 1);

/**
 * Apply the VADER-style rules to rule units and return one evidence entry per sentiment unit, in
 * text order. Per sentiment unit (valence v = its lexicon base), in VADER's order:
 * ALL CAPS in mixed-case text v ± 0.733 and elongation v ± 0.293 (`emphasis`); each booster up to
 * 3 units back in the same clause v ± step × (1, 0.95, 0.9) (`intensified` / `dampened`); each
 * negator up to 3 units back in the clause v × −0.74 (`negated`, twice for double negation;
 * like VADER the look-back passes over other sentiment words, but a negator behind another
 * sentiment word adds no second negation once a nearer negator counted: "don't care don't care"
 * is two single negations, not a double one; and after a degree word "so" /
 * "this" a negator 3 back scales ×1.25 and "never" 2 back ×1.5 instead of flipping);
 * contrast ×0.5 before but/however and inside an although-clause, ×1.5 after (`contrast`). A
 * booster or negator with a word entry that stands alone (no sentiment word in its scope) is
 * scored as that word; a negator without one, standing alone, as −0.3 (standaloneNegation). At each
 * sentence end, "!" (≤ 4 × 0.292) and "??" (0.18 each, > 3: 0.96) are added in the sentence's
 * direction to its strongest agreeing word (`emphasis`). Σ contribution is the raw score.
 * Reads units[0, n) (`n`: the count readScanned wrote; the array may hold more). O(units).
 *
 * @example
 * applyRules(readUnits(tokens, pack, text), false);
 */
export function applyRules(units: readonly Unit[], capsDiff: boolean, n = units.length): RuleEvidence[] {
  const out: RuleEvidence[] = [];
  let sentenceStart = 0; // index in `out` of the current sentence's first evidence
  let previousSentenceStart = 0;
  let sentenceHasUnits = false;
  let factor = 1; // contrast factor for what follows
  let concession = false; // inside an although-clause
  for (let u = 0; u < n; u++) {
    const unit = units[u] as Unit;
    if (unit === OTHER) {
      sentenceHasUnits = true; // the shared unit of a token no rule reads: one pointer check (most units are)
      continue;
    }
    switch (unit.kind) {
      case 'sentence':
        emphasise(out, sentenceStart, unit.exclaim, unit.question);
        previousSentenceStart = sentenceStart;
        sentenceStart = out.length;
        sentenceHasUnits = false;
        factor = 1;
        concession = false;
        continue;
      case 'clause':
        if (concession) {
          concession = false;
          factor = D.contrastAfter;
        }
        continue;
      case 'contrastAfter': {
        const from = sentenceHasUnits ? sentenceStart : previousSentenceStart;
        for (let e = from; e < out.length; e++) scaleContrast(out[e] as RuleEvidence, concession ? 1 : D.contrastBefore);
        concession = false;
        factor = D.contrastAfter;
        sentenceHasUnits = true;
        continue;
      }
      case 'contrastBefore':
        concession = true;
        factor = D.contrastBefore;
        sentenceHasUnits = true;
        continue;
      case 'sentiment':
        sentenceHasUnits = true;
        out.push(score(units, u, unit, capsDiff, factor));
        continue;
      case 'booster':
      case 'negator':
        sentenceHasUnits = true;
        // standing alone, a booster or negator with a word entry is that word; a bare negator is LONE_NEGATION
        if ((unit.entry !== undefined || unit.kind === 'negator') && standsAlone(units, u, n)) out.push(score(units, u, unit, capsDiff, factor, unit.entry ?? LONE_NEGATION));
        continue;
      default:
        sentenceHasUnits = true;
    }
  }
  emphasise(out, sentenceStart, 0, 0);
  return out;
}

/** No sentiment word follows within the scope (VADER scores a bare "no"; "incredible!" is a word, not a booster). */
function standsAlone(units: readonly Unit[], u: number, n: number): boolean {
  for (let d = 1; d <= D.scope && u + d < n; d++) {
    const k = (units[u + d] as Unit).kind;
    if (k === 'sentiment') return false;
    if (k === 'clause' || k === 'sentence' || k === 'contrastAfter' || k === 'contrastBefore') return true;
  }
  return true;
}

/**
 * The entry a negator with no word of its own is read with when it stands alone ("it doesn't turn
 * on", "never arrived", 没收到): TEXT_DEFAULTS.standaloneNegation. Shaped like compiled entries.
 */
const LONE_NEGATION: NonNullable<Unit['entry']> = { valence: D.standaloneNegation, traits: undefined, emotions: undefined, kind: undefined };

const DEGREE_WORDS: ReadonlySet<string> = new Set(D.degreeWords);

/** The unit is one of VADER's degree words ("so", "this"), as a booster or unscored. */
function isDegreeWord(unit: Unit): boolean {
  return unit !== OTHER && (unit.kind === 'booster' || unit.kind === 'other') && unit.text.length <= 4 && DEGREE_WORDS.has(unit.text.toLowerCase());
}

function scaleContrast(e: RuleEvidence, by: number): void {
  if (by === 1 || e.rules.includes('contrast')) return;
  e.contribution *= by;
  e.rules.push('contrast');
}

function score(units: readonly Unit[], u: number, unit: Unit, capsDiff: boolean, factor: number, entry = unit.entry as NonNullable<Unit['entry']>): RuleEvidence {
  const base = entry.valence;
  const rules: EvidenceRule[] = [];
  if (unit.phrase) rules.push('phrase');
  if (unit.symbol) rules.push('emoji');
  // Emoji and emoticons weigh more than words: the writer's own face (TEXT_DEFAULTS.symbolScale).
  const start = unit.symbol ? base * D.symbolScale : base;
  let v = start;
  if (capsDiff && unit.caps) v += sign(v) * D.capsIncrement;
  if (unit.elongated) v += sign(v) * D.elongationStep;
  if (v !== start) rules.push('emphasis');
  let boost = 0;
  let negations = 0;
  // Emoji, emoticons and interjections show the writer's own state: no negator or booster reaches them.
  const reach = unit.symbol || entry.kind === 'interjection' ? 0 : D.scope;
  const degree = reach > 0 && u > 0 && isDegreeWord(units[u - 1] as Unit);
  let degreeScale = 1;
  let passed = false; // the look-back has passed another sentiment word
  for (let d = 1; d <= reach && u - d >= 0; d++) {
    const prev = units[u - d] as Unit;
    if (degree && prev.kind === 'negator' && (d === 3 || (d === 2 && prev.text.toLowerCase() === D.degreeNegator))) {
      degreeScale *= D.degreeScale[d - 1] as number; // compared, not denied: "never so happy"
      continue;
    }
    const k = prev.kind;
    if (k === 'clause' || k === 'sentence' || k === 'contrastAfter' || k === 'contrastBefore') break;
    if (k === 'sentiment') {
      passed = true; // VADER looks past lexicon words ("not a good bad idea")
      continue;
    }
    if (k === 'booster') {
      let s = prev.value * (D.boosterDecay[d - 1] ?? 0);
      if (capsDiff && prev.caps) s += sign(prev.value) * D.capsIncrement * (D.boosterDecay[d - 1] ?? 0);
      boost += s;
    } else if (k === 'negator' && !(passed && negations > 0)) negations++; // a second negator counts only on this side of other words
  }
  if (boost !== 0 && v !== 0) {
    v += sign(v) * boost;
    rules.push(boost > 0 ? 'intensified' : 'dampened');
  }
  if (negations > 0) {
    // each negator dampens by |N_SCALAR|; an odd count flips the sign (a negative word flips only
    // weakly: negativeNegationScalar); an even count cancels ("not not great" stays positive)
    let m = Math.abs(D.negationScalar) ** (negations - 1);
    m *= negations % 2 === 1 ? (base < 0 ? D.negativeNegationScalar : D.negationScalar) : Math.abs(D.negationScalar);
    v *= m;
    for (let i = 0; i < negations; i++) rules.push('negated');
  }
  if (degreeScale !== 1) {
    v *= degreeScale;
    if (!rules.includes('intensified')) rules.push('intensified');
  }
  if (factor !== 1) {
    v *= factor;
    rules.push('contrast');
  }
  // A flipped word no longer expresses its own traits and emotions (see evidenceOf).
  return evidenceOf(unit.text, unit.offset, base, rules, v, entry);
}

function emphasise(out: RuleEvidence[], from: number, exclaim: number, question: number): void {
  if (out.length <= from) return;
  let amount = Math.min(exclaim, D.exclamationMax) * D.exclamationStep;
  if (question > 1) amount += question <= D.questionMaxCount ? question * D.questionStep : D.questionMax;
  if (amount === 0) return;
  let sum = 0;
  for (let e = from; e < out.length; e++) sum += (out[e] as RuleEvidence).contribution;
  if (sum === 0) return;
  let strongest: RuleEvidence | undefined;
  for (let e = from; e < out.length; e++) {
    const ev = out[e] as RuleEvidence;
    if (sign(ev.contribution) === sign(sum) && ev.contribution !== 0 && (strongest === undefined || Math.abs(ev.contribution) > Math.abs(strongest.contribution))) strongest = ev;
  }
  if (strongest === undefined) return;
  strongest.contribution += sign(sum) * amount;
  if (!strongest.rules.includes('emphasis')) strongest.rules.push('emphasis');
}
