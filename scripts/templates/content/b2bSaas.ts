/** A B2B SaaS sale and onboarding: many questions before the deal, demo, trial, deployment, support, renewal. */
import { PERCENT, t, type TemplateSpec } from '../spec';

export const b2bSaas: TemplateSpec = {
  id: 'b2b-saas',
  title: t('Buying and rolling out Flowdesk', '采购并上线 Flowdesk', '採購並導入 Flowdesk'),
  description: t(
    'A logistics company chooses Flowdesk, a service-desk platform, and rolls it out to 40 agents: from the first question to the renewal a year later.',
    '一家物流公司选用服务台平台 Flowdesk，并为 40 名坐席上线使用：从第一个问题到一年后的续约。',
    '一家物流公司選用服務台平台 Flowdesk，並導入給 40 名客服人員使用：從第一個問題到一年後的續約。',
  ),
  persona: {
    name: t('Priya, head of IT operations', '赵敏，IT 运维负责人', '黃雅婷，資訊維運主管'),
    description: t(
      '45, runs IT operations at a 400-person logistics firm. Owns the budget for the service desk, answers to the COO, and has been burnt by a tool her team never adopted.',
      '45 岁，在一家 400 人的物流公司负责 IT 运维。掌管服务台预算，向首席运营官汇报，曾经买过一套团队根本用不起来的工具。',
      '45 歲，在一家 400 人的物流公司負責資訊維運。掌管服務台預算，向營運長報告，曾經買過一套團隊根本用不起來的工具。',
    ),
    goals: [
      t('Cut the ticket backlog by half within six months', '六个月内把积压工单减半', '六個月內把積壓工單減半'),
      t('A tool her agents actually want to use', '一套坐席真心愿意用的工具', '一套客服人員真心願意用的工具'),
    ],
    needs: [
      t('Straight answers on security and pricing', '安全和价格问题都能得到明确答复', '資安和價格問題都能得到明確答覆'),
      t('Single sign-on with the company directory', '与公司目录打通的单点登录', '與公司目錄整合的單一登入'),
      t('Support that is there at month-end', '月底高峰时也找得到支持', '月底尖峰時也找得到支援'),
    ],
    expectations: [
      t('Live within six weeks of signing', '签约后六周内上线', '簽約後六週內上線'),
      t('One contact who knows her account', '有一位熟悉她账户的对接人', '有一位熟悉她帳戶的窗口'),
      t('No surprises at renewal', '续约时没有意外', '續約時沒有意外'),
    ],
  },
  stages: [
    {
      key: 'research',
      name: t('Research', '调研', '研究'),
      description: t(
        'Looks for ways to tame the ticket backlog.',
        '寻找解决工单积压的办法。',
        '尋找解決工單積壓的方法。',
      ),
      customerGoal: t('Build a shortlist of three tools.', '列出三家候选工具。', '列出三家候選工具。'),
      touchpoints: [
        {
          key: 'peer-post',
          title: t(
            'A peer’s post about halving their backlog',
            '同行分享如何把积压工单减半',
            '同業分享如何把積壓工單減半',
          ),
          description: t(
            'An IT director she knows writes on LinkedIn about their Flowdesk rollout.',
            '一位认识的 IT 总监在行业社群里分享了他们上线 Flowdesk 的经验。',
            '一位認識的資訊長在 LinkedIn 上分享他們導入 Flowdesk 的經驗。',
          ),
          channel: 'social-media',
          tier: 'utility',
          emotion: 1,
        },
        {
          key: 'pricing',
          title: t('Reads the website and the pricing page', '浏览官网和价格页', '瀏覽官網和價格頁'),
          description: t(
            'Looks for integrations, security and the price for 40 agents.',
            '查看集成能力、安全资质，以及 40 个坐席的价格。',
            '查看整合功能、資安認證，以及 40 個席次的價格。',
          ),
          channel: 'website',
          tier: 'usability',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'Every plan above 25 seats says “Contact sales”',
                '超过 25 个坐席的方案一律写着“联系销售”',
                '超過 25 個席次的方案一律寫著「聯絡業務」',
              ),
              severity: 3,
              source: 'inferred',
              evidence: t(
                'Pricing page exit rate 58%; “price” is the top search on the help site',
                '价格页退出率 58%；“价格”是帮助中心搜索量最高的词',
                '價格頁離開率 58%；「價格」是說明中心搜尋量最高的詞',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Publish list prices up to 500 seats',
                '公开 500 个坐席以内的标准价格',
                '公開 500 個席次以內的牌價',
              ),
              impact: 3,
              effort: 2,
              owner: t('Product marketing', '产品市场部', '產品行銷部'),
              status: 'idea',
            },
          ],
          metrics: [
            {
              kpi: 'bounce-rate',
              label: t('Pricing page bounce rate', '价格页跳出率', '價格頁跳出率'),
              unit: PERCENT,
              baseline: 58,
              current: 52,
              target: 35,
              higherIsBetter: false,
            },
          ],
        },
      ],
    },
    {
      key: 'evaluate',
      name: t('Evaluate', '评估', '評估'),
      description: t(
        'Security review, a demo and a 30-day trial.',
        '安全审查、产品演示和 30 天试用。',
        '資安審查、產品展示和 30 天試用。',
      ),
      customerGoal: t(
        'Prove it works with her team’s own tickets before she asks for budget.',
        '申请预算之前，先用团队自己的工单验证它真的好用。',
        '申請預算之前，先用團隊自己的工單驗證它真的好用。',
      ),
      touchpoints: [
        {
          key: 'questionnaire',
          title: t('Sends a 96-question security questionnaire', '发出 96 题的安全问卷', '寄出 96 題的資安問卷'),
          description: t(
            'Her security team needs answers on data residency, encryption and access logs.',
            '公司安全团队要求说明数据存储地、加密方式和访问日志。',
            '公司資安團隊要求說明資料存放地、加密方式和存取紀錄。',
          ),
          channel: 'email',
          tier: 'utility',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'Answers take 12 days and three people on the vendor’s side',
                '厂商那边要三个人、花 12 天才答完',
                '廠商那邊要三個人、花 12 天才答完',
              ),
              severity: 3,
              source: 'direct',
              evidence: t(
                'CRM: median 12 days from questionnaire received to answered; the prospect chased twice',
                'CRM 记录：从收到问卷到答复的中位时长为 12 天；客户催了两次',
                'CRM 紀錄：從收到問卷到回覆的中位時間為 12 天；客戶催了兩次',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'A public trust centre answering the 100 questions buyers ask most',
                '上线公开的信任中心，回答采购方最常问的 100 个问题',
                '上線公開的信任中心，回答採購方最常問的 100 個問題',
              ),
              impact: 4,
              effort: 3,
              owner: t('Security and sales engineering', '安全团队与售前工程师', '資安團隊與售前工程師'),
              status: 'in-progress',
            },
          ],
        },
        {
          key: 'demo',
          title: t(
            'A demo built on her own ticket categories',
            '用她们自己的工单分类做的演示',
            '用她們自己的工單分類做的展示',
          ),
          description: t(
            'The sales engineer rebuilds her top five ticket types live on the call.',
            '售前工程师在视频会议上现场搭出她们最常见的五类工单。',
            '售前工程師在視訊會議上現場建出她們最常見的五類工單。',
          ),
          channel: 'video-call',
          tier: 'usability',
          emotion: 2,
          momentOfTruth: true,
          column: 1,
          metrics: [
            {
              kpi: 'conversion-rate',
              label: t('Demo to trial', '演示到试用的转化率', '展示到試用的轉換率'),
              unit: PERCENT,
              baseline: 35,
              current: 41,
              target: 50,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'trial',
          title: t('30-day trial workspace', '30 天试用空间', '30 天試用環境'),
          description: t(
            'Five agents try it on real work for a month.',
            '五名坐席用它处理一个月的真实工作。',
            '五名客服人員用它處理一個月的實際工作。',
          ),
          channel: 'website',
          tier: 'usability',
          emotion: 0,
          column: 1,
          painPoints: [
            {
              text: t(
                'The trial starts empty; without their own data the agents cannot judge it',
                '试用环境是空的，没有自己的数据，坐席很难判断好坏',
                '試用環境是空的，沒有自己的資料，客服人員很難判斷好壞',
              ),
              severity: 2,
              source: 'direct',
              evidence: t(
                'Trial exit interviews (14): six said “we never got real tickets in”',
                '试用结束访谈（14 家）：6 家说“一直没把真实工单导进去”',
                '試用結束訪談（14 家）：6 家說「一直沒把真實工單匯進去」',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'buy',
      name: t('Buy', '采购', '採購'),
      description: t('Proposal, procurement and signature.', '报价、采购流程和签约。', '報價、採購流程與簽約。'),
      customerGoal: t('Sign before the budget window closes.', '在预算窗口关闭前签约。', '在預算期限前完成簽約。'),
      touchpoints: [
        {
          key: 'proposal',
          title: t('Receives the proposal and order form', '收到方案和订单', '收到提案和訂購單'),
          description: t(
            'A clear proposal with the rollout plan and a named onboarding manager.',
            '方案清楚，附上线计划，并指定了专属实施经理。',
            '提案清楚，附導入計畫，並指定專屬導入經理。',
          ),
          channel: 'email',
          tier: 'utility',
          emotion: 1,
        },
        {
          key: 'reseller',
          title: t('Buys through the company’s reseller', '通过公司指定的代理商采购', '透過公司指定的經銷商採購'),
          description: t(
            'Procurement rules require the approved software reseller.',
            '按采购制度，必须通过入围的软件代理商下单。',
            '依採購規定，必須透過核准的軟體經銷商下單。',
          ),
          channel: 'partner',
          tier: 'utility',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'The reseller adds two weeks and quotes a different price from the proposal',
                '代理商多花了两周，报价还和原方案不一致',
                '經銷商多花了兩週，報價還和原提案不一致',
              ),
              severity: 3,
              source: 'indirect',
              evidence: t(
                'Two reviews on a software review site and a reseller forum thread mention mismatched quotes',
                '软件点评网站上的两条评价和代理商论坛的一个帖子都提到报价不一致',
                '軟體評論網站上的兩則評論和經銷商論壇的一篇文章都提到報價不一致',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'onboard',
      name: t('Onboard and deploy', '实施上线', '導入上線'),
      description: t(
        'Kick-off, single sign-on, data import and training.',
        '启动会、单点登录、数据导入和培训。',
        '啟動會議、單一登入、資料匯入和教育訓練。',
      ),
      customerGoal: t(
        'All 40 agents working in Flowdesk within six weeks.',
        '六周内让 40 名坐席全部用上 Flowdesk。',
        '六週內讓 40 名客服人員全部用上 Flowdesk。',
      ),
      touchpoints: [
        {
          key: 'kickoff',
          title: t('Kick-off call with the onboarding manager', '与实施经理开启动会', '與導入經理開啟動會議'),
          description: t(
            'Agrees the plan, owners and go-live date.',
            '确定计划、责任人和上线日期。',
            '確認計畫、負責人和上線日期。',
          ),
          channel: 'video-call',
          tier: 'usability',
          emotion: 1,
        },
        {
          key: 'sso',
          title: t('Connects single sign-on and imports users', '配置单点登录并导入用户', '設定單一登入並匯入使用者'),
          description: t(
            'Her admin follows the setup guide in the admin console.',
            '管理员按照管理后台里的配置指南操作。',
            '管理員依照管理後台裡的設定指南操作。',
          ),
          channel: 'self-service',
          tier: 'utility',
          emotion: -2,
          momentOfTruth: true,
          painPoints: [
            {
              text: t(
                'Single sign-on fails with their identity provider; the guide shows old screens',
                '和公司的身份认证系统对接失败，配置指南里还是旧界面',
                '與公司的身分驗證系統串接失敗，設定指南裡還是舊畫面',
              ),
              severity: 5,
              source: 'direct',
              evidence: t(
                'Support tickets: 23 onboarding tickets about single sign-on in Q2; go-live blocked for 6 days on average',
                '支持工单：第二季度有 23 张关于单点登录的实施工单；上线平均被卡 6 天',
                '支援工單：第二季有 23 張關於單一登入的導入工單；上線平均卡關 6 天',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'A guided single sign-on wizard, tested against the five most common identity providers',
                '做一个单点登录配置向导，并针对最常见的五种身份认证系统测试',
                '做一個單一登入設定精靈，並針對最常見的五種身分驗證系統測試',
              ),
              impact: 5,
              effort: 3,
              owner: t('Platform team', '平台团队', '平台團隊'),
              status: 'planned',
            },
          ],
          metrics: [
            {
              kpi: 'custom',
              label: t('Days from signature to go-live', '从签约到上线的天数', '從簽約到上線的天數'),
              unit: t('days', '天', '天'),
              baseline: 45,
              current: 38,
              target: 21,
              higherIsBetter: false,
            },
          ],
        },
        {
          key: 'launch-day',
          title: t('Launch day on site', '现场上线日', '現場上線日'),
          description: t(
            'A trainer spends the day with the agents; coffee, stickers and a live dashboard on the big screen.',
            '培训师陪坐席待一整天；有咖啡、贴纸，大屏幕上实时显示看板。',
            '講師陪客服人員一整天；有咖啡、貼紙，大螢幕上即時顯示儀表板。',
          ),
          channel: 'in-person',
          tier: 'delight',
          emotion: 2,
        },
        {
          key: 'tips-email',
          title: t('Weekly tips by email', '每周使用技巧邮件', '每週使用技巧電子報'),
          description: t(
            'Short emails with one feature each, sent to every new agent.',
            '每封邮件只讲一个功能，发给每位新坐席。',
            '每封信只介紹一個功能，寄給每位新客服人員。',
          ),
          channel: 'email',
          tier: 'usability',
          emotion: 0,
        },
      ],
    },
    {
      key: 'support',
      name: t('Support', '售后支持', '售後支援'),
      description: t('Gets help during daily use.', '日常使用中获得帮助。', '日常使用中獲得協助。'),
      customerGoal: t(
        'Problems fixed at the first contact.',
        '问题在第一次联系时就解决。',
        '問題在第一次聯繫時就解決。',
      ),
      touchpoints: [
        {
          key: 'chat',
          title: t('The admin asks a question in live chat', '管理员通过在线客服提问', '管理員透過線上客服提問'),
          description: t(
            'How to route tickets by depot; answered with a short video.',
            '咨询如何按仓库分派工单，客服回了一段短视频。',
            '詢問如何依倉庫分派工單，客服回了一段短影片。',
          ),
          channel: 'live-chat',
          tier: 'usability',
          emotion: 1,
          metrics: [
            {
              kpi: 'fcr',
              label: t('First-contact resolution in chat', '在线客服首次联络解决率', '線上客服首次聯繫解決率'),
              unit: PERCENT,
              baseline: 62,
              current: 70,
              target: 80,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'outage-call',
          title: t('Calls about an outage at month-end', '月底故障时打电话求助', '月底故障時打電話求助'),
          description: t(
            'Ticket views stop loading at 6:30 pm on the last day of the month.',
            '月末最后一天晚上 6 点半，工单视图突然加载不出来。',
            '月底最後一天晚上 6 點半，工單檢視突然載入不出來。',
          ),
          channel: 'phone',
          tier: 'utility',
          emotion: -2,
          momentOfTruth: true,
          painPoints: [
            {
              text: t(
                'Phone support closes at 6 pm; the call goes to voicemail',
                '电话支持 18 点下班，只能留语音信箱',
                '電話支援 18 點就結束，只能留語音信箱',
              ),
              severity: 4,
              source: 'direct',
              evidence: t(
                'Escalation email from the customer’s COO; 17 after-hours voicemails that week',
                '客户的首席运营官发来投诉邮件；当周下班后共有 17 条语音留言',
                '客戶營運長寄來客訴信；當週下班後共有 17 則語音留言',
              ),
            },
          ],
          metrics: [
            {
              kpi: 'service-level',
              label: t('Calls answered within 60 seconds', '60 秒内接通率', '60 秒內接通率'),
              unit: PERCENT,
              baseline: 72,
              current: 78,
              target: 90,
              higherIsBetter: true,
            },
          ],
        },
      ],
    },
    {
      key: 'renew',
      name: t('Renew', '续约', '續約'),
      description: t('Reviews the value and renews.', '回顾价值并续约。', '檢視成效並續約。'),
      customerGoal: t(
        'Show the COO the backlog is down and renew without haggling.',
        '向首席运营官证明积压工单减少了，顺利续约。',
        '向營運長證明積壓工單減少了，順利續約。',
      ),
      touchpoints: [
        {
          key: 'qbr',
          title: t('Quarterly business review', '季度业务回顾', '季度業務檢討'),
          description: t(
            'The account manager shows backlog, resolution times and adoption by team.',
            '客户经理展示积压工单、解决时长和各团队的使用情况。',
            '客戶經理展示積壓工單、解決時間和各團隊的使用狀況。',
          ),
          channel: 'video-call',
          tier: 'usability',
          emotion: 1,
          metrics: [
            {
              kpi: 'nps',
              label: t('Admin Net Promoter Score', '管理员净推荐值', '管理員淨推薦值'),
              baseline: 18,
              current: 27,
              target: 40,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'renewal',
          title: t('Renewal quote 60 days ahead', '提前 60 天收到续约报价', '提前 60 天收到續約報價'),
          description: t(
            'Same price per seat, with the usage report attached.',
            '单坐席价格不变，附上使用报告。',
            '每席次價格不變，附上使用報告。',
          ),
          channel: 'email',
          tier: 'utility',
          emotion: 1,
          momentOfTruth: true,
          metrics: [
            {
              kpi: 'churn-rate',
              label: t('Yearly customer churn', '年度客户流失率', '年度客戶流失率'),
              unit: PERCENT,
              baseline: 11,
              current: 9,
              target: 6,
              higherIsBetter: false,
            },
          ],
        },
        {
          key: 'summit',
          title: t('Invited to speak at the user summit', '受邀在用户大会上分享', '受邀在使用者大會上分享'),
          description: t(
            'Tells 300 peers how her team halved the backlog.',
            '向 300 位同行讲述她的团队如何把积压工单减半。',
            '向 300 位同業分享她的團隊如何把積壓工單減半。',
          ),
          channel: 'in-person',
          tier: 'delight',
          emotion: 2,
        },
      ],
    },
  ],
  flow: [
    ['peer-post', 'pricing', 'questionnaire', 'proposal', 'reseller', 'kickoff', 'sso', 'launch-day', 'tips-email'],
    ['pricing', 'demo', 'trial', 'proposal'],
    ['tips-email', 'chat', 'outage-call', 'qbr', 'renewal', 'summit'],
  ],
  flowLabels: {
    'pricing>questionnaire': t('security review', '安全审查', '資安審查'),
    'pricing>demo': t('hands-on', '上手体验', '實際試用'),
  },
};
