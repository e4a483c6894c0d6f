/**
 * Chinese multi-word phrases, matched whole by the segmenter before their parts: customer-domain
 * phrases (再也不买, 下次还来, 等了一个星期), negated forms whose meaning is stronger or other
 * than the rule would give (不满意, 不靠谱), and phrases negation would misread (没问题, 不愧).
 * Written for this project (MIT). Format: see parseEntries.
 */
export const PHRASES = `
# never again / again
-3 下次不会再来 不会再来 再也不来 再也不买 不会再买 不会再去 再也不去 不会再住 再也不住 再也不会来 / frustration dejection
-3 不会再光顾 再也不光顾 不会再选择 永远不会再 拉黑 已拉黑 第一次也是最后一次 最后一次买 最后一次来 / frustration
-2.5 不再住 不再来 不再去 打死也不 再也不会 不会再用 再也不用 不会再信 不再购买 不再光顾 下次不买 下次不来 下次不会买 / frustration dejection
2.5 不会再选择其他 不会再选别的 不会再买其他 不会再用别的 不会再换 / trust drive
2.5 下次还来 下次还会来 还会再来 会再来 还会光顾 再次光临 下次再来 还会再买 下次还买 还会回购 会回购 / trust drive
2.5 还会再来买 还会购买 会继续购买 继续购买 继续支持 一直支持 一如既往 一如既往的好 老顾客 回头客 / trust drive
2.5 推荐给朋友 会推荐给朋友 推荐给大家 已推荐给朋友 介绍朋友来买 买了还想买 值得购买 值得拥有 放心购买 / trust drive
1.5 第二次购买 第二次买 第三次购买 多次购买 一直在这买 老客户 买过很多次 / trust
# do not buy
-3 千万别买 千万不要买 劝大家别买 大家别买 大家不要买 建议不要买 谁买谁后悔 买了后悔 后悔买了 / frustration suspicion
-2.5 别买 不要买 慎买 慎入 慎重购买 谨慎购买 大家慎重 不推荐购买 不建议购买 不推荐 不值这个价 不值这个价钱 / frustration
-2.5 对不起这个价格 对不起这个价 配不上这个价格 不值那个价 浪费钱 浪费时间 白花钱 花冤枉钱 / frustration dejection
2 对得起这个价格 对得起这个价 对得起 配得上 对得住 / trust
# waiting and not received
-2 还没收到 一直没收到 迟迟没到 迟迟没有发货 等了好久 等了很久 等了半天 等了好几天 等了这么久 等了那么久 / frustration
-2.5 客服不理 客服不回 客服不回复 客服不理人 没人理 没人处理 没人管 / frustration 怒
-2 还没发货 还没到货 还不发货 迟迟不到 一直不到 一直没到 一直没发货 / frustration
# the expectation gap of service: a refund that did not come, money taken twice (negative); a
# refund that came at once, a free replacement (positive). 退款 alone is a mild complaint (−1), so
# "没有退款" would otherwise read as a negated complaint, i.e. praise.
-2.5 没有退款 没退款 还没退款 还没有退款 没收到退款 没有收到退款 退款没到 退款还没到 退款一直没到 迟迟不退款 一直不退款 拒绝退款 / frustration 怒
-2.5 扣了两次 扣了我两次 扣两次 重复扣款 重复扣费 多扣 多扣了 多扣钱 多收了 多收钱 乱扣费 / suspicion 怒
2.5 下次还会买 还会买 下次还会再买 还会再订 会再买 / trust drive
2 当天就到账 当天到账 很快到账 秒到账 马上到账 退款很快 退款及时 退款速度快 退款迅速 / trust
2 免费换 免费换新 免费更换 换了新的 给我换了新的 直接换新 / trust magnanimity
# negated forms read whole
-2.5 不满意 很不满意 不靠谱 不开心 不高兴 不愉快 不爽 不喜欢 不推荐给 不值得买 / frustration dejection
-2 不好用 不好吃 不好看 不舒服 不干净 不新鲜 不耐用 不稳定 不流畅 不实用 不合适 不清晰 不灵敏 / frustration
-2 没效果 没什么效果 没有效果 没作用 没反应 没信号 没声音 没法用 没办法用 用不了 不能用 / frustration
-1 没感觉 没什么感觉 没特色 没有特色 没什么特别 没啥特别 没必要 不怎么样 不咋地 不咋样 / dejection
# negation would misread these
2.5 不可多得 不可替代
1.5 不可或缺
-3 不能再差 差得不能再差 差到不能再差 别再上当 不要再上当 千万别再上当 / frustration 怒
2 没问题 没有问题 没什么问题 没啥问题 没发现问题 没有任何问题 一切正常 没得挑 挑不出毛病 / trust
2 不愧 不愧是 名不虚传 不虚此行 不在话下 不辞辛苦 不厌其烦 不负所望 不负众望 离不开 / trust joy
1.5 不亏 不后悔 没后悔 不失望 没失望 没有失望 没让我失望 不会失望 不枉 / trust
-1 差强人意 不尽如人意 / dejection
-2 不敢恭维 不伦不类 不知所云 不可理喻 一无是处 忍无可忍 无法忍受 难以忍受 / frustration 惡
# greetings and wishes (social posts)
3 生日快乐 新年快乐 节日快乐 圣诞快乐 中秋快乐 春节快乐 新婚快乐 情人节快乐 万事如意 心想事成 / joy 喜 愛
1.5 晚安 早安 早上好 晚上好 周末愉快 好梦 祝福 祝 / joy 愛
-2 好想哭 想哭 求安慰 睡不着 失眠 生病 生病了 感冒 感冒了 发烧 咳嗽 难受 / dejection 哀
-1.5 疼 痛 好疼 好痛 / dejection 哀
`;

