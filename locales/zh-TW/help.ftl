# Vox help-center search. Same message ids as locales/en/help.ftl.

help-label = 搜尋說明中心
help-placeholder = 搜尋說明文章
help-close = 關閉
help-results = 搜尋結果
help-recent = 最近搜尋
help-loading = 正在搜尋…
help-unavailable = 目前無法使用搜尋。
help-count = { $count ->
    [0] 找不到文章
   *[other] 找到 { $count } 篇文章
}
help-empty = 沒有與「{ $query }」相符的文章。
help-contact-prompt = 找不到您需要的內容嗎？我們很樂意為您提供協助。
help-contact = 聯絡我們
help-back = 返回搜尋結果
help-open-page = 開啟完整文章
help-helpful = 這篇文章對您有幫助嗎？
help-yes = 是
help-no = 否
help-thanks = 感謝您的意見回饋！
help-keys-move = 移動
help-keys-open = 開啟
help-keys-close = 關閉
