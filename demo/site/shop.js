// The storefront's own script: shows the JS API (Vox.open) on a host button.
for (const button of document.querySelectorAll('[data-open-feedback]')) {
  button.addEventListener('click', () => window.Vox && window.Vox.open('feedback'));
}
