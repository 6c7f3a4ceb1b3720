/** 比較模式：與另一個版本比較地圖，還原上次儲存的備份。 */
import type { Messages } from '../en';
import type { compare as en } from '../en/compare';

export const compare: Pick<Messages, keyof typeof en> = {
  compare: {
    command: {
      compareWith: '與…比較',
      restorePrevious: '還原上一個版本…',
      leave: '結束比較',
      restore: '還原此版本',
    },
    menu: {
      compareWith: '與…比較',
      restorePrevious: '還原上一個版本…',
    },
    choose: {
      title: '與…比較',
      body: '要將地圖與哪個版本比較？',
      file: '另一個檔案…',
      disk: '磁碟上的目前檔案',
      backup: '上次儲存的備份',
    },
    status: {
      comparing: '正在與 {{name}} 比較',
      restored: '已還原 {{name}}：復原可找回原本的內容；儲存後生效',
    },
    panel: {
      label: '變更',
      title: '相對於 {{name}} 的變更',
      summary: '新增 {{added}}，刪除 {{removed}}，修改 {{changed}}',
      explain:
        '地圖顯示的是目前版本：新增的卡片有綠色外框和 +，修改的有橘色外框和 ~，刪除的以淡色顯示在原來的位置。可以繼續編輯，清單會隨之更新。',
      none: '沒有變更：兩個版本是同一個旅程。',
      list: '所有變更',
      select: '選取對應的卡片',
    },
    report: {
      title: 'KPI 與情緒的變化',
      emotion: '各人物誌的平均情緒',
      kpi: 'KPI',
      persona: '人物誌',
      metric: '指標',
      before: '之前',
      after: '現在',
      none: '無',
      values: '基準 {{baseline}}，目前 {{current}}，目標 {{target}}',
      noEmotionChange: '沒有人物誌的平均情緒發生變化。',
      noKpiChange: '沒有 KPI 發生變化。',
    },
    canvas: {
      added: '此版本中新增',
      changed: '此版本中已修改',
      removed: '已刪除：{{title}}',
    },
  },
};
