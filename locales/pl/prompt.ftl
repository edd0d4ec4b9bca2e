# Vox rating prompts: Polish.

## The prompt's frame
prompt-label = Krótkie pytanie od { $brand }
prompt-close = Zamknij
prompt-optional = (opcjonalnie)

## Net Promoter Score: 0-10
prompt-nps-question = Jak prawdopodobne jest, że polecą Państwo { $brand } znajomemu lub współpracownikowi?
prompt-nps-low = Zupełnie nieprawdopodobne
prompt-nps-high = Bardzo prawdopodobne

## Customer satisfaction: 1-5
prompt-csat-question = Jak bardzo są Państwo zadowoleni z { $brand }?
prompt-csat-1 = Bardzo niezadowolony
prompt-csat-2 = Niezadowolony
prompt-csat-3 = Ani zadowolony, ani niezadowolony
prompt-csat-4 = Zadowolony
prompt-csat-5 = Bardzo zadowolony

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = Dzięki { $brand } łatwo było uzyskać to, co było mi potrzebne.
prompt-ces-1 = Zdecydowanie się nie zgadzam
prompt-ces-2 = Nie zgadzam się
prompt-ces-3 = Raczej się nie zgadzam
prompt-ces-4 = Ani się zgadzam, ani się nie zgadzam
prompt-ces-5 = Raczej się zgadzam
prompt-ces-6 = Zgadzam się
prompt-ces-7 = Zdecydowanie się zgadzam

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Przykro nam to słyszeć. Co jest głównym powodem takiej oceny?
prompt-follow-up-passive = Dziękujemy! Co sprawiłoby, że chętniej by nas Państwo polecili?
prompt-follow-up-promoter = Miło nam to słyszeć! Co podoba się Państwu najbardziej?
prompt-follow-up-low = Przykro nam. Co mogliśmy zrobić lepiej?
prompt-follow-up-high = Dziękujemy! Co podobało się Państwu najbardziej?
prompt-follow-up-placeholder = Państwa odpowiedź
prompt-characters-left =
    { $count ->
        [one] Pozostał { $count } znak
        [few] Pozostały { $count } znaki
        [many] Pozostało { $count } znaków
       *[other] Pozostało { $count } znaków
    }
prompt-send = Wyślij
prompt-skip = Pomiń

## After answering
prompt-thanks-title = Dziękujemy!
prompt-thanks-body = Dzięki Państwa odpowiedzi możemy działać lepiej.
