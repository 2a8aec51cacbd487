// Seeded generator of realistic customer-service tickets (Chinese, English, mixed) with ground
// truth: the kind and exact UTF-16 span of every personal datum inserted, the decoys inserted
// (ticket ids, order/tracking numbers, amounts, timestamps, models, codes, IMEIs, serials) and
// "neutral" spans (person names: personal, but not a kind ticket-guard claims to mask).
// The templates are written for this benchmark; none comes from the conformance vectors.

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const digits = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
    return s;
  };
  const chance = (p) => next() < p;
  return { next, int, pick, digits, chance };
}

const pad = (n, w) => String(n).padStart(w, '0');
const FULL_WIDTH = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

// ---- checksums ---------------------------------------------------------------------------

function luhnCheck(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function gbCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * GB_W[i];
  return '10X98765432'[s % 11];
}

function birthDate(r, from, to) {
  const y = r.int(from, to);
  const m = r.int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [y, m, r.int(1, dim)];
}

// ---- personal data -----------------------------------------------------------------------

const MOBILE_PREFIX = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '147', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '166', '170', '173', '175', '176', '177', '178', '180', '181', '182', '183',
  '185', '186', '187', '188', '189', '191', '195', '198', '199'];
const AREA = [['010', 8], ['021', 8], ['020', 8], ['022', 8], ['023', 8], ['0755', 8], ['0571', 8], ['0512', 8],
  ['028', 8], ['027', 8], ['0731', 8], ['0532', 8], ['0871', 7], ['0898', 8]];
const INTL = [
  (r) => `+1 ${r.int(201, 989)} ${r.int(200, 999)} ${r.digits(4)}`,
  (r) => `+1 (${r.int(201, 989)}) ${r.int(200, 999)}-${r.digits(4)}`,
  (r) => `+44 20 ${r.int(7000, 8999)} ${r.digits(4)}`,
  (r) => `+44 7${r.digits(3)} ${r.digits(6)}`,
  (r) => `+852 ${r.pick(['5', '6', '9'])}${r.digits(3)} ${r.digits(4)}`,
  (r) => `+65 ${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`,
  (r) => `+81 90-${r.digits(4)}-${r.digits(4)}`,
  (r) => `+49 30 ${r.digits(8)}`,
];

export function mobile(r) {
  const n = r.pick(MOBILE_PREFIX) + r.digits(8);
  const a = n.slice(0, 3), b = n.slice(3, 7), c = n.slice(7);
  switch (r.int(0, 11)) {
    case 0: case 1: case 2: return n;
    case 3: return `${a}-${b}-${c}`;
    case 4: return `${a} ${b} ${c}`;
    case 5: return `+86 ${n}`;
    case 6: return `+86-${a}-${b}-${c}`;
    case 7: return `0086${n}`;
    case 8: return `(+86) ${a} ${b} ${c}`;
    case 9: return FULL_WIDTH(n);
    case 10: return `+86 ${a} ${b} ${c}`;
    default: return `${a}.${b}.${c}`;
  }
}

export function landline(r) {
  const [code, len] = r.pick(AREA);
  const local = String(r.int(2, 8)) + r.digits(len - 1);
  const half = len === 8 ? 4 : 3;
  const ext = r.chance(0.25) ? r.pick([`转${r.int(100, 8999)}`, ` ext. ${r.int(100, 999)}`, `-${r.int(10, 999)}`]) : '';
  switch (r.int(0, 3)) {
    case 0: return `${code}-${local}${ext}`;
    case 1: return `(${code}) ${local.slice(0, half)} ${local.slice(half)}${ext}`;
    case 2: return `${code} ${local}${ext}`;
    default: return `+86 ${code.slice(1)} ${local}`;
  }
}

export const phone = (r) => (r.chance(0.72) ? mobile(r) : r.chance(0.6) ? landline(r) : r.pick(INTL)(r));

