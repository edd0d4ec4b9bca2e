# Vox rating prompts: Italian.

## The prompt's frame
prompt-label = Una domanda veloce da parte di { $brand }
prompt-close = Chiudi
prompt-optional = (facoltativo)

## Net Promoter Score: 0-10
prompt-nps-question = Con quale probabilità consiglierebbe { $brand } a un amico o a un collega?
prompt-nps-low = Per niente probabile
prompt-nps-high = Estremamente probabile

## Customer satisfaction: 1-5
prompt-csat-question = Qual è il suo livello di soddisfazione per { $brand }?
prompt-csat-1 = Molto insoddisfatto
prompt-csat-2 = Insoddisfatto
prompt-csat-3 = Né soddisfatto né insoddisfatto
prompt-csat-4 = Soddisfatto
prompt-csat-5 = Molto soddisfatto

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = Con { $brand } è stato facile ottenere ciò di cui avevo bisogno.
prompt-ces-1 = Completamente in disaccordo
prompt-ces-2 = In disaccordo
prompt-ces-3 = Abbastanza in disaccordo
prompt-ces-4 = Né d’accordo né in disaccordo
prompt-ces-5 = Abbastanza d’accordo
prompt-ces-6 = D’accordo
prompt-ces-7 = Completamente d’accordo

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Ci dispiace saperlo. Qual è il motivo principale del suo punteggio?
prompt-follow-up-passive = Grazie! Cosa potremmo fare perché ci consigli più volentieri?
prompt-follow-up-promoter = Ci fa piacere! Cosa apprezza di più?
prompt-follow-up-low = Ci dispiace. Cosa avremmo potuto fare meglio?
prompt-follow-up-high = Grazie! Cosa le è piaciuto di più?
prompt-follow-up-placeholder = La sua risposta
prompt-characters-left =
    { $count ->
        [one] { $count } carattere rimasto
       *[other] { $count } caratteri rimasti
    }
prompt-send = Invia
prompt-skip = Salta

## After answering
prompt-thanks-title = Grazie!
prompt-thanks-body = La sua risposta ci aiuta a migliorare.
