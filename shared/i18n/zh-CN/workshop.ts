/** 现场工作坊：通过链接加入、连接状态。 */
import type { Messages } from '../en';
import type { workshop as en } from '../en/workshop';

export const workshop: Pick<Messages, keyof typeof en> = {
  workshop: {
    joinTitle: '加入工作坊',
    joinIntro: '加入的每个人同时编辑同一张地图。其他人会在你编辑的内容旁看到你的名字。',
    yourName: '你的名字',
    join: '加入',
    nameRequired: '请输入你的名字后加入。',
    connecting: '正在连接工作坊…',
    invalidLink: '此工作坊链接无效',
    invalidLinkHelp: '请向主持人重新索取链接，并完整打开，包括 # 号之后的全部内容。',
    offline: '已离线：你的修改保存在本设备上，连接恢复后会发送。',
    online: '已重新连接到工作坊。',
    participants: '工作坊成员',
    alone: '还没有其他人加入。',
    editing: '正在处理“{{title}}”',
    follow: '跟随 {{name}}',
    stopFollowing: '停止跟随 {{name}}',
    bringEveryone: '让所有人看这里',
    bringEveryoneHint: '在每个人的屏幕上显示你选中的卡片',
    broughtHere: '{{name}} 让所有人查看其展示的卡片。',
    timerLabel: '工作坊计时器',
    timeLeft: '剩余 {{time}}',
    timeUp: '时间到',
    timerMinutes: '分钟',
    startTimer: '开始计时',
    stopTimer: '停止计时',
    refusedChange: '工作坊主机未接受一项修改：{{problem}}',
  },
};
