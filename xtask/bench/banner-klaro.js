// The same banner as the other pages: opt-in, analytics and marketing, English.
window.klaroConfig = {
  lang: 'en',
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  default: false,
  services: [
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'] },
    { name: 'ads', title: 'Ads', purposes: ['marketing'] },
  ],
};
