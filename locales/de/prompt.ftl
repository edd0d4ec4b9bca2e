# Vox rating prompts: German.

## The prompt's frame
prompt-label = Eine kurze Frage von { $brand }
prompt-close = Schließen
prompt-optional = (optional)

## Net Promoter Score: 0-10
prompt-nps-question = Wie wahrscheinlich ist es, dass Sie { $brand } einem Freund oder Kollegen weiterempfehlen würden?
prompt-nps-low = Überhaupt nicht wahrscheinlich
prompt-nps-high = Äußerst wahrscheinlich

## Customer satisfaction: 1-5
prompt-csat-question = Wie zufrieden sind Sie mit { $brand }?
prompt-csat-1 = Sehr unzufrieden
prompt-csat-2 = Unzufrieden
prompt-csat-3 = Weder zufrieden noch unzufrieden
prompt-csat-4 = Zufrieden
prompt-csat-5 = Sehr zufrieden

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } hat es mir leicht gemacht, das zu bekommen, was ich brauchte.
prompt-ces-1 = Stimme überhaupt nicht zu
prompt-ces-2 = Stimme nicht zu
prompt-ces-3 = Stimme eher nicht zu
prompt-ces-4 = Weder Zustimmung noch Ablehnung
prompt-ces-5 = Stimme eher zu
prompt-ces-6 = Stimme zu
prompt-ces-7 = Stimme voll und ganz zu

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Das tut uns leid. Was ist der Hauptgrund für Ihre Bewertung?
prompt-follow-up-passive = Vielen Dank! Was würde Sie eher dazu bewegen, uns weiterzuempfehlen?
prompt-follow-up-promoter = Das freut uns! Was gefällt Ihnen am besten?
prompt-follow-up-low = Das tut uns leid. Was hätten wir besser machen können?
prompt-follow-up-high = Vielen Dank! Was hat Ihnen am besten gefallen?
prompt-follow-up-placeholder = Ihre Antwort
prompt-characters-left =
    { $count ->
        [one] Noch { $count } Zeichen
       *[other] Noch { $count } Zeichen
    }
prompt-send = Senden
prompt-skip = Überspringen

## After answering
prompt-thanks-title = Vielen Dank!
prompt-thanks-body = Ihre Antwort hilft uns, besser zu werden.
