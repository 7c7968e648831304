# The editorial workspace's interface texts, in Spanish (es): the translation of
# `locales/en/workspace.ftl`, with the same message ids in the same order: its pages, the
# notices, labels and the problems and refusals its handlers tell.

## Refusals and unreadable forms

# $reason: why the account may not do it (from the rights check).
admin-refused-glossary = Glosario: { $reason }.
admin-refused-audit-log = Registro de auditoría: { $reason }.
admin-refused-organization = Organización: { $reason }.
# $reason: what the form reader could not understand.
admin-form-unreadable = no se puede leer el formulario: { $reason }

## Workflow states

admin-status-draft = Borrador
admin-status-in-review = En revisión
admin-status-scheduled = Programado
admin-status-published = Publicado
admin-status-unpublished = Retirado
admin-status-archived = Archivado

## Login

admin-login-title = Iniciar sesión
admin-login-logged-out = Ha cerrado la sesión.
admin-login-no-account = Este sitio aún no tiene ninguna cuenta. Cree la primera en el servidor y luego inicie sesión aquí:
admin-login-expired = Su sesión ha finalizado; vuelva a iniciar sesión.
admin-login-form-expired = El formulario de inicio de sesión ha caducado o no se ha enviado desde este sitio. Vuelva a cargar la página e inténtelo de nuevo.
admin-login-missing = Introduzca su correo electrónico y su contraseña.
admin-login-email-too-long = Esta dirección de correo electrónico es demasiado larga.
# $minutes: how long to wait before trying again.
admin-login-throttled-account =
    Demasiados intentos fallidos de inicio de sesión en esta cuenta. Inténtelo de nuevo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
admin-login-throttled-address =
    Demasiados intentos fallidos de inicio de sesión desde su dirección IP. Inténtelo de nuevo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
admin-login-refused = El correo electrónico o la contraseña no son correctos.

## Dashboard and audit log

admin-dashboard-title = Contenidos
# $structures: the names of the structures a press officer writes for, comma-separated.
admin-dashboard-scope-structures = Contenidos: { $structures }
admin-dashboard-scope-all = Todos los contenidos
admin-audit-title = Registro de auditoría

## Items

admin-item-new = Nuevo contenido
admin-item-not-found = Este contenido no existe.
# $reason: the refused right.
admin-item-not-allowed = No está permitido: { $reason }.
# $reason: why the workflow cannot make this move.
admin-item-not-possible = No es posible: { $reason }.
admin-item-changed-since = Otra persona ha modificado este contenido desde que lo abrió. Vuelva a cargar la página e inténtelo de nuevo.
# $value: what the form held.
admin-translation-not-an-item = traducción de: «{ $value }» no es un número de contenido
# $id: the item number.
admin-translation-no-such-item = traducción de: no existe el contenido { $id }
admin-translation-same-language = traducción de: el contenido { $id } ya está en este idioma
admin-transition-unknown = transición desconocida «{ $value }» (submit, withdraw, schedule, publish, unpublish, archive)
# $reason: what is wrong with the time.
admin-schedule-problem = programación: { $reason }
admin-schedule-in-past = programación: esa hora ya ha pasado; publique ahora
# $id: the item number; $revision: the revision asked for.
admin-revision-not-found = El contenido { $id } no tiene la versión { $revision }.
admin-revision-title = Versión { $revision }
admin-restore-which = restaurar: ¿qué versión? («from»)
# $expires: the date and time the link stops working; $link: the link.
admin-preview-link = Enlace de vista previa, válido hasta { $expires } (cualquier persona que lo tenga puede leer el contenido): { $link }
# $max: the most days a link may last.
admin-preview-days = días: un número del 1 al { $max }
admin-conflict-someone = Alguien

## Item form problems

# $field: the field's name; $problem: what is wrong with it.
admin-form-problem = { $field }: { $problem }
admin-form-not-a-date-time = «{ $value }» no es una fecha y hora válida (AAAA-MM-DDTHH:MM)
# $field: the form field; $value: what it held.
admin-form-invalid-value = { $field }: «{ $value }» no es un valor válido
admin-form-no-revision = el formulario no tiene una versión válida: vuelva a cargar la página
admin-form-field-date-time = fecha y hora
admin-form-field-embargo = embargo
admin-form-field-body = texto

