/** A family dental practice: booking, a waiting room that under-promises, treatment, small gifts, follow-up. */
import { PERCENT, t, type TemplateSpec } from '../spec';

export const dentalPractice: TemplateSpec = {
  id: 'dental-practice',
  title: t('A first filling at Brightside Family Dental', '在晴朗口腔诊所补第一颗牙', '在晴朗牙醫診所補第一顆牙'),
  description: t(
    'A parent brings her nervous seven-year-old for a check-up and a small filling. The practice under-promises on waiting time and over-delivers, and makes the visit something the child is not afraid to repeat.',
    '一位妈妈带着怕看牙的七岁儿子来做检查，顺便补一颗小蛀牙。诊所在等候时间上“少承诺、多兑现”，让孩子下次不再害怕来。',
    '一位媽媽帶著怕看牙的七歲兒子來做檢查，順便補一顆小蛀牙。診所在等候時間上「少承諾、多兌現」，讓孩子下次不再害怕來。',
  ),
  persona: {
    name: t('Sofia, parent of a nervous seven-year-old', '周婷，孩子怕看牙的妈妈', '吳佩珊，孩子怕看牙的媽媽'),
    description: t(
      '36, nurse on shifts. Her son Leo cried through his last dental visit at another practice; she wants a dentist who is patient with children and does not keep them waiting.',
      '36 岁，护士，上班要轮班。儿子乐乐上次在别家诊所看牙哭了全程；她想找一位对孩子有耐心、又不让人久等的医生。',
      '36 歲，護理師，需要輪班。兒子小安上次在別家診所看牙哭了全程；她想找一位對孩子有耐心、又不會讓人久等的醫師。',
    ),
    goals: [
      t('Leo’s tooth treated without tears', '乐乐的牙治好了，而且没哭', '小安的牙治好了，而且沒哭'),
      t('A practice the whole family can stay with', '找到全家都能长期来的诊所', '找到全家都能長期看診的診所'),
    ],
    needs: [
      t('Appointments that fit around her shifts', '预约时间能配合她的班表', '預約時段能配合她的班表'),
      t('Clear prices before treatment', '治疗前就知道费用', '治療前就清楚費用'),
      t('A dentist who explains things to a child', '医生会用孩子听得懂的话解释', '醫師會用孩子聽得懂的話說明'),
    ],
    expectations: [
      t('Seen close to the booked time', '按预约时间准时就诊', '依預約時間準時看診'),
      t('A calm, child-friendly waiting room', '候诊区安静、对孩子友好', '候診區安靜、對孩子友善'),
      t('A check-in after the treatment', '治疗后有人回访', '治療後有人關心追蹤'),
    ],
  },
  stages: [
    {
      key: 'choose',
      name: t('Choose a dentist', '选择诊所', '選擇診所'),
      description: t(
        'Looks for a practice that is good with children.',
        '寻找擅长看儿童的诊所。',
        '尋找擅長看兒童的診所。',
      ),
      customerGoal: t('Find a dentist Leo will trust.', '找到一位乐乐信得过的医生。', '找到一位小安信得過的醫師。'),
      touchpoints: [
        {
          key: 'parents-group',
          title: t('Asks in the school parents’ group', '在家长群里打听', '在家長群組裡打聽'),
          description: t(
            'Three parents recommend Brightside for its patience with nervous children.',
            '三位家长推荐晴朗，说医生对胆小的孩子特别有耐心。',
            '三位家長推薦晴朗，說醫師對膽小的孩子特別有耐心。',
          ),
          channel: 'social-media',
          tier: 'utility',
          emotion: 1,
        },
        {
          key: 'reviews',
          title: t('Reads reviews about children’s visits', '看关于儿童就诊的评价', '看關於兒童看診的評論'),
          description: t(
            'Filters reviews for “child” and “nervous”.',
            '在评价里搜“孩子”“害怕”等关键词。',
            '在評論裡搜尋「小孩」「害怕」等關鍵字。',
          ),
          channel: 'review-site',
          tier: 'usability',
          emotion: 1,
        },
        {
          key: 'website',
          title: t(
            'Checks the dentists and prices on the website',
            '在官网上看医生介绍和收费',
            '在官網上看醫師介紹和收費',
          ),
          description: t(
            'Finds a paediatric dentist, Dr Chen, who works on Saturdays.',
            '找到一位周六出诊的儿童牙医陈医生。',
            '找到一位週六看診的兒童牙醫陳醫師。',
          ),
          channel: 'website',
          tier: 'usability',
          emotion: 0,
          painPoints: [
            {
              text: t(
                'No prices for children’s treatment on the website',
                '官网上没有儿童治疗的价格',
                '官網上沒有兒童治療的價格',
              ),
              severity: 2,
              source: 'inferred',
              evidence: t(
                'Site search log: “price” and “cost” are the top two searches',
                '站内搜索日志：“价格”和“多少钱”是搜索最多的两个词',
                '站內搜尋紀錄：「價格」和「多少錢」是搜尋最多的兩個詞',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'book',
      name: t('Book', '预约', '預約'),
      description: t(
        'Makes an appointment that fits her shifts.',
        '约一个配合她班表的时间。',
        '約一個配合她班表的時段。',
      ),
      customerGoal: t('A Saturday morning slot with Dr Chen.', '约到陈医生周六上午的号。', '約到陳醫師週六上午的診。'),
      touchpoints: [
        {
          key: 'online-booking',
          title: t('Books online at night', '深夜在网上预约', '深夜上網預約'),
          description: t(
            'After a late shift, books Saturday 9:30 in two minutes.',
            '下夜班后，两分钟就约好了周六 9:30。',
            '下小夜班後，兩分鐘就約好了週六 9:30。',
          ),
          channel: 'website',
          tier: 'usability',
          emotion: 1,
          metrics: [
            {
              kpi: 'conversion-rate',
              label: t('Website visits that end in a booking', '官网访问的预约转化率', '官網造訪的預約轉換率'),
              unit: PERCENT,
              baseline: 6,
              current: 8,
              target: 10,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'phone-booking',
          title: t('Calls reception with a question', '打电话问前台问题', '打電話問櫃台問題'),
          description: t(
            'Wants to know whether she can stay with Leo during treatment.',
            '想确认治疗时能不能陪在乐乐身边。',
            '想確認治療時能不能陪在小安身邊。',
          ),
          channel: 'phone',
          tier: 'utility',
          emotion: -1,
          column: 1,
          painPoints: [
            {
              text: t(
                'The line is busy for 20 minutes when the practice opens',
                '诊所一开门，电话就占线 20 分钟',
                '診所一開門，電話就占線 20 分鐘',
              ),
              severity: 4,
              source: 'direct',
              evidence: t(
                'Call log: 41% of calls between 8:30 and 9:30 are abandoned',
                '通话记录：8:30 到 9:30 之间 41% 的来电未接通就挂断',
                '通話紀錄：8:30 到 9:30 之間 41% 的來電未接通就掛斷',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Answer common questions in the booking flow and offer a call-back',
                '在预约流程中回答常见问题，并提供回拨服务',
                '在預約流程中回答常見問題，並提供回電服務',
              ),
              impact: 3,
              effort: 2,
              owner: t('Practice manager', '诊所主管', '診所主任'),
              status: 'planned',
            },
          ],
          metrics: [
            {
              kpi: 'service-level',
              label: t('Calls answered within 30 seconds', '30 秒内接听率', '30 秒內接聽率'),
              unit: PERCENT,
              baseline: 55,
              current: 63,
              target: 80,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'reminder',
          title: t(
            'Reminder text with tips for nervous children',
            '短信提醒，附安抚孩子的小贴士',
            '簡訊提醒，附安撫孩子的小訣竅',
          ),
          description: t(
            'Two days before: what to bring, and how to talk about the visit at home.',
            '提前两天提醒要带什么，以及在家怎么跟孩子聊这次看牙。',
            '提前兩天提醒要帶什麼，以及在家怎麼跟孩子聊這次看牙。',
          ),
          channel: 'sms',
          tier: 'utility',
          emotion: 1,
        },
      ],
    },
    {
      key: 'wait',
      name: t('Waiting room', '候诊', '候診'),
      description: t('Checks in and waits to be called.', '登记并等候叫号。', '報到並等候叫號。'),
      customerGoal: t('Keep Leo calm until it is his turn.', '轮到之前让乐乐保持平静。', '輪到之前讓小安保持平靜。'),
      touchpoints: [
        {
          key: 'check-in',
          title: t('Checks in at reception', '前台登记', '櫃台報到'),
          description: t('Fills in the medical history form.', '填写病史表。', '填寫病史表。'),
          channel: 'in-person',
          tier: 'utility',
          emotion: 0,
          painPoints: [
            {
              text: t(
                'The same details she typed online must be written again on paper',
                '网上已经填过的资料，到了还要再手写一遍',
                '網路上已經填過的資料，到了還要再手寫一遍',
              ),
              severity: 2,
              source: 'direct',
              evidence: t(
                'Reception notes: parents complain about the paper form most Saturdays',
                '前台记录：几乎每个周六都有家长抱怨纸质表格',
                '櫃台紀錄：幾乎每個週六都有家長抱怨紙本表單',
              ),
            },
          ],
        },
        {
          key: 'wait-time',
          title: t(
            'Told “about 15 minutes”, called after 10',
            '说要等“15 分钟左右”，10 分钟就叫到了',
            '說要等「15 分鐘左右」，10 分鐘就叫到了',
          ),
          description: t(
            'Reception quotes a slightly longer wait than expected, so being called early feels like a gift.',
            '前台故意把等候时间说长一点，提前叫到时反而是惊喜。',
            '櫃台刻意把等候時間說長一點，提早叫到時反而是驚喜。',
          ),
          channel: 'in-person',
          tier: 'usability',
          emotion: 1,
          momentOfTruth: true,
          metrics: [
            {
              kpi: 'csat',
              label: t('Satisfaction with waiting time', '候诊时间满意度', '候診時間滿意度'),
              unit: PERCENT,
              baseline: 71,
              current: 82,
              target: 85,
              higherIsBetter: true,
            },
          ],
          notes: t(
            'Under-promise, over-deliver: quote a few minutes more than the real wait.',
            '少承诺、多兑现：报出的等候时间比实际多几分钟。',
            '少承諾、多兌現：告知的等候時間比實際多幾分鐘。',
          ),
        },
        {
          key: 'play-corner',
          title: t(
            'Play corner and a book about brave teeth',
            '游戏角和一本讲“勇敢小牙齿”的绘本',
            '遊戲角和一本講「勇敢小牙齒」的繪本',
          ),
          description: t(
            'Leo reads about the dentist’s “tooth camera” while he waits.',
            '乐乐边等边看绘本，认识了牙医的“牙齿照相机”。',
            '小安邊等邊看繪本，認識了牙醫的「牙齒照相機」。',
          ),
          channel: 'in-person',
          tier: 'delight',
          emotion: 2,
        },
      ],
    },
    {
      key: 'treatment',
      name: t('Treatment', '治疗', '治療'),
      description: t(
        'Check-up, a treatment plan and a small filling.',
        '检查、治疗方案和补一颗小牙。',
        '檢查、治療計畫和補一顆小牙。',
      ),
      customerGoal: t(
        'Treatment done, with Leo still smiling.',
        '治疗完成，乐乐还笑得出来。',
        '治療完成，小安還笑得出來。',
      ),
      touchpoints: [
        {
          key: 'tell-show-do',
          title: t('The dentist shows each step first', '医生每一步都先演示给孩子看', '醫師每一步都先示範給孩子看'),
          description: t(
            'Tell, show, do: Leo holds the mirror and counts his teeth with Dr Chen.',
            '先讲、再示范、后操作：乐乐拿着小镜子，和陈医生一起数牙齿。',
            '先說、再示範、後操作：小安拿著小鏡子，和陳醫師一起數牙齒。',
          ),
          channel: 'in-person',
          tier: 'usability',
          emotion: 1,
          momentOfTruth: true,
        },
        {
          key: 'estimate',
          title: t('A printed treatment plan and estimate', '打印的治疗方案和费用估算', '列印的治療計畫和費用估算'),
          description: t(
            'The filling, the fissure sealants and what insurance covers.',
            '包括补牙、窝沟封闭以及医保能报销多少。',
            '包括補牙、窩溝封填以及健保給付多少。',
          ),
          channel: 'print-mail',
          tier: 'utility',
          emotion: 0,
          painPoints: [
            {
              text: t(
                'The estimate lists treatment codes parents do not understand',
                '估价单上全是家长看不懂的项目编码',
                '估價單上全是家長看不懂的處置代碼',
              ),
              severity: 2,
              source: 'direct',
              evidence: t(
                'Reception is asked to explain the estimate at about half of all visits',
                '大约一半的就诊都有家长请前台解释估价单',
                '大約一半的看診都有家長請櫃台解釋估價單',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Plain-language estimates with a picture of the tooth',
                '用通俗的语言写估价单，并配上牙齿示意图',
                '用淺顯的文字寫估價單，並附上牙齒示意圖',
              ),
              impact: 2,
              effort: 1,
              owner: t('Practice manager', '诊所主管', '診所主任'),
              status: 'done',
            },
          ],
        },
        {
          key: 'filling',
          title: t('A small filling', '补一颗小蛀牙', '補一顆小蛀牙'),
          description: t(
            'A local anaesthetic and a tooth-coloured filling, twenty minutes in the chair.',
            '局部麻醉后补上与牙齿同色的树脂，在诊椅上待了二十分钟。',
            '局部麻醉後補上與牙齒同色的樹脂，在診療椅上待了二十分鐘。',
          ),
          channel: 'in-person',
          tier: 'utility',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'The numbness lasts all afternoon; Leo is upset he cannot eat',
                '麻药一整个下午都没退，乐乐因为不能吃东西很难过',
                '麻藥一整個下午都沒退，小安因為不能吃東西很難過',
              ),
              severity: 3,
              source: 'direct',
              evidence: t(
                'Follow-up calls: parents of 9 of 30 children mention it',
                '回访电话：30 个孩子里有 9 位家长提到这一点',
                '追蹤電話：30 個孩子裡有 9 位家長提到這一點',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Tell parents how long numbness lasts and suggest soft food for after',
                '提前告诉家长麻药会持续多久，并建议治疗后吃软食',
                '事先告訴家長麻藥會持續多久，並建議治療後吃軟質食物',
              ),
              impact: 3,
              effort: 1,
              owner: t('Dr Chen', '陈医生', '陳醫師'),
              status: 'in-progress',
            },
          ],
        },
        {
          key: 'treasure-box',
          title: t('Picks a gift from the treasure box', '从宝箱里挑一份小礼物', '從寶箱裡挑一份小禮物'),
          description: t(
            'A sticker and a small dinosaur: “for the bravest patient today”.',
            '一张贴纸和一只小恐龙：“送给今天最勇敢的小病人”。',
            '一張貼紙和一隻小恐龍：「送給今天最勇敢的小病人」。',
          ),
          channel: 'in-person',
          tier: 'delight',
          emotion: 2,
        },
      ],
    },
    {
      key: 'follow-up',
      name: t('Follow-up', '回访', '追蹤關懷'),
      description: t(
        'Aftercare, feedback and the next check-up.',
        '术后关怀、反馈和下一次检查。',
        '術後關懷、回饋和下一次檢查。',
      ),
      customerGoal: t(
        'Know Leo is fine and keep the next check-up on track.',
        '确认乐乐没事，并按时做下一次检查。',
        '確認小安沒事，並按時做下一次檢查。',
      ),
      touchpoints: [
        {
          key: 'aftercare',
          title: t('Aftercare text that evening', '当晚收到关怀短信', '當晚收到關懷簡訊'),
          description: t(
            '“How is Leo feeling? Call us if the tooth still hurts tomorrow.”',
            '“乐乐现在感觉怎么样？如果明天牙还疼，请给我们打电话。”',
            '「小安現在感覺怎麼樣？如果明天牙齒還會痛，請打電話給我們。」',
          ),
          channel: 'sms',
          tier: 'usability',
          emotion: 1,
        },
        {
          key: 'review-request',
          title: t('Asked for a review by email', '邮件邀请写评价', '以電子郵件邀請留下評論'),
          description: t(
            'A thank-you email with a link to leave a review.',
            '一封感谢邮件，附上评价链接。',
            '一封感謝信，附上評論連結。',
          ),
          channel: 'email',
          tier: 'usability',
          emotion: 0,
          painPoints: [
            {
              text: t('The review link opens a login page', '评价链接打开的是登录页', '評論連結打開的是登入頁'),
              severity: 2,
              source: 'inferred',
              evidence: t(
                'Only 8% of those who click the link submit a review',
                '点开链接的人只有 8% 最终提交了评价',
                '點開連結的人只有 8% 最後送出評論',
              ),
            },
          ],
          metrics: [
            {
              kpi: 'nps',
              label: t('Net Promoter Score of parents', '家长净推荐值', '家長淨推薦值'),
              baseline: 42,
              current: 51,
              target: 60,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'recall',
          title: t('Birthday card and six-month recall', '生日贺卡和半年复查提醒', '生日卡片和半年回診提醒'),
          description: t(
            'Leo gets a card from “the tooth team”, with his next check-up date.',
            '乐乐收到“牙齿小队”寄来的贺卡，上面写着下次检查的日期。',
            '小安收到「牙齒小隊」寄來的卡片，上面寫著下次檢查的日期。',
          ),
          channel: 'print-mail',
          tier: 'delight',
          emotion: 2,
          metrics: [
            {
              kpi: 'repeat-purchase',
              label: t(
                'Patients back for the six-month check-up',
                '按时回来做半年复查的患者',
                '按時回來做半年回診的病人',
              ),
              unit: PERCENT,
              baseline: 58,
              current: 64,
              target: 75,
              higherIsBetter: true,
            },
          ],
        },
      ],
    },
  ],
  flow: [
    ['parents-group', 'reviews', 'website', 'online-booking', 'reminder', 'check-in', 'wait-time', 'play-corner'],
    ['website', 'phone-booking', 'reminder'],
    ['play-corner', 'tell-show-do', 'estimate', 'filling', 'treasure-box', 'aftercare', 'review-request', 'recall'],
  ],
  flowLabels: {
    'website>online-booking': t('online', '线上预约', '線上預約'),
    'website>phone-booking': t('has a question', '有疑问', '有疑問'),
  },
  lanes: [
    { key: 'touchpoints', kind: 'touchpoints', name: t('Touchpoints', '触点', '接觸點') },
    { key: 'frontstage', kind: 'frontstage', name: t('Frontstage', '前台', '前台') },
    { key: 'backstage', kind: 'backstage', name: t('Backstage', '后台', '後台') },
    { key: 'support', kind: 'support', name: t('Support processes', '支持流程', '支援流程') },
  ],
  steps: [
    {
      key: 'morning-huddle',
      stage: 'book',
      lane: 'backstage',
      title: t(
        'Morning huddle keeps both receptionists until 9:30',
        '晨会把两位前台留到 9:30',
        '晨會把兩位櫃台留到 9:30',
      ),
      owner: t('Practice manager', '诊所经理', '診所經理'),
    },
    {
      key: 'reception-answers',
      stage: 'book',
      lane: 'frontstage',
      title: t('Reception answers and books the visit', '前台接听并预约就诊', '櫃台接聽並預約看診'),
      owner: t('Receptionist', '前台接待', '櫃台人員'),
    },
    {
      key: 'booking-system',
      stage: 'book',
      lane: 'support',
      title: t('Booking system sends the reminder SMS', '预约系统发送提醒短信', '預約系統發送提醒簡訊'),
      owner: t('Practice software', '诊所管理软件', '診所管理軟體'),
    },
    {
      key: 'chair-prep',
      stage: 'wait',
      lane: 'backstage',
      title: t('Nurse prepares the chair and instruments', '护士准备诊椅和器械', '護理師準備診療椅和器械'),
      owner: t('Dental nurse', '牙科护士', '牙科護理師'),
    },
    {
      key: 'estimate-prep',
      stage: 'treatment',
      lane: 'backstage',
      title: t('Estimate drawn up from the treatment plan', '根据治疗方案出具报价', '依治療計畫開立估價'),
      owner: t('Practice manager', '诊所经理', '診所經理'),
    },
    {
      key: 'aftercare-call',
      stage: 'follow-up',
      lane: 'frontstage',
      title: t('Nurse calls the next day', '护士第二天回访', '護理師隔天回訪'),
      owner: t('Dental nurse', '牙科护士', '牙科護理師'),
    },
  ],
  stepFlows: [
    ['morning-huddle', 'phone-booking'],
    ['reception-answers', 'phone-booking'],
    ['booking-system', 'reminder'],
    ['chair-prep', 'wait-time'],
    ['estimate-prep', 'estimate'],
    ['aftercare-call', 'aftercare'],
  ],
};
