/**
 * Hotels and places (rooms, location, breakfast, noise). Written for this project (MIT).
 * Format: see parseEntries.
 */
export const HOTEL = `
2 干净 整洁 干净整洁 清洁 一尘不染 舒适 宽敞 宽大 明亮 敞亮 幽静 清静 僻静 / joy trust
2 雅致 典雅 别致 优美 风景优美 景色优美 环境优美 海景 / joy 喜
1.5 交通方便 交通便利 离市区近 离地铁近 购物方便 出行方便 / trust
1.5 早餐丰富 种类多 品种多 花样多 设施齐全 设施完善 设施新 装修新 新装修 / trust
2 推荐入住 还会入住 下次还住 值得入住 性价比高的酒店 / trust drive
-2 脏 脏乱 脏乱差 邋遢 污 霉味 潮湿 潮 阴暗 昏暗 异味重 蟑螂 老鼠 蚊子 虫子 / 惡 frustration
-2 吵 吵闹 嘈杂 噪音大 隔音不好 不隔音 闹哄哄 喧闹 / frustration 怒
-1 冷
-2 不卫生 房间小 房间很小 房间太小 空间小 空间太小 面积小 味道重 味道很重 味道好重 味道太重 味很重
-1.5 旧 陈旧 老旧 破旧 简陋 狭小 拥挤 狭窄 小得可怜 偏僻 偏远 / frustration
-1.5 冷冰冰 闷热 不热 热水不热 没热水 没有热水 水压小 漏风 断网 没网 / frustration
-2 坑人的酒店 黑酒店 骗子酒店 不建议 不会再住 再也不住 / frustration suspicion
`;
