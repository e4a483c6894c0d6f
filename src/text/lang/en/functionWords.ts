/**
 * English function words the scorer's rules use. Negators and boosters follow VADER's `NEGATE`
 * and `BOOSTER_DICT` (Hutto & Gilbert 2014, vaderSentiment.py, MIT/Apache), with B_INCR / B_DECR
 * = ±0.293; additions by this project are marked.
 */

/** VADER's scalar step for intensifiers and downtoners (B_INCR / B_DECR). */
const STEP = 0.293;

/** VADER `NEGATE`, plus `no longer`, `not even`, `nobody`, `no one` (this project). `no` is a word (VADER −1.2), as in VADER: measured better on all four English sets. */
export const EN_NEGATORS: readonly string[] = [
  'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt', "ain't", "aren't", "can't",
  "couldn't", "daren't", "didn't", "doesn't", 'dont', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt',
  'neither', "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", 'neednt', "needn't",
  'never', 'none', 'nope', 'nor', 'not', 'nothing', 'nowhere', 'oughtnt', 'shant', 'shouldnt', 'uhuh',
  'wasnt', 'werent', "oughtn't", "shan't", "shouldn't", 'uh-uh', "wasn't", "weren't", 'without', 'wont',
  'wouldnt', "won't", "wouldn't", 'rarely', 'seldom', 'no longer', 'not even', 'nobody', 'no one', 'nothing',
];

const INCR = [
  'absolutely', 'amazingly', 'awfully', 'completely', 'considerable', 'considerably', 'decidedly', 'deeply',
  'effing', 'enormous', 'enormously', 'entirely', 'especially', 'exceptional', 'exceptionally', 'extreme',
  'extremely', 'fabulously', 'flipping', 'flippin', 'frackin', 'fracking', 'fricking', 'frickin', 'frigging',
  'friggin', 'fully', 'fuckin', 'fucking', 'fuggin', 'fugging', 'greatly', 'hella', 'highly', 'hugely',
  'incredible', 'incredibly', 'intensely', 'major', 'majorly', 'more', 'most', 'particularly', 'purely',
  'quite', 'really', 'remarkably', 'so', 'substantially', 'thoroughly', 'total', 'totally', 'tremendous',
  'tremendously', 'uber', 'unbelievably', 'unusually', 'utter', 'utterly', 'very',
  // this project: common in reviews
  'super', 'truly', 'such', 'too', 'insanely', 'seriously', 'definitely', 'freaking', 'freakin',
];
const DECR = [
  'almost', 'barely', 'hardly', 'just enough', 'kind of', 'kinda', 'kindof', 'kind-of', 'less', 'little',
  'marginal', 'marginally', 'occasional', 'occasionally', 'partly', 'scarce', 'scarcely', 'slight', 'slightly',
  'somewhat', 'sort of', 'sorta', 'sortof', 'sort-of',
  // this project
  'a bit', 'a little', 'fairly', 'rather',
];

/** VADER `BOOSTER_DICT` (+ a few review intensifiers), each worth one B_INCR / B_DECR step. */
export const EN_BOOSTERS: ReadonlyArray<readonly [string, number]> = [
  ...INCR.map((w) => [w, STEP] as const),
  ...DECR.map((w) => [w, -STEP] as const),
];

/** Clause after these outweighs the one before (VADER `_but_check` uses `but`). */
export const EN_CONTRAST_AFTER: readonly string[] = ['but', 'however', 'nevertheless', 'nonetheless', 'except'];

/** Clause introduced by these is outweighed by the next one. */
export const EN_CONTRAST_BEFORE: readonly string[] = ['although', 'even though', 'despite', 'even if', 'whilst', 'whereas'];

/** Frequent English function words for language detection (stated reasoning: top of any English frequency list, not Italian), and a few customer-message words. */
export const EN_FUNCTION_WORDS: readonly string[] = [
  'the', 'and', 'is', 'are', 'was', 'were', 'to', 'of', 'it', 'i', 'you', 'this', 'that', 'for', 'with', 'on',
  'my', 'me', 'have', 'has', 'not', 'but', 'be', 'they', 'we', 'so', 'just', 'at', 'very', 'will', 'would',
  'can', 'do', "don't", "it's", "i'm", 'what', 'your', 'he', 'she', 'from', 'or', 'all', 'if', 'get', 'its',
  'an', 'our', 'been', 'had', 'there', 'their', 'when', 'which', 'about', 'out', 'up', 'no', 'too', 'am',
  // frequent in short customer messages that carry no function word ("refund took a month",
  // "wrong size sent, again"); none is an Italian word
  'again', 'took', 'sent', 'arrived', 'ordered', 'received', 'refund', 'wrong', 'never', 'still',
];

/**
 * Interjections (this project): the writer's own state, never negated or boosted ("no idea lol").
 * Valences stay VADER's / AFINN's where rated. Expletives used as intensifiers ("fucking",
 * "freaking") are listed too: before a sentiment word they are boosters, but alone they voice the
 * writer's anger and no negator reaches them ("without a fucking favicon" is not praise).
 */
export const EN_INTERJECTIONS: readonly string[] = [
  'lol', 'lols', 'lolol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'heh', 'yay', 'woohoo', 'wow', 'ugh', 'argh',
  'meh', 'damn', 'omg', 'wtf', 'xoxo', 'xo', 'yikes', 'ouch', 'oops', 'sigh', 'ew', 'eww', 'yuck', 'hooray', 'huzzah',
  'bah', 'phew', 'yum', 'yummy', 'boo', 'grr', 'jeez', 'whoa', 'woot', 'yess', 'ha', 'hah',
  'fucking', 'fuckin', 'effing', 'freaking', 'freakin', 'frigging', 'friggin', 'fml', 'omfg',
];
