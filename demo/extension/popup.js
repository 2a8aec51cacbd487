// The popup's two settings; content scripts follow them through chrome.storage.onChanged.
const mask = document.getElementById('mask');
const locale = document.getElementById('locale');

chrome.storage.local.get({ mask: true, locale: 'zh-CN' }).then((s) => {
  mask.checked = s.mask !== false;
  locale.value = s.locale;
});
mask.addEventListener('change', () => chrome.storage.local.set({ mask: mask.checked }));
locale.addEventListener('change', () => chrome.storage.local.set({ locale: locale.value }));
