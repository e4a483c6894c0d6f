import { describe, expect, it } from 'vitest';
import { scoreText } from '../../../src/text/scoreText';

// Worked examples for the rules and idioms added to close the gap to VADER on en_vader_tweets.
// energy = x / √(x² + 15) (VADER normalize, alpha 15).
const normalise = (x: number): number => x / Math.sqrt(x * x + 15);
const read = (text: string): [string, number, number, string[]][] =>
  scoreText(text, { language: 'en' }).evidence.map((e) => [e.text, e.base, e.contribution, e.rules]);

describe('negation does not count twice through another sentiment word', () => {
  it('"don\'t care don\'t care" is two single negations, not one single and one double', () => {
    // care: VADER 2.2. First: don't at distance 1 → 2.2 × −0.74 = −1.628.
    // Second: don't at 1 (counted), care at 2 (passed), don't at 3 (not counted again) → −1.628.
    // (Before this rule the second read 2.2 × 0.74² = +1.205 and the text came out near zero.)
    const ev = read("don't care don't care");
    expect(ev.map((e) => e[3])).toEqual([['negated'], ['negated']]);
    expect(ev[0]?.[2]).toBeCloseTo(-1.628, 10);
    expect(ev[1]?.[2]).toBeCloseTo(-1.628, 10);
    expect(scoreText("don't care don't care").energy).toBeCloseTo(normalise(-3.256), 10); // −0.64350
  });

  it('the same holds in Chinese: 不好不好 is two negated 好', () => {
    // 好 2.0 × −0.74 = −1.48 each; Σ = −2.96 → energy −2.96 / √(8.7616 + 15) = −0.60723
    const r = scoreText('不好不好');
    expect(r.evidence.map((e) => e.contribution)).toEqual([-1.48, -1.48]);
    expect(r.energy).toBeCloseTo(-0.60723, 5);
  });

  it('two negators before the same word still cancel: "not never happy"', () => {
    // happy 2.7, never at 1 and not at 2, nothing in between → 2.7 × 0.74² = 1.47852
    const ev = read('not never happy');
    expect(ev[0]?.[3]).toEqual(['negated', 'negated']);
    expect(ev[0]?.[2]).toBeCloseTo(1.47852, 10);
  });

  it('a negator behind another sentiment word still reaches it when no nearer negator did', () => {
    // "not happy sad": sad −2.1 looks past happy to not (its first negator) → −2.1 × −0.3 = +0.63
    const ev = read('not happy sad');
    expect(ev[1]?.[3]).toEqual(['negated']);
    expect(ev[1]?.[2]).toBeCloseTo(0.63, 10);
  });
});

describe('expletives: boosters before a word, the writer\'s own state alone', () => {
  it('a standalone "fucking" is not negated by "without"', () => {
    // fucking: VADER −2.8, an interjection here: no negator reaches it → −2.8 (before: −2.8 × −0.3
    // = +0.84, read as praise); "without" has no sentiment word in its scope: −0.3 on its own
    // energy = −3.1 / √(9.61 + 15) = −0.62489
    expect(read('without a fucking favicon')).toEqual([['without', -0.3, -0.3, []], ['fucking', -2.8, -2.8, []]]);
    expect(scoreText('without a fucking favicon').energy).toBeCloseTo(-0.62489, 5);
  });

  it('before a sentiment word it is still a booster', () => {
    // "freaking awesome": a booster (this project, as VADER's "fricking"): awesome 3.1 + 0.293 = 3.393
    const ev = read('freaking awesome');
    expect(ev).toHaveLength(1);
    expect(ev[0]?.[3]).toEqual(['intensified']);
    expect(ev[0]?.[2]).toBeCloseTo(3.393, 10);
  });
});

describe('idioms whose words read the other way', () => {
  it('"couldn\'t ask for more" is praise, not a negated wish', () => {
    // one phrase 2.5 → energy 2.5 / √(6.25 + 15) = 0.54233
    expect(read("I couldn't ask for more")).toEqual([["couldn't ask for more", 2.5, 2.5, ['phrase']]]);
    expect(scoreText('We could not ask for a better host').energy).toBeCloseTo(0.54233, 5);
  });

  it('"give \'em hell" cheers someone on', () => {
    // phrase 1.5 + one "!" 0.292 = 1.792 → energy 1.792 / √(3.211264 + 15) = 0.41992
    expect(read("Give 'em hell!")).toEqual([["Give 'em hell", 1.5, 1.792, ['phrase', 'emphasis']]]);
    expect(scoreText("Give 'em hell!").energy).toBeCloseTo(0.41992, 5);
    expect(scoreText('go to hell').energy).toBeLessThan(0); // the word alone is still hell
  });
});

