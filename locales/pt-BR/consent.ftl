# Vox consent banner: Portuguese (Brazil).

## First layer
consent-title = Suas escolhas de privacidade
consent-body = Usamos cookies e tecnologias semelhantes para o funcionamento desta loja. Com a sua permissão, também os usamos para lembrar suas preferências, medir as visitas e mostrar anúncios relevantes para você. Você pode mudar de ideia a qualquer momento.
consent-body-opt-out = Usamos cookies e tecnologias semelhantes para o funcionamento desta loja, para lembrar suas preferências, medir as visitas e mostrar anúncios relevantes para você. Você pode recusar a venda ou o compartilhamento das suas informações pessoais a qualquer momento.
consent-body-notice = Usamos cookies e tecnologias semelhantes para o funcionamento desta loja e para medir as visitas.
consent-accept-all = Aceitar todos
consent-reject-all = Rejeitar todos
consent-opt-out = Não vender nem compartilhar minhas informações pessoais
consent-customize = Personalizar
consent-ok = OK
consent-policy = Política de privacidade

## Preferences
consent-preferences-title = Preferências de privacidade
consent-preferences-intro = Escolha o que você permite. Os cookies necessários ficam sempre ativos: sem eles, a loja não funciona.
consent-save = Salvar minhas escolhas
consent-close = Fechar
consent-always-on = Sempre ativos
consent-gpc = Seu navegador enviou um sinal Global Privacy Control, por isso a venda e o compartilhamento dos seus dados (marketing) estão desativados. Você ainda pode alterar isso aqui.

## Categories
consent-category-necessary = Necessários
consent-category-necessary-description = Mantêm a loja funcionando: seu carrinho, a segurança e esta escolha de privacidade.
consent-category-functional = Funcionais
consent-category-functional-description = Lembram suas preferências e nos permitem responder a você, por exemplo, no e-mail informado em uma mensagem de opinião.
consent-category-analytics = Análise
consent-category-analytics-description = Contam as visitas e mostram como a loja é usada, para que possamos melhorá-la.
consent-category-marketing = Marketing
consent-category-marketing-description = Mostram anúncios relevantes para você e medem o desempenho deles, neste site e em outros.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } serviço
       *[other] { $count } serviços
    }
consent-service-provider = Provedor: { $provider }
consent-service-cookies = Cookies: { $cookies }
consent-service-privacy = Política de privacidade de { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Escolhas de privacidade

## Placeholder for blocked embedded content
consent-placeholder = Este conteúdo é fornecido por { $service }, que pode definir cookies e coletar dados.
consent-placeholder-load = Carregar este conteúdo
