/** 从模板新建：对话框、开始页的模板卡片和“打开示例”链接。 */
import type { Messages } from '../en';
import type { templates as en } from '../en/templates';

export const templates: Pick<Messages, keyof typeof en> = {
  newFromTemplate: {
    title: '从模板新建',
    intro: '选择一个起点。其中的一切都可以修改；新的旅程图在你保存之前不会被保存。',
    list: '模板',
    preview: '“{{name}}”的预览',
    cancel: '取消',
    created: '已用模板“{{name}}”新建旅程',
    openSample: '打开一个示例旅程图',
  },
};
