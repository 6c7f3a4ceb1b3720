/**
 * Characters written one way in Simplified Chinese and another in Traditional Chinese, to catch
 * a Simplified character in zh-TW text or a Traditional one in zh-CN text. Only characters the
 * other script does not use in ordinary writing are listed: not 台, 里, 著 or 干, for example.
 */
const PAIRS =
  '户戶 点點 阶階 触觸 开開 关關 闭閉 选選 择擇 设設 视視 图圖 这這 个個 们們 为為 时時 实實 错錯 误誤 ' +
  '无無 删刪 标標 题題 编編 辑輯 档檔 页頁 问問 请請 级級 务務 验驗 体體 满滿 悦悅 网網 电電 话話 邮郵 ' +
  '动動 应應 软軟 广廣 评評 论論 伙夥 净淨 荐薦 费費 联聯 络絡 决決 转轉 换換 车車 弃棄 单單 额額 购購 ' +
  '买買 对對 语語 机機 会會 计計 进進 严嚴 轻輕 较較 来來 断斷 间間 发發 说說 让讓 从從 给給 与與 还還 ' +
  '过過 经經 见見 现現 览覽 欢歡 谢謝 钟鐘 预預 约約 诊診 疗療 医醫 齿齒 厅廳 馆館 饭飯 价價 钱錢 货貨 ' +
  '运運 递遞 号號 码碼 数數 据據 证證 条條 帮幫 东東 两兩 长長 门門 么麼 样樣 边邊 乐樂 写寫 读讀 听聽 ' +
  '头頭 儿兒 资資 讯訊 认認 识識 种種 类類 质質 线線 终終 产產 业業 报報 态態 层層 赠贈 饮飲 灯燈 盘盤 ' +
  '热熱 鲜鮮 试試 顾顧 团團 队隊 优優 须須 于於 后後 丰豐 云雲 着著';

/** 着 and 著: Simplified writes 着 for the aspect particle and keeps 著 for 著名, so only 着 is one-sided. */
const SHARED = new Set(['著']);

const SIMPLIFIED_ONLY = new Set<string>();
const TRADITIONAL_ONLY = new Set<string>();
for (const pair of PAIRS.split(' ')) {
  const [simplified, traditional] = [...pair] as [string, string];
  SIMPLIFIED_ONLY.add(simplified);
  if (!SHARED.has(traditional)) TRADITIONAL_ONLY.add(traditional);
}

/** Characters in `text` that belong to the other script than `lang` is written in. */
export function wrongScriptChars(text: string, lang: 'zh-CN' | 'zh-TW'): string[] {
  const foreign = lang === 'zh-CN' ? TRADITIONAL_ONLY : SIMPLIFIED_ONLY;
  return [...new Set([...text].filter((c) => foreign.has(c)))];
}

export const hasCjk = (text: string) => /[\u3400-\u9fff]/.test(text);
