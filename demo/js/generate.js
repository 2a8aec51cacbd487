// A deterministic generator of realistic-looking helpdesk tickets for the batch view (and the
// end-to-end test). Pure module: runs in the browser and in Node.

const ZH = [
  '我的账号登录不上了，一直提示密码错误，验证码也收不到，手机{phone}',
  '账号昨晚被人异地登录，还改了绑定手机，余额都没了！！！赶紧冻结',
  '订单{order}下单后一直显示待发货，已经五天了，什么时候能发？',
  '想把订单{order}的收货地址改成{addr}，还来得及吗',
  '付款的时候一直提示支付失败，换了两张卡都不行，卡号{card}',
  '退款申请提交一周了还没到账，订单{order}，联系电话{phone}',
  '同一笔订单被扣了两次钱，请尽快处理，不然我去消协投诉',
  '快递显示已签收但我根本没收到，地址{addr}，电话{phone}',
  '收到的包裹外箱压坏了，里面的杯子也碎了',
  '发错货了，我买的是黑色收到的是白色，订单{order}',
  '新买的路由器不会设置，说明书看不懂，能教一下吗',
  '耳机用了三天左边就没声音了，能保修吗',
  'App 一打开就闪退，重装了也没用，版本 5.2.1',
  '扫地机开机没反应，充了一晚上电也不行',
  '客服态度太差了，问了三遍都不耐烦，还挂我电话！',
  '打了好几次电话一直没人处理，互相推诿',
  '请问这款空调有没有一级能效的型号？现在有优惠吗',
  '想开一张增值税专用发票，公司抬头怎么填',
  '建议你们 App 增加夜间模式，晚上看太刺眼了',
  '师傅上门很准时，安装也很专业，表扬一下！',
  '身份证{id}实名认证一直不通过，提示信息不一致',
  '台风天快递停运了吗？我的件在仓库好几天了',
];

const EN = [
  "I can't log in to my account, the reset code never arrives. My number is {phone}",
  'Order {order} still shows as not shipped after a week. When will it ship?',
  'Please change the delivery address of order {order} to {addr}',
  'My card {card} was charged twice for the same order, please refund one of them',
  'The refund for order {order} has not reached my account after 10 days',
  'Tracking has not updated for 4 days, package seems lost. Reach me at {email}',
  'The blender arrived with a cracked jar and the box was crushed',
  'The app crashes every time I open the settings page on Android 14',
  'My headphones stopped charging after two weeks, is this covered by warranty?',
  'How do I pair the speaker with two phones at the same time?',
  'Your agent hung up on me twice. This is unacceptable!!! I will report you to the BBB',
  'Do you have the 65-inch model in stock? Any discount for students?',
  'Suggestion: let us schedule deliveries for the weekend',
  'Great support from Anna today, she solved it in five minutes. Thanks!',
  'The heater started smoking and the plug melted. Nobody was hurt but I am scared',
  'Your payment page returns error 502 and I cannot pay at all',
];

