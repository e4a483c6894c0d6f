/**
 * Gender and number forms of Italian adjectives and nouns, used to expand lexicon entries
 * (`ottimo` → `ottimo ottima ottimi ottime`). Irregular forms are written out in the data.
 */

/** Plurals of a masculine -co / -go word (stem ends in c / g): both spellings exist (simpatici, ricchi); keep both. */
function pluralsOfCoGo(stem: string): string[] {
  return [`${stem}i`, `${stem}hi`];
}

/** Feminine plural of an -a word: -ca → -che, -ga → -ghe, -cia/-gia → -ce/-ge (and -cie/-gie). */
function feminineplural(word: string): string[] {
  const stem = word.slice(0, -1);
  if (stem.endsWith('c') || stem.endsWith('g')) return [`${stem}he`];
  if (stem.endsWith('ci') || stem.endsWith('gi')) return [`${stem.slice(0, -1)}e`, `${stem}e`];
  return [`${stem}e`];
}

/** Masculine plural of an -o word. */
function masculinePlural(word: string): string[] {
  const stem = word.slice(0, -1);
  if (stem.endsWith('c') || stem.endsWith('g')) return pluralsOfCoGo(stem);
  if (stem.endsWith('i')) return [stem]; // serio → seri, ampio → ampi
  return [`${stem}i`];
}

/**
 * The forms of an Italian adjective (`kind: 'adjective'`: gender and number) or noun
 * (`kind: 'noun'`: number only). Words ending in an accented vowel or a consonant are invariant.
 *
 * @example
 * inflectItalian('ottimo', { kind: 'adjective' }); // ['ottimo', 'ottima', 'ottimi', 'ottime']
 */
export function inflectItalian(word: string, options: { kind: 'adjective' | 'noun' }): string[] {
  const last = word.charAt(word.length - 1);
  const forms = new Set<string>([word]);
  if (options.kind === 'adjective') {
    if (last === 'o') {
      const stem = word.slice(0, -1);
      forms.add(`${stem}a`);
      for (const f of masculinePlural(word)) forms.add(f);
      for (const f of feminineplural(`${stem}a`)) forms.add(f);
    } else if (last === 'e') {
      forms.add(`${word.slice(0, -1)}i`);
    } else if (last === 'a') {
      // egoista, ipocrita: -i (masculine plural), -e (feminine plural)
      forms.add(`${word.slice(0, -1)}i`);
      for (const f of feminineplural(word)) forms.add(f);
    }
    return [...forms];
  }
  if (last === 'o') for (const f of masculinePlural(word)) forms.add(f);
  else if (last === 'a') {
    for (const f of feminineplural(word)) forms.add(f);
    if (word.endsWith('ista') || word.endsWith('ita') || word.endsWith('ema')) forms.add(`${word.slice(0, -1)}i`);
  } else if (last === 'e') forms.add(`${word.slice(0, -1)}i`);
  return [...forms];
}
