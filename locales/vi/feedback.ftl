# Vox feedback form: Vietnamese.

## Launcher button and dialog
feedback-launcher = Góp ý
feedback-title = Gửi góp ý cho chúng tôi
feedback-intro = Hãy cho chúng tôi biết điều gì tốt và điều gì cần cải thiện. Chúng tôi đọc mọi tin nhắn.
feedback-close = Đóng

## Topic
feedback-category-legend = Góp ý của bạn về vấn đề gì?
feedback-category-bug = Có lỗi xảy ra
feedback-category-idea = Ý tưởng hoặc đề xuất
feedback-category-question = Câu hỏi
feedback-category-order = Đơn hàng hoặc giao hàng
feedback-category-other = Vấn đề khác

## Optional 1-5 rating
feedback-optional = (không bắt buộc)
feedback-rating-legend = Bạn đánh giá trải nghiệm của mình thế nào?
feedback-rating-value = { $rating } sao
feedback-rating-low = Rất tệ
feedback-rating-high = Tuyệt vời

## Message
feedback-message-label = Nội dung góp ý
feedback-message-placeholder = Điều gì đã xảy ra, hoặc chúng tôi có thể làm gì tốt hơn?
feedback-characters-left = Còn { $count } ký tự

## Email (only when the shop collects it)
feedback-email-label = Email
feedback-email-hint = Chỉ điền nếu bạn muốn được phản hồi. Chúng tôi không dùng email cho mục đích nào khác.

## Sending and its outcomes
feedback-submit = Gửi góp ý
feedback-sending = Đang gửi…
feedback-sent-title = Cảm ơn bạn!
feedback-sent-body = Chúng tôi đã nhận được góp ý của bạn.
feedback-queued = Có vẻ bạn đang ngoại tuyến. Góp ý đã được lưu trên thiết bị này và sẽ tự động gửi khi bạn có kết nối trở lại.
feedback-failed = Rất tiếc, không thể gửi góp ý của bạn. Vui lòng thử lại sau.
feedback-send-another = Gửi thêm góp ý

## Validation
feedback-error-category = Vui lòng chọn một chủ đề.
feedback-error-message = Vui lòng nhập nội dung.
feedback-error-email = Vui lòng nhập địa chỉ email hợp lệ, ví dụ name@example.com.
feedback-error-summary = Vui lòng sửa { $count } lỗi trước khi gửi.

## Spam trap, hidden from people
feedback-honeypot = Vui lòng để trống ô này
