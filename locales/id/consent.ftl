# Vox consent banner: Indonesian.

## First layer
consent-title = Pilihan privasi Anda
consent-body = Kami menggunakan cookie dan teknologi serupa untuk menjalankan toko ini. Dengan izin Anda, kami juga menggunakannya untuk mengingat preferensi Anda, mengukur kunjungan, dan menampilkan iklan yang relevan. Anda dapat mengubah pilihan kapan saja.
consent-body-opt-out = Kami menggunakan cookie dan teknologi serupa untuk menjalankan toko ini, mengingat preferensi Anda, mengukur kunjungan, dan menampilkan iklan yang relevan. Anda dapat menolak penjualan atau pembagian informasi pribadi Anda kapan saja.
consent-body-notice = Kami menggunakan cookie dan teknologi serupa untuk menjalankan toko ini dan mengukur kunjungan.
consent-accept-all = Terima semua
consent-reject-all = Tolak semua
consent-opt-out = Jangan jual atau bagikan informasi pribadi saya
consent-customize = Sesuaikan
consent-ok = OK
consent-policy = Kebijakan privasi

## Preferences
consent-preferences-title = Preferensi privasi
consent-preferences-intro = Pilih apa yang Anda izinkan. Cookie yang diperlukan selalu aktif karena toko tidak dapat berfungsi tanpanya.
consent-save = Simpan pilihan saya
consent-close = Tutup
consent-always-on = Selalu aktif
consent-gpc = Browser Anda mengirimkan sinyal Global Privacy Control, sehingga penjualan dan pembagian data Anda (pemasaran) dinonaktifkan. Anda tetap dapat mengubahnya di sini.

## Categories
consent-category-necessary = Diperlukan
consent-category-necessary-description = Menjaga toko tetap berfungsi: keranjang belanja, keamanan, dan pilihan privasi ini.
consent-category-functional = Fungsional
consent-category-functional-description = Mengingat preferensi Anda dan memungkinkan kami membalas Anda, misalnya ke alamat email dalam pesan masukan.
consent-category-analytics = Analitik
consent-category-analytics-description = Menghitung kunjungan dan melihat cara toko digunakan, agar kami dapat memperbaikinya.
consent-category-marketing = Pemasaran
consent-category-marketing-description = Menampilkan iklan yang relevan bagi Anda dan mengukur efektivitasnya, di situs ini maupun di situs lain.

## Services listed under a category
consent-services =
    { $count ->
       *[other] { $count } layanan
    }
consent-service-provider = Penyedia: { $provider }
consent-service-cookies = Cookie: { $cookies }
consent-service-privacy = Kebijakan privasi { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Pilihan privasi

## Placeholder for blocked embedded content
consent-placeholder = Konten ini disediakan oleh { $service }, yang dapat menyimpan cookie dan mengumpulkan data.
consent-placeholder-load = Muat konten ini
