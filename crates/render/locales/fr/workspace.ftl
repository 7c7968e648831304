# The editorial workspace's interface texts, in French (fr): the translation of
# `locales/en/workspace.ftl`, with the page titles, notices, labels and the problems and
# refusals its handlers tell. Every message named in the `workspace_key` list of
# `crates/render/src/messages.rs` is here, with the same ids as the English file. The
# workspace's page templates keep their own text,
# except the translation work's (the last section here).

## Refusals and unreadable forms

# $reason: why the account may not do it (from the rights check).
admin-refused-glossary = Glossaire : { $reason }.
admin-refused-audit-log = Journal d’audit : { $reason }.
admin-refused-organization = Organisation : { $reason }.
# $reason: what the form reader could not understand.
admin-form-unreadable = le formulaire est illisible : { $reason }

## Workflow states

admin-status-draft = Brouillon
admin-status-in-review = En relecture
admin-status-scheduled = Programmé
admin-status-published = Publié
admin-status-unpublished = Dépublié
admin-status-archived = Archivé

## Login

admin-login-title = Connexion
admin-login-logged-out = Déconnexion effectuée.
admin-login-expired = Votre session a expiré ; veuillez vous reconnecter.
admin-login-form-expired = Le formulaire de connexion a expiré ou n’a pas été envoyé depuis ce site. Rechargez la page et réessayez.
admin-login-missing = Saisissez votre adresse électronique et votre mot de passe.
admin-login-email-too-long = Cette adresse électronique est trop longue.
# $minutes: how long to wait before trying again.
admin-login-throttled-account =
    Trop de tentatives de connexion infructueuses pour ce compte. Réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
admin-login-throttled-address =
    Trop de tentatives de connexion infructueuses depuis votre adresse IP. Réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
admin-login-refused = Adresse électronique ou mot de passe incorrect.

## Dashboard and audit log

admin-dashboard-title = Contenus
# $structures: the names of the structures a press officer writes for, comma-separated.
admin-dashboard-scope-structures = Contenus : { $structures }
admin-dashboard-scope-all = Tous les contenus
admin-audit-title = Journal d’audit

## Items

admin-item-new = Nouveau contenu
admin-item-not-found = Ce contenu n’existe pas.
# $reason: the refused right.
admin-item-not-allowed = Action non autorisée : { $reason }.
# $reason: why the workflow cannot make this move.
admin-item-not-possible = Action impossible : { $reason }.
admin-item-changed-since = Quelqu’un a modifié ce contenu depuis que vous l’avez ouvert. Rechargez la page et réessayez.
# $value: what the form held.
admin-translation-not-an-item = traduction de : « { $value } » n’est pas un numéro de contenu
# $id: the item number.
admin-translation-no-such-item = traduction de : le contenu { $id } n’existe pas
admin-translation-same-language = traduction de : le contenu { $id } est déjà dans cette langue
admin-transition-unknown = transition inconnue « { $value } » (submit, withdraw, schedule, publish, unpublish, archive)
# $reason: what is wrong with the time.
admin-schedule-problem = programmation : { $reason }
admin-schedule-in-past = programmation : l’heure indiquée est déjà passée ; publiez plutôt maintenant
# $id: the item number; $revision: the revision asked for.
admin-revision-not-found = Le contenu { $id } n’a pas de révision { $revision }.
admin-revision-title = Révision { $revision }
admin-restore-which = restauration : quelle révision ? (« from »)
# $expires: the date and time the link stops working; $link: the link.
admin-preview-link = Lien d’aperçu valable jusqu’au { $expires } (toute personne qui le détient peut lire le contenu) : { $link }
# $max: the most days a link may last.
admin-preview-days = jours : un nombre entre 1 et { $max }
admin-conflict-someone = Quelqu’un

## Item form problems

