# Vox consent banner: Italian.

## First layer
consent-title = Le sue scelte sulla privacy
consent-body = Utilizziamo cookie e tecnologie simili per il funzionamento di questo negozio. Con il suo consenso, li utilizziamo anche per ricordare le sue preferenze, misurare le visite e mostrarle annunci pertinenti. Può cambiare idea in qualsiasi momento.
consent-body-opt-out = Utilizziamo cookie e tecnologie simili per il funzionamento di questo negozio, per ricordare le sue preferenze, misurare le visite e mostrarle annunci pertinenti. Può opporsi in qualsiasi momento alla vendita o alla condivisione dei suoi dati personali.
consent-body-notice = Utilizziamo cookie e tecnologie simili per il funzionamento di questo negozio e per misurare le visite.
consent-accept-all = Accetta tutti
consent-reject-all = Rifiuta tutti
consent-opt-out = Non vendere né condividere i miei dati personali
consent-customize = Personalizza
consent-ok = OK
consent-policy = Informativa sulla privacy

## Preferences
consent-preferences-title = Preferenze sulla privacy
consent-preferences-intro = Scelga cosa consentire. I cookie necessari sono sempre attivi: senza di essi il negozio non può funzionare.
consent-save = Salva le mie scelte
consent-close = Chiudi
consent-always-on = Sempre attivi
consent-gpc = Il suo browser ha inviato un segnale Global Privacy Control, quindi la vendita e la condivisione dei suoi dati (marketing) sono disattivate. Può comunque modificare questa impostazione qui.

## Categories
consent-category-necessary = Necessari
consent-category-necessary-description = Mantengono il negozio funzionante: il carrello, la sicurezza e questa scelta sulla privacy.
consent-category-functional = Funzionali
consent-category-functional-description = Ricordano le sue preferenze e ci permettono di risponderle, ad esempio all’indirizzo email indicato in un messaggio di feedback.
consent-category-analytics = Analitici
consent-category-analytics-description = Contano le visite e mostrano come viene usato il negozio, così possiamo migliorarlo.
consent-category-marketing = Marketing
consent-category-marketing-description = Le mostrano annunci pertinenti e ne misurano l’efficacia, su questo sito e su altri.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } servizio
       *[other] { $count } servizi
    }
consent-service-provider = Fornitore: { $provider }
consent-service-cookies = Cookie: { $cookies }
consent-service-privacy = Informativa sulla privacy di { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Scelte sulla privacy

## Placeholder for blocked embedded content
consent-placeholder = Questo contenuto è fornito da { $service }, che potrebbe impostare cookie e raccogliere dati.
consent-placeholder-load = Carica questo contenuto
