/**
 * Internet and Weibo slang, shopping-site shorthand, swearing. Written for this project (MIT).
 * Format: see parseEntries.
 */
export const SLANG = `
3 给力 点赞 赞 赞赞 赞一个 赞一下 顶一个 必须赞 666 牛 牛逼 牛b 牛掰 威武 霸气 / joy trust 喜
3 5星 5星好评 五颗星 5颗星 五星好评 全五星 满分好评 强烈推荐 力荐 墙裂推荐 安利 回购 必回购 无限回购 / trust drive
2.5 酷 炫 帅呆 碉堡 棒棒哒 棒棒的 萌萌哒 完胜 秒杀 逆天 吊炸天 / joy 喜
2.5 推荐 好评 / trust
2 偶像 男神 女神 大神 学霸 土豪 高富帅 白富美 正能量 红包 福利 中奖 抽中 / joy 欲
2 期待已久 等不及 迫不及待 求转发 / drive 欲
-3 1星 一颗星 1颗星 0星 零星好评 差评 坑爹 给差评 必须差评 一星 零分 负分 坑货 大坑 巨坑 天坑 / frustration 怒
-2.5 屌丝 傻逼 傻b 煞笔 sb 脑残 弱智 白痴 智障 二逼 装逼 装b 呸 滚粗 / frustration 怒 惡
-2 桑不起 醉了 我也是醉了 呵呵哒 无力吐槽 吐血 悲催 尴尬 / frustration dejection
-2 剁手后悔 踩雷 雷 雷人 被雷 翻车 辣眼睛 心塞 扎心 / frustration dejection
-1 呃 哼 / suspicion
`;