const REGIONS = ['110101', '110105', '110108', '310104', '310115', '440106', '440305', '440304', '330106', '330102',
  '320102', '320505', '510107', '510104', '420106', '430104', '370202', '350203', '610113', '500103', '120103', '210102'];

export function idCard(r) {
  const roll = r.next();
  if (roll < 0.8) {
    const [y, m, d] = birthDate(r, 1950, 2006);
    const body = r.pick(REGIONS) + y + pad(m, 2) + pad(d, 2) + r.digits(3);
    const id = body + gbCheck(body);
    return r.chance(0.3) && id.endsWith('X') ? id.slice(0, -1) + 'x' : id;
  }
  if (roll < 0.88) {
    const [y, m, d] = birthDate(r, 1940, 1999);
    return r.pick(REGIONS) + pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + r.digits(3);
  }
  if (roll < 0.94) return hkid(r);
  return twid(r);
}

function hkid(r) {
  const letter = String.fromCharCode(65 + r.int(0, 25));
  const ds = r.digits(6);
  let sum = 36 * 9 + (letter.charCodeAt(0) - 55) * 8;
  for (let i = 0; i < 6; i++) sum += Number(ds[i]) * (7 - i);
  const c = (11 - (sum % 11)) % 11;
  return `${letter}${ds}(${c === 10 ? 'A' : c})`;
}

const TW_CODES = { A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, J: 18, K: 19, L: 20, M: 21, N: 22, P: 23,
  Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, X: 30, Y: 31, W: 32, Z: 33, I: 34, O: 35 };
function twid(r) {
  const letter = r.pick(Object.keys(TW_CODES));
  const code = TW_CODES[letter];
  const ds = String(r.int(1, 2)) + r.digits(7);
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(ds[i]) * (8 - i);
  return `${letter}${ds}${(10 - (sum % 10)) % 10}`;
}

const BINS = [['622202', 19], ['621700', 19], ['622848', 19], ['622588', 16], ['621483', 16], ['436742', 16],
  ['622609', 16], ['625807', 16], ['4111', 16], ['5187', 16], ['3568', 16], ['6217', 19], ['6228', 19]];
export function bankCard(r) {
  const [bin, len] = r.pick(BINS);
  const body = bin + r.digits(len - 1 - bin.length);
  const n = body + luhnCheck(body);
  switch (r.int(0, 4)) {
    case 0: case 1: return n;
    case 2: return n.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 3: return n.replace(/(\d{4})(?=\d)/g, '$1-');
    default: return len === 19 ? `${n.slice(0, 6)} ${n.slice(6, 12)} ${n.slice(12)}` : n;
  }
}

const PINYIN = ['zhangwei', 'wangfang', 'li.na', 'liuyang', 'chenjing', 'yang_lei', 'huang.min', 'zhaoqiang', 'wuxia',
  'zhou.jie', 'xulei', 'sunli', 'ma_chao', 'zhuyan', 'hu.jun', 'guo.hui', 'linfeng', 'heping', 'gaoyuan'];
const EN_LOCAL = ['emily.carter', 'jsmith', 'mike_obrien', 'sarah.lee', 'dkim', 'anna.w', 'tom.h', 'r.patel', 'lisa_m'];
const DOMAINS = ['163.com', '126.com', 'qq.com', 'sina.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com',
  'foxmail.com', 'corp.example.cn', 'mail.tsinghua.edu.cn'];
export function email(r) {
  const local = r.chance(0.2) ? r.digits(r.int(6, 10)) : r.pick(r.chance(0.6) ? PINYIN : EN_LOCAL) + (r.chance(0.5) ? r.int(1, 2024) : '');
  return `${local}@${r.pick(DOMAINS)}`;
}

export function passport(r) {
  switch (r.int(0, 2)) {
    case 0: return 'E' + r.digits(8);
    case 1: return 'E' + r.pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + r.digits(7);
    default: return 'G' + r.digits(8);
  }
}

