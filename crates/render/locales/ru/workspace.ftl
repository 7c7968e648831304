# The editorial workspace's interface texts, in Russian (ru): the translation of
# `locales/en/workspace.ftl`, with the same message ids in the same order: its pages, the
# notices, labels and the problems and refusals its handlers tell.

## Refusals and unreadable forms

# $reason: why the account may not do it (from the rights check).
admin-refused-glossary = Глоссарий: { $reason }.
admin-refused-audit-log = Журнал аудита: { $reason }.
admin-refused-organization = Организация: { $reason }.
# $reason: what the form reader could not understand.
admin-form-unreadable = не удается прочитать форму: { $reason }

## Workflow states

admin-status-draft = Черновик
admin-status-in-review = На проверке
admin-status-scheduled = Запланировано
admin-status-published = Опубликовано
admin-status-unpublished = Снято с публикации
admin-status-archived = В архиве

## Login

admin-login-title = Вход
admin-login-logged-out = Вы вышли из системы.
admin-login-no-account = На сайте ещё нет ни одной учётной записи. Создайте первую на сервере, затем войдите здесь:
admin-login-expired = Сеанс завершен. Войдите снова.
admin-login-form-expired = Срок действия формы входа истек, или она отправлена не с этого сайта. Перезагрузите страницу и повторите попытку.
admin-login-missing = Введите адрес электронной почты и пароль.
admin-login-email-too-long = Слишком длинный адрес электронной почты.
# $minutes: how long to wait before trying again.
admin-login-throttled-account =
    Слишком много неудачных попыток входа в эту учетную запись. Повторите попытку через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }.
admin-login-throttled-address =
    Слишком много неудачных попыток входа с вашего IP-адреса. Повторите попытку через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }.
admin-login-refused = Неверный адрес электронной почты или пароль.

## Dashboard and audit log

admin-dashboard-title = Материалы
# $structures: the names of the structures a press officer writes for, comma-separated.
admin-dashboard-scope-structures = Материалы: { $structures }
admin-dashboard-scope-all = Все материалы
admin-audit-title = Журнал аудита

## Items

admin-item-new = Новый материал
admin-item-not-found = Такого материала нет.
# $reason: the refused right.
admin-item-not-allowed = Действие не разрешено: { $reason }.
# $reason: why the workflow cannot make this move.
admin-item-not-possible = Действие невозможно: { $reason }.
admin-item-changed-since = Кто-то изменил этот материал после того, как вы открыли страницу. Перезагрузите ее и повторите попытку.
# $value: what the form held.
admin-translation-not-an-item = перевод материала: «{ $value }» не является номером материала
# $id: the item number.
admin-translation-no-such-item = перевод материала: материал { $id } не найден
admin-translation-same-language = перевод материала: материал { $id } уже написан на этом языке
admin-transition-unknown = неизвестное действие «{ $value }» (submit, withdraw, schedule, publish, unpublish, archive)
# $reason: what is wrong with the time.
admin-schedule-problem = публикация по расписанию: { $reason }
admin-schedule-in-past = публикация по расписанию: это время уже прошло; опубликуйте материал сейчас
# $id: the item number; $revision: the revision asked for.
admin-revision-not-found = У материала { $id } нет версии { $revision }.
admin-revision-title = Версия { $revision }
admin-restore-which = восстановление: какую версию восстановить? («from»)
# $expires: the date and time the link stops working; $link: the link.
admin-preview-link = Ссылка для предварительного просмотра действует до { $expires } (по ней материал может прочитать любой): { $link }
# $max: the most days a link may last.
admin-preview-days = срок в днях: число от 1 до { $max }
admin-conflict-someone = Кто-то

## Item form problems

# $field: the field's name; $problem: what is wrong with it.
admin-form-problem = { $field }: { $problem }
admin-form-not-a-date-time = «{ $value }» не является датой и временем (ГГГГ-ММ-ДДTЧЧ:ММ)
# $field: the form field; $value: what it held.
admin-form-invalid-value = { $field }: недопустимое значение «{ $value }»
admin-form-no-revision = в форме нет действительного номера версии: перезагрузите страницу
admin-form-field-date-time = дата и время
admin-form-field-embargo = эмбарго
admin-form-field-body = текст

