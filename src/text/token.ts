/** A token of customer text, as the tokenisers emit it and the scorer reads it. */
export interface Token {
  /** The token as written (original case), e.g. `GREAT`, `不错`, `:-)`. */
  readonly text: string;
  /** The form used for look-up: lower-case, elongations squeezed (`sooo` → `so`), as the tokeniser decides. */
  readonly norm: string;
  /** UTF-16 offset of `text` in the original string. */
  readonly offset: number;
  /**
   * `word` (letters, CJK words, Weibo-style `[哈哈]` emoticons), `emoji` (pictographs),
   * `emoticon` (`:)`, `:-(`, `<3`), `number`, `punct` (clause and sentence marks, `!`, `?`),
   * `url`, `mention` (`@name`, `#tag` kept as `mention` only for @).
   */
  readonly kind: 'word' | 'emoji' | 'emoticon' | 'number' | 'punct' | 'url' | 'mention';
  /** The word was written in ALL CAPS (spaced scripts only). */
  readonly caps?: boolean;
  /** The word was elongated (`sooo`, `bellissimooo`). */
  readonly elongated?: boolean;
}
