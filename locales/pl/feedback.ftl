# Vox feedback form: Polish.

## Launcher button and dialog
feedback-launcher = Opinia
feedback-title = Chętnie poznamy Państwa opinię
feedback-intro = Prosimy napisać, co działa dobrze, a co nie. Czytamy każdą wiadomość.
feedback-close = Zamknij

## Topic
feedback-category-legend = Czego dotyczy wiadomość?
feedback-category-bug = Coś nie działa
feedback-category-idea = Pomysł lub sugestia
feedback-category-question = Pytanie
feedback-category-order = Zamówienie lub dostawa
feedback-category-other = Coś innego

## Optional 1-5 rating
feedback-optional = (opcjonalnie)
feedback-rating-legend = Jakie są Państwa ogólne wrażenia?
feedback-rating-value =
    { $rating ->
        [one] { $rating } gwiazdka
        [few] { $rating } gwiazdki
        [many] { $rating } gwiazdek
       *[other] { $rating } gwiazdek
    }
feedback-rating-low = Bardzo źle
feedback-rating-high = Doskonale

## Message
feedback-message-label = Treść wiadomości
feedback-message-placeholder = Co się stało lub co możemy poprawić?
feedback-characters-left =
    { $count ->
        [one] Pozostał { $count } znak
        [few] Pozostały { $count } znaki
        [many] Pozostało { $count } znaków
       *[other] Pozostało { $count } znaków
    }

## Email (only when the shop collects it)
feedback-email-label = E-mail
feedback-email-hint = Podanie adresu jest potrzebne tylko do udzielenia odpowiedzi. Nie wykorzystamy go w żadnym innym celu.

## Sending and its outcomes
feedback-submit = Wyślij opinię
feedback-sending = Wysyłanie…
feedback-sent-title = Dziękujemy!
feedback-sent-body = Opinia do nas dotarła.
feedback-queued = Wygląda na to, że nie ma połączenia z internetem. Opinia została zapisana na tym urządzeniu i zostanie wysłana po przywróceniu połączenia.
feedback-failed = Niestety nie udało się wysłać opinii. Prosimy spróbować ponownie później.
feedback-send-another = Wyślij kolejną opinię

## Validation
feedback-error-category = Prosimy wybrać temat.
feedback-error-message = Prosimy wpisać wiadomość.
feedback-error-email = Prosimy podać prawidłowy adres e-mail, np. name@example.com.
feedback-error-summary =
    { $count ->
        [one] Przed wysłaniem należy poprawić { $count } błąd.
        [few] Przed wysłaniem należy poprawić { $count } błędy.
        [many] Przed wysłaniem należy poprawić { $count } błędów.
       *[other] Przed wysłaniem należy poprawić { $count } błędów.
    }

## Spam trap, hidden from people
feedback-honeypot = To pole należy pozostawić puste
