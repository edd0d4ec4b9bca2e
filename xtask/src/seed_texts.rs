//! What seeded visitors write, per language: feedback messages, follow-up answers (unhappy and
//! happy) and help-center queries, some of which the demo's help center cannot answer. Written
//! for the demo shop (tea, stoneware, parcels) in the languages whose scripts the dashboard's
//! term counts must handle: Latin, Cyrillic, Arabic, Chinese, Japanese, Korean and Thai.

/// One language's texts.
pub struct Texts {
    pub locale: &'static str,
    /// Share of visitors, in percent of all (the rest speak English).
    pub share: u32,
    /// Countries its visitors come from.
    pub countries: &'static [&'static str],
    pub feedback: &'static [&'static str],
    pub unhappy: &'static [&'static str],
    pub happy: &'static [&'static str],
    /// Queries the help center answers, then (after `|`) ones it does not.
    pub queries: &'static [&'static str],
    pub unanswered: &'static [&'static str],
}

pub const LANGUAGES: &[Texts] = &[
    Texts {
        locale: "en",
        share: 34,
        countries: &["US", "GB", "AU", "CA", "SG"],
        feedback: &[
            "The zip code field rejects my address",
            "Delivery took three weeks, far too long",
            "Please add a darker glaze for the teapot",
            "Checkout keeps asking me to log in again",
            "Love the oolong sampler, will order again",
            "Customs charged me more than the order",
        ],
        unhappy: &[
            "Shipping was slow and nobody answered my email",
            "The mug arrived chipped",
            "Returns are too complicated",
        ],
        happy: &[
            "Fast delivery and lovely packaging",
            "Great tea, great price",
            "Support solved my problem in minutes",
        ],
        queries: &[
            "track my order",
            "return policy",
            "shipping costs",
            "gift card",
            "refund",
        ],
        unanswered: &["wholesale pricing", "loyalty points"],
    },
    Texts {
        locale: "es",
        share: 9,
        countries: &["ES", "MX", "AR", "CO"],
        feedback: &[
            "El código postal no acepta mi dirección",
            "El envío tardó demasiado",
            "Me encanta la tetera, pero llegó rota",
            "No encuentro cómo cambiar mi dirección",
        ],
        unhappy: &["El envío fue muy lento", "Nadie respondió a mi correo"],
        happy: &["Entrega rápida y buen té", "Muy buena atención al cliente"],
        queries: &[
            "seguimiento del pedido",
            "devoluciones",
            "gastos de envío",
            "reembolso",
        ],
        unanswered: &["precios al por mayor"],
    },
    Texts {
        locale: "de",
        share: 8,
        countries: &["DE", "AT", "CH"],
        feedback: &[
            "Die Postleitzahl wird nicht akzeptiert",
            "Die Lieferung hat drei Wochen gedauert",
            "Bitte mehr Grüntee-Sorten anbieten",
            "Der Zoll war teurer als die Bestellung",
        ],
        unhappy: &["Versand zu langsam", "Die Tasse kam beschädigt an"],
        happy: &[
            "Schnelle Lieferung, toller Tee",
            "Sehr freundlicher Kundenservice",
        ],
        queries: &[
            "Sendung verfolgen",
            "Rücksendung",
            "Versandkosten",
            "Gutschein",
        ],
        unanswered: &["Großhandel"],
    },
    Texts {
        locale: "fr",
        share: 6,
        countries: &["FR", "BE", "CA"],
        feedback: &[
            "Le code postal refuse mon adresse",
            "La livraison a pris trop de temps",
            "J'adore la théière, mais le couvercle est fragile",
        ],
        unhappy: &["Livraison lente", "Le remboursement tarde"],
        happy: &["Livraison rapide et thé excellent", "Service client au top"],
        queries: &[
            "suivre ma commande",
            "retour",
            "frais de livraison",
            "remboursement",
        ],
        unanswered: &["programme de fidélité"],
    },
    Texts {
        locale: "ja",
        share: 7,
        countries: &["JP"],
        feedback: &[
            "郵便番号が入力できません",
            "配送に時間がかかりすぎました",
            "急須のデザインがとても気に入りました",
            "関税が高すぎます",
        ],
        unhappy: &["配送が遅かったです", "カップが割れて届きました"],
        happy: &["配送が早くて丁寧な梱包でした", "お茶がとても美味しいです"],
        queries: &["注文の追跡", "返品", "送料", "返金"],
        unanswered: &["卸売価格"],
    },
    Texts {
        locale: "zh-CN",
        share: 9,
        countries: &["CN", "SG", "MY"],
        feedback: &[
            "邮编无法通过验证",
            "物流太慢了，等了三周",
            "茶壶很漂亮，希望有更多颜色",
            "关税比订单还贵",
        ],
        unhappy: &["发货太慢", "客服一直没有回复"],
        happy: &["发货很快，包装很好", "茶叶品质很好"],
        queries: &["如何查看物流", "退货政策", "运费", "退款"],
        unanswered: &["批发价格"],
    },
    Texts {
        locale: "ko",
        share: 5,
        countries: &["KR"],
        feedback: &[
            "우편번호가 인식되지 않아요",
            "배송이 너무 오래 걸렸어요",
            "찻주전자가 정말 예뻐요",
        ],
        unhappy: &["배송이 느렸어요", "컵이 깨져서 왔어요"],
        happy: &["배송이 빠르고 포장이 좋아요", "차 맛이 훌륭해요"],
        queries: &["주문 조회", "반품", "배송비", "환불"],
        unanswered: &["도매 가격"],
    },
    Texts {
        locale: "ar",
        share: 5,
        countries: &["AE", "SA", "EG"],
        feedback: &[
            "الرمز البريدي لا يقبل عنواني",
            "تأخر الشحن كثيراً",
            "أحببت إبريق الشاي كثيراً",
        ],
        unhappy: &["الشحن بطيء جداً", "لم يرد أحد على رسالتي"],
        happy: &["توصيل سريع وتغليف رائع", "شاي ممتاز"],
        queries: &[
            "تتبع الطلب",
            "سياسة الإرجاع",
            "تكلفة الشحن",
            "استرداد المبلغ",
        ],
        unanswered: &["أسعار الجملة"],
    },
    Texts {
        locale: "pt-BR",
        share: 5,
        countries: &["BR"],
        feedback: &[
            "O CEP não é aceito no checkout",
            "A entrega demorou demais",
            "Adorei o bule, mas chegou arranhado",
        ],
        unhappy: &["Entrega lenta", "O reembolso está demorando"],
        happy: &["Entrega rápida e chá ótimo", "Atendimento excelente"],
        queries: &["rastrear pedido", "devolução", "frete", "reembolso"],
        unanswered: &["preço de atacado"],
    },
    Texts {
        locale: "ru",
        share: 5,
        countries: &["RU", "KZ"],
        feedback: &[
            "Почтовый индекс не принимается",
            "Доставка заняла три недели",
            "Чайник прекрасный, спасибо",
        ],
        unhappy: &["Доставка слишком медленная", "Кружка пришла разбитой"],
        happy: &[
            "Быстрая доставка и отличный чай",
            "Поддержка помогла за минуты",
        ],
        queries: &[
            "отследить заказ",
            "возврат",
            "стоимость доставки",
            "возврат денег",
        ],
        unanswered: &["оптовые цены"],
    },
    Texts {
        locale: "th",
        share: 3,
        countries: &["TH"],
        feedback: &["รหัสไปรษณีย์ใช้ไม่ได้", "การจัดส่งช้ามาก", "ชอบกาน้ำชามาก"],
        unhappy: &["ส่งของช้า", "แก้วแตกตอนได้รับ"],
        happy: &["ส่งไวและแพ็คดี", "ชาอร่อยมาก"],
        queries: &["ติดตามคำสั่งซื้อ", "การคืนสินค้า", "ค่าจัดส่ง"],
        unanswered: &["ราคาขายส่ง"],
    },
];