describe('customer-domain words that are departments or idioms, not praise', () => {
  it('"support" is mostly the help desk: 0.5 (VADER 1.7), "tech support" 0', () => {
    // "Having trouble with support": trouble −1.7 + support 0.5 = −1.2 → −1.2 / √(1.44 + 15) = −0.29596
    expect(read('Having trouble with support')).toEqual([['trouble', -1.7, -1.7, []], ['support', 0.5, 0.5, []]]);
    expect(scoreText('Having trouble with support').energy).toBeCloseTo(-0.29596, 5);
    // the phrase scores 0 and leaves "forget" (VADER −0.9) alone
    expect(scoreText('you can forget their tech support').energy).toBeLessThan(0);
  });

  it('"big deal" is no praise: AFINN\'s big +1 (× 0.7) does not count in it', () => {
    // "What's the big deal. heh.": big deal 0, heh −0.6 → −0.6 / √(0.36 + 15) = −0.15309
    expect(scoreText("What's the big deal. heh.").energy).toBeCloseTo(-0.15309, 5);
    expect(scoreText('a big hit').energy).toBeGreaterThan(0); // big alone is still AFINN's +0.7
  });
});

describe('review words the general lexicons lack', () => {
  it('"nightmare", "decent" and a misspelled "disappointed" are read', () => {
    // nightmare −2.7 → −2.7 / √(7.29 + 15) = −0.571885
    expect(scoreText('Setup was a nightmare').energy).toBeCloseTo(-0.571885, 5);
    // decent 1.2 → 1.2 / √(1.44 + 15) = 0.29596
    expect(scoreText('decent price').energy).toBeCloseTo(0.29596, 5);
    // very + dissapointed: −2.1 − 0.293 = −2.393 → −2.393 / √(5.726449 + 15) = −0.52563
    const ev = read('very dissapointed');
    expect(ev.map((e) => [e[0], e[1], e[3]])).toEqual([['dissapointed', -2.1, ['intensified']]]);
    expect(ev[0]?.[2]).toBeCloseTo(-2.393, 10);
    expect(scoreText('very dissapointed').energy).toBeCloseTo(-0.52563, 5);
  });

  it('general words neither lexicon rates: "card declined", "coolest"', () => {
    // declined −1.0 → −1.0 / √(1 + 15) = −0.25
    expect(scoreText('my card was declined').energy).toBeCloseTo(-0.25, 10);
    // coolest 1.8 → 1.8 / √(3.24 + 15) = 0.42146
    expect(scoreText('the coolest tool').energy).toBeCloseTo(0.42146, 5);
    // creepy −2.0 → −2 / √(4 + 15) = −0.45883
    expect(scoreText('a creepy hotel').energy).toBeCloseTo(-0.45883, 5);
  });

  it('"sigh" is weariness (−0.6, an interjection); "as well" is "also"', () => {
    // "Home late again. Sigh.": late −0.8, sigh −0.6 → −1.4 / √(1.96 + 15) = −0.33995
    expect(scoreText('Home late again. Sigh.').energy).toBeCloseTo(-0.33995, 5);
    expect(read('not a sigh')).toEqual([['sigh', -0.6, -0.6, []]]); // no negator reaches an interjection
    // "the fries as well": 0 (VADER would read well +1.1)
    expect(scoreText('the fries as well').energy).toBe(0);
  });
});

describe('"no longer": a negator that is a loss when it stands alone', () => {
  it('negates what follows, and reads VADER\'s "no" −1.2 when nothing follows', () => {
    // "it no longer works": works 1.2 × −0.74 = −0.888
    expect(read('it no longer works')).toEqual([['works', 1.2, -0.888, ['negated']]]);
    // "I can no longer do a shoulder stand": no sentiment word in its scope → −1.2
    // energy −1.2 / √(1.44 + 15) = −0.29596
    expect(read('I can no longer do a shoulder stand')).toEqual([['no longer', -1.2, -1.2, []]]);
    expect(scoreText('I can no longer do a shoulder stand').energy).toBeCloseTo(-0.29596, 5);
  });
});

describe('"would like" is a wish, not liking', () => {
  it('reads VADER\'s want 0.3 as one phrase', () => {
    // "I'd like a refund": I'd like 0.3, refund −0.3 → Σ 0 → energy 0 (was like 1.5: +0.29)
    expect(read("I'd like a refund").map((e) => [e[0], e[2]])).toEqual([["I'd like", 0.3], ['refund', -0.3]]);
    expect(scoreText("I'd like a refund").energy).toBeCloseTo(0, 10);
    // "Chillin at the beach": chillin 1.2 → 1.2 / √(1.44 + 15) = 0.29596
    expect(scoreText('Chillin at the beach').energy).toBeCloseTo(0.29596, 5);
  });
});

