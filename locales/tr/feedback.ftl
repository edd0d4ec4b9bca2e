# Vox feedback form: Turkish.

## Launcher button and dialog
feedback-launcher = Görüşünüz
feedback-title = Bize geri bildirim gönderin
feedback-intro = Neyin iyi çalıştığını, neyin geliştirilmesi gerektiğini bize söyleyin. Her mesajı okuyoruz.
feedback-close = Kapat

## Topic
feedback-category-legend = Hangi konuyla ilgili?
feedback-category-bug = Bir şey çalışmıyor
feedback-category-idea = Fikir veya öneri
feedback-category-question = Soru
feedback-category-order = Sipariş veya teslimat
feedback-category-other = Diğer

## Optional 1-5 rating
feedback-optional = (isteğe bağlı)
feedback-rating-legend = Deneyiminizi nasıl değerlendirirsiniz?
feedback-rating-value =
    { $rating ->
        [one] { $rating } yıldız
       *[other] { $rating } yıldız
    }
feedback-rating-low = Çok kötü
feedback-rating-high = Mükemmel

## Message
feedback-message-label = Mesajınız
feedback-message-placeholder = Ne oldu veya neyi daha iyi yapabiliriz?
feedback-characters-left =
    { $count ->
        [one] { $count } karakter kaldı
       *[other] { $count } karakter kaldı
    }

## Email (only when the shop collects it)
feedback-email-label = E-posta
feedback-email-hint = Yalnızca yanıt almak istiyorsanız doldurun. Başka bir amaçla kullanmayız.

## Sending and its outcomes
feedback-submit = Geri bildirim gönder
feedback-sending = Gönderiliyor…
feedback-sent-title = Teşekkürler!
feedback-sent-body = Geri bildiriminiz bize ulaştı.
feedback-queued = Çevrimdışı görünüyorsunuz. Geri bildiriminiz bu cihaza kaydedildi ve yeniden çevrimiçi olduğunuzda gönderilecek.
feedback-failed = Üzgünüz, geri bildiriminiz gönderilemedi. Lütfen daha sonra tekrar deneyin.
feedback-send-another = Yeni geri bildirim gönder

## Validation
feedback-error-category = Lütfen bir konu seçin.
feedback-error-message = Lütfen bir mesaj yazın.
feedback-error-email = Lütfen name@example.com gibi geçerli bir e-posta adresi girin.
feedback-error-summary =
    { $count ->
        [one] Göndermeden önce lütfen { $count } sorunu düzeltin.
       *[other] Göndermeden önce lütfen { $count } sorunu düzeltin.
    }

## Spam trap, hidden from people
feedback-honeypot = Bu alanı boş bırakın
