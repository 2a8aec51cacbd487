// Sample tickets that make the page alive on first load. Names, numbers and addresses are
// invented (the ID numbers carry valid check digits so that masking has something real to find).

export const SAMPLES = {
  smoke: {
    stage: 'processing',
    calendar: 'office',
    tier: false,
    contactCount: 1,
    record: {
      ticketId: 'SR20240929014',
      customerId: 'C-2087431',
      customerName: '陈*',
      contact: '13812345678',
      channel: 'phone',
      occurredAt: '2024-09-29 16:55',
      receivedAt: '2024-09-29 17:40',
      scenario: '家中使用，插电开机约十分钟后',
      description:
        '上周在官网买的空气净化器，今天开机没多久就冒烟了，还有一股焦糊味！！！家里有小孩，吓死了。' +
        '电话13812345678，身份证310115198803162847，地址上海市浦东新区张杨路500号3号楼1202室。' +
        '今天必须派人上门处理，不然我就打12315投诉！',
      productModel: 'AP-350 Pro',
      category: '',
      subcategory: '',
      nature: '',
      priority: '',
      department: '售后服务部',
      assignee: '',
      process: [
        { at: '2024-09-29 17:52', actor: '李*', action: '接单，电话安抚客户并告知立即断电', result: '客户已断电，好像没有明火' },
      ],
    },
    timeline: [
      { kind: 'received', at: '2024-09-29 17:40' },
      { kind: 'accepted', at: '2024-09-29 17:52' },
      { kind: 'responded', at: '2024-09-29 18:20' },
    ],
    now: '2024-09-30 10:05',
  },
  refund: {
    stage: 'resolved',
    calendar: 'newyork',
    tier: true,
    contactCount: 2,
    record: {
      ticketId: 'SR20241101007',
      customerId: 'US-558120',
      customerName: 'M*',
      contact: 'maria.lopez@example.com',
      channel: 'email',
      occurredAt: '2024-10-30 09:12',
      receivedAt: '2024-11-01 16:30',
      scenario: 'Checkout on the web store with a saved card',
      description:
        'I was charged twice for order 2024103012345 and the refund you promised on Monday has still not arrived. ' +
        'Card 4111 1111 1111 1111. Call me at +1 212-555-0187, or ship the replacement to 350 Fifth Avenue, Apt 12B, New York, NY 10118.',
      productModel: '',
      category: 'payment',
      subcategory: 'charge_dispute',
      nature: 'complaint',
      priority: '',
      department: 'Billing',
      assignee: 'J. Park',
      rootCauseDimension: 'product_system',
      rootCause: 'The payment gateway probably retried a timed-out capture',
      solution: 'Voided the duplicate capture and issued the refund of the first one',
      resolvedAt: '2024-11-05 10:40',
      process: [
        { at: '2024-11-01 16:50', actor: 'J. Park', action: 'Replied by e-mail, asked for the bank statement', result: 'Waiting for the customer' },
        { at: '2024-11-04 15:00', actor: 'J. Park', action: 'Checked the gateway log', result: 'Found the duplicate capture' },
      ],
    },
    timeline: [
      { kind: 'received', at: '2024-11-01 16:30' },
      { kind: 'accepted', at: '2024-11-01 16:41' },
      { kind: 'responded', at: '2024-11-01 16:50' },
      { kind: 'paused', at: '2024-11-01 16:52' },
      { kind: 'resumed', at: '2024-11-04 15:00' },
    ],
    now: '2024-11-05 09:30',
  },
  delivery: {
    stage: 'registration',
    calendar: 'overnight',
    tier: false,
    contactCount: 1,
    record: {
      ticketId: 'SR20240612031',
      customerId: 'C-1190266',
      customerName: '赵*',
      contact: '139-0013-8000',
      channel: 'app',
      occurredAt: '2024-06-12 21:30',
      receivedAt: '2024-06-12 22:40',
      scenario: 'App 订单详情页',
      description: '订单 DD2024060800123 已经三天没更新物流信息了，麻烦帮忙查一下包裹到哪了，收件人手机 139 0013 8000。',
      productModel: '',
    },
    timeline: [
      { kind: 'received', at: '2024-06-12 22:40' },
      { kind: 'accepted', at: '2024-06-12 22:48' },
    ],
    now: '2024-06-13 04:30',
  },
};
