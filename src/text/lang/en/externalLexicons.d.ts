// Types of the two lexicon modules read from runtime dependencies (they ship no types).

declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** VADER lexicon: token → mean human valence, -4 .. +4 (Hutto & Gilbert 2014, Apache-2.0). */
  export const lexicon: Readonly<Record<string, number>>;
}

declare module 'sentiment/languages/en/index.js' {
  /** AFINN-165 (Nielsen 2011, ODbL 1.0) as shipped by the `sentiment` package: word → -5 .. +5. */
  const en: { readonly labels: Readonly<Record<string, number>> };
  export default en;
}
