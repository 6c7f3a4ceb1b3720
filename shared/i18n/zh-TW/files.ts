/** 檔案相關：開始頁、最近檔案、復原草稿、衝突、設定提示。 */
import type { Messages } from '../en';
import type { files as en } from '../en/files';

export const files: Pick<Messages, keyof typeof en> = {
  files: {
    closeDocument: '關閉旅程',
    dropHint: '放開以開啟 .journey 檔案',
    closed: '已關閉 {{name}}',
    reloaded: '已從磁碟重新載入 {{name}}',
    restored: '已復原對 {{name}} 未儲存的變更',
    draftFailed: '無法寫入復原草稿：{{message}}',
    notOnDisk: '該檔案已無法使用，請用「開啟…」重新開啟。',
  },
  start: {
    label: '開始',
    tagline: '逐個階段描繪顧客如何體驗你的服務。',
    newJourney: '新增旅程',
    open: '開啟…',
    dropHint: '也可以把 .journey 檔案拖放到視窗的任何位置。',
    recentTitle: '最近的檔案',
    noRecent: '你開啟或儲存的檔案會列在這裡。',
    openedAt: '開啟於 {{time}}',
    missing: '找不到',
    missingHint: '檔案已被移動、重新命名或刪除，或所在的磁碟未連接。',
    remove: '移除',
    removeLabel: '從最近的檔案中移除 {{name}}',
    openLabel: '開啟 {{name}}',
    whatTitle: '什麼是顧客旅程圖？',
    whatBody:
      '顧客旅程圖跟隨一類顧客（使用者輪廓），走過與你往來的各個階段：從第一次聽說你，到再次光顧。在每個階段中放入他們接觸你服務的接觸點，例如網站、電話或門市櫃台，並記錄他們的感受、遇到的問題（痛點）、決定去留的關鍵時刻，以及你可以改進之處。完成的旅程圖能讓團隊一眼看出體驗在哪裡斷裂、應該在哪裡投入。',
    templatesTitle: '從範本開始',
  },
  recovery: {
    title: '復原未儲存的工作？',
    intro: 'Journey Studio 上次沒有正常關閉。以下文件有尚未儲存的變更：',
    neverSaved: '從未儲存',
    savedAt: '草稿寫於 {{time}}',
    restore: '復原',
    discard: '捨棄',
    later: '稍後',
    laterNote: '留待稍後的草稿會在 Journey Studio 下次啟動時再次提供。',
    restoreFailedTitle: '無法復原 {{name}}',
    restoreFailedIntro: '無法讀取此草稿。草稿已保留，你可以在下次啟動時捨棄它。',
    draftList: '未儲存的草稿',
  },
  conflict: {
    title: '「{{name}}」已在磁碟上被變更',
    body: '在你開啟或上次儲存之後，另一個程式變更或取代了這個檔案。現在儲存會覆寫那些變更。',
    overwrite: '覆寫',
    saveAs: '另存新檔…',
    reload: '從磁碟重新載入',
    reloadNote: '從磁碟重新載入會用磁碟上的版本取代你未儲存的變更。',
    cancel: '取消',
  },
  settings: {
    reset: '設定檔已損毀，設定已恢復為預設值。損毀的檔案已保留為 {{name}}。',
    resetNoCopy: '設定檔已損毀，設定已恢復為預設值。',
  },
};
