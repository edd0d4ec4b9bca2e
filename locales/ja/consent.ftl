# Vox consent banner: Japanese.

## First layer
consent-title = お客様のプライバシー設定
consent-body = 当ショップでは、サイトの運営のためにCookieおよび類似の技術を使用しています。お客様の同意をいただいた場合は、設定内容の保存、アクセス数の計測、お客様に合った広告の表示にも使用します。この設定はいつでも変更できます。
consent-body-opt-out = 当ショップでは、サイトの運営、設定内容の保存、アクセス数の計測、お客様に合った広告の表示のためにCookieおよび類似の技術を使用しています。お客様の個人情報の販売・共有は、いつでも停止（オプトアウト）できます。
consent-body-notice = 当ショップでは、サイトの運営とアクセス数の計測のためにCookieおよび類似の技術を使用しています。
consent-accept-all = すべて許可
consent-reject-all = すべて拒否
consent-opt-out = 個人情報の販売・共有を拒否する
consent-customize = カスタマイズ
consent-ok = OK
consent-policy = プライバシーポリシー

## Preferences
consent-preferences-title = プライバシー設定
consent-preferences-intro = 許可する項目を選択してください。必須のCookieはショップの動作に欠かせないため、常に有効です。
consent-save = 選択内容を保存
consent-close = 閉じる
consent-always-on = 常に有効
consent-gpc = お使いのブラウザからGlobal Privacy Control（GPC）の信号が送信されたため、お客様のデータの販売・共有（マーケティング）は無効になっています。この設定はここで変更することもできます。

## Categories
consent-category-necessary = 必須
consent-category-necessary-description = ショップの動作に必要です（カート、セキュリティ、このプライバシー設定の保存など）。
consent-category-functional = 機能
consent-category-functional-description = お客様の設定内容を記憶し、ご意見に記載されたメールアドレスへの返信などを可能にします。
consent-category-analytics = 分析
consent-category-analytics-description = アクセス数を計測してショップの利用状況を把握し、改善に役立てます。
consent-category-marketing = マーケティング
consent-category-marketing-description = 当サイトや他のサイトで、お客様に合った広告を表示し、その効果を測定します。

## Services listed under a category
consent-services =
    { $count ->
       *[other] { $count }件のサービス
    }
consent-service-provider = 提供元：{ $provider }
consent-service-cookies = Cookie：{ $cookies }
consent-service-privacy = { $service }のプライバシーポリシー

## Floating button to reopen the preferences
consent-privacy-choices = プライバシー設定

## Placeholder for blocked embedded content
consent-placeholder = このコンテンツは{ $service }が提供しており、Cookieの設定やデータの収集が行われる場合があります。
consent-placeholder-load = コンテンツを読み込む