## Item fields (the differences between versions, and the pickers)

admin-field-type = Tipo
admin-field-language = Idioma
admin-field-title = Título
admin-field-summary = Resumen
admin-field-body = Texto
admin-field-place = Lugar
admin-field-time-zone = Zona horaria
admin-field-date = Fecha
admin-field-status = Estado
admin-field-sources = Fuentes
admin-field-fields-of-work = Ámbitos de trabajo
admin-field-countries = Países
admin-field-meeting-series = Series de reuniones
# $name: a structure that has closed.
admin-source-closed = { $name } (estructura cerrada)

## Workflow moves

admin-transition-submit = Enviar a revisión
admin-transition-withdraw = Devolver a borrador
admin-transition-schedule = Programar
admin-transition-publish = Publicar ahora
admin-transition-unpublish = Retirar de la web
admin-transition-archive = Archivar

## Glossary

admin-glossary-title = Glosario
# Where an abbreviation comes from, when the site definition holds it.
admin-glossary-from-site = definición del sitio
# $abbr: the abbreviation.
admin-glossary-already-stored = { $abbr } ya figura en el glosario de este idioma; para modificarla, elimínela primero
# $value: the language code the form held.
admin-glossary-no-such-language = «{ $value }» no es un idioma del sitio
admin-glossary-abbr-shape = la abreviatura debe ser una sola palabra de 1 a 20 caracteres
admin-glossary-abbr-letter = la abreviatura debe contener al menos una letra
admin-glossary-expansion-length = la forma desarrollada debe tener de 1 a 200 caracteres
# $abbr: the abbreviation; $expansion: the site definition's expansion of it.
admin-glossary-in-site = la definición del sitio ya incluye { $abbr }: «{ $expansion }»
# $abbr: the abbreviation; $language: the language code.
admin-glossary-not-stored = No hay ninguna abreviatura { $abbr } guardada en «{ $language }».

## Organization

admin-site-title = Organización
# $field: the date's name in the form.
admin-site-date-needed = { $field }: falta la fecha
admin-site-name-empty = el nombre está vacío
admin-site-no-address-name = no se puede generar un nombre en la URL a partir de este nombre (no contiene letras latinas o cirílicas ni dígitos): indique uno
admin-site-unreadable-change = (un cambio que esta versión del programa no puede leer)
# $slug: the structure's address name, as asked for.
admin-site-no-such-structure = No existe la estructura «{ $slug }».
admin-site-busy = otros administradores están modificando la organización al mismo tiempo; inténtelo de nuevo
# $value: what the form held.
admin-site-bad-taxonomy = «{ $value }» no es una taxonomía a la que se puedan añadir elementos (field-of-work, meeting)
admin-site-form-incomplete = el formulario está incompleto
admin-site-bad-kind = «{ $value }» no es un tipo de estructura
admin-site-bad-action = Una estructura se puede renombrar, cerrar o reabrir, pero no «{ $value }».
admin-site-not-a-year = «{ $value }» no es un año
admin-site-field-opened-on = fecha de apertura
admin-site-field-from = desde
admin-site-field-last-day = último día
admin-site-field-address-name = nombre en la URL
admin-site-field-parent = estructura superior
admin-site-field-country = país

## Translations: the "Translate" form, a translation's original, the dashboard's lists

