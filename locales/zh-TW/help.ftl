# Vox help-center search: Traditional Chinese. Same message ids as locales/en/help.ftl.

## The search box
help-label = 搜尋說明中心
help-placeholder = 搜尋說明文章
help-close = 關閉
help-results = 搜尋結果
help-recent = 最近搜尋
help-loading = 搜尋中…
help-unavailable = 目前無法使用搜尋功能。

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] 找不到相關文章
   *[other] 找到 { $count } 篇文章
}

## Nothing found
help-empty = 沒有與「{ $query }」相符的文章。
help-suggest = 您是不是要找：
help-contact-prompt = 找不到您需要的內容嗎？我們很樂意為您提供協助。
help-contact = 聯絡我們

## An article opened inline
help-back = 返回搜尋結果
help-open-page = 查看完整文章
help-helpful = 這篇文章對您有幫助嗎？
help-yes = 是
help-no = 否
help-thanks = 感謝您的意見回饋！

## Keyboard hints in the dialog's footer
help-keys-move = 移動
help-keys-open = 開啟
help-keys-close = 關閉
