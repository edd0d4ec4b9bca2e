# Vox feedback form: Russian.

## Launcher button and dialog
feedback-launcher = Отзыв
feedback-title = Оставьте отзыв
feedback-intro = Расскажите, что работает хорошо, а что нет. Мы читаем каждое сообщение.
feedback-close = Закрыть

## Topic
feedback-category-legend = О чём ваш отзыв?
feedback-category-bug = Что-то не работает
feedback-category-idea = Идея или предложение
feedback-category-question = Вопрос
feedback-category-order = Заказ или доставка
feedback-category-other = Другое

## Optional 1-5 rating
feedback-optional = (необязательно)
feedback-rating-legend = Как вы оцениваете свои впечатления?
feedback-rating-value =
    { $rating ->
        [one] { $rating } звезда
        [few] { $rating } звезды
        [many] { $rating } звёзд
       *[other] { $rating } звёзд
    }
feedback-rating-low = Очень плохо
feedback-rating-high = Отлично

## Message
feedback-message-label = Ваше сообщение
feedback-message-placeholder = Что произошло или что мы можем улучшить?
feedback-characters-left =
    { $count ->
        [one] Остался { $count } символ
        [few] Осталось { $count } символа
        [many] Осталось { $count } символов
       *[other] Осталось { $count } символов
    }

## Email (only when the shop collects it)
feedback-email-label = Эл. почта
feedback-email-hint = Только если вы хотите получить ответ. Мы не используем её ни для чего другого.

## Sending and its outcomes
feedback-submit = Отправить отзыв
feedback-sending = Отправка…
feedback-sent-title = Спасибо!
feedback-sent-body = Ваш отзыв получен.
feedback-queued = Похоже, вы не в сети. Отзыв сохранён на этом устройстве и будет отправлен, когда подключение восстановится.
feedback-failed = К сожалению, не удалось отправить отзыв. Попробуйте позже.
feedback-send-another = Оставить ещё один отзыв

## Validation
feedback-error-category = Выберите тему.
feedback-error-message = Напишите сообщение.
feedback-error-email = Введите корректный адрес эл. почты, например name@example.com.
feedback-error-summary =
    { $count ->
        [one] Перед отправкой исправьте { $count } ошибку.
        [few] Перед отправкой исправьте { $count } ошибки.
        [many] Перед отправкой исправьте { $count } ошибок.
       *[other] Перед отправкой исправьте { $count } ошибок.
    }

## Spam trap, hidden from people
feedback-honeypot = Оставьте это поле пустым
