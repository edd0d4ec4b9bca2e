# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Rechercher dans le centre d’aide
help-placeholder = Rechercher des articles d’aide
help-close = Fermer
help-results = Résultats
help-recent = Recherches récentes
help-loading = Recherche…
help-unavailable = La recherche est indisponible pour le moment.
help-count = { $count ->
    [0] Aucun article trouvé
    [one] { $count } article trouvé
   *[other] { $count } articles trouvés
}
help-empty = Aucun article ne correspond à « { $query } ».
help-contact-prompt = Vous ne trouvez pas ce qu’il vous faut ? Nous sommes là pour vous aider.
help-contact = Nous contacter
help-back = Retour aux résultats
help-open-page = Ouvrir l’article complet
help-helpful = Cet article vous a-t-il aidé ?
help-yes = Oui
help-no = Non
help-thanks = Merci pour votre avis !
help-keys-move = pour naviguer
help-keys-open = pour ouvrir
help-keys-close = pour fermer
