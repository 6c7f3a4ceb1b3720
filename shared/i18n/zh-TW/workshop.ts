/** 現場工作坊：透過連結加入、連線狀態。 */
import type { Messages } from '../en';
import type { workshop as en } from '../en/workshop';

export const workshop: Pick<Messages, keyof typeof en> = {
  workshop: {
    joinTitle: '加入工作坊',
    joinIntro: '這裡的每個人一起編輯同一張地圖。',
    yourName: '你的名字',
    join: '加入',
    nameRequired: '請輸入你的名字後加入。',
    connecting: '正在連線工作坊…',
    invalidLink: '此工作坊連結無效',
    invalidLinkHelp: '請向主持人索取完整連結，包括 # 之後的全部內容。',
    offline: '已離線：你的修改已保存，重新連線後傳送。',
    online: '已重新連線。',
    participants: '工作坊成員',
    alone: '還沒有其他人加入。',
    editing: '正在處理「{{title}}」',
    follow: '跟隨 {{name}}',
    stopFollowing: '停止跟隨 {{name}}',
    bringEveryone: '讓所有人看這裡',
    bringEveryoneHint: '在每個人的螢幕上顯示你選取的卡片',
    broughtHere: '{{name}} 讓所有人看這裡。',
    timerLabel: '工作坊計時器',
    timeLeft: '剩餘 {{time}}',
    timeUp: '時間到',
    timerMinutes: '分鐘',
    startTimer: '開始計時',
    stopTimer: '停止計時',
    refusedChange: '修改被拒絕：{{problem}}',
  },
};