const ZH_PLACES = [['北京市', '朝阳区'], ['北京市', '海淀区'], ['上海市', '浦东新区'], ['上海市', '徐汇区'],
  ['广东省深圳市', '南山区'], ['广东省广州市', '天河区'], ['浙江省杭州市', '西湖区'], ['江苏省南京市', '鼓楼区'],
  ['四川省成都市', '武侯区'], ['湖北省武汉市', '洪山区'], ['山东省青岛市', '市南区'], ['福建省厦门市', '思明区'],
  ['陕西省西安市', '雁塔区'], ['重庆市', '渝中区'], ['天津市', '和平区'], ['湖南省长沙市', '岳麓区']];
const ROADS = ['建设路', '人民路', '中山北路', '科技园南路', '文三路', '解放大道', '长安街', '南京西路', '天府大道',
  '学府路', '滨江路', '东风路', '青年大街', '花园路', '湖滨路', '金融街'];
const ESTATES = ['阳光小区', '锦绣花园', '万科城', '翠苑新村', '绿地中心', '华润大厦', '金地名京', '碧桂园'];
export function zhAddress(r) {
  const [city, district] = r.pick(ZH_PLACES);
  let s = (r.chance(0.8) ? city : '') + district + r.pick(ROADS) + `${r.int(1, 999)}号`;
  switch (r.int(0, 3)) {
    case 0: s += `${r.pick(ESTATES)}${r.int(1, 30)}栋${r.int(1, 6)}单元${r.int(1, 33)}${pad(r.int(1, 4), 2)}室`; break;
    case 1: s += `${r.pick(ESTATES)}${r.pick(['A', 'B', 'C'])}座${r.int(3, 40)}${pad(r.int(1, 20), 2)}`; break;
    case 2: s += `${r.int(1, 20)}号楼${r.int(1, 28)}0${r.int(1, 6)}`; break;
    default: s += `${r.int(1, 12)}幢${r.int(1, 20)}0${r.int(1, 4)}室`;
  }
  return s;
}

const STREETS = ['Main', 'Oak', 'Maple', 'Cedar', 'Park', 'Washington', 'Lake', 'Hillside', 'Sunset', 'Elm', 'Pine'];
const CITIES = [['Springfield', 'IL'], ['Austin', 'TX'], ['Portland', 'OR'], ['San Jose', 'CA'], ['Boston', 'MA'],
  ['Denver', 'CO'], ['Seattle', 'WA'], ['Columbus', 'OH']];
export function enAddress(r) {
  const [city, st] = r.pick(CITIES);
  const street = `${r.int(10, 9899)} ${r.pick(STREETS)} ${r.pick(['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Blvd', 'Drive', 'Lane'])}`;
  const unit = r.chance(0.5) ? `, ${r.pick(['Apt', 'Suite', 'Unit'])} ${r.int(1, 40)}${r.pick(['', 'A', 'B'])}` : '';
  return `${street}${unit}, ${city}, ${st} ${r.digits(5)}`;
}

// ---- decoys (not personal data) ----------------------------------------------------------