## Item fields (the differences between versions, and the pickers)

admin-field-type = Тип
admin-field-language = Язык
admin-field-title = Заголовок
admin-field-summary = Краткое содержание
admin-field-body = Текст
admin-field-place = Место
admin-field-time-zone = Часовой пояс
admin-field-date = Дата
admin-field-status = Статус
admin-field-sources = Источники
admin-field-fields-of-work = Направления деятельности
admin-field-countries = Страны
admin-field-meeting-series = Серии мероприятий
# $name: a structure that has closed.
admin-source-closed = { $name } (не действует)

## Workflow moves

admin-transition-submit = Отправить на проверку
admin-transition-withdraw = Вернуть в черновики
admin-transition-schedule = Запланировать
admin-transition-publish = Опубликовать сейчас
admin-transition-unpublish = Снять с публикации
admin-transition-archive = Перенести в архив

## Glossary

admin-glossary-title = Глоссарий
# Where an abbreviation comes from, when the site definition holds it.
admin-glossary-from-site = настройки сайта
# $abbr: the abbreviation.
admin-glossary-already-stored = { $abbr } уже есть в глоссарии этого языка; чтобы изменить сокращение, сначала удалите его
# $value: the language code the form held.
admin-glossary-no-such-language = «{ $value }» не является языком сайта
admin-glossary-abbr-shape = сокращение должно быть одним словом длиной от 1 до 20 символов
admin-glossary-abbr-letter = в сокращении должна быть хотя бы одна буква
admin-glossary-expansion-length = расшифровка должна содержать от 1 до 200 символов
# $abbr: the abbreviation; $expansion: the site definition's expansion of it.
admin-glossary-in-site = в настройках сайта уже есть { $abbr }: «{ $expansion }»
# $abbr: the abbreviation; $language: the language code.
admin-glossary-not-stored = Сохраненного сокращения { $abbr } для языка «{ $language }» нет.

## Organization

admin-site-title = Организация
# $field: the date's name in the form.
admin-site-date-needed = { $field }: нужно указать дату
admin-site-name-empty = название не указано
admin-site-no-address-name = из этого названия нельзя составить имя для адреса (в нем нет латинских или кириллических букв либо цифр): укажите его сами
admin-site-unreadable-change = (изменение, которое эта версия не может прочитать)
# $slug: the structure's address name, as asked for.
admin-site-no-such-structure = Структура «{ $slug }» не найдена.
admin-site-busy = организацию одновременно изменяют другие администраторы; повторите попытку
# $value: what the form held.
admin-site-bad-taxonomy = «{ $value }» не является таксономией, в которую можно добавлять записи (field-of-work, meeting)
admin-site-form-incomplete = форма заполнена не полностью
admin-site-bad-kind = «{ $value }» не является типом структуры
admin-site-bad-action = Структуру можно переименовать, закрыть или вновь открыть; действие «{ $value }» недопустимо.
admin-site-not-a-year = «{ $value }» не является годом
admin-site-field-opened-on = дата открытия
admin-site-field-from = дата начала
admin-site-field-last-day = последний день
admin-site-field-address-name = имя для адреса
admin-site-field-parent = вышестоящая структура
admin-site-field-country = страна

## Translations: the "Translate" form, a translation's original, the dashboard's lists

