# The editorial workspace's interface texts, in French (fr): the translation of
# `locales/en/workspace.ftl`, with the same message ids in the same order: its pages, the
# notices, labels and the problems and refusals its handlers tell.

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
admin-login-no-account = Ce site n’a pas encore de compte. Créez le premier sur le serveur, puis connectez-vous ici :
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
admin-translate-language-taken-elsewhere = traduction : ce contenu existe déjà en { $language }, dans une version que vous ne pouvez pas ouvrir
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

## The frame of every page and its language picker

# The name of this file's language, in itself: the language picker lists it so.
admin-language-self = Français
admin-language-label = Langue de l’espace de rédaction
admin-language-button = Changer de langue
# $value: what the form held; $languages: the codes of the workspace's languages.
admin-language-unknown = « { $value } » n’est pas une langue de l’espace de rédaction ({ $languages })
# $title: the page's title; $site: the site's name.
admin-page-title = { $title } | { $site } – espace de rédaction
admin-skip-link = Aller au contenu principal
admin-workspace-name = Espace de rédaction
admin-account-label = Compte
admin-public-site = Site public
admin-log-out = Se déconnecter
admin-role-admin = Administrateur
admin-role-editor = Éditeur
admin-role-press-officer = Attaché de presse

## Refused requests and rights

admin-csrf-refused = le formulaire est périmé ou n’a pas été envoyé depuis ce site ; rechargez la page et réessayez
admin-cross-site-fetch = requête intersite refusée : le navigateur indique qu’elle provient d’un autre site
admin-cross-site-origin = requête intersite refusée : son en-tête Origin désigne un autre site
admin-cross-site-unreadable = requête intersite refusée : son en-tête Origin est illisible
admin-refusal-not-your-item = ce contenu relève de structures pour lesquelles vous ne rédigez pas
admin-refusal-may-not-publish = vous ne pouvez pas publier les contenus de ces structures
admin-refusal-admin-only = seuls les administrateurs peuvent effectuer cette action
# $source: the address name of a structure.
admin-refusal-not-your-source = vous ne rédigez pas pour « { $source } » : un contenu ne peut recevoir que des sources pour lesquelles vous rédigez
# $from, $to: the workflow states as codes ("in-review"); $from-state, $to-state: their
# names as the workspace shows them ("In review"); $transition: the move's code.
admin-refusal-not-from-state = un contenu à l’état « { $from-state } » ne peut pas passer à l’état « { $to-state } » ({ $transition })

## Login page

admin-login-email = Adresse électronique
admin-login-password = Mot de passe

## Dashboard

admin-dashboard-no-items = Aucun contenu pour le moment.
admin-dashboard-items-caption = Contenus que vous pouvez modifier, les derniers modifiés en premier
admin-public-page = page publique
# After "public page", for screen readers. $title: the item's title.
admin-public-page-of = de « { $title } »

## Audit log

admin-audit-lead = Toutes les modifications, de la plus récente à la plus ancienne. Le journal ne peut pas être modifié.
admin-audit-caption = Journal d’audit, entrées les plus récentes en premier
admin-when-utc = Date et heure (UTC)
admin-when = Date et heure
admin-who = Auteur
# The address a change was made from.
admin-audit-address = Provenance
admin-audit-action = Action
admin-audit-subject = Objet
admin-audit-detail = Détails
admin-audit-older = Entrées plus anciennes

## Item page

# $id: the item number; $revision: its revision; $status: its workflow state.
admin-item-kicker = Contenu { $id } · révision { $revision } · { $status }
# $id: the item number.
admin-item-link = Contenu { $id }
admin-item-public-link = Voir sur le site public
admin-item-translations = Traductions :
admin-item-not-saved = Le contenu n’a pas été enregistré :
admin-item-translation-of-label = Traduction du contenu (son numéro ; facultatif)
admin-item-time-zone-label = Fuseau horaire du lieu
admin-item-date-label = Date et heure (heure du lieu)
admin-item-embargo-label = Embargo jusqu’au (heure du lieu ; facultatif)
admin-save = Enregistrer
admin-conflict-heading = Quelqu’un a enregistré ce contenu pendant que vous le modifiiez
# $author: who saved first; $revision: the revision they saved; $at: when.
admin-conflict-text = { $author } a enregistré la révision { $revision } le { $at }. Vos modifications figurent dans le formulaire ci-dessous et ne sont pas enregistrées ; la version enregistrée est affichée ici. Copiez ce dont vous avez besoin, puis enregistrez de nouveau.
admin-conflict-saved = Version enregistrée :
admin-conflict-yours = Votre version :
admin-workflow-heading = Circuit de validation
admin-workflow-publish-at = Publier le (heure du lieu)
admin-preview-heading = Lien d’aperçu
admin-preview-intro = Un lien vers le contenu tel que sa page publique l’affichera, pour qu’un journaliste puisse le lire avant sa publication. Toute personne disposant du lien peut le lire jusqu’à son expiration.
admin-preview-days-label = Validité (en jours, de 1 à 30)
admin-preview-button = Créer un lien d’aperçu
admin-history-heading = Historique
admin-history-caption = Révisions, de la plus récente à la plus ancienne
admin-history-revision = Révision
admin-history-saved-by = Enregistrée par
# $revision: the item's current revision.
admin-history-current = { $revision } (actuelle)
# The author of a revision made by an import.
admin-history-import = (importation)