function date8(r) {
  const y = r.int(2023, 2024), m = r.int(1, 12), d = r.int(1, 28);
  return `${y}${pad(m, 2)}${pad(d, 2)}`;
}
const DECOY = {
  ticketId: (r) => (r.chance(0.8) ? `SR${date8(r)}${pad(r.int(1, 999), 3)}` : `${date8(r)}${pad(r.int(1, 999), 3)}`),
  orderId: (r) => r.pick(['2024', '2023', '1000', '3021', '4399']) + r.digits(r.int(12, 15)),
  tracking: (r) => r.pick([() => 'SF' + r.digits(13), () => 'YT' + r.digits(13), () => 'JDX0' + r.digits(11),
    () => '7731' + r.digits(11), () => `E${r.pick(['A', 'M', 'Z'])}${r.digits(9)}CN`, () => '4300' + r.digits(9)])(),
  amount: (r) => r.pick([() => `¥${r.int(1, 9)},${pad(r.int(0, 999), 3)}.00`, () => `${r.int(9, 4999)}元`,
    () => `$${r.int(5, 999)}.${pad(r.int(0, 99), 2)}`, () => `${r.int(1, 9)},${pad(r.int(0, 999), 3)}.${pad(r.int(0, 99), 2)}元`])(),
  timestamp: (r) => r.pick([() => `2024-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)} ${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}`,
    () => `2024/${r.int(1, 12)}/${r.int(1, 28)} ${r.int(0, 23)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}`,
    () => `2024年${r.int(1, 12)}月${r.int(1, 28)}日`, () => `${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}`])(),
  model: (r) => r.pick([() => `X-${r.int(1, 9)}000`, () => `RTX ${r.pick(['3060', '4070', '4090'])}`, () => `SM-G${r.int(9000, 9999)}`,
    () => `KFR-${r.int(26, 72)}GW/N${r.int(1, 9)}`, () => `MI ${r.int(10, 14)} Pro`, () => `iPhone ${r.int(12, 15)} Pro Max`,
    () => `H${r.int(100, 999)}-${r.digits(4)}`])(),
  code: (r) => r.digits(r.chance(0.8) ? 6 : 4),
  imei: (r) => {
    const b = r.pick(['35', '86', '01']) + r.digits(12);
    return b + luhnCheck(b);
  },
  serial: (r) => '4200' + r.digits(24),
  taxId: (r) => `91${r.pick(['31', '11', '44', '33'])}${r.digits(4)}MA${r.digits(1)}${'ABCDEFGHJK'[r.int(0, 9)]}${r.digits(4)}${'XYZ'[r.int(0, 2)]}${r.digits(2)}`,
};

// ---- sentences ---------------------------------------------------------------------------

const ZH_BODY = ['买的扫地机器人用了三天就不充电了，指示灯一直闪红色', '快递显示已签收但我根本没有收到，问了门卫也说没有',
  'app一直闪退，卸载重装也没用，手机系统已经是最新版了', '退款申请提交一周了还没有到账，页面一直显示处理中',
  '客服态度很差，问了三次都没人回复，真的很失望', '想问一下这款净水器有没有黑色的，什么时候补货',
  '发票抬头写错了，需要重新开一张增值税专用发票', '同一笔订单被重复扣款两次，请尽快核实处理',
  '收到的耳机左边没有声音，换了手机也一样', '包装破损很严重，里面的杯子碎了两个', '登录的时候一直提示密码错误，重置以后还是不行',
  '账号昨晚在外地异常登录，我担心被盗号了', '下单的时候一直提示系统繁忙，付不了款', '能不能帮我改一下收货地址，我搬家了',
  '物流信息三天没有更新了，到底发没发货', '空调外机噪音很大，晚上根本睡不着觉', '说好的七天无理由退货，结果一直推诿不给退',
  '东西倒是没坏，就是不知道怎么连接蓝牙', '会员积分莫名其妙清零了，也没有任何通知', '建议你们的app增加夜间模式，晚上看太刺眼了',
  '充电器插上以后有焦味，还冒了一点烟，吓死我了', '师傅上门说要换主板，保修期内为什么还要收费',
  '活动页面写的满减优惠下单时没有生效', '我已经打了好几次电话，每次都让我等回复', '孩子误操作买了会员，能不能帮忙取消',
  '你们再不处理我就去12315投诉了', '显示器有两个坏点，能不能换货', '少发了一个配件，说明书上写有两根数据线'];
