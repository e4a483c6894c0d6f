/**
 * Service, customer support (客服), sellers and after-sales. Written for this project (MIT).
 * Format: see parseEntries.
 */
export const SERVICE = `
3 服务周到 服务一流 热情周到 无微不至 宾至如归 细致入微 / trust magnanimity 愛
2.5 热情 耐心 周到 细心 用心 认真 负责 尽责 敬业 贴心服务 服务热情 态度热情 客气 礼貌 有礼貌 彬彬有礼 / trust magnanimity
2 高效 效率高 积极 主动 耐心解答 解答详细 处理及时 回复及时 秒回 / trust drive
2 诚意 真诚 诚恳 负责任 讲诚信 有诚信 售后无忧 保障 有保障 包退 包换 / trust
1.5 解决了 帮忙 帮助 帮我 协助 配合 理解 补发 换货成功 退款成功 / trust magnanimity
-3 态度恶劣 素质差 没素质 素质低 蛮横 霸道 嚣张 凶 粗鲁 粗暴 骂人 / frustration 怒 selfishness
-2.5 冷漠 冷淡 敷衍 推诿 推脱 踢皮球 扯皮 搪塞 爱理不理 不理不睬 不理人 不搭理 不回复 不回 / frustration 怒
-2.5 忽悠人 欺诈 宰客 宰人 乱收费 强买强卖 霸王条款 套路 套路深 陷阱 猫腻 耍赖 赖账 / suspicion 怒 selfishness
-2 拖延 拖拉 磨蹭 效率低 效率太低 慢吞吞 推三阻四 一拖再拖 迟迟 等半天 半天没人 / frustration
-2 不负责 不负责任 不专业 不礼貌 不耐烦 不讲理 不讲信用 不守信 不诚信 没诚信 失信 失望透顶 / frustration suspicion 怒
-2 投诉无门 维权 维权难 扯淡 无理 刁难 为难 / frustration 怒
-2 没有回复 没回复 都没有回复 欺客
-1.5 没人管 没人理 没人回 联系不上 打不通 找不到人 / frustration
-2 说不清楚 说不清 讲不清楚 一问三不知 答非所问 / frustration
-2 取消不了 退不了 改不了 登录不了 登不上 付不了 提交不了 联系不了 / frustration
-1.8 占线 一直占线 打不进去 没人接 无人接听 / frustration
-1.5 自动回复 自动消息 机器人回复 机器人客服 都是自动回复 / frustration
-1.2 排队 要排队 排长队 排了半天队 / frustration
-1.5 不提醒 也不提醒 没提醒 没有提醒 不通知 没通知 没有通知 擅自 / suspicion 怒
-1.5 说好的 / suspicion frustration
2 有心 很有心 太有心了 用心了 / magnanimity 喜
0.5 道歉
-1 退货 退款 退换 换货 退钱 要求退款 申请退款 索赔 / frustration
`;
