# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Hilfe-Center durchsuchen
help-placeholder = Hilfeartikel durchsuchen
help-close = Schließen
help-results = Ergebnisse
help-recent = Letzte Suchen
help-loading = Suche läuft …
help-unavailable = Die Suche ist gerade nicht verfügbar.
help-count = { $count ->
    [0] Keine Artikel gefunden
    [one] 1 Artikel gefunden
   *[other] { $count } Artikel gefunden
}
help-empty = Keine Artikel passen zu „{ $query }“.
help-contact-prompt = Nicht gefunden, was Sie suchen? Wir helfen gern.
help-contact = Kontakt aufnehmen
help-back = Zurück zu den Ergebnissen
help-open-page = Ganzen Artikel öffnen
help-helpful = War dieser Artikel hilfreich?
help-yes = Ja
help-no = Nein
help-thanks = Danke für Ihr Feedback!
help-keys-move = zum Bewegen
help-keys-open = zum Öffnen
help-keys-close = zum Schließen