## The fields named in the item form's problems

admin-form-field-title = titre
admin-form-field-summary = résumé
admin-form-field-place = lieu
admin-form-field-type = type
admin-form-field-language = langue
admin-form-field-time-zone = fuseau horaire
admin-form-field-sources = sources
admin-form-field-fields-of-work = domaines d’activité
admin-form-field-countries = pays
admin-form-field-meetings = séries de réunions
admin-form-field-embargo-until = fin de l’embargo
admin-problem-title-required = un titre est requis
admin-problem-source-required = au moins une source est requise
admin-problem-embargo-before = l’embargo prend fin avant l’heure de publication : laissez-le plutôt vide

## Revision page

# $revision: the revision shown; $current: the item's current revision.
admin-revision-of = révision { $revision } sur { $current }
# $author: who saved the revision; $at: when. Followed by the two marks below.
admin-revision-lead = Enregistrée par { $author } le { $at }. Ci-dessous, ce qui a changé entre cette révision et la révision actuelle :
admin-diff-removed = supprimé
admin-diff-added = ajouté
admin-revision-same = Cette révision dit la même chose que la révision actuelle.
# $revision: the revision shown.
admin-revision-caption = Modifications de la révision { $revision } à la révision actuelle
admin-restore-button = Restaurer cette révision
admin-restore-note = Son texte et ses termes deviennent une nouvelle révision ; le statut reste inchangé.

## Glossary page

admin-glossary-lead = Abréviations signalées dans les pages des contenus à leur première occurrence, par langue. Celles de la définition du site apparaissent en premier et se modifient avec elle ; les autres peuvent être ajoutées et supprimées ici.
admin-glossary-abbr = Abréviation
admin-glossary-expansion = Forme développée
admin-glossary-add = Ajouter
# $language: the language's name.
admin-glossary-caption = Abréviations : { $language }
# Where an abbreviation comes from.
admin-glossary-origin = Origine
# Followed by the abbreviation, for screen readers.
admin-glossary-remove = Supprimer
admin-actions = Actions

## Organization and structure pages

