# Vox feedback form: Indonesian.

## Launcher button and dialog
feedback-launcher = Masukan
feedback-title = Kirim masukan kepada kami
feedback-intro = Beri tahu kami apa yang sudah baik dan apa yang perlu diperbaiki. Kami membaca setiap pesan.
feedback-close = Tutup

## Topic
feedback-category-legend = Tentang apa masukan Anda?
feedback-category-bug = Ada yang tidak berfungsi
feedback-category-idea = Ide atau saran
feedback-category-question = Pertanyaan
feedback-category-order = Pesanan atau pengiriman
feedback-category-other = Lainnya

## Optional 1-5 rating
feedback-optional = (opsional)
feedback-rating-legend = Bagaimana penilaian Anda atas pengalaman ini?
feedback-rating-value = { $rating } bintang
feedback-rating-low = Sangat buruk
feedback-rating-high = Sangat baik

## Message
feedback-message-label = Pesan Anda
feedback-message-placeholder = Apa yang terjadi, atau apa yang bisa kami tingkatkan?
feedback-characters-left = Sisa { $count } karakter

## Email (only when the shop collects it)
feedback-email-label = Email
feedback-email-hint = Isi hanya jika Anda ingin dibalas. Kami tidak menggunakannya untuk hal lain.

## Sending and its outcomes
feedback-submit = Kirim masukan
feedback-sending = Mengirim…
feedback-sent-title = Terima kasih!
feedback-sent-body = Masukan Anda sudah kami terima.
feedback-queued = Sepertinya Anda sedang offline. Masukan Anda disimpan di perangkat ini dan akan dikirim saat Anda kembali online.
feedback-failed = Maaf, masukan Anda tidak dapat dikirim. Silakan coba lagi nanti.
feedback-send-another = Kirim masukan lain

## Validation
feedback-error-category = Silakan pilih topik.
feedback-error-message = Silakan tulis pesan.
feedback-error-email = Silakan masukkan alamat email yang valid, misalnya name@example.com.
feedback-error-summary = Silakan perbaiki { $count } masalah sebelum mengirim.

## Spam trap, hidden from people
feedback-honeypot = Biarkan kolom ini kosong
