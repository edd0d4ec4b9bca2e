# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Cerca nel centro assistenza
help-placeholder = Cerca negli articoli di assistenza
help-close = Chiudi
help-results = Risultati
help-recent = Ricerche recenti
help-loading = Ricerca in corso…
help-unavailable = La ricerca non è disponibile al momento.
help-count = { $count ->
    [0] Nessun articolo trovato
    [one] 1 articolo trovato
   *[other] { $count } articoli trovati
}
help-empty = Nessun articolo corrisponde a «{ $query }».
help-contact-prompt = Non trovi quello che cerchi? Siamo qui per aiutarti.
help-contact = Contattaci
help-back = Torna ai risultati
help-open-page = Apri l’articolo completo
help-helpful = Questo articolo ti è stato utile?
help-yes = Sì
help-no = No
help-thanks = Grazie per il tuo feedback!
help-keys-move = per spostarti
help-keys-open = per aprire
help-keys-close = per chiudere
