# Vox consent banner: Malay.

## First layer
consent-title = Pilihan privasi anda
consent-body = Kami menggunakan kuki dan teknologi serupa untuk menjalankan kedai ini. Dengan kebenaran anda, kami juga menggunakannya untuk mengingati keutamaan anda, mengukur lawatan dan memaparkan iklan yang relevan kepada anda. Anda boleh menukar fikiran pada bila-bila masa.
consent-body-opt-out = Kami menggunakan kuki dan teknologi serupa untuk menjalankan kedai ini, mengingati keutamaan anda, mengukur lawatan dan memaparkan iklan yang relevan kepada anda. Anda boleh menolak penjualan atau perkongsian maklumat peribadi anda pada bila-bila masa.
consent-body-notice = Kami menggunakan kuki dan teknologi serupa untuk menjalankan kedai ini dan mengukur lawatan.
consent-accept-all = Terima semua
consent-reject-all = Tolak semua
consent-opt-out = Jangan jual atau kongsi maklumat peribadi saya
consent-customize = Sesuaikan
consent-ok = OK
consent-policy = Dasar privasi

## Preferences
consent-preferences-title = Tetapan privasi
consent-preferences-intro = Pilih perkara yang anda benarkan. Kuki yang diperlukan sentiasa aktif kerana kedai tidak dapat berfungsi tanpanya.
consent-save = Simpan pilihan saya
consent-close = Tutup
consent-always-on = Sentiasa aktif
consent-gpc = Pelayar anda telah menghantar isyarat Global Privacy Control, jadi penjualan dan perkongsian data anda (pemasaran) dimatikan. Anda masih boleh menukarnya di sini.

## Categories
consent-category-necessary = Diperlukan
consent-category-necessary-description = Memastikan kedai berfungsi: troli anda, keselamatan dan pilihan privasi ini.
consent-category-functional = Fungsian
consent-category-functional-description = Mengingati keutamaan anda dan membolehkan kami membalas anda, contohnya ke alamat e-mel dalam mesej maklum balas.
consent-category-analytics = Analitik
consent-category-analytics-description = Mengira lawatan dan melihat cara kedai digunakan supaya kami dapat memperbaikinya.
consent-category-marketing = Pemasaran
consent-category-marketing-description = Memaparkan iklan yang relevan kepada anda dan mengukur keberkesanannya, di laman ini dan di laman lain.

## Services listed under a category
consent-services =
    { $count ->
       *[other] { $count } perkhidmatan
    }
consent-service-provider = Penyedia: { $provider }
consent-service-cookies = Kuki: { $cookies }
consent-service-privacy = Dasar privasi { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Pilihan privasi

## Placeholder for blocked embedded content
consent-placeholder = Kandungan ini disediakan oleh { $service }, yang mungkin menetapkan kuki dan mengumpul data.
consent-placeholder-load = Muatkan kandungan ini
