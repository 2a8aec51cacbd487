// Fixed inputs of the per-call measures, and the zod schema that mirrors ticket-guard's
// closed-stage record rules as closely as zod can express them.
import * as z from 'zod';

/** A ~300-character mixed Chinese/English ticket (no string of the conformance vectors). */
export const TICKET_TEXT =
  '客服你好，我上周三在你们官方商城买的X-2000扫地机器人，订单号2024091812345678，到货第二天就开始报错E07，' +
  '充电座插上以后指示灯一直闪红色，完全充不进电。按说明书重置了三次还是不行，app里也显示 device offline。' +
  '我已经打了两次客服电话，每次都说会有工程师回电，到现在都没人联系我，真的很失望。' +
  'I paid ¥2,999.00 for this and it has not worked for a single day. 麻烦尽快安排换货或者上门维修，' +
  '我的电话13812345678，地址上海市徐汇区漕溪北路88号3号楼1202室，工作日白天都在家。';

const WORKDAY = [['09:00', '12:00'], ['13:30', '18:30']];

/** Business calendar with the 2024 Mid-Autumn and National Day holidays and their 调休 Saturdays/Sundays. */
export const SLA_CONFIG = {
  locale: 'zh-CN',
  calendar: {
    timezone: 'Asia/Shanghai',
    weekly: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
    holidays: ['2024-09-16', '2024-09-17', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
    extraWorkdays: ['2024-09-14', '2024-09-29', '2024-10-12'],
  },
};

/** A ticket with a 10-event process log across the holiday, a pause and a priority change. */
export const SLA_TICKET = {
  priority: 'P2',
  timeline: [
    { at: '2024-09-27T17:50:00+08:00', kind: 'received', priority: 'P3' },
    { at: '2024-09-27T18:05:00+08:00', kind: 'accepted', actor: '李工' },
    { at: '2024-09-29T10:20:00+08:00', kind: 'responded', actor: '李工' },
    { at: '2024-09-29T16:00:00+08:00', kind: 'updated', actor: '李工' },
    { at: '2024-09-30T09:30:00+08:00', kind: 'paused', note: '等待客户寄回设备' },
    { at: '2024-10-08T10:00:00+08:00', kind: 'resumed' },
    { at: '2024-10-08T10:05:00+08:00', kind: 'priority_changed', priority: 'P2' },
    { at: '2024-10-08T15:00:00+08:00', kind: 'updated', actor: '李工' },
    { at: '2024-10-09T11:00:00+08:00', kind: 'resolved', actor: '李工' },
    { at: '2024-10-09T16:00:00+08:00', kind: 'followed_up', actor: '回访组' },
  ],
};
export const SLA_NOW = '2024-10-10T09:00:00+08:00';

/** A complete, valid service record at the `closed` stage. */
export const RECORD = {
  ticketId: 'SR20240927015',
  customerId: 'C10086721',
  customerName: '王*',
  contact: '13912345678',
  channel: 'phone',
  occurredAt: '2024-09-27 16:30',
  receivedAt: '2024-09-27 17:50',
  scenario: '手机App支付',
  description: '同一笔订单被扣款两次，银行短信显示两笔299元，订单页面只有一笔，要求退还多扣的钱。',
  productModel: 'X-2000',
  category: 'payment',
  subcategory: 'charge_dispute',
  nature: 'complaint',
  priority: 'P2',
  department: '支付运营部',
  assignee: '李工',
  rootCauseDimension: 'product_system',
  rootCause: '支付网关回调超时，重试逻辑重复提交了扣款请求',
  solution: '原路退还重复扣款，修复回调重试的幂等校验',
  process: [
    { at: '2024-09-27 18:05', actor: '李工', action: '受理工单并核对扣款记录', result: '确认存在重复扣款' },
    { at: '2024-09-29 10:20', actor: '李工', action: '电话告知客户处理方案', result: '客户同意原路退款' },
    { at: '2024-10-08 15:00', actor: '财务组', action: '发起退款', result: '退款已提交银行' },
    { at: '2024-10-09 11:00', actor: '李工', action: '确认客户收到退款', result: '问题解决' },
  ],
  resolvedAt: '2024-10-09 11:00',
  satisfaction: 'satisfied',
  feedback: '处理得还算及时',
  reviewer: '赵主管',
  remarks: '已同步给支付团队做复盘',
};

// ---- the zod peer ------------------------------------------------------------------------

const TAXONOMY = {
  account: ['login_failed', 'registration', 'password_reset', 'account_security', 'profile_change'],
  order: ['order_status', 'order_change', 'order_cancel', 'order_placement'],
  payment: ['payment_failed', 'refund', 'invoice', 'charge_dispute'],
  logistics: ['delivery_delay', 'tracking', 'package_damaged', 'lost_or_wrong_item'],
  product: ['how_to', 'hardware_fault', 'software_fault', 'compatibility', 'missing_parts', 'quality_defect'],
  after_sales: ['return', 'exchange', 'warranty_repair', 'policy_question'],
  service: ['attitude', 'slow_response', 'process', 'praise'],
  presales: ['product_info', 'price_promotion', 'stock'],
  external: ['network_outage', 'regulation', 'force_majeure'],
  other: ['suggestion', 'partnership'],
};

const FORM_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
/** Epoch ms of a time input; form-style times are read at +08:00 (the default calendar zone). */
function toMs(v) {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  const m = FORM_TIME.exec(v);
  if (m) return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`);
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(v) ? Date.parse(v) : NaN;
}
const time = z.union([z.string(), z.number(), z.date()]).refine((v) => !Number.isNaN(toMs(v)), { message: 'invalid time' });

function realDate(y, m, d) {
  const t = new Date(Date.UTC(+y, +m - 1, +d));
  return t.getUTCFullYear() === +y && t.getUTCMonth() === +m - 1 && t.getUTCDate() === +d;
}
const TICKET_ID = /^(?:SR)?(\d{4})(\d{2})(\d{2})\d{3,}$/;
const PHONE = /^(?:(?:\+|00)86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}$|^(?:\(?0\d{2,3}\)?[ -]?)\d{7,8}(?:(?:转|-|ext\.? ?)\d{1,6})?$/;
/** Unmasked personal data in free text: a full mobile, an 18-digit ID, a 16–19-digit card. */
const RAW_PII = /(?<!\d)(?:1[3-9]\d{9}|\d{17}[\dXx]|\d{16,19})(?!\d)/;
const noPii = (s) => !RAW_PII.test(s);
const text = (max) => z.string().max(max).refine(noPii, { message: 'sensitive data' });

export const zodRecord = z
  .object({
    ticketId: z.string().max(32).regex(TICKET_ID).refine((s) => {
      const m = TICKET_ID.exec(s);
      return !!m && realDate(m[1], m[2], m[3]);
    }, { message: 'not a real date' }),
    customerId: z.string().min(1).max(64),
    customerName: z.string().max(32).regex(/^.\*+$/u).optional(),
    contact: z.union([z.string().max(100).regex(PHONE), z.email()]),
    channel: z.enum(['phone', 'online', 'email', 'social', 'app', 'store', 'other']),
    occurredAt: time,
    receivedAt: time,
    scenario: z.string().max(200).optional(),
    description: z.string().min(5).max(2000).refine(noPii, { message: 'sensitive data' }),
    productModel: z.string().max(100).optional(),
    category: z.enum(Object.keys(TAXONOMY)),
    subcategory: z.string(),
    nature: z.enum(['consultation', 'complaint', 'suggestion', 'repair_request']).optional(),
    priority: z.enum(['P1', 'P2', 'P3', 'P4']),
    department: z.string().max(100).optional(),
    assignee: z.string().max(100),
    rootCauseDimension: z.enum(['customer_operation', 'product_system', 'service_process', 'external']),
    rootCause: z.string().min(1).max(2000),
    solution: z.string().min(1).max(2000),
    process: z
      .array(z.object({ at: time, actor: z.string().max(100), action: z.string().max(1000), result: z.string().max(1000) }))
      .optional(),
    resolvedAt: time,
    satisfaction: z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied']),
    feedback: text(2000).optional(),
    followUp: z.string().max(2000).optional(),
    reviewer: z.string().max(100),
    remarks: text(2000).optional(),
  })
  .superRefine((r, ctx) => {
    if (!TAXONOMY[r.category]?.includes(r.subcategory)) ctx.addIssue({ code: 'custom', path: ['subcategory'], message: 'inconsistent' });
    const now = Date.now();
    const occurred = toMs(r.occurredAt), received = toMs(r.receivedAt), resolved = toMs(r.resolvedAt);
    if (occurred > now) ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'future_time' });
    if (received < occurred) ctx.addIssue({ code: 'custom', path: ['receivedAt'], message: 'time_order' });
    if (resolved < received) ctx.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'time_order' });
    let last = -Infinity;
    (r.process ?? []).forEach((p, i) => {
      const t = toMs(p.at);
      if (t < last) ctx.addIssue({ code: 'custom', path: ['process', i, 'at'], message: 'time_order' });
      last = t;
    });
    if ((r.satisfaction === 'dissatisfied' || r.satisfaction === 'very_dissatisfied') && !r.followUp)
      ctx.addIssue({ code: 'custom', path: ['followUp'], message: 'required' });
  });

/** The same schema with zod's ahead-of-time compiled fast path (uses `new Function`: not CSP-safe). */
export const zodRecordCompiled = typeof z.compile === 'function' ? z.compile(zodRecord) : null;

/** A ticket for `analyze`: the ~300-character text, a tier and a short process log. */
export const ANALYZE_TICKET = {
  text: TICKET_TEXT,
  customerTier: 'vip',
  contactCount: 2,
  timeline: [
    { at: '2024-09-27T17:50:00+08:00', kind: 'received' },
    { at: '2024-09-27T18:00:00+08:00', kind: 'accepted' },
    { at: '2024-09-27T18:20:00+08:00', kind: 'responded' },
  ],
};
export const ANALYZE_NOW = '2024-09-28T09:00:00+08:00';
