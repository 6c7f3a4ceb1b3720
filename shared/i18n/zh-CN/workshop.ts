/** 现场工作坊：通过链接加入、连接状态。 */
import type { Messages } from '../en';
import type { workshop as en } from '../en/workshop';

export const workshop: Pick<Messages, keyof typeof en> = {
  workshop: {
    joinTitle: '加入工作坊',
    joinIntro: '这里的每个人一起编辑同一张地图。',
    yourName: '你的名字',
    join: '加入',
    nameRequired: '请输入你的名字后加入。',
    connecting: '正在连接工作坊…',
    invalidLink: '此工作坊链接无效',
    invalidLinkHelp: '请向主持人索取完整链接，包括 # 之后的全部内容。',
    offline: '已离线：你的修改已保存，重新连接后发送。',
    online: '已重新连接。',
    participants: '工作坊成员',
    alone: '还没有其他人加入。',
    editing: '正在处理“{{title}}”',
    follow: '跟随 {{name}}',
    stopFollowing: '停止跟随 {{name}}',
    bringEveryone: '让所有人看这里',
    bringEveryoneHint: '在每个人的屏幕上显示你选中的卡片',
    broughtHere: '{{name}} 让所有人看这里。',
    timerLabel: '工作坊计时器',
    timeLeft: '剩余 {{time}}',
    timeUp: '时间到',
    timerMinutes: '分钟',
    startTimer: '开始计时',
    stopTimer: '停止计时',
    refusedChange: '修改被拒绝：{{problem}}',
  },
};