admin-translate-heading = Traducir
admin-translate-intro = Crear un borrador de este contenido en otro idioma. Conserva el tipo, las fuentes, los ámbitos de actividad, los países, las series de reuniones, el lugar, la zona horaria y la fecha del contenido, y parte de su título, su resumen y su texto, para traducirlos.
admin-translate-language = Idioma de la traducción
admin-translate-button = Traducir
admin-translate-every-language = Este contenido ya existe en todos los idiomas del sitio.
admin-translate-choose = traducir: elija el idioma de la traducción
# $value: what the form held.
admin-translate-not-a-language = traducir: «{ $value }» no es un idioma del sitio
# $language: the language's name; $id: the number of the version in it.
admin-translate-language-taken = traducir: este contenido ya existe en { $language } (contenido { $id })
admin-translate-language-taken-elsewhere = traducir: este contenido ya existe en { $language }, en una versión que usted no puede abrir
admin-translate-original-changed = Otra persona ha modificado este contenido mientras se creaba la traducción. Vuelva a cargar la página e inténtelo de nuevo.
# $id: the original's item number; $revision: the original's revision the translation matches.
admin-translation-source = Traducción del contenido { $id }, conforme a la versión { $revision } del original.
# $current: the original's revision now.
admin-translation-outdated = El original se ha modificado desde entonces: ahora está en la versión { $current }.
admin-translation-see-changes = Ver los cambios del original
admin-translation-mark = Marcar como actualizada
admin-translation-mark-hint = Hágalo cuando la traducción diga lo que dice ahora el original: guardar la traducción no basta.
admin-translation-mark-which = actualizar: ¿qué versión del original? («original_revision»)
# $current: the original's revision now.
admin-translation-mark-stale = El original se ha vuelto a modificar (ahora está en la versión { $current }). Revise los cambios antes de marcar la traducción como actualizada.
# $id: the item number.
admin-translation-not-tracked = El contenido { $id } no se creó con «Traducir»: no hay ninguna versión de un original con la que compararlo.
# $revision: the original's revision the translation matches.
admin-original-changes-title = Cambios del original desde la versión { $revision }
# $id: the original's item number; $from: the revision the translation matches; $to: the current one.
admin-original-changes-lead = Lo que ha cambiado en el original, el contenido { $id }, desde la versión { $from }, a la que corresponde esta traducción, hasta su versión actual { $to }. Las palabras suprimidas aparecen tachadas y las añadidas, subrayadas.
# $revision: the original's revision the translation matches.
admin-original-changes-none = El original dice lo mismo que en la versión { $revision }.
admin-original-changes-back = Volver a la traducción
admin-changes-field = Campo
admin-changes-changes = Cambios
admin-dashboard-outdated-heading = Traducciones por actualizar
admin-dashboard-outdated-intro = El original de cada una de estas traducciones se ha modificado después de la versión a la que corresponde la traducción.
admin-dashboard-outdated-none = Todas las traducciones creadas aquí están al día con respecto a su original.
admin-dashboard-outdated-translation = Traducción
admin-dashboard-outdated-original = Original
# $from: the original's revision the translation matches; $to: the original's revision now.
admin-dashboard-outdated-revisions = Cambios desde la versión { $from } (ahora { $to })
admin-dashboard-missing-heading = Traducciones pendientes
# $days: how far back the list looks.
admin-dashboard-missing-intro =
    Contenidos públicos { $days ->
        [one] del último día
       *[other] de los últimos { $days } días
    } que no existen en alguno de los idiomas de la interfaz del sitio.
# $language: the language's name; $count: how many items have no version in it.
admin-dashboard-missing-count =
    { $language }: { $count ->
        [one] { $count } contenido sin versión
       *[other] { $count } contenidos sin versión
    }
admin-dashboard-missing-none = Todos los contenidos públicos de este periodo existen en cada idioma de la interfaz.
# $count: how many items the list shows.
admin-dashboard-missing-listed =
    { $count ->
        [one] El más reciente:
       *[other] Los { $count } más recientes:
    }
admin-dashboard-missing-item = Contenido
admin-dashboard-missing-languages = Idiomas que faltan

## The frame of every page and its language picker

# The name of this file's language, in itself: the language picker lists it so.
admin-language-self = Español
admin-language-label = Idioma del espacio de redacción
admin-language-button = Cambiar de idioma
# $value: what the form held; $languages: the codes of the workspace's languages.
admin-language-unknown = «{ $value }» no es un idioma del espacio de redacción ({ $languages })
# $title: the page's title; $site: the site's name.
admin-page-title = { $title } | { $site }: espacio de redacción
admin-skip-link = Ir al contenido principal
admin-workspace-name = Espacio de redacción
admin-account-label = Cuenta
admin-public-site = Sitio público
admin-log-out = Cerrar sesión
admin-role-admin = Administrador
admin-role-editor = Editor
admin-role-press-officer = Responsable de prensa

