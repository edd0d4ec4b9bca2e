# Vox feedback form: Polish.

## Launcher button and dialog
feedback-launcher = Opinia
feedback-title = Podziel się opinią
feedback-intro = Napisz nam, co działa dobrze, a co nie. Czytamy każdą wiadomość.
feedback-close = Zamknij

## Topic
feedback-category-legend = Czego dotyczy opinia?
feedback-category-bug = Coś nie działa
feedback-category-idea = Pomysł lub sugestia
feedback-category-question = Pytanie
feedback-category-order = Zamówienie lub dostawa
feedback-category-other = Coś innego

## Optional 1-5 rating
feedback-optional = (opcjonalnie)
feedback-rating-legend = Jak oceniasz swoje doświadczenie?
feedback-rating-value =
    { $rating ->
        [one] { $rating } gwiazdka
        [few] { $rating } gwiazdki
        [many] { $rating } gwiazdek
       *[other] { $rating } gwiazdki
    }
feedback-rating-low = Bardzo źle
feedback-rating-high = Doskonale

## Message
feedback-message-label = Twoja wiadomość
feedback-message-placeholder = Co się stało lub co możemy poprawić?
feedback-characters-left =
    { $count ->
        [one] Pozostał { $count } znak
        [few] Pozostały { $count } znaki
        [many] Pozostało { $count } znaków
       *[other] Pozostało { $count } znaku
    }

## Email (only when the shop collects it)
feedback-email-label = E-mail
feedback-email-hint = Tylko jeśli chcesz otrzymać odpowiedź. Nie użyjemy go do niczego innego.

## Sending and its outcomes
feedback-submit = Wyślij opinię
feedback-sending = Wysyłanie…
feedback-sent-title = Dziękujemy!
feedback-sent-body = Otrzymaliśmy Twoją opinię.
feedback-queued = Wygląda na to, że jesteś offline. Opinia została zapisana na tym urządzeniu i zostanie wysłana, gdy połączenie wróci.
feedback-failed = Niestety nie udało się wysłać opinii. Spróbuj ponownie później.
feedback-send-another = Wyślij kolejną opinię

## Validation
feedback-error-category = Wybierz temat.
feedback-error-message = Wpisz wiadomość.
feedback-error-email = Podaj prawidłowy adres e-mail, np. name@example.com.
feedback-error-summary =
    { $count ->
        [one] Przed wysłaniem popraw { $count } błąd.
        [few] Przed wysłaniem popraw { $count } błędy.
        [many] Przed wysłaniem popraw { $count } błędów.
       *[other] Przed wysłaniem popraw { $count } błędu.
    }

## Spam trap, hidden from people
feedback-honeypot = Pozostaw to pole puste
