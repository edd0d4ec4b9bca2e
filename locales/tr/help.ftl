# Vox help-center search: Turkish. Same message ids as locales/en/help.ftl.

## The search box
help-label = Yardım merkezinde ara
help-placeholder = Yardım makalelerinde ara
help-close = Kapat
help-results = Sonuçlar
help-recent = Son aramalar
help-loading = Aranıyor…
help-unavailable = Arama şu anda kullanılamıyor.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Makale bulunamadı
    [one] { $count } makale bulundu
   *[other] { $count } makale bulundu
}

## Nothing found
help-empty = “{ $query }” ile eşleşen makale bulunamadı.
help-suggest = Bunu mu demek istediniz:
help-contact-prompt = Aradığınızı bulamadınız mı? Size yardımcı olmaktan memnuniyet duyarız.
help-contact = Bize ulaşın

## An article opened inline
help-back = Sonuçlara dön
help-open-page = Makalenin tamamını aç
help-helpful = Bu makale işinize yaradı mı?
help-yes = Evet
help-no = Hayır
help-thanks = Geri bildiriminiz için teşekkürler!

## Keyboard hints in the dialog's footer
help-keys-move = gezinmek için
help-keys-open = açmak için
help-keys-close = kapatmak için
