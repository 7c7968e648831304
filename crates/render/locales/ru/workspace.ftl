# The editorial workspace's interface texts, in Russian: the translation of
# `locales/en/workspace.ftl`, with the same message ids in the same order. Page titles,
# notices, labels and the problems and refusals its handlers tell. The workspace's page
# templates keep their own text.

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
