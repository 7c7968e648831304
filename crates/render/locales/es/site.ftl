# The public site's interface texts, in Spanish (es), translated from `locales/en/site.ftl`:
# headings, introductions, labels, help and error messages of the public pages. Every message
# named in `crates/render/src/messages.rs` is here, with the same ids as the English file.
# Texts that name the organization or its bodies are not here: they come from the site definition.

## Home page

home-title = Inicio
# $country: the country holding the chairpersonship; $organization: the organization's short name.
home-chairpersonship = { $country } ostenta la Presidencia de la { $organization } en { $year }.
chair-badge = { $country } – Presidencia de la { $organization } en { $year }

## Newsroom and search

newsroom-title = Sala de prensa
newsroom-intro = Comunicados de prensa, noticias, declaraciones y discursos, empezando por los más recientes.
newsroom-list-heading = Lo más reciente
search-title = Búsqueda
search-heading-words = Búsqueda: { $words }
search-intro = Busque comunicados de prensa, noticias, declaraciones y discursos.
search-list-heading = Resultados
search-too-long =
    la búsqueda admite como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }
search-bad-sort = el orden debe ser relevance, newest u oldest, no «{ $value }»
search-not-understood = no se ha podido interpretar la búsqueda: { $reason }
sort-relevance = Más pertinentes
sort-newest = Más recientes primero
sort-oldest = Más antiguos primero
search-help-did-you-mean = ¿Quiso decir «{ $words }»?
search-help-without-filters = Buscar «{ $words }» en todos los contenidos, sin filtros
search-help-any-word = Contenidos con alguna de estas palabras: { $words }
search-help-spelling = Compruebe la ortografía o pruebe con menos palabras o con términos más generales

## Listings

listing-items-heading = Contenidos
# $pages: how many pages the listing has; $page: the page asked for.
listing-no-such-page =
    Este listado tiene { $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    } de resultados; la página { $page } no existe.
# A chip of an active filter: the facet's heading and the value.
active-filter = { $dimension }: { $value }

## Facet headings, by the key of the dimension

facet-type = Tipo
facet-language = Idioma
facet-field_of_work = Ámbito de trabajo
facet-country = País
facet-source = Fuente
facet-meeting = Serie de reuniones
facet-year = Año

## Feeds and sitemaps

feed-title = Sala de prensa de la { $organization }
feed-title-filtered = Sala de prensa de la { $organization }: { $filters }
feed-unknown-filter = «{ $key }» no es un filtro válido para los canales (admiten { $filters })
feed-no-host = la solicitud no tiene un encabezado Host válido, necesario para las direcciones de los canales y los mapas del sitio
sitemap-no-such-part = No existe la parte «{ $part }» del mapa del sitio (partes: pages, items-1, items-2, …).

## Items and preview links

no-such-item = No existe el contenido «{ $id }».
item-gone = No hay ningún contenido en esta dirección. Es posible que se haya retirado o que el enlace contenga un error.
preview-incomplete = Este enlace de vista previa está incompleto. Solicite uno nuevo a la oficina de prensa.
preview-invalid = Este enlace de vista previa no es válido. Solicite uno nuevo a la oficina de prensa.
preview-expired = Este enlace de vista previa ha caducado. Solicite uno nuevo a la oficina de prensa.

## Text pages

no-such-page = Esta página no existe.
no-page-at-address = No hay ninguna página en esta dirección. Es posible que se haya trasladado o que el enlace contenga un error.
api-docs-title = API pública

## Fields of work, meetings, countries

no-such-field = No existe el ámbito de trabajo «{ $slug }».
no-such-meeting = No existe la serie de reuniones «{ $slug }».
no-such-country = No existe el país «{ $slug }».
no-such-country-group = No existe el grupo de países «{ $slug }».
fields-title = Ámbitos de trabajo
fields-intro = Los ámbitos en los que trabaja la Organización, cada uno con sus contenidos.
fields-list-heading = Todos los ámbitos de trabajo
field-kicker = Ámbito de trabajo
meetings-title = Reuniones y conferencias
meetings-intro = Las series de reuniones y conferencias, cada una con sus contenidos.
meetings-list-heading = Series de reuniones
meeting-kicker = Reuniones y conferencias
countries-title = Países
# Shown when the site definition has no introduction of its own.
countries-intro = Los países de la Organización.
countries-chairpersonship-note = Presidencia de la { $organization } en { $year }
country-kicker = País
country-group-kicker = Países
country-fact-group = Grupo
country-fact-dissolved = Disolución
country-fact-chairpersonship = Presidencia
country-group-members = Miembros ({ $count })
country-structures = Estructuras en este país

## Structures

no-such-structure = No existe la estructura «{ $slug }».
structures-title = Estructuras e instituciones
# Shown when the site definition has no introduction of its own.
structures-intro = Las estructuras e instituciones de la Organización y su historia.
structure-closed-name = { $name } (estructura cerrada)
structure-lifetime-span = { $opened } – { $closed }
structure-lifetime-since = desde { $opened }
structure-lifetime-closed = hasta { $closed }
structure-fact-kind = Tipo
structure-fact-part-of = Forma parte de
structure-fact-opened = Apertura
structure-fact-closed = Cierre
structure-fact-country = País
structure-fact-former-names = Denominaciones anteriores
structure-former-name-span = { $name } ({ $from } – { $until })
structure-former-name-until = { $name } (hasta { $until })
structure-parts = Componentes
structure-closed-parts = Componentes cerrados
structure-chairpersonships = Presidencias por año
structure-chairpersonship-entry = { $year } – { $country }
structure-chairpersonship-current = en ejercicio
structure-chairpersonship-designated = designada
structure-items-heading = { $name }: contenidos
structure-closed-heading = { $name }: componentes cerrados
structure-closed-intro = { $name }: componentes cerrados, del cierre más reciente al más antiguo, con sus fechas de apertura y cierre.
structure-closed-count = Componentes cerrados ({ $count })
structure-closed-note = { $lifetime }; denominaciones anteriores: { $names }

