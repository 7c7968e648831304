# The public site's interface texts, in French (fr): the translation of `locales/en/site.ftl`,
# with the headings, introductions, labels, help and error messages of the public pages.
# Every message named in `crates/render/src/messages.rs` is here, with the same ids as the
# English file. Texts that name the organization or its bodies are not here: they come from
# the site definition.

## Home page

home-title = Accueil
# $country: the country holding the chairpersonship; $organization: the organization's short name.
home-chairpersonship = Présidence de l’{ $organization } en { $year } : { $country }
chair-badge = { $country } – Présidence de l’{ $organization } en { $year }

## Newsroom and search

newsroom-title = Salle de presse
newsroom-intro = Communiqués de presse, actualités, déclarations et discours, du plus récent au plus ancien.
newsroom-list-heading = Dernières publications
search-title = Recherche
search-heading-words = Recherche : { $words }
search-intro = Recherchez parmi les communiqués de presse, actualités, déclarations et discours.
search-list-heading = Résultats
search-too-long =
    la recherche est limitée à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }
search-bad-sort = le tri doit être « relevance », « newest » ou « oldest », et non « { $value } »
search-not-understood = impossible de comprendre la recherche : { $reason }
sort-relevance = Pertinence
sort-newest = Plus récents d’abord
sort-oldest = Plus anciens d’abord
search-help-did-you-mean = Vouliez-vous dire « { $words } » ?
search-help-without-filters = Rechercher « { $words } » dans tous les contenus, sans les filtres
search-help-any-word = Contenus comportant au moins un de ces mots : { $words }
search-help-spelling = Vérifiez l’orthographe, ou essayez avec moins de mots ou des termes plus généraux

## Listings

listing-items-heading = Contenus
# $pages: how many pages the listing has; $page: the page asked for.
listing-no-such-page =
    Cette liste compte { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } de résultats ; la page { $page } n’existe pas.
# A chip of an active filter: the facet's heading and the value.
active-filter = { $dimension } : { $value }

## Facet headings, by the key of the dimension

facet-type = Type
facet-language = Langue
facet-field_of_work = Domaine d’activité
facet-country = Pays
facet-source = Source
facet-meeting = Série de réunions
facet-year = Année

## Feeds and sitemaps

feed-title = Salle de presse de l’{ $organization }
feed-title-filtered = Salle de presse de l’{ $organization } : { $filters }
feed-unknown-filter = « { $key } » n’est pas un filtre des flux (filtres acceptés : { $filters })
feed-no-host = la requête ne comporte pas d’en-tête Host valide, dont les flux et les plans du site ont besoin pour construire leurs adresses
sitemap-no-such-part = Le plan du site ne comporte pas de partie « { $part } » (parties : pages, items-1, items-2, etc.).

## Items and preview links

no-such-item = Le contenu « { $id } » n’existe pas.
item-gone = Aucun contenu ne se trouve à cette adresse. Il a peut-être été retiré, ou le lien comporte une erreur.
preview-incomplete = Ce lien d’aperçu est incomplet. Demandez-en un nouveau au service de presse.
preview-invalid = Ce lien d’aperçu n’est pas valide. Demandez-en un nouveau au service de presse.
preview-expired = Ce lien d’aperçu a expiré. Demandez-en un nouveau au service de presse.

## Text pages

no-such-page = Cette page n’existe pas.
no-page-at-address = Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée, ou le lien comporte une erreur.
api-docs-title = API publique

## Fields of work, meetings, countries

no-such-field = Le domaine d’activité « { $slug } » n’existe pas.
no-such-meeting = La série de réunions « { $slug } » n’existe pas.
no-such-country = Le pays « { $slug } » n’existe pas.
no-such-country-group = Le groupe de pays « { $slug } » n’existe pas.
fields-title = Domaines d’activité
fields-intro = Les domaines d’activité de l’Organisation et les contenus qui s’y rapportent.
fields-list-heading = Tous les domaines d’activité
field-kicker = Domaine d’activité
meetings-title = Réunions et conférences
meetings-intro = Les séries de réunions et de conférences, et les contenus qui s’y rapportent.
meetings-list-heading = Séries de réunions
meeting-kicker = Réunions et conférences
countries-title = Pays
# Shown when the site definition has no introduction of its own.
countries-intro = Les pays de l’Organisation.
countries-chairpersonship-note = Présidence de l’{ $organization } en { $year }
country-kicker = Pays
country-group-kicker = Pays
country-fact-group = Groupe
country-fact-dissolved = Dissolution
country-fact-chairpersonship = Présidence
country-group-members = Membres ({ $count })
country-structures = Structures dans ce pays

## Structures

no-such-structure = La structure « { $slug } » n’existe pas.
structures-title = Structures et institutions
# Shown when the site definition has no introduction of its own.
structures-intro = Les structures et institutions de l’Organisation, avec leur historique.
structure-closed-name = { $name } (structure fermée)
structure-lifetime-span = { $opened } – { $closed }
structure-lifetime-since = ouverture : { $opened }
structure-lifetime-closed = fermeture : { $closed }
structure-fact-kind = Type
structure-fact-part-of = Rattachement
structure-fact-opened = Ouverture
structure-fact-closed = Fermeture
structure-fact-country = Pays
structure-fact-former-names = Anciennes dénominations
structure-former-name-span = { $name } ({ $from } – { $until })
structure-former-name-until = { $name } (… – { $until })
structure-parts = Composantes
structure-closed-parts = Composantes fermées
structure-chairpersonships = Présidences par année
structure-chairpersonship-entry = { $year } – { $country }
structure-chairpersonship-current = en exercice
structure-chairpersonship-designated = désignée
structure-items-heading = Contenus : { $name }
structure-closed-heading = { $name } : composantes fermées
structure-closed-intro = { $name } : composantes fermées, de la plus récemment fermée à la plus ancienne, avec leurs dates d’ouverture et de fermeture.
structure-closed-count = Composantes fermées ({ $count })
structure-closed-note = { $lifetime } ; anciennement { $names }

