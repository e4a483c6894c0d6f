import type { LanguagePack, LexiconEntry } from '../../languagePack';
import { concordForms } from './concordForms';
import { CUSTOMER } from './data/customer';
import { EVALUATIVE } from './data/evaluative';
import { GENERAL } from './data/general';
import { NEGATIVE } from './data/negative';
import { POSITIVE } from './data/positive';
import { SOCIAL } from './data/social';
import {
  IT_BOOSTERS,
  IT_CONCORD_WORDS,
  IT_CONTRAST_AFTER,
  IT_CONTRAST_BEFORE,
  IT_FUNCTION_WORDS,
  IT_NEGATORS,
  IT_PROTECTED_FORMS,
} from './functionWords';
import { parseLexiconBlock, type LexiconSink } from './parseLexiconBlock';

/** The Italian pack: a LanguagePack plus the negative-concord words the scorer may read. */
export type ItPack = LanguagePack & { readonly concordWords: ReadonlySet<string> };

function buildItalianPack(): ItPack {
  const sink: LexiconSink = {
    words: new Map<string, LexiconEntry>(),
    phrases: new Map<string, LexiconEntry>(),
    priority: new Map<string, number>(),
    protectedForms: new Set([...IT_PROTECTED_FORMS, ...IT_NEGATORS, ...IT_BOOSTERS.map(([w]) => w)]),
  };
  // Order matters: the first headword wins, so customer phrases come first, then the general
  // negative and positive blocks define a word before the social register and the everyday list.
  for (const block of [CUSTOMER, NEGATIVE, POSITIVE, SOCIAL, GENERAL, EVALUATIVE]) parseLexiconBlock(block, sink);
  const concordWords = new Set(IT_CONCORD_WORDS);
  const concord = concordForms(concordWords, sink.phrases);
  // A phrase written in the data (e.g. "non è mai arrivato") wins over a generated concord form.
  for (const [k, entry] of concord.phrases) if (!sink.phrases.has(k)) sink.phrases.set(k, entry);
  return {
    code: 'it',
    words: sink.words,
    phrases: sink.phrases,
    negators: new Set([...IT_NEGATORS, ...concord.negators]),
    boosters: new Map(IT_BOOSTERS),
    contrastAfter: new Set(IT_CONTRAST_AFTER),
    contrastBefore: new Set(IT_CONTRAST_BEFORE),
    tokeniser: 'spaced',
    apostrophe: 'elision',
    functionWords: new Set(IT_FUNCTION_WORDS),
    concordWords,
  };
}

/**
 * The built-in Italian pack: a lexicon written for this project (MIT) of general, customer-domain
 * and social/political words with valence on −4..+4 and trait/emotion tags, expanded to their
 * gender, number, superlative and verb forms and to accent variants (`perché` / `perche'`);
 * plus negators, boosters, contrast markers, detection function words and negative-concord words
 * (`non … mai` is one negation). Built once at import, O(lexicon size).
 *
 * @example
 * itPack.words.get('ottime')?.valence; // 3.2
 */
export const itPack: ItPack = buildItalianPack();
