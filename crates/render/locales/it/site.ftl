# The public site's interface texts, in Italian (the translation of `locales/en/site.ftl`): headings, introductions, labels, help and
# error messages of the public pages. Every message named in `crates/render/src/messages.rs`
# is here; a translation (`locales/ru/site.ftl`…) has the same ids. Texts that name the
# organization or its bodies are not here: they come from the site definition.

## Home page

home-title = Pagina iniziale
# $country: the country holding the chairpersonship; $organization: the organization's short name.
home-chairpersonship = Presidenza { $organization } { $year }: { $country }
chair-badge = { $country } – Presidenza { $organization } { $year }

## Newsroom and search

newsroom-title = Sala stampa
newsroom-intro = Comunicati stampa, notizie, dichiarazioni e discorsi, a partire dai più recenti.
newsroom-list-heading = Ultimi contenuti
search-title = Ricerca
search-heading-words = Ricerca: { $words }
search-intro = Ricerca tra comunicati stampa, notizie, dichiarazioni e discorsi.
search-list-heading = Risultati
search-too-long =
    la ricerca può contenere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }
search-bad-sort = l'ordinamento deve essere relevance, newest o oldest, non «{ $value }»
search-not-understood = impossibile interpretare la ricerca: { $reason }
sort-relevance = Più pertinenti
sort-newest = Più recenti
sort-oldest = Meno recenti
search-help-did-you-mean = Si intendeva forse «{ $words }»?
search-help-without-filters = Cerca «{ $words }» in tutti i contenuti, senza filtri
search-help-any-word = Contenuti con almeno una delle parole: { $words }
search-help-spelling = Controllare l'ortografia oppure provare con meno parole o con termini più generici

## Listings

listing-items-heading = Contenuti
# $pages: how many pages the listing has; $page: the page asked for.
listing-no-such-page =
    Questo elenco ha { $pages ->
        [one] { $pages } pagina
       *[other] { $pages } pagine
    } di risultati: la pagina { $page } non esiste.
# A chip of an active filter: the facet's heading and the value.
active-filter = { $dimension }: { $value }

## Facet headings, by the key of the dimension

facet-type = Tipologia
facet-language = Lingua
facet-field_of_work = Settore di attività
facet-country = Paese
facet-source = Fonte
facet-meeting = Serie di riunioni
facet-year = Anno

## Feeds and sitemaps

feed-title = Sala stampa { $organization }
feed-title-filtered = Sala stampa { $organization }: { $filters }
feed-unknown-filter = «{ $key }» non è un filtro dei feed (quelli ammessi sono: { $filters })
feed-no-host = la richiesta non contiene un'intestazione Host valida, necessaria per costruire gli indirizzi dei feed e delle mappe del sito
sitemap-no-such-part = La sezione «{ $part }» della mappa del sito non esiste (sezioni: pages, items-1, items-2, …).

## Items and preview links

no-such-item = Il contenuto «{ $id }» non esiste.
item-gone = A questo indirizzo non è presente alcun contenuto: potrebbe essere stato ritirato o il link potrebbe essere errato.
preview-incomplete = Questo link di anteprima è incompleto. Per riceverne uno nuovo, rivolgersi all'ufficio stampa.
preview-invalid = Questo link di anteprima non è valido. Per riceverne uno nuovo, rivolgersi all'ufficio stampa.
preview-expired = Questo link di anteprima è scaduto. Per riceverne uno nuovo, rivolgersi all'ufficio stampa.

## Text pages

no-such-page = La pagina richiesta non esiste.
no-page-at-address = A questo indirizzo non è presente alcuna pagina: potrebbe essere stata spostata o il link potrebbe essere errato.
api-docs-title = API pubblica

## Fields of work, meetings, countries

no-such-field = Il settore di attività «{ $slug }» non esiste.
no-such-meeting = La serie di riunioni «{ $slug }» non esiste.
no-such-country = Il paese «{ $slug }» non esiste.
no-such-country-group = Il gruppo di paesi «{ $slug }» non esiste.
fields-title = Settori di attività
fields-intro = I settori in cui opera l'Organizzazione, ciascuno con i relativi contenuti.
fields-list-heading = Tutti i settori di attività
field-kicker = Settore di attività
meetings-title = Riunioni e conferenze
meetings-intro = Le serie di riunioni e conferenze, ciascuna con i relativi contenuti.
meetings-list-heading = Serie di riunioni
meeting-kicker = Riunioni e conferenze
countries-title = Paesi
# Shown when the site definition has no introduction of its own.
countries-intro = I paesi dell'Organizzazione.
countries-chairpersonship-note = Presidenza { $organization } { $year }
country-kicker = Paese
country-group-kicker = Paesi
country-fact-group = Gruppo
country-fact-dissolved = Dissoluzione
country-fact-chairpersonship = Presidenza
country-group-members = Membri ({ $count })
country-structures = Strutture in questo paese

## Structures

no-such-structure = La struttura «{ $slug }» non esiste.
structures-title = Strutture e istituzioni
# Shown when the site definition has no introduction of its own.
structures-intro = Le strutture e le istituzioni dell'Organizzazione e la loro storia.
structure-closed-name = { $name } (struttura chiusa)
structure-lifetime-span = { $opened } – { $closed }
structure-lifetime-since = apertura: { $opened }
structure-lifetime-closed = chiusura: { $closed }
structure-fact-kind = Tipo
structure-fact-part-of = Fa parte di
structure-fact-opened = Apertura
structure-fact-closed = Chiusura
structure-fact-country = Paese
structure-fact-former-names = Denominazioni precedenti
structure-former-name-span = { $name } ({ $from } – { $until })
structure-former-name-until = { $name } (… – { $until })
structure-parts = Strutture che ne fanno parte
structure-closed-parts = Strutture chiuse
structure-chairpersonships = Presidenze per anno
structure-chairpersonship-entry = { $year } – { $country }
structure-chairpersonship-current = in carica
structure-chairpersonship-designated = designata
structure-items-heading = Contenuti: { $name }
structure-closed-heading = { $name }: strutture chiuse
structure-closed-intro = { $name }: strutture chiuse, a partire dalla chiusura più recente, con le date di apertura e di chiusura.
structure-closed-count = Strutture chiuse ({ $count })
structure-closed-note = { $lifetime }; già { $names }

