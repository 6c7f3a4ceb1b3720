/** 文件相关：开始页、最近文件、恢复草稿、冲突、设置提示。 */
import type { Messages } from '../en';
import type { files as en } from '../en/files';

export const files: Pick<Messages, keyof typeof en> = {
  files: {
    closeDocument: '关闭旅程',
    dropHint: '松开以打开 .journey 文件',
    closed: '已关闭 {{name}}',
    reloaded: '已从磁盘重新载入 {{name}}',
    restored: '已恢复对 {{name}} 未保存的更改',
    draftFailed: '无法写入恢复草稿：{{message}}',
    notOnDisk: '该文件已不可用，请用“打开…”重新打开。',
  },
  start: {
    label: '开始',
    tagline: '逐个阶段描绘客户如何体验你的服务。',
    newJourney: '新建旅程',
    open: '打开…',
    dropHint: '也可以把 .journey 文件拖放到窗口的任何位置。',
    recentTitle: '最近的文件',
    noRecent: '你打开或保存的文件会列在这里。',
    openedAt: '打开于 {{time}}',
    missing: '找不到',
    missingHint: '文件已被移动、重命名或删除，或者所在的磁盘未连接。',
    remove: '移除',
    removeLabel: '从最近的文件中移除 {{name}}',
    openLabel: '打开 {{name}}',
    whatTitle: '什么是客户旅程图？',
    whatBody:
      '客户旅程图跟随一类客户（用户画像），走过与你打交道的各个阶段：从第一次听说你，到再次光顾。在每个阶段中放入他们接触你服务的触点，比如网站、电话或门店柜台，并记录他们的感受、遇到的问题（痛点）、决定去留的关键时刻，以及你可以改进的地方。完成的旅程图能让团队一眼看出体验在哪里断裂、应该在哪里投入。',
    templatesTitle: '从模板开始',
  },
  recovery: {
    title: '恢复未保存的工作？',
    intro: 'Journey Studio 上次没有正常关闭。以下文档有尚未保存的更改：',
    neverSaved: '从未保存',
    savedAt: '草稿写于 {{time}}',
    restore: '恢复',
    discard: '丢弃',
    later: '稍后',
    laterNote: '留待稍后的草稿会在 Journey Studio 下次启动时再次提供。',
    restoreFailedTitle: '无法恢复 {{name}}',
    restoreFailedIntro: '无法读取该草稿。草稿已保留，你可以在下次启动时丢弃它。',
    draftList: '未保存的草稿',
  },
  conflict: {
    title: '“{{name}}”已在磁盘上被更改',
    body: '在你打开或上次保存之后，另一个程序更改或替换了这个文件。现在保存会覆盖那些更改。',
    overwrite: '覆盖',
    saveAs: '另存为…',
    reload: '从磁盘重新载入',
    reloadNote: '从磁盘重新载入会用磁盘上的版本替换你未保存的更改。',
    cancel: '取消',
  },
  settings: {
    reset: '设置文件已损坏，设置已恢复为默认值。损坏的文件已保留为 {{name}}。',
    resetNoCopy: '设置文件已损坏，设置已恢复为默认值。',
  },
};