## Kinds of structure, by their code

structure-kind-chairpersonship = Présidence
structure-kind-secretariat = Secrétariat
structure-kind-unit = Unité du Secrétariat
structure-kind-group = Groupe de structures
structure-kind-institution = Institution
structure-kind-field-operation = Opération de terrain
structure-kind-parliamentary-assembly = Assemblée parlementaire
structure-kind-court = Cour

## Error pages

error-internal = Une erreur s’est produite de notre côté. Elle a été consignée ; veuillez réessayer plus tard.
error-heading-not-found = Page introuvable
error-heading-refused = Impossible de traiter cette demande
error-heading-server = Une erreur s’est produite
error-refusal-fallback = Impossible de traiter la demande
error-panic-title = Erreur du serveur
error-panic-text = L’erreur a été consignée ; veuillez réessayer plus tard.
error-panic-home = Page d’accueil

## Every page: the header, the menus and the footer

skip-link = Aller au contenu principal
breadcrumbs-label = Vous êtes ici
# Said after the site's name in the header, a link to the home page (not shown).
brand-home = , page d’accueil
nav-main = Menu principal
nav-footer = Pied de page
search-form-label = Site
search-field-label = Rechercher
search-button = Rechercher
# The label of the list of the page's other languages.
languages-label = Langues

## Item pages

item-date = Date :
item-place = Lieu :
item-source = Source :
item-fields = Domaines d’activité :
item-countries = Pays :
item-meetings = Réunions :
# The heading of the list of the item's translations.
item-translations = Également disponible en
item-more-from = Autres publications : { $source }
item-all-from = Toutes les publications : { $source }
item-related = Sur le même sujet
item-share = Partager
item-share-copy = Copier le lien
item-share-copied = Lien copié
item-share-email = Courriel
item-share-email-subject = { $organization } : { $title }
item-address = Adresse de cette page :
item-press-contact = Contact presse

## Listings and search

search-archive-label = Rechercher dans les archives
search-order-label = Trier par
search-hint = Tous les mots sont obligatoires. Mettez une expression entre "guillemets", séparez les variantes par OR, excluez un mot avec -mot, cherchez dans les titres avec title:mot, et ajoutez * à la fin d’un mot pour trouver tous les mots qui commencent ainsi.
listing-none = Aucun contenu ne correspond.
# $first, $last: the numbers of the first and last items shown; $total: how many match.
listing-showing =
    Affichage de { $first } à { $last } sur { $total ->
        [one] { $total } contenu
       *[other] { $total } contenus
    }
# A link that widens a listing from the page's language to every language.
listing-all-languages = Afficher les contenus dans toutes les langues
language-suggest = Lire cette page en français
# A link that narrows a listing to the page's language; $language: its name.
listing-one-language = Afficher uniquement les contenus dans cette langue ({ $language })
feed-follow = S’abonner à cette liste (flux Atom)
active-filters = Filtres actifs
remove-filter = (supprimer le filtre)
clear-filters = Effacer tous les filtres
suggestions = Suggestions :
pagination = Pagination
pagination-previous = Précédent
pagination-next = Suivant
refine = Affiner
# $count: how many more options are folded away.
facet-more = Voir plus ({ $count })

## Home page (more)

home-latest = Dernières publications de la salle de presse
# $count: how many items the newsroom has.
home-browse =
    Parcourir la salle de presse ({ $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    })

## Error pages (more)

# $status: the HTTP status code.
error-kicker = Erreur { $status }
error-perhaps = Vous cherchiez peut-être
error-home-button = Aller à la page d’accueil
error-newsroom-button = Parcourir la salle de presse

## The API's documentation

openapi-document = Document OpenAPI 3.1

## Listing controls: the menu button, the filter panel, dates, page size

menu-button = Menu
filter-button = Filtrer
facet-count = { $count ->
        [one] contenu
       *[other] contenus
    }
listing-dates = Date
listing-date-from = Du
listing-date-to = Au
listing-per-page = Contenus par page
listing-apply = Appliquer
active-range = Dates : du { $from } au { $to }
active-range-from = À partir du { $from }
active-range-to = Jusqu’au { $to }
listing-bad-date = « { $value } » n’est pas une date : écrivez-la AAAA-MM-JJ, par ex. 2024-05-31 (une année, AAAA, ou un mois, AAAA-MM, vaut pour tous ses jours)
listing-bad-range = la période commence après sa fin ({ $from } est après { $to })
listing-bad-per-page = per_page doit valoir 10, 20 ou 50, et non « { $value } »
listing-relevance-needs-words = seule une recherche peut être triée par pertinence : indiquez des mots à rechercher
picture-credit = Photo : { $credit }
media-not-found = Il n’y a pas de fichier à cette adresse.
# Attachments
item-gallery = Images
item-attachments = Documents et liens
attachment-document = { $format }, { $size }
attachment-link = lien vers { $host }
attachment-size-kb = { $size } Ko
attachment-size-mb = { $size } Mo

# Introductions
# The block of a structure's page that tells who heads it, where it is and how to reach it.
contact-heading = Contact
contact-phone = Téléphone
contact-email = Courriel
contact-web = Site web
