# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = Tìm trong trung tâm trợ giúp
help-placeholder = Tìm bài viết trợ giúp
help-close = Đóng
help-results = Kết quả
help-recent = Tìm kiếm gần đây
help-loading = Đang tìm…
help-unavailable = Hiện không thể tìm kiếm.
help-count = { $count ->
    [0] Không tìm thấy bài viết nào
   *[other] Tìm thấy { $count } bài viết
}
help-empty = Không có bài viết nào khớp với “{ $query }”.
help-contact-prompt = Không tìm thấy điều bạn cần? Chúng tôi luôn sẵn lòng hỗ trợ.
help-contact = Liên hệ với chúng tôi
help-back = Quay lại kết quả
help-open-page = Mở toàn bộ bài viết
help-helpful = Bài viết này có hữu ích không?
help-yes = Có
help-no = Không
help-thanks = Cảm ơn phản hồi của bạn!
help-keys-move = để di chuyển
help-keys-open = để mở
help-keys-close = để đóng
