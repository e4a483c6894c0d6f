import type { Emotion, Trait } from '../../traits';

/**
 * Hand-tagged English words → traits and emotions, written for this project (MIT) from the
 * definitions of the eight traits and seven emotions (background essay 002); not derived from
 * any emotion lexicon (NRC is research-only). A word's valence still comes from VADER / AFINN.
 * Format: `trait/emotion: word word ...`.
 */
const TRAIT_WORDS: Readonly<Record<Trait, string>> = {
  trust: 'trust trusted trustworthy reliable dependable honest recommend recommended professional safe secure ' +
    'guarantee consistent solid quality genuine legit authentic sturdy durable confident',
  magnanimity: 'thank thanks thankful grateful appreciate appreciated kind kindness generous patient patience ' +
    'understanding forgive polite courteous helpful friendly caring welcoming considerate accommodating gracious',
  joy: 'happy glad great excellent amazing awesome wonderful fantastic delighted enjoy enjoyed fun love loved ' +
    'lovely pleased satisfied perfect best beautiful brilliant superb nice good pleasant cheerful',
  drive: 'excited exciting eager motivated ready determined looking forward again definitely upgrade ' +
    'inspired energized impressive impressed',
  selfishness: 'greedy selfish rude arrogant entitled overpriced overcharged ripoff expensive careless ' +
    'indifferent dismissive condescending',
  suspicion: 'scam fraud fake suspicious shady lie lied lies liar misleading doubt dishonest cheat cheated ' +
    'bogus sketchy untrustworthy counterfeit deceptive',
  frustration: 'annoyed annoying frustrated frustrating angry furious mad irritated useless terrible worst ' +
    'ridiculous unacceptable broken awful horrible waited waste slow',
  dejection: 'sad disappointed disappointing depressed hopeless unhappy regret sorry miserable upset ' +
    'heartbroken lonely tired gave meh mediocre',
};

const EMOTION_WORDS: Readonly<Record<Emotion, string>> = {
  joy: 'happy glad joy joyful delighted enjoy enjoyed fun pleased cheerful excited awesome amazing great ' +
    'wonderful fantastic lol haha yay',
  anger: 'angry furious mad outraged hate hated rage livid annoyed irritated pissed unacceptable ridiculous ' +
    'disgraceful',
  sorrow: 'sad sorry unhappy disappointed depressed miserable upset heartbroken cry crying regret unfortunately ' +
    'lonely',
  fear: 'afraid scared worried worry anxious nervous concerned fear frightened terrified risk dangerous unsafe',
  love: 'love loved loves lovely adore adored favorite favourite darling sweet heart',
  disgust: 'disgusting gross nasty filthy dirty revolting sick vile rotten smelly stinks awful horrible yuck',
  desire: 'want wish hope crave craving need longing tempting delicious tasty desire',
};

function build(): Map<string, { traits: Trait[]; emotions: Emotion[] }> {
  const map = new Map<string, { traits: Trait[]; emotions: Emotion[] }>();
  const slot = (w: string) => {
    let s = map.get(w);
    if (s === undefined) map.set(w, (s = { traits: [], emotions: [] }));
    return s;
  };
  for (const [trait, words] of Object.entries(TRAIT_WORDS) as [Trait, string][]) {
    for (const w of words.split(' ')) slot(w).traits.push(trait);
  }
  for (const [emotion, words] of Object.entries(EMOTION_WORDS) as [Emotion, string][]) {
    for (const w of words.split(' ')) slot(w).emotions.push(emotion);
  }
  return map;
}

/** English word → traits and emotions it expresses (when used with its own polarity). */
export const EN_TAGS: ReadonlyMap<string, { readonly traits: readonly Trait[]; readonly emotions: readonly Emotion[] }> = build();
