# Vox help-center search: Polish. Same message ids as locales/en/help.ftl.

## The search box
help-label = Szukaj w centrum pomocy
help-placeholder = Szukaj w artykułach pomocy
help-close = Zamknij
help-results = Wyniki
help-recent = Ostatnie wyszukiwania
help-loading = Wyszukiwanie…
help-unavailable = Wyszukiwanie jest obecnie niedostępne.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Nie znaleziono artykułów
    [one] Znaleziono 1 artykuł
    [few] Znaleziono { $count } artykuły
    [many] Znaleziono { $count } artykułów
   *[other] Znaleziono { $count } artykułu
}

## Nothing found
help-empty = Żaden artykuł nie pasuje do „{ $query }”.
help-suggest = Czy chodziło Ci o:
help-contact-prompt = Nie znaleźli Państwo odpowiedzi? Chętnie pomożemy.
help-contact = Skontaktuj się z nami

## An article opened inline
help-back = Wróć do wyników
help-open-page = Otwórz cały artykuł
help-helpful = Czy ten artykuł był pomocny?
help-yes = Tak
help-no = Nie
help-thanks = Dziękujemy za opinię!

## Keyboard hints in the dialog's footer
help-keys-move = aby się poruszać
help-keys-open = aby otworzyć
help-keys-close = aby zamknąć