const EN_BODY = ['The app keeps crashing whenever I open the payment page.', 'My package says delivered but I never received it.',
  'I was charged twice for the same order, please refund the duplicate charge.', 'The headphones stopped charging after a week.',
  'I cannot log in, the reset link in the email has already expired.', 'Could you tell me when the blue version will be back in stock?',
  'The box arrived crushed and the glass lid is broken.', 'Your agent hung up on me twice, this is unacceptable.',
  'The invoice shows the wrong company name, please reissue it.', 'I would like to return the blender, it is much louder than advertised.',
  'Tracking has not updated for four days now.', 'The firmware update bricked my router and it will not boot anymore.',
  'Is there a discount for ordering ten units for our office?', 'Thanks for the quick help last time, the replacement works great.',
  'Someone changed my account email without my permission.', 'The coupon code was not applied at checkout.',
  'I have been waiting for a callback for three days.', 'The charger smells like burning plastic when plugged in.'];
const ZH_OPEN = ['您好，', '你好客服，', '在吗？', '麻烦看一下，', '急！', '客服你好，我想反馈一个问题。', ''];
const ZH_CLOSE = ['谢谢。', '麻烦尽快处理，谢谢！', '等你们回复。', '辛苦了🙏', '太气人了😡', '请尽快给个说法！！！', ''];
const EN_OPEN = ['Hi,', 'Hello support team,', 'Good morning.', 'Hi there -', 'URGENT:', ''];
const EN_CLOSE = ['Thanks.', 'Please fix this ASAP.', 'Looking forward to your reply.', 'Regards.', 'Thank you 🙏', ''];
const ZH_NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '黄敏', '赵强'];
const EN_NAMES = ['Emily Carter', 'Michael Brown', 'Sarah Johnson', 'David Kim', 'Laura Chen', 'James Wilson'];

/** Templates per kind: `{}` is the slot. */
const PII_ZH = {
  phone: ['我的手机号是{}', '联系电话：{}', '有问题打我电话{}，白天都在', '麻烦回电{}', '{}这个号码收不到验证码', '座机{}也可以找到我', '换了新号码{}，旧的不用了'],
  email: ['邮箱{}', '发到我邮箱 {} 就行', '登录账号是{}', '电子发票请发送至{}'],
  id_card: ['身份证号{}', '实名认证用的身份证是{}，一直提示不通过', '证件号码：{}', '身份证 {} 已经上传了'],
  bank_card: ['扣款的银行卡是{}', '退款请退到卡号{}', '我绑定的卡{}被冻结了', '银行卡号：{}（工商银行）'],
  address: ['收货地址：{}', '寄到{}', '上门维修地址是{}', '地址改成{}'],
  passport: ['护照号码{}', '订机票用的护照是{}', '护照号：{}，下周要出国'],
};
const PII_EN = {
  phone: ['You can reach me at {}.', 'My phone number is {}.', 'Call me back on {} please.', 'Text {} if needed.'],
  email: ['Email me at {}.', 'My account email is {}.', 'Please send the receipt to {}.'],
  id_card: ['My ID card number is {}.', 'ID number {} was rejected by verification.'],
  bank_card: ['My card {} was charged twice.', 'Refund to card number {} please.', 'Card: {}.'],
  address: ['Please ship it to {}.', 'My address is {}.', 'Send the technician to {}.'],
  passport: ['Passport no. {} for the booking.', 'My passport number is {}.'],
};
const DECOY_ZH = {
  ticketId: ['工单{}的进度能告诉我吗', '之前的工单号是{}'], orderId: ['订单号{}', '订单编号：{}'], tracking: ['快递单号{}', '运单号：{}'],
  amount: ['一共付了{}', '退款金额{}'], timestamp: ['{}下的单', '时间是{}'], model: ['型号{}', '买的是{}'],
  code: ['验证码{}一直不对', '收到的校验码是{}'], imei: ['IMEI {}', '手机IMEI号{}'], serial: ['交易流水号{}'], taxId: ['公司税号{}'],
};
const DECOY_EN = {
  ticketId: ['Ticket {} is still open.', 'Re: case {}'], orderId: ['Order #{}.', 'order number {}'], tracking: ['Tracking number {}.'],
  amount: ['I paid {}.', 'The refund of {} is missing.'], timestamp: ['Placed on {}.', 'It happened at {}.'], model: ['Model {}.', 'I bought the {}.'],
  code: ['The verification code {} does not work.'], imei: ['IMEI {}.'], serial: ['Transaction ref {}.'], taxId: ['Company tax ID {}.'],
};

