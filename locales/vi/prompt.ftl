# Vox rating prompts: Vietnamese.

## The prompt's frame
prompt-label = Một câu hỏi nhanh từ { $brand }
prompt-close = Đóng
prompt-optional = (không bắt buộc)

## Net Promoter Score: 0-10
prompt-nps-question = Khả năng bạn giới thiệu { $brand } cho bạn bè hoặc đồng nghiệp là bao nhiêu?
prompt-nps-low = Hoàn toàn không có khả năng
prompt-nps-high = Rất có khả năng

## Customer satisfaction: 1-5
prompt-csat-question = Bạn hài lòng với { $brand } ở mức nào?
prompt-csat-1 = Rất không hài lòng
prompt-csat-2 = Không hài lòng
prompt-csat-3 = Bình thường
prompt-csat-4 = Hài lòng
prompt-csat-5 = Rất hài lòng

## Customer effort: 1-7, agreement with a statement
prompt-ces-question = { $brand } giúp tôi dễ dàng có được những gì mình cần.
prompt-ces-1 = Hoàn toàn không đồng ý
prompt-ces-2 = Không đồng ý
prompt-ces-3 = Hơi không đồng ý
prompt-ces-4 = Trung lập
prompt-ces-5 = Hơi đồng ý
prompt-ces-6 = Đồng ý
prompt-ces-7 = Hoàn toàn đồng ý

## Follow-up question, chosen by the score's band
prompt-follow-up-detractor = Rất tiếc khi biết điều đó. Lý do chính khiến bạn cho điểm này là gì?
prompt-follow-up-passive = Cảm ơn bạn! Điều gì sẽ khiến bạn muốn giới thiệu chúng tôi hơn?
prompt-follow-up-promoter = Thật vui khi nghe điều đó! Bạn thích điều gì nhất?
prompt-follow-up-low = Chúng tôi xin lỗi. Lẽ ra chúng tôi có thể làm gì tốt hơn?
prompt-follow-up-high = Cảm ơn bạn! Bạn thích điều gì nhất?
prompt-follow-up-placeholder = Câu trả lời của bạn
prompt-characters-left = Còn { $count } ký tự
prompt-send = Gửi
prompt-skip = Bỏ qua

## After answering
prompt-thanks-title = Cảm ơn bạn!
prompt-thanks-body = Câu trả lời của bạn giúp chúng tôi ngày càng tốt hơn.