admin-translate-heading = Перевод
admin-translate-intro = Создать черновик этого материала на другом языке. Он сохраняет тип, источники, направления деятельности, страны, серии заседаний, место, часовой пояс и дату материала, а его заголовок, аннотация и текст служат исходным текстом для перевода.
admin-translate-language = Язык перевода
admin-translate-button = Перевести
admin-translate-every-language = Этот материал уже есть на всех языках сайта.
admin-translate-choose = перевод: выберите язык перевода
# $value: what the form held.
admin-translate-not-a-language = перевод: «{ $value }» не является языком сайта
# $language: the language's name; $id: the number of the version in it.
admin-translate-language-taken = перевод: этот материал уже есть на языке «{ $language }» (материал { $id })
admin-translate-language-taken-elsewhere = перевод: этот материал уже есть на языке «{ $language }», но эта версия вам недоступна
admin-translate-original-changed = Кто-то изменил этот материал, пока создавался перевод. Перезагрузите страницу и повторите попытку.
# $id: the original's item number; $revision: the original's revision the translation matches.
admin-translation-source = Перевод материала { $id }, соответствует версии { $revision } оригинала.
# $current: the original's revision now.
admin-translation-outdated = С тех пор оригинал изменился: сейчас это версия { $current }.
admin-translation-see-changes = Посмотреть изменения в оригинале
admin-translation-mark = Отметить как актуальный
admin-translation-mark-hint = Сделайте это, когда перевод будет передавать то, что говорится в оригинале сейчас: одного сохранения перевода для этого недостаточно.
admin-translation-mark-which = отметка актуальности: какая версия оригинала? («original_revision»)
# $current: the original's revision now.
admin-translation-mark-stale = Оригинал снова изменился (сейчас это версия { $current }). Просмотрите изменения, прежде чем отмечать перевод как актуальный.
# $id: the item number.
admin-translation-not-tracked = Материал { $id } создан не с помощью кнопки «Перевести»: нет версии оригинала, с которой его можно сравнить.
# $revision: the original's revision the translation matches.
admin-original-changes-title = Изменения в оригинале после версии { $revision }
# $id: the original's item number; $from: the revision the translation matches; $to: the current one.
admin-original-changes-lead = Что изменилось в оригинале (материал { $id }) с версии { $from }, которой соответствует этот перевод, до текущей версии { $to }. Удаленные слова зачеркнуты, добавленные подчеркнуты.
# $revision: the original's revision the translation matches.
admin-original-changes-none = Оригинал говорит то же, что и в версии { $revision }.
admin-original-changes-back = Вернуться к переводу
admin-changes-field = Поле
admin-changes-changes = Изменения
admin-dashboard-outdated-heading = Переводы, требующие обновления
admin-dashboard-outdated-intro = Оригинал каждого из этих переводов изменился после версии, которой соответствует перевод.
admin-dashboard-outdated-none = Все созданные здесь переводы соответствуют актуальной версии оригинала.
admin-dashboard-outdated-translation = Перевод
admin-dashboard-outdated-original = Оригинал
# $from: the original's revision the translation matches; $to: the original's revision now.
admin-dashboard-outdated-revisions = Изменения после версии { $from } (сейчас { $to })
admin-dashboard-missing-heading = Недостающие переводы
# $days: how far back the list looks.
admin-dashboard-missing-intro =
    Опубликованные материалы за { $days ->
        [one] последний { $days } день
        [few] последние { $days } дня
        [many] последние { $days } дней
       *[other] последние { $days } дня
    }, у которых нет версии на одном из языков интерфейса сайта.
# $language: the language's name; $count: how many items have no version in it.
admin-dashboard-missing-count =
    { $language }: { $count ->
        [one] { $count } материал без версии
        [few] { $count } материала без версии
        [many] { $count } материалов без версии
       *[other] { $count } материала без версии
    }
admin-dashboard-missing-none = У всех опубликованных материалов этого периода есть версия на каждом языке интерфейса.
# $count: how many items the list shows.
admin-dashboard-missing-listed =
    { $count ->
        [one] { $count } самый новый материал:
        [few] { $count } самых новых материала:
        [many] { $count } самых новых материалов:
       *[other] { $count } самых новых материала:
    }
admin-dashboard-missing-item = Материал
admin-dashboard-missing-languages = Недостающие языки

## The frame of every page and its language picker

