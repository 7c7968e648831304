# The editorial workspace's interface texts, in Russian: the translation of
# `locales/en/workspace.ftl`, with the same message ids in the same order. Page titles,
# notices, labels and the problems and refusals its handlers tell. The workspace's page
# templates keep their own text,
# except the translation work's (the last section here).

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
