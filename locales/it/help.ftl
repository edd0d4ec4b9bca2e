# Vox help-center search: Italian. Same message ids as locales/en/help.ftl.

## The search box
help-label = Cerca nel centro assistenza
help-placeholder = Cerca negli articoli di assistenza
help-close = Chiudi
help-results = Risultati
help-recent = Ricerche recenti
help-loading = Ricerca in corso…
help-unavailable = La ricerca non è disponibile al momento.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Nessun articolo trovato
    [one] 1 articolo trovato
   *[other] { $count } articoli trovati
}

## Nothing found
help-empty = Nessun articolo corrisponde a «{ $query }».
help-suggest = Forse cercavi:
help-contact-prompt = Non trova ciò che cerca? Saremo lieti di aiutarla.
help-contact = Contattaci

## An article opened inline
help-back = Torna ai risultati
help-open-page = Apri l’articolo completo
help-helpful = Questo articolo le è stato utile?
help-yes = Sì
help-no = No
help-thanks = Grazie per il suo feedback!

## Keyboard hints in the dialog's footer
help-keys-move = per spostarsi
help-keys-open = per aprire
help-keys-close = per chiudere
