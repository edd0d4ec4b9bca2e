# Vox rating prompts: Indonesian.

## The prompt's frame
prompt-label = Pertanyaan singkat dari { $brand }
prompt-close = Tutup
prompt-optional = (opsional)

## Net Promoter Score: 0-10
prompt-nps-question = Seberapa besar kemungkinan Anda merekomendasikan { $brand } kepada teman atau kolega?
prompt-nps-low = Sama sekali tidak mungkin
prompt-nps-high = Sangat mungkin

## Customer satisfaction: 1-5
prompt-csat-question = Seberapa puas Anda dengan { $brand }?
prompt-csat-1 = Sangat tidak puas
prompt-csat-2 = Tidak puas
prompt-csat-3 = Biasa saja
prompt-csat-4 = Puas
prompt-csat-5 = Sangat puas

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } memudahkan saya mendapatkan apa yang saya butuhkan.
prompt-ces-1 = Sangat tidak setuju
prompt-ces-2 = Tidak setuju
prompt-ces-3 = Agak tidak setuju
prompt-ces-4 = Netral
prompt-ces-5 = Agak setuju
prompt-ces-6 = Setuju
prompt-ces-7 = Sangat setuju

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Kami mohon maaf mendengarnya. Apa alasan utama Anda memberi skor ini?
prompt-follow-up-passive = Terima kasih! Apa yang bisa membuat Anda lebih yakin untuk merekomendasikan kami?
prompt-follow-up-promoter = Senang mendengarnya! Apa yang paling Anda sukai?
prompt-follow-up-low = Mohon maaf. Apa yang seharusnya bisa kami lakukan dengan lebih baik?
prompt-follow-up-high = Terima kasih! Apa yang paling Anda sukai?
prompt-follow-up-placeholder = Jawaban Anda
prompt-characters-left = Sisa { $count } karakter
prompt-send = Kirim
prompt-skip = Lewati

## After answering
prompt-thanks-title = Terima kasih!
prompt-thanks-body = Jawaban Anda membantu kami menjadi lebih baik.
