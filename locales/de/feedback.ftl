# Vox feedback form: German.

## Launcher button and dialog
feedback-launcher = Feedback
feedback-title = Ihr Feedback
feedback-intro = Sagen Sie uns, was gut funktioniert und was nicht. Wir lesen jede Nachricht.
feedback-close = Schließen

## Topic
feedback-category-legend = Worum geht es?
feedback-category-bug = Etwas funktioniert nicht
feedback-category-idea = Idee oder Vorschlag
feedback-category-question = Frage
feedback-category-order = Bestellung oder Lieferung
feedback-category-other = Etwas anderes

## Optional 1-5 rating
feedback-optional = (optional)
feedback-rating-legend = Wie bewerten Sie Ihre Erfahrung?
feedback-rating-value =
    { $rating ->
        [one] { $rating } Stern
       *[other] { $rating } Sterne
    }
feedback-rating-low = Sehr schlecht
feedback-rating-high = Ausgezeichnet

## Message
feedback-message-label = Ihre Nachricht
feedback-message-placeholder = Was ist passiert, oder was könnten wir besser machen?
feedback-characters-left =
    { $count ->
        [one] Noch { $count } Zeichen
       *[other] Noch { $count } Zeichen
    }

## Email (only when the shop collects it)
feedback-email-label = E-Mail
feedback-email-hint = Nur nötig, wenn Sie eine Antwort wünschen. Wir verwenden sie ausschließlich dafür.

## Sending and its outcomes
feedback-submit = Feedback senden
feedback-sending = Wird gesendet…
feedback-sent-title = Vielen Dank!
feedback-sent-body = Ihr Feedback ist bei uns angekommen.
feedback-queued = Sie scheinen offline zu sein. Ihr Feedback ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie wieder online sind.
feedback-failed = Leider konnte Ihr Feedback nicht gesendet werden. Bitte versuchen Sie es später erneut.
feedback-send-another = Weiteres Feedback senden

## Validation
feedback-error-category = Bitte wählen Sie ein Thema.
feedback-error-message = Bitte schreiben Sie eine Nachricht.
feedback-error-email = Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.
feedback-error-summary =
    { $count ->
        [one] Bitte beheben Sie vor dem Senden { $count } Problem.
       *[other] Bitte beheben Sie vor dem Senden { $count } Probleme.
    }

## Spam trap, hidden from people
feedback-honeypot = Dieses Feld bitte leer lassen