## Kinds of structure, by their code

structure-kind-chairpersonship = Presidencia
structure-kind-secretariat = Secretaría
structure-kind-unit = Unidad de la Secretaría
structure-kind-group = Grupo de estructuras
structure-kind-institution = Institución
structure-kind-field-operation = Operación sobre el terreno
structure-kind-parliamentary-assembly = Asamblea Parlamentaria
structure-kind-court = Corte

## Error pages

error-internal = Se ha producido un error en nuestro sistema. El error ha quedado registrado; inténtelo de nuevo más tarde.
error-heading-not-found = Página no encontrada
error-heading-refused = No se puede atender esta solicitud
error-heading-server = Se ha producido un error
error-refusal-fallback = No se puede atender la solicitud
error-panic-title = Error del servidor
error-panic-text = El error ha quedado registrado; inténtelo de nuevo más tarde.
error-panic-home = Página de inicio

## Every page: the header, the menus and the footer

skip-link = Ir al contenido principal
breadcrumbs-label = Usted está aquí
# Said after the site's name in the header, a link to the home page (not shown).
brand-home = , página de inicio
nav-main = Principal
nav-footer = Pie de página
search-form-label = Sitio
search-field-label = Buscar
search-button = Buscar
# The label of the list of the page's other languages.
languages-label = Idiomas

## Item pages

item-date = Fecha:
item-place = Lugar:
item-source = Fuente:
item-fields = Ámbitos de trabajo:
item-countries = Países:
item-meetings = Reuniones:
# The heading of the list of the item's translations.
item-translations = También disponible en
item-more-from = Más de { $source }
item-all-from = Todo de { $source }
item-related = Artículos relacionados
item-share = Compartir
item-share-copy = Copiar enlace
item-share-copied = Enlace copiado
item-share-email = Correo electrónico
item-share-email-subject = { $organization }: { $title }
item-address = Dirección de esta página:
item-press-contact = Contacto de prensa

## Listings and search

search-archive-label = Buscar en el archivo
search-order-label = Orden
search-hint = Deben aparecer todas las palabras; use "comillas" para buscar una frase exacta, OR para alternativas, -palabra para excluir una palabra, title:palabra para buscar en los títulos y una palabra terminada en * para encontrar todas las que empiezan así.
listing-none = No hay contenidos que coincidan.
# $first, $last: the numbers of the first and last items shown; $total: how many match.
listing-showing = Mostrando { $first }–{ $last } de { $total ->
        [one] { $total } contenido
       *[other] { $total } contenidos
    }
# A link that widens a listing from the page's language to every language.
listing-all-languages = Mostrar contenidos en todos los idiomas
language-suggest = Leer esta página en español
# A link that narrows a listing to the page's language; $language: its name.
listing-one-language = Mostrar solo contenidos en { $language }
feed-follow = Seguir esta lista mediante un canal Atom
active-filters = Filtros activos
remove-filter = (quitar filtro)
clear-filters = Quitar todos los filtros
suggestions = Sugerencias:
pagination = Páginas
pagination-previous = Anterior
pagination-next = Siguiente
refine = Refinar
# $count: how many more options are folded away.
facet-more = Más ({ $count })

## Home page (more)

home-latest = Novedades de la sala de prensa
# $count: how many items the newsroom has.
home-browse = Explorar la sala de prensa ({ $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    })

## Error pages (more)

# $status: the HTTP status code.
error-kicker = Error { $status }
error-perhaps = Quizá buscaba
error-home-button = Ir a la página de inicio
error-newsroom-button = Explorar la sala de prensa

## The API's documentation

openapi-document = Documento OpenAPI 3.1

## Listing controls: the menu button, the filter panel, dates, page size

menu-button = Menú
filter-button = Filtrar
facet-count = { $count ->
        [one] contenido
       *[other] contenidos
    }
listing-dates = Fecha
listing-date-from = Desde
listing-date-to = Hasta
listing-per-page = Contenidos por página
listing-apply = Aplicar
active-range = Fechas: { $from } – { $to }
active-range-from = Desde el { $from }
active-range-to = Hasta el { $to }
listing-bad-date = «{ $value }» no es una fecha: escríbala AAAA-MM-DD, p. ej. 2024-05-31 (un año, AAAA, o un mes, AAAA-MM, abarca todos sus días)
listing-bad-range = el intervalo de fechas empieza después de terminar ({ $from } es posterior a { $to })
listing-bad-per-page = per_page debe ser 10, 20 o 50, no «{ $value }»
listing-relevance-needs-words = solo una búsqueda puede ordenarse por pertinencia: indique palabras que buscar
picture-credit = Foto: { $credit }
media-not-found = No hay ningún archivo en esta dirección.
# Attachments
item-gallery = Imágenes
item-attachments = Documentos y enlaces
attachment-document = { $format }, { $size }
attachment-link = enlace a { $host }
attachment-size-kb = { $size } KB
attachment-size-mb = { $size } MB

# Introductions
# The block of a structure's page that tells who heads it, where it is and how to reach it.
contact-heading = Contacto
contact-phone = Teléfono
contact-email = Correo electrónico
contact-web = Sitio web
