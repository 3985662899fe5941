// The demo's language switch: door-help follows <html lang>, so changing it re-renders every element.
const select = document.querySelector('#language');
select.value = document.documentElement.lang.startsWith('es') ? 'es-US' : 'en-US';
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});