# The name of this file's language, in itself: the language picker lists it so.
admin-language-self = Русский
admin-language-label = Язык редакционной системы
admin-language-button = Сменить язык
# $value: what the form held; $languages: the codes of the workspace's languages.
admin-language-unknown = «{ $value }» не является языком редакционной системы ({ $languages })
# $title: the page's title; $site: the site's name.
admin-page-title = { $title } | { $site }: редакционная система
admin-skip-link = Перейти к основному содержанию
admin-workspace-name = Редакционная система
admin-account-label = Учетная запись
admin-public-site = Публичный сайт
admin-log-out = Выйти
admin-role-admin = Администратор
admin-role-editor = Редактор
admin-role-press-officer = Сотрудник пресс-службы

## Refused requests and rights

admin-csrf-refused = форма устарела или отправлена не с этого сайта; перезагрузите страницу и повторите попытку
admin-cross-site-fetch = межсайтовый запрос отклонен: по данным браузера, он отправлен с другого сайта
admin-cross-site-origin = межсайтовый запрос отклонен: его заголовок Origin указывает на другой сайт
admin-cross-site-unreadable = межсайтовый запрос отклонен: его заголовок Origin не удается прочитать
admin-refusal-not-your-item = этот материал относится к структурам, для которых вы не пишете
admin-refusal-may-not-publish = вы не можете публиковать материалы этих структур
admin-refusal-admin-only = это могут делать только администраторы
# $source: the address name of a structure.
admin-refusal-not-your-source = вы не пишете для «{ $source }»: материалу можно указать только те источники, для которых вы пишете
# $from, $to: the workflow states as codes ("in-review"); $from-state, $to-state: their
# names as the workspace shows them ("In review"); $transition: the move's code.
admin-refusal-not-from-state = материал в состоянии «{ $from-state }» нельзя перевести в состояние «{ $to-state }» ({ $transition })

## Login page

admin-login-email = Электронная почта
admin-login-password = Пароль

## Dashboard

admin-dashboard-no-items = Материалов пока нет.
admin-dashboard-items-caption = Материалы, которые вы можете редактировать; сначала измененные последними
admin-public-page = публичная страница
# After "public page", for screen readers. $title: the item's title.
admin-public-page-of = материала «{ $title }»

## Audit log

admin-audit-lead = Все изменения, сначала новые. Журнал нельзя изменить.
admin-audit-caption = Журнал аудита, сначала новые записи
admin-when-utc = Время (UTC)
admin-when = Время
admin-who = Кто
# The address a change was made from.
admin-audit-address = Адрес
admin-audit-action = Действие
admin-audit-subject = Объект
admin-audit-detail = Подробности
admin-audit-older = Более ранние записи

## Item page

# $id: the item number; $revision: its revision; $status: its workflow state.
admin-item-kicker = Материал { $id } · версия { $revision } · { $status }
# $id: the item number.
admin-item-link = Материал { $id }
admin-item-public-link = Открыть на публичном сайте
admin-item-translations = Переводы:
admin-item-not-saved = Материал не сохранен:
admin-item-translation-of-label = Перевод материала (его номер; необязательно)
admin-item-time-zone-label = Часовой пояс места
admin-item-date-label = Дата и время (по местному времени)
admin-item-embargo-label = Эмбарго до (по местному времени; необязательно)
admin-save = Сохранить
admin-conflict-heading = Кто-то сохранил этот материал, пока вы его редактировали
# $author: who saved first; $revision: the revision they saved; $at: when.
admin-conflict-text = Версия { $revision } сохранена { $at }, автор: { $author }. Ваши изменения остались в форме ниже и не сохранены; здесь показана сохраненная версия. Скопируйте то, что вам нужно, и сохраните материал снова.
admin-conflict-saved = Сохранено:
admin-conflict-yours = Ваш вариант:
admin-workflow-heading = Рабочий процесс
admin-workflow-publish-at = Опубликовать (по местному времени)
admin-preview-heading = Ссылка для предварительного просмотра
admin-preview-intro = Ссылка на материал в том виде, в каком его покажет публичная страница, чтобы журналист мог прочитать его до публикации. Любой, у кого есть ссылка, может читать материал, пока не истечет срок ее действия.
admin-preview-days-label = Срок действия (в днях, от 1 до 30)
admin-preview-button = Создать ссылку для просмотра
admin-history-heading = История
admin-history-caption = Версии, сначала новые
admin-history-revision = Версия
admin-history-saved-by = Кто сохранил
# $revision: the item's current revision.
admin-history-current = { $revision } (текущая)
# The author of a revision made by an import.
admin-history-import = (импорт)

