# Vox help-center search: German. Same message ids as locales/en/help.ftl.

## The search box
help-label = Hilfe-Center durchsuchen
help-placeholder = Hilfeartikel durchsuchen
help-close = Schließen
help-results = Ergebnisse
help-recent = Letzte Suchanfragen
help-loading = Suche läuft…
help-unavailable = Die Suche ist gerade nicht verfügbar.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Keine Artikel gefunden
    [one] 1 Artikel gefunden
   *[other] { $count } Artikel gefunden
}

## Nothing found
help-empty = Keine Artikel zu „{ $query }“ gefunden.
help-suggest = Meinten Sie:
help-contact-prompt = Nicht das Richtige gefunden? Wir helfen Ihnen gern weiter.
help-contact = Kontakt aufnehmen

## An article opened inline
help-back = Zurück zu den Ergebnissen
help-open-page = Vollständigen Artikel öffnen
help-helpful = War dieser Artikel hilfreich?
help-yes = Ja
help-no = Nein
help-thanks = Vielen Dank für Ihr Feedback!

## Keyboard hints in the dialog's footer
help-keys-move = zum Navigieren
help-keys-open = zum Öffnen
help-keys-close = zum Schließen