## Kinds of structure, by their code

structure-kind-chairpersonship = Presidenza
structure-kind-secretariat = Segretariato
structure-kind-unit = Unità del Segretariato
structure-kind-group = Gruppo di strutture
structure-kind-institution = Istituzione
structure-kind-field-operation = Operazione sul terreno
structure-kind-parliamentary-assembly = Assemblea parlamentare
structure-kind-court = Corte

## Error pages

error-internal = Si è verificato un errore interno. L'errore è stato registrato; riprovare più tardi.
error-heading-not-found = Pagina non trovata
error-heading-refused = Impossibile rispondere a questa richiesta
error-heading-server = Si è verificato un errore
error-refusal-fallback = Impossibile rispondere alla richiesta
error-panic-title = Errore del server
error-panic-text = L'errore è stato registrato; riprovare più tardi.
error-panic-home = Pagina iniziale

## Every page: the header, the menus and the footer

skip-link = Vai al contenuto principale
breadcrumbs-label = Vi trovate qui
# Said after the site's name in the header, a link to the home page (not shown).
brand-home = , pagina iniziale
nav-main = Menu principale
nav-footer = Piè di pagina
search-form-label = Sito
search-field-label = Cerca
search-button = Cerca
# The label of the list of the page's other languages.
languages-label = Lingue

## Item pages

item-date = Data:
item-place = Luogo:
item-source = Fonte:
item-fields = Settori di attività:
item-countries = Paesi:
item-meetings = Riunioni:
# The heading of the list of the item's translations.
item-translations = Disponibile anche in
item-more-from = Altro da { $source }
item-all-from = Tutto da { $source }
item-related = Articoli correlati
item-share = Condividi
item-share-copy = Copia il link
item-share-copied = Link copiato
item-share-email = E-mail
item-share-email-subject = { $organization }: { $title }
item-address = Indirizzo di questa pagina:
item-press-contact = Contatto stampa

## Listings and search

search-archive-label = Cerca nell'archivio
search-order-label = Ordine
search-hint = Vengono cercate tutte le parole. Usare "virgolette" per una frase esatta, OR per le alternative, -parola per escludere una parola, title:parola per cercare nei titoli e parola* per tutte le parole che iniziano così.
listing-none = Nessun contenuto corrisponde ai criteri.
# $first, $last: the numbers of the first and last items shown; $total: how many match.
listing-showing = { $first }–{ $last } su { $total ->
        [one] { $total } contenuto
       *[other] { $total } contenuti
    }
# A link that widens a listing from the page's language to every language.
listing-all-languages = Mostra i contenuti in tutte le lingue
language-suggest = Leggi questa pagina in italiano
# A link that narrows a listing to the page's language; $language: its name.
listing-one-language = Mostra solo i contenuti in { $language }
feed-follow = Segui questo elenco tramite feed Atom
active-filters = Filtri attivi
remove-filter = (rimuovi filtro)
clear-filters = Rimuovi tutti i filtri
suggestions = Suggerimenti:
pagination = Pagine
pagination-previous = Precedente
pagination-next = Successiva
refine = Affina i risultati
# $count: how many more options are folded away.
facet-more = Mostra altri ({ $count })

## Home page (more)

home-latest = Ultime dalla sala stampa
# $count: how many items the newsroom has.
home-browse = Vai alla sala stampa ({ $count ->
        [one] { $count } contenuto
       *[other] { $count } contenuti
    })

## Error pages (more)

# $status: the HTTP status code.
error-kicker = Errore { $status }
error-perhaps = Forse si intendeva
error-home-button = Vai alla pagina iniziale
error-newsroom-button = Vai alla sala stampa

## The API's documentation

openapi-document = Documento OpenAPI 3.1

## Listing controls: the menu button, the filter panel, dates, page size

menu-button = Menu
filter-button = Filtra
facet-count = { $count ->
        [one] contenuto
       *[other] contenuti
    }
listing-dates = Data
listing-date-from = Dal
listing-date-to = Al
listing-per-page = Contenuti per pagina
listing-apply = Applica
active-range = Date: { $from } – { $to }
active-range-from = Dal { $from }
active-range-to = Fino al { $to }
listing-bad-date = «{ $value }» non è una data: scrivila come AAAA-MM-GG, ad es. 2024-05-31 (un anno, AAAA, o un mese, AAAA-MM, vale per tutti i suoi giorni)
listing-bad-range = l'intervallo di date inizia dopo la sua fine ({ $from } è successivo a { $to })
listing-bad-per-page = per_page deve essere 10, 20 o 50, non «{ $value }»
listing-relevance-needs-words = solo una ricerca può essere ordinata per pertinenza: indica le parole da cercare
picture-credit = Foto: { $credit }
media-not-found = Non c’è nessun file a questo indirizzo.
# Attachments
item-gallery = Immagini
item-attachments = Documenti e link
attachment-document = { $format }, { $size }
attachment-link = link a { $host }
attachment-size-kb = { $size } KB
attachment-size-mb = { $size } MB

# Introductions
# The block of a structure's page that tells who heads it, where it is and how to reach it.
contact-heading = Contatti
contact-phone = Telefono
contact-email = E-mail
contact-web = Sito web