/** Counts for the generated `打了<n>次电话` phrases: a second contact and more. */
const REPEAT_NUMBERS = ['两', '二', '三', '四', '五', '六', '七', '八', '九', '十', '好几', '几', '十几', '无数', '多'];
const REPEAT_FORMS = ['打了{n}次电话', '打了{n}通电话', '催了{n}次', '问了{n}次', '联系了{n}次', '找了{n}次', '投诉了{n}次'];

/**
 * `打了三次电话`, `催了好几次`, `投诉了两次` ...: every count × form, as one more group line (not
 * `打了两个电话`, which is as often a plain booking call as a chase). Each
 * contact with support is a service defect, and a repeated one is worse (the theory's "every
 * contact is a defect"; ARCHITECTURE.md): −2, as the waiting phrases.
 *
 * @example
 * repeatPhrases().includes('打了三次电话'); // true
 */
export function repeatPhrases(): string {
  const words: string[] = [];
  for (const form of REPEAT_FORMS) for (const n of REPEAT_NUMBERS) words.push(form.replace('{n}', n));
  return `-2 ${words.join(' ')} / frustration`;
}

/** Units of waiting time for the generated `等了<number><unit>` phrases. */
const WAIT_NUMBERS = ['一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十', '半', '好几', '几', '十几', '二十'];
const WAIT_UNITS = ['天', '周', '个星期', '星期', '个月', '个小时', '小时'];

/**
 * `等了三天`, `等了一个星期`, `等了半个月` ...: every number × unit, as one more group line.
 * Waiting is the commonest delivery complaint; spelling each out by hand would miss forms.
 *
 * @example
 * waitPhrases().includes('等了三天'); // true
 */
export function waitPhrases(): string {
 const words: string[] = [];
 for (const n of WAIT_NUMBERS) for (const unit of WAIT_UNITS) words.push(`等了${n}${unit}`, `等了${n}${unit}才到`);
 return `-2 ${words.join(' ')} / frustration`;
}
