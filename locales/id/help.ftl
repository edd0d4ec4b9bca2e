# Vox help-center search: Indonesian. Same message ids as locales/en/help.ftl.

## The search box
help-label = Cari di pusat bantuan
help-placeholder = Cari artikel bantuan
help-close = Tutup
help-results = Hasil
help-recent = Pencarian terbaru
help-loading = Mencari…
help-unavailable = Pencarian tidak tersedia saat ini.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Tidak ada artikel yang ditemukan
   *[other] { $count } artikel ditemukan
}

## Nothing found
help-empty = Tidak ada artikel yang cocok dengan “{ $query }”.
help-suggest = Mungkin maksud Anda:
help-contact-prompt = Tidak menemukan yang Anda cari? Kami siap membantu.
help-contact = Hubungi kami

## An article opened inline
help-back = Kembali ke hasil
help-open-page = Buka artikel lengkap
help-helpful = Apakah artikel ini membantu?
help-yes = Ya
help-no = Tidak
help-thanks = Terima kasih atas masukan Anda!

## Keyboard hints in the dialog's footer
help-keys-move = untuk berpindah
help-keys-open = untuk membuka
help-keys-close = untuk menutup
