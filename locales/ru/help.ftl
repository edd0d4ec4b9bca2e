# Vox help-center search: Russian. Same message ids as locales/en/help.ftl.

## The search box
help-label = Поиск по справочному центру
help-placeholder = Поиск по статьям справки
help-close = Закрыть
help-results = Результаты
help-recent = Недавние запросы
help-loading = Поиск…
help-unavailable = Поиск сейчас недоступен.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Статьи не найдены
    [one] Найдена { $count } статья
    [few] Найдено { $count } статьи
    [many] Найдено { $count } статей
   *[other] Найдено { $count } статьи
}

## Nothing found
help-empty = По запросу «{ $query }» ничего не найдено.
help-suggest = Возможно, вы имели в виду:
help-contact-prompt = Не нашли ответ? Мы с радостью поможем.
help-contact = Связаться с нами

## An article opened inline
help-back = Назад к результатам
help-open-page = Открыть статью полностью
help-helpful = Была ли эта статья полезной?
help-yes = Да
help-no = Нет
help-thanks = Спасибо за отзыв!

## Keyboard hints in the dialog's footer
help-keys-move = чтобы перемещаться
help-keys-open = чтобы открыть
help-keys-close = чтобы закрыть
