/**
 * Phones, tablets, computers, appliances (speed, screen, battery, faults). Written for this
 * project (MIT). Format: see parseEntries.
 */
export const DEVICES = `
2 流畅 顺滑 丝滑 灵敏 灵活 稳定 清晰 高清 细腻 鲜艳 / trust joy
2 续航强 待机长 耐用 静音 安静 手感不错 外观漂亮 外观好看 颜值高 / joy trust
1.5 功能强大 强大 够用 够快 兼容 省电 / trust
-2.5 死机 蓝屏 黑屏 花屏 白屏 自动重启 闪退 卡死 卡机 死机了 开不了机 开不开机 无法开机 / frustration 怒
-1.5 重启 卡
-2 卡顿 发热 发烫 烫手 耗电 费电 掉电快 续航短 不耐用 / frustration
-2 坏点 漏光 划痕 模糊 失真 杂音 噪音 嗡嗡响 异响 接触不良 充不进电 充不上电 不充电 / frustration
-2 返修 维修 送修 修不好 换机 退机 召回 返厂 / frustration
-1.5 预装 捆绑 广告多 弹窗 垃圾软件 流氓软件 / frustration suspicion
-1.5 声音很大 声音大 声音太大 噪声大 有点响 很响 太响 难搞 不好弄 装不上 识别不了 不够用 / frustration
-2 连不上 打不开 开不了 坏道 坏机 / frustration
1.5 一个都不少 平整 / trust
`;
