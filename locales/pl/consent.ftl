# Vox consent banner: Polish.

## First layer
consent-title = Państwa prywatność
consent-body = Używamy plików cookie i podobnych technologii, aby zapewnić działanie tego sklepu. Za Państwa zgodą używamy ich również do zapamiętywania Państwa preferencji, mierzenia odwiedzin i wyświetlania dopasowanych reklam. Decyzję można zmienić w dowolnym momencie.
consent-body-opt-out = Używamy plików cookie i podobnych technologii, aby zapewnić działanie tego sklepu, zapamiętywać Państwa preferencje, mierzyć odwiedziny i wyświetlać dopasowane reklamy. W każdej chwili mogą Państwo sprzeciwić się sprzedaży lub udostępnianiu swoich danych osobowych.
consent-body-notice = Używamy plików cookie i podobnych technologii, aby zapewnić działanie tego sklepu i mierzyć odwiedziny.
consent-accept-all = Zaakceptuj wszystkie
consent-reject-all = Odrzuć wszystkie
consent-opt-out = Nie sprzedawać ani nie udostępniać moich danych osobowych
consent-customize = Dostosuj
consent-ok = OK
consent-policy = Polityka prywatności

## Preferences
consent-preferences-title = Ustawienia prywatności
consent-preferences-intro = Prosimy wybrać, na co Państwo zezwalają. Niezbędne pliki cookie są zawsze włączone: bez nich sklep nie może działać.
consent-save = Zapisz mój wybór
consent-close = Zamknij
consent-always-on = Zawsze włączone
consent-gpc = Państwa przeglądarka wysłała sygnał Global Privacy Control, dlatego sprzedaż i udostępnianie Państwa danych (marketing) są wyłączone. Nadal mogą Państwo to zmienić tutaj.

## Categories
consent-category-necessary = Niezbędne
consent-category-necessary-description = Zapewniają działanie sklepu: koszyk, bezpieczeństwo i zapamiętanie tego wyboru dotyczącego prywatności.
consent-category-functional = Funkcjonalne
consent-category-functional-description = Zapamiętują Państwa preferencje i pozwalają nam odpowiedzieć, na przykład na adres e-mail podany w wiadomości z opinią.
consent-category-analytics = Analityczne
consent-category-analytics-description = Zliczają odwiedziny i pokazują, jak korzysta się ze sklepu, abyśmy mogli go ulepszać.
consent-category-marketing = Marketingowe
consent-category-marketing-description = Wyświetlają dopasowane reklamy i mierzą ich skuteczność, na tej i na innych stronach.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } usługa
        [few] { $count } usługi
        [many] { $count } usług
       *[other] { $count } usługi
    }
consent-service-provider = Dostawca: { $provider }
consent-service-cookies = Pliki cookie: { $cookies }
consent-service-privacy = Polityka prywatności { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Ustawienia prywatności

## Placeholder for blocked embedded content
consent-placeholder = Te treści pochodzą z serwisu { $service }, który może zapisywać pliki cookie i zbierać dane.
consent-placeholder-load = Wczytaj te treści
