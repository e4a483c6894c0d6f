/**
 * Traditional → simplified character table for the characters of everyday customer text (reviews,
 * service, delivery, feelings). Written by hand for this project (MIT); every pair is a one-to-one
 * UTF-16 code unit mapping, so normalising never moves an offset. Characters whose traditional
 * form is also a distinct simplified character with another meaning (著, 覆, 乾隆's 乾 is kept as
 * 干 because 乾淨 → 干净 matters more in reviews) are listed only when the review reading wins.
 */
const PAIRS =
  '錯错們们說说這这個个來来時时會会對对過过還还當当樣样麼么沒没為为爲为裡里裏里後后點点與与買买賣卖' +
  '貨货價价錢钱質质運运費费務务員员態态東东實实讓让給给長长開开關关見见覺觉頭头無无愛爱歡欢樂乐' +
  '氣气壞坏難难聽听體体驗验優优滿满較较極极幾几麗丽熱热閃闪圖图書书讀读寫写話话語语號号碼码機机' +
  '電电腦脑螢萤網网線线帶带廣广場场廠厂產产應应該该謝谢請请問问題题變变邊边進进連连專专業业層层' +
  '麥麦飯饭館馆飲饮雞鸡魚鱼鮮鲜湯汤藥药醫医療疗護护膚肤潤润髮发發发現现際际戶户裝装備备壓压聲声' +
  '響响亂乱髒脏舊旧傷伤淚泪慘惨憤愤惱恼煩烦厭厌惡恶噁恶懶懒悶闷驚惊嚇吓懼惧擔担憂忧絕绝輕轻鬆松' +
  '貴贵賺赚虧亏賠赔償偿換换辦办處处順顺穩稳讚赞贊赞稱称誇夸獎奖勵励歲岁親亲戀恋憐怜頁页預预訂订' +
  '約约則则設设計计細细節节級级紅红綠绿藍蓝黃黄顏颜張张準准確确誠诚認认識识獨独簡简單单雙双類类' +
  '總总結结夠够嗎吗誰谁隨随訊讯傳传遞递郵邮達达週周遲迟數数據据錶表鐘钟鏡镜燈灯視视盡尽佈布劃划' +
  '齊齐歸归檢检測测試试證证騙骗詐诈誤误謊谎賴赖譜谱強强勁劲衛卫禮礼兇凶罵骂嘆叹歎叹聞闻餿馊爛烂' +
  '蟲虫潔洁淨净適适環环靜静擁拥擠挤寬宽陳陈間间門门櫃柜樓楼陽阳風风涼凉溫温濕湿乾干麵面餅饼餵喂' +
  '飽饱餓饿鹹咸膩腻嚐尝嘗尝贈赠額额報报紙纸幣币銀银帳账賬账購购車车輛辆趕赶遠远參参興兴奮奋鬥斗' +
  '誌志憶忆懷怀戲戏劇剧編编輯辑譯译筆笔記记錄录課课練练習习學学師师導导損损釦扣鈕钮鍵键盤盘觸触' +
  '靈灵頓顿擋挡畫画續续軟软韌韧鋼钢鐵铁鋁铝膠胶紡纺織织綿绵絲丝縫缝領领褲裤襪袜緊紧勻匀貼贴傢家' +
  '團团隊队負负責责積积復复複复迴回饋馈聯联繫系係系絡络撥拨掛挂斷断轉转鬧闹彆别擾扰騷骚糾纠紛纷' +
  '訴诉願愿懇恳憑凭補补詞词彙汇匯汇舉举歷历曆历嬰婴兒儿孫孙媽妈爺爷倆俩僅仅儘尽從从眾众夥伙蘋苹' +
  '葉叶藝艺術术衝冲動动勞劳資资營营銷销遊游園园區区觀观狀状況况紀纪階阶庫库釋释擇择選选獲获穫获' +
  '雜杂標标籤签簽签濃浓灑洒潑泼顆颗艷艳豔艳漲涨雖虽卻却並并決决潰溃鬱郁慮虑遺遗頂顶評评討讨薦荐' +
  '鬼鬼愉愉悅悦興兴歎叹惜惜慚惭愧愧噹当嗚呜啞哑嘩哗哈哈嘻嘻囉啰鑽钻貓猫豬猪驢驴馬马鳥鸟蝦虾' +
  '龍龙鳳凤壯壮偉伟寶宝貝贝財财順顺慶庆喚唤歲岁擊击戰战敗败勝胜贏赢輸输準准恆恒堅坚韓韩陸陆' +
  '灣湾島岛國国華华語语漢汉詢询諮咨詳详談谈講讲證证議议論论訪访調调諒谅誘诱謂谓護护讀读識识' +
  '錯错鐘钟銷销鋪铺鎖锁閉闭閒闲閑闲闆板擺摆攤摊撐撑據据擴扩攔拦摺折搶抢揮挥損损壺壶瓶瓶罐罐' +
  '濾滤滷卤災灾熱热燒烧煙烟燦灿爐炉牆墙狀状獸兽猶犹獻献瑪玛環环產产畢毕瘋疯癢痒療疗癮瘾皺皱' +
  '盜盗碼码確确礙碍禍祸稅税穩稳窮穷竊窃築筑範范糧粮緒绪縮缩織织繼继纏缠罰罚羅罗蠟蜡衛卫製制' +
  '複复襯衬規规親亲覽览觸触訊讯託托誇夸說说調调謹谨證证讓让豐丰貪贪貧贫貶贬賀贺賞赏賤贱趨趋' +
  '蹤踪躍跃軌轨輔辅輪轮辦办辭辞農农遜逊遙遥適适選选遺遗還还邏逻醜丑釣钓鈍钝銳锐鋒锋錦锦錯错' +
  '鍋锅鎮镇閱阅闊阔隱隐隨随險险雞鸡離离雲云電电靈灵靜静頑顽頻频顧顾飄飘飾饰饞馋駕驾騎骑驕骄' +
  '髮发鬆松魯鲁鮑鲍鳴鸣麼么黨党齒齿龜龟';

let table: Map<number, number> | undefined;

/**
 * The traditional → simplified code unit table, built once on first use (O(table size)).
 *
 * @example
 * toSimplifiedTable().get('錯'.charCodeAt(0)) === '错'.charCodeAt(0); // true
 */
export function toSimplifiedTable(): ReadonlyMap<number, number> {
  if (table !== undefined) return table;
  const built = new Map<number, number>();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    const from = PAIRS.charCodeAt(i);
    const to = PAIRS.charCodeAt(i + 1);
    if (from !== to) built.set(from, to);
  }
  table = built;
  return built;
}
