// The storefront's own script: shows the JS API on host buttons, and a #feedback deep link
// (e.g. from an order e-mail) that opens the form.
for (const button of document.querySelectorAll('[data-open-feedback]')) {
  button.addEventListener('click', () => window.Vox && window.Vox.open('feedback'));
}
if (location.hash === '#feedback') {
  window.addEventListener('load', () => window.Vox && window.Vox.open('feedback'));
}