describe('review idioms that read the other way word by word', () => {
  it('"can\'t go wrong" is praise; "nobody called me back" is a negated call-back', () => {
    // one phrase 2.0 → 2 / √(4 + 15) = 0.45883
    expect(read("You can't go wrong with this one")).toEqual([["can't go wrong", 2, 2, ['phrase']]]);
    expect(scoreText("You can't go wrong with this one").energy).toBeCloseTo(0.45883, 5);
    // "thumbs down" is one phrase −2.0 → −2 / √(4 + 15) = −0.45883
    expect(scoreText('thumbs down', { language: 'en' }).energy).toBeCloseTo(-0.45883, 5);
    // "mediocre at best": mediocre −1.5 (domain), at best −1.0 → −2.5 / √(6.25 + 15) = −0.54233
    expect(scoreText('mediocre at best').energy).toBeCloseTo(-0.54233, 5);
    // "couldn't be happier" is one phrase 3.0, not a negated "happier"
    expect(read("We couldn't be happier")).toEqual([["couldn't be happier", 3, 3, ['phrase']]]);
    // called me back 0.8 × −0.74 (nobody) = −0.592
    const ev = read('nobody called me back');
    expect(ev.map((e) => e[3])).toEqual([['phrase', 'negated']]);
    expect(ev[0]?.[2]).toBeCloseTo(-0.592, 10);
  });
});

describe('customer-service events', () => {
  it('a missing refund or answer is a complaint, not a negated complaint', () => {
    // "get a refund" +1.0 negated by didn't: 1.0 × −0.74 = −0.74 → −0.74 / √(0.5476 + 15) = −0.18767
    expect(read("I didn't get a refund")).toEqual([['get a refund', 1, -0.74, ['phrase', 'negated']]]);
    expect(scoreText("I didn't get a refund").energy).toBeCloseTo(-0.18767, 5);
    // support 0.5, answered 0.8 × −0.74 = −0.592 → Σ −0.092 < 0
    expect(scoreText('support never answered my emails').energy).toBeLessThan(0);
  });

  it('short messages without function words are still read as English', () => {
    // "took" and "refund" are English hints: language en, took a month −1.5, refund −0.3 → Σ −1.8
    const r = scoreText('refund took a month');
    expect(r.language).toBe('en');
    expect(r.energy).toBeCloseTo(-1.8 / Math.sqrt(1.8 * 1.8 + 15), 10);
  });
});

describe('chat spellings', () => {
  it('"luv" is love and "fml" an interjection no negator reaches', () => {
    // luv 2.5 → 2.5 / √(6.25 + 15) = 0.54233
    expect(scoreText('luv this place').energy).toBeCloseTo(0.54233, 5);
    expect(read('not fml')).toEqual([['fml', -2, -2, []]]);
  });
});

describe('a negator with nothing evaluative in its scope (TEXT_DEFAULTS.standaloneNegation)', () => {
  it('is read as a word of −0.3: negation marks a negative stance (Potts 2011)', () => {
    // "It doesn't turn on.": no sentiment word within 3 units of doesn't → −0.3
    // energy −0.3 / √(0.09 + 15) = −0.07723
    expect(read("It doesn't turn on.")).toEqual([["doesn't", -0.3, -0.3, []]]);
    expect(scoreText("It doesn't turn on.").energy).toBeCloseTo(-0.07723, 5);
  });

  it('"no one" is a negator like "nobody": it negates "care", and alone it is the lone negation', () => {
    // care 2.2 × −0.74 = −1.628
    expect(read('no one will care').map((e) => [e[0], e[3]])).toEqual([['care', ['negated']]]);
    expect(read('no one asked to take our order')).toEqual([['no one', -0.3, -0.3, []]]);
  });

  it('a negator that reaches a sentiment word negates it and adds nothing itself', () => {
    // "not good": the AFINN phrase; "isn't great": great 3.1 × −0.74 = −2.294, no lone −0.3
    expect(read("it isn't great").map((e) => e[0])).toEqual(['great']);
  });

  it('applies in every language: 没 with nothing after it in its clause', () => {
    // 没 with nothing after it in its clause → −0.3 (language zh)
    const zh = scoreText('我没去', { language: 'zh' });
    expect(zh.evidence.map((e) => e.contribution)).toEqual([-0.3]);
  });
});
