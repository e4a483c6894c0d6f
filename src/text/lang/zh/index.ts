import { buildZhPack, type ZhPack } from './buildZhPack';

/**
 * The built-in Chinese pack (simplified and traditional: tokeniseCjk reads traditional characters
 * as simplified, so every key here is simplified). About 2,000 words and phrases written for this
 * project (MIT), Weibo emoticons keyed with brackets (`[哈哈]`), negators, boosters, contrast words,
 * and `segmentWords`, neutral words the segmenter needs so that 好像 is not read as 好.
 *
 * @example
 * zhPack.words.get('不错')?.valence; // 2
 */
export const zhPack: ZhPack = buildZhPack();
