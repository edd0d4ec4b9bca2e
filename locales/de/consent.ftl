# Vox consent banner: German.

## First layer
consent-title = Ihre Privatsphäre-Einstellungen
consent-body = Wir verwenden Cookies und ähnliche Technologien, um diesen Shop zu betreiben. Mit Ihrer Einwilligung nutzen wir sie außerdem, um Ihre Präferenzen zu speichern, Besuche auszuwerten und Ihnen relevante Werbung zu zeigen. Sie können Ihre Entscheidung jederzeit ändern.
consent-body-opt-out = Wir verwenden Cookies und ähnliche Technologien, um diesen Shop zu betreiben, Ihre Präferenzen zu speichern, Besuche auszuwerten und Ihnen relevante Werbung zu zeigen. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten jederzeit widersprechen.
consent-body-notice = Wir verwenden Cookies und ähnliche Technologien, um diesen Shop zu betreiben und Besuche auszuwerten.
consent-accept-all = Alle akzeptieren
consent-reject-all = Alle ablehnen
consent-opt-out = Meine personenbezogenen Daten nicht verkaufen oder weitergeben
consent-customize = Anpassen
consent-ok = OK
consent-policy = Datenschutzerklärung

## Preferences
consent-preferences-title = Datenschutzeinstellungen
consent-preferences-intro = Wählen Sie, was Sie erlauben. Notwendige Cookies sind immer aktiv, denn ohne sie funktioniert der Shop nicht.
consent-save = Meine Auswahl speichern
consent-close = Schließen
consent-always-on = Immer aktiv
consent-gpc = Ihr Browser hat das Signal „Global Privacy Control“ gesendet. Deshalb sind der Verkauf und die Weitergabe Ihrer Daten (Marketing) deaktiviert. Sie können dies hier trotzdem ändern.

## Categories
consent-category-necessary = Notwendig
consent-category-necessary-description = Sorgen dafür, dass der Shop funktioniert: für Ihren Warenkorb, die Sicherheit und diese Datenschutz-Auswahl.
consent-category-functional = Funktional
consent-category-functional-description = Speichern Ihre Präferenzen und ermöglichen es uns, Ihnen zu antworten, zum Beispiel an die E-Mail-Adresse aus einer Feedback-Nachricht.
consent-category-analytics = Statistik
consent-category-analytics-description = Zählen Besuche und zeigen, wie der Shop genutzt wird, damit wir ihn verbessern können.
consent-category-marketing = Marketing
consent-category-marketing-description = Zeigen Ihnen relevante Werbung und messen deren Wirkung, auf dieser Website und auf anderen.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } Dienst
       *[other] { $count } Dienste
    }
consent-service-provider = Anbieter: { $provider }
consent-service-cookies = Cookies: { $cookies }
consent-service-privacy = Datenschutzerklärung von { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Privatsphäre-Einstellungen

## Placeholder for blocked embedded content
consent-placeholder = Dieser Inhalt wird von { $service } bereitgestellt. Dabei können Cookies gesetzt und Daten erhoben werden.
consent-placeholder-load = Inhalt laden