# $field: the field's name; $problem: what is wrong with it.
admin-form-problem = { $field } : { $problem }
admin-form-not-a-date-time = « { $value } » n’est pas une date et heure valide (AAAA-MM-JJTHH:MM)
# $field: the form field; $value: what it held.
admin-form-invalid-value = { $field } : « { $value } » n’est pas une valeur valide
admin-form-no-revision = le formulaire ne comporte pas de révision valide : rechargez la page
admin-form-field-date-time = date et heure
admin-form-field-embargo = embargo
admin-form-field-body = texte

## Item fields (the differences between versions, and the pickers)

admin-field-type = Type
admin-field-language = Langue
admin-field-title = Titre
admin-field-summary = Résumé
admin-field-body = Texte
admin-field-place = Lieu
admin-field-time-zone = Fuseau horaire
admin-field-date = Date
admin-field-status = Statut
admin-field-sources = Sources
admin-field-fields-of-work = Domaines d’activité
admin-field-countries = Pays
admin-field-meeting-series = Séries de réunions
# $name: a structure that has closed.
admin-source-closed = { $name } (structure fermée)

## Workflow moves

admin-transition-submit = Soumettre pour relecture
admin-transition-withdraw = Remettre en brouillon
admin-transition-schedule = Programmer
admin-transition-publish = Publier maintenant
admin-transition-unpublish = Dépublier
admin-transition-archive = Archiver

## Glossary

admin-glossary-title = Glossaire
# Where an abbreviation comes from, when the site definition holds it.
admin-glossary-from-site = définition du site
# $abbr: the abbreviation.
admin-glossary-already-stored = l’abréviation { $abbr } figure déjà dans le glossaire de cette langue ; supprimez-la d’abord pour la modifier
# $value: the language code the form held.
admin-glossary-no-such-language = « { $value } » n’est pas une langue du site
admin-glossary-abbr-shape = l’abréviation doit être un mot de 1 à 20 caractères
admin-glossary-abbr-letter = l’abréviation doit contenir au moins une lettre
admin-glossary-expansion-length = la forme développée doit compter de 1 à 200 caractères
# $abbr: the abbreviation; $expansion: the site definition's expansion of it.
admin-glossary-in-site = la définition du site contient déjà { $abbr } : « { $expansion } »
# $abbr: the abbreviation; $language: the language code.
admin-glossary-not-stored = Aucune abréviation { $abbr } n’est enregistrée pour « { $language } ».

## Organization

admin-site-title = Organisation
# $field: the date's name in the form.
admin-site-date-needed = { $field } : une date est requise
admin-site-name-empty = le nom est vide
admin-site-no-address-name = aucun identifiant d’adresse ne peut être tiré de ce nom (il ne contient ni lettre latine ou cyrillique, ni chiffre) : indiquez-en un
admin-site-unreadable-change = (modification illisible par cette version)
# $slug: the structure's address name, as asked for.
admin-site-no-such-structure = La structure « { $slug } » n’existe pas.
admin-site-busy = d’autres administrateurs modifient l’organisation au même moment ; réessayez
# $value: what the form held.
admin-site-bad-taxonomy = « { $value } » n’est pas une taxonomie à laquelle on peut ajouter des entrées (field-of-work, meeting)
admin-site-form-incomplete = le formulaire est incomplet
admin-site-bad-kind = « { $value } » n’est pas un type de structure
admin-site-bad-action = Une structure peut être renommée, fermée ou rouverte, mais pas « { $value } ».
admin-site-not-a-year = « { $value } » n’est pas une année
admin-site-field-opened-on = date d’ouverture
admin-site-field-from = date d’effet
admin-site-field-last-day = dernier jour
admin-site-field-address-name = identifiant d’adresse
admin-site-field-parent = structure parente
admin-site-field-country = pays

## Translations: the "Translate" form, a translation's original, the dashboard's lists

