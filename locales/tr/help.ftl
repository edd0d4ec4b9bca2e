# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Yardım merkezinde ara
help-placeholder = Yardım makalelerinde ara
help-close = Kapat
help-results = Sonuçlar
help-recent = Son aramalar
help-loading = Aranıyor…
help-unavailable = Arama şu anda kullanılamıyor.
help-count = { $count ->
    [0] Makale bulunamadı
    [one] { $count } makale bulundu
   *[other] { $count } makale bulundu
}
help-empty = “{ $query }” ile eşleşen makale yok.
help-contact-prompt = Aradığınızı bulamadınız mı? Yardımcı olmaktan memnuniyet duyarız.
help-contact = Bize ulaşın
help-back = Sonuçlara dön
help-open-page = Makalenin tamamını aç
help-helpful = Bu makale yardımcı oldu mu?
help-yes = Evet
help-no = Hayır
help-thanks = Geri bildiriminiz için teşekkürler!
help-keys-move = gezinmek için
help-keys-open = açmak için
help-keys-close = kapatmak için