const STREETS_ZH = ['北京市朝阳区建国路88号2号楼1503室', '广州市天河区体育西路191号中石化大厦B座2208', '杭州市西湖区文三路478号华星时代广场A座9楼', '成都市武侯区人民南路四段27号7栋2单元301'];
const STREETS_EN = ['1600 Amphitheatre Parkway, Mountain View, CA 94043', '221 Baker Street, Apt 4, London NW1 6XE', '77 Massachusetts Ave, Cambridge, MA 02139'];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** An 18-digit mainland ID with a valid GB 11643 check digit. */
function idNumber(r) {
  const area = ['110105', '310115', '440305', '510107'][Math.floor(r() * 4)];
  const y = 1960 + Math.floor(r() * 40);
  const m = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  const d = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  const body = `${area}${y}${m}${d}${String(Math.floor(r() * 1000)).padStart(3, '0')}`;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * W[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** A 16-digit card number passing Luhn. */
function cardNumber(r) {
  const digits = [6, 2, 2, 2, ...Array.from({ length: 11 }, () => Math.floor(r() * 10))];
  const sum = digits
    .slice()
    .reverse()
    .reduce((s, d, i) => s + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  digits.push((10 - (sum % 10)) % 10);
  return digits.join('').replace(/(\d{4})(?=\d)/g, '$1 ');
}

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

const CHANNELS = [['phone', 0.3], ['online', 0.28], ['app', 0.22], ['email', 0.12], ['social', 0.08]];
const RATINGS = [['very_satisfied', 0.36], ['satisfied', 0.34], ['neutral', 0.15], ['dissatisfied', 0.1], ['very_dissatisfied', 0.05]];
/** How far back the tickets go, and the share of them still open once older than `SETTLED`. */
const SPAN_DAYS = 28;
const SETTLED_DAYS = 3;

/**
 * `ms`, or when that is outside Beijing office hours (Mon–Fri 09:00–18:30; holidays ignored) the
 * next opening: when the day shift picks up what arrived overnight or at the weekend.
 */
function officeTime(ms) {
  const wall = new Date(ms + 8 * 36e5);
  const min = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  const weekday = (d) => new Date(d).getUTCDay() % 6 !== 0;
  if (weekday(wall) && min >= 540 && min < 1110) return ms;
  let day = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()) + (min >= 540 ? 864e5 : 0);
  while (!weekday(day)) day += 864e5;
  return day + 9 * 36e5 - 8 * 36e5;
}

function weighted(r, list) {
  let x = r();
  for (const [v, p] of list) {
    x -= p;
    if (x < 0) return v;
  }
  return list.at(-1)[0];
}

/**
 * `count` tickets received during the four weeks before `asOf` (epoch ms), most of them
 * recently, as `{id, text, receivedAt, customerId, channel, customerTier?, contactCount?,
 * satisfaction?, timeline?}`: enough for every figure of guard.review. Recent tickets are often
 * still open; older ones are mostly resolved, followed up and rated. A few are escalated (a
 * `received` event with its level, then `priority_changed`), and about one in 250 was exported
 * without a reception time, as real exports sometimes are.
 */
export function generateTickets(count, asOf, seed = 42) {
  const r = rng(seed);
  const out = [];
  const iso = (ms) => new Date(Math.floor(ms / 60000) * 60000).toISOString().replace('.000Z', 'Z');
  const customers = Math.max(8, Math.round(count / 4));
  for (let i = 0; i < count; i++) {
    const zh = r() < 0.65;
    const phone = zh
      ? `1${pick(r, ['38', '39', '58', '86', '77', '50'])}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`
      : `+1 ${200 + Math.floor(r() * 700)}-555-${String(Math.floor(r() * 1e4)).padStart(4, '0')}`;
    const text = pick(r, zh ? ZH : EN)
      .replace('{phone}', phone)
      .replace('{id}', idNumber(r))
      .replace('{card}', cardNumber(r))
      .replace('{order}', `DD${2024}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`)
      .replace('{addr}', pick(r, zh ? STREETS_ZH : STREETS_EN))
      .replace('{email}', `${pick(r, ['sam', 'li.wei', 'j.doe', 'kim88'])}@example.com`);
    let received = asOf - Math.floor(r() ** 1.7 * SPAN_DAYS * 1440) * 60000 - 60000;
    // Few customers write between midnight and 08:00 (Beijing time): most of those move to the day.
    if ((new Date(received).getUTCHours() + 8) % 24 < 8 && r() < 0.8 && received + 9 * 36e5 < asOf) received += 9 * 36e5;
    const ticket = {
      id: `SR${new Date(received).toISOString().slice(0, 10).replaceAll('-', '')}${String(i + 1).padStart(4, '0')}`,
      text,
      receivedAt: iso(received),
      customerId: `C-${String(100000 + Math.floor(r() * customers))}`,
      channel: weighted(r, CHANNELS),
    };
    if (r() < 0.08) ticket.customerTier = 'vip';
    if (r() < 0.12) ticket.contactCount = 2 + Math.floor(r() * 3);
    const settled = asOf - received > SETTLED_DAYS * 864e5;
    const timeline = [];
    const at = (kind, ms, extra) => {
      if (ms >= asOf) return false;
      timeline.push({ kind, at: iso(ms), ...extra });
      return true;
    };
    let t = received;
    if (r() < 0.06) {
      // Escalated: reported as routine, raised one level once the agent saw what it was.
      const from = r() < 0.7 ? 'P3' : 'P4';
      timeline.push({ kind: 'received', at: iso(received), priority: from });
      at('priority_changed', received + Math.floor(20 + r() * 400) * 60000, { priority: from === 'P3' ? 'P2' : 'P3' });
    }
    const steps = [
      ['accepted', settled ? 0.99 : 0.95, 28],
      ['responded', settled ? 0.98 : 0.9, 260],
      ['resolved', settled ? 0.96 : 0.5, 2400],
    ];
    let resolved = null;
    for (const [kind, p, span] of steps) {
      if (r() >= p) break;
      // Most first steps wait for the day shift; a night desk takes the rest.
      const start = kind !== 'resolved' && r() < 0.85 ? officeTime(t) : t;
      const next = start + Math.floor(1 + r() * span) * 60000;
      // Long handling gets progress updates on the way.
      if (kind === 'resolved') for (let u = 1, n = Math.min(3, Math.floor((next - t) / 18e6)); u <= n; u++) at('updated', t + ((next - t) * u) / (n + 1));
      if (!at(kind, next)) break;
      t = next;
      if (kind === 'resolved') resolved = next;
    }
    if (resolved !== null) {
      if (r() < 0.9) at('followed_up', resolved + Math.floor(60 + r() * 1500) * 60000);
      if (r() < 0.7) ticket.satisfaction = weighted(r, RATINGS);
    }
    // A ticket exported without its reception time: the review lists it as skipped.
    if (i % 250 === 137) delete ticket.receivedAt;
    else if (timeline.length) ticket.timeline = timeline.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    out.push(ticket);
  }
  return out;
}
