/** A Lebanese restaurant built around a clear mission: one guest's evening, from a friend's photos to a review. */
import { PERCENT, t, type TemplateSpec } from '../spec';

export const restaurant: TemplateSpec = {
  id: 'restaurant',
  title: t('Dinner at Cedar & Salt', '在雪松小馆吃一顿黎巴嫩晚餐', '在雪松小館享用黎巴嫩晚餐'),
  description: t(
    'Cedar & Salt’s mission: bring the taste of Lebanese food and culture, with generous, delicious dishes and sweet, indulgent desserts. This map follows one group dinner from first hearing about the place to the review afterwards.',
    '雪松小馆的使命：把黎巴嫩的美食和文化带给大家——丰盛美味的菜肴，香甜诱人的甜点。这张旅程图记录了一次朋友聚餐，从第一次听说这家店，到饭后留下评价。',
    '雪松小館的使命：把黎巴嫩的美食與文化帶給大家——豐盛美味的料理，香甜誘人的甜點。這張旅程圖記錄一次朋友聚餐，從第一次聽說這家店，到飯後留下評論。',
  ),
  persona: {
    name: t('Maya, the dinner organiser', '林悦，聚餐组织者', '陳怡君，聚餐召集人'),
    description: t(
      '34, marketing manager. Organises a dinner for friends or colleagues about twice a month and likes cuisines she cannot cook at home. Always checks reviews and photos before she books.',
      '34 岁，广告公司市场经理。每个月组织两次左右的朋友或同事聚餐，喜欢尝试自己在家做不出来的异国菜。订位之前一定先看点评和照片。',
      '34 歲，行銷經理。每個月大約揪兩次朋友或同事聚餐，喜歡嘗試自己在家煮不出來的異國料理。訂位前一定先看評論和照片。',
    ),
    goals: [
      t('A relaxed evening where everyone eats well', '和大家轻松吃一顿好饭', '和大家輕鬆吃一頓好飯'),
      t('Find a place worth recommending', '找到一家值得推荐的店', '找到一家值得推薦的店'),
    ],
    needs: [
      t('A table for six at a fixed time', '固定时间的 6 人桌', '固定時段的 6 人桌'),
      t('Clear information on dishes and allergens', '菜品和过敏原信息一目了然', '菜色與過敏原資訊清楚好懂'),
      t('Paying and splitting without a long wait', '结账分摊不用久等', '結帳分帳不用久等'),
    ],
    expectations: [
      t('The booked table is ready on arrival', '到店时订好的桌子已经备好', '到店時訂好的位子已經準備好'),
      t('Authentic food in generous portions', '味道地道，分量实在', '味道道地，份量大方'),
      t('Staff who can explain the dishes', '服务员能讲清楚每道菜', '服務人員能介紹每道菜'),
    ],
  },
  stages: [
    {
      key: 'discover',
      name: t('Discover', '发现', '發現'),
      description: t(
        'Hears about the restaurant and decides whether it is worth a visit.',
        '听说这家餐厅，判断值不值得去。',
        '聽說這家餐廳，判斷值不值得去。',
      ),
      customerGoal: t(
        'Find a special place for the next group dinner.',
        '为下一次聚餐找一家有特色的店。',
        '為下一次聚餐找一家有特色的店。',
      ),
      touchpoints: [
        {
          key: 'friend-photos',
          title: t('A friend raves about the mezze', '朋友力荐这里的冷盘拼盘', '朋友大推這裡的開胃拼盤'),
          description: t(
            'A colleague shows photos of the mezze spread and the charcoal-grilled lamb.',
            '同事给她看满桌冷盘和炭烤羊肉的照片。',
            '同事給她看滿桌開胃菜和炭烤羊肉的照片。',
          ),
          channel: 'word-of-mouth',
          tier: 'delight',
          emotion: 1,
        },
        {
          key: 'reviews',
          title: t('Reads reviews on Google Maps', '在大众点评上看评价', '在 Google 地圖看評論'),
          description: t(
            'Checks the rating, the latest reviews and guests’ photos.',
            '看评分、最新评价和网友上传的照片。',
            '看評分、最新評論和網友上傳的照片。',
          ),
          channel: 'review-site',
          tier: 'utility',
          emotion: 0,
          painPoints: [
            {
              text: t(
                'Recent reviews complain about waiting for a booked table at weekends',
                '近期评价抱怨周末订了位还要等',
                '近期評論抱怨週末訂了位還要等',
              ),
              severity: 3,
              source: 'indirect',
              evidence: t(
                '11 of the last 40 reviews (March–May) mention waiting despite a booking',
                '3—5 月最近 40 条评价中有 11 条提到订了位仍需等待',
                '3–5 月最近 40 則評論中有 11 則提到訂了位仍要等',
              ),
            },
          ],
        },
        {
          key: 'menu-site',
          title: t('Looks at the menu on the website', '在餐厅官网上看菜单', '在餐廳官網上看菜單'),
          description: t(
            'Opens the menu on her phone to check prices and vegetarian dishes.',
            '用手机打开菜单，看价格和素食菜品。',
            '用手機打開菜單，看價格和素食選擇。',
          ),
          channel: 'website',
          tier: 'usability',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'The menu is a scanned PDF: unreadable on a phone and without allergen information',
                '菜单是扫描版 PDF，手机上看不清，也没有过敏原信息',
                '菜單是掃描的 PDF，手機上看不清楚，也沒有過敏原資訊',
              ),
              severity: 3,
              source: 'inferred',
              evidence: t(
                'Bounce rate of the menu page is 68% on mobile against 41% site-wide',
                '手机端菜单页跳出率 68%，全站平均为 41%',
                '手機版菜單頁跳出率 68%，全站平均 41%',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Publish the menu as a mobile page with photos, prices and allergens',
                '把菜单做成带照片、价格和过敏原的手机网页',
                '把菜單做成有照片、價格和過敏原的手機網頁',
              ),
              impact: 4,
              effort: 2,
              owner: t('Marketing', '市场部', '行銷部'),
              status: 'in-progress',
            },
          ],
          metrics: [
            {
              kpi: 'bounce-rate',
              label: t('Menu page bounce rate (mobile)', '菜单页跳出率（手机端）', '菜單頁跳出率（手機版）'),
              unit: PERCENT,
              baseline: 68,
              current: 61,
              target: 40,
              higherIsBetter: false,
            },
          ],
        },
      ],
    },
    {
      key: 'book',
      name: t('Book', '订位', '訂位'),
      description: t('Reserves a table for the group.', '为一行人预订座位。', '幫一行人預訂座位。'),
      customerGoal: t(
        'Secure a table for six on Friday at 7:30 pm.',
        '订到周五晚上 7 点半的 6 人桌。',
        '訂到週五晚上 7 點半的 6 人桌。',
      ),
      touchpoints: [
        {
          key: 'book-online',
          title: t('Books through the booking partner', '在订座平台上订位', '在訂位平台上訂位'),
          description: t(
            'Picks Friday 7:30 pm for six and gets an instant confirmation.',
            '选了周五 19:30、6 位，马上收到确认。',
            '選了週五 19:30、6 位，立刻收到確認。',
          ),
          channel: 'partner',
          tier: 'utility',
          emotion: 1,
          metrics: [
            {
              kpi: 'conversion-rate',
              label: t(
                'Bookings per visit to the restaurant’s page',
                '餐厅页面访问的订位转化率',
                '餐廳頁面造訪的訂位轉換率',
              ),
              unit: PERCENT,
              baseline: 9,
              current: 12,
              target: 15,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'call',
          title: t('Calls to ask for a quiet corner', '打电话问能否安排安静的位置', '打電話問能不能安排安靜的位子'),
          description: t(
            'Wants the group seated away from the speakers.',
            '想让一行人坐得离音箱远一点。',
            '想讓一行人坐得離喇叭遠一點。',
          ),
          channel: 'phone',
          tier: 'usability',
          emotion: -1,
          column: 1,
          painPoints: [
            {
              text: t(
                'Nobody answers the phone between 6 and 9 pm',
                '晚上 6 点到 9 点电话没人接',
                '晚上 6 點到 9 點電話沒人接',
              ),
              severity: 3,
              source: 'direct',
              evidence: t(
                'Post-visit survey: 9% of respondents could not get through by phone',
                '消费后问卷：9% 的受访者表示电话打不通',
                '用餐後問卷：9% 的受訪者表示電話打不通',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Let guests add seating requests to the online booking',
                '让顾客在线订位时直接填写座位需求',
                '讓客人線上訂位時直接填寫座位需求',
              ),
              impact: 3,
              effort: 1,
              owner: t('Front of house', '前厅', '外場'),
              status: 'planned',
            },
          ],
        },
        {
          key: 'reminder',
          title: t('Confirmation and reminder by SMS', '短信确认和到店提醒', '簡訊確認與到店提醒'),
          description: t(
            'A text the day before, with a one-tap link to change the booking.',
            '前一天收到短信，点链接就能改订。',
            '前一天收到簡訊，點連結就能修改訂位。',
          ),
          channel: 'sms',
          tier: 'utility',
          emotion: 1,
        },
      ],
    },
    {
      key: 'arrive',
      name: t('Arrive', '到店', '抵達'),
      description: t(
        'Is greeted and seated; the first impression of the room.',
        '被迎接、入座，对店内环境形成第一印象。',
        '受到招呼、入座，對店內環境的第一印象。',
      ),
      customerGoal: t('Sit down without waiting and settle in.', '不用等位，马上坐下来。', '不必等位，馬上坐下來。'),
      touchpoints: [
        {
          key: 'greeted',
          title: t('Is the booked table ready?', '订好的桌子备好了吗？', '訂好的位子準備好了嗎？'),
          description: t(
            'The host checks the booking and shows the group to their table.',
            '迎宾核对订位，带一行人入座。',
            '帶位人員核對訂位，帶一行人入座。',
          ),
          channel: 'in-person',
          tier: 'utility',
          emotion: -2,
          momentOfTruth: true,
          painPoints: [
            {
              text: t(
                'The booked table is still taken; the group waits 20 minutes at the bar',
                '订好的桌子还有人在用，一行人在吧台等了 20 分钟',
                '訂好的桌子還有人在用，一行人在吧台等了 20 分鐘',
              ),
              severity: 4,
              source: 'direct',
              evidence: t(
                'Mystery shopper: 3 of 8 weekend visits waited over 15 minutes despite a booking',
                '神秘顾客：8 次周末到访中有 3 次订了位仍等了 15 分钟以上',
                '神秘客：8 次週末造訪中有 3 次訂了位仍等超過 15 分鐘',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Stagger weekend booking slots and hold each booked table free for 10 minutes beforehand',
                '错开周末订位时段，每个订位前留出 10 分钟空桌',
                '錯開週末訂位時段，每筆訂位前保留 10 分鐘空桌',
              ),
              impact: 5,
              effort: 2,
              owner: t('Restaurant manager', '餐厅经理', '餐廳經理'),
              status: 'planned',
            },
          ],
          notes: t(
            'Under-promise, over-deliver: when a wait cannot be avoided, quote it honestly and beat it.',
            '少承诺、多兑现：实在要等位时，如实告知时间，再提前做到。',
            '少承諾、多兌現：真的要等位時，如實告知時間，再提早做到。',
          ),
        },
        {
          key: 'decor',
          title: t(
            'Lanterns, oud music and the smell of the grill',
            '灯笼、乌德琴和炭烤的香气',
            '燈籠、烏德琴與炭烤香氣',
          ),
          description: t(
            'The room feels like a family house in Beirut; a welcome glass of mint lemonade arrives.',
            '店里像贝鲁特的家常小馆，还送上一杯薄荷柠檬水作为欢迎。',
            '店裡像貝魯特的家常小館，還送上一杯薄荷檸檬水當迎賓飲料。',
          ),
          channel: 'in-person',
          tier: 'delight',
          emotion: 2,
          painPoints: [
            {
              text: t(
                'The music is a little loud for talking across a long table',
                '音乐稍微有点大声，长桌两头说话听不太清',
                '音樂稍微大聲了點，長桌兩端講話聽不太清楚',
              ),
              severity: 1,
              source: 'direct',
              evidence: t(
                'Comment cards: 4 mentions in May, all from groups of six or more',
                '意见卡：5 月有 4 条提到，都来自 6 人以上的聚餐',
                '意見卡：5 月有 4 則提到，都來自 6 人以上的聚餐',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'order-eat',
      name: t('Order and eat', '点餐用餐', '點餐用餐'),
      description: t(
        'Chooses dishes and shares the mezze and the grill.',
        '挑选菜品，分享冷盘和炭烤。',
        '挑選菜色，分享開胃菜和炭烤。',
      ),
      customerGoal: t(
        'Order well without knowing the cuisine, and enjoy it.',
        '不熟悉这种菜系也能点对菜，吃得开心。',
        '不熟悉這種料理也能點對菜，吃得開心。',
      ),
      touchpoints: [
        {
          key: 'server-recommends',
          title: t(
            'The server explains the mezze and suggests a sharing menu',
            '服务员介绍冷盘并推荐分享套餐',
            '服務人員介紹開胃菜並推薦分享套餐',
          ),
          description: t(
            'Walks the group through hummus, moutabal and fattoush, and what to order for six.',
            '讲解鹰嘴豆泥、烤茄子酱和阿拉伯面包沙拉，建议 6 个人怎么点。',
            '介紹鷹嘴豆泥、烤茄子醬和麵包沙拉，建議 6 個人怎麼點。',
          ),
          channel: 'in-person',
          tier: 'usability',
          emotion: 2,
          momentOfTruth: true,
          metrics: [
            {
              kpi: 'csat',
              label: t('Satisfaction with the service', '服务满意度', '服務滿意度'),
              unit: PERCENT,
              baseline: 84,
              current: 88,
              target: 92,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'qr-menu',
          title: t('Orders from the QR-code menu', '扫桌上的二维码点餐', '掃桌上的 QR Code 點餐'),
          description: t(
            'Scans the table code to order while the server is busy.',
            '服务员忙不过来，就扫码自助点餐。',
            '服務人員忙不過來，就掃碼自助點餐。',
          ),
          channel: 'self-service',
          tier: 'usability',
          emotion: -1,
          column: 1,
          painPoints: [
            {
              text: t(
                'The QR menu lists names without descriptions, so guests do not know what they are ordering',
                '扫码菜单只有菜名没有介绍，顾客不知道自己点的是什么',
                '掃碼菜單只有菜名沒有介紹，客人不知道自己點了什麼',
              ),
              severity: 2,
              source: 'direct',
              evidence: t(
                'Comment cards, April: “We had no idea what half the dishes were”',
                '4 月意见卡：“一半的菜都不知道是什么”',
                '4 月意見卡：「一半的菜都不知道是什麼」',
              ),
            },
          ],
        },
        {
          key: 'mezze',
          title: t(
            'Mezze and grill arrive, generous and fresh',
            '冷盘和烤肉上桌，量足又新鲜',
            '開胃菜和烤肉上桌，份量大方又新鮮',
          ),
          description: t(
            'Warm bread from the oven, dishes to share, bread refilled without asking.',
            '刚出炉的热面包，适合分享的菜，面包不用开口就会续上。',
            '剛出爐的熱麵包、適合分享的菜色，麵包不用開口就會續上。',
          ),
          channel: 'in-person',
          tier: 'utility',
          emotion: 2,
          metrics: [
            {
              kpi: 'average-order-value',
              label: t('Average spend per guest', '人均消费', '每人平均消費'),
              unit: t('$', '元', '新台幣'),
              baseline: { en: 38, 'zh-CN': 158, 'zh-TW': 720 },
              current: { en: 41, 'zh-CN': 168, 'zh-TW': 760 },
              target: { en: 45, 'zh-CN': 180, 'zh-TW': 800 },
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'baklava',
          title: t(
            'Complimentary baklava, with the story behind it',
            '老板赠送果仁蜜饼，还讲了它的故事',
            '老闆招待果仁蜜餅，還說了它的故事',
          ),
          description: t(
            'The owner brings baklava and tells how his grandmother made it in Tripoli.',
            '老板端来果仁蜜饼，讲起外婆当年在的黎波里做这道甜点的往事。',
            '老闆端來果仁蜜餅，聊起外婆當年在的黎波里做這道甜點的往事。',
          ),
          channel: 'in-person',
          tier: 'delight',
          emotion: 2,
        },
      ],
    },
    {
      key: 'pay-leave',
      name: t('Pay and leave', '结账离店', '結帳離店'),
      description: t(
        'Settles and splits the bill, says goodbye.',
        '买单、分摊费用，然后道别。',
        '買單、分帳，然後道別。',
      ),
      customerGoal: t(
        'Pay and split quickly; leave on a high note.',
        '快速结账分摊，开开心心地离开。',
        '快速結帳分帳，開開心心地離開。',
      ),
      touchpoints: [
        {
          key: 'bill',
          title: t('Asks for the bill and splits it six ways', '买单，六个人分开付', '買單，六個人分開付'),
          description: t(
            'One card terminal for the whole room; everyone pays their share.',
            '服务员拿来账单，每个人各付各的。',
            '全店只有一台刷卡機，每個人各付各的。',
          ),
          channel: 'in-person',
          tier: 'utility',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'Waits 15 minutes for the bill and the card terminal when the room is full',
                '客满时等服务员来结账、六个人逐一付款，前后要 15 分钟',
                '客滿時等帳單和刷卡機要 15 分鐘',
              ),
              severity: 3,
              source: 'direct',
              evidence: t(
                'Post-visit survey: “paying took longer than dessert”; 22% rate paying 1 or 2 out of 5',
                '消费后问卷：“结账比吃甜点还久”；22% 的人给结账打 1 或 2 分（满分 5 分）',
                '用餐後問卷：「結帳比吃甜點還久」；22% 的人給結帳打 1 或 2 分（滿分 5 分）',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Pay at the table by QR code, with the bill split automatically',
                '桌边扫码付款，系统自动分账',
                '桌邊掃碼付款，系統自動分帳',
              ),
              impact: 4,
              effort: 3,
              owner: t('Operations', '运营部', '營運部'),
              status: 'idea',
            },
          ],
        },
        {
          key: 'loyalty',
          title: t('Joins the Cedar Club by text', '发短信加入雪松会员', '傳簡訊加入雪松會員'),
          description: t(
            'Texts CEDAR to join and gets a free dessert on the next visit.',
            '发送短信“雪松”即可入会，下次到店送一份甜点。',
            '傳簡訊「雪松」即可入會，下次來店招待一份甜點。',
          ),
          channel: 'sms',
          tier: 'usability',
          emotion: 1,
          metrics: [
            {
              kpi: 'repeat-purchase',
              label: t('Guests returning within 90 days', '90 天内再次到店的顾客', '90 天內再次來店的客人'),
              unit: PERCENT,
              baseline: 18,
              current: 23,
              target: 30,
              higherIsBetter: true,
            },
          ],
        },
      ],
    },
    {
      key: 'after',
      name: t('After the visit', '离店之后', '離店之後'),
      description: t(
        'Shares the evening and is asked for feedback.',
        '分享这顿晚餐，并被邀请反馈。',
        '分享這頓晚餐，並受邀回饋意見。',
      ),
      customerGoal: t(
        'Share a good evening; be heard when something went wrong.',
        '分享愉快的晚餐；有不满时能被听到。',
        '分享愉快的晚餐；有不滿時能被聽見。',
      ),
      touchpoints: [
        {
          key: 'review-request',
          title: t('Review request by email', '邮件邀请评价', '以電子郵件邀請評論'),
          description: t(
            'A thank-you email asks how the evening was, with a link to leave a review.',
            '感谢邮件询问用餐感受，并附上评价链接。',
            '感謝信詢問用餐感受，並附上評論連結。',
          ),
          channel: 'email',
          tier: 'usability',
          emotion: 0,
          painPoints: [
            {
              text: t(
                'The request arrives four days later, when the evening is forgotten',
                '邀请四天后才发出，顾客早忘了那顿饭',
                '邀請四天後才寄出，客人早就忘了那頓飯',
              ),
              severity: 2,
              source: 'inferred',
              evidence: t(
                'Only 3% of emailed guests leave a review; opens drop sharply after day one',
                '收到邮件的顾客只有 3% 留下评价；第一天之后打开率明显下降',
                '收到信的客人只有 3% 留下評論；第一天之後開信率明顯下降',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Send the request the next morning with a one-tap review link',
                '第二天上午就发出邀请，一键直达评价页',
                '隔天早上就寄出邀請，一鍵直達評論頁',
              ),
              impact: 3,
              effort: 1,
              owner: t('Marketing', '市场部', '行銷部'),
              status: 'done',
            },
          ],
          metrics: [
            {
              kpi: 'nps',
              label: t('Net Promoter Score of diners', '食客净推荐值', '用餐客人淨推薦值'),
              baseline: 31,
              current: 38,
              target: 50,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'social',
          title: t('Posts photos and tags the restaurant', '发小红书笔记并@餐厅', '在 Instagram 發文並標記餐廳'),
          description: t(
            'Shares the mezze table on Instagram; the restaurant reposts it.',
            '在小红书晒出满桌冷盘，餐厅官方号转发了她的笔记。',
            '在 Instagram 分享滿桌開胃菜，餐廳轉發了她的限時動態。',
          ),
          channel: 'social-media',
          tier: 'delight',
          emotion: 2,
          column: 1,
          metrics: [
            {
              kpi: 'custom',
              label: t('Social mentions per month', '每月社交媒体提及次数', '每月社群提及次數'),
              unit: t('mentions', '次', '次'),
              baseline: 40,
              current: 55,
              target: 80,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'reply-review',
          title: t('The owner replies to her review', '老板回复了她的点评', '老闆回覆了她的評論'),
          description: t(
            'Thanks her by name and apologises for the wait at the door.',
            '点名感谢她，并为门口的等位致歉。',
            '具名感謝她，並為門口等位一事致歉。',
          ),
          channel: 'review-site',
          tier: 'usability',
          emotion: 1,
        },
      ],
    },
  ],
  flow: [
    ['friend-photos', 'reviews', 'menu-site', 'book-online', 'reminder', 'greeted', 'decor', 'server-recommends'],
    ['menu-site', 'call', 'reminder'],
    ['decor', 'qr-menu', 'mezze'],
    ['server-recommends', 'mezze', 'baklava', 'bill', 'loyalty', 'review-request', 'reply-review'],
    ['loyalty', 'social'],
  ],
  flowLabels: {
    'menu-site>book-online': t('online', '线上订位', '線上訂位'),
    'menu-site>call': t('special request', '有特殊需求', '有特殊需求'),
    'decor>server-recommends': t('server free', '服务员有空', '服務人員有空'),
    'decor>qr-menu': t('server busy', '服务员很忙', '服務人員很忙'),
  },
};
