/** 從範本新增：對話方塊、開始頁的範本卡片和「開啟範例」連結。 */
import type { Messages } from '../en';
import type { templates as en } from '../en/templates';

export const templates: Pick<Messages, keyof typeof en> = {
  newFromTemplate: {
    title: '從範本新增',
    intro: '選擇一個起點。其中的一切都可以修改；新的旅程圖在你儲存之前不會被儲存。',
    list: '範本',
    preview: '「{{name}}」的預覽',
    cancel: '取消',
    created: '已用範本「{{name}}」新增旅程',
    openSample: '開啟一個範例旅程圖',
  },
};
