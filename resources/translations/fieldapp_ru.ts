<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>No grant agreements yet. An agreement is made for each funded application.</source>
        <translation>Договоров пока нет. Договор заключается по каждой поддержанной заявке.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation>Код КАТО</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Первое занятие</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятий</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Initiative group</source>
        <translation>Инициативная группа</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <source>Grant call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Grant amount</source>
        <translation>Сумма гранта</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Next tranche may be released</source>
        <translation>Можно выплатить следующий транш</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок подачи</translation>
    </message>
    <message>
        <source>Maximum grant</source>
        <translation>Максимальный грант</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Бюджет конкурса</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <source>Communities</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <source>No communities yet. The region, districts and villages arrive with the programme's setup.</source>
        <translation>Населённых пунктов пока нет. Область, районы и сёла появятся при настройке программы.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected place's names and KATO code (Enter)</source>
        <translation>Изменить названия и код КАТО выбранного пункта (Enter)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>The programme in figures</source>
        <translation>Программа в цифрах</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Мониторинговые визиты</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Получено заявок</translation>
    </message>
    <message>
        <source>Projects funded</source>
        <translation>Профинансировано проектов</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Beneficiaries reached</source>
        <translation>Охвачено благополучателей</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>No programme cycles yet: they arrive with the programme's setup.</source>
        <translation>Циклов программы пока нет: они появятся при настройке программы.</translation>
    </message>
    <message>
        <source>Counted from the records in this database; F5 counts again.</source>
        <translation>Подсчитано по записям этой базы данных; F5 — пересчитать.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>FieldApp — error</source>
        <translation>FieldApp — ошибка</translation>
    </message>
    <message>
        <source>Your saved work is safe. Try again; if it happens again, send the log file to your head office.</source>
        <translation>Сохранённые данные в безопасности. Попробуйте ещё раз; если ошибка повторится, отправьте файл журнала в головной офис.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>This field is required</source>
        <translation>Это поле обязательно</translation>
    </message>
    <message>
        <source>A KATO code is 9 digits, e.g. 475200000</source>
        <translation>Код КАТО — это 9 цифр, например 475200000</translation>
    </message>
    <message>
        <source>An IIN is 12 digits</source>
        <translation>ИИН состоит из 12 цифр</translation>
    </message>
    <message>
        <source>The IIN's check digit does not match: please re-check the number</source>
        <translation>Контрольная цифра ИИН не сходится: проверьте номер</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN is 1 to 6</source>
        <translation>7-я цифра ИИН — от 1 до 6</translation>
    </message>
    <message>
        <source>An IIN starts with a real birth date (YYMMDD)</source>
        <translation>ИИН начинается с настоящей даты рождения (ГГММДД)</translation>
    </message>
    <message>
        <source>A BIN is 12 digits</source>
        <translation>БИН состоит из 12 цифр</translation>
    </message>
    <message>
        <source>The BIN's check digit does not match: please re-check the number</source>
        <translation>Контрольная цифра БИН не сходится: проверьте номер</translation>
    </message>
    <message>
        <source>A BIN starts with the registration year and month (YYMM)</source>
        <translation>БИН начинается с года и месяца регистрации (ГГММ)</translation>
    </message>
    <message>
        <source>The 5th digit of a BIN is 4, 5 or 6</source>
        <translation>5-я цифра БИН — 4, 5 или 6</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>Номер телефона не указан</translation>
    </message>
    <message>
        <source>This does not look like a phone number</source>
        <translation>Это не похоже на номер телефона</translation>
    </message>
    <message>
        <source>Not a valid phone number (Kazakh mobiles start with 70x or 77x)</source>
        <translation>Неверный номер телефона (мобильные номера Казахстана начинаются с 70x или 77x)</translation>
    </message>
    <message>
        <source>A Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 characters</source>
        <translation>Казахстанский IBAN: KZ, 2 контрольные цифры, 3-значный код банка и 13 символов</translation>
    </message>
    <message>
        <source>The IBAN's check digits do not match: please re-check the number</source>
        <translation>Контрольные цифры IBAN не сходятся: проверьте номер</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>Сумма не указана</translation>
    </message>
    <message>
        <source>Not an amount of money</source>
        <translation>Это не денежная сумма</translation>
    </message>
    <message>
        <source>An amount has at most 2 decimal places (tiyn)</source>
        <translation>В сумме не больше 2 знаков после запятой (тиын)</translation>
    </message>
    <message>
        <source>An amount cannot be negative</source>
        <translation>Сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation>Дата окончания раньше даты начала</translation>
    </message>
    <message>
        <source>Close the form?</source>
        <extracomment>the core's check: takes the typed value, returns the clean one or raises Invalid</extracomment>
        <translation>Закрыть форму?</translation>
    </message>
    <message>
        <source>You typed something in this form that is not saved.</source>
        <translation>В форме есть введённый текст, который не сохранён.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Оставить черновик</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Go on editing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <source>Unsaved text found</source>
        <extracomment>the save finished: the result of save_work</extracomment>
        <translation>Найден несохранённый текст</translation>
    </message>
    <message>
        <source>This form was closed last time with text that was not saved. Restore it?</source>
        <translation>В прошлый раз форма была закрыта с несохранённым текстом. Восстановить его?</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Grant calls &amp; applications</source>
        <translation>Конкурсы и заявки</translation>
    </message>
    <message>
        <source>No applications yet. Applications are registered when a grant call is open.</source>
        <translation>Заявок пока нет. Заявки регистрируются, когда объявлен конкурс.</translation>
    </message>
    <message>
        <source>No grant calls yet. The head office announces calls; they arrive here with sync.</source>
        <translation>Конкурсов пока нет. Конкурсы объявляет головной офис; они появятся здесь при синхронизации.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Grant calls</source>
        <translation>Конкурсы</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <extracomment>Enter or a double click on a row: its id an export finished: the file and the number of rows</extracomment>
        <translation>Фильтр… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see everything.</source>
        <translation>Ничего не найдено по запросу «%1». Нажмите Esc в поле фильтра, чтобы увидеть всё.</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Запись файла Excel…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User: %1</source>
        <extracomment>the window closed and every queued write finished</extracomment>
        <translation>Пользователь: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, not yet synced</source>
        <translation><numerusform>%n изменение записано, ещё не синхронизировано</numerusform><numerusform>%n изменения записаны, ещё не синхронизированы</numerusform><numerusform>%n изменений записано, ещё не синхронизированы</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied with headers</source>
        <translation><numerusform>Скопирована %n строка с заголовками</numerusform><numerusform>Скопированы %n строки с заголовками</numerusform><numerusform>Скопировано %n строк с заголовками</numerusform></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation><numerusform>%n строка записана в %1</numerusform><numerusform>%n строки записаны в %1</numerusform><numerusform>%n строк записано в %1</numerusform></translation>
    </message>
    <message>
        <source>About FieldApp</source>
        <translation>О программе FieldApp</translation>
    </message>
    <message>
        <source>Trainings, grants, agreements and site visits of community grant programmes, offline.
