# Vox help-center search: French. Same message ids as locales/en/help.ftl.

## The search box
help-label = Rechercher dans le centre d’aide
help-placeholder = Rechercher dans les articles d’aide
help-close = Fermer
help-results = Résultats
help-recent = Recherches récentes
help-loading = Recherche en cours…
help-unavailable = La recherche est momentanément indisponible.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Aucun article trouvé
    [one] { $count } article trouvé
   *[other] { $count } articles trouvés
}

## Nothing found
help-empty = Aucun article ne correspond à « { $query } ».
help-suggest = Vouliez-vous dire :
help-contact-prompt = Vous ne trouvez pas ce que vous cherchez ? Nous sommes là pour vous aider.
help-contact = Nous contacter

## An article opened inline
help-back = Retour aux résultats
help-open-page = Ouvrir l’article complet
help-helpful = Cet article vous a-t-il été utile ?
help-yes = Oui
help-no = Non
help-thanks = Merci pour votre avis !

## Keyboard hints in the dialog's footer
help-keys-move = pour naviguer
help-keys-open = pour ouvrir
help-keys-close = pour fermer
