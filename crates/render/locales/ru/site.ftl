# The public site's interface texts, in Russian: the translation of `locales/en/site.ftl`, with
# the same message ids in the same order. Headings, introductions, labels, help and error
# messages of the public pages. Texts that name the organization or its bodies are not here:
# they come from the site definition.

## Home page

home-title = Главная
# $country: the country holding the chairpersonship; $organization: the organization's short name.
home-chairpersonship = В { $year } году в { $organization } председательствует { $country }.
chair-badge = { $country } – председательство в { $organization } в { $year } году

## Newsroom and search

newsroom-title = Пресс-центр
newsroom-intro = Пресс-релизы, новости, заявления и выступления, начиная с самых новых.
newsroom-list-heading = Последние материалы
search-title = Поиск
search-heading-words = Поиск: { $words }
search-intro = Поиск по пресс-релизам, новостям, заявлениям и выступлениям.
search-list-heading = Результаты
search-too-long =
    поисковый запрос не может быть длиннее { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }
search-bad-sort = параметр sort может иметь значение relevance, newest или oldest, но не «{ $value }»
search-not-understood = не удалось разобрать запрос: { $reason }
sort-relevance = По релевантности
sort-newest = Сначала новые
sort-oldest = Сначала старые
search-help-did-you-mean = Возможно, вы имели в виду «{ $words }»?
search-help-without-filters = Искать «{ $words }» во всех материалах, без фильтров
search-help-any-word = Материалы, где есть хотя бы одно из слов: { $words }
search-help-spelling = Проверьте написание, сократите запрос или замените слова более общими

## Listings

listing-items-heading = Материалы
# $pages: how many pages the listing has; $page: the page asked for.
listing-no-such-page =
    В этом списке { $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
        [many] { $pages } страниц
       *[other] { $pages } страницы
    } результатов; страницы { $page } нет.
# A chip of an active filter: the facet's heading and the value.
active-filter = { $dimension }: { $value }

## Facet headings, by the key of the dimension

facet-type = Тип
facet-language = Язык
facet-field_of_work = Направление деятельности
facet-country = Страна
facet-source = Источник
facet-meeting = Серия мероприятий
facet-year = Год

## Feeds and sitemaps

feed-title = Пресс-центр { $organization }
feed-title-filtered = Пресс-центр { $organization }: { $filters }
feed-unknown-filter = у лент нет фильтра «{ $key }» (допустимые фильтры: { $filters })
feed-no-host = в запросе нет корректного заголовка Host, без которого нельзя составить адреса для лент и карт сайта
sitemap-no-such-part = Раздела карты сайта «{ $part }» нет (разделы: pages, items-1, items-2, …).

## Items and preview links

no-such-item = Материал «{ $id }» не найден.
item-gone = По этому адресу материала нет. Возможно, его сняли с публикации или в ссылке допущена опечатка.
preview-incomplete = Ссылка для предварительного просмотра неполная. Запросите новую в пресс-службе.
preview-invalid = Ссылка для предварительного просмотра недействительна. Запросите новую в пресс-службе.
preview-expired = Срок действия ссылки для предварительного просмотра истек. Запросите новую в пресс-службе.

## Text pages

no-such-page = Такой страницы нет.
no-page-at-address = По этому адресу страницы нет. Возможно, она перемещена или в ссылке допущена опечатка.
api-docs-title = Открытый API

## Fields of work, meetings, countries

no-such-field = Направление деятельности «{ $slug }» не найдено.
no-such-meeting = Серия мероприятий «{ $slug }» не найдена.
no-such-country = Страна «{ $slug }» не найдена.
no-such-country-group = Группа стран «{ $slug }» не найдена.
fields-title = Направления деятельности
fields-intro = Направления работы Организации и материалы по каждому из них.
fields-list-heading = Все направления деятельности
field-kicker = Направление деятельности
meetings-title = Совещания и конференции
meetings-intro = Серии совещаний и конференций и материалы по каждой из них.
meetings-list-heading = Серии мероприятий
meeting-kicker = Совещания и конференции
countries-title = Страны
# Shown when the site definition has no introduction of its own.
countries-intro = Страны Организации.
countries-chairpersonship-note = Председательство в { $organization } в { $year } году
country-kicker = Страна
country-group-kicker = Страны
country-fact-group = Группа
country-fact-dissolved = Прекратила существование
country-fact-chairpersonship = Председательство
country-group-members = Состав ({ $count })
country-structures = Структуры в этой стране

## Structures

no-such-structure = Структура «{ $slug }» не найдена.
structures-title = Структуры и институты
# Shown when the site definition has no introduction of its own.
structures-intro = Структуры и институты Организации и их история.
structure-closed-name = { $name } (не действует)
structure-lifetime-span = { $opened } — { $closed }
structure-lifetime-since = с { $opened }
structure-lifetime-closed = до { $closed }
structure-fact-kind = Тип
structure-fact-part-of = Входит в состав
structure-fact-opened = Дата открытия
structure-fact-closed = Дата закрытия
structure-fact-country = Страна
structure-fact-former-names = Прежние названия
structure-former-name-span = { $name } ({ $from } — { $until })
structure-former-name-until = { $name } (до { $until })
structure-parts = Входящие структуры
structure-closed-parts = Закрытые структуры
structure-chairpersonships = Председательство по годам
structure-chairpersonship-entry = { $year } — { $country }
structure-chairpersonship-current = текущее
structure-chairpersonship-designated = предстоящее
structure-items-heading = Материалы: { $name }
structure-closed-heading = { $name }: закрытые структуры
structure-closed-intro = { $name }: закрытые структуры с датами открытия и закрытия; сначала указаны закрытые последними.
structure-closed-count = Закрытые ({ $count })
structure-closed-note = { $lifetime }; ранее: { $names }

