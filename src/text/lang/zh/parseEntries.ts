import type { LexiconEntry } from '../../languagePack';
import { EMOTIONS, TRAITS, type Emotion, type Trait } from '../../traits';

/** The seven emotions by their Chinese names (七情), simplified or traditional. */
const EMOTION_BY_HAN: Readonly<Record<string, Emotion>> = {
  喜: 'joy',
  怒: 'anger',
  哀: 'sorrow',
  懼: 'fear',
  惧: 'fear',
  愛: 'love',
  爱: 'love',
  惡: 'disgust',
  恶: 'disgust',
  欲: 'desire',
};
const TRAIT_SET: ReadonlySet<string> = new Set(TRAITS);
const EMOTION_SET: ReadonlySet<string> = new Set(EMOTIONS);

/**
 * Parse the lexicon source format: one group per line, `valence word word ... [/ tag tag ...]`,
 * where every word of the line shares the valence (-4..+4) and tags (trait names such as `trust`
 * or `joy`, emotions as 喜 怒 哀 懼 愛 惡 欲, or by English name except `joy`, which is the trait). `#` starts a comment line. Throws a plain
 * Error naming the line on a malformed group: the lexicon is project data, checked by the tests.
 * O(source length).
 *
 * @example
 * parseEntries('2 好 不错 / trust 喜'); // [['好', {valence: 2, traits: ['trust'], emotions: ['joy']}], ['不错', ...]]
 */
export function parseEntries(source: string): Array<[string, LexiconEntry]> {
  const out: Array<[string, LexiconEntry]> = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [head = '', tagPart = ''] = line.split('/');
    const [valenceText = '', ...words] = head.trim().split(/\s+/);
    const valence = Number(valenceText);
    if (!Number.isFinite(valence) || valence < -4 || valence > 4 || words.length === 0) {
      throw new Error(`zh lexicon: bad group "${line}"`);
    }
    const traits: Trait[] = [];
    const emotions: Emotion[] = [];
    for (const tag of tagPart.trim().split(/\s+/)) {
      if (tag === '') continue;
      // `joy` names both a trait and an emotion: in English it is the trait, 喜 is the emotion.
      const emotion = EMOTION_BY_HAN[tag] ?? (EMOTION_SET.has(tag) && !TRAIT_SET.has(tag) ? (tag as Emotion) : undefined);
      if (emotion !== undefined) emotions.push(emotion);
      else if (TRAIT_SET.has(tag)) traits.push(tag as Trait);
      else throw new Error(`zh lexicon: unknown tag "${tag}" in "${line}"`);
    }
    const entry: LexiconEntry = {
      valence,
      ...(traits.length > 0 ? { traits } : {}),
      ...(emotions.length > 0 ? { emotions } : {}),
    };
    for (const word of words) out.push([word, entry]);
  }
  return out;
}
