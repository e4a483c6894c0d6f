import type { LexiconEntry } from '../languagePack';

/**
 * Emoticons (canonical form as the tokeniser emits it: repeated mouths squeezed, ":)))" → ":)").
 * Valences from the VADER lexicon (Hutto & Gilbert 2014, Apache-2.0) where it rates the form;
 * the few it lacks (marked *) are set by this project beside their nearest VADER-rated sibling.
 */
const EMOTICONS: ReadonlyArray<readonly [string, number, LexiconEntry['emotions']?]> = [
  [':)', 2.0, ['joy']], [':-)', 1.3, ['joy']], ['=)', 2.2, ['joy']], ['(:', 2.2, ['joy']], [':]', 2.2, ['joy']],
  [':D', 2.3, ['joy']], [':-D', 2.3, ['joy']], ['xD', 2.8, ['joy']], ['XD', 2.8, ['joy']], [':3', 2.3, ['joy']],
  [';)', 0.9, ['joy']], [';-)', 1.0, ['joy']], [':P', 1.0], [':p', 1.0], [':-P', 1.5], [':-p', 1.5],
  [':*', 2.5, ['love']], [':-*', 1.7, ['love']], ['<3', 1.9, ['love']], ['</3', -3.0, ['sorrow']],
  [':(', -1.9, ['sorrow']], [':-(', -1.5, ['sorrow']], ['=(', -1.9, ['sorrow']], ['):', -1.8, ['sorrow']],
  [':[', -2.0, ['sorrow']], [';(', -1.9, ['sorrow']], [":'(", -2.2, ['sorrow']], ['T_T', -2.2, ['sorrow']],
  [':/', -1.4], [':-/', -1.2], [':\\', -1.4], [':|', -0.4], [':S', -1.2], [':s', -1.2],
  ['>:(', -2.7, ['anger']], ['D:', -1.2, ['fear']], [':o', -0.4], [':O', -0.4],
  ['^^', 1.8, ['joy']], ['^_^', 1.8, ['joy']], ['-_-', -1.0],
  [':c', -1.9, ['sorrow']], [':C', -1.9, ['sorrow']], [':l', -1.0], ['=/', -1.4], ['=P', 1.0], ['=p', 1.0], [';D', 2.3, ['joy']],
  [';P', 1.0], [';p', 1.0], ['o_O', -0.5], ['O_o', -0.5], ['O.o', -0.5], ['o.O', -0.5], ['=D', 2.3, ['joy']], [':-|', -0.4],
];

/**
 * Common emoji, rated by this project (MIT) on the VADER scale, tags by their plain meaning.
 * Emoji not listed contribute nothing.
 */
const EMOJI: ReadonlyArray<readonly [string, number, LexiconEntry['emotions']?, LexiconEntry['traits']?]> = [
  ['😀', 2.0, ['joy'], ['joy']], ['😃', 2.2, ['joy'], ['joy']], ['😄', 2.2, ['joy'], ['joy']], ['😁', 2.0, ['joy'], ['joy']],
  ['😆', 2.0, ['joy'], ['joy']], ['😂', 1.8, ['joy'], ['joy']], ['🤣', 1.8, ['joy'], ['joy']], ['😊', 2.2, ['joy'], ['joy']],
  ['🙂', 1.2, ['joy']], ['😉', 1.2, ['joy']], ['😍', 3.0, ['love', 'desire'], ['joy']], ['🥰', 3.0, ['love'], ['joy']],
  ['😘', 2.5, ['love']], ['❤', 3.0, ['love'], ['joy']], ['♥', 2.5, ['love']], ['💕', 2.8, ['love']], ['💖', 2.8, ['love']],
  ['💯', 2.0, ['joy'], ['trust']], ['👍', 2.0, [], ['trust']], ['👏', 2.0, ['joy'], ['magnanimity']], ['🙏', 1.5, [], ['magnanimity']],
  ['🎉', 2.5, ['joy'], ['joy']], ['🥳', 2.5, ['joy'], ['joy']], ['✨', 1.5, ['joy']], ['🔥', 1.5, ['desire'], ['drive']],
  ['⭐', 1.8, ['joy']], ['🌟', 2.0, ['joy']], ['😎', 1.8, ['joy'], ['drive']], ['🤩', 3.0, ['joy', 'desire'], ['joy']],
  ['😋', 2.0, ['desire', 'joy']], ['🤗', 2.2, ['love'], ['magnanimity']], ['👌', 1.8, [], ['trust']], ['💪', 1.8, [], ['drive']],
  ['👎', -2.0, [], ['suspicion']], ['😞', -2.0, ['sorrow'], ['dejection']], ['😔', -1.8, ['sorrow'], ['dejection']],
  ['😢', -2.2, ['sorrow'], ['dejection']], ['😭', -2.5, ['sorrow'], ['dejection']], ['😿', -2.0, ['sorrow']],
  ['😠', -2.5, ['anger'], ['frustration']], ['😡', -2.8, ['anger'], ['frustration']], ['🤬', -3.0, ['anger'], ['frustration']],
  ['😤', -2.0, ['anger'], ['frustration']], ['😒', -1.5, ['disgust'], ['suspicion']], ['🙄', -1.5, ['disgust'], ['suspicion']],
  ['😑', -1.0, [], ['dejection']], ['😐', -0.5], ['😕', -1.2, ['sorrow']], ['🙁', -1.5, ['sorrow']], ['☹', -1.8, ['sorrow']],
  ['😩', -2.0, ['sorrow'], ['frustration']], ['😫', -2.0, ['sorrow'], ['frustration']], ['😖', -2.0, ['sorrow']],
  ['😣', -1.8, ['sorrow']], ['😱', -2.0, ['fear']], ['😨', -2.0, ['fear']], ['😰', -2.0, ['fear']], ['😟', -1.5, ['fear']],
  ['🤮', -3.0, ['disgust']], ['🤢', -2.5, ['disgust']], ['💩', -2.0, ['disgust']], ['💔', -2.8, ['sorrow'], ['dejection']],
  ['😴', -0.8, [], ['dejection']], ['🤔', -0.3, [], ['suspicion']], ['🤡', -1.8, ['disgust'], ['suspicion']],
];

function build(): Map<string, LexiconEntry> {
  const map = new Map<string, LexiconEntry>();
  for (const [form, valence, emotions] of EMOTICONS) {
    // every entry with the same fields in the same order (one hidden class for the rules' reads)
    map.set(form, { valence, traits: undefined, emotions: emotions !== undefined && emotions.length > 0 ? emotions : undefined, kind: undefined });
  }
  for (const [form, valence, emotions, traits] of EMOJI) {
    map.set(form, {
      valence,
      traits: traits !== undefined && traits.length > 0 ? traits : undefined,
      emotions: emotions !== undefined && emotions.length > 0 ? emotions : undefined,
      kind: undefined,
    });
  }
  return map;
}

/** Emoticons and emoji shared by every language, keyed by the tokeniser's `norm`. */
export const SYMBOLS: ReadonlyMap<string, LexiconEntry> = build();
