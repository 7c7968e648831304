//! The texts of the demo's translation groups: the same story told in each language the
//! demo translates into, sentence by sentence, and the names of the places the stories
//! happen in as each language writes them.
//!
//! Every table is indexed by [`LANGS`]: entry `i` of a text is written in `LANGS[i]`. A
//! translation takes the same entries as its original, so it says what the original says.

/// The languages of the texts, in the order of every table below: English (the originals),
/// three official languages, and the local languages of field operations.
pub const LANGS: [&str; 10] = ["en", "ru", "fr", "de", "hbs", "sq", "mk", "ro", "uk", "ky"];

/// One text in each of [`LANGS`].
pub type Parallel = [&'static str; 10];

/// The position of a language in [`LANGS`].
pub fn lang_index(code: &str) -> Option<usize> {
    LANGS.iter().position(|l| *l == code)
}

/// What a group of translated items is about: its title and summary, written with `{in}`
/// where the place goes ("in Vienna", "в Вене", "Бишкекте"), and the field of work it
/// belongs to.
pub struct Story {
    pub field: &'static str,
    pub title: Parallel,
    pub summary: Parallel,
}

pub const STORIES: [Story; 8] = [
    Story {
        field: "border-management",
        title: [
            "OSCE trains border officers to detect forged travel documents",
            "ОБСЕ обучает пограничников выявлению поддельных проездных документов",
            "L'OSCE forme des agents des frontières à la détection de faux documents de voyage",
            "OSZE schult Grenzbeamte im Erkennen gefälschter Reisedokumente",
            "OSCE obučava granične službenike za otkrivanje falsifikovanih putnih dokumenata",
            "OSBE-ja trajnon zyrtarët kufitarë për zbulimin e dokumenteve të falsifikuara të udhëtimit",
            "ОБСЕ ги обучува граничните службеници за откривање фалсификувани патни исправи",
            "OSCE instruiește polițiștii de frontieră în depistarea documentelor de călătorie false",
            "ОБСЄ навчає прикордонників виявляти підроблені проїзні документи",
            "ЕККУ чек ара кызматкерлерин жасалма жол жүрүү документтерин аныктоого үйрөтөт",
        ],
        summary: [
            "Border police and customs officers completed a week-long OSCE course {in} on recognizing forged passports and visas.",
            "Сотрудники пограничной полиции и таможни прошли {in} недельный курс ОБСЕ по распознаванию поддельных паспортов и виз.",
            "Des policiers des frontières et des douaniers ont suivi {in} une formation d'une semaine de l'OSCE consacrée à la détection de passeports et de visas falsifiés.",
            "Grenzpolizisten und Zollbeamte haben {in} einen einwöchigen OSZE-Lehrgang zum Erkennen gefälschter Pässe und Visa abgeschlossen.",
            "Pripadnici granične policije i carinski službenici završili su {in} jednosedmičnu obuku OSCE-a o prepoznavanju falsifikovanih pasoša i viza.",
            "Punonjës të policisë kufitare dhe doganierë përfunduan {in} një kurs njëjavor të OSBE-së për njohjen e pasaportave dhe vizave të falsifikuara.",
            "Припадници на граничната полиција и царински службеници завршија {in} еднонеделна обука на ОБСЕ за препознавање фалсификувани пасоши и визи.",
            "Polițiști de frontieră și funcționari vamali au absolvit {in} un curs OSCE de o săptămână privind recunoașterea pașapoartelor și vizelor false.",
            "Прикордонники та митники пройшли {in} тижневий курс ОБСЄ з розпізнавання підроблених паспортів і віз.",
            "Чек ара жана бажы кызматкерлери {in} ЕККУнун жасалма паспортторду жана визаларды таанып билүү боюнча бир жумалык курсун аякташты.",
        ],
    },
    Story {
        field: "media-freedom-and-development",
        title: [
            "OSCE workshop helps journalists report safely and ethically",
            "Семинар ОБСЕ помогает журналистам работать безопасно и соблюдать профессиональную этику",
            "Un atelier de l'OSCE aide les journalistes à travailler en sécurité et dans le respect de la déontologie",
            "OSZE-Workshop unterstützt Journalistinnen und Journalisten bei sicherer und ethischer Berichterstattung",
            "Radionica OSCE-a pomaže novinarima da izvještavaju sigurno i etično",
            "Punëtoria e OSBE-së ndihmon gazetarët të raportojnë në mënyrë të sigurt dhe etike",
            "Работилница на ОБСЕ им помага на новинарите да известуваат безбедно и етички",
            "Un atelier OSCE îi ajută pe jurnaliști să relateze în siguranță și cu respectarea eticii",
            "Семінар ОБСЄ допомагає журналістам висвітлювати події безпечно та етично",
            "ЕККУнун семинары журналисттерге коопсуз жана этикалык түрдө кабар даярдоого жардам берет",
        ],
        summary: [
            "Journalists and editors from across the country met {in} to discuss their safety at work and the standards of their profession.",
            "Журналисты и редакторы со всей страны встретились {in}, чтобы обсудить безопасность в работе и профессиональные стандарты.",
            "Des journalistes et des rédacteurs en chef venus de tout le pays se sont réunis {in} pour parler de leur sécurité au travail et des normes de leur profession.",
            "Journalistinnen, Journalisten und Redakteure aus dem ganzen Land trafen sich {in}, um über ihre Sicherheit bei der Arbeit und die Standards ihres Berufs zu sprechen.",
            "Novinari i urednici iz cijele zemlje sastali su se {in} kako bi razgovarali o sigurnosti na poslu i profesionalnim standardima.",
            "Gazetarë dhe redaktorë nga i gjithë vendi u takuan {in} për të diskutuar sigurinë e tyre në punë dhe standardet e profesionit.",
            "Новинари и уредници од целата земја се состанаа {in} за да разговараат за својата безбедност при работата и за професионалните стандарди.",
            "Jurnaliști și redactori din întreaga țară s-au reunit {in} pentru a discuta despre siguranța lor la locul de muncă și despre standardele profesiei.",
            "Журналісти й редактори з усієї країни зустрілися {in}, щоб обговорити безпеку під час роботи та професійні стандарти.",
            "Өлкөнүн бардык аймактарынан келген журналисттер жана редакторлор {in} чогулуп, иштеги коопсуздугун жана кесиптик стандарттарды талкуулашты.",
        ],
    },
    Story {
        field: "elections",
        title: [
            "OSCE supports training of election commission members ahead of local elections",
            "ОБСЕ поддерживает обучение членов избирательных комиссий в преддверии местных выборов",
            "L'OSCE soutient la formation des membres des commissions électorales avant les élections locales",
            "OSZE unterstützt Schulung von Mitgliedern der Wahlkommissionen vor den Kommunalwahlen",
            "OSCE podržava obuku članova izbornih komisija uoči lokalnih izbora",
            "OSBE-ja mbështet trajnimin e anëtarëve të komisioneve zgjedhore para zgjedhjeve vendore",
            "ОБСЕ ја поддржува обуката на членовите на изборните комисии пред локалните избори",
            "OSCE sprijină instruirea membrilor comisiilor electorale în ajunul alegerilor locale",
            "ОБСЄ підтримує навчання членів виборчих комісій напередодні місцевих виборів",
            "ЕККУ жергиликтүү шайлоонун алдында шайлоо комиссияларынын мүчөлөрүн окутууну колдойт",
        ],
        summary: [
            "Members of election commissions attended a training session {in} on counting procedures and the handling of complaints.",
            "Члены избирательных комиссий прошли {in} обучение по процедурам подсчета голосов и рассмотрения жалоб.",
            "Des membres des commissions électorales ont participé {in} à une formation sur les procédures de dépouillement et le traitement des plaintes.",
            "Mitglieder von Wahlkommissionen nahmen {in} an einer Schulung zu den Verfahren der Stimmauszählung und zur Bearbeitung von Beschwerden teil.",
            "Članovi izbornih komisija učestvovali su {in} u obuci o procedurama brojanja glasova i postupanju po prigovorima.",
            "Anëtarë të komisioneve zgjedhore morën pjesë {in} në një trajnim për procedurat e numërimit të votave dhe shqyrtimin e ankesave.",
            "Членови на изборните комисии учествуваа {in} на обука за постапките за броење на гласовите и за постапување по приговорите.",
            "Membri ai comisiilor electorale au participat {in} la o instruire privind procedurile de numărare a voturilor și examinarea contestațiilor.",
            "Члени виборчих комісій пройшли {in} навчання з процедур підрахунку голосів і розгляду скарг.",
            "Шайлоо комиссияларынын мүчөлөрү {in} добуштарды эсептөө жол-жоболору жана даттанууларды кароо боюнча окуудан өтүштү.",
        ],
    },
    Story {
        field: "gender-equality",
        title: [
            "OSCE launches campaign against violence against women",
            "ОБСЕ начинает кампанию против насилия в отношении женщин",
            "L'OSCE lance une campagne contre la violence à l'égard des femmes",
            "OSZE startet Kampagne gegen Gewalt an Frauen",
            "OSCE pokreće kampanju protiv nasilja nad ženama",
            "OSBE-ja nis një fushatë kundër dhunës ndaj grave",
            "ОБСЕ започнува кампања против насилството врз жените",
            "OSCE lansează o campanie împotriva violenței față de femei",
            "ОБСЄ розпочинає кампанію проти насильства щодо жінок",
            "ЕККУ аялдарга карата зомбулукка каршы өнөктүк баштады",
        ],
        summary: [
            "A campaign presented {in} today calls on institutions and citizens to speak up against violence and to support survivors.",
            "Представленная сегодня {in} кампания призывает государственные учреждения и граждан не молчать о насилии и поддерживать пострадавших.",
            "Présentée aujourd'hui {in}, la campagne invite les institutions et les citoyens à dénoncer la violence et à soutenir les victimes.",
            "Die heute {in} vorgestellte Kampagne ruft Institutionen sowie Bürgerinnen und Bürger dazu auf, Gewalt nicht zu verschweigen und Betroffene zu unterstützen.",
            "Kampanja predstavljena danas {in} poziva institucije i građane da ne šute o nasilju i da podrže žrtve.",
            "Fushata e prezantuar sot {in} u bën thirrje institucioneve dhe qytetarëve të mos heshtin për dhunën dhe të mbështetin viktimat.",
            "Кампањата претставена денеска {in} ги повикува институциите и граѓаните да не молчат за насилството и да ги поддржат жртвите.",
            "Campania prezentată astăzi {in} îndeamnă instituțiile și cetățenii să nu tacă în fața violenței și să le sprijine pe victime.",
            "Представлена сьогодні {in} кампанія закликає установи та громадян не мовчати про насильство й підтримувати постраждалих.",
            "Бүгүн {in} сунушталган өнөктүк мекемелерди жана жарандарды зомбулук тууралуу унчукпай калбоого жана жабыркагандарды колдоого чакырат.",
        ],
    },
    Story {
        field: "combating-trafficking-in-human-beings",
        title: [
            "OSCE-supported conference looks at better protection for victims of human trafficking",
            "Конференция при поддержке ОБСЕ посвящена усилению защиты жертв торговли людьми",
            "Une conférence soutenue par l'OSCE examine comment mieux protéger les victimes de la traite des êtres humains",
            "Von der OSZE unterstützte Konferenz befasst sich mit besserem Schutz für Opfer von Menschenhandel",
            "Konferencija uz podršku OSCE-a o boljoj zaštiti žrtava trgovine ljudima",
            "Konferenca e mbështetur nga OSBE-ja shqyrton mbrojtjen më të mirë të viktimave të trafikimit të qenieve njerëzore",
            "Конференција поддржана од ОБСЕ за подобра заштита на жртвите на трговија со луѓе",
            "O conferință sprijinită de OSCE analizează o mai bună protecție a victimelor traficului de persoane",
            "Конференція за підтримки ОБСЄ присвячена кращому захисту жертв торгівлі людьми",
            "ЕККУ колдогон конференцияда адам сатуунун курмандыктарын коргоону жакшыртуу маселеси талкууланды",
        ],
        summary: [
            "Police officers, prosecutors, social workers and representatives of NGOs gathered {in} to improve how victims are identified and referred to assistance.",
            "Сотрудники полиции, прокуроры, социальные работники и представители НПО собрались {in}, чтобы обсудить, как лучше выявлять жертв и направлять их в службы помощи.",
            "Des policiers, des procureurs, des travailleurs sociaux et des représentants d'ONG se sont réunis {in} pour améliorer l'identification des victimes et leur orientation vers une assistance.",
            "Polizeibeamte, Staatsanwälte, Sozialarbeiter und Vertreter von NGOs kamen {in} zusammen, um die Identifizierung der Opfer und ihre Vermittlung an Hilfsangebote zu verbessern.",
            "Policijski službenici, tužioci, socijalni radnici i predstavnici nevladinih organizacija okupili su se {in} kako bi unaprijedili identifikaciju žrtava i njihovo upućivanje na pomoć.",
            "Punonjës të policisë, prokurorë, punonjës socialë dhe përfaqësues të organizatave joqeveritare u mblodhën {in} për të përmirësuar identifikimin e viktimave dhe referimin e tyre për ndihmë.",
            "Полициски службеници, обвинители, социјални работници и претставници на невладини организации се собраа {in} за да ја подобрат идентификацијата на жртвите и нивното упатување кон помош.",
            "Polițiști, procurori, asistenți sociali și reprezentanți ai ONG-urilor s-au reunit {in} pentru a îmbunătăți identificarea victimelor și îndrumarea lor către asistență.",
            "Поліцейські, прокурори, соціальні працівники та представники громадських організацій зібралися {in}, щоб краще виявляти жертв і скеровувати їх до служб допомоги.",
            "Укук коргоо органдарынын кызматкерлери, прокурорлор, социалдык кызматкерлер жана бейөкмөт уюмдардын өкүлдөрү курмандыктарды аныктоону жана аларды жардамга багыттоону жакшыртуу үчүн {in} чогулушту.",
        ],
    },
    Story {
        field: "environmental-activities",
        title: [
            "OSCE promotes public participation in environmental decision-making",
            "ОБСЕ содействует участию общественности в принятии решений по вопросам окружающей среды",
            "L'OSCE encourage la participation du public aux décisions en matière d'environnement",
            "OSZE fördert die Beteiligung der Öffentlichkeit an Umweltentscheidungen",
            "OSCE promovira učešće javnosti u odlučivanju o pitanjima okoliša",
            "OSBE-ja nxit pjesëmarrjen e publikut në vendimmarrjen për mjedisin",
            "ОБСЕ го промовира учеството на јавноста во одлучувањето за животната средина",
            "OSCE promovează participarea publicului la luarea deciziilor de mediu",
            "ОБСЄ сприяє участі громадськості в ухваленні екологічних рішень",
            "ЕККУ айлана-чөйрө маселелери боюнча чечим кабыл алууга коомчулуктун катышуусун колдойт",
        ],
        summary: [
            "Local authorities and citizens' groups met {in} to discuss how the public can take part in decisions on water and waste management.",
            "Представители местных властей и общественных объединений встретились {in}, чтобы обсудить, как граждане могут участвовать в принятии решений по управлению водными ресурсами и отходами.",
            "Des autorités locales et des associations de citoyens se sont réunies {in} pour discuter de la manière dont le public peut participer aux décisions sur la gestion de l'eau et des déchets.",
            "Vertreter der Kommunalbehörden und von Bürgerinitiativen trafen sich {in}, um zu erörtern, wie sich die Öffentlichkeit an Entscheidungen über Wasserwirtschaft und Abfallentsorgung beteiligen kann.",
            "Predstavnici lokalnih vlasti i udruženja građana sastali su se {in} kako bi razgovarali o tome kako javnost može učestvovati u odlučivanju o upravljanju vodama i otpadom.",
            "Përfaqësues të pushtetit vendor dhe të shoqatave të qytetarëve u takuan {in} për të diskutuar se si publiku mund të marrë pjesë në vendimet për menaxhimin e ujërave dhe të mbetjeve.",
            "Претставници на локалната власт и на граѓанските здруженија се состанаа {in} за да разговараат како јавноста може да учествува во одлуките за управувањето со водите и отпадот.",
            "Reprezentanți ai autorităților locale și ai asociațiilor obștești s-au întâlnit {in} pentru a discuta cum poate publicul să participe la deciziile privind gestionarea apelor și a deșeurilor.",
            "Представники місцевої влади та громадських об’єднань зустрілися {in}, щоб обговорити, як громадськість може долучатися до рішень щодо управління водними ресурсами та відходами.",
            "Жергиликтүү бийликтин жана жарандык топтордун өкүлдөрү {in} жолугушуп, коомчулук суу ресурстарын жана калдыктарды башкаруу боюнча чечимдерге кантип катыша аларын талкуулашты.",
        ],
    },
    Story {
        field: "youth",
        title: [
            "OSCE brings together young people to discuss their role in building trust",
            "ОБСЕ собрала молодых людей, чтобы обсудить их роль в укреплении доверия",
            "L'OSCE réunit des jeunes pour débattre de leur rôle dans le renforcement de la confiance",
            "OSZE bringt junge Menschen zusammen, um über ihre Rolle bei der Vertrauensbildung zu sprechen",
            "OSCE okuplja mlade kako bi razgovarali o svojoj ulozi u izgradnji povjerenja",
            "OSBE-ja bashkon të rinjtë për të diskutuar rolin e tyre në ndërtimin e besimit",
            "ОБСЕ ги собира младите за да разговараат за својата улога во градењето доверба",
            "OSCE reunește tineri pentru a discuta despre rolul lor în consolidarea încrederii",
            "ОБСЄ збирає молодь, щоб обговорити її роль у зміцненні довіри",
            "ЕККУ уюштурган жолугушууда жаштар ишенимди бекемдөөдөгү ролун талкуулашты",
        ],
        summary: [
            "Some forty young people from different communities spent three days {in} discussing dialogue and co-operation.",
            "Около сорока молодых людей из разных общин в течение трех дней обсуждали {in} вопросы диалога и сотрудничества.",
            "Une quarantaine de jeunes issus de différentes communautés ont passé trois jours {in} à débattre du dialogue et de la coopération.",
            "Rund vierzig junge Menschen aus verschiedenen Gemeinschaften diskutierten drei Tage lang {in} über Dialog und Zusammenarbeit.",
            "Četrdesetak mladih iz različitih zajednica provelo je tri dana {in} razgovarajući o dijalogu i saradnji.",
            "Rreth dyzet të rinj nga komunitete të ndryshme kaluan tre ditë {in} duke diskutuar për dialogun dhe bashkëpunimin.",
            "Околу четириесет млади од различни заедници поминаа три дена {in} разговарајќи за дијалогот и соработката.",
            "Aproximativ patruzeci de tineri din diferite comunități au petrecut trei zile {in} discutând despre dialog și cooperare.",
            "Близько сорока молодих людей з різних громад протягом трьох днів обговорювали {in} питання діалогу та співпраці.",
            "Ар түрдүү жамааттардан келген кырктай жаш {in} үч күн бою диалог жана кызматташтык маселелерин талкуулашты.",
        ],
    },
    Story {
        field: "rule-of-law",
        title: [
            "OSCE presents trial monitoring report",
            "ОБСЕ представила доклад по итогам мониторинга судебных процессов",
            "L'OSCE présente un rapport sur le suivi des procès",
            "OSZE stellt Bericht über Prozessbeobachtung vor",
            "OSCE predstavio izvještaj o praćenju suđenja",
            "OSBE-ja prezanton raportin për monitorimin e gjykimeve",
            "ОБСЕ претстави извештај за следењето на судските постапки",
            "OSCE prezintă raportul privind monitorizarea proceselor judiciare",
            "ОБСЄ представила звіт про моніторинг судових процесів",
            "ЕККУ сот процесстерине мониторинг жүргүзүүнүн жыйынтыктары боюнча баяндама сунуштады",
        ],
        summary: [
            "A report presented {in} today assesses how courts respect the right to a fair trial and makes recommendations to the judiciary.",
            "В докладе, представленном сегодня {in}, оценивается соблюдение судами права на справедливое судебное разбирательство и содержатся рекомендации для судебной системы.",
            "Présenté aujourd'hui {in}, le rapport évalue le respect du droit à un procès équitable par les tribunaux et formule des recommandations à l'intention du pouvoir judiciaire.",
            "Der heute {in} vorgestellte Bericht bewertet, wie die Gerichte das Recht auf ein faires Verfahren achten, und gibt der Justiz Empfehlungen.",
            "Izvještaj predstavljen danas {in} ocjenjuje kako sudovi poštuju pravo na pravično suđenje i sadrži preporuke za pravosuđe.",
            "Raporti i prezantuar sot {in} vlerëson se si gjykatat respektojnë të drejtën për një proces të rregullt ligjor dhe jep rekomandime për gjyqësorin.",
            "Извештајот претставен денеска {in} оценува како судовите го почитуваат правото на правично судење и дава препораки за судството.",
            "Raportul prezentat astăzi {in} evaluează modul în care instanțele respectă dreptul la un proces echitabil și formulează recomandări pentru sistemul judecătoresc.",
            "Представлений сьогодні {in} звіт оцінює, як суди дотримуються права на справедливий суд, і містить рекомендації для судової системи.",
            "Бүгүн {in} сунушталган баяндамада соттордун адилет сот териштирүүсүнө болгон укукту кантип сактаары бааланып, сот бийлигине сунуштар берилген.",
        ],
    },
];

/// The sentences of the demo's bodies. The English ones are also those of the items the
/// demo does not translate.
pub const SENTENCES: [Parallel; 12] = [
    [
        "Participants from government institutions, civil society and international organizations took part in the event.",
        "В мероприятии приняли участие представители государственных органов, гражданского общества и международных организаций.",
        "Des représentants des institutions publiques, de la société civile et d'organisations internationales ont pris part à l'événement.",
        "An der Veranstaltung nahmen Vertreterinnen und Vertreter staatlicher Institutionen, der Zivilgesellschaft und internationaler Organisationen teil.",
        "U događaju su učestvovali predstavnici državnih institucija, civilnog društva i međunarodnih organizacija.",
        "Në aktivitet morën pjesë përfaqësues të institucioneve shtetërore, të shoqërisë civile dhe të organizatave ndërkombëtare.",
        "На настанот учествуваа претставници на државните институции, граѓанското општество и меѓународните организации.",
        "La eveniment au participat reprezentanți ai instituțiilor de stat, ai societății civile și ai organizațiilor internaționale.",
        "У заході взяли участь представники державних установ, громадянського суспільства та міжнародних організацій.",
        "Иш-чарага мамлекеттик мекемелердин, жарандык коомдун жана эл аралык уюмдардын өкүлдөрү катышты.",
    ],
    [
        "The discussions focused on practical steps that can be taken over the coming year.",
        "Обсуждение было посвящено практическим шагам, которые можно предпринять в предстоящем году.",
        "Les discussions ont porté sur les mesures concrètes qui pourront être prises au cours de l'année à venir.",
        "Im Mittelpunkt der Gespräche standen praktische Schritte, die im kommenden Jahr unternommen werden können.",
        "Razgovori su bili usmjereni na praktične korake koji se mogu preduzeti u narednoj godini.",
        "Diskutimet u përqendruan te hapat praktikë që mund të ndërmerren gjatë vitit të ardhshëm.",
        "Разговорите беа фокусирани на практичните чекори што може да се преземат во наредната година.",
        "Discuțiile s-au axat pe pașii practici care pot fi întreprinși în anul următor.",
        "Обговорення зосередилося на практичних кроках, які можна зробити протягом наступного року.",
        "Талкуу келерки жылы көрүлө турган практикалык кадамдарга арналды.",
    ],
    [
        "Experts shared good practices from across the region and answered questions from the audience.",
        "Эксперты поделились передовым опытом стран региона и ответили на вопросы участников.",
        "Des experts ont présenté des bonnes pratiques de toute la région et ont répondu aux questions du public.",
        "Fachleute stellten bewährte Verfahren aus der gesamten Region vor und beantworteten Fragen aus dem Publikum.",
        "Stručnjaci su predstavili primjere dobre prakse iz cijele regije i odgovarali na pitanja publike.",
        "Ekspertët ndanë praktika të mira nga i gjithë rajoni dhe iu përgjigjën pyetjeve të pjesëmarrësve.",
        "Експертите споделија добри практики од целиот регион и одговараа на прашањата од публиката.",
        "Experții au prezentat bune practici din întreaga regiune și au răspuns la întrebările publicului.",
        "Експерти поділилися передовим досвідом країн регіону та відповіли на запитання присутніх.",
        "Эксперттер аймактагы өлкөлөрдүн мыкты тажрыйбалары менен бөлүшүп, катышуучулардын суроолоруна жооп беришти.",
    ],
    [
        "The activity is part of a long-term project supported by several participating States.",
        "Мероприятие является частью долгосрочного проекта, поддерживаемого рядом государств-участников.",
        "Cette activité s'inscrit dans un projet à long terme soutenu par plusieurs États participants.",
        "Die Maßnahme ist Teil eines langfristigen Projekts, das von mehreren Teilnehmerstaaten unterstützt wird.",
        "Aktivnost je dio dugoročnog projekta koji podržava više država učesnica.",
        "Aktiviteti është pjesë e një projekti afatgjatë të mbështetur nga disa shtete pjesëmarrëse.",
        "Активноста е дел од долгорочен проект поддржан од неколку држави-учеснички.",
        "Activitatea face parte dintr-un proiect pe termen lung sprijinit de mai multe state participante.",
        "Захід є частиною довгострокового проєкту, який підтримують кілька держав-учасниць.",
        "Иш-чара бир нече катышуучу мамлекет колдогон узак мөөнөттүү долбоордун алкагында өттү.",
    ],
    [
        "Speakers underlined the importance of co-operation between national authorities and local communities.",
        "Выступающие подчеркнули важность сотрудничества между национальными властями и местными сообществами.",
        "Les intervenants ont souligné l'importance de la coopération entre les autorités nationales et les communautés locales.",
        "Die Rednerinnen und Redner betonten, wie wichtig die Zusammenarbeit zwischen den nationalen Behörden und den lokalen Gemeinschaften ist.",
        "Govornici su naglasili važnost saradnje između državnih vlasti i lokalnih zajednica.",
        "Folësit theksuan rëndësinë e bashkëpunimit ndërmjet autoriteteve kombëtare dhe komuniteteve vendore.",
        "Говорниците ја нагласија важноста на соработката меѓу државните власти и локалните заедници.",
        "Vorbitorii au subliniat importanța cooperării dintre autoritățile naționale și comunitățile locale.",
        "Промовці наголосили на важливості співпраці між національними органами влади та місцевими громадами.",
        "Сөз сүйлөгөндөр улуттук бийлик органдары менен жергиликтүү жамааттардын ортосундагы кызматташтыктын маанилүүлүгүн белгилешти.",
    ],
    [
        "The organizers will publish a summary of the recommendations in the coming weeks.",
        "В ближайшие недели организаторы опубликуют краткое изложение рекомендаций.",
        "Les organisateurs publieront une synthèse des recommandations dans les prochaines semaines.",
        "Die Veranstalter werden in den kommenden Wochen eine Zusammenfassung der Empfehlungen veröffentlichen.",
        "Organizatori će u narednim sedmicama objaviti sažetak preporuka.",
        "Organizatorët do të publikojnë një përmbledhje të rekomandimeve në javët në vijim.",
        "Организаторите ќе објават резиме на препораките во наредните недели.",
        "Organizatorii vor publica un rezumat al recomandărilor în următoarele săptămâni.",
        "Найближчими тижнями організатори оприлюднять стислий виклад рекомендацій.",
        "Уюштуруучулар жакынкы жумаларда сунуштардын кыскача баяндамасын жарыялашат.",
    ],
    [
        "Follow-up meetings are planned with the relevant ministries and parliamentary committees.",
        "Запланированы последующие встречи с профильными министерствами и парламентскими комитетами.",
        "Des réunions de suivi sont prévues avec les ministères et les commissions parlementaires concernés.",
        "Folgetreffen mit den zuständigen Ministerien und Parlamentsausschüssen sind geplant.",
        "Planirani su naknadni sastanci s nadležnim ministarstvima i parlamentarnim komisijama.",
        "Janë planifikuar takime pasuese me ministritë përkatëse dhe me komisionet parlamentare.",
        "Планирани се натамошни средби со надлежните министерства и собраниските комисии.",
        "Sunt planificate întâlniri ulterioare cu ministerele de resort și cu comisiile parlamentare.",
        "Заплановано подальші зустрічі з профільними міністерствами та парламентськими комітетами.",
        "Тиешелүү министрликтер жана парламенттик комитеттер менен кийинки жолугушуулар пландалууда.",
    ],
    [
        "The event brought together more than sixty participants, half of them women.",
        "Мероприятие собрало более шестидесяти участников, половину из которых составили женщины.",
        "L'événement a réuni plus de soixante participants, dont la moitié de femmes.",
        "Die Veranstaltung brachte mehr als sechzig Teilnehmende zusammen, die Hälfte davon Frauen.",
        "Događaj je okupio više od šezdeset učesnika, od kojih su polovinu činile žene.",
        "Aktiviteti mblodhi më shumë se gjashtëdhjetë pjesëmarrës, gjysma e të cilëve ishin gra.",
        "Настанот собра повеќе од шеесет учесници, од кои половина беа жени.",
        "Evenimentul a reunit peste șaizeci de participanți, dintre care jumătate femei.",
        "Захід зібрав понад шістдесят учасників, половину з яких становили жінки.",
        "Иш-чарага алтымыштан ашуун адам катышып, алардын жарымын аялдар түздү.",
    ],
    [
        "The meeting was held in line with the commitments agreed by all participating States.",
        "Встреча прошла в соответствии с обязательствами, согласованными всеми государствами-участниками.",
        "La réunion s'est tenue conformément aux engagements pris par l'ensemble des États participants.",
        "Das Treffen fand im Einklang mit den von allen Teilnehmerstaaten vereinbarten Verpflichtungen statt.",
        "Sastanak je održan u skladu s obavezama koje su usaglasile sve države učesnice.",
        "Takimi u zhvillua në përputhje me angazhimet e miratuara nga të gjitha shtetet pjesëmarrëse.",
        "Средбата се одржа во согласност со обврските договорени од сите држави-учеснички.",
        "Reuniunea s-a desfășurat în conformitate cu angajamentele convenite de toate statele participante.",
        "Зустріч відбулася відповідно до зобов’язань, узгоджених усіма державами-учасницями.",
        "Жолугушуу бардык катышуучу мамлекеттер макулдашкан милдеттенмелерге ылайык өттү.",
    ],
    [
        "Young people and representatives of minority communities contributed their views.",
        "Свое мнение высказали также молодые люди и представители общин меньшинств.",
        "Des jeunes et des représentants des communautés minoritaires ont fait part de leur point de vue.",
        "Junge Menschen sowie Vertreterinnen und Vertreter von Minderheitengemeinschaften brachten ihre Sichtweisen ein.",
        "Svoje stavove iznijeli su i mladi i predstavnici manjinskih zajednica.",
        "Të rinjtë dhe përfaqësuesit e komuniteteve pakicë shprehën pikëpamjet e tyre.",
        "Своите ставови ги изнесоа и младите и претставниците на малцинските заедници.",
        "Tinerii și reprezentanții comunităților minoritare și-au exprimat punctele de vedere.",
        "Свої погляди висловили також молодь і представники громад меншин.",
        "Жаштар жана азчылык жамааттардын өкүлдөрү да өз пикирлерин билдиришти.",
    ],
    [
        "The training combined lectures, case studies and practical exercises.",
        "Обучение включало лекции, разбор конкретных случаев и практические упражнения.",
        "La formation alliait exposés, études de cas et exercices pratiques.",
        "Die Schulung verband Vorträge, Fallstudien und praktische Übungen.",
        "Obuka je kombinovala predavanja, studije slučaja i praktične vježbe.",
        "Trajnimi ndërthuri leksione, studime rastesh dhe ushtrime praktike.",
        "Обуката комбинираше предавања, студии на случаи и практични вежби.",
        "Instruirea a îmbinat prelegeri, studii de caz și exerciții practice.",
        "Навчання поєднувало лекції, розбір конкретних випадків і практичні вправи.",
        "Окуу лекцияларды, конкреттүү учурларды талдоону жана практикалык көнүгүүлөрдү камтыды.",
    ],
    [
        "The results will inform the next phase of assistance requested by the host country.",
        "Результаты будут учтены на следующем этапе помощи, запрошенной принимающей страной.",
        "Les résultats serviront à préparer la prochaine phase de l'assistance demandée par le pays hôte.",
        "Die Ergebnisse fließen in die nächste Phase der vom Gastland erbetenen Unterstützung ein.",
        "Rezultati će poslužiti kao osnova za narednu fazu pomoći koju je zatražila zemlja domaćin.",
        "Rezultatet do të shërbejnë për fazën e ardhshme të asistencës së kërkuar nga vendi pritës.",
        "Резултатите ќе послужат за следната фаза од помошта што ја побара земјата-домаќин.",
        "Rezultatele vor sta la baza următoarei etape a asistenței solicitate de țara gazdă.",
        "Результати буде враховано на наступному етапі допомоги, про яку попросила приймаюча країна.",
        "Жыйынтыктар кабыл алуучу өлкө сураган жардамдын кийинки баскычында эске алынат.",
    ],
];

/// The local language a field operation in a country publishes in (beside English and the
/// official languages), where the demo has texts in it.
pub const LOCAL_LANGUAGES: [(&str, &str); 7] = [
    ("bosnia-and-herzegovina", "hbs"),
    ("montenegro", "hbs"),
    ("albania", "sq"),
    ("north-macedonia", "mk"),
    ("moldova", "ro"),
    ("ukraine", "uk"),
    ("kyrgyzstan", "ky"),
];

/// A place as a language writes it: (English name, language, name, "in" the place). The
/// official languages have every place of the demo; a local language has the capital of its
/// country.
const PLACE_NAMES: [(&str, &str, &str, &str); 79] = [
    ("Vienna", "ru", "Вена", "в Вене"),
    ("Vienna", "fr", "Vienne", "à Vienne"),
    ("Vienna", "de", "Wien", "in Wien"),
    ("Tirana", "ru", "Тирана", "в Тиране"),
    ("Tirana", "fr", "Tirana", "à Tirana"),
    ("Tirana", "de", "Tirana", "in Tirana"),
    ("Tirana", "sq", "Tirana", "në Tiranë"),
    ("Ashgabat", "ru", "Ашхабад", "в Ашхабаде"),
    ("Ashgabat", "fr", "Achgabat", "à Achgabat"),
    ("Ashgabat", "de", "Aschgabat", "in Aschgabat"),
    ("Astana", "ru", "Астана", "в Астане"),
    ("Astana", "fr", "Astana", "à Astana"),
    ("Astana", "de", "Astana", "in Astana"),
    ("Bishkek", "ru", "Бишкек", "в Бишкеке"),
    ("Bishkek", "fr", "Bichkek", "à Bichkek"),
    ("Bishkek", "de", "Bischkek", "in Bischkek"),
    ("Bishkek", "ky", "Бишкек", "Бишкекте"),
    ("Sarajevo", "ru", "Сараево", "в Сараеве"),
    ("Sarajevo", "fr", "Sarajevo", "à Sarajevo"),
    ("Sarajevo", "de", "Sarajevo", "in Sarajevo"),
    ("Sarajevo", "hbs", "Sarajevo", "u Sarajevu"),
    ("Dushanbe", "ru", "Душанбе", "в Душанбе"),
    ("Dushanbe", "fr", "Douchanbé", "à Douchanbé"),
    ("Dushanbe", "de", "Duschanbe", "in Duschanbe"),
    ("Chisinau", "ru", "Кишинев", "в Кишиневе"),
    ("Chisinau", "fr", "Chisinau", "à Chisinau"),
    ("Chisinau", "de", "Chișinău", "in Chișinău"),
    ("Chisinau", "ro", "Chișinău", "la Chișinău"),
    ("Podgorica", "ru", "Подгорица", "в Подгорице"),
    ("Podgorica", "fr", "Podgorica", "à Podgorica"),
    ("Podgorica", "de", "Podgorica", "in Podgorica"),
    ("Podgorica", "hbs", "Podgorica", "u Podgorici"),
    ("Belgrade", "ru", "Белград", "в Белграде"),
    ("Belgrade", "fr", "Belgrade", "à Belgrade"),
    ("Belgrade", "de", "Belgrad", "in Belgrad"),
    ("Skopje", "ru", "Скопье", "в Скопье"),
    ("Skopje", "fr", "Skopje", "à Skopje"),
    ("Skopje", "de", "Skopje", "in Skopje"),
    ("Skopje", "mk", "Скопје", "во Скопје"),
    ("Tashkent", "ru", "Ташкент", "в Ташкенте"),
    ("Tashkent", "fr", "Tachkent", "à Tachkent"),
    ("Tashkent", "de", "Taschkent", "in Taschkent"),
    ("Minsk", "ru", "Минск", "в Минске"),
    ("Minsk", "fr", "Minsk", "à Minsk"),
    ("Minsk", "de", "Minsk", "in Minsk"),
    ("Tbilisi", "ru", "Тбилиси", "в Тбилиси"),
    ("Tbilisi", "fr", "Tbilissi", "à Tbilissi"),
    ("Tbilisi", "de", "Tiflis", "in Tiflis"),
    ("Baku", "ru", "Баку", "в Баку"),
    ("Baku", "fr", "Bakou", "à Bakou"),
    ("Baku", "de", "Baku", "in Baku"),
    ("Yerevan", "ru", "Ереван", "в Ереване"),
    ("Yerevan", "fr", "Erevan", "à Erevan"),
    ("Yerevan", "de", "Jerewan", "in Jerewan"),
    ("Zagreb", "ru", "Загреб", "в Загребе"),
    ("Zagreb", "fr", "Zagreb", "à Zagreb"),
    ("Zagreb", "de", "Zagreb", "in Zagreb"),
    ("Tallinn", "ru", "Таллин", "в Таллине"),
    ("Tallinn", "fr", "Tallinn", "à Tallinn"),
    ("Tallinn", "de", "Tallinn", "in Tallinn"),
    ("Riga", "ru", "Рига", "в Риге"),
    ("Riga", "fr", "Riga", "à Riga"),
    ("Riga", "de", "Riga", "in Riga"),
    ("Kyiv", "ru", "Киев", "в Киеве"),
    ("Kyiv", "fr", "Kyiv", "à Kyiv"),
    ("Kyiv", "de", "Kyjiw", "in Kyjiw"),
    ("Kyiv", "uk", "Київ", "у Києві"),
    ("Moscow", "ru", "Москва", "в Москве"),
    ("Moscow", "fr", "Moscou", "à Moscou"),
    ("Moscow", "de", "Moskau", "in Moskau"),
    ("Warsaw", "ru", "Варшава", "в Варшаве"),
    ("Warsaw", "fr", "Varsovie", "à Varsovie"),
    ("Warsaw", "de", "Warschau", "in Warschau"),
    ("The Hague", "ru", "Гаага", "в Гааге"),
    ("The Hague", "fr", "La Haye", "à La Haye"),
    ("The Hague", "de", "Den Haag", "in Den Haag"),
    ("Copenhagen", "ru", "Копенгаген", "в Копенгагене"),
    ("Copenhagen", "fr", "Copenhague", "à Copenhague"),
    ("Copenhagen", "de", "Kopenhagen", "in Kopenhagen"),
];

/// A place (its English name) as `lang` writes it: its name and "in" it. English is
/// written as it is.
pub fn place_in(place: &str, lang: &str) -> Option<(String, String)> {
    if lang == "en" {
        return Some((place.to_owned(), format!("in {place}")));
    }
    PLACE_NAMES
        .iter()
        .find(|(p, l, _, _)| *p == place && *l == lang)
        .map(|(_, _, name, at)| ((*name).to_owned(), (*at).to_owned()))
}

/// The local language of a field operation's country, if the demo writes in it.
pub fn local_language(country: &str) -> Option<&'static str> {
    LOCAL_LANGUAGES
        .iter()
        .find(|(c, _)| *c == country)
        .map(|(_, l)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_its_place_and_differs_from_the_english() {
        for story in &STORIES {
            for (i, summary) in story.summary.iter().enumerate() {
                assert!(summary.contains("{in}"), "{}: {summary}", LANGS[i]);
                if i > 0 {
                    assert_ne!(story.title[i], story.title[0]);
                    assert_ne!(*summary, story.summary[0]);
                }
            }
        }
        for s in &SENTENCES {
            for t in &s[1..] {
                assert_ne!(*t, s[0]);
            }
        }
    }

    #[test]
    fn every_place_has_its_names_in_the_official_languages() {
        let places: Vec<&str> = PLACE_NAMES.iter().map(|p| p.0).collect();
        for place in &places {
            for lang in ["ru", "fr", "de"] {
                assert!(place_in(place, lang).is_some(), "{place} in {lang}");
            }
        }
        for (_, lang) in LOCAL_LANGUAGES {
            assert!(lang_index(lang).is_some(), "{lang} has texts");
            assert!(
                PLACE_NAMES.iter().any(|p| p.1 == lang),
                "{lang} has a place"
            );
        }
    }
}