admin-translate-heading = Traduire
admin-translate-intro = Créer un brouillon de ce contenu dans une autre langue. Il reprend le type, les sources, les domaines d’activité, les pays, les séries de réunions, le lieu, le fuseau horaire et la date de ce contenu, ainsi que son titre, son résumé et son texte, à traduire.
admin-translate-language = Langue de la traduction
admin-translate-button = Traduire
admin-translate-every-language = Ce contenu existe déjà dans toutes les langues du site.
admin-translate-choose = traduction : choisissez la langue de la traduction
# $value: what the form held.
admin-translate-not-a-language = traduction : « { $value } » n’est pas une langue du site
# $language: the language's name; $id: the number of the version in it.
admin-translate-language-taken = traduction : ce contenu existe déjà en { $language } (contenu { $id })
admin-translate-original-changed = Quelqu’un a modifié ce contenu pendant la création de la traduction. Rechargez la page et réessayez.
# $id: the original's item number; $revision: the original's revision the translation matches.
admin-translation-source = Traduction du contenu { $id }, conforme à la révision { $revision } de l’original.
# $current: the original's revision now.
admin-translation-outdated = L’original a été modifié depuis : il en est désormais à la révision { $current }.
admin-translation-see-changes = Voir les modifications de l’original
admin-translation-mark = Marquer comme à jour
admin-translation-mark-hint = À faire une fois que la traduction dit ce que dit l’original actuel : enregistrer la traduction ne suffit pas.
admin-translation-mark-which = mise à jour : quelle révision de l’original ? (« original_revision »)
# $current: the original's revision now.
admin-translation-mark-stale = L’original a de nouveau été modifié (il en est désormais à la révision { $current }). Consultez les modifications avant de marquer la traduction comme à jour.
# $id: the item number.
admin-translation-not-tracked = Le contenu { $id } n’a pas été créé avec « Traduire » : il n’y a pas de révision d’un original à laquelle le comparer.
# $revision: the original's revision the translation matches.
admin-original-changes-title = Modifications de l’original depuis la révision { $revision }
# $id: the original's item number; $from: the revision the translation matches; $to: the current one.
admin-original-changes-lead = Ce qui a changé dans l’original, le contenu { $id }, entre la révision { $from }, à laquelle cette traduction est conforme, et sa révision actuelle { $to }. Les mots supprimés sont barrés, les mots ajoutés soulignés.
# $revision: the original's revision the translation matches.
admin-original-changes-none = L’original dit la même chose qu’à la révision { $revision }.
admin-original-changes-back = Retour à la traduction
admin-changes-field = Champ
admin-changes-changes = Modifications
admin-dashboard-outdated-heading = Traductions à mettre à jour
admin-dashboard-outdated-intro = L’original de chacune de ces traductions a été modifié depuis la révision à laquelle la traduction est conforme.
admin-dashboard-outdated-none = Toutes les traductions créées ici sont à jour par rapport à leur original.
admin-dashboard-outdated-translation = Traduction
admin-dashboard-outdated-original = Original
# $from: the original's revision the translation matches; $to: the original's revision now.
admin-dashboard-outdated-revisions = Modifications depuis la révision { $from } (actuellement { $to })
admin-dashboard-missing-heading = Traductions manquantes
# $days: how far back the list looks.
admin-dashboard-missing-intro =
    Contenus publics { $days ->
        [one] du dernier jour
       *[other] des { $days } derniers jours
    } qui n’existent pas dans l’une des langues de l’interface du site.
# $language: the language's name; $count: how many items have no version in it.
admin-dashboard-missing-count =
    { $language } : { $count ->
        [one] { $count } contenu sans version
       *[other] { $count } contenus sans version
    }
admin-dashboard-missing-none = Tous les contenus publics de cette période existent dans chaque langue de l’interface.
# $count: how many items the list shows.
admin-dashboard-missing-listed =
    { $count ->
        [one] Le plus récent :
       *[other] Les { $count } plus récents :
    }
admin-dashboard-missing-item = Contenu
admin-dashboard-missing-languages = Langues manquantes