## Kinds of structure, by their code

structure-kind-chairpersonship = Председательство
structure-kind-secretariat = Секретариат
structure-kind-unit = Подразделение Секретариата
structure-kind-group = Группа структур
structure-kind-institution = Институт
structure-kind-field-operation = Полевая операция
structure-kind-parliamentary-assembly = Парламентская ассамблея
structure-kind-court = Суд

## Error pages

error-internal = На сервере произошла ошибка. Она зарегистрирована; пожалуйста, повторите попытку позже.
error-heading-not-found = Страница не найдена
error-heading-refused = Этот запрос выполнить невозможно
error-heading-server = Что-то пошло не так
error-refusal-fallback = Запрос не может быть выполнен
error-panic-title = Ошибка сервера
error-panic-text = Ошибка зарегистрирована; пожалуйста, повторите попытку позже.
error-panic-home = Главная страница

## Every page: the header, the menus and the footer

skip-link = Перейти к основному содержанию
breadcrumbs-label = Вы находитесь здесь
# Said after the site's name in the header, a link to the home page (not shown).
brand-home = , главная страница
nav-main = Основное меню
nav-footer = Нижнее меню
search-form-label = Поиск по сайту
search-field-label = Поиск
search-button = Найти
# The label of the list of the page's other languages.
languages-label = Языки

## Item pages

item-date = Дата:
item-place = Место:
item-source = Источник:
item-fields = Направления деятельности:
item-countries = Страны:
item-meetings = Мероприятия:
# The heading of the list of the item's translations.
item-translations = Также доступно на языках
item-more-from = Другие материалы: { $source }
item-all-from = Все материалы: { $source }
item-related = Похожие материалы
item-share = Поделиться
item-share-copy = Скопировать ссылку
item-share-copied = Ссылка скопирована
item-share-email = Электронная почта
item-share-email-subject = { $organization }: { $title }
item-address = Адрес этой страницы:
item-press-contact = Контакты для прессы

## Listings and search

search-archive-label = Поиск по архиву
search-order-label = Сортировка
search-hint = Ищутся материалы, где есть все слова запроса. Фразу заключите в кавычки "…", варианты разделите словом OR, перед словом, которое нужно исключить, поставьте минус (-слово); title:слово ищет в заголовках, а слово со звездочкой на конце (слово*) находит все слова, которые с него начинаются.
listing-none = Подходящих материалов нет.
# $first, $last: the numbers of the first and last items shown; $total: how many match.
listing-showing =
    Показаны { $first }–{ $last } из { $total ->
        [one] { $total } материала
        [few] { $total } материалов
        [many] { $total } материалов
       *[other] { $total } материала
    }
# A link that widens a listing from the page's language to every language.
listing-all-languages = Показать материалы на всех языках
language-suggest = Читать эту страницу на русском
# A link that narrows a listing to the page's language; $language: its name.
listing-one-language = Показать только материалы на языке: { $language }
feed-follow = Подписаться на этот список (лента Atom)
active-filters = Выбранные фильтры
remove-filter = (снять фильтр)
clear-filters = Сбросить все фильтры
suggestions = Подсказки:
pagination = Страницы
pagination-previous = Предыдущая
pagination-next = Следующая
refine = Уточнить
# $count: how many more options are folded away.
facet-more = Еще ({ $count })

## Home page (more)

home-latest = Новое в пресс-центре
# $count: how many items the newsroom has.
home-browse =
    Перейти в пресс-центр ({ $count ->
        [one] { $count } материал
        [few] { $count } материала
        [many] { $count } материалов
       *[other] { $count } материала
    })

## Error pages (more)

# $status: the HTTP status code.
error-kicker = Ошибка { $status }
error-perhaps = Возможно, вы искали
error-home-button = На главную страницу
error-newsroom-button = Перейти в пресс-центр

## The API's documentation

openapi-document = Документ OpenAPI 3.1

## Listing controls: the menu button, the filter panel, dates, page size

menu-button = Меню
filter-button = Фильтры
facet-count = { $count ->
        [one] материал
        [few] материала
        [many] материалов
       *[other] материала
    }
listing-dates = Дата
listing-date-from = С
listing-date-to = По
listing-per-page = Материалов на странице
listing-apply = Применить
active-range = Даты: { $from } – { $to }
active-range-from = С { $from }
active-range-to = По { $to }
listing-bad-date = «{ $value }» не является датой: укажите ее в виде ГГГГ-ММ-ДД, например 2024-05-31 (год, ГГГГ, или месяц, ГГГГ-ММ, обозначают все свои дни)
listing-bad-range = диапазон дат начинается после своего конца ({ $from } позже { $to })
listing-bad-per-page = параметр per_page может иметь значение 10, 20 или 50, но не «{ $value }»
listing-relevance-needs-words = по релевантности сортируются только результаты поиска: укажите слова для поиска
picture-credit = Фото: { $credit }
media-not-found = По этому адресу нет файла.
# Attachments
item-gallery = Фотографии
item-attachments = Документы и ссылки
attachment-document = { $format }, { $size }
attachment-link = ссылка на { $host }
attachment-size-kb = { $size } КБ
attachment-size-mb = { $size } МБ

# Introductions
# The block of a structure's page that tells who heads it, where it is and how to reach it.
contact-heading = Контакты
contact-phone = Телефон
contact-email = Эл. почта
contact-web = Веб-сайт
