/** 桌面应用的原生菜单和文件对话框（Electron 主进程）。 */
import type { Messages } from '../en';
import type { menu as en } from '../en/menu';

export const menu: Pick<Messages, keyof typeof en> = {
  menu: {
    file: '文件',
    edit: '编辑',
    view: '视图',
    help: '帮助',
    new: '新建',
    newFromTemplate: '从模板新建…',
    open: '打开…',
    openRecent: '打开最近的文件',
    noRecent: '没有最近的文件',
    missingFile: '{{name}}（找不到）',
    removeMissing: '移除找不到的文件',
    clearRecent: '清除最近的文件',
    save: '保存',
    saveAs: '另存为…',
    close: '关闭',
    settings: '设置…',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    delete: '删除',
    selectAll: '全选',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '适应窗口',
    toggleDevTools: '切换开发者工具',
    about: '关于 Journey Studio',
  },
  fileDialog: { journeyFiles: '客户旅程图', allFiles: '所有文件' },
};