## Refused requests and rights

admin-csrf-refused = el formulario ha caducado o no se envió desde este sitio; vuelva a cargar la página e inténtelo de nuevo
admin-cross-site-fetch = solicitud entre sitios rechazada: según el navegador, procede de otro sitio
admin-cross-site-origin = solicitud entre sitios rechazada: su encabezado Origin indica otro sitio
admin-cross-site-unreadable = solicitud entre sitios rechazada: su encabezado Origin no se puede leer
admin-refusal-not-your-item = este contenido pertenece a estructuras para las que usted no redacta
admin-refusal-may-not-publish = usted no puede publicar contenidos de estas estructuras
admin-refusal-admin-only = solo los administradores pueden hacerlo
# $source: the address name of a structure.
admin-refusal-not-your-source = usted no redacta para «{ $source }»: a un contenido solo se le pueden asignar fuentes para las que usted redacta
# $from, $to: the workflow states as codes ("in-review"); $from-state, $to-state: their
# names as the workspace shows them ("In review"); $transition: the move's code.
admin-refusal-not-from-state = un contenido en estado «{ $from-state }» no puede pasar al estado «{ $to-state }» ({ $transition })

## Login page

admin-login-email = Correo electrónico
admin-login-password = Contraseña

## Dashboard

admin-dashboard-no-items = Todavía no hay contenidos.
admin-dashboard-items-caption = Contenidos que puede editar, primero los modificados más recientemente
admin-public-page = página pública
# After "public page", for screen readers. $title: the item's title.
admin-public-page-of = de «{ $title }»

## Audit log

admin-audit-lead = Todos los cambios, del más reciente al más antiguo. El registro no se puede modificar.
admin-audit-caption = Registro de auditoría, primero las entradas más recientes
admin-when-utc = Fecha y hora (UTC)
admin-when = Fecha y hora
admin-who = Quién
# The address a change was made from.
admin-audit-address = Origen
admin-audit-action = Acción
admin-audit-subject = Objeto
admin-audit-detail = Detalles
admin-audit-older = Entradas anteriores

## Item page

# $id: the item number; $revision: its revision; $status: its workflow state.
admin-item-kicker = Contenido { $id } · versión { $revision } · { $status }
# $id: the item number.
admin-item-link = Contenido { $id }
admin-item-public-link = Ver en el sitio público
admin-item-translations = Traducciones:
admin-item-not-saved = El contenido no se ha guardado:
admin-item-translation-of-label = Traducción del contenido (su número; opcional)
admin-item-time-zone-label = Zona horaria del lugar
admin-item-date-label = Fecha y hora (hora local del lugar)
admin-item-embargo-label = Embargo hasta (hora local del lugar; opcional)
admin-save = Guardar
admin-conflict-heading = Alguien ha guardado este contenido mientras usted lo editaba
# $author: who saved first; $revision: the revision they saved; $at: when.
admin-conflict-text = { $author } guardó la versión { $revision } el { $at }. Sus cambios están en el formulario de abajo y no se han guardado; aquí se muestra la versión guardada. Copie lo que necesite y vuelva a guardar.
admin-conflict-saved = Versión guardada:
admin-conflict-yours = Su versión:
admin-workflow-heading = Flujo de trabajo
admin-workflow-publish-at = Publicar el (hora local del lugar)
admin-preview-heading = Enlace de vista previa
admin-preview-intro = Un enlace al contenido tal como lo mostrará su página pública, para que un periodista pueda leerlo antes de su publicación. Cualquier persona que tenga el enlace puede leerlo hasta que caduque.
admin-preview-days-label = Válido durante (días, de 1 a 30)
admin-preview-button = Crear un enlace de vista previa
admin-history-heading = Historial
admin-history-caption = Versiones, de la más reciente a la más antigua
admin-history-revision = Versión
admin-history-saved-by = Guardada por
# $revision: the item's current revision.
admin-history-current = { $revision } (actual)
# The author of a revision made by an import.
admin-history-import = (importación)

