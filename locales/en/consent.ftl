# Vox consent banner: English source. Every locale has exactly these message ids and uses no
# variable this file does not (checked by widgets/core/tests/locales.rs).

## First layer
consent-title = Your privacy choices
consent-body = We use cookies and similar technologies to run this shop. With your permission, we also use them to remember your preferences, measure visits and show you relevant ads. You can change your mind at any time.
consent-body-opt-out = We use cookies and similar technologies to run this shop, remember your preferences, measure visits and show you relevant ads. You can opt out of the sale or sharing of your personal information at any time.
consent-body-notice = We use cookies and similar technologies to run this shop and to measure visits.
consent-accept-all = Accept all
consent-reject-all = Reject all
consent-opt-out = Do not sell or share my personal information
consent-customize = Customize
consent-ok = OK
consent-policy = Privacy policy

## Preferences
consent-preferences-title = Privacy preferences
consent-preferences-intro = Choose what you allow. Necessary cookies are always on: the shop cannot work without them.
consent-save = Save my choices
consent-close = Close
consent-always-on = Always on
consent-gpc = Your browser sent a Global Privacy Control signal, so sale and sharing of your data (marketing) is off. You can still change it here.

## Categories
consent-category-necessary = Necessary
consent-category-necessary-description = Keep the shop working: your cart, security, and this privacy choice.
consent-category-functional = Functional
consent-category-functional-description = Remember your preferences and let us reply to you, for example to the email address in a feedback message.
consent-category-analytics = Analytics
consent-category-analytics-description = Count visits and see how the shop is used, so we can make it better.
consent-category-marketing = Marketing
consent-category-marketing-description = Show you relevant ads and measure how they work, on this site and on others.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
consent-service-provider = Provider: { $provider }
consent-service-cookies = Cookies: { $cookies }
consent-service-privacy = { $service } privacy policy

## Floating button to reopen the preferences
consent-privacy-choices = Privacy choices

## Placeholder for blocked embedded content
consent-placeholder = This content is provided by { $service }, which may set cookies and collect data.
consent-placeholder-load = Load this content
