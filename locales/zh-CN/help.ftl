# Vox help-center search: Simplified Chinese. Same message ids as locales/en/help.ftl.

## The search box
help-label = 搜索帮助中心
help-placeholder = 搜索帮助文章
help-close = 关闭
help-results = 搜索结果
help-recent = 最近搜索
help-loading = 正在搜索…
help-unavailable = 搜索暂时不可用。

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] 未找到相关文章
   *[other] 找到 { $count } 篇文章
}

## Nothing found
help-empty = 没有与“{ $query }”匹配的文章。
help-suggest = 您是不是要找：
help-contact-prompt = 没有找到所需内容？我们很乐意为您提供帮助。
help-contact = 联系我们

## An article opened inline
help-back = 返回搜索结果
help-open-page = 查看完整文章
help-helpful = 这篇文章对您有帮助吗？
help-yes = 是
help-no = 否
help-thanks = 感谢您的反馈！

## Keyboard hints in the dialog's footer
help-keys-move = 移动
help-keys-open = 打开
help-keys-close = 关闭