## The fields named in the item form's problems

admin-form-field-title = título
admin-form-field-summary = resumen
admin-form-field-place = lugar
admin-form-field-type = tipo
admin-form-field-language = idioma
admin-form-field-time-zone = zona horaria
admin-form-field-sources = fuentes
admin-form-field-fields-of-work = ámbitos de trabajo
admin-form-field-countries = países
admin-form-field-meetings = series de reuniones
admin-form-field-embargo-until = fin del embargo
admin-problem-title-required = el título es obligatorio
admin-problem-source-required = se necesita al menos una fuente
admin-problem-embargo-before = el embargo termina antes de la hora de publicación: déjelo vacío

## Revision page

# $revision: the revision shown; $current: the item's current revision.
admin-revision-of = versión { $revision } de { $current }
# $author: who saved the revision; $at: when. Followed by the two marks below.
admin-revision-lead = Guardada por { $author } el { $at }. A continuación, lo que ha cambiado desde esta versión hasta la actual:
admin-diff-removed = eliminado
admin-diff-added = añadido
admin-revision-same = Esta versión dice lo mismo que la actual.
# $revision: the revision shown.
admin-revision-caption = Cambios desde la versión { $revision } hasta la versión actual
admin-restore-button = Restaurar esta versión
admin-restore-note = Su texto y sus términos pasan a ser una nueva versión; el estado no cambia.

## Glossary page

admin-glossary-lead = Abreviaturas que se señalan en las páginas de los contenidos la primera vez que aparecen, por idioma. Las de la definición del sitio figuran primero y se modifican con ella; las demás se pueden añadir y eliminar aquí.
admin-glossary-abbr = Abreviatura
admin-glossary-expansion = Forma desarrollada
admin-glossary-add = Añadir
# $language: the language's name.
admin-glossary-caption = Abreviaturas: { $language }
# Where an abbreviation comes from.
admin-glossary-origin = Origen
# Followed by the abbreviation, for screen readers.
admin-glossary-remove = Eliminar
admin-actions = Acciones

## Organization and structure pages

