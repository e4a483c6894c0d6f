import type { LexiconEntry } from '../../languagePack';

type Row = readonly [string, number, LexiconEntry['traits']?, LexiconEntry['emotions']?];

/**
 * Customer-domain words, written and rated by this project (MIT) on the VADER scale (-4 .. +4).
 * They override VADER and AFINN: in reviews and tickets these words carry a sense the general
 * lexicons miss ("refund" is a bad sign but mild; "works" is praise; "returned" is a complaint).
 */
export const EN_DOMAIN_WORDS: readonly Row[] = [
  ['refund', -0.3], ['refunded', 0.3], ['refunds', -0.3], ['waited', -0.8, ['frustration']], ['waiting', -0.6, ['frustration']],
  ['delay', -1.2, ['frustration']], ['delayed', -1.5, ['frustration']], ['delays', -1.2, ['frustration']], ['late', -0.8, ['frustration']],
  ['returned', -1.0, ['frustration']], ['returning', -0.8], ['unresponsive', -2.0, ['frustration']], ['overpriced', -1.8, ['selfishness']],
  ['overcharged', -2.2, ['selfishness', 'suspicion'], ['anger']], ['ripoff', -2.6, ['selfishness', 'suspicion'], ['anger']],
  ['defective', -2.2, ['frustration']], ['faulty', -1.8, ['frustration']], ['flimsy', -1.5], ['cheaply', -1.2],
  ['junk', -2.2, ['frustration'], ['disgust']], ['unusable', -2.4, ['frustration']], ['worthless', -2.5, ['dejection']],
  ['works', 1.2, ['trust']], ['worked', 0.8], ['working', 0.5], ['sturdy', 1.5, ['trust']], ['reliable', 2.0, ['trust']],
  ['recommended', 1.8, ['trust']], ['recommend', 1.8, ['trust', 'magnanimity']], ['delicious', 2.8, ['joy'], ['joy', 'desire']],
  ['tasty', 2.2, ['joy'], ['desire']], ['bland', -1.5, [], ['disgust']], ['stale', -1.6, [], ['disgust']], ['soggy', -1.5, [], ['disgust']],
  ['undercooked', -1.8, [], ['disgust']], ['overcooked', -1.5], ['cold', -0.5], ['greasy', -1.2, [], ['disgust']], ['mediocre', -1.5, ['dejection']],
  ['unprofessional', -2.2, ['suspicion'], ['anger']], ['attentive', 1.8, ['magnanimity']], ['friendly', 2.2, ['magnanimity'], ['joy']],
  ['helpful', 2.0, ['magnanimity', 'trust']], ['prompt', 1.2, ['trust']], ['promptly', 1.2, ['trust']], ['quickly', 0.8],
  ['fast', 1.0], ['slow', -1.2, ['frustration']], ['slowly', -1.0, ['frustration']], ['crashes', -2.0, ['frustration']],
  ['crashed', -2.0, ['frustration']], ['disconnects', -1.5, ['frustration']], ['unreliable', -2.0, ['suspicion']],
  ['rude', -2.4, ['selfishness'], ['anger']], ['incompetent', -2.5, ['suspicion'], ['anger']], ['scam', -3.0, ['suspicion'], ['anger']],
  ['scammed', -3.0, ['suspicion'], ['anger']], ['fraud', -3.0, ['suspicion'], ['anger']], ['misleading', -2.2, ['suspicion']],
  ['comfortable', 1.8, ['joy']], ['uncomfortable', -1.6, ['frustration']], ['refused', -1.8, ['frustration'], ['anger']],
  ['ignored', -2.0, ['frustration'], ['anger']], ['useless', -2.4, ['frustration']], ['pathetic', -2.6, ['frustration'], ['disgust']],
  ['unhelpful', -2.0, ['frustration']], ['returns', -0.5], ['excellent', 3.0, ['joy'], ['joy']], ['perfect', 2.8, ['joy'], ['joy']],
  ['perfectly', 2.4, ['joy']], ['disappointing', -2.2, ['dejection'], ['sorrow']], ['disappointment', -2.3, ['dejection'], ['sorrow']],
  ['badass', 1.5, ['drive']], ['lacking', -1.2], ['lacks', -1.2], ['poorly', -1.8], ['poor', -2.0, ['dejection']], ['avoid', -1.4, ['suspicion']],
  // the help desk more often than help given: "tech support walked me through…", "trouble with support"
  ['support', 0.5],
  // Review words neither VADER nor AFINN rates (found in reviews both lexicons read as neutral),
  // rated beside their nearest VADER-rated sibling: nightmare ~ horrible −2.5, decent between
  // okay 0.9 and good 1.9, convenient ~ useful 1.9, expensive half of overpriced.
  ['nightmare', -2.7, ['frustration'], ['fear']], ['nightmares', -2.4, ['frustration']], ['beware', -1.5, ['suspicion']],
  ['counterfeit', -2.2, ['suspicion'], ['anger']], ['garbled', -1.6, ['frustration']], ['cumbersome', -1.5, ['frustration']],
  ['clunky', -1.4, ['frustration']], ['excessive', -1.3], ['tinny', -1.2], ['leaking', -1.5, ['frustration']], ['leaks', -1.3],
  ['scratched', -1.4, ['frustration']], ['stained', -1.4, [], ['disgust']], ['rusty', -1.2], ['cramped', -1.4], ['crowded', -0.8],
  ['expensive', -0.8], ['pricey', -0.8], ['decent', 1.2, ['trust']], ['convenient', 1.6, ['trust']], ['handy', 1.5, ['trust']],
  ['practical', 1.2], ['functional', 1.0], ['ergonomic', 1.2], ['lightweight', 1.0], ['smooth', 1.3], ['smoothly', 1.5, ['trust']],
  ['crisp', 1.0], ['reasonable', 1.2, ['trust']], ['authentic', 1.5, ['trust']], ['cozy', 1.8, ['joy']], ['pumped', 1.9, ['drive'], ['desire']],
  // general words neither lexicon rates, found among misread tweets: chores ~ burden −1.9 (lighter),
  // decline(d) a loss ("card declined"), crave ~ desire 1.7 (weaker), coolest one step above cool 1.3,
  // angst ~ dread −2, creepy ~ scary
  ['decline', -1.0], ['declined', -1.0, ['frustration']], ['declining', -1.0], ['chore', -0.8], ['chores', -0.8],
  ['tedious', -1.5, ['frustration']], ['crave', 1.0, [], ['desire']], ['craves', 0.8, [], ['desire']],
  ['craving', 0.8, [], ['desire']], ['coolest', 1.8, ['joy']], ['angst', -1.8, [], ['fear']], ['shudder', -1.5, [], ['fear']],
  ['shudders', -1.5, [], ['fear']], ['cringe', -1.8, [], ['disgust']], ['cringey', -1.8, [], ['disgust']], ['creepy', -2.0, ['suspicion'], ['fear']],
  ['yikes', -1.0, [], ['fear']],
  // a sigh is weariness or resignation (VADER rates it +0.1); still an interjection, no negator reaches it
  ['sigh', -0.6, ['dejection']],
  // the slang "chillin'" is relaxing (the dropped-g reading would make it "chilling", VADER −0.1)
  ['chillin', 1.2, ['joy']],
  // a service event that happened is good news, so its negation is the complaint ("support never
  // answered", "closed my ticket without fixing anything"); VADER and AFINN rate none of them
  ['fixed', 1.0, ['trust']], ['fixing', 1.0], ['answered', 0.8, ['trust']], ['replied', 0.8, ['trust']], ['responded', 0.8, ['trust']],
  // chat spellings and interjections neither lexicon rates, as the word meant (luv = love 3.2 less
  // a step, awsome = awesome 3.1, thanx = thanks 1.9); ew ~ gross −2.1, fml ~ ugh −1.8
  ['luv', 2.5, ['joy'], ['love']], ['awsome', 3.1, ['joy'], ['joy']], ['kool', 1.3], ['thanx', 1.9, ['magnanimity']],
  ['thnx', 1.9, ['magnanimity']], ['yum', 2.0, [], ['desire']], ['ew', -1.5, [], ['disgust']], ['fml', -2.0, ['dejection']],
  ['omfg', -1.0], ['rocks', 1.5, ['joy']], // "this phone rocks": the verb (VADER has no "rocks" / "rock")
  // frequent misspellings in reviews, rated as the word meant
  ['dissapointed', -2.1, ['dejection'], ['sorrow']], ['disapointed', -2.1, ['dejection'], ['sorrow']],
  ['dissapointing', -2.2, ['dejection'], ['sorrow']], ['disapointing', -2.2, ['dejection'], ['sorrow']],
  ['excelent', 3.0, ['joy'], ['joy']], ['reccomend', 1.8, ['trust']], ['reccommend', 1.8, ['trust']], ['recomend', 1.8, ['trust']],
];

