/**
 * Price and value (价格, 性价比, 优惠). Written for this project (MIT). Format: see parseEntries.
 */
export const PRICE = `
2.5 物超所值 性价比高 性价比超高 超划算 很划算 价廉物美 物美价廉 价格实惠 经济实惠 / trust joy 喜
2 划算 实惠 便宜 优惠 低价 特价 超低价 捡便宜 捡漏 赚了 赚到 值了 值回票价 不亏 / trust joy
1 性价比
1.5 价格合理 价格公道 公道 合算 省钱 优惠券 满减 折扣 打折 促销 / trust
-1.5 贵 偏贵 昂贵 价格高 价格偏高 死贵 涨价 加价 溢价 / frustration
-1.5 降价
-2 亏了 亏大了 不值 不值得 不值钱 不划算 性价比低 性价比不高 坑钱货 智商税 / frustration dejection
-2.5 暴利 宰 被宰 黑店 价格虚高 乱涨价 先涨后降 价格欺诈 / suspicion frustration 怒
`;
