// The same banner as the other pages: opt-in, necessary plus analytics and marketing, English.
// hideFromBots: false, since the bench's browser is automated (navigator.webdriver).
CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Your privacy choices',
          description: 'We use cookies for the shop to work and, with your permission, to measure visits and show relevant ads.',
          acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Privacy preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save', closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Needed for the shop to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Measure visits.', linkedCategory: 'analytics' },
            { title: 'Marketing', description: 'Relevant ads.', linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
});
