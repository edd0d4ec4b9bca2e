# Vox feedback form: Malay.

## Launcher button and dialog
feedback-launcher = Maklum balas
feedback-title = Hantar maklum balas kepada kami
feedback-intro = Beritahu kami apa yang baik dan apa yang perlu diperbaiki. Kami membaca setiap mesej.
feedback-close = Tutup

## Topic
feedback-category-legend = Apakah perkaranya?
feedback-category-bug = Ada yang rosak
feedback-category-idea = Idea atau cadangan
feedback-category-question = Soalan
feedback-category-order = Pesanan atau penghantaran
feedback-category-other = Lain-lain

## Optional 1-5 rating
feedback-optional = (pilihan)
feedback-rating-legend = Bagaimanakah penilaian anda terhadap pengalaman ini?
feedback-rating-value = { $rating } bintang
feedback-rating-low = Sangat teruk
feedback-rating-high = Cemerlang

## Message
feedback-message-label = Mesej anda
feedback-message-placeholder = Apakah yang berlaku, atau apakah yang boleh kami perbaiki?
feedback-characters-left = Baki { $count } aksara

## Email (only when the shop collects it)
feedback-email-label = E-mel
feedback-email-hint = Isi hanya jika anda mahu kami membalas. Kami tidak menggunakannya untuk tujuan lain.

## Sending and its outcomes
feedback-submit = Hantar maklum balas
feedback-sending = Menghantar…
feedback-sent-title = Terima kasih!
feedback-sent-body = Maklum balas anda telah kami terima.
feedback-queued = Nampaknya anda berada di luar talian. Maklum balas anda disimpan pada peranti ini dan akan dihantar apabila anda kembali dalam talian.
feedback-failed = Maaf, maklum balas anda tidak dapat dihantar. Sila cuba lagi kemudian.
feedback-send-another = Hantar maklum balas lain

## Validation
feedback-error-category = Sila pilih topik.
feedback-error-message = Sila tulis mesej.
feedback-error-email = Sila masukkan alamat e-mel yang sah, seperti name@example.com.
feedback-error-summary = Sila betulkan { $count } masalah sebelum menghantar.

## Spam trap, hidden from people
feedback-honeypot = Biarkan ruangan ini kosong
