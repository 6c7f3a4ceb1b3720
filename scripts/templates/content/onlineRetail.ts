/** An online purchase on a large marketplace: search, compare, one-click checkout, delivery, a return, membership. */
import { PERCENT, t, type TemplateSpec } from '../spec';

export const onlineRetail: TemplateSpec = {
  id: 'online-retail',
  title: t('A birthday scooter from Everymart', '在万集商城买生日礼物', '在萬集商城買生日禮物'),
  description: t(
    'A parent orders a scooter and a helmet for his daughter’s birthday on a large marketplace that competes on choice, one-click checkout and fast delivery, then returns the helmet.',
    '一位父亲在一家以品类齐全、一键下单和极速配送著称的大型电商平台上，为女儿的生日买了滑板车和头盔，之后又退掉了头盔。',
    '一位爸爸在一家以品項齊全、一鍵下單和快速到貨聞名的大型電商平台上，為女兒的生日買了滑板車和安全帽，之後又退掉了安全帽。',
  ),
  persona: {
    name: t('Daniel, busy parent', '王磊，忙碌的爸爸', '林志明，忙碌的爸爸'),
    description: t(
      '41, project manager with two children. Buys nearly all household goods and presents online, usually on his phone in the evening. Compares prices but pays for speed when a date matters.',
      '41 岁，项目经理，两个孩子的父亲。日用品和礼物几乎都在网上买，通常是晚上用手机下单。会比价，但赶时间时愿意为速度付费。',
      '41 歲，專案經理，兩個孩子的爸爸。日用品和禮物幾乎都在網路上買，通常是晚上用手機下單。會比價，但趕時間時願意為速度付費。',
    ),
    goals: [
      t('The present arrives before Saturday’s party', '礼物在周六派对前送到', '禮物在週六派對前送到'),
      t('Buy the right size the first time', '一次就买对尺码', '一次就買對尺寸'),
    ],
    needs: [
      t('A delivery date he can trust', '靠谱的送达日期', '可靠的到貨日期'),
      t('Honest reviews and a clear size guide', '真实的评价和清楚的尺码表', '真實的評價和清楚的尺寸表'),
      t(
        'Returns without a printer or a trip to the post office',
        '退货不用打印面单，也不用跑邮局',
        '退貨不必列印單據，也不用跑郵局',
      ),
    ],
    expectations: [
      t('Checkout in one tap with saved details', '保存好的信息，一键下单', '資料已儲存，一鍵結帳'),
      t('Proactive news if a parcel is late', '包裹延误会主动通知', '包裹延誤會主動通知'),
      t('A refund within days', '几天内退款到账', '幾天內退款入帳'),
    ],
  },
  stages: [
    {
      key: 'search',
      name: t('Search', '搜索', '搜尋'),
      description: t('Looks for a scooter for a six-year-old.', '为六岁的孩子找滑板车。', '幫六歲的孩子找滑板車。'),
      customerGoal: t(
        'Find scooters that suit her age and can arrive by Friday.',
        '找到适合她年龄、周五前能送到的滑板车。',
        '找到適合她年齡、週五前能送到的滑板車。',
      ),
      touchpoints: [
        {
          key: 'ad',
          title: t('Sees a sponsored ad for kids’ scooters', '刷到儿童滑板车的推广', '看到兒童滑板車的廣告'),
          description: t(
            'A banner on a news site, then the same scooter at the top of his search results.',
            '先在资讯 App 里看到横幅广告，搜索时同一款又排在第一位。',
            '先在新聞網站看到橫幅廣告，搜尋時同一款又排在第一位。',
          ),
          channel: 'advertising',
          tier: 'utility',
          emotion: 0,
        },
        {
          key: 'app-search',
          title: t('Searches “kids scooter” in the app', '在 App 里搜索“儿童滑板车”', '在 App 裡搜尋「兒童滑板車」'),
          description: t(
            'Filters by age 5–8 and “arrives by Friday”.',
            '筛选 5–8 岁、“周五前送达”。',
            '篩選 5–8 歲、「週五前到貨」。',
          ),
          channel: 'mobile-app',
          tier: 'usability',
          emotion: -1,
          painPoints: [
            {
              text: t(
                'Filters reset every time he goes back from a product page',
                '每次从商品页返回，筛选条件都被清空',
                '每次從商品頁返回，篩選條件都被清空',
              ),
              severity: 3,
              source: 'inferred',
              evidence: t(
                'Session recordings: 34% of filtered searches redo the same filters within a minute',
                '会话回放：34% 的筛选搜索会在一分钟内重新设置同样的条件',
                '工作階段錄影：34% 的篩選搜尋會在一分鐘內重設同樣的條件',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Keep filters when returning to the results',
                '返回结果页时保留筛选条件',
                '返回結果頁時保留篩選條件',
              ),
              impact: 3,
              effort: 1,
              owner: t('Search team', '搜索团队', '搜尋團隊'),
              status: 'in-progress',
            },
          ],
        },
      ],
    },
    {
      key: 'compare',
      name: t('Compare', '比较', '比較'),
      description: t(
        'Narrows three scooters down to one and adds a helmet.',
        '从三款滑板车里选定一款，再加一顶头盔。',
        '從三款滑板車中選定一款，再加一頂安全帽。',
      ),
      customerGoal: t(
        'Choose a safe, sturdy scooter and a helmet that fits.',
        '选一款安全结实的滑板车和一顶合适的头盔。',
        '選一款安全耐用的滑板車和一頂合適的安全帽。',
      ),
      touchpoints: [
        {
          key: 'product-page',
          title: t('Compares three scooters on the website', '在网页版上比较三款滑板车', '在網站上比較三款滑板車'),
          description: t(
            'On his laptop at lunch: specs, prices and delivery options side by side.',
            '午休时用电脑对比参数、价格和配送选项。',
            '午休時用筆電比較規格、價格和配送選項。',
          ),
          channel: 'website',
          tier: 'utility',
          emotion: 0,
          painPoints: [
            {
              text: t(
                'The delivery date only appears at checkout',
                '要到结算页才看得到送达日期',
                '要到結帳頁才看得到到貨日期',
              ),
              severity: 3,
              source: 'inferred',
              evidence: t(
                'Funnel data: 41% of sessions that reach the delivery step leave there',
                '漏斗数据：进入配送步骤的会话有 41% 在此离开',
                '漏斗數據：進入配送步驟的工作階段有 41% 在此離開',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Show “arrives by” on product pages and in search results',
                '在商品页和搜索结果中显示“预计送达”',
                '在商品頁和搜尋結果中顯示「預計到貨」',
              ),
              impact: 4,
              effort: 2,
              owner: t('Product pages team', '商品详情页团队', '商品頁團隊'),
              status: 'planned',
            },
          ],
        },
        {
          key: 'reviews',
          title: t('Watches a video review', '看测评视频', '看開箱評測影片'),
          description: t(
            'A parent reviewer shows how the scooter folds and how it handles kerbs.',
            '一位家长博主演示怎么折叠，以及过马路牙子时稳不稳。',
            '一位家長部落客示範怎麼收折，以及過人行道邊緣時穩不穩。',
          ),
          channel: 'review-site',
          tier: 'usability',
          emotion: 1,
        },
        {
          key: 'chatbot',
          title: t('Asks the chatbot about helmet sizes', '问智能客服头盔尺码', '問聊天機器人安全帽尺寸'),
          description: t(
            'Wants to know whether size S fits a six-year-old.',
            '想知道 S 码适不适合六岁的孩子。',
            '想知道 S 號適不適合六歲的孩子。',
          ),
          channel: 'chatbot',
          tier: 'usability',
          emotion: -1,
          column: 1,
          painPoints: [
            {
              text: t(
                'The bot answers with the returns policy instead of the size chart',
                '机器人回复的是退货政策，不是尺码表',
                '機器人回覆的是退貨政策，不是尺寸表',
              ),
              severity: 2,
              source: 'direct',
              evidence: t(
                'Chat transcripts: 47% of size questions end in “talk to an agent”',
                '聊天记录：47% 的尺码咨询最后都转了人工',
                '對話紀錄：47% 的尺寸詢問最後都轉真人客服',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'checkout',
      name: t('Check out', '下单', '結帳'),
      description: t('Pays and chooses the delivery speed.', '付款并选择配送时效。', '付款並選擇配送速度。'),
      customerGoal: t(
        'Pay in seconds, with delivery by Thursday.',
        '几秒钟付完款，周四前送到。',
        '幾秒鐘付完款，週四前到貨。',
      ),
      touchpoints: [
        {
          key: 'one-click',
          title: t('One-click checkout', '一键下单', '一鍵下單'),
          description: t(
            'Saved address and card; the order is placed with one tap.',
            '地址和支付方式都已保存，点一下就下单。',
            '地址和付款方式都已儲存，點一下就下單。',
          ),
          channel: 'mobile-app',
          tier: 'usability',
          emotion: 2,
          momentOfTruth: true,
          metrics: [
            {
              kpi: 'cart-abandonment',
              label: t('Cart abandonment', '购物车放弃率', '購物車放棄率'),
              unit: PERCENT,
              baseline: 71,
              current: 64,
              target: 55,
              higherIsBetter: false,
            },
          ],
        },
        {
          key: 'plus-trial',
          title: t(
            'Offered a free month of Plus for next-day delivery',
            '结算时被推荐免费试用 Plus 会员，享次日达',
            '結帳時被推薦免費試用 Plus 會員，享隔日到貨',
          ),
          description: t(
            'Accepts the trial so the order arrives on Thursday.',
            '接受试用，这样订单周四就能送到。',
            '接受試用，這樣訂單週四就能送到。',
          ),
          channel: 'mobile-app',
          tier: 'usability',
          emotion: 1,
          metrics: [
            {
              kpi: 'conversion-rate',
              label: t('Plus trial take-up at checkout', '结算页 Plus 试用转化率', '結帳頁 Plus 試用轉換率'),
              unit: PERCENT,
              baseline: 4,
              current: 6,
              target: 8,
              higherIsBetter: true,
            },
            {
              kpi: 'average-order-value',
              label: t('Average order value', '平均订单金额', '平均訂單金額'),
              unit: t('$', '元', '新台幣'),
              baseline: { en: 54, 'zh-CN': 268, 'zh-TW': 1450 },
              current: { en: 58, 'zh-CN': 289, 'zh-TW': 1560 },
              target: { en: 62, 'zh-CN': 310, 'zh-TW': 1700 },
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'confirmation',
          title: t('Order confirmation email', '订单确认邮件', '訂單確認信'),
          description: t(
            'Items, total and the delivery window “Thursday 8–12”.',
            '商品、金额和送达时段“周四 8–12 点”。',
            '商品、金額和到貨時段「週四 8–12 點」。',
          ),
          channel: 'email',
          tier: 'utility',
          emotion: 1,
        },
      ],
    },
    {
      key: 'delivery',
      name: t('Delivery', '配送', '配送'),
      description: t('Waits for the parcel and receives it.', '等待包裹并签收。', '等待包裹並簽收。'),
      customerGoal: t('Get the parcel before the party.', '派对前收到包裹。', '派對前收到包裹。'),
      touchpoints: [
        {
          key: 'tracking',
          title: t('Tracks the parcel in the app', '在 App 里查看物流', '在 App 裡追蹤包裹'),
          description: t(
            'Push notifications as the parcel leaves the warehouse.',
            '包裹出库时收到推送通知。',
            '包裹出貨時收到推播通知。',
          ),
          channel: 'mobile-app',
          tier: 'utility',
          emotion: 0,
        },
        {
          key: 'courier-sms',
          title: t('The courier texts a delivery window', '快递员短信告知送达时段', '物流士傳簡訊告知送達時段'),
          description: t(
            'On Thursday morning: “today between 6 and 9 pm”, not the promised morning.',
            '周四早上收到短信：“今天 18–21 点送达”，而不是承诺的上午。',
            '週四早上收到簡訊：「今天 18–21 點送達」，而不是原本承諾的上午。',
          ),
          channel: 'sms',
          tier: 'usability',
          emotion: -1,
        },
        {
          key: 'courier',
          title: t('The parcel arrives a day late', '包裹晚到了一天', '包裹晚到一天'),
          description: t(
            'Delivered on Friday evening by the last-mile partner, the day before the party.',
            '周五晚上才由末端配送送到，离派对只剩一天。',
            '週五晚上才由末端配送送到，離派對只剩一天。',
          ),
          channel: 'delivery',
          tier: 'utility',
          emotion: -2,
          momentOfTruth: true,
          painPoints: [
            {
              text: t(
                'Delivered a day after the promised date, with no warning',
                '比承诺的日期晚了一天，事先没有任何通知',
                '比承諾的日期晚了一天，事前沒有任何通知',
              ),
              severity: 4,
              source: 'direct',
              evidence: t(
                'Delivery survey: on-time rating 3.1/5 for this courier; 14% of the region’s orders late in May',
                '配送满意度调查：这家快递准时评分 3.1/5；5 月该区域 14% 的订单延误',
                '配送滿意度調查：這家物流準時評分 3.1/5；5 月該區域 14% 的訂單延誤',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Warn customers as soon as a parcel will be late, with a new date and a voucher',
                '一旦预计延误就主动通知客户，告知新日期并发放优惠券',
                '一旦預計延誤就主動通知顧客，告知新日期並發放折價券',
              ),
              impact: 4,
              effort: 2,
              owner: t('Logistics', '物流部', '物流部'),
              status: 'planned',
            },
          ],
        },
      ],
    },
    {
      key: 'unbox',
      name: t('Unbox', '开箱', '開箱'),
      description: t(
        'Opens the parcel and tries the helmet on his daughter.',
        '拆开包裹，给女儿试戴头盔。',
        '拆開包裹，讓女兒試戴安全帽。',
      ),
      customerGoal: t('Everything is there, and it fits.', '东西齐全，尺码合适。', '東西齊全，尺寸合適。'),
      touchpoints: [
        {
          key: 'packaging',
          title: t('Easy-open packaging with a gift note', '免工具开箱，附赠贺卡', '免工具開箱，附贈賀卡'),
          description: t(
            'A recyclable box without plastic, and a printed “Happy birthday, Lily!” card.',
            '可回收纸箱、没有塑料，里面还有一张印好的“莉莉生日快乐！”卡片。',
            '可回收紙箱、沒有塑膠，裡面還有一張印好的「莉莉生日快樂！」卡片。',
          ),
          channel: 'delivery',
          tier: 'delight',
          emotion: 2,
        },
        {
          key: 'size-guide',
          title: t('The helmet is too small', '头盔买小了', '安全帽買小了'),
          description: t(
            'Checks the size guide again in the app and finds it is by head circumference, not age.',
            '回到 App 再看尺码表，才发现是按头围而不是按年龄选。',
            '回到 App 再看尺寸表，才發現是依頭圍而不是依年齡選。',
          ),
          channel: 'mobile-app',
          tier: 'utility',
          emotion: -2,
          painPoints: [
            {
              text: t(
                'The product page says “ages 5–8”; the head-circumference chart is hidden in the help centre',
                '商品页写“适合 5–8 岁”，按头围选码的表格却藏在帮助中心里',
                '商品頁寫「適合 5–8 歲」，依頭圍選尺寸的表格卻藏在說明中心裡',
              ),
              severity: 4,
              source: 'inferred',
              evidence: t(
                'Helmet returns: 38% give “too small” as the reason',
                '头盔退货：38% 的退货原因是“尺码偏小”',
                '安全帽退貨：38% 的退貨原因是「尺寸太小」',
              ),
            },
          ],
          opportunities: [
            {
              text: t(
                'Put the head-size chart and a measuring tip on the product page',
                '把头围尺码表和测量方法放到商品页',
                '把頭圍尺寸表和測量方法放到商品頁',
              ),
              impact: 4,
              effort: 1,
              owner: t('Category team', '品类运营', '品類團隊'),
              status: 'idea',
            },
          ],
        },
      ],
    },
    {
      key: 'return-loyalty',
      name: t('Return and membership', '退货与会员', '退貨與會員'),
      description: t(
        'Returns the helmet, gets the refund and decides about Plus.',
        '退掉头盔、收到退款，并决定是否续费 Plus。',
        '退掉安全帽、收到退款，並決定是否續訂 Plus。',
      ),
      customerGoal: t('Swap the helmet with no hassle.', '轻松换到合适的头盔。', '輕鬆換到合適的安全帽。'),
      touchpoints: [
        {
          key: 'return',
          title: t('Starts a return in two taps', '两步发起退货', '兩步驟申請退貨'),
          description: t(
            'Picks a parcel locker; a QR code replaces the label, no printer needed.',
            '选择附近的快递柜，出示二维码即可，不用打印面单。',
            '選擇附近的智慧櫃，出示 QR Code 即可，不用列印單據。',
          ),
          channel: 'partner',
          tier: 'usability',
          emotion: 1,
          metrics: [
            {
              kpi: 'ces',
              label: t(
                'Customer effort for returns (1–7, 7 = very easy)',
                '退货费力度（1–7 分，7 分为非常轻松）',
                '退貨費力度（1–7 分，7 分為非常輕鬆）',
              ),
              baseline: 4.2,
              current: 5.1,
              target: 5.8,
              higherIsBetter: true,
            },
          ],
        },
        {
          key: 'refund',
          title: t('Refund confirmed by email', '邮件确认退款到账', '電子郵件確認退款入帳'),
          description: t('The refund arrives two days after drop-off.', '投柜两天后退款到账。', '投櫃兩天後退款入帳。'),
          channel: 'email',
          tier: 'utility',
          emotion: 1,
        },
        {
          key: 'plus-perks',
          title: t(
            'Plus: the new helmet arrives the next morning',
            'Plus 会员：新头盔第二天一早就到',
            'Plus 會員：新安全帽隔天一早就到',
          ),
          description: t(
            'Reorders the right size with free next-day delivery and keeps his membership.',
            '重新下单正确尺码，享受免费次日达，决定继续当会员。',
            '重新下單正確尺寸，享受免運隔日到貨，決定繼續當會員。',
          ),
          channel: 'mobile-app',
          tier: 'delight',
          emotion: 2,
          metrics: [
            {
              kpi: 'repeat-purchase',
              label: t('Repeat purchase within 90 days', '90 天复购率', '90 天回購率'),
              unit: PERCENT,
              baseline: 27,
              current: 31,
              target: 40,
              higherIsBetter: true,
            },
            {
              kpi: 'churn-rate',
              label: t(
                'Plus members cancelling after the trial',
                '试用期后取消 Plus 的比例',
                '試用期後取消 Plus 的比例',
              ),
              unit: PERCENT,
              baseline: 38,
              current: 33,
              target: 25,
              higherIsBetter: false,
            },
          ],
        },
      ],
    },
  ],
  flow: [
    ['ad', 'app-search', 'product-page', 'reviews', 'one-click', 'plus-trial', 'confirmation', 'tracking'],
    ['product-page', 'chatbot', 'one-click'],
    ['tracking', 'courier-sms', 'courier', 'packaging', 'size-guide', 'return', 'refund', 'plus-perks'],
  ],
  flowLabels: {
    'product-page>chatbot': t('size question', '咨询尺码', '詢問尺寸'),
    'courier-sms>courier': t('a day late', '晚了一天', '晚了一天'),
  },
};