admin-optional = (facultatif)
admin-date-placeholder = AAAA-MM-JJ
admin-date-hint = Les dates s’écrivent AAAA-MM-JJ, ou AAAA-MM et AAAA lorsque seul le mois ou l’année est connu.
admin-site-lead = Les taxonomies et les structures sous lesquelles les contenus sont classés. Ce que définissent les fichiers du site se modifie avec eux ; ce qui est ajouté ou modifié ici est conservé dans l’historique ci-dessous et appliqué par-dessus. Les anciens contenus gardent les noms que portaient leurs sources à leur date.
admin-site-toc = Sur cette page
admin-site-not-made = Cette modification n’a pas été effectuée :
admin-site-add-field-heading = Ajouter un domaine d’activité
admin-site-add-field-button = Ajouter le domaine d’activité
admin-site-add-meeting-heading = Ajouter une série de réunions
admin-site-add-meeting-button = Ajouter la série de réunions
admin-site-name = Nom
admin-site-address-name = Identifiant d’adresse
admin-site-slug-hint = (facultatif : tiré du nom)
admin-site-names-legend = Le nom dans les autres langues (facultatif)
admin-site-other-languages = Autres langues
admin-site-structures = Structures
admin-site-structures-intro = Choisissez une structure pour la renommer, la fermer ou la rouvrir.
admin-site-structures-caption = Structures, chacune sous sa structure parente
admin-site-kind = Type
admin-site-opened = Ouverture
admin-site-closed = Fermeture
admin-site-former-names = Anciennes dénominations
admin-site-open-heading = Ouvrir une structure
admin-site-structure-name-hint = (comme dans un menu : « Mission en Serbie »)
admin-site-source = Affichée comme source
admin-site-source-hint = (facultatif : le préfixe et le nom)
admin-site-opened-on = Date d’ouverture
admin-site-part-of = Rattachement
admin-site-no-parent = (aucun : structure de premier niveau)
admin-site-country = Pays
admin-site-country-hint = (d’une opération de terrain)
admin-site-none = (aucun)
admin-site-sources-legend = Comme source dans les autres langues (facultatif)
admin-site-open-button = Ouvrir la structure
admin-site-chairs = Présidences
admin-site-chairs-caption = L’État participant exerçant la présidence chaque année
admin-site-year = Année
admin-site-chair = Présidence
admin-site-this-year = cette année
admin-site-chair-heading = Désigner la présidence d’une année
admin-site-participating-state = État participant
admin-site-chair-button = Désigner la présidence
admin-site-history-none = Aucune modification n’a encore été faite ici : l’organisation est telle que la définissent les fichiers du site.
admin-site-history-caption = Modifications faites ici, de la plus récente à la plus ancienne
admin-site-history-number = N°
admin-site-change = Modification
admin-site-not-applied = Non appliquée :
# The changes of the history. $name: a name as given; $slug: an address name; $date: a
# date as written in the form (2027, 2027-01, 2027-01-01).
admin-change-add-field = ajout du domaine d’activité « { $name } » ({ $slug })
admin-change-add-meeting = ajout de la série de réunions « { $name } » ({ $slug })
admin-change-open = ouverture de « { $name } » ({ $slug }) le { $date }
admin-change-rename = changement de nom de { $slug } en « { $name } » à compter du { $date }
admin-change-close = fermeture de { $slug } le { $date }
admin-change-reopen = réouverture de { $slug }
# $year: the year; $country: the country's address name.
admin-change-chair = présidence de { $year } attribuée à { $country }
# $date: the day the structure opened.
admin-structure-opened = ouverture : { $date }
admin-structure-opened-unknown = ouverture : date inconnue
# $date: the structure's last day.
admin-structure-closed = fermeture : { $date }
admin-structure-names = Dénominations
# $name: the structure's name.
admin-structure-names-caption = Les dénominations de { $name }, de la plus ancienne à la plus récente
# The day a name took effect.
admin-structure-from = À partir du
admin-structure-rename = Renommer
admin-structure-rename-intro = Les contenus datés d’avant le nouveau nom gardent le nom sous lequel ils ont été publiés.
admin-structure-new-name = Nouveau nom
admin-structure-parts = Composantes
admin-structure-part-closed = (fermée)
admin-structure-close = Fermer
admin-structure-close-intro = Une structure fermée disparaît des menus et figure parmi les structures fermées ; ses contenus restent, leur source signalée par la mention « (structure fermée) ».
admin-structure-last-day = Dernier jour
admin-structure-close-button = Fermer la structure
admin-structure-reopen = Rouvrir
# $date: the structure's last day, which reopening takes back.
admin-structure-reopen-intro = Annule la fermeture du { $date }.
admin-structure-reopen-button = Rouvrir la structure
admin-structure-history = Modifications faites ici
admin-structure-not-applied = non appliquée :