## The fields named in the item form's problems

admin-form-field-title = заголовок
admin-form-field-summary = краткое содержание
admin-form-field-place = место
admin-form-field-type = тип
admin-form-field-language = язык
admin-form-field-time-zone = часовой пояс
admin-form-field-sources = источники
admin-form-field-fields-of-work = направления деятельности
admin-form-field-countries = страны
admin-form-field-meetings = серии мероприятий
admin-form-field-embargo-until = окончание эмбарго
admin-problem-title-required = нужно указать заголовок
admin-problem-source-required = нужно указать хотя бы один источник
admin-problem-embargo-before = эмбарго заканчивается раньше времени публикации: оставьте это поле пустым

## Revision page

# $revision: the revision shown; $current: the item's current revision.
admin-revision-of = версия { $revision } из { $current }
# $author: who saved the revision; $at: when. Followed by the two marks below.
admin-revision-lead = Сохранено { $at }, автор: { $author }. Ниже показано, что изменилось от этой версии до текущей:
admin-diff-removed = удалено
admin-diff-added = добавлено
admin-revision-same = Эта версия не отличается от текущей.
# $revision: the revision shown.
admin-revision-caption = Изменения от версии { $revision } до текущей версии
admin-restore-button = Восстановить эту версию
admin-restore-note = Ее текст и термины станут новой версией; статус не изменится.

## Glossary page

admin-glossary-lead = Сокращения, которые отмечаются на страницах материалов при первом употреблении, по языкам. Сокращения из настроек сайта идут первыми и меняются вместе с ними; остальные можно добавлять и удалять здесь.
admin-glossary-abbr = Сокращение
admin-glossary-expansion = Расшифровка
admin-glossary-add = Добавить
# $language: the language's name.
admin-glossary-caption = Сокращения: { $language }
# Where an abbreviation comes from.
admin-glossary-origin = Источник
# Followed by the abbreviation, for screen readers.
admin-glossary-remove = Удалить
admin-actions = Действия

## Organization and structure pages

