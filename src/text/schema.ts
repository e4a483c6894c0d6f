import { z } from 'zod';
import { EMOTIONS, TRAITS } from './traits';

/** The rules that can change a word's weight; each applied rule is listed on its evidence. */
export const EVIDENCE_RULES = [
  'negated',
  'intensified',
  'dampened',
  'contrast',
  'emphasis',
  'emoji',
  'phrase',
] as const;

/** A rule that changed a word's weight. */
export type EvidenceRule = (typeof EVIDENCE_RULES)[number];

const unit = z.number().min(0).max(1);

/** Scores in [0, 1] for each of the eight traits. */
export const TraitScoresSchema = z.object(
  Object.fromEntries(TRAITS.map((t) => [t, unit])) as Record<(typeof TRAITS)[number], typeof unit>,
);

/** Scores in [0, 1] for each of the seven emotions. */
export const EmotionScoresSchema = z.object(
  Object.fromEntries(EMOTIONS.map((e) => [e, unit])) as Record<(typeof EMOTIONS)[number], typeof unit>,
);

/** One word or phrase that moved a reading, and how. */
export const EvidenceSchema = z.object({
  /** The word or phrase as written. */
  text: z.string(),
  /** UTF-16 offset in the text. */
  offset: z.number().int().min(0),
  /** Its lexicon valence before any rule (-4 .. +4). */
  base: z.number(),
  /** The rules that changed it, in the order applied. */
  rules: z.array(z.enum(EVIDENCE_RULES)),
  /** Its final signed contribution to the raw sum that `energy` normalises. */
  contribution: z.number(),
  /**
   * The traits it feeds with |contribution| (its lexicon tags; a negated word feeds the opposite
   * trait: trust ↔ suspicion, magnanimity ↔ selfishness, joy ↔ dejection, drive ↔ frustration).
   * Absent when the word is untagged.
   */
  traits: z.array(z.enum(TRAITS)).optional(),
  /** The emotions it feeds with |contribution| (its tags, dropped when negated). Absent when none. */
  emotions: z.array(z.enum(EMOTIONS)).optional(),
});

/** A contributing word or phrase. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** What `scoreText` reads from one text. */
export const TextReadingSchema = z.object({
  /** Signed energy in [-1, 1]: negative to positive. */
  energy: z.number().min(-1).max(1),
  /** How strong, in [0, 1] (|energy| on its own scale, before sign). */
  level: unit,
  /** How much evidence the text carried, in [0, 1]. 0 when nothing was read. */
  confidence: unit,
  /** Detected or given language code (`en`, `zh`, `it`, a registered one), or `und`. */
  language: z.string(),
  traits: TraitScoresSchema,
  emotions: EmotionScoresSchema,
  /** Every word or phrase that contributed; the reading is explainable from this list alone. */
  evidence: z.array(EvidenceSchema),
});

/** A text's energy reading. */
export type TextReading = z.infer<typeof TextReadingSchema>;
