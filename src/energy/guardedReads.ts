import type { TextReading } from '../text/schema';
import { EMOTIONS, TRAITS } from '../text/traits';
import type { ResolvedScoreOptions } from './resolveScoreOptions';

/**
 * The text reader's reading of one text, or why it cannot be used: the reader threw, or returned
 * something without a finite energy and confidence and numeric traits and emotions (a custom
 * `textReader` with a bug must not crash a batch nor put NaN in a reading). O(traits + emotions).
 *
 * @example
 * readText(scoreText, 'never again', undefined).energy; // < 0
 * readText(() => { throw new Error('offline'); }, 'x', undefined); // 'the text reader threw: offline'
 */
export function readText(
  textReader: ResolvedScoreOptions['textReader'],
  text: string,
  textOptions: ResolvedScoreOptions['textOptions'],
): TextReading | string {
  let x: TextReading;
  try {
    x = textReader(text, textOptions);
  } catch (error) {
    return `the text reader threw: ${messageOf(error)}`;
  }
  const ok = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
  const scores = (o: unknown, names: readonly string[]): boolean =>
    typeof o === 'object' && o !== null && names.every((n) => (o as Record<string, unknown>)[n] === undefined || ok((o as Record<string, unknown>)[n]));
  if (typeof x !== 'object' || x === null || !ok(x.energy) || !ok(x.confidence) || !scores(x.traits, TRAITS) || !scores(x.emotions, EMOTIONS)) {
    return 'the text reader returned no TextReading (finite energy and confidence, numeric traits and emotions)';
  }
  return x;
}

/** What an error says, at most 200 characters (whatever was thrown). */
function messageOf(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).slice(0, 200);
  } catch {
    return 'a value that cannot be printed';
  }
}

/**
 * The issue of a record whose fields throw when read (a getter, a proxy): one record set aside,
 * not the batch stopped. O(1).
 *
 * @example
 * unreadable(new Error('getter boom')); // { code: 'unreadable-record', reason: 'reading the record threw: getter boom' }
 */
export function unreadable(error: unknown): { code: string; reason: string } {
  return { code: 'unreadable-record', reason: `reading the record threw: ${messageOf(error)}` };
}