admin-optional = (необязательно)
admin-date-placeholder = ГГГГ-ММ-ДД
admin-date-hint = Даты записываются в виде ГГГГ-ММ-ДД либо ГГГГ-ММ или ГГГГ, если известен только месяц или год.
admin-site-lead = Таксономии и структуры, по которым распределяются материалы. То, что задано в файлах сайта, меняется вместе с ними; то, что добавлено или изменено здесь, сохраняется в истории ниже и применяется поверх них. Старые материалы сохраняют названия, которые их источники носили на дату материала.
admin-site-toc = На этой странице
admin-site-not-made = Это изменение не внесено:
admin-site-add-field-heading = Новое направление деятельности
admin-site-add-field-button = Добавить направление деятельности
admin-site-add-meeting-heading = Новая серия мероприятий
admin-site-add-meeting-button = Добавить серию мероприятий
admin-site-name = Название
admin-site-address-name = Имя для адреса
admin-site-slug-hint = (необязательно: составляется из названия)
admin-site-names-legend = Название на других языках (необязательно)
admin-site-other-languages = Другие языки
admin-site-structures = Структуры
admin-site-structures-intro = Выберите структуру, чтобы переименовать, закрыть или вновь открыть ее.
admin-site-structures-caption = Структуры, каждая под вышестоящей
admin-site-kind = Тип
admin-site-opened = Открыта
admin-site-closed = Закрыта
admin-site-former-names = Прежние названия
admin-site-open-heading = Открыть структуру
admin-site-structure-name-hint = (как в меню: «Миссия в Сербии»)
admin-site-source = Название в качестве источника
admin-site-source-hint = (необязательно: префикс и название)
admin-site-opened-on = Дата открытия
admin-site-part-of = Входит в состав
admin-site-no-parent = (нет: структура верхнего уровня)
admin-site-country = Страна
admin-site-country-hint = (для полевой операции)
admin-site-none = (нет)
admin-site-sources-legend = Название в качестве источника на других языках (необязательно)
admin-site-open-button = Открыть структуру
admin-site-chairs = Председательства
admin-site-chairs-caption = Государство-участник, председательствующее в каждом году
admin-site-year = Год
admin-site-chair = Председатель
admin-site-this-year = в этом году
admin-site-chair-heading = Назначить председателя на год
admin-site-participating-state = Государство-участник
admin-site-chair-button = Назначить председателя
admin-site-history-none = Здесь пока не внесено ни одного изменения: организация такова, какой ее задают файлы сайта.
admin-site-history-caption = Изменения, внесенные здесь, сначала новые
admin-site-history-number = №
admin-site-change = Изменение
admin-site-not-applied = Не применено:
# The changes of the history. $name: a name as given; $slug: an address name; $date: a
# date as written in the form (2027, 2027-01, 2027-01-01).
admin-change-add-field = добавлено направление деятельности «{ $name }» ({ $slug })
admin-change-add-meeting = добавлена серия мероприятий «{ $name }» ({ $slug })
admin-change-open = открыта структура «{ $name }» ({ $slug }), дата открытия: { $date }
admin-change-rename = структура { $slug } переименована в «{ $name }» с { $date }
admin-change-close = структура { $slug } закрыта, последний день: { $date }
admin-change-reopen = структура { $slug } вновь открыта
# $year: the year; $country: the country's address name.
admin-change-chair = председательство в { $year } году: { $country }
# $date: the day the structure opened.
admin-structure-opened = открыта: { $date }
admin-structure-opened-unknown = дата открытия неизвестна
# $date: the structure's last day.
admin-structure-closed = закрыта: { $date }
admin-structure-names = Названия
# $name: the structure's name.
admin-structure-names-caption = Названия структуры «{ $name }», сначала самые ранние
# The day a name took effect.
admin-structure-from = Действует с
admin-structure-rename = Переименовать
admin-structure-rename-intro = Материалы, датированные раньше нового названия, сохраняют название, под которым они были опубликованы.
admin-structure-new-name = Новое название
admin-structure-parts = Входящие структуры
admin-structure-part-closed = (закрыта)
admin-structure-close = Закрыть
admin-structure-close-intro = Закрытая структура исчезает из меню и попадает в список закрытых; ее материалы остаются, а их источник помечается словами «(не действует)».
admin-structure-last-day = Последний день
admin-structure-close-button = Закрыть структуру
admin-structure-reopen = Открыть вновь
# $date: the structure's last day, which reopening takes back.
admin-structure-reopen-intro = Отменяет закрытие (последний день: { $date }).
admin-structure-reopen-button = Открыть структуру вновь
admin-structure-history = Изменения, внесенные здесь
admin-structure-not-applied = не применено:

