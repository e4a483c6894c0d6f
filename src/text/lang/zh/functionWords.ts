/**
 * Chinese function words the scorer's rules read: negators, boosters (intensifiers > 0,
 * downtoners < 0, on VADER's scale where "very" adds 0.293), contrast words. Written for this
 * project (MIT).
 */

/** Negators: flip the polarity of the sentiment word they govern (不好, 没有意思, 毫不犹豫). */
export const NEGATORS: readonly string[] = [
  '不', '没', '没有', '别', '未', '无', '毫不', '毫无', '不是', '并不', '并没有', '并没', '并非', '并不是',
  '从不', '从没', '从没有', '从未', '绝不', '决不', '绝非', '绝对不', '一点也不', '一点都不', '根本不',
  '根本没有', '根本没', '完全不', '压根不', '压根没', '不会', '不再', '不太', '不怎么', '不大', '不够', '非',
  '勿', '莫', '木有', '没得', '甭', '不用', '不必', '无需', '不曾', '未曾', '没能', '未能', '不能', '不要', '休想', '谈不上',
  '算不上', '称不上', '说不上', '不算', '没法', '难以',
  // "not as good as expected / advertised": the comparison is part of the negator, so the
  // evaluation that follows (没有想象中那么好) stays within the 3-unit scope.
  '没有想象中', '没有想象中的', '没想象中', '没有想象的', '没有想像中', '不如想象中', '不如想象的', '没有宣传的',
  '没有说的', '没有描述的', '没有图片上', '没有图片', '不像宣传的', '没有传说中', '没有传说中的', '没有预期的',
];

/**
 * Boosters. Values follow VADER's B_INCR = 0.293 for the common "very" words (很, 非常 a little
 * stronger, as in Chinese 很 is often a bare link word and 非常 a real intensifier), larger for
 * superlatives and "extremely" words, and B_DECR = -0.293 for "a little / slightly" words
 * (有点 有些 稍微 略). 太 marks excess in reviews (太贵, 太慢) and is weighted like 非常.
 */
export const BOOSTERS: ReadonlyArray<readonly [string, number]> = [
  ['很', 0.2], ['挺', 0.2], ['蛮', 0.2], ['真', 0.293], ['真的', 0.293], ['真是', 0.293],
  ['非常', 0.35], ['太', 0.35], ['特别', 0.35], ['十分', 0.35], ['相当', 0.3], ['尤其', 0.3], ['格外', 0.3],
  ['超', 0.35], ['超级', 0.4], ['巨', 0.4], ['贼', 0.35], ['灰常', 0.35], ['倍儿', 0.3], 
  ['极', 0.45], ['极其', 0.45], ['极为', 0.45], ['极度', 0.45], ['最', 0.45], ['无比', 0.45], ['万分', 0.45],
  ['异常', 0.35], ['严重', 0.35], ['实在', 0.3], ['实在是', 0.3], ['确实', 0.2], ['简直', 0.35], ['完全', 0.3], ['绝对', 0.35],
  ['更', 0.2], ['更加', 0.25], ['越来越', 0.2], ['如此', 0.25], ['这么', 0.2], ['那么', 0.15], ['多么', 0.3],
  ['深深', 0.3], ['不是一般的', 0.45], ['非一般的', 0.45], ['分外', 0.3], ['颇', 0.25], ['颇为', 0.25], ['过于', 0.3], ['太过', 0.35], ['忒', 0.3],
  ['有点', -0.293], ['有点儿', -0.293], ['有些', -0.25], ['稍微', -0.293], ['稍', -0.25], ['略', -0.293],
  ['略微', -0.293], ['略有', -0.25], ['一点', -0.2], ['一点点', -0.3], ['些许', -0.25], ['比较', -0.1], ['较', -0.1], ['较为', -0.1],
  ['相对', -0.15], ['还算', -0.2], ['还算是', -0.2], ['勉强', -0.3], ['稍稍', -0.293],
];

/**
 * After these, the clause outweighs the one before (质量不错，但是物流太慢). 就是 ("only that") is left
 * out: it is as often emphatic (就是好), and with it accuracy fell on both Chinese sets.
 */
export const CONTRAST_AFTER: readonly string[] = [
  '但是', '可是', '不过', '然而', '但', '却', '只是', '只不过', '偏偏', '遗憾的是', '可惜的是',
];

/** These open a clause that the next clause outweighs (虽然…但是, 尽管…). */
export const CONTRAST_BEFORE: readonly string[] = ['虽然', '虽说', '虽', '尽管', '固然', '虽然说'];
