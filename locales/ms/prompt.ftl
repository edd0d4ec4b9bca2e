# Vox rating prompts: Malay.

## The prompt's frame
prompt-label = Soalan ringkas daripada { $brand }
prompt-close = Tutup
prompt-optional = (pilihan)

## Net Promoter Score: 0-10
prompt-nps-question = Sejauh manakah kemungkinan anda akan mengesyorkan { $brand } kepada rakan atau rakan sekerja?
prompt-nps-low = Langsung tidak mungkin
prompt-nps-high = Sangat mungkin

## Customer satisfaction: 1-5
prompt-csat-question = Sejauh manakah anda berpuas hati dengan { $brand }?
prompt-csat-1 = Sangat tidak berpuas hati
prompt-csat-2 = Tidak berpuas hati
prompt-csat-3 = Neutral
prompt-csat-4 = Berpuas hati
prompt-csat-5 = Sangat berpuas hati

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } memudahkan saya mendapatkan apa yang saya perlukan.
prompt-ces-1 = Sangat tidak setuju
prompt-ces-2 = Tidak setuju
prompt-ces-3 = Agak tidak setuju
prompt-ces-4 = Neutral
prompt-ces-5 = Agak setuju
prompt-ces-6 = Setuju
prompt-ces-7 = Sangat setuju

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Kami kesal mendengarnya. Apakah sebab utama anda memberikan skor ini?
prompt-follow-up-passive = Terima kasih! Apakah yang akan membuatkan anda lebih cenderung untuk mengesyorkan kami?
prompt-follow-up-promoter = Gembira mendengarnya! Apakah yang paling anda suka?
prompt-follow-up-low = Kami memohon maaf. Apakah yang sepatutnya boleh kami lakukan dengan lebih baik?
prompt-follow-up-high = Terima kasih! Apakah yang paling anda suka?
prompt-follow-up-placeholder = Jawapan anda
prompt-characters-left = Baki { $count } aksara
prompt-send = Hantar
prompt-skip = Langkau

## After answering
prompt-thanks-title = Terima kasih!
prompt-thanks-body = Jawapan anda membantu kami menjadi lebih baik.