admin-item-pictures-heading = Images
admin-item-pictures-save-first = Enregistrez le contenu pour lui ajouter des images.
admin-item-lead-current = L’image principale (numéro { $id }), affichée au-dessus du texte et sur les fiches du contenu.
admin-item-lead-none = Le contenu n’a pas d’image principale.
admin-item-lead-remove = Retirer l’image principale
admin-item-lead-choose-heading = Choisir une image de la médiathèque
admin-item-lead-recent = Images récentes
admin-item-lead-recent-none = (aucune choisie)
admin-item-lead-number = Ou son numéro dans la médiathèque
admin-item-lead-use = Utiliser comme image principale
admin-item-lead-which = Choisissez une image ou indiquez son numéro dans la médiathèque.
admin-item-lead-not-found = Il n’y a pas d’image { $id } dans la médiathèque.
admin-item-library-link = Ouvrir la médiathèque
admin-item-upload-heading = Téléverser une nouvelle image
admin-item-upload-place = Emplacement de l’image
admin-item-upload-as-lead = Comme image principale
admin-item-upload-in-body = À la fin du texte, avec sa légende et son crédit (une nouvelle révision)
admin-media-title = Médiathèque
admin-media-intro = Les images des contenus, les plus récentes d’abord. Une image n’est publique que tant qu’un contenu qui l’affiche est public.
admin-media-upload-heading = Téléverser une image
admin-media-file = Image (JPEG, PNG ou WebP, jusqu’à 20 Mo)
admin-media-texts-language = Rédigez les textes dans cette langue : { $language }.
admin-media-alt = Texte de remplacement (obligatoire)
admin-media-alt-hint = Ce que montre l’image, pour les lecteurs qui ne peuvent pas la voir : une phrase ou deux, sans « image de ».
admin-media-caption = Légende
admin-media-credit = Crédit (photographe, agence)
admin-media-focal = Point focal
admin-media-focal-hint = La partie de l’image à garder visible quand elle est recadrée, en pourcentage de sa largeur et de sa hauteur (50 et 50{N}: le centre).
admin-media-focal-x = Depuis la gauche (%)
admin-media-focal-y = Depuis le haut (%)
admin-media-upload-button = Téléverser
admin-media-library-heading = Images de la médiathèque
admin-media-search-label = Chercher dans les textes de remplacement, légendes et crédits
admin-media-search-button = Chercher
admin-media-count =
    { $count ->
        [0] Aucune image
        [one] Une image
       *[other] { $count } images
    }
