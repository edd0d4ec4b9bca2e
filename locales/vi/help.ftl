# Vox help-center search: Vietnamese. Same message ids as locales/en/help.ftl.

## The search box
help-label = Tìm kiếm trong trung tâm trợ giúp
help-placeholder = Tìm bài viết trợ giúp
help-close = Đóng
help-results = Kết quả
help-recent = Tìm kiếm gần đây
help-loading = Đang tìm kiếm…
help-unavailable = Hiện không thể tìm kiếm.

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] Không tìm thấy bài viết nào
   *[other] Tìm thấy { $count } bài viết
}

## Nothing found
help-empty = Không có bài viết nào khớp với “{ $query }”.
help-suggest = Có phải bạn muốn tìm:
help-contact-prompt = Không tìm thấy điều bạn cần? Chúng tôi luôn sẵn lòng hỗ trợ.
help-contact = Liên hệ với chúng tôi

## An article opened inline
help-back = Quay lại kết quả
help-open-page = Mở toàn bộ bài viết
help-helpful = Bài viết này có hữu ích không?
help-yes = Có
help-no = Không
help-thanks = Cảm ơn góp ý của bạn!

## Keyboard hints in the dialog's footer
help-keys-move = để di chuyển
help-keys-open = để mở
help-keys-close = để đóng
