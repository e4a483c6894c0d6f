/**
 * Books, films, music and learning. Written for this project (MIT). Format: see parseEntries.
 */
export const MEDIA = `
3 经典 好书 佳作 杰作 力作 名著 神作 必读 必看 百看不厌 爱不释卷 引人入胜 扣人心弦 / joy trust 喜
2.5 受益匪浅 受益良多 获益匪浅 深受启发 很有启发 发人深省 耐人寻味 醍醐灌顶 茅塞顿开 / trust drive
2 生动 风趣 幽默 深刻 透彻 深入浅出 通俗易懂 浅显易懂 易懂 实用性强 / joy trust
2 启发 启迪 受益 收获 有收获 收获很大 值得一读 值得一看 值得推荐 值得收藏 开卷有益 / trust drive
1.5 喜欢看 爱看 耐看 文笔优美 文笔流畅 插图精美 印刷精美 / joy
-2 枯燥乏味 空洞 肤浅 浅薄 啰嗦 罗嗦 冗长 拖沓 老套 俗套 牵强 生硬 / dejection 惡
-2 看不懂 看不下去 读不下去 晦涩 晦涩难懂 难懂 错字 错别字 印刷错误 盗版 缺页 掉页 / frustration
-2 烂片 烂书 骗钱 圈钱 凑字数 东拼西凑 抄袭 胡编乱造 胡说八道 误人子弟 / frustration suspicion 惡
`;
