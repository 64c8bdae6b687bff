<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>AgreementsPage</name>
        <message>
            <source>Agreements</source>
            <translation>Шарттар</translation>
        </message>
        <message>
            <source>No grant agreements yet. An agreement is made for each funded application.</source>
            <translation>Әзірге шарттар жоқ. Шарт әр қолдау тапқан өтінім бойынша жасалады.</translation>
        </message>
        <message>
            <source>No grant agreements yet. An agreement is made for each funded application (Ctrl+N).</source>
            <translation>Грант беру туралы шарттар әзірге жоқ. Шарт қолдау тапқан әр өтінім бойынша жасалады (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Жаңа…</translation>
        </message>
        <message>
            <source>Make the agreement of an approved application (Ctrl+N)</source>
            <translation>Мақұлданған өтінім бойынша шарт жасау (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ашу…</translation>
        </message>
        <message>
            <source>Open the selected agreement (Enter)</source>
            <translation>Таңдалған шартты ашу (Enter)</translation>
        </message>
        <message>
            <source>Record a &amp;payment…</source>
            <translation>&amp;Төлемді енгізу…</translation>
        </message>
        <message>
            <source>Record a tranche's payment (Ctrl+Shift+P)</source>
            <translation>Траншты төлеуді енгізу (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>&amp;Signed…</source>
            <translation>&amp;Қол қойылды…</translation>
        </message>
        <message>
            <source>Record that both parties signed (Ctrl+Shift+S)</source>
            <translation>Тараптардың шартқа қол қойғанын белгілеу (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Басып &amp;шығару…</translation>
        </message>
        <message>
            <source>Print the agreement (Ctrl+P)</source>
            <translation>Шартты басып шығару (Ctrl+P)</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Жаңа шарт</translation>
        </message>
        <message>
            <source>Every approved application has its agreement.</source>
            <translation>Барлық мақұлданған өтінімдердің шарты бар.</translation>
        </message>
        <message>
            <source>Approved application</source>
            <translation>Мақұлданған өтінім</translation>
        </message>
        <message>
            <source>Print the agreement</source>
            <translation>Шартты басып шығару</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>шарт</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орысша</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақша</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Ағылшынша</translation>
        </message>
        <message>
            <source>Russian | Kazakh, side by side</source>
            <translation>Орысша | қазақша, екі бағанмен</translation>
        </message>
        <message>
            <source>Agreement %1: version %2, the same as printed before</source>
            <translation>%1 шарты: %2-нұсқа, бұрын басылғанмен бірдей</translation>
        </message>
        <message>
            <source>Agreement %1: version %2; changed since the version before: %3</source>
            <translation>%1 шарты: %2-нұсқа; алдыңғы нұсқадан бері өзгергені: %3</translation>
        </message>
        <message>
            <source>Agreement %1: version %2</source>
            <translation>%1 шарты: %2-нұсқа</translation>
        </message>
        <message>
            <source>Import &amp;bank statement…</source>
            <translation>&amp;Банк үзіндісін импорттау…</translation>
        </message>
        <message>
            <source>Confirm payments from the bank's or 1C's statement (Ctrl+Shift+B)</source>
            <translation>Төлемдерді банктің немесе 1С үзіндісі бойынша растау (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Record that both parties signed and attach the scanned copy (Ctrl+Shift+S)</source>
            <translation>Тараптардың шартқа қол қойғанын белгілеу және сканерленген көшірмесін тіркеу (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Signed &amp;copy</source>
            <translation>Қол қойылған &amp;данасы</translation>
        </message>
        <message>
            <source>Open the scanned signed copy (Ctrl+Shift+O)</source>
            <translation>Қол қойылған шарттың сканерленген көшірмесін ашу (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>&amp;Amendments…</source>
            <translation>&amp;Қосымша келісімдер…</translation>
        </message>
        <message>
            <source>Amendments of a signed agreement: amend, sign, print (Ctrl+Shift+A)</source>
            <translation>Қол қойылған шартқа қосымша келісімдер: жасау, қол қою, басып шығару (Ctrl+Shift+A)</translation>
        </message>
    </context>
    <context>
        <name>BackEntryDialog</name>
        <message>
            <source>The sheet lists %1 people; rows after them are blank rows.</source>
            <translation>Парақта %1 адам бар; олардан кейінгі жолдар — бос жолдар.</translation>
        </message>
        <message>
            <source>%1 people: %2</source>
            <translation>%1 адам: %2</translation>
        </message>
        <message>
            <source>Scan or photo of the signed sheet</source>
            <translation>Қол қойылған парақтың сканы немесе суреті</translation>
        </message>
        <message>
            <source>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation>Суреттер және PDF (*.jpg *.jpeg *.png *.pdf);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>Enter attendance from the signed sheet</source>
            <translation>Қол қойылған парақ бойынша қатысуды енгізу</translation>
        </message>
        <message>
            <source>&amp;Rows signed</source>
            <translation>Қол қойылған &amp;жолдар</translation>
        </message>
        <message>
            <source>e.g. 1-12, 15, 17</source>
            <translation>мысалы 1-12, 15, 17</translation>
        </message>
        <message>
            <source>&amp;Written on blank rows</source>
            <translation>Бос жолдарға &amp;жазылғандар</translation>
        </message>
        <message>
            <source>S&amp;can or photo</source>
            <translation>С&amp;кан немесе сурет</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Шолу…</translation>
        </message>
        <message>
            <source>&amp;Checked against the signed sheet</source>
            <translation>Қол қойылған парақпен &amp;салыстырылды</translation>
        </message>
        <message>
            <source>One person per line: name; sex; age or age group; phone</source>
            <translation>Әр жолға бір адам: аты-жөні; жынысы; жасы немесе жас тобы; телефоны</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check-in: %1</source>
            <translation>Тіркеу: %1</translation>
        </message>
        <message>
            <source>Nobody found. Ctrl+N adds “%1” as a walk-in.</source>
            <translation>Ешкім табылмады. Ctrl+N «%1» адамын тіркеусіз келген ретінде қосады.</translation>
        </message>
        <message>
            <source>not registered</source>
            <translation>тіркелмеген</translation>
        </message>
        <message>
            <source>present</source>
            <translation>келді</translation>
        </message>
        <message>
            <source>late</source>
            <translation>кешікті</translation>
        </message>
        <message>
            <source>left early</source>
            <translation>ерте кетті</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>келмеді</translation>
        </message>
        <message>
            <source>%1 of %2 present</source>
            <translation>%2 адамнан %1 келді</translation>
        </message>
        <message>
            <source>women %1 · men %2 · youth %3–%4: %5</source>
            <translation>әйелдер %1 · ерлер %2 · жастар %3–%4: %5</translation>
        </message>
        <message>
            <source>✓ %1 — %2. Ctrl+Z undoes.</source>
            <translation>✓ %1 — %2. Ctrl+Z — болдырмау.</translation>
        </message>
        <message>
            <source>Undone: the previous mark is back.</source>
            <translation>Соңғы белгі алынып тасталды: бұрынғы белгі қалпына келтірілді.</translation>
        </message>
        <message>
            <source>✓ Walk-in %1 added and marked present. Ctrl+Z undoes the mark.</source>
            <translation>✓ %1 қосылды және белгіленді. Ctrl+Z — белгіні болдырмау.</translation>
        </message>
        <message>
            <source>same IIN</source>
            <translation>ЖСН бірдей</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>телефоны бірдей</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>есімі ұқсас</translation>
        </message>
        <message>
            <source>Already known? Enter marks the chosen person; Ctrl+Enter adds a new person anyway.</source>
            <translation>Бұрыннан бар ма? Enter таңдалған адамды белгілейді; Ctrl+Enter бәрібір жаңа адам қосады.</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <source>Enter: present · Ctrl+2: late · Ctrl+3: left early · Ctrl+4: absent · Ctrl+Z: undo · Ctrl+N: walk-in · Esc: clear / close</source>
            <translation>Enter: келді · Ctrl+2: кешікті · Ctrl+3: ерте кетті · Ctrl+4: жоқ · Ctrl+Z: болдырмау · Ctrl+N: тіркеусіз · Esc: тазалау / жабу</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Қатысушыларды тіркеу</translation>
        </message>
        <message>
            <source>Type a few letters of the name or digits of the phone</source>
            <translation>Есімнің бірнеше әрпін немесе телефон цифрларын теріңіз</translation>
        </message>
        <message>
            <source>Walk-in: not on the list</source>
            <translation>Тіркеусіз келген: тізімде жоқ</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>&amp;Аты-жөні</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Жынысы</translation>
        </message>
        <message>
            <source>&amp;Age or birth year</source>
            <translation>&amp;Жасы немесе туған жылы</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>%1 is already present since %2.</source>
            <translation>%1 осында, келген уақыты: %2.</translation>
        </message>
        <message>
            <source>%1 is already marked “%2” (%3).</source>
            <translation>%1 бұрын белгіленген: «%2» (%3).</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Name (Russian)</source>
            <translation>Атауы (орысша)</translation>
        </message>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Атауы (қазақша)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Атауы (ағылшынша)</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Деңгейі</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Не істелді</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Құрамына кіреді</translation>
        </message>
        <message>
            <source>KATO code</source>
            <translation>ӘАОЖ коды</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Өтетін орны</translation>
        </message>
        <message>
            <source>First session</source>
            <translation>Алғашқы сабақ</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Сабақтар</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Қатысушылар</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Initiative group</source>
            <translation>Бастамашыл топ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Сұралған сома</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Түскен күні</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>Grant amount</source>
            <translation>Грант сомасы</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Қол қойылған күні</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>Сапар күні</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Шарт</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Next tranche may be released</source>
            <translation>Келесі траншты төлеуге болады</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Ашылуы</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Өтінім беру мерзімі</translation>
        </message>
        <message>
            <source>Maximum grant</source>
            <translation>Гранттың ең жоғары сомасы</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Конкурс бюджеті</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Өтінімдер</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Жазба түрі</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Не өзгерді</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation>Грант алушы</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Төленді</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Қалдық</translation>
        </message>
        <message>
            <source>Tranche amount</source>
            <translation>Транш сомасы</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Транш</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Шарты</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Төлем күні</translation>
        </message>
    </context>
    <context>
        <name>CommunitiesPage</name>
        <message>
            <source>Communities</source>
            <translation>Елді мекендер</translation>
        </message>
        <message>
            <source>No communities yet. The region, districts and villages arrive with the programme's setup.</source>
            <translation>Әзірге елді мекендер жоқ. Облыс, аудандар мен ауылдар бағдарлама бапталғанда пайда болады.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <source>Edit the selected place's names and KATO code (Enter)</source>
            <translation>Таңдалған елді мекеннің атаулары мен ӘАОЖ кодын өзгерту (Enter)</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Жалпы шолу</translation>
        </message>
        <message>
            <source>The programme in figures</source>
            <translation>Бағдарламаның негізгі көрсеткіштері</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>Елді мекендер</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Тренингтер</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>Мониторингтік сапарлар</translation>
        </message>
        <message>
            <source>Applications received</source>
            <translation>Түскен өтінімдер</translation>
        </message>
        <message>
            <source>Projects funded</source>
            <translation>Қаржыландырылған жобалар</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Қатысушылар</translation>
        </message>
        <message>
            <source>Beneficiaries reached</source>
            <translation>Қамтылған пайда алушылар</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Есептелуде…</translation>
        </message>
        <message>
            <source>No programme cycles yet: they arrive with the programme's setup.</source>
            <translation>Әзірге бағдарлама циклдері жоқ: олар бағдарлама бапталғанда пайда болады.</translation>
        </message>
        <message>
            <source>Counted from the records in this database; F5 counts again.</source>
            <translation>Осы дерекқордағы жазбалар бойынша есептелді; F5 — қайта есептеу.</translation>
        </message>
        <message>
            <source>All cycles</source>
            <translation>Барлық цикл</translation>
        </message>
        <message>
            <source>No settlement</source>
            <translation>Елді мекенсіз</translation>
        </message>
        <message>
            <source>Paid, ₸</source>
            <translation>Төленді, ₸</translation>
        </message>
        <message>
            <source>Completion report overdue</source>
            <translation>Қорытынды есеп мерзімі өтті</translation>
        </message>
        <message>
            <source>Tranche waiting on its condition</source>
            <translation>Транш шарттың орындалуын күтуде</translation>
        </message>
        <message>
            <source>Site visit due</source>
            <translation>Мониторингтік сапар алда</translation>
        </message>
        <message>
            <source>No site visit for 90 days</source>
            <translation>90 күн бойы мониторингтік сапар болмады</translation>
        </message>
        <message>
            <source>Review to finish</source>
            <translation>Сараптаманы аяқтау керек</translation>
        </message>
        <message>
            <source>Nothing waiting on you this week.</source>
            <translation>Осы аптада сізді күтіп тұрған іс жоқ.</translation>
        </message>
        <message>
            <source>Export the figures and records</source>
            <translation>Көрсеткіштер мен жазбаларды экспорттау</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Excel файлы жазылуда…</translation>
        </message>
        <message>
            <source>Written to %1</source>
            <translation>%1 файлына жазылды</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>&amp;Цикл:</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>Excel-ге &amp;экспорттау…</translation>
        </message>
        <message>
            <source>&amp;Scheduled exports…</source>
            <translation>&amp;Кесте бойынша экспорт…</translation>
        </message>
        <message>
            <source>Grants committed</source>
            <translation>Шарттар бойынша гранттар</translation>
        </message>
        <message>
            <source>Grants paid</source>
            <translation>Төленген гранттар</translation>
        </message>
        <message>
            <source>Akimat co-funding</source>
            <translation>Әкімдіктердің бірлесіп қаржыландыруы</translation>
        </message>
        <message>
            <source>Community contribution in kind</source>
            <translation>Қоғамдастықтардың заттай үлесі</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Еріктілер сағаттары</translation>
        </message>
        <message>
            <source>Trainings held</source>
            <translation>Өткізілген тренингтер</translation>
        </message>
        <message>
            <source>Beneficiaries planned</source>
            <translation>Жоспарланған пайда алушылар</translation>
        </message>
        <message>
            <source>Site visits done</source>
            <translation>Өткізілген мониторингтік сапарлар</translation>
        </message>
        <message>
            <source>Projects without a visit for 90 days</source>
            <translation>90 күн мониторингтік сапарсыз жобалар</translation>
        </message>
        <message>
            <source>Site visits planned</source>
            <translation>Жоспарланған мониторингтік сапарлар</translation>
        </message>
        <message>
            <source>Participants by sex and age</source>
            <translation>Қатысушылар жынысы мен жасы бойынша</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Әйелдер</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Ерлер</translation>
        </message>
        <message>
            <source>Sex not stated</source>
            <translation>Жынысы көрсетілмеген</translation>
        </message>
        <message>
            <source>Age not stated</source>
            <translation>Жасы көрсетілмеген</translation>
        </message>
        <message>
            <source>By settlement</source>
            <translation>Елді мекендер бойынша</translation>
        </message>
        <message>
            <source>Applications and payments by month</source>
            <translation>Айлар бойынша өтінімдер мен төлемдер</translation>
        </message>
        <message>
            <source>My week</source>
            <translation>Менің аптам</translation>
        </message>
        <message>
            <source>Counted from the records in this database; F5 counts again. Click a number to see the records behind it.</source>
            <translation>Осы дерекқордың жазбалары бойынша есептелді; F5 — қайта есептеу. Санның артындағы жазбаларды көру үшін оны басыңыз.</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Дербес деректер</translation>
        </message>
        <message>
            <source>Include personal data (IIN, phone, birth date) in the file? Only do so when the recipient may hold it.</source>
            <translation>Файлға дербес деректерді (ЖСН, телефон, туған күні) қосу керек пе? Алушы оларды сақтауға құқылы болғанда ғана қосыңыз.</translation>
        </message>
        <message>
            <source>Site visit overdue</source>
            <translation>Мониторингтік сапар мерзімі өтті</translation>
        </message>
        <message>
            <source>Projects overdue for a site visit</source>
            <translation>Мониторингтік сапар мерзімі өткен жобалар</translation>
        </message>
        <message>
            <source>Projects due for a site visit soon</source>
            <translation>Жақында мониторингтік сапар қажет жобалар</translation>
        </message>
        <message>
            <source>Follow-up action open</source>
            <translation>Кейінгі әрекет ашық</translation>
        </message>
        <message>
            <source>Projects with open follow-up actions</source>
            <translation>Ашық кейінгі әрекеттері бар жобалар</translation>
        </message>
        <message>
            <source>Projects completed</source>
            <translation>Аяқталған жобалар</translation>
        </message>
        <message>
            <source>Looking through your week…</source>
            <translation>Аптаңызды қарап жатырмыз…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Күтпеген қате орын алды: %1</translation>
        </message>
        <message>
            <source>FieldApp — error</source>
            <translation>FieldApp — қате</translation>
        </message>
        <message>
            <source>Your saved work is safe. Try again; if it happens again, send the log file to your head office.</source>
            <translation>Сақталған деректер қауіпсіз. Қайталап көріңіз; қате қайталанса, журнал файлын бас кеңсеге жіберіңіз.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>The database is busy with another program's write. Wait until it has finished, then try again.</source>
            <translation>Дерекқорға қазір басқа бағдарлама жазып жатыр. Ол аяқтағанша күтіп, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>The database file is damaged. Restore the latest backup (the backups folder beside the database) or ask your head office.</source>
            <translation>Дерекқор файлы зақымдалған. Соңғы сақтық көшірмені қалпына келтіріңіз (дерекқордың жанындағы backups қалтасы) немесе бас кеңсеге хабарласыңыз.</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>This field is required</source>
            <translation>Бұл өрісті толтыру міндетті</translation>
        </message>
        <message>
            <source>A KATO code is 9 digits, e.g. 475200000</source>
            <translation>ӘАОЖ коды — 9 цифр, мысалы 475200000</translation>
        </message>
        <message>
            <source>An IIN is 12 digits</source>
            <translation>ЖСН 12 цифрдан тұрады</translation>
        </message>
        <message>
            <source>The IIN's check digit does not match: please re-check the number</source>
            <translation>ЖСН бақылау цифры сәйкес келмейді: нөмірді тексеріңіз</translation>
        </message>
        <message>
            <source>The 7th digit of an IIN is 1 to 6</source>
            <translation>ЖСН-нің 7-цифры 1-ден 6-ға дейін</translation>
        </message>
        <message>
            <source>An IIN starts with a real birth date (YYMMDD)</source>
            <translation>ЖСН нақты туған күннен басталады (ЖЖААКК)</translation>
        </message>
        <message>
            <source>A BIN is 12 digits</source>
            <translation>БСН 12 цифрдан тұрады</translation>
        </message>
        <message>
            <source>The BIN's check digit does not match: please re-check the number</source>
            <translation>БСН бақылау цифры сәйкес келмейді: нөмірді тексеріңіз</translation>
        </message>
        <message>
            <source>A BIN starts with the registration year and month (YYMM)</source>
            <translation>БСН тіркелген жыл мен айдан басталады (ЖЖАА)</translation>
        </message>
        <message>
            <source>The 5th digit of a BIN is 4, 5 or 6</source>
            <translation>БСН-нің 5-цифры 4, 5 немесе 6</translation>
        </message>
        <message>
            <source>The phone number is empty</source>
            <translation>Телефон нөмірі көрсетілмеген</translation>
        </message>
        <message>
            <source>This does not look like a phone number</source>
            <translation>Бұл телефон нөміріне ұқсамайды</translation>
        </message>
        <message>
            <source>Not a valid phone number (Kazakh mobiles start with 70x or 77x)</source>
            <translation>Телефон нөмірі қате (Қазақстанның ұялы нөмірлері 70x немесе 77x-тен басталады)</translation>
        </message>
        <message>
            <source>A Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 characters</source>
            <translation>Қазақстандық IBAN: KZ, 2 бақылау цифры, банктің 3 таңбалы коды және 13 таңба</translation>
        </message>
        <message>
            <source>The IBAN's check digits do not match: please re-check the number</source>
            <translation>IBAN бақылау цифрлары сәйкес келмейді: нөмірді тексеріңіз</translation>
        </message>
        <message>
            <source>The amount is empty</source>
            <translation>Сома көрсетілмеген</translation>
        </message>
        <message>
            <source>Not an amount of money</source>
            <translation>Бұл ақша сомасы емес</translation>
        </message>
        <message>
            <source>An amount has at most 2 decimal places (tiyn)</source>
            <translation>Сомада үтірден кейін 2 таңбадан артық болмайды (тиын)</translation>
        </message>
        <message>
            <source>An amount cannot be negative</source>
            <translation>Сома теріс бола алмайды</translation>
        </message>
        <message>
            <source>The end date is before the start date</source>
            <translation>Аяқталу күні басталу күнінен бұрын</translation>
        </message>
        <message>
            <source>Close the form?</source>
            <extracomment>the core's check: takes the typed value, returns the clean one or raises Invalid</extracomment>
            <translation>Форманы жабу керек пе?</translation>
        </message>
        <message>
            <source>You typed something in this form that is not saved.</source>
            <translation>Формада сақталмаған енгізілген мәтін бар.</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Қаралама ретінде қалдыру</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Сақтамау</translation>
        </message>
        <message>
            <source>Go on editing</source>
            <translation>Енгізуді жалғастыру</translation>
        </message>
        <message>
            <source>Unsaved text found</source>
            <extracomment>the save finished: the result of save_work</extracomment>
            <translation>Сақталмаған мәтін табылды</translation>
        </message>
        <message>
            <source>This form was closed last time with text that was not saved. Restore it?</source>
            <translation>Өткен жолы форма сақталмаған мәтінмен жабылды. Оны қалпына келтіру керек пе?</translation>
        </message>
        <message>
            <source>This is not an e-mail address</source>
            <translation>Бұл электрондық пошта мекенжайы емес</translation>
        </message>
        <message>
            <source>Too long: {length} characters, at most {limit}</source>
            <translation>Тым ұзын: {length} таңба, ең көбі {limit} болуы керек</translation>
        </message>
        <message>
            <source>{field_of} is too long: {length} characters, at most {limit}</source>
            <translation>«{field_of}» өрісі тым ұзын: {length} таңба, ең көбі {limit} болуы керек</translation>
        </message>
        <message>
            <source>This amount cannot be read exactly: type it again</source>
            <translation>Бұл соманы дәл оқу мүмкін болмады: оны қайта енгізіңіз</translation>
        </message>
        <message>
            <source>A Kazakh BIC is 8 or 11 letters and digits with KZ in 5th–6th place, e.g. HSBKKZKX</source>
            <translation>Қазақстан банкінің БСК — 8 немесе 11 әріп пен цифр, 5–6-орында KZ, мысалы HSBKKZKX</translation>
        </message>
        <message>
            <source>A number, zero or more</source>
            <translation>Сан, нөл немесе одан көп</translation>
        </message>
        <message>
            <source>Thousands or tiyn? For thousands write {thousands}; tiyn have two digits after the comma</source>
            <translation>Мыңдар ма, тиындар ма? Мыңдарды былай жазыңыз: {thousands}; тиынның үтірден кейін екі цифры болады</translation>
        </message>
    </context>
    <context>
        <name>GrantsPage</name>
        <message>
            <source>Grant calls &amp; applications</source>
            <translation>Конкурстар мен өтінімдер</translation>
        </message>
        <message>
            <source>No grant calls yet. The head office announces calls; they arrive here with sync.</source>
            <translation>Әзірге конкурстар жоқ. Конкурстарды бас кеңсе жариялайды; олар синхрондау кезінде осында пайда болады.</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Өтінімдер</translation>
        </message>
        <message>
            <source>Grant calls</source>
            <translation>Конкурстар</translation>
        </message>
        <message>
            <source>Grant call saved.</source>
            <translation>Конкурс сақталды.</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Дайын.</translation>
        </message>
        <message>
            <source>No applications yet. Ctrl+N types in a paper application when a grant call is open.</source>
            <translation>Өтінімдер әзірге жоқ. Конкурс ашық болғанда Ctrl+N қағаз өтінімді енгізеді.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Рейтинг</translation>
        </message>
        <message>
            <source>&amp;New call…</source>
            <translation>&amp;Жаңа конкурс…</translation>
        </message>
        <message>
            <source>&amp;Edit call…</source>
            <translation>Конкурсты &amp;өзгерту…</translation>
        </message>
        <message>
            <source>&amp;Open the call</source>
            <translation>Өтінім қабылдауды &amp;ашу</translation>
        </message>
        <message>
            <source>Close and start &amp;review</source>
            <translation>Қабылдауды жабып, &amp;сараптаманы бастау</translation>
        </message>
        <message>
            <source>Mark &amp;decided</source>
            <translation>&amp;Шешім қабылданды деп белгілеу</translation>
        </message>
        <message>
            <source>%1 applications imported, %2 of them submitted.</source>
            <translation>Импортталған өтінімдер: %1, оның ішінде тапсырылғаны: %2.</translation>
        </message>
        <message>
            <source>&amp;Import application register…</source>
            <translation>Өтінімдер тізілімін &amp;импорттау…</translation>
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Filter… (Ctrl+F)</source>
            <extracomment>Enter or a double click on a row: its id an export finished: the file and the number of rows</extracomment>
            <translation>Сүзгі… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Жүктелуде…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n жазба</numerusform>
                <numerusform>%n жазба</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Press Esc in the filter box to see everything.</source>
            <translation>«%1» бойынша ештеңе табылмады. Барлығын көру үшін сүзгі өрісінде Esc басыңыз.</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Excel файлы жазылуда…</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>Өзгерістер &amp;тарихы…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>User: %1</source>
            <extracomment>the window closed and every queued write finished</extracomment>
            <translation>Пайдаланушы: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) copied with headers</source>
            <translation>
                <numerusform>Тақырыптарымен %n жол көшірілді</numerusform>
                <numerusform>Тақырыптарымен %n жол көшірілді</numerusform>
            </translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Excel-ге экспорттау</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to %1</source>
            <translation>
                <numerusform>%1 файлына %n жол жазылды</numerusform>
                <numerusform>%1 файлына %n жол жазылды</numerusform>
            </translation>
        </message>
        <message>
            <source>About FieldApp</source>
            <translation>FieldApp туралы</translation>
        </message>
        <message>
            <source>Trainings, grants, agreements and site visits of community grant programmes, offline.
Database: %1</source>
            <translation>Жергілікті қоғамдастықтарға арналған грант бағдарламаларының тренингтері, гранттары, шарттары мен мониторингтік сапарлары — интернетсіз.
Дерекқор: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Дерекқор: %1</translation>
        </message>
        <message>
            <source>FieldApp</source>
            <translation>FieldApp</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Өту</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Негізгі панель</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Excel-ге экспорттау…</translation>
        </message>
        <message>
            <source>Write the list in view, as filtered, to an Excel file</source>
            <translation>Ашық тізімді сүзгімен бірге Excel файлына жазу</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>&amp;Жолдарды көшіру</translation>
        </message>
        <message>
            <source>Copy the selected rows with their headers, ready to paste into Excel</source>
            <translation>Таңдалған жолдарды тақырыптарымен Excel-ге қоюға көшіру</translation>
        </message>
        <message>
            <source>Ctrl+C</source>
            <translation>Ctrl+C</translation>
        </message>
        <message>
            <source>&amp;Find in list</source>
            <translation>Тізімнен &amp;іздеу</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <source>Read the list again from the database</source>
            <translation>Тізімді дерекқордан қайта оқу</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>&amp;About FieldApp</source>
            <translation>FieldApp &amp;туралы</translation>
        </message>
        <message>
            <source>&amp;History of the record…</source>
            <translation>Жазбаның &amp;тарихы…</translation>
        </message>
        <message>
            <source>Who changed the selected record, what and when</source>
            <translation>Таңдалған жазбада кім, нені және қашан өзгертті</translation>
        </message>
        <message>
            <source>Finishing the file being written…</source>
            <translation>Файлды жазу аяқталуда…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>Қазір &amp;синхрондау</translation>
        </message>
        <message>
            <source>Send this laptop's changes and receive the head office's now (F9)</source>
            <translation>Осы ноутбуктың өзгерістерін жіберу және бас кеңсенің өзгерістерін қазір алу (F9)</translation>
        </message>
        <message>
            <source>Stopping the sync at a safe point…</source>
            <translation>Синхрондау қауіпсіз нүктеде тоқтатылуда…</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF ретінде сақтау…</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Басып шығаруды алдын ала қарау: %1</translation>
        </message>
        <message>
            <source>Open in the PDF viewer</source>
            <translation>PDF көру бағдарламасында ашу</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <source>No people yet. Ctrl+N adds a person, Ctrl+I imports a list; more arrive with trainings and sync from the head office.</source>
            <translation>Әзірге ешкім жоқ. Ctrl+N адам қосады, Ctrl+I тізімді импорттайды; қалғандары тренингтермен және бас кеңсемен синхрондау арқылы келеді.</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Жаңа адам</translation>
        </message>
        <message>
            <source>Add a person (Ctrl+N)</source>
            <translation>Адам қосу (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Import people from an Excel or CSV list (Ctrl+I)</source>
            <translation>Excel немесе CSV тізімінен адамдарды импорттау (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Біріктіру…</translation>
        </message>
        <message>
            <source>Merge the two selected records of one person (Ctrl+M)</source>
            <translation>Бір адамның таңдалған екі жазбасын біріктіру (Ctrl+M)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Жою…</translation>
        </message>
        <message>
            <source>Delete the selected person (Del)</source>
            <translation>Таңдалған адамды жою (Del)</translation>
        </message>
        <message>
            <source>Delete %1? They leave the lists and the figures, and their attendance no longer counts. The record is kept in the history.</source>
            <translation>%1 жойылсын ба? Адам тізімдер мен көрсеткіштерден шығады, оның қатысуы енді есептелмейді. Жазба тарихта сақталады.</translation>
        </message>
        <message>
            <source>Delete the person</source>
            <translation>Адамды жою</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>same IIN</source>
            <translation>ЖСН бірдей</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>телефоны бірдей</translation>
        </message>
        <message>
            <source>similar name in the same settlement</source>
            <translation>сол елді мекенде ұқсас есім</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Адам деректерін өзгерту</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Жаңа адам</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>&amp;Аты-жөні</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters</source>
            <translation>&amp;Латын әрпімен аты</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Жынысы</translation>
        </message>
        <message>
            <source>Birth &amp;year</source>
            <translation>Туған &amp;жылы</translation>
        </message>
        <message>
            <source>Birth &amp;date</source>
            <translation>Туған &amp;күні</translation>
        </message>
        <message>
            <source>S&amp;ettlement</source>
            <translation>&amp;Елді мекен</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>&amp;IIN</source>
            <translation>&amp;ЖСН</translation>
        </message>
        <message>
            <source>&amp;Organisation or group</source>
            <translation>&amp;Ұйым немесе топ</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>&amp;Ескертпелер</translation>
        </message>
        <message>
            <source>&amp;Consent given on</source>
            <translation>&amp;Келісім берілген күн</translation>
        </message>
        <message>
            <source>Consent &amp;covers</source>
            <translation>Келісім &amp;неге берілген</translation>
        </message>
        <message>
            <source>&amp;Guardian (for a minor)</source>
            <translation>&amp;Заңды өкілі (кәмелетке толмаған үшін)</translation>
        </message>
        <message>
            <source>This may be someone already known</source>
            <translation>Бұл адам дерекқорда бұрыннан бар болуы мүмкін</translation>
        </message>
        <message>
            <source>&amp;Use the chosen record</source>
            <translation>Таңдалған жазбаны &amp;алу</translation>
        </message>
        <message>
            <source>&amp;Merge into the chosen record</source>
            <translation>Таңдалған жазбамен &amp;біріктіру</translation>
        </message>
        <message>
            <source>Save as a &amp;different person</source>
            <translation>&amp;Басқа адам ретінде сақтау</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>кк.аа.жжжж</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Type an age (23) or a birth year (2001)</source>
            <translation>Жасын (23) немесе туған жылын (2001) енгізіңіз</translation>
        </message>
        <message>
            <source>Type the row numbers of the sheet, e.g. 1-12, 15, 17</source>
            <translation>Парақтың жол нөмірлерін енгізіңіз, мысалы 1-12, 15, 17</translation>
        </message>
        <message>
            <source>Not a date (dd.MM.yyyy)</source>
            <translation>Күні дұрыс емес (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Not a time (HH:MM)</source>
            <translation>Бұл уақыт емес (СС:ММ)</translation>
        </message>
        <message>
            <source>The birth date is in the future</source>
            <translation>Туған күні болашақта</translation>
        </message>
        <message>
            <source>The birth year must be between 1900 and this year</source>
            <translation>Туған жылы 1900 жыл мен биылғы жыл аралығында болуы керек</translation>
        </message>
        <message>
            <source>The birth year differs from the birth date</source>
            <translation>Туған жылы туған күнімен сәйкес келмейді</translation>
        </message>
        <message>
            <source>The birth date differs from the IIN's</source>
            <translation>Туған күні ЖСН-мен сәйкес келмейді</translation>
        </message>
        <message>
            <source>The sex differs from the IIN's (its 7th digit)</source>
            <translation>Жынысы ЖСН-мен сәйкес келмейді (оның 7-цифры)</translation>
        </message>
        <message>
            <source>Sex not recognised (F/M, ж/м, әйел/ер)</source>
            <translation>Жынысы танылмады (ә/е, ж/м, F/M)</translation>
        </message>
        <message>
            <source>A minor's consent is given by a parent or guardian</source>
            <translation>Кәмелетке толмаған үшін келісімді ата-анасы немесе қорғаншысы береді</translation>
        </message>
        <message>
            <source>A training has at least one day</source>
            <translation>Тренингтің кемінде бір күні болуы керек</translation>
        </message>
        <message>
            <source>A day ends before it starts</source>
            <translation>Сабақтың аяқталу уақыты басталу уақытынан ерте</translation>
        </message>
        <message>
            <source>A day with attendance cannot be removed</source>
            <translation>Қатысу белгілері бар күнді жоюға болмайды</translation>
        </message>
        <message>
            <source>Capacity cannot be negative</source>
            <translation>Сыйымдылық теріс бола алмайды</translation>
        </message>
        <message>
            <source>No such file</source>
            <translation>Мұндай файл жоқ</translation>
        </message>
        <message>
            <source>no name: the row is rejected</source>
            <translation>аты жоқ: жол қабылданбады</translation>
        </message>
        <message>
            <source>no consent to process personal data on record</source>
            <translation>дербес деректерді өңдеуге келісім тіркелмеген</translation>
        </message>
        <message>
            <source>birth date or year not understood, left empty</source>
            <translation>туған күні немесе жылы танылмады, бос қалдырылды</translation>
        </message>
        <message>
            <source>These records have different IINs: they are two different people</source>
            <translation>Бұл жазбалардың ЖСН-дері әртүрлі: бұл екі бөлек адам</translation>
        </message>
        <message>
            <source>no project title: the row is rejected</source>
            <translation>жобаның атауы жоқ: жол қабылданбады</translation>
        </message>
        <message>
            <source>no initiative group: the row is rejected</source>
            <translation>бастамашыл топ жоқ: жол қабылданбады</translation>
        </message>
        <message>
            <source>no settlement</source>
            <translation>елді мекен көрсетілмеген</translation>
        </message>
        <message>
            <source>no amount requested</source>
            <translation>сұралатын сома көрсетілмеген</translation>
        </message>
        <message>
            <source>the amount is over the call's maximum grant</source>
            <translation>сома конкурстағы гранттың ең жоғары сомасынан асады</translation>
        </message>
        <message>
            <source>received outside the call's dates</source>
            <translation>конкурс мерзімінен тыс қабылданған</translation>
        </message>
        <message>
            <source>Required attachment %2 has no title</source>
            <translation>№%2 міндетті қосымшаның атауы жоқ</translation>
        </message>
        <message>
            <source>Unknown source of the mark</source>
            <translation>Белгінің көзі белгісіз</translation>
        </message>
        <message>
            <source>Unknown attendance status</source>
            <translation>Белгісіз қатысу мәртебесі</translation>
        </message>
        <message>
            <source>The share of sessions attended must be more than 0 and at most 1 (e.g. 0.5)</source>
            <translation>Қатысқан сабақтар үлесі 0-ден көп және 1-ден аспауы керек (мысалы, 0,5)</translation>
        </message>
        <message>
            <source>Consent is given on paper or electronically</source>
            <translation>Келісім қағазда немесе электрондық түрде беріледі</translation>
        </message>
        <message>
            <source>No such consent record</source>
            <translation>Мұндай келісім жазбасы жоқ</translation>
        </message>
        <message>
            <source>A person cannot be merged with themselves</source>
            <translation>Адамды өзімен біріктіруге болмайды</translation>
        </message>
        <message>
            <source>No such person</source>
            <translation>Мұндай адам жоқ</translation>
        </message>
        <message>
            <source>No such session</source>
            <translation>Мұндай сабақ жоқ</translation>
        </message>
        <message>
            <source>The training has several sessions: say which</source>
            <translation>Тренингтің бірнеше сабағы бар: қайсысы екенін көрсетіңіз</translation>
        </message>
        <message>
            <source>No such training</source>
            <translation>Мұндай тренинг жоқ</translation>
        </message>
        <message>
            <source>Several trainings match: say which</source>
            <translation>Бірнеше тренинг сәйкес келеді: қайсысы екенін көрсетіңіз</translation>
        </message>
        <message>
            <source>Application {number} cannot become “{to_status}”: {why}</source>
            <translation>{number} өтінімі «{to_status}» мәртебесін ала алмайды: {why}</translation>
        </message>
        <message>
            <source>its eligibility has not been checked yet</source>
            <translation>оның талаптарға сәйкестігі әлі тексерілмеген</translation>
        </message>
        <message>
            <source>it has not been submitted and checked for eligibility</source>
            <translation>ол тапсырылмаған және талаптарға сәйкестігі тексерілмеген</translation>
        </message>
        <message>
            <source>it has not been submitted</source>
            <translation>ол тапсырылмаған</translation>
        </message>
        <message>
            <source>it has not been reviewed</source>
            <translation>ол сараптамадан өтпеген</translation>
        </message>
        <message>
            <source>the committee has not recommended it yet</source>
            <translation>конкурстық комиссия оны әлі ұсынған жоқ</translation>
        </message>
        <message>
            <source>the committee has not finished its review</source>
            <translation>конкурстық комиссия қарауды әлі аяқтаған жоқ</translation>
        </message>
        <message>
            <source>it has not been checked for eligibility or reviewed</source>
            <translation>ол талаптарға сәйкестігі тексерілмеген және сараптамадан өтпеген</translation>
        </message>
        <message>
            <source>it has not even been submitted</source>
            <translation>ол тіпті тапсырылмаған</translation>
        </message>
        <message>
            <source>it is “{status}” (next: {allowed})</source>
            <translation>оның мәртебесі «{status}» (келесі: {allowed})</translation>
        </message>
        <message>
            <source>it is “{status}” (final)</source>
            <translation>оның мәртебесі «{status}» — соңғы</translation>
        </message>
        <message>
            <source>Unknown status “{status}”</source>
            <translation>Белгісіз мәртебе: «{status}»</translation>
        </message>
        <message>
            <source>Give a reason for the status “{to_status}”</source>
            <translation>«{to_status}» мәртебесінің себебін көрсетіңіз</translation>
        </message>
        <message>
            <source>Cannot submit: {problems}</source>
            <translation>Тапсыруға болмайды: {problems}</translation>
        </message>
        <message>
            <source>Not eligible: {problems}</source>
            <translation>Талаптарға сәйкес емес: {problems}</translation>
        </message>
        <message>
            <source>Give a reason to accept it despite: {problems}</source>
            <translation>Мына кемшіліктерге қарамастан қатысуға жіберу себебін көрсетіңіз: {problems}</translation>
        </message>
        <message>
            <source>Application {number} has no submitted review yet</source>
            <translation>{number} өтінімі бойынша сарапшылардың жіберілген бағасы әлі жоқ</translation>
        </message>
        <message>
            <source>The approved amount must be positive</source>
            <translation>Мақұлданған сома нөлден үлкен болуы керек</translation>
        </message>
        <message>
            <source>Approving {amount} takes the call {over} over its envelope of {envelope} ({committed} already approved); an override with a reason is needed</source>
            <translation>{amount} сомасын мақұлдау конкурс бюджетінен ({envelope}) {over} асып кетуге әкеледі (бұрын мақұлданғаны: {committed}); бюджеттен асу үшін себебі көрсетілген рұқсат қажет</translation>
        </message>
        <message>
            <source>An approval over the envelope needs a reason</source>
            <translation>Конкурс бюджетінен асатын мақұлдауға себеп керек</translation>
        </message>
        <message>
            <source>Approving an application the committee did not recommend needs a reason</source>
            <translation>Конкурстық комиссия ұсынбаған өтінімді мақұлдау үшін себеп керек</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: only an approval or a rejection can be reopened</source>
            <translation>{number} өтінімі «{status}» мәртебесінде: тек мақұлдауды немесе қабылдамауды қайта қарауға болады</translation>
        </message>
        <message>
            <source>Say why the decision is reopened</source>
            <translation>Шешім неге қайта қаралатынын көрсетіңіз</translation>
        </message>
        <message>
            <source>The selection differs from the suggestion: say why</source>
            <translation>Іріктеу ұсынылғаннан өзгеше: себебін көрсетіңіз</translation>
        </message>
        <message>
            <source>No such application</source>
            <translation>Мұндай өтінім жоқ</translation>
        </message>
        <message>
            <source>Name the applicant initiative group</source>
            <translation>Өтінім берушінің бастамашыл тобын көрсетіңіз</translation>
        </message>
        <message>
            <source>Choose the settlement</source>
            <translation>Елді мекенді таңдаңыз</translation>
        </message>
        <message>
            <source>The requested amount is missing</source>
            <translation>Сұралатын сома көрсетілмеген</translation>
        </message>
        <message>
            <source>The request exceeds the call's maximum grant by {amount}</source>
            <translation>Сұралған сома гранттың ең жоғары сомасынан {amount} асады</translation>
        </message>
        <message>
            <source>Received outside the call's dates</source>
            <translation>Конкурс мерзімінен тыс түсті</translation>
        </message>
        <message>
            <source>{place} is not among the settlements eligible for this call</source>
            <translation>{place} бұл конкурсқа өтінім бере алатын елді мекендердің қатарында жоқ</translation>
        </message>
        <message>
            <source>Missing attachment: {label}</source>
            <translation>Қосымша жоқ: {label}</translation>
        </message>
        <message>
            <source>Choose a category from the list</source>
            <translation>Санатты тізімнен таңдаңыз</translation>
        </message>
        <message>
            <source>The channel is paper, e-mail or in person</source>
            <translation>Тапсыру тәсілі: қағазбен, электрондық поштамен немесе жеке өзі</translation>
        </message>
        <message>
            <source>The applicant's language is ru, kk or en</source>
            <translation>Өтінім берушінің тілі: ru, kk немесе en</translation>
        </message>
        <message>
            <source>The duration is 1 to 36 months</source>
            <translation>Мерзімі — 1-ден 36 айға дейін</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: its content is frozen after the eligibility check</source>
            <translation>{number} өтінімі «{status}» мәртебесінде: талаптарға сәйкестік тексерілгеннен кейін оның мазмұны өзгермейді</translation>
        </message>
        <message>
            <source>Application {number} already has its registration number; it never changes</source>
            <translation>{number} өтінімінің тіркеу нөмірі бар; ол өзгермейді</translation>
        </message>
        <message>
            <source>A draft is registered when it is submitted</source>
            <translation>Қаралама тапсырылғанда тіркеледі</translation>
        </message>
        <message>
            <source>Budget line {position}: what is bought or done?</source>
            <translation>Бюджет бабы {position}: не сатып алынады немесе жасалады?</translation>
        </message>
        <message>
            <source>Budget line {position}: the quantity must be positive (3 places at most)</source>
            <translation>Бюджет бабы {position}: саны нөлден үлкен болуы керек (үтірден кейін 3 таңбадан аспайды)</translation>
        </message>
        <message>
            <source>Line {position}: amounts cannot be negative</source>
            <translation>{position}-жол: сомалар теріс бола алмайды</translation>
        </message>
        <message>
            <source>Line {position}: requested + co-funding + in kind = {sum}, but the line costs {cost}</source>
            <translation>{position}-жол: сұралғаны + бірлесіп қаржыландыру + заттай үлес = {sum}, ал жолдың құны {cost}</translation>
        </message>
        <message>
            <source>This application has budget lines: its amounts come from them</source>
            <translation>Өтінімде бюджет баптары бар: сомалары солардан есептеледі</translation>
        </message>
        <message>
            <source>Unknown beneficiary group</source>
            <translation>Белгісіз пайда алушылар тобы</translation>
        </message>
        <message>
            <source>A number of beneficiaries cannot be negative</source>
            <translation>Пайда алушылар саны теріс бола алмайды</translation>
        </message>
        <message>
            <source>{name} is {size} MB; attachments are limited to {limit} MB (scan or photograph at a lower resolution)</source>
            <translation>{name} — {size} МБ; қосымша {limit} МБ-тан аспауы керек (төменірек ажыратымдылықпен сканерлеңіз немесе суретке түсіріңіз)</translation>
        </message>
        <message>
            <source>The file changed while it was being copied: try again</source>
            <translation>Көшіру кезінде файл өзгерді: қайталап көріңіз</translation>
        </message>
        <message>
            <source>No such attachment</source>
            <translation>Мұндай қосымша жоқ</translation>
        </message>
        <message>
            <source>Name the reviewer</source>
            <translation>Сарапшыны көрсетіңіз</translation>
        </message>
        <message>
            <source>“{name}” is not a reviewer of this call</source>
            <translation>«{name}» бұл конкурстың сарапшысы емес</translation>
        </message>
        <message>
            <source>Say what the conflict of interest is (e.g. “my own village”)</source>
            <translation>Мүдделер қақтығысы неде екенін көрсетіңіз (мысалы, «өз ауылым»)</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: only applications found eligible go to reviewers</source>
            <translation>{number} өтінімі «{status}» мәртебесінде: сарапшыларға тек талаптарға сәйкес өтінімдер беріледі</translation>
        </message>
        <message>
            <source>{name} declared a conflict of interest with application {number} and cannot score it</source>
            <translation>{name}: {number} өтінімі бойынша мүдделер қақтығысы мәлімделген, оны бағалауға болмайды</translation>
        </message>
        <message>
            <source>Application {number} was never under review</source>
            <translation>{number} өтінімі ешқашан сараптамада болған жоқ</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: it can be scored only while under review (after its eligibility check)</source>
            <translation>{number} өтінімі «{status}» мәртебесінде: оны тек сараптама кезінде бағалауға болады (талаптарға сәйкестік тексерілгеннен кейін)</translation>
        </message>
        <message>
            <source>Application {number} is not assigned to {name}</source>
            <translation>{number} өтінімі {name} сарапшысына тағайындалмаған</translation>
        </message>
        <message>
            <source>Not a criterion of this call</source>
            <translation>Бұл конкурстың критерийі емес</translation>
        </message>
        <message>
            <source>{criterion}: no score</source>
            <translation>{criterion}: балл жоқ</translation>
        </message>
        <message>
            <source>{criterion}: the score must be a whole number</source>
            <translation>{criterion}: балл бүтін сан болуы керек</translation>
        </message>
        <message>
            <source>{criterion}: the score must be 0 to {max}</source>
            <translation>{criterion}: балл 0 мен {max} аралығында болуы керек</translation>
        </message>
        <message>
            <source>{criterion}: a comment is required</source>
            <translation>{criterion}: түсініктеме қажет</translation>
        </message>
        <message>
            <source>The review was submitted and is final: a correction needs a reason and becomes a new version</source>
            <translation>Баға жіберілді және түпкілікті: түзетуге себеп керек, ол жаңа нұсқа болады</translation>
        </message>
        <message>
            <source>No such grant call</source>
            <translation>Мұндай конкурс жоқ</translation>
        </message>
        <message>
            <source>Choose the programme cycle of the call</source>
            <translation>Конкурстың бағдарлама циклін таңдаңыз</translation>
        </message>
        <message>
            <source>The maximum grant cannot exceed the envelope</source>
            <translation>Гранттың ең жоғары сомасы конкурс бюджетінен аспауы керек</translation>
        </message>
        <message>
            <source>A call that is “{status}” cannot become “{to_status}”</source>
            <translation>«{status}» мәртебесіндегі конкурс «{to_status}» мәртебесін ала алмайды</translation>
        </message>
        <message>
            <source>Add the scoring criteria before opening the call</source>
            <translation>Конкурсты ашпас бұрын бағалау критерийлерін қосыңыз</translation>
        </message>
        <message>
            <source>That call has no criteria to copy</source>
            <translation>Ол конкурста көшіретін критерийлер жоқ</translation>
        </message>
        <message>
            <source>Reviewers have started scoring: the criteria can no longer change</source>
            <translation>Сарапшылар бағалауды бастады: критерийлер енді өзгермейді</translation>
        </message>
        <message>
            <source>Criterion {position}: the maximum score must be at least 1</source>
            <translation>{position}-критерий: ең жоғары балл кемінде 1 болуы керек</translation>
        </message>
        <message>
            <source>Criterion {position}: the weight must be positive, 2 places at most</source>
            <translation>{position}-критерий: салмағы нөлден үлкен, үтірден кейін 2 таңбадан аспауы керек</translation>
        </message>
        <message>
            <source>Only the head office may do this; you are signed in as {name} ({role})</source>
            <translation>Мұны тек бас кеңсе жасай алады; сіз {name} ({role}) ретінде кірдіңіз</translation>
        </message>
        <message>
            <source>Only the head office may do this; choose your user profile first</source>
            <translation>Мұны тек бас кеңсе жасай алады; алдымен пайдаланушы профиліңізді таңдаңыз</translation>
        </message>
        <message>
            <source>This is not one of the standard reasons for this decision</source>
            <translation>Бұл мұндай шешімнің стандартты себептерінің бірі емес</translation>
        </message>
        <message>
            <source>Application {number} is {status}: a decision letter is written once it is approved or rejected</source>
            <translation>{number} өтінімі «{status}» мәртебесінде: шешім туралы хат өтінім мақұлданғаннан немесе қабылданбағаннан кейін жазылады</translation>
        </message>
        <message>
            <source>The application's decision is not on record</source>
            <translation>Өтінім бойынша шешім жазылмаған</translation>
        </message>
        <message>
            <source>There is no foundation record yet: documents have no issuer</source>
            <translation>Қор әлі енгізілмеген: құжаттарда жіберушісі жоқ</translation>
        </message>
        <message>
            <source>Unknown field of the letterhead</source>
            <translation>Бланкінің белгісіз өрісі</translation>
        </message>
        <message>
            <source>The picture is larger than {limit} MB</source>
            <translation>Сурет {limit} МБ-тан үлкен</translation>
        </message>
        <message>
            <source>A logo is a PNG or JPEG picture</source>
            <translation>Логотип — PNG немесе JPEG суреті</translation>
        </message>
        <message>
            <source>Not an age group (0–13, 14–17, 18–29, 30–44, 45–59, 60+)</source>
            <translation>Бұл жас тобы емес (0–13, 14–17, 18–29, 30–44, 45–59, 60+)</translation>
        </message>
        <message>
            <source>The file is {size} MB; at most {limit} MB are read: split the list into smaller files</source>
            <translation>Файл көлемі {size} МБ, ал ең көбі {limit} МБ оқылады: тізімді кішірек файлдарға бөліңіз</translation>
        </message>
        <message>
            <source>More than {limit} rows: split the list into smaller files</source>
            <translation>{limit} жолдан көп: тізімді кішірек файлдарға бөліңіз</translation>
        </message>
        <message>
            <source>Row {row} has {columns} columns; at most {limit} are read: remove the columns the import does not need</source>
            <translation>{row}-жолда {columns} баған бар, ал ең көбі {limit} баған оқылады: импортқа керек емес бағандарды жойыңыз</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: a value of {length} characters; a cell holds at most {limit}</source>
            <translation>{row}-жол, {column} бағаны: мәні {length} таңба, ал ұяшыққа ең көбі {limit} таңба сыяды</translation>
        </message>
        <message>
            <source>Row {row} holds a damaged character (byte {byte}) in UTF-8 text; nothing was imported: correct that row, or save the list again as UTF-8</source>
            <translation>{row}-жолдағы UTF-8 мәтінінде зақымдалған таңба бар (байт {byte}); ештеңе импортталған жоқ: сол жолды түзетіңіз немесе тізімді UTF-8 түрінде қайта сақтаңыз</translation>
        </message>
        <message>
            <source>Row {row} holds a NUL byte: the file is damaged; save the list again from Excel or LibreOffice</source>
            <translation>{row}-жолда нөлдік байт (NUL) бар: файл зақымдалған; тізімді Excel немесе LibreOffice арқылы қайта сақтаңыз</translation>
        </message>
        <message>
            <source>This is not a text (CSV) file</source>
            <translation>Бұл мәтіндік (CSV) файл емес</translation>
        </message>
        <message>
            <source>Near row {row}: a character that is neither UTF-8 nor Windows-1251; save the list again as UTF-8</source>
            <translation>{row}-жолдың маңында: UTF-8 те, Windows-1251 де емес таңба; тізімді UTF-8 түрінде қайта сақтаңыз</translation>
        </message>
        <message>
            <source>The sheet's used area is {area} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: delete the rows and columns beyond the list</source>
            <translation>Парақтың толтырылған аумағы — {area} ({rows} жол × {columns} баған), ал ең көбі {max_rows} жол мен {max_columns} баған оқылады: тізімнен тыс жолдар мен бағандарды жойыңыз</translation>
        </message>
        <message>
            <source>The workbook unpacks to {size} MB; at most {limit} MB are read</source>
            <translation>Excel кітабы ашылғанда {size} МБ болады, ал ең көбі {limit} МБ оқылады</translation>
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook</source>
            <translation>Файлды Excel кітабы ретінде оқу мүмкін емес</translation>
        </message>
        <message>
            <source>{column} (cell {cell}) is a formula whose result the file does not hold: open the file in Excel or LibreOffice and save it again</source>
            <translation>«{column}» ({cell} ұяшығы) — нәтижесі файлда сақталмаған формула: файлды Excel немесе LibreOffice-те ашып, қайта сақтаңыз</translation>
        </message>
        <message>
            <source>{column}: {length} characters, at most {limit}</source>
            <translation>«{column}»: {length} таңба, ең көбі {limit} болуы керек</translation>
        </message>
        <message>
            <source>The file is empty</source>
            <translation>Файл бос</translation>
        </message>
        <message>
            <source>“{part}” is not a row number or a range like 3-7</source>
            <translation>«{part}» — жол нөмірі де, 3-7 сияқты аралық та емес</translation>
        </message>
        <message>
            <source>“{part}”: a range goes from a smaller to a larger row number</source>
            <translation>«{part}»: аралық кіші жол нөмірінен үлкеніне қарай жазылады</translation>
        </message>
        <message>
            <source>“{part}” is beyond the last row of the sheet</source>
            <translation>«{part}» — парақтың соңғы жолынан тыс</translation>
        </message>
        <message>
            <source>Row {row} is a blank row: write that person's name below</source>
            <translation>{row}-жол — бос жол: ол адамның атын төменде жазыңыз</translation>
        </message>
        <message>
            <source>Line {line}: the name comes first</source>
            <translation>{line}-жол: алдымен аты-жөні</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>{line}-жол: {problem}</translation>
        </message>
        <message>
            <source>Day {day}: not a date (dd.MM.yyyy)</source>
            <translation>{day}-күн: бұл күн емес (кк.АА.жжжж)</translation>
        </message>
        <message>
            <source>unknown settlement “{name}”, left empty</source>
            <translation>белгісіз елді мекен «{name}», бос қалдырылды</translation>
        </message>
        <message>
            <source>a similar name is already known: {name}</source>
            <translation>ұқсас есім бұрыннан бар: {name}</translation>
        </message>
        <message>
            <source>{field}: {problem}; left empty</source>
            <translation>{field}: {problem}; бос қалдырылды</translation>
        </message>
        <message>
            <source>“{label}” is listed twice</source>
            <translation>«{label}» екі рет көрсетілген</translation>
        </message>
        <message>
            <source>Required attachment {position} has no title</source>
            <translation>{position}-міндетті қосымшаның атауы жоқ</translation>
        </message>
        <message>
            <source>Unknown kind of attachment “{kind}”</source>
            <translation>Қосымшаның белгісіз түрі «{kind}»</translation>
        </message>
        <message>
            <source>the same application as row {row}</source>
            <translation>{row}-жолдағы өтініммен бірдей</translation>
        </message>
        <message>
            <source>unknown settlement “{name}”</source>
            <translation>белгісіз елді мекен «{name}»</translation>
        </message>
        <message>
            <source>unknown category “{category}”: taken as other</source>
            <translation>белгісіз санат «{category}»: «басқа» ретінде алынды</translation>
        </message>
        <message>
            <source>the amount “{amount}” cannot be read</source>
            <translation>«{amount}» сомасын оқу мүмкін болмады</translation>
        </message>
        <message>
            <source>the received date “{date}” cannot be read</source>
            <translation>«{date}» қабылданған күнін оқу мүмкін болмады</translation>
        </message>
        <message>
            <source>No such place</source>
            <translation>Мұндай елді мекен жоқ</translation>
        </message>
        <message>
            <source>Documents print in Russian, Kazakh or English</source>
            <translation>Құжаттар орыс, қазақ немесе ағылшын тілінде басылады</translation>
        </message>
        <message>
            <source>No such user profile</source>
            <translation>Мұндай пайдаланушы профилі жоқ</translation>
        </message>
        <message>
            <source>Choose a role from the list</source>
            <translation>Тізімнен рөлді таңдаңыз</translation>
        </message>
        <message>
            <source>A decision letter is written once the application is approved or rejected</source>
            <translation>Шешім туралы хат өтінім мақұлданғанда немесе қабылданбағанда жазылады</translation>
        </message>
        <message>
            <source>{cell}: this sheet is for the call “{title}”, not “{expected}”</source>
            <translation>{cell}: бұл парақ «{title}» конкурсына арналған, «{expected}» конкурсына емес</translation>
        </message>
        <message>
            <source>{cell}: this sheet is for the call “{title}”, which this database does not have</source>
            <translation>{cell}: бұл парақ «{title}» конкурсына арналған, ол бұл дерекқорда жоқ</translation>
        </message>
        <message>
            <source>{cell}: {name} is not a reviewer of this call</source>
            <translation>{cell}: {name} бұл конкурстың сарапшысы емес</translation>
        </message>
        <message>
            <source>{cell}: the call's criteria changed after this sheet was made: make a new sheet</source>
            <translation>{cell}: бұл парақ жасалғаннан кейін конкурс критерийлері өзгерді: жаңа парақ жасаңыз</translation>
        </message>
        <message>
            <source>{cell}: application {number} is not part of this call</source>
            <translation>{cell}: {number} өтінімі бұл конкурсқа жатпайды</translation>
        </message>
        <message>
            <source>{cell}: {number}: “{value}” is not a whole number</source>
            <translation>{cell}: {number}: «{value}» — бүтін сан емес</translation>
        </message>
        <message>
            <source>{cell}: {number}: no score for “{criterion}”</source>
            <translation>{cell}: {number}: «{criterion}» критерийі бойынша балл жоқ</translation>
        </message>
        <message>
            <source>{cell}: {number}: the score {score} is outside 0 to {max}</source>
            <translation>{cell}: {number}: {score} балл 0 мен {max} аралығынан тыс</translation>
        </message>
        <message>
            <source>{cell}: {number}: a comment is required for “{criterion}”</source>
            <translation>{cell}: {number}: «{criterion}» критерийіне түсініктеме қажет</translation>
        </message>
        <message>
            <source>{cell}: {number}: {name} declared a conflict of interest with it</source>
            <translation>{cell}: {number}: {name} осы өтініммен мүдделер қақтығысы бар екенін мәлімдеді</translation>
        </message>
        <message>
            <source>{cell}: {number}: the application is “{status}”, not under review</source>
            <translation>{cell}: {number}: өтінім «{status}» мәртебесінде, қаралып жатқан жоқ</translation>
        </message>
        <message>
            <source>{cell}: {number}: not assigned to {name}</source>
            <translation>{cell}: {number}: {name} сарапшысына тағайындалмаған</translation>
        </message>
        <message>
            <source>Application {number} is already approved</source>
            <translation>{number} өтінімі мақұлданып қойған</translation>
        </message>
        <message>
            <source>The approved amount {amount} is more than the {requested} requested</source>
            <translation>Мақұлданған сома {amount} сұралған сомадан ({requested}) көп</translation>
        </message>
        <message>
            <source>The approved amount {amount} is more than the call's maximum grant of {max_grant}</source>
            <translation>Мақұлданған сома {amount} конкурстың ең жоғары грантынан ({max_grant}) көп</translation>
        </message>
        <message>
            <source>Only the head office may approve over the envelope</source>
            <translation>Конкурс бюджетінен асырып мақұлдауды тек бас кеңсе жасай алады</translation>
        </message>
        <message>
            <source>This conflict is not on this computer</source>
            <translation>Бұл қайшылық осы компьютерде жоқ</translation>
        </message>
        <message>
            <source>This conflict was already resolved by {name}</source>
            <translation>Бұл қайшылықты {name} шешіп қойған</translation>
        </message>
        <message>
            <source>Keep the value kept, the value lost, or type one</source>
            <translation>Сақталған мәнді, қабылданбаған мәнді қалдырыңыз немесе өзіңіз енгізіңіз</translation>
        </message>
        <message>
            <source>{field} is not a field of this conflict</source>
            <translation>{field} өрісі бұл қайшылыққа жатпайды</translation>
        </message>
        <message>
            <source>The record of this conflict is not on this computer</source>
            <translation>Бұл қайшылықтың жазбасы осы компьютерде жоқ</translation>
        </message>
        <message>
            <source>{name} was already merged the other way on another computer: this merge was not applied</source>
            <translation>{name}: бұл жазбалар басқа компьютерде керісінше біріктірілген, бұл біріктіру қолданылмады</translation>
        </message>
        <message>
            <source>“{address}” is not a hub address: type it as the head office gave it, e.g. http://192.168.1.10:8765 or https://hub.example.kz</source>
            <translation>«{address}» — сервер мекенжайы емес: оны бас кеңсе бергендей енгізіңіз, мысалы http://192.168.1.10:8765 немесе https://hub.example.kz</translation>
        </message>
        <message>
            <source>No connection to {address}: check that this laptop is on the network and the address is right, or enrol with a file from a USB stick</source>
            <translation>{address} мекенжайымен байланыс жоқ: ноутбуктың желіге қосылғанын және мекенжайдың дұрыстығын тексеріңіз немесе ноутбукты USB жинақтауышындағы файлмен қосыңыз</translation>
        </message>
        <message>
            <source>The hub's certificate is not signed by an authority this computer knows. Compare its fingerprint with the one the head office gave you; if they are the same, tick “Trust this certificate”.
{fingerprint}</source>
            <translation>Сервер сертификатына бұл компьютер білетін куәландырушы орталық қол қоймаған. Оның цифрлық ізін бас кеңсе берген іздің өзімен салыстырыңыз; егер олар бірдей болса, «Бұл сертификатқа сену» белгісін қойыңыз.
{fingerprint}</translation>
        </message>
        <message>
            <source>{address} answers, but it is not a FieldApp hub: check the address and the port</source>
            <translation>{address} жауап береді, бірақ бұл FieldApp сервері емес: мекенжай мен портты тексеріңіз</translation>
        </message>
        <message>
            <source>This hub belongs to another programme's head office than the one this laptop syncs with: check the address, or ask your head office</source>
            <translation>Бұл сервер осы ноутбук синхрондалатын бас кеңсеге емес, басқа бағдарламаның бас кеңсесіне тиесілі: мекенжайды тексеріңіз немесе өз бас кеңсеңізге хабарласыңыз</translation>
        </message>
        <message>
            <source>The hub does not know this code: check it letter by letter, or ask the head office for a new one</source>
            <translation>Сервер бұл кодты білмейді: оны әріп бойынша тексеріңіз немесе бас кеңседен жаңа код сұраңыз</translation>
        </message>
        <message>
            <source>This code was used already (each code enrols one laptop once): ask the head office for a new one</source>
            <translation>Бұл код бұрын пайдаланылған (әр код бір ноутбукты бір рет қосады): бас кеңседен жаңа код сұраңыз</translation>
        </message>
        <message>
            <source>“{file}” is not an enrolment file from the head office: choose the file they gave you</source>
            <translation>«{file}» — бас кеңседен келген қосылу файлы емес: сізге берілген файлды таңдаңыз</translation>
        </message>
        <message>
            <source>The hub refused the enrolment ({detail}): ask the head office</source>
            <translation>Сервер қосудан бас тартты ({detail}): бас кеңсеге хабарласыңыз</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist: choose the synced folder again</source>
            <translation>{folder} қалтасы жоқ: синхрондалатын қалтаны қайта таңдаңыз</translation>
        </message>
        <message>
            <source>Enrol this laptop with the head office's enrolment file first, then choose the synced folder</source>
            <translation>Алдымен ноутбукты бас кеңсенің қосылу файлымен қосыңыз, содан кейін синхрондалатын қалтаны таңдаңыз</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet: choose “Enrol this laptop…” on the Sync page</source>
            <translation>Бұл ноутбук бас кеңсеге әлі қосылмаған: «Синхрондау» бетінде «Ноутбукты қосу…» батырмасын таңдаңыз</translation>
        </message>
        <message>
            <source>The head office's FieldApp does not know records of this kind ({table}): it needs updating</source>
            <translation>Бас кеңсенің FieldApp бағдарламасы мұндай жазбаларды ({table}) білмейді: оны жаңарту керек</translation>
        </message>
        <message>
            <source>The head office's FieldApp does not know a field of {table}: it needs updating</source>
            <translation>Бас кеңсенің FieldApp бағдарламасы ({table}) өрістерінің бірін білмейді: оны жаңарту керек</translation>
        </message>
        <message>
            <source>A new {table} was sent under another record's id: enter it again</source>
            <translation>Жаңа жазба ({table}) басқа жазбаның идентификаторымен жіберілді: оны қайта енгізіңіз</translation>
        </message>
        <message>
            <source>The head office does not have this {table} (never received or removed): enter it again</source>
            <translation>Бас кеңседе бұл жазба ({table}) жоқ: ол келмеген немесе жойылған. Оны қайта енгізіңіз</translation>
        </message>
        <message>
            <source>{table}: a record is never changed once made; add a new one instead</source>
            <translation>{table}: жасалған жазба өзгертілмейді; жаңасын қосыңыз</translation>
        </message>
        <message>
            <source>{table}: once “{status}” it is final; add a new version instead</source>
            <translation>{table}: «{status}» күйіндегі жазба түпкілікті; жаңа нұсқасын қосыңыз</translation>
        </message>
        <message>
            <source>{table}: such records belong to the head office, the change by {name} was not accepted</source>
            <translation>{table}: мұндай жазбаларды бас кеңсе жүргізеді, өзгеріс ({name}) қабылданбады</translation>
        </message>
        <message>
            <source>{table}: this field is the head office's decision, the change was not accepted</source>
            <translation>{table}: бұл өрісті бас кеңсе шешеді, өзгеріс қабылданбады</translation>
        </message>
        <message>
            <source>{table}: only the officer who made it may change it</source>
            <translation>{table}: жазбаны тек оны жасаған қызметкер өзгерте алады</translation>
        </message>
        <message>
            <source>{table}: it refers to a record the head office does not have yet; send that record first or choose another</source>
            <translation>{table}: жазба бас кеңседе әлі жоқ жазбаға сілтейді; алдымен сол жазбаны жіберіңіз немесе басқасын таңдаңыз</translation>
        </message>
        <message>
            <source>{table}: another record already holds the same unique value; change it and send again</source>
            <translation>{table}: дәл осындай бірегей мән басқа жазбада бар; оны өзгертіп, қайта жіберіңіз</translation>
        </message>
        <message>
            <source>This refused change is not on this computer</source>
            <translation>Қабылданбаған бұл өзгеріс осы компьютерде жоқ</translation>
        </message>
        <message>
            <source>Type a number</source>
            <translation>Сан енгізіңіз</translation>
        </message>
        <message>
            <source>Give the device a name</source>
            <translation>Құрылғының атауын көрсетіңіз</translation>
        </message>
        <message>
            <source>A device named {name} is enrolled already: choose another name</source>
            <translation>«{name}» құрылғысы қосылып қойған: басқа атау таңдаңыз</translation>
        </message>
        <message>
            <source>No enrolled device is named {name}</source>
            <translation>«{name}» деген қосылған құрылғы жоқ</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete: copy it again from the stick or the e-mail</source>
            <translation>Файл зақымдалған немесе толық емес: оны флешкадан немесе хаттан қайта көшіріңіз</translation>
        </message>
        <message>
            <source>This is not a FieldApp bundle, or it was cut short while copying</source>
            <translation>Бұл FieldApp пакеті емес немесе ол толық көшірілмеген</translation>
        </message>
        <message>
            <source>The file is too large for a bundle</source>
            <translation>Файл пакет үшін тым үлкен</translation>
        </message>
        <message>
            <source>This bundle was made by a newer FieldApp: update FieldApp first</source>
            <translation>Пакетті FieldApp-тың жаңарақ нұсқасы жасаған: алдымен FieldApp-ты жаңартыңыз</translation>
        </message>
        <message>
            <source>This bundle belongs to another head office's FieldApp</source>
            <translation>Пакет басқа бас кеңсенің FieldApp жүйесіне тиесілі</translation>
        </message>
        <message>
            <source>This bundle is addressed to another device</source>
            <translation>Пакет басқа құрылғыға арналған</translation>
        </message>
        <message>
            <source>The sender is not an enrolled device here, or was revoked</source>
            <translation>Жіберуші мұнда құрылғы ретінде қосылмаған немесе оның рұқсаты қайтарылып алынған</translation>
        </message>
        <message>
            <source>The signature does not match: the bundle was altered or not made by its sender. Ask for a new one</source>
            <translation>Қолтаңба сәйкес келмейді: пакет өзгертілген немесе оны жіберуші жасамаған. Жаңасын жіберуді сұраңыз</translation>
        </message>
        <message>
            <source>The content does not match what was signed: altered or incomplete. Ask for a new one</source>
            <translation>Мазмұны қол қойылғанымен сәйкес келмейді: өзгертілген немесе толық емес. Жаңа пакет сұраңыз</translation>
        </message>
        <message>
            <source>This computer's key cannot open the bundle: it was made for another enrolment</source>
            <translation>Осы компьютердің кілті пакетті ашпайды: ол басқа қосылым үшін жасалған</translation>
        </message>
        <message>
            <source>This laptop is not enrolled for bundles: enrol it with an enrolment file, or again with a new code</source>
            <translation>Бұл ноутбук пакет алмасуға қосылмаған: оны қосылу файлымен немесе жаңа кодпен қайта қосыңыз</translation>
        </message>
        <message>
            <source>Wrong side: a laptop's bundle is imported at the head office, the head office's on a laptop</source>
            <translation>Басқа тарапқа арналған: ноутбук пакетін бас кеңседе, бас кеңсе пакетін ноутбукта импорттайды</translation>
        </message>
        <message>
            <source>The file could not be written (a full or removed stick?): check the folder and try again</source>
            <translation>Файлды жазу мүмкін болмады (флешка толып қалды ма, әлде алынып тасталды ма?): қалтаны тексеріп, қайталаңыз</translation>
        </message>
        <message>
            <source>{megabytes} MB is too large for a site photo (at most {limit} MB)</source>
            <translation>{megabytes} МБ — нысан фотосы үшін тым үлкен файл (ең көбі {limit} МБ)</translation>
        </message>
        <message>
            <source>Not a photo format (JPEG, PNG, WebP or TIFF)</source>
            <translation>Фотосурет пішімі емес (JPEG, PNG, WebP немесе TIFF)</translation>
        </message>
        <message>
            <source>Not an image</source>
            <translation>Бұл сурет емес</translation>
        </message>
        <message>
            <source>The image is damaged or cut short</source>
            <translation>Сурет бүлінген немесе толық емес</translation>
        </message>
        <message>
            <source>Not coordinates: type 43.653611, 51.167222 or 43°39'13"N 51°10'02"E</source>
            <translation>Бұл координаттар емес: 43.653611, 51.167222 немесе 43°39'13"N 51°10'02"E түрінде енгізіңіз</translation>
        </message>
        <message>
            <source>{value} is outside the range of a latitude (-90…90) or longitude (-180…180)</source>
            <translation>{value} ендіктің (-90…90) немесе бойлықтың (-180…180) ауқымынан тыс</translation>
        </message>
        <message>
            <source>No such site visit</source>
            <translation>Мұндай мониторингтік сапар жоқ</translation>
        </message>
        <message>
            <source>A visit is recorded after it took place: {date} is in the future</source>
            <translation>Сапар өткеннен кейін жазылады: {date} әлі келген жоқ</translation>
        </message>
        <message>
            <source>Unknown choice “{value}”</source>
            <translation>Белгісіз нұсқа «{value}»</translation>
        </message>
        <message>
            <source>Say why the next tranche is held</source>
            <translation>Келесі транштың неге тоқтатылғанын көрсетіңіз</translation>
        </message>
        <message>
            <source>A finished visit decides on the next tranche (or save it as a draft)</source>
            <translation>Аяқталған сапарда келесі транш туралы шешім болады (немесе қараламаны сақтаңыз)</translation>
        </message>
        <message>
            <source>A number cannot be negative</source>
            <translation>Сан теріс бола алмайды</translation>
        </message>
        <message>
            <source>Progress is between 0 and 100 %</source>
            <translation>Орындалуы — 0-ден 100 %-ға дейін</translation>
        </message>
        <message>
            <source>Each follow-up action needs what to do and who does it</source>
            <translation>Әр әрекет үшін не істеу керегін және кім істейтінін көрсетіңіз</translation>
        </message>
        <message>
            <source>Choose the project's agreement</source>
            <translation>Жобаның шартын таңдаңыз</translation>
        </message>
        <message>
            <source>A finished visit is not changed: use Correct to make a new version</source>
            <translation>Аяқталған сапар өзгертілмейді: жаңа нұсқа жасау үшін «Түзету» батырмасын басыңыз</translation>
        </message>
        <message>
            <source>{value} days is not an interval between visits</source>
            <translation>{value} күн — сапарлар арасындағы жарамсыз аралық</translation>
        </message>
        <message>
            <source>No such follow-up action</source>
            <translation>Мұндай әрекет жоқ</translation>
        </message>
        <message>
            <source>This action is already closed</source>
            <translation>Бұл әрекет жабылып қойған</translation>
        </message>
        <message>
            <source>Action {row}: the due date is not a date (dd.MM.yyyy)</source>
            <translation>{row}-әрекет: мерзім күн емес (кк.АА.жжжж)</translation>
        </message>
        <message>
            <source>No such grantee report</source>
            <translation>Грант алушының мұндай есебі жоқ</translation>
        </message>
        <message>
            <source>An accepted report is not changed</source>
            <translation>Қабылданған есеп өзгертілмейді</translation>
        </message>
        <message>
            <source>There is no cycle {cycle}</source>
            <translation>{cycle} циклі жоқ</translation>
        </message>
        <message>
            <source>There is no figure {figure} on the dashboard</source>
            <translation>Тақтада {figure} көрсеткіші жоқ</translation>
        </message>
        <message>
            <source>Exports are written as Excel (XLSX) or CSV</source>
            <translation>Экспорт Excel (XLSX) немесе CSV түрінде жазылады</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} exports</source>
            <translation>{low}-ден {high}-ге дейін экспорт сақтаңыз</translation>
        </message>
        <message>
            <source>Type a time of day as HH:MM, for example 18:30</source>
            <translation>Уақытты СС:ММ түрінде енгізіңіз, мысалы 18:30</translation>
        </message>
        <message>
            <source>There is no folder {folder}: choose one that exists</source>
            <translation>{folder} қалтасы жоқ: бар қалтаны таңдаңыз</translation>
        </message>
        <message>
            <source>Only the head office may export personal data (IIN, phone, birth date); you are signed in as {name} ({role})</source>
            <translation>Дербес деректерді (ЖСН, телефон, туған күні) тек бас кеңсе экспорттай алады; сіз {name} ({role}) ретінде кірдіңіз</translation>
        </message>
        <message>
            <source>No date (dd.mm.yyyy): «{value}»</source>
            <translation>Күні жоқ (кк.аа.жжжж): «{value}»</translation>
        </message>
        <message>
            <source>Not an amount of money: «{value}»</source>
            <translation>Бұл ақша сомасы емес: «{value}»</translation>
        </message>
        <message>
            <source>No amount</source>
            <translation>Сомасы жоқ</translation>
        </message>
        <message>
            <source>No column for the amount paid (Debit or Amount) in the header on row {row}</source>
            <translation>{row}-жолдағы тақырыпта төлем сомасының бағаны жоқ («Дебет» немесе «Сома»)</translation>
        </message>
        <message>
            <source>An incoming payment ({amount}), not a grant paid out</source>
            <translation>Бұл грант төлемі емес, түсім ({amount})</translation>
        </message>
        <message>
            <source>The same payment as row {first}</source>
            <translation>{first}-жолдағы төлеммен бірдей</translation>
        </message>
        <message>
            <source>No agreement number in the payment purpose</source>
            <translation>Төлем мақсатында шарттың нөмірі жоқ</translation>
        </message>
        <message>
            <source>There is no agreement {agreement}</source>
            <translation>{agreement} шарты жоқ</translation>
        </message>
        <message>
            <source>No document number</source>
            <translation>Құжаттың нөмірі жоқ</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} ({amount}) is paid already: {reference} of {date}</source>
            <translation>{agreement} шарты бойынша {number}-транш ({amount}) төленіп қойған: {date} күнгі {reference}</translation>
        </message>
        <message>
            <source>Agreement {agreement} has no unpaid tranche of {amount}</source>
            <translation>{agreement} шарты бойынша {amount} сомасына төленбеген транш жоқ</translation>
        </message>
        <message>
            <source>{amount} is {difference} more than tranche {number} of agreement {agreement} ({expected})</source>
            <translation>{amount} сомасы {agreement} шарты бойынша {number}-транштан ({expected}) {difference} артық</translation>
        </message>
        <message>
            <source>{amount} is {difference} less than tranche {number} of agreement {agreement} ({expected})</source>
            <translation>{amount} сомасы {agreement} шарты бойынша {number}-транштан ({expected}) {difference} кем</translation>
        </message>
        <message>
            <source>The payments changed since the statement was checked: check it again</source>
            <translation>Банк үзіндісі тексерілгеннен кейін төлемдер өзгерді: оны қайта тексеріңіз</translation>
        </message>
        <message>
            <source>No row of the statement matches an unpaid tranche: nothing was recorded</source>
            <translation>Банк үзіндісінің бірде-бір жолы төленбеген траншқа сәйкес келмеді: ештеңе жазылмады</translation>
        </message>
        <message>
            <source>“{number}” is not an agreement number like ОП-2020-007</source>
            <translation>«{number}» — ОП-2020-007 түріндегі шарт нөмірі емес</translation>
        </message>
        <message>
            <source>Agreement {number} is already in the database</source>
            <translation>{number} шарты дерекқорда бар</translation>
        </message>
        <message>
            <source>Application {number} is {status}: only a new draft is registered as funded on paper</source>
            <translation>{number} өтінімі — {status}: қағаз жүзінде қаржыландырылған ретінде тек жаңа қаралама тіркеледі</translation>
        </message>
        <message>
            <source>“{date}” is not a date (dd.mm.yyyy)</source>
            <translation>«{date}» — күн емес (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>no grant call “{call}”</source>
            <translation>«{call}» конкурсы жоқ</translation>
        </message>
        <message>
            <source>no grant call: give it in the column or choose one for the file</source>
            <translation>конкурс көрсетілмеген: оны бағанда көрсетіңіз немесе бүкіл файл үшін таңдаңыз</translation>
        </message>
        <message>
            <source>payment {payment} needs both its amount and its date</source>
            <translation>{payment}-төлемге сомасы да, күні де қажет</translation>
        </message>
        <message>
            <source>the same agreement as row {row}: skipped</source>
            <translation>{row}-жолдағы шартпен бірдей: өткізіп жіберілді</translation>
        </message>
        <message>
            <source>agreement {number} is in the database already: skipped</source>
            <translation>{number} шарты дерекқорда бар: өткізіп жіберілді</translation>
        </message>
        <message>
            <source>The database changed since the register was checked: check it again</source>
            <translation>Тізілім тексерілгеннен кейін дерекқор өзгерді: оны қайта тексеріңіз</translation>
        </message>
        <message>
            <source>No row of the register can be registered: nothing written</source>
            <translation>Тізілімнің бірде-бір жолын тіркеу мүмкін емес: ештеңе жазылмады</translation>
        </message>
        <message>
            <source>{table}: the head office cannot read the value of “{field_of}”: correct it and send again</source>
            <translation>{table}: бас кеңсе «{field_of}» өрісінің мәнін оқи алмайды: оны түзетіп, қайта жіберіңіз</translation>
        </message>
        <message>
            <source>{name} is a member of an initiative group: take them out of the group first</source>
            <translation>{name} бастамашыл топтың мүшесі: алдымен оны топтан шығарыңыз</translation>
        </message>
        <message>
            <source>{name} trains a training: give it another trainer first</source>
            <translation>{name} тренинг өткізеді: алдымен тренингке басқа тренер тағайындаңыз</translation>
        </message>
        <message>
            <source>Day {days} is outside {cycle} ({start} – {end}). Check the cycle; it can be saved as it is.</source>
            <translation>«{cycle}» кезеңінен ({start} – {end}) тыс күн: {days}. Циклді тексеріңіз; осылай да сақтауға болады.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Everyone imported is also registered for: %1</source>
            <translation>Импортталғандардың барлығы сонымен қатар мына тренингке тіркеледі: %1</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Кестелер (*.xlsx *.csv *.txt);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>Тізім оқылуда…</translation>
        </message>
        <message>
            <source>add</source>
            <translation>қосу</translation>
        </message>
        <message>
            <source>already known</source>
            <translation>бұрыннан бар</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>қабылданбады</translation>
        </message>
        <message>
            <source>same person as row %1</source>
            <translation>%1-жолдағы адаммен бірдей</translation>
        </message>
        <message>
            <source>Header on row %1. %2 to add, %3 already known, %4 rejected, %5 rows with warnings.</source>
            <translation>Тақырып %1-жолда. Қосылатын: %2, бұрыннан бар: %3, қабылданбаған: %4, ескертуі бар жолдар: %5.</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 импорттау</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Тегі</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Әкесінің аты</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Туған жылы</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Organisation or group</source>
            <translation>Ұйым немесе топ</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорттау…</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Нәтиже</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Ескертулер</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорттау</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Қатысушыларды импорттау</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV list of participants</source>
            <translation>Excel (.xlsx) немесе CSV форматындағы қатысушылар тізімі</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Шолу…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Бағандар</translation>
        </message>
        <message>
            <source>Preview: nothing is written until you confirm</source>
            <translation>Алдын ала қарау: сіз растамайынша ештеңе жазылмайды</translation>
        </message>
        <message>
            <source>Import the application register</source>
            <translation>Өтінімдер тізілімін импорттау</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV register: one row per application received</source>
            <translation>Excel (.xlsx) немесе CSV тізілімі: әр қабылданған өтінімге бір жол</translation>
        </message>
        <message>
            <source>&amp;Grant call</source>
            <translation>&amp;Конкурс</translation>
        </message>
        <message>
            <source>A complete row (group, settlement, amount) is submitted; the others stay drafts to finish in the form.</source>
            <translation>Толық жол (топ, елді мекен, сома) тапсырылады; қалғандары қаралама болып қалады, оларды формада толтырады.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Initiative group</source>
            <translation>Бастамашыл топ</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Жобаның атауы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>Сұралатын сома</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Түскен күні</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Тапсыру тәсілі</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Жетекші</translation>
        </message>
        <message>
            <source>Choose the grant call first</source>
            <translation>Алдымен конкурсты таңдаңыз</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Өтінім</translation>
        </message>
        <message>
            <source>Save an empty template</source>
            <translation>Бос үлгіні сақтау</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
        <message>
            <source>Template saved: %1</source>
            <translation>Үлгі сақталды: %1</translation>
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation>Бос &amp;үлгіні сақтау…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>the user chose another profile (the status bar shows it)</extracomment>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <source>nobody chosen yet</source>
            <translation>пайдаланушы таңдалмаған</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Интерфейс</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>Интерфейс &amp;тілі</translation>
        </message>
        <message>
            <source>Takes effect at once and is remembered on this computer.</source>
            <translation>Бірден қолданылады және осы компьютерде сақталады.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>&amp;Document language</source>
            <translation>&amp;Құжаттар тілі</translation>
        </message>
        <message>
            <source>User profile</source>
            <translation>Пайдаланушы профилі</translation>
        </message>
        <message>
            <source>Working as</source>
            <translation>Ағымдағы пайдаланушы</translation>
        </message>
        <message>
            <source>&amp;Change or add a profile…</source>
            <translation>Профильді &amp;ауыстыру немесе қосу…</translation>
        </message>
        <message>
            <source>Logo on documents</source>
            <translation>Құжаттардағы логотип</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>No foundation is recorded yet: documents print without a letterhead.</source>
            <translation>Қор әлі енгізілмеген: құжаттар бланкісіз басылады.</translation>
        </message>
        <message>
            <source>%1, BIN %2; signed by %3</source>
            <translation>%1, БСН %2; қол қоятын: %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Sign-in sheets, certificates, summaries and rankings are printed in this language; a decision letter in the applicant's.</source>
            <translation>Тіркеу парақтары, сертификаттар, жиынтықтар мен рейтингтер осы тілде басылады; шешім туралы хат — өтінім берушінің тілінде.</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Жіберуші</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>&amp;Логотип</translation>
        </message>
        <message>
            <source>C&amp;hoose a picture…</source>
            <translation>Суретті та&amp;ңдау…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ал&amp;ып тастау</translation>
        </message>
    </context>
    <context>
        <name>SettlementDialog</name>
        <message>
            <source>Edit settlement</source>
            <translation>Елді мекенді өзгерту</translation>
        </message>
        <message>
            <source>Names as they are written in each language, and the 9-digit KATO code where it is known.</source>
            <translation>Әр тілдегі атаулары және белгілі болса, 9 таңбалы ӘАОЖ коды.</translation>
        </message>
        <message>
            <source>Name in &amp;Russian</source>
            <translation>&amp;Орысша атауы</translation>
        </message>
        <message>
            <source>Name in &amp;Kazakh</source>
            <translation>&amp;Қазақша атауы</translation>
        </message>
        <message>
            <source>Name in &amp;English</source>
            <translation>&amp;Ағылшынша атауы</translation>
        </message>
        <message>
            <source>&amp;KATO code</source>
            <translation>Ә&amp;АОЖ коды</translation>
        </message>
        <message>
            <source>9 digits, e.g. 475200000</source>
            <translation>9 цифр, мысалы 475200000</translation>
        </message>
    </context>
    <context>
        <name>SiteVisitsPage</name>
        <message>
            <source>Site visits</source>
            <translation>Мониторингтік сапарлар</translation>
        </message>
        <message>
            <source>No site visits yet. Visits are made to projects that have a signed agreement.</source>
            <translation>Әзірге мониторингтік сапарлар жоқ. Сапарлар шартқа қол қойылған жобаларға жасалады.</translation>
        </message>
        <message>
            <source>Site visit saved.</source>
            <translation>Мониторингтік сапар сақталды.</translation>
        </message>
        <message>
            <source>Not visited yet</source>
            <translation>Әлі барылған жоқ</translation>
        </message>
        <message>
            <source>Last visit is old</source>
            <translation>Соңғы сапар ертеде болды</translation>
        </message>
        <message>
            <source>A tranche waits on a visit</source>
            <translation>Транш сапарды күтуде</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ешқашан</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ашық</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Бас тартылды</translation>
        </message>
        <message>
            <source>Close the action</source>
            <translation>Әрекетті жабу</translation>
        </message>
        <message>
            <source>What was done (optional):</source>
            <translation>Не істелді (міндетті емес):</translation>
        </message>
        <message>
            <source>Action closed.</source>
            <translation>Әрекет жабылды.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Аралық</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Қорытынды</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>қабылданған жоқ</translation>
        </message>
        <message>
            <source>Report accepted.</source>
            <translation>Есеп қабылданды.</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Жоспар</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Кейінгі әрекеттер</translation>
        </message>
        <message>
            <source>Grantee reports</source>
            <translation>Грант алушылардың есептері</translation>
        </message>
        <message>
            <source>&amp;New visit</source>
            <translation>&amp;Жаңа сапар</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <source>Co&amp;rrect</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Хронология</translation>
        </message>
        <message>
            <source>&amp;Print report</source>
            <translation>Есепті &amp;басып шығару</translation>
        </message>
        <message>
            <source>&amp;Record a visit</source>
            <translation>Сапарды &amp;жазу</translation>
        </message>
        <message>
            <source>&amp;Days between visits:</source>
            <translation>Сапарлар арасындағы &amp;күндер:</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Шарт</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Жоба</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Соңғы сапар</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>My open actions</source>
            <translation>Менің ашық әрекеттерім</translation>
        </message>
        <message>
            <source>All open actions</source>
            <translation>Барлық ашық әрекеттер</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Барлық әрекеттер</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Орындалды</translation>
        </message>
        <message>
            <source>Ca&amp;ncel action</source>
            <translation>Әрекеттен &amp;бас тарту</translation>
        </message>
        <message>
            <source>Open &amp;visit</source>
            <translation>&amp;Сапарды ашу</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не істеу керек</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>&amp;New report</source>
            <translation>&amp;Жаңа есеп</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Қабылдау</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Тапсырылды</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Spent / grant</source>
            <translation>Жұмсалды / грант</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Қамтылды</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Қабылданды</translation>
        </message>
        <message>
            <source>C&amp;hecklist…</source>
            <translation>&amp;Бақылау тізімі…</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>Барлық қызметкерлер</translation>
        </message>
        <message>
            <source>My projects</source>
            <translation>Менің жобаларым</translation>
        </message>
        <message>
            <source>Print the report of the selected visit (Ctrl+P)</source>
            <translation>Таңдалған сапардың есебін басып шығару (Ctrl+P)</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Opening the database…</source>
            <extracomment>set by benchmarks/startup.py: print when the window is painted and when data are on screen, then quit</extracomment>
            <translation>Дерекқор ашылуда…</translation>
        </message>
        <message>
            <source>This database is already open in another FieldApp window. Switch to that window, or close it and start FieldApp again.</source>
            <translation>Бұл дерекқор FieldApp-тың басқа терезесінде ашық тұр. Сол терезеге ауысыңыз немесе оны жауып, FieldApp-ты қайта іске қосыңыз.</translation>
        </message>
        <message>
            <source>FieldApp cannot open this database.</source>
            <translation>FieldApp бұл дерекқорды аша алмайды.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Синхрондау</translation>
        </message>
        <message>
            <source>No changes recorded yet. Every change made on this laptop appears here.</source>
            <translation>Әзірге өзгерістер жоқ. Осы ноутбукта жасалған әр өзгеріс осында көрсетіледі.</translation>
        </message>
        <message>
            <source>This laptop's device id</source>
            <translation>Осы ноутбуктың сәйкестендіргіші</translation>
        </message>
        <message>
            <source>History of changes</source>
            <translation>Өзгерістер тарихы</translation>
        </message>
        <message>
            <source>%1 (its drafts are numbered %2-…)</source>
            <translation>%1 (қаралама нөмірлері %2-… деп басталады)</translation>
        </message>
        <message>
            <source>The synced folder shared with the head office</source>
            <translation>Бас кеңсемен ортақ синхрондалатын қалта</translation>
        </message>
        <message>
            <source>This laptop syncs with the head office's hub at %1 as “%2”. It sends and receives changes by itself whenever the hub can be reached.</source>
            <translation>Бұл ноутбук бас кеңсенің %1 серверімен «%2» атауымен синхрондалады. Сервер қолжетімді болған кезде өзгерістерді өзі жібереді және алады.</translation>
        </message>
        <message>
            <source>This laptop syncs through the folder %1, which the head office reads too. It syncs by itself whenever the folder is there.</source>
            <translation>Бұл ноутбук бас кеңсе де оқитын %1 қалтасы арқылы синхрондалады. Қалта қолжетімді болған кезде өзі синхрондалады.</translation>
        </message>
        <message>
            <source>This laptop is enrolled as “%1” without a hub's address: sync with a USB stick or choose a synced folder.</source>
            <translation>Бұл ноутбук сервер мекенжайынсыз «%1» ретінде қосылған: USB жинақтауышы арқылы синхрондаңыз немесе синхрондалатын қалтаны таңдаңыз.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet. Enrol it with the hub's address and the one-time code the head office gave you, or with an enrolment file; the programme's cycles, calls, settlements and people then arrive by themselves.</source>
            <translation>Бұл ноутбук бас кеңсеге әлі қосылмаған. Оны сервер мекенжайы мен бас кеңсе берген бір реттік код арқылы немесе қосылу файлымен қосыңыз; содан кейін бағдарламаның циклдері, конкурстары, елді мекендері мен адамдары өздігінен келеді.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) delivered so far</source>
            <translation>
                <numerusform>%n өзгеріс жеткізілді</numerusform>
                <numerusform>%n өзгеріс жеткізілді</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n шешілмеген қайшылық</numerusform>
                <numerusform>%n шешілмеген қайшылық</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the hub</source>
            <translation>
                <numerusform>сервер %n өзгерісті қабылдамады</numerusform>
                <numerusform>сервер %n өзгерісті қабылдамады</numerusform>
            </translation>
        </message>
        <message>
            <source>Set this computer's date and time.</source>
            <translation>Осы компьютердің күні мен уақытын баптаңыз.</translation>
        </message>
        <message>
            <source>Enrol this laptop…</source>
            <translation>Ноутбукты қосу…</translation>
        </message>
        <message>
            <source>Enrol again…</source>
            <translation>Қайта қосу…</translation>
        </message>
        <message>
            <source>never</source>
            <translation>әлі болмаған</translation>
        </message>
        <message>
            <source>%1, by %2</source>
            <translation>%1, арнасы: %2</translation>
        </message>
        <message>
            <source>Sync with the head office</source>
            <translation>Бас кеңсемен синхрондау</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <source>Changes made here</source>
            <translation>Осы ноутбуктағы өзгерістер</translation>
        </message>
        <message>
            <source>Last sent</source>
            <translation>Соңғы жіберу</translation>
        </message>
        <message>
            <source>Last received</source>
            <translation>Соңғы алу</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>Назар аударуды қажет етеді</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <source>Sync now (F9)</source>
            <translation>Қазір синхрондау (F9)</translation>
        </message>
        <message>
            <source>Sync through a folder…</source>
            <translation>Қалта арқылы синхрондау…</translation>
        </message>
        <message>
            <source>A folder shared with the head office by OneDrive, Google Drive, Yandex Disk, Nextcloud or a network share, instead of a hub</source>
            <translation>Сервердің орнына OneDrive, Google Drive, Яндекс Диск, Nextcloud немесе желілік ресурс арқылы бас кеңсемен ортақ қалта</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Day %1: not a date (dd.MM.yyyy)</source>
            <translation>%1-күн: күні дұрыс емес (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>A training has at least one day</source>
            <translation>Тренингтің кемінде бір күні болуы керек</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>Тренингті өзгерту</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>Жаңа тренинг</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Атауы</translation>
        </message>
        <message>
            <source>To&amp;pic</source>
            <translation>&amp;Тақырыбы</translation>
        </message>
        <message>
            <source>Programme &amp;cycle</source>
            <translation>Бағдарлама &amp;циклі</translation>
        </message>
        <message>
            <source>&amp;Settlement</source>
            <translation>&amp;Елді мекен</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>Өтетін &amp;орны</translation>
        </message>
        <message>
            <source>Planned c&amp;apacity</source>
            <translation>Жоспарлы &amp;орын саны</translation>
        </message>
        <message>
            <source>T&amp;rainers</source>
            <translation>Т&amp;ренерлер</translation>
        </message>
        <message>
            <source>Type a name, Enter adds the trainer</source>
            <translation>Атын теріңіз, Enter тренерді қосады</translation>
        </message>
        <message>
            <source>Sess&amp;ions</source>
            <translation>Сабақ &amp;күндері</translation>
        </message>
        <message>
            <source>&amp;Add a day</source>
            <translation>Күн &amp;қосу</translation>
        </message>
        <message>
            <source>Remove the &amp;day</source>
            <translation>Күнді &amp;жою</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>&amp;Күн тәртібі</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Ескертпелер</translation>
        </message>
        <message>
            <source>Title in &amp;Kazakh</source>
            <translation>&amp;Қазақша атауы</translation>
        </message>
        <message>
            <source>For documents in Kazakh; empty: the title above</source>
            <translation>Қазақша құжаттар үшін; бос болса — жоғарыдағы атау</translation>
        </message>
        <message>
            <source>Venue in Ka&amp;zakh</source>
            <translation>Өтетін орны &amp;қазақша</translation>
        </message>
        <message>
            <source>For documents in Kazakh; empty: the venue above</source>
            <translation>Қазақша құжаттар үшін; бос болса — жоғарыдағы орын</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message>
            <source>Trainings</source>
            <translation>Тренингтер</translation>
        </message>
        <message>
            <source>All cycles</source>
            <translation>Барлық циклдер</translation>
        </message>
        <message>
            <source>All settlements</source>
            <translation>Барлық елді мекендер</translation>
        </message>
        <message>
            <source>All trainers</source>
            <translation>Барлық тренерлер</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Сертификаттар</translation>
        </message>
        <message>
            <source>Attended at least this share of the days (%):</source>
            <translation>Күндердің кемінде осы үлесіне қатысқан (%):</translation>
        </message>
        <message>
            <source>sign-in sheet</source>
            <translation>тіркеу парағы</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>сертификаттар</translation>
        </message>
        <message>
            <source>attendance summary</source>
            <translation>қатысу жиынтығы</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Күндер</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>Тренерлер</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Тіркелген</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Келгендер</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Күн</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Уақыты</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Салыстырылды</translation>
        </message>
        <message>
            <source>Find a training (Ctrl+F)</source>
            <translation>Тренинг іздеу (Ctrl+F)</translation>
        </message>
        <message>
            <source>No trainings here yet — Ctrl+N adds one.</source>
            <translation>Әзірге тренинг жоқ — Ctrl+N тренинг қосады.</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Жаңа</translation>
        </message>
        <message>
            <source>New training (Ctrl+N)</source>
            <translation>Жаңа тренинг (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Өзгерту</translation>
        </message>
        <message>
            <source>Check-&amp;in</source>
            <translation>&amp;Тіркеу</translation>
        </message>
        <message>
            <source>Check people in at the door (Ctrl+K)</source>
            <translation>Кіреберісте келгендерді белгілеу (Ctrl+K)</translation>
        </message>
        <message>
            <source>Signed &amp;sheet</source>
            <translation>Қол қойылған &amp;парақ</translation>
        </message>
        <message>
            <source>Enter attendance from the signed sheet (Ctrl+B)</source>
            <translation>Қол қойылған парақ бойынша қатысуды енгізу (Ctrl+B)</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Басып шығару</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Import participants from an Excel or CSV list</source>
            <translation>Қатысушыларды Excel немесе CSV тізімінен импорттау</translation>
        </message>
        <message>
            <source>Sign-in sheet of the day</source>
            <translation>Күннің тіркеу парағы</translation>
        </message>
        <message>
            <source>Certificates of participation…</source>
            <translation>Қатысушылардың сертификаттары…</translation>
        </message>
        <message>
            <source>Attendance summary</source>
            <translation>Қатысу жиынтығы</translation>
        </message>
        <message>
            <source>from</source>
            <translation>Кезең:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Excel файлы жазылуда…</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Тіркеу парағы</translation>
        </message>
        <message>
            <source>Blank rows for people who come without registering:</source>
            <translation>Тіркелмей келетіндерге арналған бос жолдар саны:</translation>
        </message>
        <message>
            <source>Choose a training in the list to edit it, check people in or print.</source>
            <translation>Өзгерту, қатысушыларды белгілеу немесе басып шығару үшін тізімнен тренингті таңдаңыз.</translation>
        </message>
        <message numerus="yes">
            <source>Delete the training “%1”? Its %n attendance mark(s) no longer count in the figures. The record is kept in the history.</source>
            <translation>
                <numerusform>«%1» тренингі жойылсын ба? Оның %n қатысу белгісі енді көрсеткіштерде есептелмейді. Жазба тарихта сақталады.</numerusform>
                <numerusform>«%1» тренингі жойылсын ба? Оның %n қатысу белгісі енді көрсеткіштерде есептелмейді. Жазба тарихта сақталады.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the training</source>
            <translation>Тренингті жою</translation>
        </message>
        <message>
            <source>&amp;Delete the training…</source>
            <translation>Тренингті &amp;жою…</translation>
        </message>
    </context>
    <context>
        <name>UserProfileDialog</name>
        <message>
            <source>New profile</source>
            <translation>Жаңа профиль</translation>
        </message>
        <message>
            <source>Who is working?</source>
            <translation>Кім жұмыс істеп жатыр?</translation>
        </message>
        <message>
            <source>Every change is recorded with the name of the person who made it. Choose your profile on this laptop or add a new one.</source>
            <translation>Әр өзгеріс оны жасаған адамның атымен жазылады. Осы ноутбуктағы профиліңізді таңдаңыз немесе жаңасын қосыңыз.</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Профиль</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Аты</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Аты мен тегі</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Рөлі</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Region</source>
            <translation>Облыс</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Аудан</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>F</source>
            <translation>Ә</translation>
        </message>
        <message>
            <source>M</source>
            <translation>Е</translation>
        </message>
        <message>
            <source>Playground</source>
            <translation>Балалар алаңы</translation>
        </message>
        <message>
            <source>Sports ground</source>
            <translation>Спорт алаңы</translation>
        </message>
        <message>
            <source>Sensory room</source>
            <translation>Сенсорлық бөлме</translation>
        </message>
        <message>
            <source>Recreation area</source>
            <translation>Демалыс аймағы</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Қаралама</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ашық</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>Қаралуда</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Шешім қабылданды</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Тапсырылды</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Тіркелді</translation>
        </message>
        <message>
            <source>Shortlisted</source>
            <translation>Қысқа тізімде</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Іріктелді</translation>
        </message>
        <message>
            <source>Funded</source>
            <translation>Қаржыландырылды</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Мақұлданды</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Қабылданбады</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Кері қайтарып алынды</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Қол қойылды</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Қолданыста</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Аяқталды</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Бұзылды</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Acceptance</source>
            <translation>Қабылдап алу</translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>Далалық қызметкер</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Тренер</translation>
        </message>
        <message>
            <source>Programme staff</source>
            <translation>Бағдарлама қызметкері</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Бас кеңсе</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Сарапшы</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Қосылды</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Өзгертілді</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Жойылды</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Тренинг сабағы</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Қатысу</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Тіркеу</translation>
        </message>
        <message>
            <source>Trainer of a training</source>
            <translation>Тренинг тренері</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Өтінім</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Шарт</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Транш</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Мониторингтік сапар</translation>
        </message>
        <message>
            <source>User profile</source>
            <translation>Пайдаланушы профилі</translation>
        </message>
        <message>
            <source>Initiative group</source>
            <translation>Бастамашыл топ</translation>
        </message>
        <message>
            <source>Group member</source>
            <translation>Топ мүшесі</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Бағдарлама</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Мәртебенің өзгеруі</translation>
        </message>
        <message>
            <source>Project report</source>
            <translation>Жоба есебі</translation>
        </message>
        <message>
            <source>Yes</source>
            <extracomment>columns whose values are codes to be shown as words</extracomment>
            <translation>Иә</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <source>Letter of support</source>
            <translation>Қолдау хаты</translation>
        </message>
        <message>
            <source>Co-funding letter</source>
            <translation>Бірлесіп қаржыландыру туралы хат</translation>
        </message>
        <message>
            <source>Photos of the site</source>
            <translation>Учаскенің фотосуреттері</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>Қағаз түрінде</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>Электрондық пошта арқылы</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Жеке өзі</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Қатысуға жіберілді</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Ұсынылды</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <translation>Ұсынылмады</translation>
        </message>
        <message>
            <source>Activity of a project</source>
            <translation>Жоба іс-шарасы</translation>
        </message>
        <message>
            <source>Expected beneficiaries</source>
            <translation>Күтілетін пайда алушылар</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Қосымша</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Бюджет бабы</translation>
        </message>
        <message>
            <source>Required attachment of a call</source>
            <translation>Конкурстың міндетті қосымшасы</translation>
        </message>
        <message>
            <source>Reviewer of a call</source>
            <translation>Конкурс сарапшысы</translation>
        </message>
        <message>
            <source>Settlement eligible for a call</source>
            <translation>Елді мекен конкурсқа қатысуға жіберілді</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Мүдделер қақтығысы</translation>
        </message>
        <message>
            <source>Scoring criterion</source>
            <translation>Бағалау критерийі</translation>
        </message>
        <message>
            <source>Monitoring indicator</source>
            <translation>Мониторинг көрсеткіші</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Сарапшы бағасы</translation>
        </message>
        <message>
            <source>Review assignment</source>
            <translation>Сарапшыны тағайындау</translation>
        </message>
        <message>
            <source>Review score</source>
            <translation>Сарапшы қойған балл</translation>
        </message>
        <message>
            <source>Selection decision</source>
            <translation>Іріктеу туралы шешім</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Қатысуда</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Кешікті</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Ерте кетті</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <source>At the door</source>
            <translation>Кіреберісте</translation>
        </message>
        <message>
            <source>From a sheet</source>
            <translation>Парақтан</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортталды</translation>
        </message>
        <message>
            <source>In FieldApp</source>
            <translation>FieldApp-та</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Қайта қаралды</translation>
        </message>
        <message>
            <source>Electronically</source>
            <translation>Электронды түрде</translation>
        </message>
        <message>
            <source>Outgoing letter</source>
            <translation>Шығыс хат</translation>
        </message>
        <message>
            <source>Sync conflict</source>
            <translation>Синхрондау қайшылығы</translation>
        </message>
        <message>
            <source>Advance, after signing</source>
            <translation>Қол қойылғаннан кейін аванс</translation>
        </message>
        <message>
            <source>After a progress report or site visit</source>
            <translation>Аралық есептен немесе мониторингтік сапардан кейін</translation>
        </message>
        <message>
            <source>After the completion report</source>
            <translation>Қорытынды есептен кейін</translation>
        </message>
        <message>
            <source>Progress seen at a visit</source>
            <translation>Сапардағы жұмыс барысы</translation>
        </message>
        <message>
            <source>Checklist answer of a visit</source>
            <translation>Сапардың бақылау тізімінің тармағы</translation>
        </message>
        <message>
            <source>Photo of a visit</source>
            <translation>Сапар фотосы</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Кейінгі әрекет</translation>
        </message>
        <message>
            <source>Visit checklist item</source>
            <translation>Сапарлардың бақылау тізімінің тармағы</translation>
        </message>
        <message>
            <source>Spending of a report</source>
            <translation>Есеп бойынша шығыстар</translation>
        </message>
        <message>
            <source>Beneficiaries of a report</source>
            <translation>Есеп бойынша пайда алушылар</translation>
        </message>
        <message>
            <source>Printed version of an agreement</source>
            <translation>Шарттың басылған нұсқасы</translation>
        </message>
        <message>
            <source>Scanned signed copy</source>
            <translation>Қол қойылған дананың сканерленген көшірмесі</translation>
        </message>
        <message>
            <source>Amendment of an agreement</source>
            <translation>Шартқа қосымша келісім</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History: %1</source>
            <translation>Тарихы: %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Жүктелуде…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не істелді</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Себебі</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) of this record, oldest first.</source>
            <translation>
                <numerusform>Жазбаның %n өзгерісі, ең ертесі басында.</numerusform>
                <numerusform>Жазбаның %n өзгерісі, ең ертесі басында.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>Бұл жазбаның өзгерістері тіркелмеген.</translation>
        </message>
    </context>
    <context>
        <name>ApplicationActions</name>
        <message>
            <source>Application saved.</source>
            <extracomment>a line for the status bar</extracomment>
            <translation>Өтінім сақталды.</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Қатысуға жіберу</translation>
        </message>
        <message>
            <source>Any remark (needed when attachments are missing or it came late)?</source>
            <translation>Ескерту (қосымшалар жоқ болса немесе кеш келсе қажет)?</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Қабылдамау</translation>
        </message>
        <message>
            <source>Why is it rejected? (goes into the letter)</source>
            <translation>Неге қабылданбады? (хатқа енеді)</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Кері қайтарып алу</translation>
        </message>
        <message>
            <source>Why is it withdrawn?</source>
            <translation>Өтінім неге кері қайтарып алынды?</translation>
        </message>
        <message>
            <source>Reopen the decision</source>
            <translation>Шешімді қайта қарау</translation>
        </message>
        <message>
            <source>Why is the decision reopened?</source>
            <translation>Шешім неге қайта қаралады?</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Мақұлдау</translation>
        </message>
        <message>
            <source>Any remark on the approval?</source>
            <translation>Мақұлдауға ескерту?</translation>
        </message>
        <message>
            <source>Over the envelope</source>
            <translation>Конкурс бюджетінен асу</translation>
        </message>
        <message>
            <source>Override?</source>
            <translation>Бюджеттен асуға рұқсат бересіз бе?</translation>
        </message>
        <message>
            <source>Override the envelope</source>
            <translation>Конкурс бюджетінен асыру</translation>
        </message>
        <message>
            <source>Why may this approval go over the envelope?</source>
            <translation>Бұл мақұлдау неге конкурс бюджетінен асуы мүмкін?</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Дайын.</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Кері қайтарып алу…</translation>
        </message>
        <message>
            <source>Reopen the decision…</source>
            <translation>Шешімді қайта қарау…</translation>
        </message>
        <message>
            <source>Give the registration number</source>
            <translation>Тіркеу нөмірін беру</translation>
        </message>
        <message>
            <source>Recommend (committee)</source>
            <translation>Ұсыну (конкурстық комиссия)</translation>
        </message>
        <message>
            <source>Do not recommend (committee)</source>
            <translation>Ұсынбау (конкурстық комиссия)</translation>
        </message>
        <message>
            <source>Print the application summary…</source>
            <translation>Өтінім түйіндемесін басып шығару…</translation>
        </message>
        <message>
            <source>Print the decision letter…</source>
            <translation>Шешім туралы хатты басып шығару…</translation>
        </message>
        <message>
            <source>Scoring sheet for a reviewer…</source>
            <translation>Сарапшыға арналған бағалау парағы…</translation>
        </message>
        <message>
            <source>Import a filled-in scoring sheet…</source>
            <translation>Толтырылған бағалау парағын жүктеу…</translation>
        </message>
        <message>
            <source>Scoring sheet</source>
            <translation>Бағалау парағы</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Сарапшы</translation>
        </message>
        <message>
            <source>Scoring sheet written: %1</source>
            <translation>Бағалау парағы жазылды: %1</translation>
        </message>
        <message>
            <source>Import a scoring sheet</source>
            <translation>Бағалау парағын жүктеу</translation>
        </message>
        <message>
            <source>The sheet is refused, nothing was written.</source>
            <translation>Парақ қабылданбады, ештеңе жазылмады.</translation>
        </message>
        <message>
            <source>Scoring sheet refused</source>
            <translation>Бағалау парағы қабылданбады</translation>
        </message>
        <message>
            <source>Nothing was written. Problems by cell:</source>
            <translation>Ештеңе жазылмады. Ұяшықтар бойынша қателер:</translation>
        </message>
        <message>
            <source>Import the scoring sheet</source>
            <translation>Бағалау парағын жүктеу</translation>
        </message>
        <message>
            <source>%1: %2 review(s) to write. Import?</source>
            <translation>%1: жазылатын бағалар — %2. Жүктеу керек пе?</translation>
        </message>
        <message>
            <source>Scoring sheet imported.</source>
            <translation>Бағалау парағы жүктелді.</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Жаңа…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Өзгерту…</translation>
        </message>
        <message>
            <source>Su&amp;bmit</source>
            <translation>&amp;Тапсыру</translation>
        </message>
        <message>
            <source>Eli&amp;gible…</source>
            <translation>&amp;Қатысуға жіберу…</translation>
        </message>
        <message>
            <source>To re&amp;view</source>
            <translation>&amp;Сараптамаға</translation>
        </message>
        <message>
            <source>Sc&amp;ore…</source>
            <translation>&amp;Бағалау…</translation>
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation>&amp;Мақұлдау…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>&amp;Қабылдамау…</translation>
        </message>
        <message>
            <source>&amp;More…</source>
            <translation>Та&amp;ғы…</translation>
        </message>
        <message>
            <source>application summary</source>
            <translation>өтінім</translation>
        </message>
        <message>
            <source>decision letter</source>
            <translation>шешім туралы хат</translation>
        </message>
        <message>
            <source>Withdraw the application</source>
            <translation>Өтінімді кері қайтарып алу</translation>
        </message>
        <message>
            <source>Withdraw application %1? It leaves the competition for good.</source>
            <translation>%1 өтінімін кері қайтарып алу керек пе? Ол конкурстан біржола шығады.</translation>
        </message>
        <message>
            <source>Reject the application</source>
            <translation>Өтінімді қабылдамау</translation>
        </message>
        <message>
            <source>Reject application %1? The group is told in the decision letter.</source>
            <translation>%1 өтінімін қабылдамау керек пе? Топ бұл туралы шешім туралы хаттан біледі.</translation>
        </message>
        <message>
            <source>Reopen the decision on application %1? It goes back to where it stood before.</source>
            <translation>%1 өтінімі бойынша шешімді қайта қарау керек пе? Ол бұрынғы мәртебесіне оралады.</translation>
        </message>
        <message>
            <source>Agreement made: fill in the grantee's details.</source>
            <translation>Шарт жасалды: грант алушының деректемелерін толтырыңыз.</translation>
        </message>
        <message>
            <source>Make the grant agreement…</source>
            <translation>Грант беру туралы шарт жасау…</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <source>Line %1: a number cannot be read</source>
            <translation>%1-жол: санды оқу мүмкін емес</translation>
        </message>
        <message>
            <source>Line %1: requested + co-funding + in kind must equal the line's cost</source>
            <translation>%1-жол: грант + бірлесіп қаржыландыру + заттай үлес жол сомасына тең болуы керек</translation>
        </message>
        <message>
            <source>Total %1 · grant requested %2 · akimat %3 · community in kind %4 · volunteer hours %5</source>
            <translation>Барлығы %1 · грант %2 · әкімдік %3 · қоғамдастық үлесі %4 · еріктілер сағаттары %5</translation>
        </message>
        <message>
            <source>The request is over the call's maximum by %1</source>
            <translation>Сұралған сома конкурстағы гранттың ең жоғары сомасынан %1 асады</translation>
        </message>
        <message>
            <source>This application is past its eligibility check: its content is frozen.</source>
            <translation>Өтінім талаптарға сәйкестікке тексерілді: мазмұны енді өзгермейді.</translation>
        </message>
        <message>
            <source>Type at least one budget line</source>
            <translation>Кемінде бір бюджет бабын енгізіңіз</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Бап</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бірл.</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Саны</translation>
        </message>
        <message>
            <source>Unit cost, ₸</source>
            <translation>Бағасы, ₸</translation>
        </message>
        <message>
            <source>Grant, ₸</source>
            <translation>Грант, ₸</translation>
        </message>
        <message>
            <source>Akimat, ₸</source>
            <translation>Әкімдік, ₸</translation>
        </message>
        <message>
            <source>In kind, ₸</source>
            <translation>Қоғамдастық үлесі, ₸</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Еріктілер сағаттары</translation>
        </message>
        <message>
            <source>Direct, women</source>
            <translation>Тікелей, әйелдер</translation>
        </message>
        <message>
            <source>Direct, men</source>
            <translation>Тікелей, ерлер</translation>
        </message>
        <message>
            <source>Indirect, women</source>
            <translation>Жанама, әйелдер</translation>
        </message>
        <message>
            <source>Indirect, men</source>
            <translation>Жанама, ерлер</translation>
        </message>
        <message>
            <source>Age %1</source>
            <translation>Жасы %1</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Өтінім</translation>
        </message>
        <message>
            <source>Type the paper form from top to bottom: Tab goes to the next field; in the budget, Enter adds a line. The form keeps a draft as you type.</source>
            <translation>Қағаз өтінімді жоғарыдан төмен енгізіңіз: Tab — келесі өріс; бюджетте Enter жол қосады. Қаралама енгізу барысында сақталады.</translation>
        </message>
        <message>
            <source>Grant &amp;call</source>
            <translation>&amp;Конкурс</translation>
        </message>
        <message>
            <source>Initiative &amp;group</source>
            <translation>Бастамашыл &amp;топ</translation>
        </message>
        <message>
            <source>&amp;Settlement</source>
            <translation>&amp;Елді мекен</translation>
        </message>
        <message>
            <source>Group &amp;leader</source>
            <translation>Топ &amp;жетекшісі</translation>
        </message>
        <message>
            <source>Leader's &amp;phone</source>
            <translation>Жетекшінің телеф&amp;оны</translation>
        </message>
        <message>
            <source>&amp;Members (one per line)</source>
            <translation>Топ мү&amp;шелері (әр жолға біреу)</translation>
        </message>
        <message>
            <source>Project &amp;title</source>
            <translation>Жобаның &amp;атауы</translation>
        </message>
        <message>
            <source>Categor&amp;y</source>
            <translation>Санат&amp;ы</translation>
        </message>
        <message>
            <source>&amp;Received (dd.mm.yyyy)</source>
            <translation>Т&amp;үскен күні (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>Тапсыру т&amp;әсілі</translation>
        </message>
        <message>
            <source>Applicant's lan&amp;guage</source>
            <translation>Өт&amp;інім берушінің тілі</translation>
        </message>
        <message>
            <source>S&amp;tart (dd.mm.yyyy)</source>
            <translation>Баста&amp;луы (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>&amp;Duration, months</source>
            <translation>&amp;Ұзақтығы, ай</translation>
        </message>
        <message>
            <source>Pro&amp;blem</source>
            <translation>Мә&amp;селе</translation>
        </message>
        <message>
            <source>G&amp;oal</source>
            <translation>&amp;Мақсаты</translation>
        </message>
        <message>
            <source>Ob&amp;jectives</source>
            <translation>Мін&amp;деттері</translation>
        </message>
        <message>
            <source>Community &amp;participation</source>
            <translation>Қоғамдастықтың &amp;қатысуы</translation>
        </message>
        <message>
            <source>Gender and &amp;inclusion</source>
            <translation>Гендер және &amp;инклюзия</translation>
        </message>
        <message>
            <source>Ris&amp;ks</source>
            <translation>Тә&amp;уекелдер</translation>
        </message>
        <message>
            <source>S&amp;ustainability</source>
            <translation>Тұ&amp;рақтылық</translation>
        </message>
        <message>
            <source>B&amp;udget (Enter adds a line)</source>
            <translation>&amp;Бюджет (Enter — жаңа жол)</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Қорытынды</translation>
        </message>
        <message>
            <source>Bene&amp;ficiaries</source>
            <translation>&amp;Пайда алушылар</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Қосымшалар</translation>
        </message>
        <message>
            <source>&amp;Attach a file…</source>
            <translation>&amp;Файл қосу…</translation>
        </message>
        <message>
            <source>Still missing: %1</source>
            <translation>Әлі жетіспейді: %1</translation>
        </message>
        <message>
            <source>Every required attachment is here.</source>
            <translation>Барлық міндетті қосымшалар бар.</translation>
        </message>
        <message>
            <source>This settlement is not among those the call lists: the application will be refused at the eligibility check</source>
            <translation>Бұл елді мекен конкурс тізімінде жоқ: талаптарға сәйкестікті тексергенде өтінім қабылданбайды</translation>
        </message>
        <message>
            <source>Kind: from the file (photo or letter)</source>
            <translation>Түрі: файл бойынша (фото немесе хат)</translation>
        </message>
        <message>
            <source>What the next file attached is</source>
            <translation>Келесі тіркелетін файл не екені</translation>
        </message>
    </context>
    <context>
        <name>CallDialog</name>
        <message>
            <source>Criterion %1: the maximum is a whole number and the weight a number</source>
            <translation>%1-критерий: ең жоғары балл бүтін сан, ал салмағы сан болуы керек</translation>
        </message>
        <message>
            <source>Criterion %1: its name in Russian is required</source>
            <translation>%1-критерий: орысша атауы міндетті</translation>
        </message>
        <message>
            <source>Add at least one scoring criterion</source>
            <translation>Кемінде бір бағалау критерийін қосыңыз</translation>
        </message>
        <message>
            <source>Name (Russian)</source>
            <translation>Атауы (орысша)</translation>
        </message>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Атауы (қазақша)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Атауы (ағылшынша)</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Ең жоғары балл</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Салмағы</translation>
        </message>
        <message>
            <source>Comment required</source>
            <translation>Түсініктеме міндетті</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Атауы</translation>
        </message>
        <message>
            <source>&amp;Code (prefix of registration numbers)</source>
            <translation>&amp;Коды (тіркеу нөмірлерінің префиксі)</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>&amp;Цикл</translation>
        </message>
        <message>
            <source>&amp;Opens (dd.mm.yyyy)</source>
            <translation>Қабылдаудың &amp;басталуы (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>&amp;Deadline (dd.mm.yyyy)</source>
            <translation>Тапсыру &amp;мерзімі (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>&amp;Maximum grant, ₸</source>
            <translation>Гранттың &amp;ең жоғары сомасы, ₸</translation>
        </message>
        <message>
            <source>&amp;Envelope, ₸</source>
            <translation>Конкурс &amp;бюджеті, ₸</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>&amp;Сипаттамасы</translation>
        </message>
        <message>
            <source>Re&amp;use criteria of</source>
            <translation>Критерийлерді мына конкурстан &amp;алу:</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Көшіру</translation>
        </message>
        <message>
            <source>Type to find a settlement; Space ticks it</source>
            <translation>Елді мекеннің атауын теріңіз; бос орын пернесі оны белгілейді</translation>
        </message>
        <message>
            <source>None ticked: every settlement may apply.</source>
            <translation>Ештеңе белгіленбеген: барлық елді мекендер өтінім бере алады.</translation>
        </message>
        <message>
            <source>%1 of %2 settlements may apply.</source>
            <translation>Өтінім бере алатын елді мекендер: %1 / %2.</translation>
        </message>
        <message>
            <source>Title as applicants see it, then Enter; Delete removes</source>
            <translation>Өтінім берушілер көретін атауы, сосын Enter; Delete жояды</translation>
        </message>
        <message>
            <source>Eligible &amp;settlements</source>
            <translation>Өтінім бере алатын &amp;елді мекендер</translation>
        </message>
        <message>
            <source>Required &amp;attachments</source>
            <translation>Міндетті &amp;қосымшалар</translation>
        </message>
        <message>
            <source>Title in &amp;Kazakh</source>
            <translation>&amp;Қазақша атауы</translation>
        </message>
        <message>
            <source>For letters and sheets in Kazakh; empty: the title above</source>
            <translation>Қазақша хаттар мен парақтар үшін; бос болса — жоғарыдағы атау</translation>
        </message>
        <message>
            <source>The &amp;call</source>
            <translation>&amp;Конкурс</translation>
        </message>
        <message>
            <source>&amp;Who may apply</source>
            <translation>Кім &amp;өтінім бере алады</translation>
        </message>
        <message>
            <source>Scoring c&amp;riteria</source>
            <translation>Бағалау &amp;критерийлері</translation>
        </message>
    </context>
    <context>
        <name>Competition</name>
        <message>
            <source>Attach files</source>
            <extracomment>form field → application column, where they differ</extracomment>
            <translation>Файлдарды қосу</translation>
        </message>
        <message>
            <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation>Фото және сканерлер (*.jpg *.jpeg *.png *.pdf);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>A reason is required.</source>
            <translation>Себебін көрсету қажет.</translation>
        </message>
        <message>
            <source>Another reason (type it below)</source>
            <translation>Басқа себеп (төменге жазыңыз)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Себебі</translation>
        </message>
        <message>
            <source>Re&amp;mark (printed as typed)</source>
            <translation>&amp;Ескертпе (жазылғандай басылады)</translation>
        </message>
        <message>
            <source>Choose a reason or type one.</source>
            <translation>Себепті таңдаңыз немесе өзіңіз жазыңыз.</translation>
        </message>
    </context>
    <context>
        <name>RankingPanel</name>
        <message>
            <source>No grant calls yet.</source>
            <extracomment>the application id of a row a message for the status line</extracomment>
            <translation>Конкурстар әзірге жоқ.</translation>
        </message>
        <message>
            <source>Envelope %1 · approved %2 · ticked %3 · left %4</source>
            <translation>Конкурс бюджеті %1 · мақұлданды %2 · белгіленді %3 · қалдық %4</translation>
        </message>
        <message>
            <source>Suggested: the top-ranked applications that fit the envelope.</source>
            <translation>Конкурс бюджетіне сыятын рейтингі ең жоғары өтінімдер ұсынылды.</translation>
        </message>
        <message>
            <source>Selection differs from the suggestion</source>
            <translation>Іріктеу ұсынылғаннан өзгеше</translation>
        </message>
        <message>
            <source>Why is the selection changed?</source>
            <translation>Іріктеу неге өзгертілді?</translation>
        </message>
        <message>
            <source>Selection confirmed.</source>
            <translation>Іріктеу бекітілді.</translation>
        </message>
        <message>
            <source>&amp;Suggest selection</source>
            <translation>Іріктеуді &amp;ұсыну</translation>
        </message>
        <message>
            <source>&amp;Confirm selection…</source>
            <translation>Іріктеуді &amp;бекіту…</translation>
        </message>
        <message>
            <source>&amp;Print ranking…</source>
            <translation>Рейтингті &amp;басып шығару…</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Қаржыландыру</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Орны</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Алшақтық</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Бағалар</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Сұралды</translation>
        </message>
        <message>
            <source>Running total</source>
            <translation>Өспелі қорытынды</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>ranking</source>
            <translation>өтінімдер рейтингі</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Comment</source>
            <translation>Түсініктеме</translation>
        </message>
        <message>
            <source>Submit a &amp;correction</source>
            <translation>&amp;Түзетуді жіберу</translation>
        </message>
        <message>
            <source>&amp;Submit (final)</source>
            <translation>&amp;Жіберу (түпкілікті)</translation>
        </message>
        <message>
            <source>Review of %1</source>
            <translation>%1 өтінімін бағалау</translation>
        </message>
        <message>
            <source>This reviewer declared a conflict of interest and cannot score it.</source>
            <translation>Сарапшы мүдделер қақтығысын мәлімдеді және бұл өтінімді бағалай алмайды.</translation>
        </message>
        <message>
            <source>Other reviewers' scores are hidden until this review is submitted.</source>
            <translation>Басқа сарапшылардың бағалары осы баға жіберілгенге дейін жасырын.</translation>
        </message>
        <message>
            <source>No other review yet.</source>
            <translation>Басқа бағалар әзірге жоқ.</translation>
        </message>
        <message>
            <source>Other reviewers (out of 100):</source>
            <translation>Басқа сарапшылар (100-ден):</translation>
        </message>
        <message>
            <source>Correct a submitted review</source>
            <translation>Жіберілген бағаны түзету</translation>
        </message>
        <message>
            <source>The submitted review is kept; why is it corrected?</source>
            <translation>Жіберілген баға сақталады; неге түзетіледі?</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Мүдделер қақтығысы</translation>
        </message>
        <message>
            <source>What is the conflict (e.g. my own village, a relative in the group)?</source>
            <translation>Қақтығыс неде (мысалы, өз ауылым, топта туысым бар)?</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Бағалау</translation>
        </message>
        <message>
            <source>&amp;Reviewer</source>
            <translation>&amp;Сарапшы</translation>
        </message>
        <message>
            <source>Overall &amp;comment</source>
            <translation>Жалпы &amp;түсініктеме</translation>
        </message>
        <message>
            <source>Declare a conflict of &amp;interest…</source>
            <translation>Мүдделер &amp;қақтығысын мәлімдеу…</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>&amp;Қараламаны сақтау</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сомасы</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сабақ</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Өтінім</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Сарапшы</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Сарапшы бағасы</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Бағдарлама</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Жетекшісі</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Кім салыстырды</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Біріктірілген жазба</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>Аты-жөні латынша</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Draft number</source>
            <translation>Қаралама нөмірі</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Тіркеу нөмірі</translation>
        </message>
        <message>
            <source>Requested amount</source>
            <translation>Сұралған сома</translation>
        </message>
        <message>
            <source>Akimat co-funding</source>
            <translation>Әкімдіктің бірлесіп қаржыландыруы</translation>
        </message>
        <message>
            <source>Community in-kind contribution</source>
            <translation>Қоғамдастықтың заттай үлесі</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Қабылдану тәсілі</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <source>Duration, months</source>
            <translation>Ұзақтығы, ай</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Мәселе</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Міндеттері</translation>
        </message>
        <message>
            <source>Community participation</source>
            <translation>Қоғамдастықтың қатысуы</translation>
        </message>
        <message>
            <source>Inclusion</source>
            <translation>Инклюзивтілік</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Тәуекелдер</translation>
        </message>
        <message>
            <source>Sustainability</source>
            <translation>Тұрақтылық</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Еріктілер сағаттары</translation>
        </message>
        <message>
            <source>Approved amount</source>
            <translation>Бекітілген сома</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Реттік нөмірі</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Іс-шара</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Жауапты</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Жас тобы</translation>
        </message>
        <message>
            <source>Number of people</source>
            <translation>Адам саны</translation>
        </message>
        <message>
            <source>File fingerprint (SHA-256)</source>
            <translation>Файлдың бақылау сомасы (SHA-256)</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Файл атауы</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Файл түрі</translation>
        </message>
        <message>
            <source>Size, bytes</source>
            <translation>Көлемі, байт</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Marked at</source>
            <translation>Белгіленген уақыты</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Дереккөзі</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Бап</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Өлшем бірлігі</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Саны</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Бірлік бағасы</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Қосымша</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Қатысқан сабақтары</translation>
        </message>
        <message>
            <source>Sessions in total</source>
            <translation>Барлық сабақтар</translation>
        </message>
        <message>
            <source>Declared at</source>
            <translation>Мәлімделген уақыты</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Келісім берілген күні</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Көлемі</translation>
        </message>
        <message>
            <source>Shared with third parties</source>
            <translation>Үшінші тұлғаларға беру</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Заңды өкілі</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Тәсілі</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Кері қайтарып алынған күні</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Ең жоғары балл</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Салмағы</translation>
        </message>
        <message>
            <source>Comment required</source>
            <translation>Түсініктеме қажет</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Сипаттамасы</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Тәжірибесі</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Көрсеткіш</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Бастапқы мәні</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Мақсатты мәні</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>Тексеру тәсілі</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Қысқаша атауы</translation>
        </message>
        <message>
            <source>BIN</source>
            <translation>БСН</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>ЖСК (IBAN)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БСК</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Тапсырылған күні</translation>
        </message>
        <message>
            <source>Amount spent</source>
            <translation>Жұмсалған сома</translation>
        </message>
        <message>
            <source>Direct beneficiaries</source>
            <translation>Тікелей пайда алушылар</translation>
        </message>
        <message>
            <source>Indirect beneficiaries</source>
            <translation>Жанама пайда алушылар</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Сипаттама бөлімі</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Тіркеусіз келген</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Нұсқасы</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Жіберілген уақыты</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Түсініктеме</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Түзету себебі</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Шешім</translation>
        </message>
        <message>
            <source>Above the envelope</source>
            <translation>Конкурс бюджетінен асатын сома</translation>
        </message>
        <message>
            <source>Status before</source>
            <translation>Бұрынғы мәртебесі</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>Кейінгі мәртебесі</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тақырыбы</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Сыйымдылығы</translation>
        </message>
        <message>
            <source>Checked against the signed sheet</source>
            <translation>Қол қойылған парақпен салыстырылды</translation>
        </message>
        <message>
            <source>Checked at</source>
            <translation>Салыстырылған уақыты</translation>
        </message>
        <message>
            <source>Blank rows on the sign-in sheet</source>
            <translation>Тіркеу парағындағы бос жолдар</translation>
        </message>
        <message>
            <source>Sign-in sheet printed</source>
            <translation>Тіркеу парағы басып шығарылды</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Шарты</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Төленген күні</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Төленген сома</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Алдын ала хабарланған</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Қорытындылар</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Тренинг жоспары</translation>
        </message>
        <message>
            <source>Title in Kazakh</source>
            <translation>Қазақша атауы</translation>
        </message>
        <message>
            <source>Title in English</source>
            <translation>Ағылшынша атауы</translation>
        </message>
        <message>
            <source>Venue in Kazakh</source>
            <translation>Өтетін орны қазақша</translation>
        </message>
        <message>
            <source>Venue in English</source>
            <translation>Өтетін орны ағылшынша</translation>
        </message>
        <message>
            <source>Address in Kazakh</source>
            <translation>Мекенжайы қазақша</translation>
        </message>
        <message>
            <source>Address in English</source>
            <translation>Мекенжайы ағылшынша</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Электрондық пошта</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Қол қоюшы тұлға</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Қол қоюшының лауазымы</translation>
        </message>
        <message>
            <source>Signatory's position in Kazakh</source>
            <translation>Қол қоюшының лауазымы қазақша</translation>
        </message>
        <message>
            <source>Signatory's position in English</source>
            <translation>Қол қоюшының лауазымы ағылшынша</translation>
        </message>
        <message>
            <source>Programme manager</source>
            <translation>Бағдарлама жетекшісі</translation>
        </message>
        <message>
            <source>Standard reason</source>
            <translation>Стандартты себеп</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <source>Record name</source>
            <translation>Жазбаның атауы</translation>
        </message>
        <message>
            <source>Fields in conflict</source>
            <translation>Қайшылықтағы өрістер</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>Сақталған мән</translation>
        </message>
        <message>
            <source>Change kept</source>
            <translation>Сақталған өзгеріс</translation>
        </message>
        <message>
            <source>Computer of the value kept</source>
            <translation>Сақталған мәннің компьютері</translation>
        </message>
        <message>
            <source>Value kept entered by</source>
            <translation>Сақталған мәнді енгізген</translation>
        </message>
        <message>
            <source>Value kept entered at</source>
            <translation>Сақталған мән енгізілген уақыт</translation>
        </message>
        <message>
            <source>Value set aside</source>
            <translation>Қабылданбаған мән</translation>
        </message>
        <message>
            <source>Change set aside</source>
            <translation>Қабылданбаған өзгеріс</translation>
        </message>
        <message>
            <source>Computer of the value set aside</source>
            <translation>Қабылданбаған мәннің компьютері</translation>
        </message>
        <message>
            <source>Value set aside entered by</source>
            <translation>Қабылданбаған мәнді енгізген</translation>
        </message>
        <message>
            <source>Value set aside entered at</source>
            <translation>Қабылданбаған мән енгізілген уақыт</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Түсініктеме</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <source>Resolved at</source>
            <translation>Шешілген уақыты</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Шешкен</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Шешім</translation>
        </message>
        <message>
            <source>Place of signing</source>
            <translation>Жасалған жері</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation>Грант алушы</translation>
        </message>
        <message>
            <source>Grantee's name</source>
            <translation>Грант алушының атауы</translation>
        </message>
        <message>
            <source>Grantee's BIN</source>
            <translation>Грант алушының БСН</translation>
        </message>
        <message>
            <source>Grantee's address</source>
            <translation>Грант алушының мекенжайы</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Өкіл</translation>
        </message>
        <message>
            <source>Representative's position</source>
            <translation>Өкілдің лауазымы</translation>
        </message>
        <message>
            <source>Representative's IIN</source>
            <translation>Өкілдің ЖСН</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Жеке басын куәландыратын құжат</translation>
        </message>
        <message>
            <source>Condition of payment</source>
            <translation>Төлеу шарты</translation>
        </message>
        <message>
            <source>Payment order</source>
            <translation>Төлем тапсырмасы</translation>
        </message>
        <message>
            <source>Paid by override because</source>
            <translation>Ерекше тәртіппен төленді, себебі</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Транштар</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Мониторингтік сапар</translation>
        </message>
        <message>
            <source>Grantee report</source>
            <translation>Грант алушының есебі</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Ендік</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Бойлық</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Кім орындайды</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>Жабылған уақыты</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Кім жапты</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Не істелді</translation>
        </message>
        <message>
            <source>Co-funding delivered</source>
            <translation>Салынған бірлесіп қаржыландыру</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <translation>Қабылданған күні</translation>
        </message>
        <message>
            <source>Accepted by</source>
            <translation>Кім қабылдады</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Бюджет бабы</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Жұмсалды</translation>
        </message>
        <message>
            <source>Time of the visit</source>
            <translation>Сапар уақыты</translation>
        </message>
        <message>
            <source>People met</source>
            <translation>Кіммен кездесті</translation>
        </message>
        <message>
            <source>Beneficiary feedback</source>
            <translation>Пайда алушылардың пікірлері</translation>
        </message>
        <message>
            <source>People seen using the site</source>
            <translation>Нысандағы адамдар</translation>
        </message>
        <message>
            <source>Reason for the hold</source>
            <translation>Тоқтату себебі</translation>
        </message>
        <message>
            <source>Corrects the visit</source>
            <translation>Сапарды түзетеді</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Жауап</translation>
        </message>
        <message>
            <source>Text in Russian</source>
            <translation>Орысша мәтін</translation>
        </message>
        <message>
            <source>Text in Kazakh</source>
            <translation>Қазақша мәтін</translation>
        </message>
        <message>
            <source>Text in English</source>
            <translation>Ағылшынша мәтін</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Түсірілген уақыты</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Бағдары</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Done, %</source>
            <translation>Орындалды, %</translation>
        </message>
        <message>
            <source>Fingerprint of the PDF</source>
            <translation>PDF таңбасы</translation>
        </message>
        <message>
            <source>Fingerprint of its data</source>
            <translation>Деректер таңбасы</translation>
        </message>
        <message>
            <source>Data printed</source>
            <translation>Басылған деректер</translation>
        </message>
        <message>
            <source>Changed since the version before</source>
            <translation>Алдыңғы нұсқадан бері өзгерген</translation>
        </message>
        <message>
            <source>Clauses changed</source>
            <translation>Өзгертілген талаптар</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Жасалған күні</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Аяқталған күні</translation>
        </message>
        <message>
            <source>Beneficiaries reached</source>
            <translation>Қамтылған пайда алушылар</translation>
        </message>
        <message>
            <source>Amendment printed</source>
            <translation>Басылған қосымша келісім</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two records of one person</source>
            <translation>Бір адамның екі жазбасын біріктіру</translation>
        </message>
        <message>
            <source>Choose the record to keep. The other record's attendance, registrations, certificates and consents move to it, and its empty fields are filled from the other one. The other record leaves the list; its history is kept.</source>
            <translation>Қалатын жазбаны таңдаңыз. Екінші жазбаның қатысуы, тіркелулері, сертификаттары мен келісімдері оған ауысады, ал оның бос өрістері екіншісінен толтырылады. Екінші жазба тізімнен шығады; оның тарихы сақталады.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Біріктіру</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>Қатысқан тренингтері</translation>
        </message>
        <message>
            <source>Keep this record</source>
            <translation>Осы жазбаны қалдыру</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Save as PDF</source>
            <translation>PDF ретінде сақтау</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF құжаттары (*.pdf)</translation>
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation>PDF жасалуда…</translation>
        </message>
        <message>
            <source>Save the workbook</source>
            <translation>Excel кітабын сақтау</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>Check-in at the door</source>
            <extracomment>columns whose values are codes to be shown as words</extracomment>
            <translation>Кіреберістегі белгі</translation>
        </message>
        <message>
            <source>Check-in mark undone</source>
            <translation>Кіреберістегі белгі болдырылмады</translation>
        </message>
        <message>
            <source>Walk-in at the door</source>
            <translation>Тізімсіз келген</translation>
        </message>
        <message>
            <source>Two records of one person merged</source>
            <translation>Бір адамның екі жазбасы біріктірілді</translation>
        </message>
        <message>
            <source>Sign-in sheet printed</source>
            <translation>Тіркеу парағы басып шығарылды</translation>
        </message>
        <message>
            <source>Certificates printed</source>
            <translation>Сертификаттар басып шығарылды</translation>
        </message>
        <message>
            <source>Attendance summary printed</source>
            <translation>Қатысу жиынтығы басып шығарылды</translation>
        </message>
        <message>
            <source>People imported from {detail}</source>
            <translation>Адамдар {detail} файлынан импортталды</translation>
        </message>
        <message>
            <source>Applications imported from {detail}</source>
            <translation>Өтінімдер {detail} файлынан импортталды</translation>
        </message>
        <message>
            <source>Scoring sheet imported from {detail}</source>
            <translation>Бағалау парағы {detail} файлынан импортталды</translation>
        </message>
        <message>
            <source>Row {detail} of the application register</source>
            <translation>Өтінімдер тізілімінің {detail}-жолы</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Демонстрациялық деректер</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation>Өзін-өзі тексеру</translation>
        </message>
        <message>
            <source>Logo of the letterhead changed</source>
            <translation>Бланктің логотипі өзгертілді</translation>
        </message>
        <message>
            <source>Agreement made from the approved application</source>
            <translation>Шарт мақұлданған өтінім бойынша жасалды</translation>
        </message>
        <message>
            <source>Agreement printed ({detail})</source>
            <translation>Шарт басып шығарылды ({detail})</translation>
        </message>
        <message>
            <source>Payments confirmed from the bank statement {detail}</source>
            <translation>Төлемдер {detail} банк үзіндісі бойынша расталды</translation>
        </message>
        <message>
            <source>Projects registered from the register {detail}</source>
            <translation>Жобалар {detail} тізілімінен тіркелді</translation>
        </message>
        <message>
            <source>Project already running on paper, registered by hand</source>
            <translation>Қағаз жүзінде жүріп жатқан жоба қолмен тіркелді</translation>
        </message>
        <message>
            <source>Project already running on paper, from the register {detail}</source>
            <translation>Қағаз жүзінде жүріп жатқан жоба, {detail} тізілімінен</translation>
        </message>
        <message>
            <source>Amendment printed ({detail})</source>
            <translation>Қосымша келісім басып шығарылды ({detail})</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>Not yet sent to the head office</source>
            <translation>Бас кеңсеге әлі жіберілмеген</translation>
        </message>
        <message>
            <source>In conflict with a change made elsewhere: see the Sync page</source>
            <translation>Басқа жерде жасалған өзгеріспен қайшылық бар: «Синхрондау» бетін қараңыз</translation>
        </message>
        <message>
            <source>A change was refused by the head office: see the Sync page</source>
            <translation>Бас кеңсе өзгерісті қабылдамады: «Синхрондау» бетін қараңыз</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol this laptop with the head office</source>
            <translation>Ноутбукты бас кеңсеге қосу</translation>
        </message>
        <message>
            <source>The head office gives each laptop a one-time code and the hub's address, or an enrolment file on a USB stick. The laptop's records stay on it; the programme's data arrive after enrolment.</source>
            <translation>Бас кеңсе әр ноутбукқа бір реттік код пен сервер мекенжайын немесе USB жинақтауышындағы қосылу файлын береді. Ноутбуктағы жазбалар өзінде қалады; бағдарлама деректері қосылғаннан кейін келеді.</translation>
        </message>
        <message>
            <source>With the hub's address and a one-time code</source>
            <translation>Сервер мекенжайы мен бір реттік код арқылы</translation>
        </message>
        <message>
            <source>Hub's address</source>
            <translation>Сервер мекенжайы</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>Бір реттік код</translation>
        </message>
        <message>
            <source>I compared the fingerprint with the head office's: trust this certificate</source>
            <translation>Цифрлық ізді бас кеңсенікімен салыстырдым: бұл сертификатқа сену</translation>
        </message>
        <message>
            <source>With an enrolment file (from a USB stick)</source>
            <translation>Қосылу файлымен (USB жинақтауышынан)</translation>
        </message>
        <message>
            <source>Enrolment file</source>
            <translation>Қосылу файлы</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <source>The enrolment file from the head office</source>
            <translation>Бас кеңседен келген қосылу файлы</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>This laptop is enrolled as “%1”.</source>
            <translation>Ноутбук «%1» ретінде қосылды.</translation>
        </message>
        <message>
            <source>Receiving the programme's data from the head office…</source>
            <translation>Бағдарлама деректері бас кеңседен алынуда…</translation>
        </message>
        <message>
            <source>The enrolment file names no hub's address: choose “Sync through a folder…” on the Sync page, or import the head office's file from a USB stick.</source>
            <translation>Қосылу файлында сервер мекенжайы жоқ: «Синхрондау» бетінде «Қалта арқылы синхрондау…» батырмасын таңдаңыз немесе бас кеңсенің файлын USB жинақтауышынан импорттаңыз.</translation>
        </message>
        <message>
            <source>You can close this window: FieldApp keeps trying by itself.</source>
            <translation>Бұл терезені жабуға болады: FieldApp әрекетті өзі жалғастырады.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) received from the head office.</source>
            <translation>
                <numerusform>Бас кеңседен %n өзгеріс алынды.</numerusform>
                <numerusform>Бас кеңседен %n өзгеріс алынды.</numerusform>
            </translation>
        </message>
        <message>
            <source>The laptop is ready: its cycles, calls, settlements and people are here. From now on it syncs by itself.</source>
            <translation>Ноутбук жұмысқа дайын: циклдер, конкурстар, елді мекендер мен адамдар осында. Бұдан әрі ол өздігінен синхрондалады.</translation>
        </message>
        <message>
            <source>Enrol a device</source>
            <extracomment>a served folder is looked at this often while the page's serving is on</extracomment>
            <translation>Құрылғыны қосу</translation>
        </message>
        <message>
            <source>Device &amp;name</source>
            <translation>Құрылғы &amp;атауы</translation>
        </message>
        <message>
            <source>e.g. Kuryk laptop</source>
            <translation>мысалы, Құрық ноутбугы</translation>
        </message>
        <message>
            <source>&amp;Settlements</source>
            <translation>Елді &amp;мекендер</translation>
        </message>
        <message>
            <source>Programme c&amp;ycles</source>
            <translation>Бағдарлама &amp;циклдері</translation>
        </message>
        <message>
            <source>A &amp;head-office device (its changes count as the head office's)</source>
            <translation>&amp;Бас кеңсе құрылғысы (оның өзгерістері бас кеңсенің өзгерістері саналады)</translation>
        </message>
        <message>
            <source>Tick nothing for every settlement and every cycle.</source>
            <translation>Барлық елді мекендер мен циклдерге рұқсат беру үшін ештеңе белгілемеңіз.</translation>
        </message>
        <message>
            <source>&amp;Issue a one-time code</source>
            <translation>Бір реттік &amp;код беру</translation>
        </message>
        <message>
            <source>Enrolment &amp;file…</source>
            <translation>Қосылу &amp;файлы…</translation>
        </message>
        <message>
            <source>Sa&amp;ve the code…</source>
            <translation>Кодты &amp;сақтау…</translation>
        </message>
        <message>
            <source>Type this code on the laptop (Sync ▸ Enrol) within a few days. It works once; it is shown only now — save it to a file if you need it later.</source>
            <translation>Бұл кодты ноутбукта (Синхрондау ▸ Қосылу) жақын күндері енгізіңіз. Ол бір рет қана жарамды және тек қазір көрсетіледі — кейін керек болса, файлға сақтаңыз.</translation>
        </message>
        <message>
            <source>Give the device a name first.</source>
            <translation>Алдымен құрылғының атауын көрсетіңіз.</translation>
        </message>
        <message>
            <source>Enrolment files (*.enrolment)</source>
            <translation>Қосылу файлдары (*.enrolment)</translation>
        </message>
        <message>
            <source>Enrolment file written: %1. It holds the laptop's credentials: carry it like a password and delete it once used.</source>
            <translation>Қосылу файлы жазылды: %1. Онда ноутбуктың тіркелгі деректері бар: оны құпиясөз сияқты сақтап, пайдаланған соң жойыңыз.</translation>
        </message>
        <message>
            <source>Save the code</source>
            <translation>Кодты сақтау</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Мәтіндік файлдар (*.txt)</translation>
        </message>
        <message>
            <source>FieldApp enrolment code for %1: %2
</source>
            <translation>«%1» үшін FieldApp қосылу коды: %2
</translation>
        </message>
        <message>
            <source>The code was saved to %1.</source>
            <translation>Код %1 файлына сақталды.</translation>
        </message>
        <message>
            <source>&amp;Print the code…</source>
            <translation>Кодты &amp;басып шығару…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>network</source>
            <translation>желі</translation>
        </message>
        <message>
            <source>synced folder</source>
            <translation>синхрондалатын қалта</translation>
        </message>
        <message>
            <source>USB / file</source>
            <translation>USB / файл</translation>
        </message>
        <message>
            <source>Sending changes…</source>
            <translation>Өзгерістер жіберілуде…</translation>
        </message>
        <message numerus="yes">
            <source>Receiving changes: %n so far</source>
            <translation>
                <numerusform>Өзгерістер алынуда: әзірге %n</numerusform>
                <numerusform>Өзгерістер алынуда: әзірге %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending and receiving files…</source>
            <translation>Файлдар жіберіліп, алынуда…</translation>
        </message>
        <message>
            <source>Syncing through the folder…</source>
            <translation>Қалта арқылы синхрондалуда…</translation>
        </message>
        <message>
            <source>Checking the connection…</source>
            <translation>Байланыс тексерілуде…</translation>
        </message>
        <message>
            <source>The head office's hub cannot be reached. Changes are kept on this laptop and sent by themselves when the connection returns.</source>
            <translation>Бас кеңсенің серверіне қосылу мүмкін емес. Өзгерістер осы ноутбукта сақталады және байланыс қалпына келгенде өздігінен жіберіледі.</translation>
        </message>
        <message>
            <source>The synced folder cannot be read. Check that it is still there; FieldApp tries again by itself.</source>
            <translation>Синхрондалатын қалтаны оқу мүмкін емес. Оның орнында екенін тексеріңіз; FieldApp әрекетті өзі қайталайды.</translation>
        </message>
        <message>
            <source>The hub refuses this laptop (its enrolment was revoked). Ask the head office for a new code and enrol again.</source>
            <translation>Сервер бұл ноутбукты қабылдамайды (қосылуы кері қайтарылған). Бас кеңседен жаңа код сұрап, қайта қосылыңыз.</translation>
        </message>
        <message>
            <source>The hub's certificate is no longer the one trusted at enrolment. Ask the head office, then enrol again.</source>
            <translation>Сервер сертификаты қосылу кезінде сенім білдірілген сертификат емес. Бас кеңсеге хабарласып, қайта қосылыңыз.</translation>
        </message>
        <message>
            <source>The hub had a problem answering. FieldApp tries again by itself; if it lasts, tell the head office.</source>
            <translation>Сервер жауап беру кезінде қателікке тап болды. FieldApp әрекетті өзі қайталайды; егер бұл жалғаса берсе, бас кеңсеге хабарлаңыз.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet.</source>
            <translation>Бұл ноутбук бас кеңсеге әлі қосылмаған.</translation>
        </message>
        <message>
            <source>The last sync did not complete. FieldApp tries again by itself; if it lasts, tell the head office.</source>
            <translation>Соңғы синхрондау аяқталмады. FieldApp әрекетті өзі қайталайды; егер бұл жалғаса берсе, бас кеңсеге хабарлаңыз.</translation>
        </message>
        <message>
            <source>Not enrolled</source>
            <translation>Қосылмаған</translation>
        </message>
        <message>
            <source>By USB only</source>
            <translation>Тек USB арқылы</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Синхрондалуда</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Қосылуда…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Байланыс бар</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Байланыс жоқ</translation>
        </message>
        <message>
            <source>Everything delivered</source>
            <translation>Бәрі жеткізілді</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet delivered</source>
            <translation>
                <numerusform>%n өзгеріс әлі жеткізілмеген</numerusform>
                <numerusform>%n өзгеріс әлі жеткізілмеген</numerusform>
            </translation>
        </message>
        <message>
            <source>sent %1 (%2)</source>
            <translation>жіберілді %1 (%2)</translation>
        </message>
        <message>
            <source>received %1 (%2)</source>
            <translation>алынды %1 (%2)</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>әлі синхрондалмаған</translation>
        </message>
        <message numerus="yes">
            <source>Clock %n min ahead of the head office's</source>
            <translation>
                <numerusform>Сағат бас кеңсенікінен %n мин алда</numerusform>
                <numerusform>Сағат бас кеңсенікінен %n мин алда</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clock %n min behind the head office's</source>
            <translation>
                <numerusform>Сағат бас кеңсенікінен %n мин артта</numerusform>
                <numerusform>Сағат бас кеңсенікінен %n мин артта</numerusform>
            </translation>
        </message>
        <message>
            <source>Set this computer's date and time: changes stamped by a wrong clock may win over later ones or lose to older ones.</source>
            <translation>Компьютердің күні мен уақытын баптаңыз: қате уақытпен белгіленген өзгерістер кейінгілерін басып кетуі немесе ертеректегілерге жол беруі мүмкін.</translation>
        </message>
        <message>
            <source>Sync: click for details (F9 syncs now)</source>
            <translation>Синхрондау: толығырақ көру үшін басыңыз (F9 — қазір синхрондау)</translation>
        </message>
        <message>
            <source>Clock %1 min</source>
            <translation>Сағат %1 мин</translation>
        </message>
    </context>
    <context>
        <name>ExportBundleDialog</name>
        <message>
            <source>Export changes for the head office</source>
            <translation>Бас кеңсе үшін өзгерістерді экспорттау</translation>
        </message>
        <message>
            <source>File &amp;name</source>
            <translation>Файл &amp;атауы</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Таңдау…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорттау</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Пакетке арналған қалта</translation>
        </message>
        <message>
            <source>Choose a folder that exists (insert the USB stick first).</source>
            <translation>Бар қалтаны таңдаңыз (алдымен флешканы салыңыз).</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Жазылуда…</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Пакет жазылуда…</translation>
        </message>
        <message>
            <source>Written: %1
%2 change(s) and %3 file(s). Give the file to the head office; import their reply here when it comes back.</source>
            <translation>Жазылды: %1
Өзгерістер: %2, файлдар: %3. Файлды бас кеңсеге беріңіз; жауабы келгенде, оны осында импорттаңыз.</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Қалта</translation>
        </message>
        <message>
            <source>A USB stick, or a folder whose file you send by e-mail</source>
            <translation>Флешка немесе файлын поштамен жіберетін қалта</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet acknowledged by the head office go into the file, with the attachments not yet sent. Write it to a USB stick, or to a folder and send the file by e-mail.</source>
            <translation>
                <numerusform>Файлға бас кеңсе әлі растамаған %n өзгеріс пен жіберілмеген тіркемелер жазылады. Оны флешкаға немесе қалтаға жазып, файлды поштамен жіберіңіз.</numerusform>
                <numerusform>Файлға бас кеңсе әлі растамаған %n өзгеріс пен жіберілмеген тіркемелер жазылады. Оны флешкаға немесе қалтаға жазып, файлды поштамен жіберіңіз.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every change made here has been acknowledged; the file still tells the head office what this laptop has received. Write it to a USB stick, or to a folder and send the file by e-mail.</source>
            <translation>Мұнда жасалған барлық өзгеріс расталған; файл бәрібір бас кеңсеге бұл ноутбук не алғанын хабарлайды. Оны флешкаға немесе қалтаға жазып, файлды поштамен жіберіңіз.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet, so it cannot export its changes. Enrol it first: on the Sync page choose “Enrol this laptop…” and give the enrolment file or the one-time code from the head office.</source>
            <translation>Бұл ноутбук бас кеңсеге әлі қосылмаған, сондықтан оның өзгерістерін экспорттау мүмкін емес. Алдымен оны қосыңыз: «Синхрондау» бетінде «Ноутбукты қосу…» таңдап, бас кеңседен алған қосылу файлын немесе бір реттік кодты көрсетіңіз.</translation>
        </message>
    </context>
    <context>
        <name>HeadOfficePage</name>
        <message>
            <source>Head office</source>
            <translation>Бас кеңсе</translation>
        </message>
        <message>
            <source>For the head office: this computer keeps the hub's data folder (the same folder as “fieldapp server --data”), enrols and revokes laptops, takes in their bundles from USB sticks or e-mail and can serve a synced folder — no server needed.</source>
            <translation>Бас кеңсеге арналған: бұл компьютер синхрондау орталығының деректер қалтасын («fieldapp server --data» қалтасымен бірдей) сақтайды, ноутбуктарды қосады және рұқсатын қайтарып алады, олардың пакеттерін флешкадан немесе поштадан қабылдайды және ортақ бұлттық қалтаға қызмет көрсете алады — сервер қажет емес.</translation>
        </message>
        <message>
            <source>Hub data folder</source>
            <translation>Синхрондау орталығының деректер қалтасы</translation>
        </message>
        <message>
            <source>&amp;Open or create…</source>
            <translation>&amp;Ашу немесе жасау…</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Құрылғылар</translation>
        </message>
        <message>
            <source>Conflicts across the programme</source>
            <translation>Бүкіл бағдарлама бойынша қайшылықтар</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Ортақ қалта</translation>
        </message>
        <message>
            <source>&amp;Enrol a device…</source>
            <translation>Құрылғыны &amp;қосу…</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>Рұқсатын қайтарып &amp;алу…</translation>
        </message>
        <message>
            <source>&amp;Import a laptop's bundle…</source>
            <translation>Ноутбук пакетін &amp;импорттау…</translation>
        </message>
        <message>
            <source>E&amp;xport for the device…</source>
            <translation>Құрылғы үшін &amp;экспорттау…</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Құрылғы</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Рұқсат аясы</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Соңғы байланыс</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>Алынған өзгерістер</translation>
        </message>
        <message>
            <source>Waiting for it</source>
            <translation>Оған жіберуді күтуде</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Шешілмеген қайшылықтар</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Өрістер</translation>
        </message>
        <message>
            <source>Kept (who)</source>
            <translation>Қалдырылды (кім)</translation>
        </message>
        <message>
            <source>Set aside (who)</source>
            <translation>Шеттетілді (кім)</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Анықталды</translation>
        </message>
        <message>
            <source>&amp;Folder shared with the laptops</source>
            <translation>Ноутбуктармен ортақ &amp;қалта</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Т&amp;аңдау…</translation>
        </message>
        <message>
            <source>&amp;Serve it (every minute while FieldApp is open)</source>
            <translation>&amp;Қызмет көрсету (FieldApp ашық тұрғанда әр минут сайын)</translation>
        </message>
        <message>
            <source>Sync the folder &amp;now</source>
            <translation>Қалтаны &amp;қазір синхрондау</translation>
        </message>
        <message>
            <source>A folder of OneDrive, Google Drive, Yandex Disk, Nextcloud or a network share that the laptops also sync with: their bundles are taken in and each gets its reply.</source>
            <translation>Ноутбуктар да синхрондалатын OneDrive, Google Drive, Яндекс Диск, Nextcloud қалтасы немесе желілік қалта: олардың пакеттері қабылданып, әрқайсысы жауап алады.</translation>
        </message>
        <message>
            <source>Choose the hub's data folder to start.</source>
            <translation>Бастау үшін синхрондау орталығының деректер қалтасын таңдаңыз.</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>қосылған</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>рұқсаты қайтарылған</translation>
        </message>
        <message>
            <source>code not used yet</source>
            <translation>код әлі пайдаланылмаған</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>барлығы</translation>
        </message>
        <message>
            <source>head office</source>
            <translation>бас кеңсе</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Рұқсатын қайтарып алу</translation>
        </message>
        <message>
            <source>Revoke %1? Its token stops working at once; what it has not sent is lost with it.</source>
            <translation>«%1» рұқсатын қайтарып алу керек пе? Құрылғы бірден синхрондалмайды; ол жіберіп үлгермегені жоғалады.</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>«%1» рұқсаты қайтарылып алынды.</translation>
        </message>
        <message>
            <source>Bundle for %1</source>
            <translation>«%1» үшін пакет</translation>
        </message>
        <message>
            <source>FieldApp bundles (*.fab)</source>
            <translation>FieldApp пакеттері (*.fab)</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Жазылды: %1</translation>
        </message>
        <message>
            <source>Folder shared with the laptops</source>
            <translation>Ноутбуктармен ортақ қалта</translation>
        </message>
        <message>
            <source>Taken in: %1, left for the next run: %2, replies written: %3.</source>
            <translation>Қабылданды: %1, келесі жолға қалдырылды: %2, жазылған жауаптар: %3.</translation>
        </message>
        <message>
            <source>Not yet sent from it</source>
            <translation>Одан әлі жіберілмеген</translation>
        </message>
        <message>
            <source>Its own changes that had not reached the head office, as the laptop said at its last sync over the network</source>
            <translation>Соңғы желілік синхрондау кезінде ноутбук хабарлаған, бас кеңсеге әлі жетпеген өз өзгерістері</translation>
        </message>
        <message>
            <source>As the laptop said on %1</source>
            <translation>Ноутбуктің %1 кездегі мәліметі бойынша</translation>
        </message>
    </context>
    <context>
        <name>ImportBundleDialog</name>
        <message>
            <source>Import a laptop's bundle</source>
            <translation>Ноутбук пакетін импорттау</translation>
        </message>
        <message>
            <source>Import from the head office</source>
            <translation>Бас кеңседен импорттау</translation>
        </message>
        <message>
            <source>&amp;Bundle file</source>
            <translation>Пакет &amp;файлы</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Таңдау…</translation>
        </message>
        <message>
            <source>Chec&amp;k</source>
            <translation>Те&amp;ксеру</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Жіберуші</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Жасалды</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Қолтаңба</translation>
        </message>
        <message>
            <source>What it will apply</source>
            <translation>Не қолданылады</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импорттау</translation>
        </message>
        <message>
            <source>Bundle to import</source>
            <translation>Импорттауға арналған пакет</translation>
        </message>
        <message>
            <source>FieldApp bundles (*.fab)</source>
            <translation>FieldApp пакеттері (*.fab)</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>Пакет тексерілуде…</translation>
        </message>
        <message>
            <source>The head office</source>
            <translation>Бас кеңсе</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>%1 құрылғысы</translation>
        </message>
        <message>
            <source>valid: made by the sender and not altered</source>
            <translation>жарамды: жіберуші жасаған және өзгертілмеген</translation>
        </message>
        <message>
            <source>NOT VALID: altered after it was made, or not made by the sender</source>
            <translation>ЖАРАМСЫЗ: пакет жасалғаннан кейін өзгертілген немесе оны жіберуші жасамаған</translation>
        </message>
        <message>
            <source>not checked (see below)</source>
            <translation>тексерілмеді (төменде қараңыз)</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ештеңе импортталмады.</translation>
        </message>
        <message numerus="yes">
            <source>%n new change(s) to apply</source>
            <translation>
                <numerusform>қолданылатын %n жаңа өзгеріс</numerusform>
                <numerusform>қолданылатын %n жаңа өзгеріс</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already here</source>
            <translation>
                <numerusform>%n мұнда бар</numerusform>
                <numerusform>%n мұнда бар</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>acknowledges %n of this laptop's changes</source>
            <translation>
                <numerusform>осы ноутбуктың %n өзгерісін растайды</numerusform>
                <numerusform>осы ноутбуктың %n өзгерісін растайды</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файл</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импортталуда…</translation>
        </message>
        <message>
            <source>Importing the bundle…</source>
            <translation>Пакет импортталуда…</translation>
        </message>
        <message>
            <source>Imported from %1: %2 accepted, %3 already had, %4 conflict(s), %5 refused.</source>
            <translation>«%1» құрылғысынан импортталды: қабылданды %2, бұрыннан бар %3, қайшылықтар %4, қабылданбады %5.</translation>
        </message>
        <message>
            <source>Imported: %1 applied, %2 already had, %3 conflict(s), %4 of my changes refused; %5 of my changes acknowledged.</source>
            <translation>Импортталды: қолданылды %1, бұрыннан бар %2, қайшылықтар %3, менің қабылданбаған өзгерістерім %4; менің расталған өзгерістерім %5.</translation>
        </message>
        <message>
            <source>Acknowledgement written: %1 — take it back with the next bundle.</source>
            <translation>Растау жазылды: %1 — оны келесі пакетпен бірге кері апарыңыз.</translation>
        </message>
    </context>
    <context>
        <name>InboxAction</name>
        <message>
            <source>Conflicts and re&amp;jections…</source>
            <translation>Қайшылықтар мен қабылданба&amp;ғандар…</translation>
        </message>
        <message>
            <source>Conflicts and re&amp;jections (%1)…</source>
            <translation>Қайшылықтар мен қабылданба&amp;ғандар (%1)…</translation>
        </message>
    </context>
    <context>
        <name>InboxDialog</name>
        <message>
            <source>Conflicts and rejections</source>
            <translation>Қайшылықтар мен қабылданбаған өзгерістер</translation>
        </message>
        <message>
            <source>Nothing to review: no conflicts, and the head office refused none of the changes made here.</source>
            <translation>Қарайтын ештеңе жоқ: қайшылық жоқ, бас кеңсе мұнда жасалған өзгерістердің ешқайсысын қабылдамай қоймаған.</translation>
        </message>
        <message>
            <source>deleted on one side, changed on the other</source>
            <translation>бір жақта жойылған, екінші жақта өзгертілген</translation>
        </message>
        <message>
            <source>an action refused</source>
            <translation>әрекет қабылданбады</translation>
        </message>
        <message>
            <source>Conflict: %1 — %2</source>
            <translation>Қайшылық: %1 — %2</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Қабылданбады: %1</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>осы ноутбук</translation>
        </message>
        <message>
            <source>another device</source>
            <translation>басқа құрылғы</translation>
        </message>
        <message>
            <source>Mine: %1 (%2). Theirs: %3.</source>
            <translation>Менікі: %1 (%2). Олардікі: %3.</translation>
        </message>
        <message>
            <source>&amp;Understood</source>
            <translation>&amp;Түсінікті</translation>
        </message>
        <message>
            <source>The record was deleted on one side and changed on the other; it was kept. Keep it, or delete it again?</source>
            <translation>Жазба бір жақта жойылып, екінші жақта өзгертілген; ол сақталды. Оны қалдыру керек пе, әлде қайта жою керек пе?</translation>
        </message>
        <message>
            <source>&amp;Keep the record</source>
            <translation>Жазбаны &amp;қалдыру</translation>
        </message>
        <message>
            <source>&amp;Delete it again</source>
            <translation>Қайта &amp;жою</translation>
        </message>
        <message>
            <source>Both sides changed the same field. The record now holds “theirs” if it won, “mine” otherwise; choose what it should hold.</source>
            <translation>Екі жақ та бір өрісті өзгерткен. Қазір жазбада, егер ол басым болса, «олардікі», әйтпесе «менікі» тұр; не қалуы керек екенін таңдаңыз.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Менікі</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Олардікі</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Бастапқы</translation>
        </message>
        <message>
            <source>Merged value</source>
            <translation>Біріктірілген мән</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>белгісіз</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>&amp;Менікін қалдыру</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>&amp;Олардікін қалдыру</translation>
        </message>
        <message>
            <source>&amp;Use the merged value</source>
            <translation>Біріктірілген мәнді &amp;жазу</translation>
        </message>
        <message>
            <source>Changed by %1 on %2; the head office refused it.</source>
            <translation>Өзгерткен: %1, %2; бас кеңсе оны қабылдамады.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Себебі: %1</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Жіберілген</translation>
        </message>
        <message>
            <source>Send instead</source>
            <translation>Оның орнына жіберу</translation>
        </message>
        <message>
            <source>&amp;Send again with these values</source>
            <translation>Осы мәндермен қайта &amp;жіберу</translation>
        </message>
        <message>
            <source>&amp;Leave it refused</source>
            <translation>Қабылданбаған күйінде &amp;қалдыру</translation>
        </message>
        <message>
            <source>%1 (now in the record)</source>
            <translation>%1 (қазір жазбада)</translation>
        </message>
    </context>
    <context>
        <name>SyncFileButtons</name>
        <message>
            <source>E&amp;xport changes for the head office…</source>
            <translation>Бас кеңсе үшін өзгерістерді &amp;экспорттау…</translation>
        </message>
        <message>
            <source>I&amp;mport from the head office…</source>
            <translation>Бас кеңседен &amp;импорттау…</translation>
        </message>
        <message>
            <source>Conflicts and re&amp;jections (%1)…</source>
            <translation>Қайшылықтар мен қабылданба&amp;ғандар (%1)…</translation>
        </message>
        <message>
            <source>Conflicts and re&amp;jections…</source>
            <translation>Қайшылықтар мен қабылданба&amp;ғандар…</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Grant agreement</source>
            <translation>Грант беру туралы шарт</translation>
        </message>
        <message>
            <source>&amp;Grantee</source>
            <translation>&amp;Грант алушы</translation>
        </message>
        <message>
            <source>&amp;Bank details</source>
            <translation>&amp;Банк деректемелері</translation>
        </message>
        <message>
            <source>&amp;Money and term</source>
            <translation>&amp;Сома және мерзімдер</translation>
        </message>
        <message>
            <source>Grantee is</source>
            <translation>Грант алушы —</translation>
        </message>
        <message>
            <source>Organisation's name</source>
            <translation>Ұйымның атауы</translation>
        </message>
        <message>
            <source>BIN</source>
            <translation>БСН</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <source>Representative (full name)</source>
            <translation>Өкіл (аты-жөні)</translation>
        </message>
        <message>
            <source>Position (for an organisation)</source>
            <translation>Лауазымы (ұйым үшін)</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Жеке куәлік</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>ЖСК (IBAN)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БСК</translation>
        </message>
        <message>
            <source>Place of signing</source>
            <translation>Жасалған жері</translation>
        </message>
        <message>
            <source>Starts (dd.mm.yyyy)</source>
            <translation>Басталуы (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Ends (dd.mm.yyyy)</source>
            <translation>Аяқталуы (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Akimat co-funding, ₸</source>
            <translation>Әкімдіктің бірлесіп қаржыландыруы, ₸</translation>
        </message>
        <message>
            <source>Community contribution in kind, ₸</source>
            <translation>Қоғамдастықтың заттай үлесі, ₸</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Еріктілер сағаттары</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Транштар</translation>
        </message>
        <message>
            <source>Grant amount</source>
            <translation>Грант сомасы</translation>
        </message>
        <message>
            <source>the initiative group, through its representative</source>
            <translation>өкілі арқылы бастамашыл топ</translation>
        </message>
        <message>
            <source>a partner organisation</source>
            <translation>серіктес ұйым</translation>
        </message>
        <message>
            <source>Kind, number, issued by and on, e.g. удостоверение личности № 012345678, выдано МВД РК 01.02.2015</source>
            <translation>Түрі, нөмірі, кім және қашан берген, мысалы: жеке куәлік № 012345678, ҚР ІІМ 01.02.2015 берген</translation>
        </message>
        <message>
            <source>Agreement %1 · application %2 · %3 · %4</source>
            <translation>Шарт %1 · өтінім %2 · %3 · %4</translation>
        </message>
        <message>
            <source>Paid %1, balance %2.</source>
            <translation>Төленді %1, қалдық %2.</translation>
        </message>
        <message>
            <source>Missing for printing: %1.</source>
            <translation>Басып шығаруға жетіспейді: %1.</translation>
        </message>
        <message>
            <source>Signed: a change needs an amendment.</source>
            <translation>Қол қойылған: өзгеріс тек қосымша келісіммен енгізіледі.</translation>
        </message>
    </context>
    <context>
        <name>Agreements</name>
        <message>
            <source>Amount, ₸</source>
            <translation>Сомасы, ₸</translation>
        </message>
        <message>
            <source>Paid when</source>
            <translation>Төлеу шарты</translation>
        </message>
        <message>
            <source>Due (dd.mm.yyyy)</source>
            <translation>Мерзімі (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>&amp;Add a tranche</source>
            <translation>Транш &amp;қосу</translation>
        </message>
        <message>
            <source>Remo&amp;ve the tranche</source>
            <translation>Траншты &amp;жою</translation>
        </message>
        <message>
            <source>This agreement no longer exists</source>
            <translation>Бұл шарт енді жоқ</translation>
        </message>
        <message>
            <source>Application {number} is {status}: an agreement is made for an approved one</source>
            <translation>{number} өтінім — {status}: шарт мақұлданған өтінім бойынша жасалады</translation>
        </message>
        <message>
            <source>Application {number} already has agreement {agreement}</source>
            <translation>{number} өтінім бойынша {agreement} шарты бар</translation>
        </message>
        <message>
            <source>Agreement {number} is {status}: a change needs an amendment</source>
            <translation>{number} шарт — {status}: өзгеріс тек қосымша келісіммен енгізіледі</translation>
        </message>
        <message>
            <source>Agreement {number} already has its number; it never changes</source>
            <translation>{number} шарттың нөмірі бар, ол өзгермейді</translation>
        </message>
        <message>
            <source>The date of signing is in the future</source>
            <translation>Қол қою күні әлі келген жоқ</translation>
        </message>
        <message>
            <source>Agreement {number} cannot be signed yet; missing: {fields}</source>
            <translation>{number} шартқа әзірге қол қоюға болмайды, жетіспейді: {fields}</translation>
        </message>
        <message>
            <source>Choose the kind of grantee</source>
            <translation>Грант алушының түрін таңдаңыз</translation>
        </message>
        <message>
            <source>This tranche no longer exists</source>
            <translation>Бұл транш енді жоқ</translation>
        </message>
        <message>
            <source>The amount paid must be more than zero</source>
            <translation>Төлем сомасы нөлден көп болуы керек</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} is paid already</source>
            <translation>{agreement} шарт бойынша {number}-транш төленіп қойған</translation>
        </message>
        <message>
            <source>{amount} would pay beyond agreement {agreement}: {balance} is left of it</source>
            <translation>{amount} — {agreement} шарт бойынша қалғаннан көп: қалдық {balance}</translation>
        </message>
        <message>
            <source>Only the head office may pay a tranche whose condition is not met</source>
            <translation>Шарты орындалмаған траншты тек бас кеңсе төлей алады</translation>
        </message>
        <message>
            <source>Agreement {agreement} is not signed yet: nothing is paid before it is</source>
            <translation>{agreement} шартқа әлі қол қойылмаған: қол қойылғанға дейін төлем жасалмайды</translation>
        </message>
        <message>
            <source>Tranche {earlier} is not paid yet: tranches are paid in order</source>
            <translation>{earlier}-транш әлі төленбеген: транштар кезегімен төленеді</translation>
        </message>
        <message>
            <source>The condition of tranche {number} is not met yet: {condition}. The head office may pay it with a reason.</source>
            <translation>{number}-траншның шарты әлі орындалмаған: {condition}. Бас кеңсе себебін көрсетіп, оны төлей алады.</translation>
        </message>
        <message>
            <source>Tranche {number}: {problem}</source>
            <translation>{number}-транш: {problem}</translation>
        </message>
        <message>
            <source>The schedule needs at least one tranche</source>
            <translation>Кестеде кемінде бір транш болуы керек</translation>
        </message>
        <message>
            <source>The tranches add up to {total}; the grant is {amount}</source>
            <translation>Транштардың сомасы — {total}, ал грант — {amount}</translation>
        </message>
        <message>
            <source>A payment is recorded once it is made: the date is in the future</source>
            <translation>Төлем жасалғаннан кейін енгізіледі: күні әлі келген жоқ</translation>
        </message>
        <message>
            <source>The payment date is before the agreement was signed ({date})</source>
            <translation>Төлем күні шартқа қол қойылған күннен ({date}) бұрын</translation>
        </message>
        <message>
            <source>{amount} is more than tranche {number}: {unpaid} of it is unpaid (the next tranche is paid on its own condition)</source>
            <translation>{amount} — {number}-транш сомасынан көп: одан төленбегені {unpaid} (келесі транш өз шарты бойынша төленеді)</translation>
        </message>
        <message>
            <source>The project of agreement {number} ends on {ends}, before this date of signing: change its term first (Money and term)</source>
            <translation>{number} шарты бойынша жоба {ends} аяқталады, бұл қол қою күнінен бұрын: алдымен оның мерзімдерін өзгертіңіз (Сома және мерзімдер)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation>Траншты төлеу</translation>
        </message>
        <message>
            <source>&amp;Tranche</source>
            <translation>&amp;Транш</translation>
        </message>
        <message>
            <source>&amp;Paid on (dd.mm.yyyy)</source>
            <translation>Төлем &amp;күні (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>&amp;Amount paid, ₸</source>
            <translation>Төлем &amp;сомасы, ₸</translation>
        </message>
        <message>
            <source>Payment &amp;order (number)</source>
            <translation>Төлем &amp;тапсырмасы (нөмірі)</translation>
        </message>
        <message>
            <source>&amp;Override reason (head office, condition unmet)</source>
            <translation>Ерекше тәртіптің &amp;себебі (бас кеңсе, шарт орындалмаған)</translation>
        </message>
        <message>
            <source>Agreement %1: %2 · paid %3, balance %4</source>
            <translation>Шарт %1: %2 · төленді %3, қалдық %4</translation>
        </message>
        <message>
            <source>%1. %2 — %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>paid %1</source>
            <translation>төленді %1</translation>
        </message>
        <message>
            <source>This tranche is paid.</source>
            <translation>Бұл транш төленген.</translation>
        </message>
        <message>
            <source>The condition is met: the tranche may be paid.</source>
            <translation>Шарт орындалды: траншты төлеуге болады.</translation>
        </message>
        <message>
            <source>The condition is not met yet (%1).</source>
            <translation>Шарт әлі орындалмаған (%1).</translation>
        </message>
        <message>
            <source>Tranche %1 is %2; %3 is paid. A tranche is paid once: the %4 left of it can then be paid only after an amendment. Record %3?</source>
            <translation>%1-транш — %2; %3 төленеді. Транш бір рет төленеді: одан қалған %4 тек қосымша келісімнен кейін төленеді. %3 енгізілсін бе?</translation>
        </message>
        <message>
            <source>Less than the tranche</source>
            <translation>Транш сомасынан аз</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Agreement signed</source>
            <translation>Шартқа қол қойылды</translation>
        </message>
        <message>
            <source>Record the day both parties signed. The agreement gets its official number and is locked: a later change needs an amendment.</source>
            <translation>Тараптар шартқа қол қойған күнді көрсетіңіз. Шарт ресми нөмір алады және өзгертуге жабылады: кейін тек қосымша келісіммен.</translation>
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation>Қол қойылған &amp;күні (кк.аа.жжжж)</translation>
        </message>
    </context>
    <context>
        <name>LocationField</name>
        <message>
            <source>Open in map</source>
            <translation>Картадан ашу</translation>
        </message>
        <message>
            <source>Decimal degrees (43.653611, 51.167222) or degrees, minutes and seconds (43°39'13"N 51°10'02"E)</source>
            <translation>Ондық градустар (43.653611, 51.167222) немесе градус, минут және секунд (43°39'13"N 51°10'02"E)</translation>
        </message>
    </context>
    <context>
        <name>PhotoList</name>
        <message>
            <source>Add photos…</source>
            <extracomment>the user asked to add these files (the dialog prepares them off the GUI thread) "use this photo's place" for the visit's location key (photo id or "new:&lt;sha&gt;") → [caption, taken_at, latitude, longitude, file name, PhotoFile or None]</extracomment>
            <translation>Фото қосу…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Қалтаны қосу…</translation>
        </message>
        <message>
            <source>Use this photo's place</source>
            <translation>Осы фотоның орнын алу</translation>
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation>&amp;Жазба:</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Фото қосу</translation>
        </message>
        <message>
            <source>Photos (%1)</source>
            <translation>Фотосуреттер (%1)</translation>
        </message>
        <message>
            <source>Add the photos of a folder</source>
            <translation>Қалтадағы фотоларды қосу</translation>
        </message>
        <message>
            <source>No photos yet: add them from the camera's folder or a USB stick.</source>
            <translation>Фото әлі жоқ: оларды камера қалтасынан немесе флешкадан қосыңыз.</translation>
        </message>
        <message>
            <source>time unknown</source>
            <translation>уақыты белгісіз</translation>
        </message>
        <message>
            <source>no GPS position</source>
            <translation>GPS-координаттар жоқ</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Grantee report (accepted %1)</source>
            <translation>Грант алушының есебі (%1 қабылданды)</translation>
        </message>
        <message>
            <source>Spent %1 of the grant's %2</source>
            <translation>Гранттың %2 сомасының %1 жұмсалды</translation>
        </message>
        <message>
            <source>An amount spent is not a sum of money</source>
            <translation>Жұмсалған сома ақша сомасы емес</translation>
        </message>
        <message>
            <source>Grantee report</source>
            <translation>Грант алушының есебі</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Жоба:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Түрі:</translation>
        </message>
        <message>
            <source>&amp;Submitted on:</source>
            <translation>&amp;Тапсырылған күні:</translation>
        </message>
        <message>
            <source>Spending per budget line:</source>
            <translation>Бюджет баптары бойынша шығыстар:</translation>
        </message>
        <message>
            <source>&amp;Co-funding delivered:</source>
            <translation>&amp;Салынған бірлесіп қаржыландыру:</translation>
        </message>
        <message>
            <source>&amp;Volunteer hours:</source>
            <translation>&amp;Еріктілер сағаттары:</translation>
        </message>
        <message>
            <source>Beneficiaries reached:</source>
            <translation>Қамтылған пайда алушылар:</translation>
        </message>
        <message>
            <source>&amp;Narrative:</source>
            <translation>&amp;Сипаттама:</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Аралық</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Қорытынды</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Бюджет бабы</translation>
        </message>
        <message>
            <source>Grant budget</source>
            <translation>Грант бюджеті</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Жұмсалды</translation>
        </message>
        <message>
            <source>Women and girls</source>
            <translation>Әйелдер мен қыздар</translation>
        </message>
        <message>
            <source>Men and boys</source>
            <translation>Ерлер мен ұлдар</translation>
        </message>
    </context>
    <context>
        <name>TimelineDialog</name>
        <message>
            <source>Application received</source>
            <translation>Өтінім алынды</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Мақұлданды</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Шартқа қол қойылды</translation>
        </message>
        <message>
            <source>Tranche due</source>
            <translation>Транш мерзімі</translation>
        </message>
        <message>
            <source>Tranche paid</source>
            <translation>Транш төленді</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Мониторингтік сапар</translation>
        </message>
        <message>
            <source>Grantee report</source>
            <translation>Грант алушының есебі</translation>
        </message>
        <message>
            <source>Report accepted</source>
            <translation>Есеп қабылданды</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Кейінгі әрекет</translation>
        </message>
        <message>
            <source>Action closed</source>
            <translation>Әрекет жабылды</translation>
        </message>
        <message>
            <source>Project completed</source>
            <translation>Жоба аяқталды</translation>
        </message>
        <message>
            <source>Tranche %1: %2</source>
            <translation>%1-транш: %2</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Final acceptance</source>
            <translation>Қорытынды қабылдау</translation>
        </message>
        <message>
            <source>next tranche released</source>
            <translation>келесі транш — төлеу</translation>
        </message>
        <message>
            <source>next tranche held</source>
            <translation>келесі транш тоқтатылды</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>шешім қабылданған жоқ</translation>
        </message>
        <message>
            <source>Progress report</source>
            <translation>Аралық есеп</translation>
        </message>
        <message>
            <source>Completion report</source>
            <translation>Қорытынды есеп</translation>
        </message>
        <message>
            <source>%1 (who: %2, due %3)</source>
            <translation>%1 (кім: %2, мерзімі %3)</translation>
        </message>
        <message>
            <source>Project timeline</source>
            <translation>Жоба хронологиясы</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Оқиға</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <source>Beneficiaries reached: %1</source>
            <translation>Қамтылған пайда алушылар: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Тексерілмеді</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Иә</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>Қолданылмайды</translation>
        </message>
        <message>
            <source>Progress against the work plan</source>
            <translation>Жоспар бойынша жұмыстардың барысы</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Бақылау тізімі</translation>
        </message>
        <message>
            <source>The application has no work plan.</source>
            <translation>Өтінімде жұмыс жоспары жоқ.</translation>
        </message>
        <message>
            <source>New site visit</source>
            <translation>Жаңа мониторингтік сапар</translation>
        </message>
        <message>
            <source>Site visit (draft)</source>
            <translation>Мониторингтік сапар (қаралама)</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Мониторингтік сапар</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Жоба:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Күні:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Уақыты:</translation>
        </message>
        <message>
            <source>O&amp;fficer:</source>
            <translation>&amp;Қызметкер:</translation>
        </message>
        <message>
            <source>Announced:</source>
            <translation>Келісілген:</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Мақсаты:</translation>
        </message>
        <message>
            <source>People &amp;met:</source>
            <translation>&amp;Кіммен кездесті:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Координаттар:</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>&amp;Анықталды:</translation>
        </message>
        <message>
            <source>&amp;Beneficiary feedback:</source>
            <translation>&amp;Пайда алушылардың пікірлері:</translation>
        </message>
        <message>
            <source>People seen &amp;using the site:</source>
            <translation>&amp;Нысандағы адамдар:</translation>
        </message>
        <message>
            <source>Next &amp;tranche:</source>
            <translation>Келесі &amp;транш:</translation>
        </message>
        <message>
            <source>&amp;Reason for the hold:</source>
            <translation>&amp;Тоқтату себебі:</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Алдын ала келісілген</translation>
        </message>
        <message>
            <source>Unannounced</source>
            <translation>Ескертусіз</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Final acceptance</source>
            <translation>Қорытынды қабылдау</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Шешім әлі қабылданған жоқ</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Төлеу</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Тоқтата тұру</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <source>Progress and checklist</source>
            <translation>Жұмыс барысы және бақылау тізімі</translation>
        </message>
        <message>
            <source>Findings and decision</source>
            <translation>Қорытындылар мен шешім</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Фотосуреттер</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Кейінгі әрекеттер</translation>
        </message>
        <message>
            <source>What must be done after this visit, by whom and by when (Insert adds a row). Open actions show on the officer's list until someone closes them.</source>
            <translation>Сапардан кейін не істеу керек, кім және қай мерзімге дейін (Insert жол қосады). Ашық әрекеттер жабылғанша қызметкердің тізімінде көрінеді.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не істеу керек</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation>Әрекет &amp;қосу</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>&amp;Қараламаны сақтау</translation>
        </message>
        <message>
            <source>&amp;Finish visit</source>
            <translation>Сапарды &amp;аяқтау</translation>
        </message>
        <message>
            <source>Everything is in order: finishing this visit completes the project.</source>
            <translation>Бәрі талапқа сай: осы сапарды аяқтағанда жоба аяқталады.</translation>
        </message>
        <message>
            <source>Not yet in order for completion: %1.</source>
            <translation>Жобаны аяқтау үшін жетіспейді: %1.</translation>
        </message>
        <message>
            <source>Project %1 is completed on %2: %3 beneficiaries reached.</source>
            <translation>%1 жобасы %2 күні аяқталды: қамтылған пайда алушылар — %3.</translation>
        </message>
        <message>
            <source>The visit is finished. Project %1 is not completed yet: %2.</source>
            <translation>Сапар аяқталды. %1 жобасы әлі аяқталған жоқ: %2.</translation>
        </message>
        <message>
            <source>Choose the project…</source>
            <translation>Жобаны таңдаңыз…</translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Checklist of site visits</source>
            <translation>Мониторингтік сапарлардың бақылау тізімі</translation>
        </message>
        <message>
            <source>One item a row, in Russian (required), Kazakh and English. Insert adds a row, Delete removes one. Visits already recorded keep their own words.</source>
            <translation>Әр жолда бір тармақ: орысша (міндетті), қазақша және ағылшынша. Insert жол қосады, Delete жояды. Жазылған сапарлар өз тұжырымдарын сақтайды.</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орысша</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақша</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Ағылшынша</translation>
        </message>
    </context>
    <context>
        <name>FigureListDialog</name>
        <message>
            <source>No records behind this figure.</source>
            <translation>Бұл санның артында жазба жоқ.</translation>
        </message>
    </context>
    <context>
        <name>ScheduledExportDialog</name>
        <message>
            <source>Scheduled exports</source>
            <translation>Кесте бойынша экспорт</translation>
        </message>
        <message>
            <source>The figures and records (without personal data) are written to a folder — a synced cloud folder or a network share — after each sync and/or every day at a set time. Older exports beyond the number kept are removed.</source>
            <translation>Көрсеткіштер мен жазбалар (дербес деректерсіз) қалтаға — синхрондалатын бұлтты қалтаға немесе желілік қалтаға — әр синхрондаудан кейін және/немесе күн сайын белгіленген уақытта жазылады. Сақталатын саннан асқан ескі экспорттар жойылады.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Қалта:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>&amp;Пішімі:</translation>
        </message>
        <message>
            <source>&amp;Keep the last:</source>
            <translation>Соңғыларын &amp;сақтау:</translation>
        </message>
        <message>
            <source>&amp;Daily at (HH:MM):</source>
            <translation>&amp;Күн сайын (СС:ММ):</translation>
        </message>
        <message>
            <source>After each &amp;sync:</source>
            <translation>Әр &amp;синхрондаудан кейін:</translation>
        </message>
        <message>
            <source>Last export:</source>
            <translation>Соңғы экспорт:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Шолу…</translation>
        </message>
        <message>
            <source>export after each successful sync</source>
            <translation>әр сәтті синхрондаудан кейін экспорттау</translation>
        </message>
        <message>
            <source>&amp;Export now</source>
            <translation>Қазір &amp;экспорттау</translation>
        </message>
        <message>
            <source>Folder for exports</source>
            <translation>Экспортқа арналған қалта</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>Экспорт жазылуда…</translation>
        </message>
        <message>
            <source>just now: %1</source>
            <translation>жаңа ғана: %1</translation>
        </message>
    </context>
    <context>
        <name>AgreementData</name>
        <message>
            <source>number</source>
            <translation>нөмірі</translation>
        </message>
        <message>
            <source>draft or signed</source>
            <translation>қаралама немесе қол қойылған</translation>
        </message>
        <message>
            <source>text</source>
            <translation>мәтін</translation>
        </message>
        <message>
            <source>tranches</source>
            <translation>транштар</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>сома</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>бюджет</translation>
        </message>
        <message>
            <source>budget totals</source>
            <translation>бюджет қорытындысы</translation>
        </message>
        <message>
            <source>work plan</source>
            <translation>жұмыс жоспары</translation>
        </message>
        <message>
            <source>signatory</source>
            <translation>қол қоюшы</translation>
        </message>
        <message>
            <source>grantee's representative</source>
            <translation>грант алушының өкілі</translation>
        </message>
        <message>
            <source>foundation</source>
            <translation>қор</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>мәні</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>Import bank statement</source>
            <translation>Банк үзіндісін импорттау</translation>
        </message>
        <message>
            <source>Bank statements (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Банк үзінділері (*.csv *.txt *.xlsx);;Барлық файлдар (*)</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>Import bank statement</source>
            <translation>Банк үзіндісін импорттау</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Шарт</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Транш</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сома</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Document / result</source>
            <translation>Құжат / нәтиже</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>%1 тексерілуде…</translation>
        </message>
        <message>
            <source>Record payments</source>
            <translation>Төлемдерді жазу</translation>
        </message>
        <message>
            <source>%1 cannot be read as a bank statement</source>
            <translation>%1 файлын банк үзіндісі ретінде оқу мүмкін емес</translation>
        </message>
        <message>
            <source>%1, rows: %2. Each outgoing payment is matched to an unpaid tranche by the agreement number in its purpose and its amount; nothing is recorded until you confirm.</source>
            <translation>%1, жолдар: %2. Әр шығыс төлем төлем мақсатындағы шарт нөмірі мен сомасы бойынша төленбеген траншпен салыстырылады; сіз растамайынша ештеңе жазылмайды.</translation>
        </message>
        <message>
            <source>To record: payment order %1</source>
            <translation>Жазылады: %1 төлем тапсырмасы</translation>
        </message>
        <message>
            <source>Payments to record: %1 (%2). Rows not matched: %3.</source>
            <translation>Жазылатын төлемдер: %1 (%2). Сәйкес келмеген жолдар: %3.</translation>
        </message>
        <message>
            <source>Record the payments (%1)</source>
            <translation>Төлемдерді жазу (%1)</translation>
        </message>
    </context>
    <context>
        <name>PaperProjectDialog</name>
        <message>
            <source>Register a project already running on paper</source>
            <translation>Қағаз жүзінде жүріп жатқан жобаны тіркеу</translation>
        </message>
        <message>
            <source>A project funded and signed on paper before FieldApp: its application is recorded as funded, its agreement as signed under its number, and the payments already made are recorded. Give the BIN when the grantee is an organisation.</source>
            <translation>FieldApp-қа дейін қағаз жүзінде қаржыландырылған және қол қойылған жоба: оның өтінімі қаржыландырылған, шарты өз нөмірімен қол қойылған ретінде жазылады, жасалған төлемдер де жазылады. Грант алушы ұйым болса, БСН көрсетіңіз.</translation>
        </message>
        <message>
            <source>Si&amp;gned on (dd.mm.yyyy)</source>
            <translation>Қол &amp;қойылған күні (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Grant &amp;amount, ₸</source>
            <translation>Грант &amp;сомасы, ₸</translation>
        </message>
        <message>
            <source>&amp;Payments already made (amount, date, payment order)</source>
            <translation>&amp;Жасалған төлемдер (сомасы, күні, төлем тапсырмасы)</translation>
        </message>
        <message>
            <source>Amount, ₸</source>
            <translation>Сомасы, ₸</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Payment order</source>
            <translation>Төлем тапсырмасы</translation>
        </message>
    </context>
    <context>
        <name>PaperProjects</name>
        <message>
            <source>Agreement number</source>
            <translation>Шарт нөмірі</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation>Грант алушы</translation>
        </message>
        <message>
            <source>BIN (an organisation)</source>
            <translation>БСН (ұйымның)</translation>
        </message>
        <message>
            <source>Representative's IIN</source>
            <translation>Өкілдің ЖСН</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Өкіл</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Жобаның атауы</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <source>Grant amount</source>
            <translation>Грант сомасы</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Қол қойылған күні</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Аяқталу күні</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжай</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БСК</translation>
        </message>
        <message>
            <source>Paid %1</source>
            <translation>Төленді %1</translation>
        </message>
        <message>
            <source>Paid %1: date</source>
            <translation>%1-төлем: күні</translation>
        </message>
        <message>
            <source>Paid %1: payment order</source>
            <translation>%1-төлем: төлем тапсырмасы</translation>
        </message>
        <message>
            <source>Import the register of paper projects</source>
            <translation>Қағаз жүзіндегі жобалар тізілімін импорттау</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV register: one row per project already running</source>
            <translation>Excel (.xlsx) немесе CSV тізілімі: жүріп жатқан әр жобаға бір жол</translation>
        </message>
        <message>
            <source>&amp;Grant call of rows that name none</source>
            <translation>Конкурсы көрсетілмеген жолдардың &amp;конкурсы</translation>
        </message>
        <message>
            <source>Agreement — grantee</source>
            <translation>Шарт — грант алушы</translation>
        </message>
        <message>
            <source>— each row names its call —</source>
            <translation>— конкурс әр жолда көрсетілген —</translation>
        </message>
        <message>
            <source>Each row makes the funded application, the signed agreement under its number, its tranches and the payments made. A number already in the database is skipped.</source>
            <translation>Әр жол қаржыландырылған өтінімді, өз нөмірімен қол қойылған шартты, оның транштарын және жасалған төлемдерді жасайды. Дерекқорда бар нөмір өткізіп жіберіледі.</translation>
        </message>
        <message>
            <source>paper-projects.xlsx</source>
            <translation>қағаз-жобалар.xlsx</translation>
        </message>
        <message>
            <source>Paper projects</source>
            <translation>Қағаз жүзіндегі жобалар</translation>
        </message>
        <message>
            <source>Projects funded and signed on paper before FieldApp</source>
            <translation>FieldApp-қа дейін қағаз жүзінде қаржыландырылған және қол қойылған жобалар</translation>
        </message>
        <message>
            <source>&amp;Import the register…</source>
            <translation>Тізілімді &amp;импорттау…</translation>
        </message>
        <message>
            <source>Projects already running on paper, from an Excel register (Ctrl+Shift+I)</source>
            <translation>Қағаз жүзінде жүріп жатқан жобалар, Excel тізілімінен (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>&amp;Register one by hand…</source>
            <translation>Қолмен &amp;тіркеу…</translation>
        </message>
        <message>
            <source>Paper projects registered with their agreements and payments: %1.</source>
            <translation>Шарттары мен төлемдерімен тіркелген қағаз жүзіндегі жобалар: %1.</translation>
        </message>
    </context>
    <context>
        <name>Completion</name>
        <message>
            <source>the agreement is {status}, not signed</source>
            <translation>шарттың мәртебесі — «{status}», қол қойылған емес</translation>
        </message>
        <message>
            <source>no finished final-acceptance visit</source>
            <translation>аяқталған қорытынды қабылдау сапары жоқ</translation>
        </message>
        <message>
            <source>the acceptance visit does not release the project (decision: release)</source>
            <translation>қабылдау сапары жоба бойынша төлемге рұқсат бермейді («Төлеу» шешімі керек)</translation>
        </message>
        <message>
            <source>checklist items not answered “Yes” or “Does not apply”: {items}</source>
            <translation>бақылау тізімінің «Иә» немесе «Қолданылмайды» деп белгіленбеген тармақтары: {items}</translation>
        </message>
        <message>
            <source>follow-up actions still open: {count}</source>
            <translation>ашық кейінгі әрекеттер: {count}</translation>
        </message>
        <message>
            <source>no completion report from the grantee</source>
            <translation>грант алушының қорытынды есебі жоқ</translation>
        </message>
        <message>
            <source>the completion report of {submitted_on} is not accepted yet</source>
            <translation>{submitted_on} күнгі қорытынды есеп әлі қабылданбаған</translation>
        </message>
        <message>
            <source>tranches not paid yet: {numbers}</source>
            <translation>төленбеген транштар: {numbers}</translation>
        </message>
        <message>
            <source>Only the head office changes an agreement that is {status}</source>
            <translation>«{status}» мәртебесіндегі шартты тек бас кеңсе өзгертеді</translation>
        </message>
        <message>
            <source>The project is not in order at the head office: it cannot be completed yet</source>
            <translation>Бас кеңсенің деректері бойынша жоба әлі талапқа сай емес: оны аяқтауға болмайды</translation>
        </message>
        <message>
            <source>The completion must record the date {date} and {reached} beneficiaries reached, as the completion report says</source>
            <translation>Аяқтау кезінде {date} күні және қорытынды есептегідей {reached} қамтылған пайда алушы жазылады</translation>
        </message>
        <message>
            <source>The project is completed at the head office and stays so</source>
            <translation>Бас кеңседе жоба аяқталған және солай қалады</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Agreement %1 · %2 · paid %3. Change what the amendment changes and give the reason; the changes apply once the amendment is signed.</source>
            <translation>%1 шарт · %2 · төленгені %3. Қосымша келісім өзгертетін деректерді өзгертіп, негіздемесін көрсетіңіз; өзгерістер оған қол қойылғаннан кейін күшіне енеді.</translation>
        </message>
        <message>
            <source>Amend the agreement</source>
            <translation>Шартқа қосымша келісім</translation>
        </message>
        <message>
            <source>&amp;Reason, amount and term</source>
            <translation>&amp;Негіздеме, сома және мерзім</translation>
        </message>
        <message>
            <source>&amp;Bank details and signatory</source>
            <translation>&amp;Деректемелер және қол қоюшы</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Өзгерістердің негіздемесі</translation>
        </message>
        <message>
            <source>Grant amount, ₸</source>
            <translation>Грант сомасы, ₸</translation>
        </message>
        <message>
            <source>Starts (dd.mm.yyyy)</source>
            <translation>Басталуы (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Ends (dd.mm.yyyy)</source>
            <translation>Аяқталуы (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Транштар</translation>
        </message>
        <message>
            <source>Representative (full name)</source>
            <translation>Өкілі (аты-жөні)</translation>
        </message>
        <message>
            <source>Position (for an organisation)</source>
            <translation>Лауазымы (ұйым үшін)</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Жеке басын куәландыратын құжат</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>ЖСК (IBAN)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БСК</translation>
        </message>
    </context>
    <context>
        <name>Amendments</name>
        <message>
            <source>The scanned signed copy</source>
            <translation>Қол қойылған дананың сканерленген көшірмесі</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Сканерленген көшірмелер (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Шолу…</translation>
        </message>
        <message>
            <source>Scanned signed copy</source>
            <translation>Қол қойылған дананың сканерленген көшірмесі</translation>
        </message>
        <message>
            <source>No scanned signed copy is attached on this computer yet.</source>
            <translation>Бұл компьютерде қол қойылған дананың сканерленген көшірмесі әлі тіркелмеген.</translation>
        </message>
        <message>
            <source>{name} cannot be read</source>
            <translation>{name} файлын оқу мүмкін емес</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a scanned copy may be at most {limit} MB</source>
            <translation>{name} файлының көлемі {size} МБ; сканерленген көшірме {limit} МБ-тан аспауы керек</translation>
        </message>
        <message>
            <source>{name} is not a PDF, JPEG or PNG file</source>
            <translation>{name} — PDF, JPEG не PNG файлы емес</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete</source>
            <translation>{name} файлы бүлінген немесе толық жазылмаған</translation>
        </message>
        <message>
            <source>Agreement {number} was signed on {signed_on}</source>
            <translation>{number} шартқа {signed_on} қол қойылған</translation>
        </message>
        <message>
            <source>This amendment no longer exists</source>
            <translation>Бұл қосымша келісім енді жоқ</translation>
        </message>
        <message>
            <source>Agreement {number} is {status}: an amendment changes a signed agreement</source>
            <translation>{number} шарт: {status}; қосымша келісім қол қойылған шартты өзгертеді</translation>
        </message>
        <message>
            <source>Amendment № {number} of agreement {agreement} is not signed yet: sign or withdraw it first</source>
            <translation>{agreement} шартқа № {number} қосымша келісімге әлі қол қойылмаған: алдымен оған қол қойыңыз немесе оны кері қайтарыңыз</translation>
        </message>
        <message>
            <source>{field} is not changed by an amendment</source>
            <translation>«{field}» өрісі қосымша келісіммен өзгертілмейді</translation>
        </message>
        <message>
            <source>The reason for the change is required</source>
            <translation>Өзгерістердің негіздемесін көрсетіңіз</translation>
        </message>
        <message>
            <source>Nothing differs from agreement {agreement}: an amendment changes at least one clause</source>
            <translation>{agreement} шарттан ештеңе өзгермеген: қосымша келісім кемінде бір талапты өзгертеді</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} was paid {paid}: it cannot be reduced below that</source>
            <translation>{agreement} шарт бойынша {number}-транш {paid} сомасында төленген: оны бұл сомадан азайтуға болмайды</translation>
        </message>
        <message>
            <source>{paid} of agreement {agreement} is paid already: the grant cannot be less</source>
            <translation>{agreement} шарт бойынша {paid} төленіп қойған: грант сомасы одан аз болмайды</translation>
        </message>
        <message>
            <source>The new amount of agreement {agreement} does not fit the unpaid tranches: change the schedule too</source>
            <translation>{agreement} шарттың жаңа сомасы төленбеген транштарға сыймайды: транштар кестесін де өзгертіңіз</translation>
        </message>
        <message>
            <source>Amendment № {number} is signed already</source>
            <translation>№ {number} қосымша келісімге қол қойылып қойған</translation>
        </message>
        <message>
            <source>Agreement {agreement} was signed on {signed_on}: its amendment cannot be signed before</source>
            <translation>{agreement} шартқа {signed_on} қол қойылған: оған қосымша келісімге одан бұрын қол қойылмайды</translation>
        </message>
        <message>
            <source>Agreement {agreement} changed since amendment № {number} was written: withdraw it and write it again</source>
            <translation>№ {number} қосымша келісім жасалғаннан кейін {agreement} шарт өзгерді: оны кері қайтарып, қайта жасаңыз</translation>
        </message>
        <message>
            <source>Amendment № {number} is not signed yet: its copy is attached when it is signed</source>
            <translation>№ {number} қосымша келісімге әлі қол қойылмаған: сканерленген көшірмесі қол қойылған кезде тіркеледі</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} is paid: it cannot grow by {more}; put that on a tranche still to pay</source>
            <translation>{agreement} шарты бойынша {number}-транш төленген: оны {more} сомасына көбейтуге болмайды; бұл соманы әлі төленбеген траншқа енгізіңіз</translation>
        </message>
    </context>
    <context>
        <name>AmendmentsDialog</name>
        <message>
            <source>Amendments</source>
            <translation>Қосымша келісімдер</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Негіздеме</translation>
        </message>
        <message>
            <source>&amp;Amend…</source>
            <translation>&amp;Жасау…</translation>
        </message>
        <message>
            <source>&amp;Signed…</source>
            <translation>&amp;Қол қойылды…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Басып шығару…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Кері қайтару</translation>
        </message>
        <message>
            <source>Open the signed &amp;copy</source>
            <translation>&amp;Сканерленген көшірмені ашу</translation>
        </message>
        <message>
            <source>Agreement %1 · %2 · %3</source>
            <translation>%1 шарт · %2 · %3</translation>
        </message>
        <message>
            <source>Withdraw the amendment</source>
            <translation>Қосымша келісімді кері қайтару</translation>
        </message>
        <message>
            <source>Withdraw amendment № %1? It is kept in the history; its number is not given again.</source>
            <translation>№ %1 қосымша келісімді кері қайтару керек пе? Ол тарихта сақталады; оның нөмірі қайта берілмейді.</translation>
        </message>
        <message>
            <source>Print the amendment</source>
            <translation>Қосымша келісімді басып шығару</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>қосымша келісім</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орысша</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақша</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Ағылшынша</translation>
        </message>
        <message>
            <source>Russian | Kazakh, side by side</source>
            <translation>Орысша | қазақша, екі бағанмен</translation>
        </message>
        <message>
            <source>Amendment № %1 to agreement %2: version %3</source>
            <translation>%2 шартқа № %1 қосымша келісім: %3-нұсқа</translation>
        </message>
        <message>
            <source>Amendment № %1 to agreement %2: version %3, the same as printed before</source>
            <translation>%2 шартқа № %1 қосымша келісім: %3-нұсқа, бұрын басылғанмен бірдей</translation>
        </message>
    </context>
    <context>
        <name>SignAmendmentDialog</name>
        <message>
            <source>Amendment signed</source>
            <translation>Қосымша келісімге қол қойылды</translation>
        </message>
        <message>
            <source>Record the day both parties signed the amendment; its changes then apply to the agreement. Attach its scanned copy if you have it.</source>
            <translation>Тараптар қосымша келісімге қол қойған күнді көрсетіңіз; содан кейін оның өзгерістері шартқа қолданылады. Сканерленген көшірмесі болса, тіркеңіз.</translation>
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation>&amp;Қол қойылған күні (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Scanned &amp;copy</source>
            <translation>Сканерленген &amp;көшірме</translation>
        </message>
    </context>
    <context>
        <name>SignedCopyDialog</name>
        <message>
            <source>Agreement signed</source>
            <translation>Шартқа қол қойылды</translation>
        </message>
        <message>
            <source>The agreement is signed. Attach the scanned signed copy (PDF, JPEG or PNG).</source>
            <translation>Шартқа қол қойылған. Қол қойылған дананың сканерленген көшірмесін тіркеңіз (PDF, JPEG не PNG).</translation>
        </message>
        <message>
            <source>Record the day both parties signed and attach the scanned signed copy (PDF, JPEG or PNG). The agreement gets its official number and is locked: a later change needs an amendment.</source>
            <translation>Тараптар шартқа қол қойған күнді көрсетіп, қол қойылған дананың сканерленген көшірмесін тіркеңіз (PDF, JPEG не PNG). Шартқа ресми нөмір беріледі және ол өзгертуге жабылады: кейінгі өзгерістер тек қосымша келісіммен енгізіледі.</translation>
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation>&amp;Қол қойылған күні (кк.аа.жжжж)</translation>
        </message>
        <message>
            <source>Scanned &amp;copy</source>
            <translation>Сканерленген &amp;көшірме</translation>
        </message>
    </context>
</TS>
