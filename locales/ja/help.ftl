# Vox help-center search: Japanese. Same message ids as locales/en/help.ftl.

## The search box
help-label = ヘルプセンターを検索
help-placeholder = ヘルプ記事を検索
help-close = 閉じる
help-results = 検索結果
help-recent = 最近の検索
help-loading = 検索中…
help-unavailable = 現在、検索をご利用いただけません。

## Announced to screen readers once typing pauses
help-count = { $count ->
    [0] 該当する記事はありません
   *[other] { $count } 件の記事が見つかりました
}

## Nothing found
help-empty = 「{ $query }」に一致する記事はありません。
help-suggest = もしかして:
help-contact-prompt = お探しの情報が見つかりませんか？お気軽にお問い合わせください。
help-contact = お問い合わせ

## An article opened inline
help-back = 検索結果に戻る
help-open-page = 記事全文を開く
help-helpful = この記事は役に立ちましたか？
help-yes = はい
help-no = いいえ
help-thanks = ご意見ありがとうございます！

## Keyboard hints in the dialog's footer
help-keys-move = で移動
help-keys-open = で開く
help-keys-close = で閉じる
