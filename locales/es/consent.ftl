# Vox consent banner: Spanish.

## First layer
consent-title = Sus opciones de privacidad
consent-body = Usamos cookies y tecnologías similares para el funcionamiento de esta tienda. Con su permiso, también las usamos para recordar sus preferencias, medir las visitas y mostrarle anuncios relevantes. Puede cambiar de opinión en cualquier momento.
consent-body-opt-out = Usamos cookies y tecnologías similares para el funcionamiento de esta tienda, para recordar sus preferencias, medir las visitas y mostrarle anuncios relevantes. Puede oponerse en cualquier momento a que vendamos o compartamos su información personal.
consent-body-notice = Usamos cookies y tecnologías similares para el funcionamiento de esta tienda y para medir las visitas.
consent-accept-all = Aceptar todo
consent-reject-all = Rechazar todo
consent-opt-out = No vender ni compartir mi información personal
consent-customize = Personalizar
consent-ok = Entendido
consent-policy = Política de privacidad

## Preferences
consent-preferences-title = Preferencias de privacidad
consent-preferences-intro = Elija qué permite. Las cookies necesarias están siempre activas: la tienda no puede funcionar sin ellas.
consent-save = Guardar mi selección
consent-close = Cerrar
consent-always-on = Siempre activas
consent-gpc = Su navegador ha enviado una señal de Global Privacy Control, por lo que la venta y el intercambio de sus datos (marketing) están desactivados. Aun así, puede cambiarlo aquí.

## Categories
consent-category-necessary = Necesarias
consent-category-necessary-description = Mantienen la tienda en funcionamiento: su carrito, la seguridad y esta elección de privacidad.
consent-category-functional = Funcionales
consent-category-functional-description = Recuerdan sus preferencias y nos permiten responderle, por ejemplo, a la dirección de correo electrónico que indique en un comentario.
consent-category-analytics = Analíticas
consent-category-analytics-description = Cuentan las visitas y muestran cómo se usa la tienda, para que podamos mejorarla.
consent-category-marketing = Marketing
consent-category-marketing-description = Le muestran anuncios relevantes y miden su eficacia, en este sitio y en otros.

## Services listed under a category
consent-services =
    { $count ->
        [one] { $count } servicio
       *[other] { $count } servicios
    }
consent-service-provider = Proveedor: { $provider }
consent-service-cookies = Cookies: { $cookies }
consent-service-privacy = Política de privacidad de { $service }

## Floating button to reopen the preferences
consent-privacy-choices = Opciones de privacidad

## Placeholder for blocked embedded content
consent-placeholder = Este contenido lo proporciona { $service }, que puede instalar cookies y recopilar datos.
consent-placeholder-load = Cargar este contenido