Database: %1</source>
        <translation>Тренинги, гранты, договоры и мониторинговые визиты грантовых программ для местных сообществ — без интернета.
База данных: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Write the list in view, as filtered, to an Excel file</source>
        <translation>Записать открытый список с учётом фильтра в файл Excel</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <source>Copy the selected rows with their headers, ready to paste into Excel</source>
        <translation>Скопировать выбранные строки с заголовками для вставки в Excel</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Найти в списке</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>Заново прочитать список из базы данных</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation>&amp;О программе FieldApp</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No people yet. They arrive with trainings, applications and sync from the head office.</source>
        <translation>Людей пока нет. Они появятся с тренингами, заявками и синхронизацией с головным офисом.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>the user chose another profile (the status bar shows it)</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>nobody chosen yet</source>
        <translation>пользователь не выбран</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Takes effect at once and is remembered on this computer.</source>
        <translation>Применяется сразу и запоминается на этом компьютере.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>Язык &amp;документов</translation>
    </message>
    <message>
        <source>Agreements, sign-in sheets and visit reports are printed in this language.</source>
        <translation>На этом языке печатаются договоры, листы регистрации и отчёты о визитах.</translation>
    </message>
    <message>
        <source>User profile</source>
        <translation>Профиль пользователя</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>&amp;Change or add a profile…</source>
        <translation>&amp;Сменить или добавить профиль…</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Edit settlement</source>
        <translation>Изменить населённый пункт</translation>
    </message>
    <message>
        <source>Names as they are written in each language, and the 9-digit KATO code where it is known.</source>
        <translation>Названия на каждом языке и 9-значный код КАТО, если он известен.</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Название на &amp;английском</translation>
    </message>
    <message>
        <source>&amp;KATO code</source>
        <translation>Код &amp;КАТО</translation>
    </message>
    <message>
        <source>9 digits, e.g. 475200000</source>
        <translation>9 цифр, например 475200000</translation>
    </message>
