/**
 * Product quality, materials, workmanship, authenticity (clothes, shampoo, milk, appliances).
 * Written for this project (MIT). Format: see parseEntries.
 */
export const QUALITY = `
2.5 正品 行货 原装 真品 质量上乘 做工精细 做工精致 用料足 货真价实 / trust
2 结实 牢固 坚固 扎实 厚实 耐磨 经久耐用 耐穿 耐脏 抗摔 皮实 / trust
2 柔软 柔顺 光滑 蓬松 清爽 滋润 保湿 温和 不刺激 无刺激 / joy trust
1.5 透气 轻薄 轻便 小巧 轻巧 紧凑 便携 显瘦 修身 合体 挺括 有型 / joy
1.5 崭新 全新 干干净净 完好 完好无缺 无损 无瑕疵 无异味 无色差 / trust
1.5 好闻 清香 香 芳香 清新 淡淡的香 香味好闻 / joy 喜
2 有质感 高档 高端 上档次 档次高 大牌 名牌 奢华 豪华 精美绝伦 / trust joy
-1.5 烟味 农药味 味重 掉落 起毛 变色 粘毛 破洞 积水 小一号 大一号 小了一号 大了一号 冻了 冻坏 出油 没有发票 没发票
-1 湿 洞 油
-1.5 稀 太稀 兑水 掺水 穿不下 穿不了 偏紧 僵硬
-1.5 色差 起球 掉色 褪色 缩水 变形 开线 脱线 线头 走线 起皱 皱巴巴 勾丝 / frustration
-1.5 扎人 刺痒 磨脚 夹脚 紧绷 偏小 偏大 不合身 尺码不准 / frustration
-2 粗糙 毛糙 做工粗糙 廉价感 山寨 仿冒 仿品 高仿 水货 翻新 二手 旧货 / suspicion frustration 惡
-3 假货 假的 假冒 冒牌 假冒伪劣 伪劣 三无产品 地摊货 以次充好 / suspicion frustration 惡 怒
-2 污渍 污点 脏了 脏兮兮 发霉 霉变 生锈 锈 裂 裂了 裂开 裂缝 开裂 刮花 凹陷 / frustration 惡
-2 异味 怪味 味道大 刺鼻 臭 臭味 发臭 难闻 骚味 甲醛 有毒 / 惡 frustration
-2 漏 漏水 漏液 漏气 渗漏 掉毛 脱毛 掉渣 断了 断裂 掉了 松动 松了 摇晃 / frustration
-2 过敏 红肿 长痘 瘙痒 头皮屑 油腻 干枯 毛躁 分叉 掉发 掉头发 脱发 头痒 / frustration 哀
-1.5 缺件 少件 缺货 发错 错发 发错货 不是正品 货不对板 与描述不符 图片不符 / suspicion frustration
-2.5 次货 掺次货 偷工减料 欺负消费者 / suspicion frustration 怒
-1.5 木了 变软 碰伤 磕碰 压伤 碰坏 烂掉 烂掉了 打蜡 大小不一 好小 / frustration
1 均匀 一致 / trust
2 与图片一致 和图片一致 与描述一致 和描述一致 跟图片一样 和图片一样 与图片相符 和描述的一样 / trust
`;
