# Vox consent banner: Russian.

## First layer
consent-title = Ваша конфиденциальность
consent-body = Мы используем файлы cookie и похожие технологии, чтобы обеспечить работу этого магазина. С вашего согласия мы также используем их, чтобы запоминать ваши настройки, подсчитывать посещения и показывать вам релевантную рекламу. Вы можете изменить своё решение в любой момент.
consent-body-opt-out = Мы используем файлы cookie и похожие технологии, чтобы обеспечить работу этого магазина, запоминать ваши настройки, подсчитывать посещения и показывать вам релевантную рекламу. Вы можете в любой момент отказаться от продажи или передачи ваших персональных данных.
consent-body-notice = Мы используем файлы cookie и похожие технологии, чтобы обеспечить работу этого магазина и подсчитывать посещения.
consent-accept-all = Принять все
consent-reject-all = Отклонить все
consent-opt-out = Не продавать и не передавать мои персональные данные
consent-customize = Настроить
consent-ok = ОК
consent-policy = Политика конфиденциальности

## Preferences
consent-preferences-title = Настройки конфиденциальности
consent-preferences-intro = Выберите, что вы разрешаете. Необходимые файлы cookie включены всегда: без них магазин не сможет работать.
consent-save = Сохранить мой выбор
consent-close = Закрыть
consent-always-on = Всегда включены
consent-gpc = Ваш браузер отправил сигнал Global Privacy Control, поэтому продажа и передача ваших данных (маркетинг) отключены. Вы всё равно можете изменить это здесь.

## Categories
consent-category-necessary = Необходимые
consent-category-necessary-description = Обеспечивают работу магазина: корзину, безопасность и сохранение этого выбора.
consent-category-functional = Функциональные
consent-category-functional-description = Запоминают ваши настройки и позволяют нам ответить вам, например на адрес эл. почты, указанный в отзыве.
consent-category-analytics = Аналитические
consent-category-analytics-description = Подсчитывают посещения и показывают, как используется магазин, чтобы мы могли сделать его лучше.
consent-category-marketing = Маркетинговые
consent-category-marketing-description = Показывают вам релевантную рекламу и оценивают её эффективность на этом и других сайтах.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } сервис
        [few] { $count } сервиса
        [many] { $count } сервисов
       *[other] { $count } сервиса
    }
consent-service-provider = Поставщик: { $provider }
consent-service-cookies = Файлы cookie: { $cookies }
consent-service-privacy = Политика конфиденциальности { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Конфиденциальность

## Placeholder for blocked embedded content
consent-placeholder = Этот контент предоставляется сервисом { $service }, который может сохранять файлы cookie и собирать данные.
consent-placeholder-load = Загрузить контент
