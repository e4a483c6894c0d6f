/**
 * Food, fruit, milk (taste, freshness, spoilage). Written for this project (MIT).
 * Format: see parseEntries.
 */
export const FOOD = `
2.5 好吃
3 美味 可口 香甜 鲜美 美味可口 色香味俱全 回味无穷 / joy 喜 欲
2 新鲜 鲜嫩 嫩 脆 爽脆 香脆 酥脆 甘甜 清甜 甜美 多汁 水分足 汁多 饱满 / joy 喜
2 入味 下饭 够味 正宗 地道 醇 醇厚 浓郁 香浓 香醇 爽口 开胃 解馋 好喝 / joy 喜
1.5 鲜 甜
1.5 营养 健康 天然 无添加 绿色 有机 放心吃 / trust
-2.5 难吃 难喝 难以下咽 恶心死了 没法吃 不能吃 吃不了 / 惡 frustration
-2.5 变质 腐烂 烂了 坏果 烂果 发霉了 过期 馊 馊了 酸了 发酸 变味 长毛 生虫 有虫 / 惡 frustration
-1.5 酸 苦 涩 发苦 苦涩 干巴巴 干瘪 皱皮 太小 水分少 没味 没味道 寡淡 淡而无味 / frustration
-1.5 咸 太甜 太腻 太油 腥 腥味 膻 硬邦邦 / frustration
1.5 个头大 个头很大 个儿大 果子大
-1.5 个头小 个头很小 个儿小 果子小 个头太小
`;
