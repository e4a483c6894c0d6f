/**
 * General evaluation words (good / bad, right / wrong), written for this project (MIT).
 * Format: see parseEntries: `valence word ... / tags`.
 */
export const GENERAL = `
# strongly positive
3.5 完美 完美无缺 无可挑剔 无与伦比 十全十美 尽善尽美 极品 / trust joy 喜
3 优秀 出色 卓越 杰出 精彩 绝佳 一流 顶级 顶呱呱 呱呱叫 惊艳 震撼 了不起 / trust joy 喜
3 赞不绝口 无敌 神器 良心 良心产品 满分 / trust joy 喜
# positive
2.5 棒 优质 优良 精品 佳品 上乘 上品 出众 难得 宝贝 理想 一级棒 / trust joy 喜
2 好 不错 不赖 挺好 良好 优 佳 美 妙 美好 美妙 完善 精美 精良 精致 精细 / trust
2 靠谱 可靠 放心 安心 信赖 值得信赖 稳妥 踏实 靠得住 正规 专业 规范 诚实 守信 / trust
1.5 值
2 值得 物有所值 超值 实用 管用 有用 有效 见效 好用 方便 便利 便捷 简单方便 省事 省心 / trust
2 合适 适合 合身 合理 恰当 到位 周全 齐全 全面 完整 充足 丰富 / trust
2 惊喜 意外惊喜 喜出望外 超出预期 超乎想象 没得说 没话说 没毛病 无可厚非 / joy trust 喜
1 可以
1.5 还行 还可以 还不错 挺不错 蛮好 过得去 尚可 还好 合格 达标 可圈可点 / trust
1.5 成功 顺利 顺畅 妥当 稳 准确 精准 正确 明白 干脆 利索 / trust
1.5 进步 改进 改善 提升 提高 优化 升级 创新 新颖 独特 有特色 有意思 / joy drive
1 好处 优点 优势 亮点 长处 强项 特色 卖点 / trust
1 支持 赞成 认可 同意 欣赏 佩服 敬佩 钦佩 赞赏 赞美 表扬 称赞 夸 夸奖 / trust magnanimity
1 感谢 多谢 感激 感恩 谢了 辛苦了 / magnanimity 愛
# mildly negative
-1 一般 一般般
-0.5 普通 平平 平庸 马马虎虎 凑合着用 不太行 / dejection
-1 缺陷 毛病 问题 短板 弊端 硬伤 败笔 遗憾 可惜 / frustration
-1.5 莫名其妙 夸张 / suspicion
-1 不如 没办法
-1.5 还不如
-1 麻烦 费劲 费事 繁琐 别扭 困难 不便 难用 难找 / frustration
-1.5 失误 错误 出错 错了 有误 误导 偏差 不对 不准 不符 不一致 对不上 / suspicion frustration
# "a bit too X" and "too X" for sizes and amounts (小了点, 太重): a complaint whatever X is
-1 大了点 贵了点 薄了点 厚了点 短了点 长了点 慢了点 少了点 硬了点 软了点 重了点 紧了点 松了点 差了点 / frustration
-1 小了些 大了些 贵了些 少了些 慢了些 太重 太大 太小 太长 太短 太厚 太薄 太硬 太软 太紧 太松 太久 太少 太轻 / frustration
-1.5 有待 有待改进 有待提高 有待加强 有待改善 需要改进 还需改进 还需努力 不习惯 用不惯 / frustration
-0.5 将就 凑合 只适合 只能说
-1 差了一点 小了一点 大了一点 贵了一点 少了一点 慢了一点 短了一点 长了一点 太高 不是人吃的
-1.5 捉急 着急 情何以堪 糊弄 不知说啥好 不知道说什么好 不知说什么好 降了 是不是正品 是否正品 是不是真的 是不是假的 / suspicion
-0.5 居然 竟然 明明 / suspicion
-1.5 不敢 不敢买 不敢喝 不敢吃 不敢用 够呛 小气 荒凉 沉重 困惑 琐碎 打发人 一路走好 / dejection
1 足 足够 充足 份量足 分量足 量足 / trust
-2 太次 不走心 一塌糊涂 乱七八糟 名不副实 言过其实 夸大宣传 达不到 根本达不到 无法解决 无法满足 / frustration
-3 狗屎 一坨屎 屎 狗屁 他吗的 特么 妈蛋 糊弄人 不要脸 唯利是图 店大欺客 虚假宣传 / frustration 怒 惡
-1.5 乱 乱码 混乱 杂乱 纠结 迟钝 反应迟钝 碰运气 不符合 亏 无法 无法理解 无法使用 太热 好热 / frustration
-1 缺乏 随便 打发时间 / dejection
1.5 走心 高大上 智慧 聪明 睿智 机智 讲信用 守信用 有信用 幸亏 多亏 / trust
1 可行 深入 符合 / trust
# negative
-2 差 差劲 不行 欠佳 不妥 糟 糟心 烂 破 次品 残次品 / frustration 惡
-2 失败 失灵 失效 无效 无用 没用 没啥用 没什么用 白费 浪费 白买 废 废物 报废 鸡肋 / frustration dejection
-2 坏 坏了 坏掉 损坏 破损 毁 毁了 故障 出问题 有问题 毛病多 问题多 / frustration
-2.5 糟糕 糟透 烂透 差劲透顶 / frustration 惡
-3 垃圾 垃圾货 辣鸡 渣 渣渣 破烂 烂货 劣质 低劣 差到极点 不堪 不堪入目 / frustration 惡
-3 骗 骗人 骗子 欺骗 坑人 坑钱 忽悠 诈骗 黑心 奸商 无良 缺德 无耻 卑鄙 / suspicion frustration 怒 惡
-3.5 垃圾中的垃圾 坑爹货 差评中的差评 / frustration 怒 惡
# mild flaws named inside mostly positive reviews (pros and cons), and words of relief
1.5 信任 问题解决了 已解决 一切正常
1 美中不足 辛苦了 辛苦 本来担心 本来还担心 原本担心 之前还担心 还担心 / trust
1 搞笑 逗 / joy
0.5 中规中矩
-0.5 缺点 不足 复杂 小了点 小贵 紧 / frustration
-1 担心 / 懼
-1.5 瑕疵 得厉害 诚信何在 / frustration
-2 不给退货 不能退货 不让退货 不给退 不退 不给退款 不退款 不能退款 不给换 不给换货 不能换货 / frustration 怒
-2.5 不要上当 别上当 千万不要上当 大家不要上当 / suspicion 怒
-1.5 不想给差评 不给差评 不想差评 没有赠品 没送赠品 少了赠品 赠品没有 / frustration
2 紧张刺激 酸甜 酸酸甜甜 / joy 喜
0.5 谢谢 / magnanimity 愛
1.5 信服 有保证 保证 意义 用处 够大 / trust
2 当天就收到 第二天就收到 次日就收到 隔天就收到 当天就到了 / trust joy
1 就收到了 就到了 / trust
-1.5 严重 异常 太严重 笼统 服了 掉颜色 痒 抠 抠门 蔫了 流水账 流水帐 脱节 吃力 不标准 早知道 / frustration
-2 不是人 简直不是人 搞什么 搞什么鬼 早知如此 就不买了 毫无意义 没有意义 没意义 没有什么用处 没用处 没法穿 耗电快 / frustration 怒
-1.5 漏出来 流出来 洒了 撒了 到处都是 不知道真假 没送 不送 没有送 都不送 大了 小了 太低 / frustration
-2 和图片不一样 与图片不一样 跟图片不一样 和图片上的不一样 颜色不一样 描述不一 与描述不一 相差较大 相差很大 / suspicion frustration
-2 没拿到货 不给解决 没给解决 没解决 不解决 一直没解决 / frustration 怒
-2.5 再也不 你妹 晒你妹 / frustration 怒
2 再也不用担心 / joy
-1.5 没人要 卖不出去 不如上次 不如以前 没有以前好 给个说法 超时 欺负 / frustration
-2 一次不如一次 / frustration dejection
1.5 力度大 力度很大 / joy
# 厉害 alone follows a complaint as often as it praises (掉色厉害 = fades badly): only the praising forms
2 真厉害 好厉害 太厉害了 / joy 喜
-0.5 紧张 / 懼
-2 无法退货 没法退货 不予退货 拒绝退货 不支持退货 退不了 退不掉 不给退换 不能退换 不差评 / frustration 怒
-1.5 可笑 脆弱 冷酷 吹牛 贬值 / frustration
-2 嘲笑 残酷 / 惡
-1 酷暑 / dejection
2 灿烂 天真烂漫 / joy 喜
1.5 控油 / trust
-1.5 最好不要 最好别 / frustration
`;
