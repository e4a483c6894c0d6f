/**
 * Weibo bracket emoticons (`[哈哈]`), keyed with their brackets as tokeniseCjk emits them, and
 * their strength. Posters choose them on purpose to show their mood, so they weigh about as much as
 * a strong word. Written for this project (MIT). Format: see parseEntries.
 */
export const EMOTICONS = `
3 [哈哈] [嘻嘻] [太开心] [鼓掌] [爱你] [心] [给力] [赞] [good] [威武] [笑哈哈] [偷乐] [好爱哦] [噢耶] [耶] [赞啊] / joy 喜
3 [亲亲] [抱抱] [花心] [好喜欢] [爱心传递] [玫瑰] [鲜花] [礼物] [蛋糕] [干杯] [握手] [拍手] [哈哈哈] / 愛 喜
2.5 [偷笑] [可爱] [酷] [害羞] [馋嘴] [得意地笑] [挤眼] [做鬼脸] [帅] [ok] [耶耶] [来] [好棒] [棒棒哒] / joy 喜
2 [互粉] [发红包] [红包] [马到成功] [haha] [hold住] [求关注] / joy
1 [奥特曼] [兔子] [熊猫] [太阳] [微风] [飞机]
1 [围观] [思考] [话筒] [浮云] [神马] [吃货] [雪] [雪人] [照相机] / drive
-3 [泪] [悲伤] [伤心] [失望] [泪流满面] [蜡烛] [哎呦熊泪奔] [大哭] [心碎] [生病] [可怜] [委屈] / dejection 哀
-3 [怒] [怒骂] [抓狂] [鄙视] [衰] [晕] [吐] [发怒] [愤怒] [哼] [左哼哼] [右哼哼] [弱] [no] [不要] / frustration 怒
-2 [汗] [黑线] [吃惊] [疑问] [?] [闭嘴] [懒得理你] [阴险] [挖鼻屎] [困] [打哈气] [嘘] / frustration
-2 [崩溃] [j疯了] [疯了] [沙尘暴] [伤不起] [囧] [无语] [恐怖] [害怕] / frustration 懼
-1 [睡觉] [白眼] [费解] [最差] [哈欠] / suspicion
`;
