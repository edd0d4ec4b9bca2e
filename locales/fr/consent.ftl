# Vox consent banner: French.

## First layer
consent-title = Vos choix de confidentialité
consent-body = Nous utilisons des cookies et des technologies similaires pour faire fonctionner cette boutique. Avec votre accord, nous les utilisons aussi pour mémoriser vos préférences, mesurer la fréquentation et vous proposer des publicités pertinentes. Vous pouvez changer d’avis à tout moment.
consent-body-opt-out = Nous utilisons des cookies et des technologies similaires pour faire fonctionner cette boutique, mémoriser vos préférences, mesurer la fréquentation et vous proposer des publicités pertinentes. Vous pouvez à tout moment vous opposer à la vente ou au partage de vos informations personnelles.
consent-body-notice = Nous utilisons des cookies et des technologies similaires pour faire fonctionner cette boutique et mesurer la fréquentation.
consent-accept-all = Tout accepter
consent-reject-all = Tout refuser
consent-opt-out = Ne pas vendre ni partager mes informations personnelles
consent-customize = Personnaliser
consent-ok = OK
consent-policy = Politique de confidentialité

## Preferences
consent-preferences-title = Paramètres de confidentialité
consent-preferences-intro = Choisissez ce que vous autorisez. Les cookies nécessaires sont toujours actifs : la boutique ne peut pas fonctionner sans eux.
consent-save = Enregistrer mes choix
consent-close = Fermer
consent-always-on = Toujours actifs
consent-gpc = Votre navigateur a envoyé un signal Global Privacy Control : la vente et le partage de vos données (marketing) sont donc désactivés. Vous pouvez toutefois modifier ce réglage ici.

## Categories
consent-category-necessary = Nécessaires
consent-category-necessary-description = Assurent le fonctionnement de la boutique : votre panier, la sécurité et ce choix de confidentialité.
consent-category-functional = Fonctionnels
consent-category-functional-description = Mémorisent vos préférences et nous permettent de vous répondre, par exemple à l’adresse e-mail indiquée dans un avis.
consent-category-analytics = Mesure d’audience
consent-category-analytics-description = Comptent les visites et montrent comment la boutique est utilisée, afin que nous puissions l’améliorer.
consent-category-marketing = Marketing
consent-category-marketing-description = Vous proposent des publicités pertinentes et mesurent leur efficacité, sur ce site et sur d’autres.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
consent-service-provider = Fournisseur : { $provider }
consent-service-cookies = Cookies : { $cookies }
consent-service-privacy = Politique de confidentialité de { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Choix de confidentialité

## Placeholder for blocked embedded content
consent-placeholder = Ce contenu est fourni par { $service }, qui peut déposer des cookies et collecter des données.
consent-placeholder-load = Charger ce contenu
