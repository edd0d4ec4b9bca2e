# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Cari di pusat bantuan
help-placeholder = Cari artikel bantuan
help-close = Tutup
help-results = Hasil
help-recent = Carian terkini
help-loading = Mencari…
help-unavailable = Carian tidak tersedia buat masa ini.
help-count = { $count ->
    [0] Tiada artikel ditemui
   *[other] { $count } artikel ditemui
}
help-empty = Tiada artikel yang sepadan dengan “{ $query }”.
help-contact-prompt = Tidak menjumpai apa yang anda perlukan? Kami sedia membantu.
help-contact = Hubungi kami
help-back = Kembali ke hasil
help-open-page = Buka artikel penuh
help-helpful = Adakah artikel ini membantu?
help-yes = Ya
help-no = Tidak
help-thanks = Terima kasih atas maklum balas anda!
help-keys-move = untuk bergerak
help-keys-open = untuk membuka
help-keys-close = untuk menutup
