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
        <message>
            <source>Paid</source>
            <translation>Төленді</translation>
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
            <source>%n change(s) recorded, not yet synced</source>
            <translation>
                <numerusform>%n өзгеріс жазылды, әлі синхрондалмаған</numerusform>
                <numerusform>%n өзгеріс жазылды, әлі синхрондалмаған</numerusform>
            </translation>
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
            <translation>{cell}: {number}: «{criterion}» критерийі бойынша баға жоқ</translation>
        </message>
        <message>
            <source>{cell}: {number}: the score {score} is outside 0 to {max}</source>
            <translation>{cell}: {number}: {score} бағасы 0 мен {max} аралығынан тыс</translation>
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
            <source>Every change is recorded here with who made it and when. Sending the changes to the head office and receiving theirs arrives with the sync feature; nothing recorded is lost meanwhile.</source>
            <translation>Әр өзгеріс мұнда кім және қашан жасағанымен бірге жазылады. Өзгерістерді бас кеңсеге жіберу және олардан алу синхрондаумен бірге қосылады; оған дейін жазылғанның ешқайсысы жоғалмайды.</translation>
        </message>
        <message>
            <source>History of changes</source>
            <translation>Өзгерістер тарихы</translation>
        </message>
        <message>
            <source>%1 (its drafts are numbered %2-…)</source>
            <translation>%1 (қаралама нөмірлері %2-… деп басталады)</translation>
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
            <translation>Күтілетін игілік алушылар</translation>
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
            <translation>Конкурсқа жіберілген елді мекен</translation>
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
            <translation>Сарапшы балы</translation>
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
</TS>
