# The editorial workspace's interface texts, in Spanish (es), translated from
# `locales/en/workspace.ftl`: page titles, notices, labels and the problems and refusals its
# handlers tell. Every message named in the `workspace_key` list of
# `crates/render/src/messages.rs` is here, with the same ids as the English file. The
# workspace's page templates keep their own text,
# except the translation work's (the last section here).

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