admin-item-pictures-heading = Изображения
admin-item-pictures-save-first = Сохраните материал, чтобы добавить к нему изображения.
admin-item-lead-current = Главное изображение (номер { $id }): показывается над текстом и в карточках материала.
admin-item-lead-none = У материала нет главного изображения.
admin-item-lead-remove = Убрать главное изображение
admin-item-lead-choose-heading = Выбрать изображение из медиатеки
admin-item-lead-recent = Недавние изображения
admin-item-lead-recent-none = (не выбрано)
admin-item-lead-number = Или его номер в медиатеке
admin-item-lead-use = Сделать главным изображением
admin-item-lead-which = Выберите изображение или укажите его номер в медиатеке.
admin-item-lead-not-found = В медиатеке нет изображения { $id }.
admin-item-library-link = Открыть медиатеку
admin-item-upload-heading = Загрузить новое изображение
admin-item-upload-place = Куда поместить изображение
admin-item-upload-as-lead = Как главное изображение
admin-item-upload-in-body = В конце текста, с подписью и указанием автора (новая редакция)
admin-media-title = Медиатека
admin-media-intro = Изображения для материалов, сначала новые. Изображение доступно публике, только пока опубликован показывающий его материал.
admin-media-upload-heading = Загрузить изображение
admin-media-file = Изображение (JPEG, PNG или WebP, до 20 МБ)
admin-media-texts-language = Тексты пишите на этом языке: { $language }.
admin-media-alt = Альтернативный текст (обязательно)
admin-media-alt-hint = Что изображено — для читателей, которые не видят изображение: одно-два предложения, без слов «изображение…».
admin-media-caption = Подпись
admin-media-credit = Автор (фотограф, агентство)
admin-media-focal = Точка фокуса
admin-media-focal-hint = Часть изображения, которая остаётся видимой при обрезке, в процентах ширины и высоты (50 и 50 — центр).
admin-media-focal-x = Слева (%)
admin-media-focal-y = Сверху (%)
admin-media-upload-button = Загрузить
admin-media-library-heading = Изображения медиатеки
admin-media-search-label = Поиск по альтернативным текстам, подписям и авторам
admin-media-search-button = Найти
admin-media-count =
    { $count ->
        [0] Нет изображений
        [one] { $count } изображение
        [few] { $count } изображения
       *[other] { $count } изображений
    }
