import { IS_DEGREE, SLOT_BITS } from '../engine/asciiTable';
import { DETECT_SAMPLE } from '../engine/detectInternals';
import { ADD_G, CAPS, NO_UNIT, OTHER_UNIT, type Scan } from './scanAccess';

/** The one Scan every scanSpaced call writes (scoreText is synchronous): its arrays are reused. */
const scan: Scan = {
  count: 0, kinds: new Uint8Array(256), flags: new Uint8Array(256), offsets: new Int32Array(256), ends: new Int32Array(256), meta: new Uint8Array(256), detect: new Int32Array(256),
  ids: new Int32Array(256), table: undefined, slots: [], texts: [], norms: [], words: 0, capsWords: 0,
};
/** Past this many tokens the reused arrays are let go when the next scan starts (a long text's strings and arrays are not kept alive; stated reasoning: short texts never reach it). */
const KEEP = 4096;

/**
 * The shared Scan, ready for a new text (arrays let go after a long text).
 *
 * @example
 * const s = freshScan(); // s.count is the previous text's until the scan sets it
 */
export function freshScan(): Scan {
  if (scan.count > KEEP) {
    scan.slots.length = 0;
    scan.texts.length = 0;
    scan.norms.length = 0;
    scan.kinds = new Uint8Array(256);
    scan.flags = new Uint8Array(256);
    scan.offsets = new Int32Array(256);
    scan.ends = new Int32Array(256);
    scan.meta = new Uint8Array(256);
    scan.detect = new Int32Array(256);
    scan.ids = new Int32Array(256);
  }
  return scan;
}

/**
 * Double the shared Scan's typed arrays, keeping their contents (the caller re-reads them).
 *
 * @example
 * growScan(); // freshScan().kinds.length doubled
 */
export function growScan(): void {
  const size = scan.kinds.length * 2;
  const kinds = new Uint8Array(size);
  kinds.set(scan.kinds);
  const flags = new Uint8Array(size);
  flags.set(scan.flags);
  const offsets = new Int32Array(size);
  offsets.set(scan.offsets);
  const ends = new Int32Array(size);
  ends.set(scan.ends);
  const meta = new Uint8Array(size);
  meta.set(scan.meta);
  const detect = new Int32Array(size);
  detect.set(scan.detect);
  scan.meta = meta;
  scan.detect = detect;
  const ids = new Int32Array(size);
  ids.set(scan.ids);
  scan.ids = ids;
  scan.kinds = kinds;
  scan.flags = flags;
  scan.offsets = offsets;
  scan.ends = ends;
}

/**
 * Add a detection mask's bits to the votes (bit c: candidate c).
 *
 * @example
 * addVotes(votes, 0b10); // votes[1] + 1
 */
export function addVotes(votes: number[], mask: number): void {
  for (let c = 0; mask !== 0; c++, mask >>>= 1) if ((mask & 1) === 1) votes[c] = (votes[c] as number) + 1;
}

/**
 * OTHER_UNIT or NO_UNIT for a fast-path word (ASCII, lower-cased length `length`) whose table cell
 * has META `bits`, or 0 when a rule may read it: a slot, a degree word, an apostrophe ("n't").
 *
 * @example
 * unitFlag(0, 1, false); // NO_UNIT ("a": single letters take no scope slot)
 */
export function unitFlag(bits: number, length: number, apostrophe: boolean): number {
  if ((bits & (SLOT_BITS | IS_DEGREE)) !== 0 || apostrophe) return 0;
  return length === 1 ? NO_UNIT : OTHER_UNIT;
}

/**
 * Flag and vote the #tag words a scan wrote at [from, to) (fast-path words, no apostrophe);
 * returns how many are in ALL CAPS.
 *
 * @example
 * capsWords += settleTagWords(scan, count, next, votes);
 */
export function settleTagWords(s: Scan, from: number, to: number, votes: number[] | undefined): number {
  let caps = 0;
  for (let k = from; k < to; k++) {
    const f = s.flags[k] as number;
    const g = (f & ADD_G) !== 0 ? 1 : 0;
    s.flags[k] = f | unitFlag(s.meta[k] as number, (s.ends[k] as number) - (s.offsets[k] as number) + g, false);
    if ((f & CAPS) !== 0) caps++;
    if (votes !== undefined && (s.ends[k] as number) < DETECT_SAMPLE) addVotes(votes, s.detect[k] as number);
  }
  return caps;
}
