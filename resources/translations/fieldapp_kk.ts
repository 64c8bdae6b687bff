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
    <name>Columns</name>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орыс.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қаз.)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Атауы (ағыл.)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Құрамында</translation>
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
        <translation>Қабылданған күні</translation>
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
        <translation>Қол қойылды</translation>
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
        <translation>Ең жоғары грант</translation>
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
        <translation>Шолу</translation>
    </message>
    <message>
        <source>The programme in figures</source>
        <translation>Бағдарлама сандармен</translation>
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
        <translation>Қамтылған игілік алушылар</translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Бірдеңе дұрыс болмады: %1</translation>
    </message>
    <message>
        <source>FieldApp — error</source>
        <translation>FieldApp — қате</translation>
    </message>
    <message>
        <source>Your saved work is safe. Try again; if it happens again, send the log file to your head office.</source>
        <translation>Сақталған деректер қауіпсіз. Қайталап көріңіз; қате қайталанса, журнал файлын бас кеңсеге жіберіңіз.</translation>
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
        <translation>Сома теріс болмайды</translation>
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
        <translation>Жоба ретінде қалдыру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Өшіру</translation>
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
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Grant calls &amp; applications</source>
        <translation>Конкурстар мен өтінімдер</translation>
    </message>
    <message>
        <source>No applications yet. Applications are registered when a grant call is open.</source>
        <translation>Әзірге өтінімдер жоқ. Өтінімдер конкурс жарияланғанда тіркеледі.</translation>
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
        <translation><numerusform>%n жазба</numerusform></translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see everything.</source>
        <translation>«%1» бойынша ештеңе табылмады. Барлығын көру үшін сүзгі өрісінде Esc басыңыз.</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Excel файлы жазылуда…</translation>
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
        <translation><numerusform>%n өзгеріс жазылды, әлі синхрондалмаған</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied with headers</source>
        <translation><numerusform>Тақырыптарымен %n жол көшірілді</numerusform></translation>
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
        <translation><numerusform>%1 файлына %n жол жазылды</numerusform></translation>
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
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>No people yet. They arrive with trainings, applications and sync from the head office.</source>
        <translation>Әзірге адамдар жоқ. Олар тренингтермен, өтінімдермен және бас кеңсемен синхрондау арқылы пайда болады.</translation>
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
        <source>Agreements, sign-in sheets and visit reports are printed in this language.</source>
        <translation>Шарттар, тіркеу парақтары және сапар есептері осы тілде басылады.</translation>
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
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Тренингтер</translation>
    </message>
    <message>
        <source>No trainings yet. Trainings planned at the head office arrive here with sync.</source>
        <translation>Әзірге тренингтер жоқ. Бас кеңсе жоспарлаған тренингтер синхрондау кезінде осында пайда болады.</translation>
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
        <translation>Жоба</translation>
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
        <translation>Кері қайтарылды</translation>
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
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Далалық қызметкер</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Жаттықтырушы</translation>
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
        <translation>Тренинг жаттықтырушысы</translation>
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
</context>
</TS>