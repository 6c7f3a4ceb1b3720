/** 与文件相关的对话框。 */
import type { Messages } from '../en';
import type { dialog as en } from '../en/dialog';

export const dialog: Pick<Messages, keyof typeof en> = {
  dialog: {
    openFailedTitle: '无法打开 {{name}}',
    openFailedIntro: '文件没有打开，也没有做任何更改。发现以下问题：',
    andMore: '还有 {{count}} 个',
    copyProblems: '复制全部问题',
    copied: '已复制',
    close: '关闭',
    saveFailedTitle: '无法保存',
    saveChangesTitle: '是否保存对“{{name}}”的更改？',
    saveChangesBody: '如果不保存，你的更改将会丢失。',
    save: '保存',
    dontSave: '不保存',
    cancel: '取消',
    problems: '问题',
    about: '版本 {{version}}。客户旅程图桌面编辑器：阶段、触点、痛点、客户体验金字塔和情绪曲线。',
    migrated: '打开的是旧版本的文件（格式版本 {{version}}），保存时会自动升级。',
    migratedNotes_one: '打开的是旧版本的文件（格式版本 {{version}}），保存时会自动升级。升级改动了 1 处：{{notes}}',
    migratedNotes_other:
      '打开的是旧版本的文件（格式版本 {{version}}），保存时会自动升级。升级改动了 {{count}} 处：{{notes}}',
  },
};