admin-optional = (opcional)
admin-date-placeholder = AAAA-MM-DD
admin-date-hint = Las fechas se escriben AAAA-MM-DD, o AAAA-MM y AAAA cuando solo se conoce el mes o el año.
admin-site-lead = Las taxonomías y estructuras en las que se clasifican los contenidos. Lo que definen los archivos del sitio se modifica con ellos; lo que se añade o modifica aquí se conserva como historial más abajo y se aplica sobre ellos. Los contenidos antiguos conservan los nombres que tenían sus fuentes en su fecha.
admin-site-toc = En esta página
admin-site-not-made = Este cambio no se ha realizado:
admin-site-add-field-heading = Añadir un ámbito de trabajo
admin-site-add-field-button = Añadir el ámbito de trabajo
admin-site-add-meeting-heading = Añadir una serie de reuniones
admin-site-add-meeting-button = Añadir la serie de reuniones
admin-site-name = Nombre
admin-site-address-name = Nombre en la URL
admin-site-slug-hint = (opcional: se obtiene del nombre)
admin-site-names-legend = El nombre en los demás idiomas (opcional)
admin-site-other-languages = Otros idiomas
admin-site-structures = Estructuras
admin-site-structures-intro = Elija una estructura para cambiarle el nombre, cerrarla o reabrirla.
admin-site-structures-caption = Estructuras, cada una bajo su estructura superior
admin-site-kind = Tipo
admin-site-opened = Apertura
admin-site-closed = Cierre
admin-site-former-names = Denominaciones anteriores
admin-site-open-heading = Abrir una estructura
admin-site-structure-name-hint = (como en un menú: «Misión en Serbia»)
admin-site-source = Nombre como fuente
admin-site-source-hint = (opcional: el prefijo y el nombre)
admin-site-opened-on = Fecha de apertura
admin-site-part-of = Forma parte de
admin-site-no-parent = (ninguna: estructura de primer nivel)
admin-site-country = País
admin-site-country-hint = (de una operación sobre el terreno)
admin-site-none = (ninguno)
admin-site-sources-legend = Como fuente en los demás idiomas (opcional)
admin-site-open-button = Abrir la estructura
admin-site-chairs = Presidencias
admin-site-chairs-caption = El Estado participante que ostenta la Presidencia cada año
admin-site-year = Año
admin-site-chair = Presidencia
admin-site-this-year = este año
admin-site-chair-heading = Asignar la Presidencia de un año
admin-site-participating-state = Estado participante
admin-site-chair-button = Asignar la Presidencia
admin-site-history-none = Todavía no se ha hecho ningún cambio aquí: la organización es tal como la definen los archivos del sitio.
admin-site-history-caption = Cambios hechos aquí, del más reciente al más antiguo
admin-site-history-number = N.º
admin-site-change = Cambio
admin-site-not-applied = No aplicado:
# The changes of the history. $name: a name as given; $slug: an address name; $date: a
# date as written in the form (2027, 2027-01, 2027-01-01).
admin-change-add-field = se añadió el ámbito de trabajo «{ $name }» ({ $slug })
admin-change-add-meeting = se añadió la serie de reuniones «{ $name }» ({ $slug })
admin-change-open = se abrió «{ $name }» ({ $slug }) el { $date }
admin-change-rename = se cambió el nombre de { $slug } a «{ $name }» a partir del { $date }
admin-change-close = se cerró { $slug } el { $date }
admin-change-reopen = se reabrió { $slug }
# $year: the year; $country: the country's address name.
admin-change-chair = se asignó la Presidencia de { $year } a { $country }
# $date: the day the structure opened.
admin-structure-opened = apertura: { $date }
admin-structure-opened-unknown = apertura: fecha desconocida
# $date: the structure's last day.
admin-structure-closed = cierre: { $date }
admin-structure-names = Denominaciones
# $name: the structure's name.
admin-structure-names-caption = Las denominaciones de { $name }, de la más antigua a la más reciente
# The day a name took effect.
admin-structure-from = Desde
admin-structure-rename = Cambiar el nombre
admin-structure-rename-intro = Los contenidos con fecha anterior al nuevo nombre conservan el nombre con el que se publicaron.
admin-structure-new-name = Nuevo nombre
admin-structure-parts = Componentes
admin-structure-part-closed = (cerrada)
admin-structure-close = Cerrar
admin-structure-close-intro = Una estructura cerrada desaparece de los menús y figura entre las cerradas; sus contenidos se mantienen, con su fuente marcada como «(estructura cerrada)».
admin-structure-last-day = Último día
admin-structure-close-button = Cerrar la estructura
admin-structure-reopen = Reabrir
# $date: the structure's last day, which reopening takes back.
admin-structure-reopen-intro = Anula el cierre del { $date }.
admin-structure-reopen-button = Reabrir la estructura
admin-structure-history = Cambios hechos aquí
admin-structure-not-applied = no aplicado:

admin-item-pictures-heading = Imágenes
admin-item-pictures-save-first = Guarde el contenido para añadirle imágenes.
admin-item-lead-current = La imagen principal (número { $id }), que se muestra sobre el texto y en las fichas del contenido.
admin-item-lead-none = El contenido no tiene imagen principal.
admin-item-lead-remove = Quitar la imagen principal
admin-item-lead-choose-heading = Elegir una imagen de la mediateca
admin-item-lead-recent = Imágenes recientes
admin-item-lead-recent-none = (ninguna elegida)
admin-item-lead-number = O su número en la mediateca
admin-item-lead-use = Usar como imagen principal
admin-item-lead-which = Elija una imagen o indique su número en la mediateca.
admin-item-lead-not-found = No hay ninguna imagen { $id } en la mediateca.
admin-item-library-link = Abrir la mediateca
admin-item-upload-heading = Subir una imagen nueva
admin-item-upload-place = Dónde va la imagen
admin-item-upload-as-lead = Como imagen principal
admin-item-upload-in-body = Al final del texto, con su pie de foto y su crédito (una nueva revisión)
admin-media-title = Mediateca
admin-media-intro = Imágenes para los contenidos, las más recientes primero. Una imagen solo es pública mientras lo sea un contenido que la muestra.
admin-media-upload-heading = Subir una imagen
admin-media-file = Imagen (JPEG, PNG o WebP, hasta 20 MB)
admin-media-texts-language = Escriba los textos en este idioma: { $language }.
admin-media-alt = Texto alternativo (obligatorio)
admin-media-alt-hint = Lo que muestra la imagen, para quienes no pueden verla: una o dos frases, sin «imagen de».
admin-media-caption = Pie de foto
admin-media-credit = Crédito (fotógrafo, agencia)
admin-media-focal = Punto focal
admin-media-focal-hint = La parte de la imagen que se mantiene visible al recortarla, en porcentaje de su anchura y altura (50 y 50: el centro).
admin-media-focal-x = Desde la izquierda (%)
admin-media-focal-y = Desde arriba (%)
admin-media-upload-button = Subir
admin-media-library-heading = Imágenes de la mediateca
admin-media-search-label = Buscar en los textos alternativos, pies de foto y créditos
admin-media-search-button = Buscar
admin-media-count =
    { $count ->
        [0] Ninguna imagen
        [one] Una imagen
       *[other] { $count } imágenes
    }
