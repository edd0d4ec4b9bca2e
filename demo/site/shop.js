// The storefront's own script: shows the JS API on host buttons, and a #feedback deep link
// (e.g. from an order e-mail) that opens the form.
for (const button of document.querySelectorAll('[data-open-feedback]')) {
  button.addEventListener('click', () => window.Vox && window.Vox.open('feedback'));
}
if (location.hash === '#feedback') {
  window.addEventListener('load', () => window.Vox && window.Vox.open('feedback'));
}

// What a shop tells Vox so rating prompts come at the right moment: an order placed (the NPS
// prompt), a message sent through the contact form (the CES prompt).
for (const button of document.querySelectorAll('[data-place-order]')) {
  button.addEventListener('click', () => {
    document.querySelector('[data-order-status]').textContent = 'Thank you! Your order is placed.';
    window.Vox && window.Vox.track('order_completed', { value: 48, currency: 'EUR' });
  });
}
document.addEventListener('vox:submit', (e) => {
  if (e.detail.widget === 'feedback') window.Vox.track('contact_submitted');
});
