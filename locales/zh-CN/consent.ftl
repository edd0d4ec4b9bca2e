# Vox consent banner: Chinese (Simplified).

## First layer
consent-title = 您的隐私选择
consent-body = 我们使用 Cookie 及类似技术来维持本店的正常运行。经您同意后，我们还会使用这些技术来记住您的偏好、统计访问情况并向您展示相关广告。您可以随时更改选择。
consent-body-opt-out = 我们使用 Cookie 及类似技术来维持本店运行、记住您的偏好、统计访问情况并向您展示相关广告。您可以随时拒绝我们出售或共享您的个人信息。
consent-body-notice = 我们使用 Cookie 及类似技术来维持本店运行并统计访问情况。
consent-accept-all = 全部接受
consent-reject-all = 全部拒绝
consent-opt-out = 请勿出售或共享我的个人信息
consent-customize = 自定义
consent-ok = 确定
consent-policy = 隐私政策

## Preferences
consent-preferences-title = 隐私偏好设置
consent-preferences-intro = 请选择您允许的内容。必要 Cookie 始终启用：没有它们，本店将无法正常运行。
consent-save = 保存我的选择
consent-close = 关闭
consent-always-on = 始终启用
consent-gpc = 您的浏览器发送了 Global Privacy Control（全球隐私控制）信号，因此我们已停止出售和共享您的数据（营销类）。您仍可在此处更改。

## Categories
consent-category-necessary = 必要
consent-category-necessary-description = 保障本店正常运行：购物车、安全防护以及本次隐私选择。
consent-category-functional = 功能
consent-category-functional-description = 记住您的偏好，并让我们能够回复您，例如回复到您在反馈留言中填写的电子邮箱。
consent-category-analytics = 分析
consent-category-analytics-description = 统计访问量并了解本店的使用情况，帮助我们不断改进。
consent-category-marketing = 营销
consent-category-marketing-description = 在本站及其他网站上向您展示相关广告，并衡量广告效果。

## Services listed under a category
consent-services =
    { $count ->
       *[other] { $count } 项服务
    }
consent-service-provider = 提供方：{ $provider }
consent-service-cookies = Cookie：{ $cookies }
consent-service-privacy = { $service } 隐私政策

## Floating button to reopen the preferences
consent-privacy-choices = 隐私设置

## Placeholder for blocked embedded content
consent-placeholder = 此内容由 { $service } 提供，该服务可能会设置 Cookie 并收集数据。
consent-placeholder-load = 加载此内容