const KIND_GEN = { phone, email, id_card: idCard, bank_card: bankCard, address: null, passport };
const KIND_WEIGHTS = [['phone', 34], ['email', 16], ['id_card', 14], ['bank_card', 12], ['address', 16], ['passport', 8]];
const DECOY_KINDS = Object.keys(DECOY);

function weighted(r, table) {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [k, w] of table) if ((x -= w) < 0) return k;
  return table[table.length - 1][0];
}

/** One ticket: `{ text, lang, pii: [{kind,start,end,value}], decoys: [{kind,start,end,value}], neutral: [...] }`. */
export function ticket(r) {
  const lang = weighted(r, [['zh', 55], ['en', 25], ['mixed', 20]]);
  const parts = [];
  let len = 0;
  const pii = [], decoys = [], neutral = [];
  const push = (s) => {
    parts.push(s);
    len += s.length;
  };
  const slot = (tpl, value, list, kind) => {
    const i = tpl.indexOf('{}');
    push(tpl.slice(0, i));
    list.push({ kind, start: len, end: len + value.length, value });
    push(value);
    push(tpl.slice(i + 2));
  };
  const zhLike = () => (lang === 'zh' ? true : lang === 'en' ? false : r.chance(0.6));
  const sep = (zh) => push(zh ? '，' : ' ');
  // Opening, with a name now and then.
  let zh = zhLike();
  push(zh ? r.pick(ZH_OPEN) : r.pick(EN_OPEN) + ' ');
  if (r.chance(0.25)) {
    const name = zh ? r.pick(ZH_NAMES) : r.pick(EN_NAMES);
    slot(zh ? '我是{}，' : 'this is {}. ', name, neutral, 'name');
  }
  const items = [];
  const nBody = r.int(3, 6);
  for (let i = 0; i < nBody; i++) items.push(['body']);
  const used = new Set();
  const sentence = (list) => {
    let s = r.pick(list);
    for (let k = 0; k < 4 && used.has(s); k++) s = r.pick(list);
    used.add(s);
    return s;
  };
  const nPii = r.chance(0.15) ? 0 : r.int(1, 3);
  for (let i = 0; i < nPii; i++) items.push(['pii', weighted(r, KIND_WEIGHTS)]);
  const nDecoy = r.int(1, 3);
  for (let i = 0; i < nDecoy; i++) items.push(['decoy', r.pick(DECOY_KINDS)]);
  // Shuffle (Fisher-Yates) so data is spread through the text.
  for (let i = items.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  for (const [what, kind] of items) {
    zh = zhLike();
    if (what === 'body') push(sentence(zh ? ZH_BODY : EN_BODY));
    else if (what === 'pii') {
      const value = kind === 'address' ? (zh ? zhAddress(r) : enAddress(r)) : KIND_GEN[kind](r);
      slot(r.pick((zh ? PII_ZH : PII_EN)[kind]), value, pii, kind);
    } else slot(r.pick((zh ? DECOY_ZH : DECOY_EN)[kind]), DECOY[kind](r), decoys, kind);
    sep(zh);
  }
  push(zh ? r.pick(ZH_CLOSE) : r.pick(EN_CLOSE));
  return { text: parts.join(''), lang, pii, decoys, neutral };
}

/** At least `minBytes` UTF-8 bytes of tickets from `seed`. */
export function corpus(seed, minBytes) {
  const r = rng(seed);
  const tickets = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const t = ticket(r);
    t.bytes = Buffer.byteLength(t.text, 'utf8');
    bytes += t.bytes;
    tickets.push(t);
  }
  return { tickets, bytes };
}
