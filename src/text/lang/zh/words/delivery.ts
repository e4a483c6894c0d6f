/**
 * Delivery and logistics (物流, 快递, 发货, 包装). Written for this project (MIT).
 * Format: see parseEntries.
 */
export const DELIVERY = `
2.5 神速 超快 飞快 光速 极速 火速 第二天就到 当天到 次日达 / trust joy 喜
1.5 快 迅速 及时 准时 按时 守时 快捷 快速 麻利 隔天就到 如期 / trust
1.5 包装精美 包装完好 包装严实 包装结实 包装仔细 包得很好 包装很用心 完好无损 没有破损 / trust
1.5 送货上门 送上门 服务到家 / trust
-1.5 慢 缓慢 龟速 蜗牛 磨叽 延迟 延误 推迟 晚到 迟到 耽误 耽搁 / frustration
-2 没更新 都没更新 不更新 物流没更新 物流不更新 物流信息不更新 物流停了 物流不动 / frustration
-1.2 才到 才发货 才发出 才送到 才回复 / frustration
-2 丢件 丢失 丢了 弄丢 寄丢 丢货 被退回 拒收 压坏 摔坏 压扁 挤压 漏发 少发 / frustration 怒
-1.5 包装简陋 包装破损 包装破了 包装烂 没有包装 简易包装 盒子破了 箱子破了 / frustration
-2 还没到 还没发货 迟迟不发货 不发货 没发货 一直不发 没收到 还没收到 没收到货 未收到 收不到 / frustration 怒
-2 没有收到 没有收到货 找不到客服 / frustration
`;