</context>
<context>
    <name>SiteVisitsPage</name>
    <message>
        <source>Site visits</source>
        <translation>Мониторинговые визиты</translation>
    </message>
    <message>
        <source>No site visits yet. Visits are made to projects that have a signed agreement.</source>
        <translation>Мониторинговых визитов пока нет. Визиты проводятся в проекты с подписанным договором.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <extracomment>set by benchmarks/startup.py: print when the window is painted and when data are on screen, then quit</extracomment>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>This database is already open in another FieldApp window. Switch to that window, or close it and start FieldApp again.</source>
        <translation>Эта база данных уже открыта в другом окне FieldApp. Перейдите в то окно или закройте его и запустите FieldApp снова.</translation>
    </message>
    <message>
        <source>FieldApp cannot open this database.</source>
        <translation>FieldApp не может открыть эту базу данных.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>No changes recorded yet. Every change made on this laptop appears here.</source>
        <translation>Изменений пока нет. Здесь появляется каждое изменение, сделанное на этом ноутбуке.</translation>
    </message>
    <message>
        <source>This laptop's device id</source>
        <translation>Идентификатор этого ноутбука</translation>
    </message>
    <message>
        <source>Every change is recorded here with who made it and when. Sending the changes to the head office and receiving theirs arrives with the sync feature; nothing recorded is lost meanwhile.</source>
        <translation>Каждое изменение записывается здесь: кто и когда его сделал. Отправка изменений в головной офис и получение изменений оттуда появятся вместе с синхронизацией; до тех пор ничего записанное не теряется.</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <source>No trainings yet. Trainings planned at the head office arrive here with sync.</source>
        <translation>Тренингов пока нет. Тренинги, запланированные головным офисом, появятся здесь при синхронизации.</translation>
    </message>
</context>
<context>
    <name>UserProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>Every change is recorded with the name of the person who made it. Choose your profile on this laptop or add a new one.</source>
        <translation>Каждое изменение записывается с именем того, кто его сделал. Выберите свой профиль на этом ноутбуке или добавьте новый.</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Детская площадка</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation>Спортивная площадка</translation>
    </message>
    <message>
        <source>Sensory room</source>
        <translation>Сенсорная комната</translation>
    </message>
    <message>
        <source>Recreation area</source>
        <translation>Зона отдыха</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>В коротком списке</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Отобрана</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Профинансирована</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Полевой сотрудник</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Programme staff</source>
        <translation>Сотрудник программы</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Головной офис</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Занятие тренинга</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Trainer of a training</source>
        <translation>Тренер тренинга</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Grant call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Транш</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Мониторинговый визит</translation>
    </message>
    <message>
        <source>User profile</source>
        <translation>Профиль пользователя</translation>
    </message>
    <message>
        <source>Initiative group</source>
        <translation>Инициативная группа</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Отчёт по проекту</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>columns whose values are codes to be shown as words</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
</TS>