/** 與檔案相關的對話方塊。 */
import type { Messages } from '../en';
import type { dialog as en } from '../en/dialog';

export const dialog: Pick<Messages, keyof typeof en> = {
  dialog: {
    openFailedTitle: '無法開啟 {{name}}',
    openFailedIntro: '檔案沒有開啟，也沒有做任何變更。發現以下問題：',
    andMore: '還有 {{count}} 個',
    copyProblems: '複製所有問題',
    copied: '已複製',
    close: '關閉',
    saveFailedTitle: '無法儲存',
    saveChangesTitle: '要儲存對「{{name}}」的變更嗎？',
    saveChangesBody: '如果不儲存，你的變更將會遺失。',
    save: '儲存',
    dontSave: '不要儲存',
    cancel: '取消',
    problems: '問題',
    about: '版本 {{version}}。客戶旅程圖桌面編輯器：階段、觸點、痛點、客戶體驗金字塔與情緒曲線。',
    migrated: '開啟的是舊版的檔案（格式版本 {{version}}），儲存時會自動升級。',
    migratedNotes_one: '開啟的是舊版的檔案（格式版本 {{version}}），儲存時會自動升級。升級改動了 1 處：{{notes}}',
    migratedNotes_other:
      '開啟的是舊版的檔案（格式版本 {{version}}），儲存時會自動升級。升級改動了 {{count}} 處：{{notes}}',
  },
};
