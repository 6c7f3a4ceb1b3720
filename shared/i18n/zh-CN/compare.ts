/** 比较模式：与另一个版本比较地图，恢复上次保存的备份。 */
import type { Messages } from '../en';
import type { compare as en } from '../en/compare';

export const compare: Pick<Messages, keyof typeof en> = {
  compare: {
    command: {
      compareWith: '与…比较',
      restorePrevious: '恢复上一个版本…',
      leave: '退出比较',
      restore: '恢复此版本',
    },
    menu: {
      compareWith: '与…比较',
      restorePrevious: '恢复上一个版本…',
    },
    choose: {
      title: '与…比较',
      body: '要将地图与哪个版本比较？',
      file: '另一个文件…',
      disk: '磁盘上的当前文件',
      backup: '上次保存的备份',
    },
    status: {
      comparing: '正在与 {{name}} 比较',
      restored: '已恢复 {{name}}：撤销可找回原来的内容；保存后生效',
    },
    panel: {
      label: '变更',
      title: '相对于 {{name}} 的变更',
      summary: '新增 {{added}}，删除 {{removed}}，修改 {{changed}}',
      explain:
        '地图显示的是当前版本：新增的卡片带绿色边框和 +，修改的带橙色边框和 ~，删除的以淡色显示在原来的位置。可以继续编辑，列表会随之更新。',
      none: '没有变更：两个版本是同一个旅程。',
      list: '全部变更',
      select: '选中对应的卡片',
    },
    report: {
      title: 'KPI 和情绪的变化',
      emotion: '各用户画像的平均情绪',
      kpi: 'KPI',
      persona: '用户画像',
      metric: '指标',
      before: '之前',
      after: '现在',
      none: '无',
      values: '基线 {{baseline}}，当前 {{current}}，目标 {{target}}',
      noEmotionChange: '没有用户画像的平均情绪发生变化。',
      noKpiChange: '没有 KPI 发生变化。',
    },
    canvas: {
      added: '此版本中新增',
      changed: '此版本中已修改',
      removed: '已删除：{{title}}',
    },
  },
};
