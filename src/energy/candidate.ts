/**
 * A contribution before it is labelled: the record is kept so the label can be built at the end.
 * Every field is set when one is made (one hidden class for all of them).
 */
export interface Candidate {
  kind: string;
  atMs: number;
  count: number;
  weight: number;
  decayedWeight: number;
  record: unknown;
  textEnergy: number | undefined;
  /** The customer's first purchase (known only at the end). */
  first: boolean;
  /** Set by the labeller. */
  label: string | undefined;
  /** Set by the labeller: the start of the text, if any. */
  excerpt: string | undefined;
}
