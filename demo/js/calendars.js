// The business calendars offered by the SLA panel, as ticket-guard `config.calendar` values.

const week = (hours, days = ['mon', 'tue', 'wed', 'thu', 'fri']) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, days.includes(d) ? [hours] : []]));

/** Every day of a range, `YYYY-MM-DD`, inclusive. */
function days(from, to) {
  const out = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 864e5) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** Mainland China public holidays of 2024 (State Council notice) and their 调休 working days. */
export const CN_HOLIDAYS_2024 = [
  '2024-01-01',
  ...days('2024-02-10', '2024-02-17'), // 春节
  ...days('2024-04-04', '2024-04-06'), // 清明节
  ...days('2024-05-01', '2024-05-05'), // 劳动节
  '2024-06-10', // 端午节
  ...days('2024-09-15', '2024-09-17'), // 中秋节
  ...days('2024-10-01', '2024-10-07'), // 国庆节
];
export const CN_WORKDAYS_2024 = [
  '2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12',
];

export const CALENDARS = {
  always: {
    tz: 'Asia/Shanghai',
    label: { 'zh-CN': '7×24 小时（上海）', en: '24×7 (Shanghai)' },
    // No `calendar`: ticket-guard's default is 24×7 in Asia/Shanghai.
    config: undefined,
  },
  office: {
    tz: 'Asia/Shanghai',
    label: { 'zh-CN': '中国工作日 09:00–18:30（含 2024 节假日与调休）', en: 'China office Mon–Fri 09:00–18:30 (2024 holidays)' },
    config: {
      timezone: 'Asia/Shanghai',
      weekly: week(['09:00', '18:30']),
      holidays: CN_HOLIDAYS_2024,
      extraWorkdays: CN_WORKDAYS_2024,
    },
  },
  newyork: {
    tz: 'America/New_York',
    label: { 'zh-CN': '纽约工作日 09:00–17:00', en: 'New York Mon–Fri 09:00–17:00' },
    config: { timezone: 'America/New_York', weekly: week(['09:00', '17:00']) },
  },
  overnight: {
    tz: 'Asia/Shanghai',
    label: { 'zh-CN': '夜班支持 22:00–06:00（每天）', en: 'Overnight desk 22:00–06:00 (daily)' },
    config: { timezone: 'Asia/Shanghai', weekly: week(['22:00', '06:00'], ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) },
  },
};
