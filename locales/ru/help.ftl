# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Поиск по справочному центру
help-placeholder = Поиск по статьям справки
help-close = Закрыть
help-results = Результаты
help-recent = Недавние запросы
help-loading = Идёт поиск…
help-unavailable = Поиск сейчас недоступен.
help-count = { $count ->
    [0] Статьи не найдены
    [one] Найдена { $count } статья
    [few] Найдено { $count } статьи
    [many] Найдено { $count } статей
   *[other] Найдено { $count } статьи
}
help-empty = Нет статей по запросу «{ $query }».
help-contact-prompt = Не нашли ответ? Мы с радостью поможем.
help-contact = Связаться с нами
help-back = Назад к результатам
help-open-page = Открыть статью полностью
help-helpful = Была ли эта статья полезной?
help-yes = Да
help-no = Нет
help-thanks = Спасибо за отзыв!
help-keys-move = — перемещение
help-keys-open = — открыть
help-keys-close = — закрыть
