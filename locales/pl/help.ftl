# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Szukaj w centrum pomocy
help-placeholder = Szukaj artykułów pomocy
help-close = Zamknij
help-results = Wyniki
help-recent = Ostatnie wyszukiwania
help-loading = Wyszukiwanie…
help-unavailable = Wyszukiwanie jest teraz niedostępne.
help-count = { $count ->
    [0] Nie znaleziono artykułów
    [one] Znaleziono { $count } artykuł
    [few] Znaleziono { $count } artykuły
    [many] Znaleziono { $count } artykułów
   *[other] Znaleziono { $count } artykułu
}
help-empty = Żaden artykuł nie pasuje do „{ $query }”.
help-contact-prompt = Nie możesz znaleźć odpowiedzi? Chętnie pomożemy.
help-contact = Skontaktuj się z nami
help-back = Wróć do wyników
help-open-page = Otwórz cały artykuł
help-helpful = Czy ten artykuł był pomocny?
help-yes = Tak
help-no = Nie
help-thanks = Dziękujemy za opinię!
help-keys-move = aby się przesunąć
help-keys-open = aby otworzyć
help-keys-close = aby zamknąć
