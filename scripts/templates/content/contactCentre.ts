/** A contact-centre support case: channel choice, self-service, an agent with the history, a fix, follow-up. */
import { PERCENT, t, type TemplateSpec } from '../spec';

export const contactCentre: TemplateSpec = {
  id: 'contact-centre',
  title: t('Fixing a dropping broadband line', '宽带频繁掉线的报修', '寬頻頻繁斷線的報修'),
  description: t(
    'A customer working from home reports a connection that drops every evening. The case crosses self-service, chatbot, email, social media and the phone before a technician fixes it.',
    '一位居家办公的客户反映网络每天晚上都掉线。这个工单先后经过自助服务、智能客服、邮件、社交媒体和电话，最后由上门工程师修好。',
    '一位在家工作的客戶反映網路每天晚上都斷線。這張工單先後經過自助服務、聊天機器人、電子郵件、社群媒體和電話，最後由到府技術人員修好。',
  ),
  persona: {
    name: t('Tom, works from home', '陈浩，居家办公的自由设计师', '張家豪，在家工作的自由接案設計師'),
    description: t(
      '38, freelance designer. Presents to clients on video calls most evenings; a dropped line costs him work and face. Prefers writing to calling, but will call when it is urgent.',
      '38 岁，自由设计师。几乎每天晚上都要和客户视频开会，一掉线就耽误工作，也很没面子。平时更愿意打字沟通，紧急时才打电话。',
      '38 歲，自由接案設計師。幾乎每天晚上都要和客戶視訊開會，一斷線就耽誤工作，也很丟臉。平常比較喜歡打字溝通，緊急時才打電話。',
    ),
    goals: [
      t(
        'A stable connection before Thursday’s client pitch',
        '周四给客户提案前网络恢复稳定',
        '週四向客戶提案前網路恢復穩定',
      ),
      t('Explain the problem once', '问题只需要说一遍', '問題只需要說一遍'),
    ],
    needs: [
      t(
        'A channel that answers in hours, not days',
        '几小时内就有回应的渠道，而不是几天',
        '幾小時內就有回應的管道，而不是幾天',
      ),
      t('An agent who can see what he already tried', '客服能看到他已经试过哪些方法', '客服能看到他已經試過哪些方法'),
      t('A technician slot he can plan around', '可以提前安排的上门时段', '可以事先安排的到府時段'),
    ],
    expectations: [
      t('Honest status information', '如实告知故障状态', '如實告知故障狀態'),
      t('Compensation for a week of drop-outs', '一周的掉线能得到补偿', '一週的斷線能得到補償'),
    ],
  },
  channels: [{ key: 'ivr', name: t('IVR phone menu', 'IVR 语音菜单', 'IVR 語音選單') }],
  stages: [
    {
      key: 'problem',
      name: t('Notice the problem', '发现问题', '發現問題'),
      description: t('The line drops during evening calls.', '晚上开会时网络掉线。', '晚上開會時網路斷線。'),
      customerGoal: t(
        'Find out whether it is his equipment or the network.',
        '弄清楚是自己的设备还是网络的问题。',
        '弄清楚是自己的設備還是網路的問題。',
      ),
      touchpoints: [
        {
          key: 'speed-test',
          title: t('Runs a speed test in the app', '在 App 里测网速', '在 App 裡測網速'),
          description: t(
            'The Nimbus app shows the line as healthy, at full speed.',
            '云帆 App 显示线路正常、速率满格。',
            '雲帆 App 顯示線路正常、速度滿格。',
          ),
          channel: 'mobile-app',
          tier: 'utility',
          emotion: -2,
          painPoints: [
            {
              text: t(
                'The app says “all fine” while the line drops every evening',
                'App 显示“一切正常”，可线路每晚都在掉',
                'App 顯示「一切正常」，但線路每晚都在斷',
              ),
              severity: 4,
              source: 'inferred',
              evidence: t(
                'Line telemetry: 212 drops in 14 days on this line while the app status stayed green',
                '线路监测：这条线路 14 天内掉线 212 次，App 状态却一直是绿色',
                '線路監測：這條線路 14 天內斷線 212 次，App 狀態卻一直是綠燈',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Show line drops from telemetry in the app, not just speed',
                '在 App 中展示线路监测到的掉线记录，而不只是网速',
                '在 App 中顯示線路監測到的斷線紀錄，而不只是網速',
              ),
              impact: 4,
              effort: 3,
              owner: t('Digital team', '数字化团队', '數位團隊'),
              status: 'idea',
            },
          ],
        },
        {
          key: 'status-page',
          title: t('Checks the service status page', '查看服务状态页', '查看服務狀態頁'),
          description: t('Looks for a local outage.', '看看附近是不是有故障。', '看看附近是不是有故障。'),
          channel: 'website',
          tier: 'usability',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'Only a national “no known issues” banner; nothing for his street',
                '只有一条全国性的“暂无已知故障”，看不到他所在街道的情况',
                '只有一則全國性的「目前無已知故障」，看不到他所在街道的狀況',
              ),
              severity: 2,
              source: 'indirect',
              evidence: t(
                'Neighbourhood forum: 15 posts in a week about evening drop-outs in his area',
                '小区业主论坛：一周内有 15 个帖子讨论这一片晚上掉线',
                '社區論壇：一週內有 15 篇文章討論這一帶晚上斷線',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'self-help',
      name: t('Self-help', '自助排查', '自助排除'),
      description: t('Tries to fix it himself.', '尝试自己解决。', '嘗試自己解決。'),
      customerGoal: t(
        'Fix it tonight without calling anyone.',
        '今晚就自己搞定，不用打电话。',
        '今晚就自己搞定，不用打電話。',
      ),
      touchpoints: [
        {
          key: 'help-centre',
          title: t('Searches the help centre', '搜索帮助中心', '搜尋說明中心'),
          description: t(
            'Finds “Fix a dropping connection” and follows the steps.',
            '找到《网络频繁掉线怎么办》，按步骤操作。',
            '找到〈網路經常斷線怎麼辦〉，照著步驟操作。',
          ),
          channel: 'self-service',
          tier: 'usability',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'The article shows an old router model with different lights',
                '文章里的路由器是旧型号，指示灯都对不上',
                '文章裡的路由器是舊型號，指示燈都對不上',
              ),
              severity: 2,
              source: 'direct',
              evidence: t(
                'Article feedback: 61% “not helpful”, most comments mention the router pictures',
                '文章反馈：61% 选了“没有帮助”，多数留言提到路由器图片不对',
                '文章回饋：61% 選了「沒有幫助」，多數留言提到路由器圖片不對',
              ),
            },
          ],
          metrics: [
            {
              kpi: 'custom',
              label: t('Help articles rated helpful', '帮助文章“有帮助”比例', '說明文章「有幫助」比例'),
              unit: PERCENT,
              baseline: 39,
              current: 47,
              target: 70,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'chatbot',
          title: t('The chatbot suggests restarting the router', '智能客服建议重启路由器', '聊天機器人建議重開路由器'),
          description: t(
            'Tries the chat on the website for a quicker answer.',
            '在官网上找智能客服，想快点得到答复。',
            '在官網上找聊天機器人，想快點得到答覆。',
          ),
          channel: 'chatbot',
          tier: 'usability',
          emotion: -2,
          painPoints: [
            {
              text: t(
                'Loops back to “restart your router” three times, with no way to reach a person',
                '连续三次绕回“请重启路由器”，也没有转人工的入口',
                '連續三次繞回「請重開路由器」，也沒有轉真人客服的入口',
              ),
              severity: 3,
              source: 'direct',
              evidence: t(
                'Bot transcripts: 27% of connection chats loop at least twice',
                '机器人对话记录：27% 的网络问题对话至少绕圈两次',
                '機器人對話紀錄：27% 的網路問題對話至少繞圈兩次',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Hand over to a person after one failed answer, passing the transcript on',
                '答不上来一次就转人工，并把对话记录一并转交',
                '答不出來一次就轉真人客服，並把對話紀錄一併轉交',
              ),
              impact: 4,
              effort: 2,
              owner: t('Contact centre', '客服中心', '客服中心'),
              status: 'in-progress',
            },
          ],
        },
      ],
    },
    {
      key: 'contact',
      name: t('Contact support', '联系客服', '聯繫客服'),
      description: t(
        'Chooses a channel; the answer times differ widely.',
        '选择联系渠道；各渠道的回复速度相差很大。',
        '選擇聯繫管道；各管道的回覆速度差很多。',
      ),
      customerGoal: t(
        'Reach someone who can actually help, today.',
        '今天就找到真正能帮上忙的人。',
        '今天就找到真正幫得上忙的人。',
      ),
      touchpoints: [
        {
          key: 'email',
          title: t('Emails support', '发邮件给客服', '寄電子郵件給客服'),
          description: t(
            'Writes down everything he has tried, with screenshots.',
            '把试过的方法都写清楚，还附了截图。',
            '把試過的方法都寫清楚，還附了截圖。',
          ),
          channel: 'email',
          tier: 'utility',
          emotion: -2,
          painPoints: [
            {
              text: t(
                'The auto-reply promises 48 hours; the real answer comes after four days',
                '自动回复承诺 48 小时内答复，实际四天后才回',
                '自動回覆承諾 48 小時內答覆，實際四天後才回',
              ),
              severity: 4,
              source: 'direct',
              evidence: t(
                'Email queue report: median first response 3.8 days in May',
                '邮件队列报表：5 月首次回复时长中位数为 3.8 天',
                '郵件佇列報表：5 月首次回覆時間中位數為 3.8 天',
              ),
            },
          ],
          metrics: [
            {
              kpi: 'service-level',
              label: t('Emails answered within 48 hours', '48 小时内回复的邮件比例', '48 小時內回覆的郵件比例'),
              unit: PERCENT,
              baseline: 46,
              current: 52,
              target: 90,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'social',
          title: t('Messages @NimbusHelp', '私信云帆官方客服号', '私訊雲帆官方客服帳號'),
          description: t(
            'A reply within 25 minutes: there is a known fault nearby; please call to book a technician.',
            '25 分钟内就收到回复：附近有已知故障，请他打电话预约上门。',
            '25 分鐘內就收到回覆：附近有已知故障，請他打電話預約到府。',
          ),
          channel: 'social-media',
          tier: 'usability',
          emotion: 1,
          column: 1,
          metrics: [
            {
              kpi: 'service-level',
              label: t(
                'Social messages answered within an hour',
                '1 小时内回复的社交媒体消息',
                '1 小時內回覆的社群訊息',
              ),
              unit: PERCENT,
              baseline: 81,
              current: 88,
              target: 95,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'ivr',
          title: t('Calls the support line', '拨打客服热线', '撥打客服專線'),
          description: t(
            'Five menu levels and his account number keyed in twice.',
            '语音菜单有五层，账号要按两遍。',
            '語音選單有五層，帳號要輸入兩次。',
          ),
          channel: 'ivr',
          tier: 'utility',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'Keys in his account number, then is asked for it again after a 25-minute wait',
                '按键输入了账号，等了 25 分钟接通后又被问一遍',
                '按鍵輸入了帳號，等了 25 分鐘接通後又被問一次',
              ),
              severity: 3,
              source: 'direct',
              evidence: t(
                'Post-call survey comments: “asked for my details twice” is the top complaint',
                '通话后调查：“信息被问了两遍”是最多的抱怨',
                '通話後調查：「資料被問了兩次」是最多的抱怨',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'resolve',
      name: t('Resolve', '处理解决', '處理解決'),
      description: t(
        'An agent diagnoses the line and books a fix.',
        '坐席诊断线路并安排维修。',
        '客服人員診斷線路並安排維修。',
      ),
      customerGoal: t(
        'Be believed, and get a date for the fix.',
        '问题被认真对待，并拿到维修日期。',
        '問題被認真看待，並拿到維修日期。',
      ),
      touchpoints: [
        {
          key: 'agent-history',
          title: t('The agent already knows his story', '坐席已经了解来龙去脉', '客服人員已經了解來龍去脈'),
          description: t(
            'Sees the chat, the email and the social messages in one timeline and skips the router restart.',
            '在同一条时间线上看到智能客服记录、邮件和社交媒体私信，不再让他重启路由器。',
            '在同一條時間軸上看到聊天機器人紀錄、電子郵件和社群私訊，不再要他重開路由器。',
          ),
          channel: 'phone',
          tier: 'utility',
          emotion: 2,
          momentOfTruth: true,
          opportunities: [
            {
              text: t(
                'Add “read the history before asking” to the quality assurance scorecard',
                '把“先看历史记录再提问”加进质检评分表',
                '把「先看歷史紀錄再提問」加進品質評核表',
              ),
              impact: 3,
              effort: 1,
              owner: t('Quality team', '质检组', '品管組'),
              status: 'in-progress',
            },
          ],
          metrics: [
            {
              kpi: 'fcr',
              label: t(
                'First-contact resolution, connection faults',
                '网络故障首次联络解决率',
                '網路故障首次聯繫解決率',
              ),
              unit: PERCENT,
              baseline: 58,
              current: 66,
              target: 75,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'line-test',
          title: t('Line test and a technician booked', '线路测试并预约工程师', '線路測試並預約技術人員'),
          description: t(
            'The test finds a faulty port in the street cabinet; a visit is booked for Wednesday.',
            '测试发现街边交接箱的端口故障，预约了周三上门。',
            '測試發現路邊交接箱的連接埠故障，預約了週三到府。',
          ),
          channel: 'phone',
          tier: 'usability',
          emotion: 1,
        },
      ],
    },
    {
      key: 'fix',
      name: t('Technician visit', '上门维修', '到府維修'),
      description: t('The fault is repaired.', '故障被修复。', '故障修復。'),
      customerGoal: t(
        'Fixed before Thursday, with no wasted day.',
        '周四前修好，不浪费一整天。',
        '週四前修好，不浪費一整天。',
      ),
      touchpoints: [
        {
          key: 'tech-sms',
          title: t(
            'A text with the technician’s name and a two-hour slot',
            '短信告知工程师姓名和两小时上门时段',
            '簡訊告知技術人員姓名和兩小時到府時段',
          ),
          description: t(
            'And a live map when the van is on its way.',
            '工程师出发后还能看实时位置。',
            '技術人員出發後還能看即時位置。',
          ),
          channel: 'sms',
          tier: 'usability',
          emotion: 1,
        },
        {
          key: 'repair',
          title: t('The technician replaces the faulty port', '工程师更换了故障端口', '技術人員更換了故障連接埠'),
          description: t(
            'Fixed in 40 minutes; the line has been stable since.',
            '40 分钟修好，之后线路一直很稳定。',
            '40 分鐘修好，之後線路一直很穩定。',
          ),
          channel: 'in-person',
          tier: 'utility',
          emotion: 2,
        },
        {
          key: 'goodwill',
          title: t(
            'A month free and a mesh extender',
            '免一个月月费，再送一台 Mesh 路由',
            '免一個月月租，再送一台 Mesh 路由器',
          ),
          description: t(
            'Sent by courier the next day, with a handwritten apology.',
            '第二天快递送到，附一张手写的致歉卡。',
            '隔天宅配送到，附一張手寫的致歉卡。',
          ),
          channel: 'delivery',
          tier: 'delight',
          emotion: 2,
        },
      ],
    },
    {
      key: 'follow-up',
      name: t('Follow-up', '回访', '後續追蹤'),
      description: t('Feedback and a check a week later.', '收集反馈，一周后再确认。', '收集回饋，一週後再確認。'),
      customerGoal: t('Trust that it will not happen again.', '相信问题不会再发生。', '相信問題不會再發生。'),
      touchpoints: [
        {
          key: 'survey',
          title: t('Two-question survey by text', '短信发来两道题的满意度调查', '簡訊寄來兩題的滿意度調查'),
          description: t(
            '“Was your problem solved?” and “How easy was it?”',
            '“问题解决了吗？”和“过程轻松吗？”',
            '「問題解決了嗎？」和「過程輕鬆嗎？」',
          ),
          channel: 'sms',
          tier: 'usability',
          emotion: 1,
          metrics: [
            {
              kpi: 'csat',
              label: t('Satisfaction after a fault case', '故障工单满意度', '故障工單滿意度'),
              unit: PERCENT,
              baseline: 64,
              current: 71,
              target: 80,
              higherIsBetter: true,
            },
            {
              kpi: 'ces',
              label: t(
                'Customer effort (1–7, 7 = very easy)',
                '客户费力度（1–7 分，7 分为非常轻松）',
                '客戶費力度（1–7 分，7 分為非常輕鬆）',
              ),
              baseline: 3.4,
              current: 4.1,
              target: 5.5,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'check-call',
          title: t('A check-in call a week later', '一周后的回访电话', '一週後的關懷電話'),
          description: t(
            'The same agent calls to confirm the line is stable.',
            '还是那位坐席打来电话，确认线路稳定。',
            '還是那位客服人員打來，確認線路穩定。',
          ),
          channel: 'phone',
          tier: 'delight',
          emotion: 2,
          metrics: [
            {
              kpi: 'churn-rate',
              label: t(
                'Customers leaving within 90 days of a fault',
                '故障后 90 天内流失的客户',
                '故障後 90 天內流失的客戶',
              ),
              unit: PERCENT,
              baseline: 12,
              current: 10,
              target: 7,
              higherIsBetter: false,
            },
          ],
        },
      ],
    },
  ],
  flow: [
    ['speed-test', 'status-page', 'help-centre', 'chatbot', 'email', 'ivr', 'agent-history', 'line-test', 'tech-sms'],
    ['chatbot', 'social', 'ivr'],
    ['tech-sms', 'repair', 'goodwill', 'survey', 'check-call'],
  ],
  flowLabels: {
    'chatbot>email': t('writes in', '写邮件', '寫信'),
    'chatbot>social': t('goes public', '公开发声', '公開發文'),
    'email>ivr': t('no answer in 4 days', '四天没回复', '四天沒回覆'),
    'social>ivr': t('asked to call', '被请来电', '被請來電'),
  },
  lanes: [
    { key: 'touchpoints', kind: 'touchpoints', name: t('Touchpoints', '触点', '接觸點') },
    { key: 'frontstage', kind: 'frontstage', name: t('Frontstage', '前台', '前台') },
    { key: 'backstage', kind: 'backstage', name: t('Backstage', '后台', '後台') },
    { key: 'support', kind: 'support', name: t('Support processes', '支持流程', '支援流程') },
  ],
  steps: [
    {
      key: 'telemetry',
      stage: 'problem',
      lane: 'support',
      title: t('Line telemetry flags repeated drops', '线路监测标记反复掉线', '線路監測標記反覆斷線'),
      owner: t('Network monitoring', '网络监控', '網路監控'),
    },
    {
      key: 'status-feed',
      stage: 'problem',
      lane: 'backstage',
      title: t(
        'Status feed updates the app once an hour',
        '状态接口每小时才更新一次 App',
        '狀態介面每小時才更新一次 App',
      ),
      owner: t('Network operations', '网络运维', '網路維運'),
    },
    {
      key: 'crm-routing',
      stage: 'contact',
      lane: 'support',
      title: t('CRM routes emails by keyword', 'CRM 按关键词分派邮件', 'CRM 依關鍵字分派郵件'),
      owner: t('IT', 'IT 部门', 'IT 部門'),
    },
    {
      key: 'email-queue',
      stage: 'contact',
      lane: 'backstage',
      title: t('Email queue triaged once a day', '邮件队列每天只分拣一次', '郵件佇列每天只分揀一次'),
      owner: t('Back-office team', '后台团队', '後台團隊'),
    },
    {
      key: 'agent-reads',
      stage: 'resolve',
      lane: 'frontstage',
      title: t('Agent reads the account history aloud', '客服逐条念出账户记录', '客服逐條念出帳戶紀錄'),
      owner: t('Contact centre agent', '客服专员', '客服專員'),
    },
    {
      key: 'dispatch',
      stage: 'fix',
      lane: 'backstage',
      title: t('Field planning books the technician', '外勤调度预约技术员', '外勤調度預約技術員'),
      owner: t('Field service planning', '外勤服务调度', '外勤服務調度'),
    },
    {
      key: 'technician',
      stage: 'fix',
      lane: 'frontstage',
      title: t('Technician explains the repair at the door', '技术员上门说明维修内容', '技術員到府說明維修內容'),
      owner: t('Field technician', '外勤技术员', '外勤技術員'),
    },
  ],
  stepFlows: [
    ['telemetry', 'status-feed'],
    ['status-feed', 'speed-test'],
    ['crm-routing', 'email-queue'],
    ['email-queue', 'email'],
    ['agent-reads', 'agent-history'],
    ['dispatch', 'tech-sms'],
    ['technician', 'repair'],
  ],
};
