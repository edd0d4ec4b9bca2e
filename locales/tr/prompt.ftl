# Vox rating prompts: Turkish.

## The prompt's frame
prompt-label = { $brand } olarak kısa bir sorumuz var
prompt-close = Kapat
prompt-optional = (isteğe bağlı)

## Net Promoter Score: 0-10
prompt-nps-question = { $brand } markasını bir arkadaşınıza veya iş arkadaşınıza tavsiye etme olasılığınız nedir?
prompt-nps-low = Hiç olası değil
prompt-nps-high = Son derece olası

## Customer satisfaction: 1-5
prompt-csat-question = { $brand } markasından ne kadar memnunsunuz?
prompt-csat-1 = Hiç memnun değilim
prompt-csat-2 = Memnun değilim
prompt-csat-3 = Ne memnunum ne memnun değilim
prompt-csat-4 = Memnunum
prompt-csat-5 = Çok memnunum

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } ihtiyacım olanı almamı kolaylaştırdı.
prompt-ces-1 = Kesinlikle katılmıyorum
prompt-ces-2 = Katılmıyorum
prompt-ces-3 = Kısmen katılmıyorum
prompt-ces-4 = Ne katılıyorum ne katılmıyorum
prompt-ces-5 = Kısmen katılıyorum
prompt-ces-6 = Katılıyorum
prompt-ces-7 = Kesinlikle katılıyorum

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Bunu duyduğumuza üzüldük. Puanınızın temel nedeni nedir?
prompt-follow-up-passive = Teşekkürler! Bizi tavsiye etme olasılığınızı ne artırırdı?
prompt-follow-up-promoter = Bunu duymak harika! En çok neyi beğeniyorsunuz?
prompt-follow-up-low = Üzgünüz. Neyi daha iyi yapabilirdik?
prompt-follow-up-high = Teşekkürler! En çok neyi beğendiniz?
prompt-follow-up-placeholder = Yanıtınız
prompt-characters-left =
    { $count ->
        [one] { $count } karakter kaldı
       *[other] { $count } karakter kaldı
    }
prompt-send = Gönder
prompt-skip = Atla

## After answering
prompt-thanks-title = Teşekkürler!
prompt-thanks-body = Yanıtınız kendimizi geliştirmemize yardımcı oluyor.
