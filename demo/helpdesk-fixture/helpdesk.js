// The fixture helpdesk's own script: shows each ticket's reception time (rows carry how many
// minutes ago they arrived, so the SLA states look the same whenever the page is opened) and
// appends a newly arrived ticket on "Refresh", like a live ticket list.
const pad = (n) => String(n).padStart(2, '0');
const show = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

function stamp(row) {
  const cell = row.querySelector('td.received');
  if (!cell || cell.firstChild) return;
  const at = new Date(Math.floor((Date.now() - Number(row.dataset.ago) * 60000) / 60000) * 60000);
  const time = document.createElement('time');
  time.dateTime = at.toISOString();
  time.textContent = show(at);
  cell.append(time);
}

function cell(text, cls) {
  const td = document.createElement('td');
  if (cls) td.className = cls;
  td.textContent = text;
  return td;
}

document.addEventListener('DOMContentLoaded', () => {
  const body = document.querySelector('#ticket-list tbody');
  for (const row of body.rows) stamp(row);
  document.getElementById('refresh').addEventListener('click', () => {
    const row = document.createElement('tr');
    row.dataset.ago = '1';
    row.append(
      cell('SR20241008009', 'id'), cell('吴先生'), cell('13345678901'),
      cell('付款时一直提示支付失败，银行卡6222021234567890128已经扣款了但订单还是未支付', 'desc'),
      cell('武汉市洪山区珞喻路1037号'), cell('', 'received'), cell('新建'),
    );
    body.prepend(row);
    stamp(row);
  });
});