admin-media-table-caption = Las imágenes de la mediateca, las más recientes primero
admin-media-col-picture = Imagen
admin-media-col-number = Número
admin-media-col-texts = Textos
admin-media-col-uploaded = Subida (UTC)
admin-media-col-html = HTML para un texto
admin-media-snippet = HTML de la imagen { $id }, para pegar en un texto con el botón HTML del editor
admin-media-size = { $width } × { $height } píxeles, { $format }
admin-media-pages = Páginas de la mediateca
admin-media-newer = Imágenes más recientes
admin-media-older = Imágenes más antiguas
admin-media-added = La imagen { $id } se ha añadido a la mediateca.
admin-media-already = Esta imagen ya estaba en la mediateca, como imagen { $id }: se han conservado sus textos.
admin-media-not-added = La imagen no se ha añadido:
admin-media-field-file = imagen
admin-media-field-alt = texto alternativo
admin-media-field-caption = pie de foto
admin-media-field-credit = crédito
admin-media-no-file = elija una imagen que subir (el archivo enviado está vacío)
admin-media-alt-required = es obligatorio: describa lo que muestra la imagen, para quienes no pueden verla
admin-media-too-long = tiene { $length } caracteres; el máximo admitido es { $max }
admin-media-focal-range = cada valor es un número de 0 a 100
admin-media-file-too-large = el archivo ocupa { $size }; el máximo admitido es { $max }
admin-media-not-a-picture = el archivo no es una imagen JPEG, PNG o WebP (parece: { $looks-like })
admin-media-too-many-pixels = la imagen tiene { $width } × { $height } píxeles; el máximo admitido es { $max } megapíxeles
admin-media-side-too-long = la imagen tiene { $width } × { $height } píxeles; el lado más largo admitido es de { $max } píxeles
admin-media-unreadable = la imagen no se puede leer (dañada, cortada o de un tipo no admitido): { $reason }
admin-media-upload-too-large = El envío supera lo que el sitio admite: imágenes de hasta 20 MB.
admin-media-upload-unreadable = No se pudo leer el envío: vuelva a enviarlo desde el formulario.
admin-media-file-not-found = Ese archivo no existe en la mediateca.
# Attachments
admin-item-attachments-heading = Documentos y enlaces
admin-item-attachments-intro = Se muestran bajo el texto del elemento, en este orden. El archivo de un documento es público solo mientras lo sea un elemento que lo incluye.
admin-item-attachments-none = El elemento no incluye documentos ni enlaces.
admin-item-attachments-caption = Los documentos y enlaces del elemento, en su orden
admin-attachment-col-title = Título
admin-attachment-col-kind = Tipo
admin-attachment-col-language = Idioma
admin-attachment-col-order = Orden y retirada
admin-attachment-up = Subir
admin-attachment-down = Bajar
admin-attachment-remove = Retirar
admin-document-heading = Subir un documento
admin-document-file = Documento (PDF, ODT, ODS, ODP, DOCX, XLSX o PPTX, hasta 50 MB)
admin-attachment-title = Título (obligatorio)
admin-attachment-language = Su idioma
admin-document-button = Subir e incluir
admin-link-heading = Añadir un enlace
admin-link-url = Dirección (https://…)
admin-link-button = Añadir el enlace
admin-gallery-heading = Imágenes adjuntas
admin-gallery-intro = Se muestran bajo el texto como una pequeña galería; cada una lleva a la imagen en su tamaño mayor.
admin-gallery-none = No hay ninguna imagen adjunta.
admin-gallery-caption = Las imágenes adjuntas al elemento, en su orden
admin-gallery-number = Número de una imagen de la mediateca
admin-gallery-button = Adjuntar la imagen
admin-attachment-not-done = No se hizo el cambio:
admin-attachment-field-file = documento
admin-attachment-field-title = título
admin-attachment-field-address = dirección
admin-attachment-field-language = idioma
admin-attachment-field-picture = imagen
admin-attachment-required = es obligatorio
admin-attachment-control = contiene caracteres de control
admin-attachment-language-unknown = «{ $value }» no es un idioma del sitio
admin-attachment-full = el elemento ya tiene { $max }: retire uno primero
admin-document-no-file = elija un documento para subir (el archivo enviado está vacío)
admin-document-not-accepted = el archivo no es un documento PDF, OpenDocument (ODT, ODS, ODP) u Office (DOCX, XLSX, PPTX) (parece { $looks-like })
admin-document-macros = el documento contiene macros: guárdelo sin ellas (como DOCX, XLSX, PPTX o en un formato OpenDocument)
admin-document-damaged = el documento no se puede leer: está dañado o cortado
admin-document-upload-too-large = El envío es mayor de lo que el sitio acepta: documentos de hasta 50 MB.
admin-link-characters = contiene espacios, caracteres de control, caracteres invisibles o barras invertidas
admin-link-not-http = indique una dirección completa que empiece por https:// o http://
admin-link-no-host = no nombra ningún sitio después de https://
admin-link-credentials = no debe contener un nombre de usuario ni una contraseña
admin-link-bad-host = el nombre del sitio que contiene no es válido
admin-gallery-which = indique el número de una imagen de la mediateca
admin-attachment-action-unknown = Elija qué hacer: subir, bajar o retirar.
admin-attachment-not-found = El elemento no incluye este documento, enlace o imagen.

# Introductions
admin-intro-heading = Presentación
admin-intro-title = Presentación de «{ $name }»
admin-intro-lead = Lo que la página pública dice de esta entrada. Una página muestra la descripción solo en su propio idioma; los datos de contacto de una estructura se muestran en el idioma predeterminado cuando el idioma de la página no los da. Texto sin formato: separe los párrafos con una línea en blanco (4000 caracteres como máximo).
admin-intro-language = Idioma
admin-intro-show = Mostrar
# $languages: the codes of the languages that have one ("en, ru").
admin-intro-written-in = Redactada en: { $languages }
admin-intro-none-yet = Todavía no hay una presentación en este idioma.
admin-intro-description = Descripción
admin-intro-contacts = Dirección del cargo, domicilio y contacto
admin-intro-head-title = Titular: título del cargo
admin-intro-head-name = Titular: nombre
admin-intro-address = Dirección postal (una línea por línea)
admin-intro-phone = Teléfono
admin-intro-email = Correo electrónico
admin-intro-web = Sitio web (http o https)
admin-intro-press = Contacto de prensa (una oficina o un cargo, no una persona)
admin-intro-press-name = Oficina o cargo
admin-intro-save = Guardar la presentación
admin-intro-remove = Eliminar la presentación en este idioma
admin-intro-edit = Editar
admin-intro-countries = Presentaciones de los países
admin-intro-countries-lead = Elija un país para redactar o cambiar su presentación.
admin-intro-no-such = No hay nada que presentar en «{ $slug }».
admin-intro-not-a-language = «{ $value }» no es un idioma del sitio.
admin-change-set-intro = establecida la presentación de { $slug } en { $language }
admin-change-clear-intro = eliminada la presentación de { $slug } en { $language }