admin-media-table-caption = Изображения медиатеки, сначала новые
admin-media-col-picture = Изображение
admin-media-col-number = Номер
admin-media-col-texts = Тексты
admin-media-col-uploaded = Загружено (UTC)
admin-media-col-html = HTML для текста
admin-media-snippet = HTML изображения { $id } — вставьте его в текст кнопкой HTML редактора
admin-media-size = { $width } × { $height } пикселей, { $format }
admin-media-pages = Страницы медиатеки
admin-media-newer = Более новые
admin-media-older = Более старые
admin-media-added = Изображение { $id } добавлено в медиатеку.
admin-media-already = Это изображение уже есть в медиатеке под номером { $id }; его тексты сохранены.
admin-media-not-added = Изображение не добавлено:
admin-media-field-file = изображение
admin-media-field-alt = альтернативный текст
admin-media-field-caption = подпись
admin-media-field-credit = автор
admin-media-no-file = выберите изображение для загрузки (отправленный файл пуст)
admin-media-alt-required = обязателен: опишите, что изображено, для читателей, которые не видят изображение
admin-media-too-long = его длина { $length } знаков; допускается не более { $max }
admin-media-focal-range = каждое значение — число от 0 до 100
admin-media-file-too-large = размер файла { $size }; допускается не более { $max }
admin-media-not-a-picture = файл не является изображением JPEG, PNG или WebP (похоже на: { $looks-like })
admin-media-too-many-pixels = размер изображения { $width } × { $height } пикселей; допускается не более { $max } мегапикселей
admin-media-side-too-long = размер изображения { $width } × { $height } пикселей; длинная сторона — не более { $max } пикселей
admin-media-unreadable = изображение не читается (повреждено, обрезано или не поддерживается): { $reason }
admin-media-upload-too-large = Загрузка больше допустимого: принимаются изображения до 20 МБ.
admin-media-upload-unreadable = Не удалось прочитать загрузку: отправьте её ещё раз из формы.
admin-media-file-not-found = В медиатеке нет такого файла.
# Attachments
admin-item-attachments-heading = Документы и ссылки
admin-item-attachments-intro = Показываются под текстом материала в этом порядке. Файл документа доступен публично, только пока опубликован материал, в котором он указан.
admin-item-attachments-none = В материале нет документов и ссылок.
admin-item-attachments-caption = Документы и ссылки материала по порядку
admin-attachment-col-title = Название
admin-attachment-col-kind = Вид
admin-attachment-col-language = Язык
admin-attachment-col-order = Порядок и удаление
admin-attachment-up = Выше
admin-attachment-down = Ниже
admin-attachment-remove = Удалить
admin-document-heading = Загрузить документ
admin-document-file = Документ (PDF, ODT, ODS, ODP, DOCX, XLSX или PPTX, не более 50 МБ)
admin-attachment-title = Название (обязательно)
admin-attachment-language = Его язык
admin-document-button = Загрузить и добавить
admin-link-heading = Добавить ссылку
admin-link-url = Адрес (https://…)
admin-link-button = Добавить ссылку
admin-gallery-heading = Прикреплённые изображения
admin-gallery-intro = Показываются под текстом небольшой галереей; каждое ведёт к изображению в наибольшем размере.
admin-gallery-none = Изображения не прикреплены.
admin-gallery-caption = Изображения, прикреплённые к материалу, по порядку
admin-gallery-number = Номер изображения в медиатеке
admin-gallery-button = Прикрепить изображение
admin-attachment-not-done = Изменение не внесено:
admin-attachment-field-file = документ
admin-attachment-field-title = название
admin-attachment-field-address = адрес
admin-attachment-field-language = язык
admin-attachment-field-picture = изображение
admin-attachment-required = обязательно для заполнения
admin-attachment-control = содержит управляющие символы
admin-attachment-language-unknown = «{ $value }» — не язык сайта
admin-attachment-full = у материала их уже { $max }: сначала удалите один
admin-document-no-file = выберите документ для загрузки (отправленный файл пуст)
admin-document-not-accepted = файл не является документом PDF, OpenDocument (ODT, ODS, ODP) или Office (DOCX, XLSX, PPTX) (похоже, это { $looks-like })
admin-document-macros = документ содержит макросы: сохраните его без них (в DOCX, XLSX, PPTX или в формате OpenDocument)
admin-document-damaged = документ не читается: он повреждён или обрезан
admin-document-upload-too-large = Файл больше, чем принимает сайт: документы не более 50 МБ.
admin-link-characters = адрес содержит пробелы, управляющие или невидимые символы либо обратные косые черты
admin-link-not-http = укажите полный адрес, начинающийся с https:// или http://
admin-link-no-host = после https:// не указан сайт
admin-link-credentials = адрес не должен содержать имя пользователя или пароль
admin-link-bad-host = имя сайта в адресе недопустимо
admin-gallery-which = укажите номер изображения в медиатеке
admin-attachment-action-unknown = Выберите действие: выше, ниже или удалить.
admin-attachment-not-found = В материале нет такого документа, ссылки или изображения.

# Introductions
admin-intro-heading = Описание
admin-intro-title = Описание: «{ $name }»
admin-intro-lead = Что публичная страница говорит об этой записи. Страница показывает описание только на своём языке; контакты структуры показываются на языке по умолчанию, если на языке страницы их нет. Простой текст: абзацы разделяются пустой строкой (не более 4000 символов).
admin-intro-language = Язык
admin-intro-show = Показать
# $languages: the codes of the languages that have one ("en, ru").
admin-intro-written-in = Написано на языках: { $languages }
admin-intro-none-yet = На этом языке описания пока нет.
admin-intro-description = Текст описания
admin-intro-contacts = Руководство, адрес и контакты
admin-intro-head-title = Руководитель: должность
admin-intro-head-name = Руководитель: имя
admin-intro-address = Адрес (по строке в поле)
admin-intro-phone = Телефон
admin-intro-email = Эл. почта
admin-intro-web = Веб-сайт (http или https)
admin-intro-press = Контакты для прессы (служба или должность, а не человек)
admin-intro-press-name = Служба или должность
admin-intro-save = Сохранить описание
admin-intro-remove = Удалить описание на этом языке
admin-intro-edit = Изменить
admin-intro-countries = Описания стран
admin-intro-countries-lead = Выберите страну, чтобы написать или изменить её описание.
admin-intro-no-such = По адресу «{ $slug }» нечего описывать.
admin-intro-not-a-language = «{ $value }» — не язык сайта.
admin-change-set-intro = задано описание { $slug } на языке { $language }
admin-change-clear-intro = удалено описание { $slug } на языке { $language }
