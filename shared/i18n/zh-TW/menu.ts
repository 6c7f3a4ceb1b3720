/** 桌面應用程式的原生選單和檔案對話方塊（Electron 主行程）。 */
import type { Messages } from '../en';
import type { menu as en } from '../en/menu';

export const menu: Pick<Messages, keyof typeof en> = {
  menu: {
    file: '檔案',
    edit: '編輯',
    view: '檢視',
    help: '說明',
    new: '新增',
    newFromTemplate: '從範本新增…',
    open: '開啟…',
    openRecent: '開啟最近使用的檔案',
    noRecent: '沒有最近使用的檔案',
    missingFile: '{{name}}（找不到）',
    removeMissing: '移除找不到的檔案',
    clearRecent: '清除最近使用的檔案',
    save: '儲存',
    saveAs: '另存新檔…',
    close: '關閉',
    settings: '設定…',
    quit: '結束',
    undo: '復原',
    redo: '重做',
    cut: '剪下',
    copy: '複製',
    paste: '貼上',
    delete: '刪除',
    selectAll: '全選',
    zoomIn: '放大',
    zoomOut: '縮小',
    fit: '符合視窗',
    toggleDevTools: '切換開發人員工具',
    about: '關於 Journey Studio',
  },
  fileDialog: { journeyFiles: '客戶旅程圖', allFiles: '所有檔案' },
};
