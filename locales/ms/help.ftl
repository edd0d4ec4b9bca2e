# Vox help-center search: Malay. Same message ids as locales/en/help.ftl.

## The search box
help-label = Cari di pusat bantuan
help-placeholder = Cari artikel bantuan
help-close = Tutup
help-results = Hasil
help-recent = Carian terkini
help-loading = Mencari…
help-unavailable = Carian tidak tersedia buat masa ini.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Tiada artikel ditemui
   *[other] { $count } artikel ditemui
}

## Nothing found
help-empty = Tiada artikel yang sepadan dengan “{ $query }”.
help-suggest = Adakah anda maksudkan:
help-contact-prompt = Tidak menemui apa yang anda cari? Kami sedia membantu.
help-contact = Hubungi kami

## An article opened inline
help-back = Kembali ke hasil
help-open-page = Buka artikel penuh
help-helpful = Adakah artikel ini membantu?
help-yes = Ya
help-no = Tidak
help-thanks = Terima kasih atas maklum balas anda!

## Keyboard hints in the dialog's footer
help-keys-move = untuk beralih
help-keys-open = untuk membuka
help-keys-close = untuk menutup
