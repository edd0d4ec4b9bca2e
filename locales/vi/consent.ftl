# Vox consent banner: Vietnamese.

## First layer
consent-title = Lựa chọn quyền riêng tư của bạn
consent-body = Chúng tôi sử dụng cookie và các công nghệ tương tự để vận hành cửa hàng này. Nếu bạn cho phép, chúng tôi cũng sử dụng chúng để ghi nhớ tùy chọn của bạn, đo lường lượt truy cập và hiển thị quảng cáo phù hợp với bạn. Bạn có thể thay đổi quyết định bất cứ lúc nào.
consent-body-opt-out = Chúng tôi sử dụng cookie và các công nghệ tương tự để vận hành cửa hàng này, ghi nhớ tùy chọn của bạn, đo lường lượt truy cập và hiển thị quảng cáo phù hợp với bạn. Bạn có thể từ chối việc bán hoặc chia sẻ thông tin cá nhân của mình bất cứ lúc nào.
consent-body-notice = Chúng tôi sử dụng cookie và các công nghệ tương tự để vận hành cửa hàng này và đo lường lượt truy cập.
consent-accept-all = Chấp nhận tất cả
consent-reject-all = Từ chối tất cả
consent-opt-out = Không bán hoặc chia sẻ thông tin cá nhân của tôi
consent-customize = Tùy chỉnh
consent-ok = OK
consent-policy = Chính sách quyền riêng tư

## Preferences
consent-preferences-title = Tùy chọn quyền riêng tư
consent-preferences-intro = Chọn những gì bạn cho phép. Cookie cần thiết luôn được bật vì cửa hàng không thể hoạt động nếu thiếu chúng.
consent-save = Lưu lựa chọn của tôi
consent-close = Đóng
consent-always-on = Luôn bật
consent-gpc = Trình duyệt của bạn đã gửi tín hiệu Global Privacy Control, vì vậy việc bán và chia sẻ dữ liệu của bạn (tiếp thị) đã được tắt. Bạn vẫn có thể thay đổi tại đây.

## Categories
consent-category-necessary = Cần thiết
consent-category-necessary-description = Giúp cửa hàng hoạt động: giỏ hàng, bảo mật và lựa chọn quyền riêng tư này.
consent-category-functional = Chức năng
consent-category-functional-description = Ghi nhớ tùy chọn của bạn và cho phép chúng tôi phản hồi bạn, ví dụ qua địa chỉ email trong tin nhắn góp ý.
consent-category-analytics = Phân tích
consent-category-analytics-description = Đếm lượt truy cập và tìm hiểu cách cửa hàng được sử dụng để chúng tôi cải thiện.
consent-category-marketing = Tiếp thị
consent-category-marketing-description = Hiển thị quảng cáo phù hợp với bạn và đo lường hiệu quả của quảng cáo, trên trang này và các trang khác.

## Services listed under a category
consent-services =
    { $count ->
       *[other] { $count } dịch vụ
    }
consent-service-provider = Nhà cung cấp: { $provider }
consent-service-cookies = Cookie: { $cookies }
consent-service-privacy = Chính sách quyền riêng tư của { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Lựa chọn quyền riêng tư

## Placeholder for blocked embedded content
consent-placeholder = Nội dung này do { $service } cung cấp. Dịch vụ này có thể đặt cookie và thu thập dữ liệu.
consent-placeholder-load = Tải nội dung này
