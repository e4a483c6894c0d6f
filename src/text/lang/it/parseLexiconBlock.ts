import { InvalidInputError } from '../../../errors';
import type { LexiconEntry } from '../../languagePack';
import type { Emotion, Trait } from '../../traits';
import { conjugateItalian } from './conjugateItalian';
import { IT_LEXICON_DEFAULTS } from './defaults';
import { inflectItalian } from './inflectItalian';
import { superlativesOf } from './superlativesOf';

/**
 * Short tags used in the data files: traits in lower case, emotions in upper case, and `int`
 * for interjections (ahah, uffa, boh: the writer's own state, which no negator reaches).
 */
const TRAIT_TAGS: Record<string, Trait> = {
  tr: 'trust', mg: 'magnanimity', jo: 'joy', dr: 'drive',
  sf: 'selfishness', su: 'suspicion', fr: 'frustration', dj: 'dejection',
};
const EMOTION_TAGS: Record<string, Emotion> = {
  J: 'joy', A: 'anger', S: 'sorrow', F: 'fear', L: 'love', D: 'disgust', W: 'desire',
};

const SUPERLATIVE_STEP = IT_LEXICON_DEFAULTS.superlativeStep;

/** Where parsed entries go: single words and multi-word phrases, with the priority each was set with. */
export interface LexiconSink {
  readonly words: Map<string, LexiconEntry>;
  readonly phrases: Map<string, LexiconEntry>;
  /** Priority of each key already set (2 headword or written form, 1 generated). */
  readonly priority: Map<string, number>;
  /** Generated forms never overwrite these (function words: `come`, `fino`, `sono` …). */
  readonly protectedForms: ReadonlySet<string>;
}

/**
 * `perché` → `perche'`, `perche`; `qualità` → `qualita'`, `qualita`; in phrases every final
 * accent at once (`mai più` → `mai piu'`, `mai piu`). Tweets write accents both ways.
 */
function accentVariants(form: string): string[] {
  const strip = (x: string): string => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const plain = strip(form);
  if (plain === form) return [form];
  // every word ending in an accented vowel written with an apostrophe: "non è mai" → "non e' mai"
  const apostrophe = form
    .split(' ')
    .map((w) => (/[àèéìòù]$/.test(w) ? `${strip(w)}'` : w))
    .join(' ');
  return apostrophe === form ? [form, plain] : [form, plain, apostrophe];
}

/**
 * Write an item as the spaced tokeniser will read it: elisions split (`l'ho` → `l' ho`, the
 * tokeniser's `elision` mode), a leading apostrophe dropped (`'ndrangheta`), hyphens read as
 * spaces (`qualità-prezzo`: the tokeniser skips the hyphen), ’ as '.
 */
function toTokenForm(item: string): string {
  return item
    .replaceAll('’', "'")
    .replace(/^'/, '')
    .replace(/(\p{L})'(?=\p{L})/gu, "$1' ")
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function put(sink: LexiconSink, form: string, entry: LexiconEntry, priority: number): void {
  for (const variant of accentVariants(form)) {
    // Generated forms and stripped-accent variants never take a function word (`sì` → `si`).
    const isGenerated = priority < 2 || variant !== form;
    if (isGenerated && sink.protectedForms.has(variant)) continue;
    const had = sink.priority.get(variant) ?? 0;
    if (had >= priority) continue;
    sink.priority.set(variant, priority);
    (variant.includes(' ') ? sink.phrases : sink.words).set(variant, entry);
  }
}

function withValence(entry: LexiconEntry, valence: number): LexiconEntry {
  return { ...entry, valence };
}

/** Read `valence tags` into an entry. */
function parseHeader(head: string, line: string): LexiconEntry {
  const parts = head.trim().split(/\s+/);
  const valence = Number(parts[0]);
  if (!Number.isFinite(valence) || Math.abs(valence) > 4) throw new InvalidInputError(`bad valence in: ${line}`, ['lexicon', line]);
  const traits: Trait[] = [];
  const emotions: Emotion[] = [];
  let interjection = false;
  for (const tag of parts.slice(1)) {
    const trait = TRAIT_TAGS[tag];
    const emotion = EMOTION_TAGS[tag];
    if (tag === 'int') interjection = true;
    else if (trait) traits.push(trait);
    else if (emotion) emotions.push(emotion);
    else throw new InvalidInputError(`unknown tag ${tag} in: ${line}`, ['lexicon', line]);
  }
  return {
    valence,
    ...(traits.length > 0 ? { traits } : {}),
    ...(emotions.length > 0 ? { emotions } : {}),
    ...(interjection ? { kind: 'interjection' as const } : {}),
  };
}

/** Put one `word CLASS` item and every form it expands to. */
function putItem(item: string, entry: LexiconEntry, sink: LexiconSink): void {
  const parts = item.trim().split(/\s+/);
  const cls = parts[parts.length - 1] ?? '';
  const hasClass = /^(A\+?|N|Vi?)$/.test(cls) && parts.length > 1;
  const word = toTokenForm((hasClass ? parts.slice(0, -1) : parts).join(' ').toLowerCase());
  if (word === '') return;
  put(sink, word, entry, 2);
  // `nn` is how tweets write `non`: "nn lo consiglio", "nn vedo l'ora".
  if (word.startsWith('non ')) put(sink, `nn${word.slice(3)}`, entry, 2);
  if (!hasClass) return;
  const generated =
    cls === 'V' || cls === 'Vi'
      ? conjugateItalian(word, { isc: cls === 'Vi' })
      : inflectItalian(word, { kind: cls === 'N' ? 'noun' : 'adjective' });
  for (const form of generated) put(sink, form, entry, 1);
  if (cls === 'A+') {
    const boosted = Math.sign(entry.valence) * Math.min(4, Math.abs(entry.valence) + SUPERLATIVE_STEP);
    for (const form of superlativesOf(word)) put(sink, form, withValence(entry, boosted), 1);
  }
}

/**
 * Parse one block of the compact lexicon format into `sink`. Each entry line is
 * `valence tags | item, item, …` (tags: tr mg jo dr sf su fr dj, J A S F L D W, int); indented
 * lines without `|` continue the items of the line above. An item is a word or phrase optionally
 * followed by its class: `A` adjective (gender/number), `A+` adjective with -issimo superlatives,
 * `N` noun, `V` regular verb (from the infinitive), `Vi` -ire verb with -isc-. Lines starting
 * with `#` are comments. Earlier headwords win over later ones; written forms win over generated
 * ones. A malformed line throws InvalidInputError (`E_INPUT_INVALID`, path `['lexicon', line]`).
 * O(items × forms per item).
 *
 * @example
 * parseLexiconBlock('3 jo J | ottimo A', sink); // sets ottimo, ottima, ottimi, ottime
 */
export function parseLexiconBlock(block: string, sink: LexiconSink): void {
  let entry: LexiconEntry | undefined;
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const bar = line.indexOf('|');
    let items: string;
    if (bar >= 0) {
      entry = parseHeader(line.slice(0, bar), line);
      items = line.slice(bar + 1);
    } else if (entry !== undefined && /^\s/.test(raw)) {
      items = line;
    } else {
      throw new InvalidInputError(`Italian lexicon line without '|': ${line}`, ['lexicon', line]);
    }
    for (const item of items.split(',')) putItem(item, entry, sink);
  }
}
