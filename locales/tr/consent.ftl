# Vox consent banner: Turkish.

## First layer
consent-title = Gizlilik tercihleriniz
consent-body = Bu mağazayı çalıştırmak için çerezler ve benzer teknolojiler kullanıyoruz. İzin verirseniz bunları tercihlerinizi hatırlamak, ziyaretleri ölçmek ve size ilginizi çekebilecek reklamlar göstermek için de kullanırız. Kararınızı istediğiniz zaman değiştirebilirsiniz.
consent-body-opt-out = Bu mağazayı çalıştırmak, tercihlerinizi hatırlamak, ziyaretleri ölçmek ve size ilginizi çekebilecek reklamlar göstermek için çerezler ve benzer teknolojiler kullanıyoruz. Kişisel bilgilerinizin satılmasını veya paylaşılmasını istediğiniz zaman reddedebilirsiniz.
consent-body-notice = Bu mağazayı çalıştırmak ve ziyaretleri ölçmek için çerezler ve benzer teknolojiler kullanıyoruz.
consent-accept-all = Tümünü kabul et
consent-reject-all = Tümünü reddet
consent-opt-out = Kişisel bilgilerimi satmayın veya paylaşmayın
consent-customize = Özelleştir
consent-ok = Tamam
consent-policy = Gizlilik politikası

## Preferences
consent-preferences-title = Gizlilik ayarları
consent-preferences-intro = Nelere izin verdiğinizi seçin. Zorunlu çerezler her zaman açıktır: mağaza bunlar olmadan çalışamaz.
consent-save = Seçimlerimi kaydet
consent-close = Kapat
consent-always-on = Her zaman açık
consent-gpc = Tarayıcınız bir Global Privacy Control sinyali gönderdi; bu nedenle verilerinizin satılması ve paylaşılması (pazarlama) kapalı. Yine de bunu buradan değiştirebilirsiniz.

## Categories
consent-category-necessary = Zorunlu
consent-category-necessary-description = Mağazanın çalışmasını sağlar: sepetiniz, güvenlik ve bu gizlilik tercihi.
consent-category-functional = İşlevsel
consent-category-functional-description = Tercihlerinizi hatırlar ve size yanıt vermemizi sağlar; örneğin bir geri bildirim mesajında belirttiğiniz e-posta adresine.
consent-category-analytics = Analitik
consent-category-analytics-description = Ziyaretleri sayar ve mağazanın nasıl kullanıldığını gösterir; böylece mağazayı geliştirebiliriz.
consent-category-marketing = Pazarlama
consent-category-marketing-description = Size ilginizi çekebilecek reklamlar gösterir ve bu reklamların etkisini hem bu sitede hem de diğer sitelerde ölçer.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } hizmet
       *[other] { $count } hizmet
    }
consent-service-provider = Sağlayıcı: { $provider }
consent-service-cookies = Çerezler: { $cookies }
consent-service-privacy = { $service } gizlilik politikası

## Floating button to reopen the preferences
consent-privacy-choices = Gizlilik tercihleri

## Placeholder for blocked embedded content
consent-placeholder = Bu içerik { $service } tarafından sağlanmaktadır ve bu hizmet çerez yerleştirip veri toplayabilir.
consent-placeholder-load = Bu içeriği yükle
