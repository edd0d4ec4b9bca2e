# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Cari di pusat bantuan
help-placeholder = Cari artikel bantuan
help-close = Tutup
help-results = Hasil
help-recent = Pencarian terbaru
help-loading = Mencari…
help-unavailable = Pencarian sedang tidak tersedia.
help-count = { $count ->
    [0] Tidak ada artikel ditemukan
   *[other] { $count } artikel ditemukan
}
help-empty = Tidak ada artikel yang cocok dengan “{ $query }”.
help-contact-prompt = Tidak menemukan yang Anda cari? Kami siap membantu.
help-contact = Hubungi kami
help-back = Kembali ke hasil
help-open-page = Buka artikel lengkap
help-helpful = Apakah artikel ini membantu?
help-yes = Ya
help-no = Tidak
help-thanks = Terima kasih atas masukan Anda!
help-keys-move = untuk berpindah
help-keys-open = untuk membuka
help-keys-close = untuk menutup