admin-media-table-caption = Les images de la médiathèque, les plus récentes d’abord
admin-media-col-picture = Image
admin-media-col-number = Numéro
admin-media-col-texts = Textes
admin-media-col-uploaded = Téléversée (UTC)
admin-media-col-html = HTML pour un texte
admin-media-snippet = HTML de l’image { $id }, à coller dans un texte avec le bouton HTML de l’éditeur
admin-media-size = { $width } × { $height } pixels, { $format }
admin-media-pages = Pages de la médiathèque
admin-media-newer = Images plus récentes
admin-media-older = Images plus anciennes
admin-media-added = L’image { $id } a été ajoutée à la médiathèque.
admin-media-already = Cette image était déjà dans la médiathèque, sous le numéro { $id } : ses textes ont été conservés.
admin-media-not-added = L’image n’a pas été ajoutée :
admin-media-field-file = image
admin-media-field-alt = texte de remplacement
admin-media-field-caption = légende
admin-media-field-credit = crédit
admin-media-no-file = choisissez une image à téléverser (le fichier envoyé est vide)
admin-media-alt-required = il est obligatoire : décrivez ce que montre l’image, pour les lecteurs qui ne peuvent pas la voir
admin-media-too-long = il compte { $length } caractères ; le maximum est { $max }
admin-media-focal-range = chaque valeur est un nombre de 0 à 100
admin-media-file-too-large = le fichier fait { $size } ; le maximum est { $max }
admin-media-not-a-picture = le fichier n’est pas une image JPEG, PNG ou WebP (il ressemble à ceci : { $looks-like })
admin-media-too-many-pixels = l’image fait { $width } × { $height } pixels ; le maximum est de { $max } mégapixels
admin-media-side-too-long = l’image fait { $width } × { $height } pixels ; le plus grand côté admis est de { $max } pixels
admin-media-unreadable = l’image ne peut pas être lue (endommagée, tronquée ou d’un type non pris en charge) : { $reason }
admin-media-upload-too-large = L’envoi dépasse ce que le site accepte : des images de 20 Mo au plus.
admin-media-upload-unreadable = L’envoi n’a pas pu être lu : renvoyez-le depuis le formulaire.
admin-media-file-not-found = Ce fichier n’existe pas dans la médiathèque.
# Attachments
admin-item-attachments-heading = Documents et liens
admin-item-attachments-intro = Présentés sous le texte de l’élément, dans cet ordre. Le fichier d’un document n’est public que tant qu’un élément qui le présente est public.
admin-item-attachments-none = L’élément ne présente aucun document ni lien.
admin-item-attachments-caption = Les documents et liens de l’élément, dans leur ordre
admin-attachment-col-title = Titre
admin-attachment-col-kind = Nature
admin-attachment-col-language = Langue
admin-attachment-col-order = Ordre et retrait
admin-attachment-up = Monter
admin-attachment-down = Descendre
admin-attachment-remove = Retirer
admin-document-heading = Téléverser un document
admin-document-file = Document (PDF, ODT, ODS, ODP, DOCX, XLSX ou PPTX, jusqu’à 50 Mo)
admin-attachment-title = Titre (obligatoire)
admin-attachment-language = Sa langue
admin-document-button = Téléverser et ajouter
admin-link-heading = Ajouter un lien
admin-link-url = Adresse (https://…)
admin-link-button = Ajouter le lien
admin-gallery-heading = Images jointes
admin-gallery-intro = Présentées sous le texte en petite galerie ; chacune mène à l’image en grand format.
admin-gallery-none = Aucune image n’est jointe.
admin-gallery-caption = Les images jointes à l’élément, dans leur ordre
admin-gallery-number = Numéro d’une image de la médiathèque
admin-gallery-button = Joindre l’image
admin-attachment-not-done = La modification n’a pas été faite :
admin-attachment-field-file = document
admin-attachment-field-title = titre
admin-attachment-field-address = adresse
admin-attachment-field-language = langue
admin-attachment-field-picture = image
admin-attachment-required = il est obligatoire
admin-attachment-control = il contient des caractères de contrôle
admin-attachment-language-unknown = « { $value } » n’est pas une langue du site
admin-attachment-full = l’élément en a déjà { $max } : retirez-en un d’abord
admin-document-no-file = choisissez un document à téléverser (le fichier envoyé est vide)
admin-document-not-accepted = le fichier n’est pas un document PDF, OpenDocument (ODT, ODS, ODP) ou Office (DOCX, XLSX, PPTX) (il ressemble à { $looks-like })
admin-document-macros = le document contient des macros : enregistrez-le sans elles (en DOCX, XLSX, PPTX ou dans un format OpenDocument)
admin-document-damaged = le document est illisible : il est endommagé ou tronqué
admin-document-upload-too-large = L’envoi dépasse ce que le site accepte : des documents de 50 Mo au plus.
admin-link-characters = elle contient des espaces, des caractères de contrôle, des caractères invisibles ou des barres obliques inversées
admin-link-not-http = donnez une adresse complète commençant par https:// ou http://
admin-link-no-host = elle ne nomme aucun site après https://
admin-link-credentials = elle ne doit contenir ni nom d’utilisateur ni mot de passe
admin-link-bad-host = le nom du site qu’elle contient n’est pas valide
admin-gallery-which = donnez le numéro d’une image de la médiathèque
admin-attachment-action-unknown = Choisissez quoi faire : monter, descendre ou retirer.
admin-attachment-not-found = L’élément ne présente pas ce document, ce lien ou cette image.

# Introductions
admin-intro-heading = Présentation
admin-intro-title = Présentation de « { $name } »
admin-intro-lead = Ce que la page publique dit de cette entrée. Une page n’affiche la description que dans sa propre langue ; les coordonnées d’une structure sont affichées dans la langue par défaut lorsque la langue de la page n’en donne pas. Texte brut : séparez les paragraphes par une ligne vide (4 000 caractères au plus).
admin-intro-language = Langue
admin-intro-show = Afficher
# $languages: the codes of the languages that have one ("en, ru").
admin-intro-written-in = Rédigée en : { $languages }
admin-intro-none-yet = Il n’y a pas encore de présentation dans cette langue.
admin-intro-description = Description
admin-intro-contacts = Direction, adresse et coordonnées
admin-intro-head-title = Direction : titre de la fonction
admin-intro-head-name = Direction : nom
admin-intro-address = Adresse (une ligne par ligne)
admin-intro-phone = Téléphone
admin-intro-email = Courriel
admin-intro-web = Site web (http ou https)
admin-intro-press = Contact presse (un service ou une fonction, pas une personne)
admin-intro-press-name = Service ou fonction
admin-intro-save = Enregistrer la présentation
admin-intro-remove = Supprimer la présentation dans cette langue
admin-intro-edit = Modifier
admin-intro-countries = Présentations des pays
admin-intro-countries-lead = Choisissez un pays pour rédiger ou modifier sa présentation.
admin-intro-no-such = Il n’y a rien à présenter à l’adresse « { $slug } ».
admin-intro-not-a-language = « { $value } » n’est pas une langue du site.
admin-change-set-intro = présentation de { $slug } en { $language } définie
admin-change-clear-intro = présentation de { $slug } en { $language } supprimée
