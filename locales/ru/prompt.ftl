# Vox rating prompts: Russian.

## The prompt's frame
prompt-label = Короткий вопрос от { $brand }
prompt-close = Закрыть
prompt-optional = (необязательно)

## Net Promoter Score: 0-10
prompt-nps-question = Насколько вероятно, что вы порекомендуете { $brand } другу или коллеге?
prompt-nps-low = Совсем маловероятно
prompt-nps-high = Очень вероятно

## Customer satisfaction: 1-5
prompt-csat-question = Насколько вы довольны { $brand }?
prompt-csat-1 = Очень недоволен
prompt-csat-2 = Недоволен
prompt-csat-3 = Ни доволен, ни недоволен
prompt-csat-4 = Доволен
prompt-csat-5 = Очень доволен

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = С { $brand } мне было легко получить то, что нужно.
prompt-ces-1 = Совершенно не согласен
prompt-ces-2 = Не согласен
prompt-ces-3 = Скорее не согласен
prompt-ces-4 = Ни да, ни нет
prompt-ces-5 = Скорее согласен
prompt-ces-6 = Согласен
prompt-ces-7 = Полностью согласен

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Нам жаль это слышать. Что стало главной причиной такой оценки?
prompt-follow-up-passive = Спасибо! Что нам сделать, чтобы вы охотнее рекомендовали нас?
prompt-follow-up-promoter = Рады это слышать! Что вам нравится больше всего?
prompt-follow-up-low = Нам очень жаль. Что мы могли бы сделать лучше?
prompt-follow-up-high = Спасибо! Что вам понравилось больше всего?
prompt-follow-up-placeholder = Ваш ответ
prompt-characters-left =
    { $count ->
        [one] Остался { $count } символ
        [few] Осталось { $count } символа
        [many] Осталось { $count } символов
       *[other] Осталось { $count } символов
    }
prompt-send = Отправить
prompt-skip = Пропустить

## After answering
prompt-thanks-title = Спасибо!
prompt-thanks-body = Ваш ответ помогает нам стать лучше.