/**
 * Customer-domain phrases (tokens joined by one space), matched before words, longest first.
 * Ratings by this project; a phrase's words are not scored again.
 */
export const EN_DOMAIN_PHRASES: readonly Row[] = [
  ['never again', -2.6, ['frustration', 'dejection'], ['anger']],
  ['still no refund', -2.8, ['frustration', 'suspicion'], ['anger']],
  ['still waiting', -2.0, ['frustration'], ['anger']], ['still not', -1.2, ['frustration']],
  ['want my money back', -2.8, ['frustration'], ['anger']], ['money back', -1.2, ['frustration']],
  ['waited three weeks', -2.2, ['frustration'], ['anger']], ['waited two weeks', -2.0, ['frustration'], ['anger']],
  ['waited 3 weeks', -2.2, ['frustration'], ['anger']], ['waited 2 weeks', -2.0, ['frustration'], ['anger']],
  ['waited for weeks', -2.2, ['frustration'], ['anger']], ['waited an hour', -1.8, ['frustration'], ['anger']],
  ['waste of money', -2.8, ['frustration', 'dejection'], ['anger']], ['waste of time', -2.6, ['frustration'], ['anger']],
  ['customer service', 0], ['customer support', 0], ['tech support', 0], ['technical support', 0], ['no response', -1.8, ['frustration']], ['no answer', -1.6, ['frustration']],
  ['never arrived', -2.5, ['frustration', 'suspicion']], ['never received', -2.5, ['frustration', 'suspicion']],
  ['never showed up', -2.4, ['frustration']], ['not as described', -2.2, ['suspicion']], ['as described', 1.0, ['trust']],
  ['as advertised', 1.0, ['trust']], ['stopped working', -2.3, ['frustration']], ['quit working', -2.3, ['frustration']],
  ['fell apart', -2.3, ['frustration']], ['broke after', -2.0, ['frustration']], ['do not buy', -2.6, ['suspicion']],
  ["don't buy", -2.6, ['suspicion']], ['do not waste', -2.4, ['frustration']], ["don't waste", -2.4, ['frustration']],
  ['five stars', 2.6, ['joy'], ['joy']], ['5 stars', 2.6, ['joy'], ['joy']], ['one star', -2.0, ['dejection']],
  ['1 star', -2.0, ['dejection']], ['zero stars', -2.6, ['frustration']], ['0 stars', -2.6, ['frustration']],
  ['worth it', 1.8, ['joy']], ['worth every penny', 3.0, ['joy', 'trust'], ['joy']], ['piece of junk', -3.0, ['frustration'], ['disgust']],
  ['piece of crap', -3.0, ['frustration'], ['disgust']], ['piece of garbage', -3.0, ['frustration'], ['disgust']],
  ['rip off', -2.6, ['selfishness', 'suspicion'], ['anger']], ['ripped off', -2.8, ['selfishness', 'suspicion'], ['anger']],
  ['thank you', 2.0, ['magnanimity'], ['joy']], ['well done', 2.2, ['magnanimity'], ['joy']], ["can't wait", 2.2, ['drive'], ['desire']],
  ['cannot wait', 2.2, ['drive'], ['desire']], ['look forward', 1.6, ['drive'], ['desire']], ['looking forward', 1.6, ['drive'], ['desire']],
  ['be back', 1.8, ['drive', 'trust']], ['come back', 1.6, ['drive']], ['coming back', 1.6, ['drive']], ['go back', 1.2, ['drive']],
  ['buy again', 2.0, ['drive', 'trust'], ['desire']], ['order again', 1.8, ['drive', 'trust']], ['will return', 1.8, ['drive', 'trust']],
  ['would return', 1.6, ['drive']], ['hung up', -2.2, ['frustration'], ['anger']], ['on hold', -1.3, ['frustration']],
  ['the worst', -3.2, ['frustration'], ['anger']], ['so so', -0.6], ['so-so', -0.6], ['not bad', 1.2],
  ['not too bad', 1.0], ['no problem', 1.2], ['no problems', 1.4, ['trust']], ['no issues', 1.4, ['trust']], ['no complaints', 1.6, ['trust']],
  ['works great', 2.8, ['trust', 'joy'], ['joy']], ['works well', 2.2, ['trust']], ['works fine', 1.6, ['trust']], ['does the job', 1.4, ['trust']],
  ['does not work', -2.4, ['frustration']], ["doesn't work", -2.4, ['frustration']], ["didn't work", -2.2, ['frustration']],
  ['did not work', -2.2, ['frustration']], ['not working', -2.2, ['frustration']], ['returned it', -1.8, ['frustration']],
  ['sent it back', -1.8, ['frustration']], ['sending it back', -1.8, ['frustration']], ['what a joke', -2.2, ['suspicion'], ['disgust']],
  ['too bad', -1.2, ['dejection']], ['at least', 0], ['how long', -0.4], ['went downhill', -2.0, ['dejection']],
  ['high quality', 2.0, ['trust']], ['good quality', 2.0, ['trust']], ['poor quality', -2.2, ['frustration']], ['low quality', -2.0, ['frustration']],
  ['must have', 1.8, ['drive'], ['desire']], ['a must', 1.8, ['drive'], ['desire']], ['love it', 3.2, ['joy'], ['love']],
  ['easy to use', 2.0, ['trust']],
  // Idioms whose words read the other way (this project): "couldn't ask for more" is praise, not a
  // negated wish; "give 'em hell" cheers someone on ('em is read as em).
  ...["couldn't", 'could not', "can't", 'cannot'].flatMap((n): Row[] => [
    [`${n} ask for more`, 2.5, ['joy']], [`${n} ask for a better`, 2.5, ['joy']], [`${n} ask for better`, 2.5, ['joy']],
  ]),
  ['give em hell', 1.5, ['drive']], ['give them hell', 1.5, ['drive']],
  // review praise and complaints that read the other way word by word ("can't beat", "to die for")
  ...["can't", 'cannot', 'cant'].flatMap((n): Row[] => [[`${n} beat`, 2.0, ['joy']], [`${n} go wrong`, 2.0, ['trust']]]),
  ['cant wait', 2.2, ['drive'], ['desire']], ["can't complain", 1.2], ['to die for', 2.5, ['joy'], ['desire']],
  ['hard to beat', 2.0, ['joy']], ['second to none', 2.5, ['joy']], ['worth the wait', 2.0, ['joy']], ['no brainer', 1.5],
  ['killing it', 2.0, ['drive']], ['charged twice', -2.2, ['suspicion'], ['anger']], ['wrong size', -1.5, ['frustration']],
  ['wrong item', -1.8, ['frustration']], ['arrived early', 1.5, ['trust']], ['a day early', 1.2, ['trust']],
  ['exactly what i ordered', 2.0, ['trust']], ['exactly what i wanted', 2.0, ['joy']], ['came through', 1.2, ['trust']],
  ['for free', 1.0], ['called back', 0.8], ['called me back', 0.8], ['never called back', -2.0, ['frustration']],
  ['called three times', -1.5, ['frustration']], ['took a month', -1.5, ['frustration']], ['took weeks', -1.5, ['frustration']],
  ['took forever', -2.0, ['frustration']], ['thumbs up', 2.0, ['trust']], ['thumbs down', -2.0, ['suspicion']],
  ['a joke', -1.5, ['suspicion']], ['at best', -1.0, ['dejection']],
  ['poor excuse', -2.5, ['frustration']], ['wanted to like', -1.0, ['dejection']], ['wanted to love', -1.0, ['dejection']],
  ...["couldn't", 'could not'].flatMap((n): Row[] => [[`${n} be happier`, 3.0, ['joy'], ['joy']], [`${n} be better`, 2.5, ['joy']]]), ['had to call', -1.2, ['frustration']], ['heard back', 1.0, ['trust']],
  // getting the refund is the good event: "I didn't get a refund" negates it (refund alone is −0.3,
  // and a negated negative word turns weakly positive)
  ...['get', 'got', 'receive', 'received'].flatMap((v): Row[] => ['a', 'my', 'the'].map((d): Row => [`${v} ${d} refund`, 1.0, ['trust']])),
  ['big deal', 0], // "what's the big deal", "no big deal": not AFINN's big +1
  // "no longer" negates what follows ("no longer works"); alone it is a loss, VADER's "no" −1.2
  // ("can no longer do a shoulder stand", "will no longer be available")
  ['no longer', -1.2, ['dejection']],
  // "would like" is a wish, VADER's want 0.3, not liking 1.5 ("I'd like a refund")
  ...['would like', "i'd like", "we'd like", "you'd like", "they'd like"].map((p): Row => [p, 0.3]),
  ['as well', 0], ['oh well', -0.5, ['dejection']], // "as well" is "also"; "oh well" is resignation, not VADER's well +1.1
  // VADER's SPECIAL_CASE_IDIOMS (vaderSentiment.py, Hutto & Gilbert 2014)
  ['the shit', 3, ['joy']], ['the bomb', 3, ['joy']], ['bad ass', 1.5, ['drive']], ['yeah right', -2, ['suspicion']],
  ['cut the mustard', 2], ['kiss of death', -1.5], ['hand to mouth', -2, ['dejection']], ['hard to use', -1.6, ['frustration']], ['waste your money', -2.6, ['frustration']],
];
