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
        <message>
            <source>No grant agreements yet. An agreement is made for each funded application (Ctrl+N).</source>
            <translation>Договоров о гранте пока нет. Договор заключается по каждой поддержанной заявке (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Новый…</translation>
        </message>
        <message>
            <source>Make the agreement of an approved application (Ctrl+N)</source>
            <translation>Составить договор по одобренной заявке (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open the selected agreement (Enter)</source>
            <translation>Открыть выбранный договор (Enter)</translation>
        </message>
        <message>
            <source>Record a &amp;payment…</source>
            <translation>Внести &amp;выплату…</translation>
        </message>
        <message>
            <source>Record a tranche's payment (Ctrl+Shift+P)</source>
            <translation>Внести выплату транша (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>&amp;Signed…</source>
            <translation>&amp;Подписан…</translation>
        </message>
        <message>
            <source>Record that both parties signed (Ctrl+Shift+S)</source>
            <translation>Отметить, что стороны подписали договор (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>П&amp;ечать…</translation>
        </message>
        <message>
            <source>Print the agreement (Ctrl+P)</source>
            <translation>Напечатать договор (Ctrl+P)</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Новый договор</translation>
        </message>
        <message>
            <source>Every approved application has its agreement.</source>
            <translation>У всех одобренных заявок уже есть договоры.</translation>
        </message>
        <message>
            <source>Approved application</source>
            <translation>Одобренная заявка</translation>
        </message>
        <message>
            <source>Print the agreement</source>
            <translation>Печать договора</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>договор</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Казахский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian | Kazakh, side by side</source>
            <translation>Русский | казахский, в две колонки</translation>
        </message>
        <message>
            <source>Agreement %1: version %2, the same as printed before</source>
            <translation>Договор %1: версия %2, та же, что напечатана ранее</translation>
        </message>
        <message>
            <source>Agreement %1: version %2; changed since the version before: %3</source>
            <translation>Договор %1: версия %2; изменилось с предыдущей версии: %3</translation>
        </message>
        <message>
            <source>Agreement %1: version %2</source>
            <translation>Договор %1: версия %2</translation>
        </message>
        <message>
            <source>Import &amp;bank statement…</source>
            <translation>Импорт &amp;банковской выписки…</translation>
        </message>
        <message>
            <source>Confirm payments from the bank's or 1C's statement (Ctrl+Shift+B)</source>
            <translation>Подтвердить платежи по выписке банка или 1С (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <source>Record that both parties signed and attach the scanned copy (Ctrl+Shift+S)</source>
            <translation>Отметить, что стороны подписали договор, и приложить скан (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Signed &amp;copy</source>
            <translation>Подписанный &amp;экземпляр</translation>
        </message>
        <message>
            <source>Open the scanned signed copy (Ctrl+Shift+O)</source>
            <translation>Открыть скан подписанного договора (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>&amp;Amendments…</source>
            <translation>&amp;Дополнительные соглашения…</translation>
        </message>
        <message>
            <source>Amendments of a signed agreement: amend, sign, print (Ctrl+Shift+A)</source>
            <translation>Дополнительные соглашения к подписанному договору: составить, подписать, напечатать (Ctrl+Shift+A)</translation>
        </message>
    </context>
    <context>
        <name>BackEntryDialog</name>
        <message>
            <source>The sheet lists %1 people; rows after them are blank rows.</source>
            <translation>В листе %1 человек; строки после них — пустые.</translation>
        </message>
        <message>
            <source>%1 people: %2</source>
            <translation>%1 чел.: %2</translation>
        </message>
        <message>
            <source>Scan or photo of the signed sheet</source>
            <translation>Скан или фото подписанного листа</translation>
        </message>
        <message>
            <source>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation>Изображения и PDF (*.jpg *.jpeg *.png *.pdf);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Enter attendance from the signed sheet</source>
            <translation>Ввод посещаемости по подписанному листу</translation>
        </message>
        <message>
            <source>&amp;Rows signed</source>
            <translation>&amp;Подписанные строки</translation>
        </message>
        <message>
            <source>e.g. 1-12, 15, 17</source>
            <translation>например 1-12, 15, 17</translation>
        </message>
        <message>
            <source>&amp;Written on blank rows</source>
            <translation>&amp;Вписаны в пустые строки</translation>
        </message>
        <message>
            <source>S&amp;can or photo</source>
            <translation>С&amp;кан или фото</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>&amp;Checked against the signed sheet</source>
            <translation>&amp;Сверено с подписанным листом</translation>
        </message>
        <message>
            <source>One person per line: name; sex; age or age group; phone</source>
            <translation>Один человек в строке: имя; пол; возраст или возрастная группа; телефон</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check-in: %1</source>
            <translation>Регистрация: %1</translation>
        </message>
        <message>
            <source>Nobody found. Ctrl+N adds “%1” as a walk-in.</source>
            <translation>Никого не найдено. Ctrl+N добавит «%1» как пришедшего без записи.</translation>
        </message>
        <message>
            <source>not registered</source>
            <translation>не записан(а)</translation>
        </message>
        <message>
            <source>present</source>
            <translation>присутствует</translation>
        </message>
        <message>
            <source>late</source>
            <translation>опоздал(а)</translation>
        </message>
        <message>
            <source>left early</source>
            <translation>ушёл(ушла) раньше</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>%1 of %2 present</source>
            <translation>Пришли %1 из %2</translation>
        </message>
        <message>
            <source>women %1 · men %2 · youth %3–%4: %5</source>
            <translation>женщин %1 · мужчин %2 · молодёжь %3–%4: %5</translation>
        </message>
        <message>
            <source>✓ %1 — %2. Ctrl+Z undoes.</source>
            <translation>✓ %1 — %2. Ctrl+Z отменяет.</translation>
        </message>
        <message>
            <source>Undone: the previous mark is back.</source>
            <translation>Отменено: вернулась прежняя отметка.</translation>
        </message>
        <message>
            <source>✓ Walk-in %1 added and marked present. Ctrl+Z undoes the mark.</source>
            <translation>✓ Добавлено в список и отмечено: %1. Ctrl+Z отменяет отметку.</translation>
        </message>
        <message>
            <source>same IIN</source>
            <translation>тот же ИИН</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>тот же телефон</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>похожее имя</translation>
        </message>
        <message>
            <source>Already known? Enter marks the chosen person; Ctrl+Enter adds a new person anyway.</source>
            <translation>Уже есть в базе? Enter отмечает выбранного; Ctrl+Enter всё равно добавляет нового человека.</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <source>Enter: present · Ctrl+2: late · Ctrl+3: left early · Ctrl+4: absent · Ctrl+Z: undo · Ctrl+N: walk-in · Esc: clear / close</source>
            <translation>Enter: пришёл · Ctrl+2: опоздал · Ctrl+3: ушёл раньше · Ctrl+4: нет · Ctrl+Z: отменить · Ctrl+N: без записи · Esc: очистить / закрыть</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Регистрация участников</translation>
        </message>
        <message>
            <source>Type a few letters of the name or digits of the phone</source>
            <translation>Наберите несколько букв имени или цифры телефона</translation>
        </message>
        <message>
            <source>Walk-in: not on the list</source>
            <translation>Пришёл без записи: нет в списке</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>&amp;ФИО</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Пол</translation>
        </message>
        <message>
            <source>&amp;Age or birth year</source>
            <translation>&amp;Возраст или год рождения</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>%1 is already present since %2.</source>
            <translation>%1 уже здесь, пришёл(а) в %2.</translation>
        </message>
        <message>
            <source>%1 is already marked “%2” (%3).</source>
            <translation>%1 уже отмечен(а): «%2» (%3).</translation>
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
            <source>What was done</source>
            <translation>Что сделано</translation>
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
            <translation>Кол-во занятий</translation>
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
        <message>
            <source>Grantee</source>
            <translation>Грантополучатель</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Выплачено</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <source>Tranche amount</source>
            <translation>Сумма транша</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Транш</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Дата выплаты</translation>
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
        <message>
            <source>All cycles</source>
            <translation>Все циклы</translation>
        </message>
        <message>
            <source>No settlement</source>
            <translation>Без населённого пункта</translation>
        </message>
        <message>
            <source>Paid, ₸</source>
            <translation>Выплачено, ₸</translation>
        </message>
        <message>
            <source>Completion report overdue</source>
            <translation>Просрочен итоговый отчёт</translation>
        </message>
        <message>
            <source>Tranche waiting on its condition</source>
            <translation>Транш ждёт выполнения условия</translation>
        </message>
        <message>
            <source>Site visit due</source>
            <translation>Предстоит мониторинговый визит</translation>
        </message>
        <message>
            <source>No site visit for 90 days</source>
            <translation>Нет мониторингового визита 90 дней</translation>
        </message>
        <message>
            <source>Review to finish</source>
            <translation>Завершить экспертизу</translation>
        </message>
        <message>
            <source>Nothing waiting on you this week.</source>
            <translation>На этой неделе для вас ничего не ждёт.</translation>
        </message>
        <message>
            <source>Export the figures and records</source>
            <translation>Выгрузить показатели и записи</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Запись файла Excel…</translation>
        </message>
        <message>
            <source>Written to %1</source>
            <translation>Записано в %1</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>&amp;Цикл:</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Выгрузить в Excel…</translation>
        </message>
        <message>
            <source>&amp;Scheduled exports…</source>
            <translation>Выгрузка по &amp;расписанию…</translation>
        </message>
        <message>
            <source>Grants committed</source>
            <translation>Гранты по договорам</translation>
        </message>
        <message>
            <source>Grants paid</source>
            <translation>Выплачено грантов</translation>
        </message>
        <message>
            <source>Akimat co-funding</source>
            <translation>Софинансирование акиматов</translation>
        </message>
        <message>
            <source>Community contribution in kind</source>
            <translation>Вклад сообществ натурой</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Волонтёрские часы</translation>
        </message>
        <message>
            <source>Trainings held</source>
            <translation>Тренингов проведено</translation>
        </message>
        <message>
            <source>Beneficiaries planned</source>
            <translation>Благополучателей запланировано</translation>
        </message>
        <message>
            <source>Site visits done</source>
            <translation>Мониторинговых визитов проведено</translation>
        </message>
        <message>
            <source>Projects without a visit for 90 days</source>
            <translation>Проектов без мониторингового визита 90 дней</translation>
        </message>
        <message>
            <source>Site visits planned</source>
            <translation>Мониторинговых визитов запланировано</translation>
        </message>
        <message>
            <source>Participants by sex and age</source>
            <translation>Участники по полу и возрасту</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Женщины</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Мужчины</translation>
        </message>
        <message>
            <source>Sex not stated</source>
            <translation>Пол не указан</translation>
        </message>
        <message>
            <source>Age not stated</source>
            <translation>Возраст не указан</translation>
        </message>
        <message>
            <source>By settlement</source>
            <translation>По населённым пунктам</translation>
        </message>
        <message>
            <source>Applications and payments by month</source>
            <translation>Заявки и выплаты по месяцам</translation>
        </message>
        <message>
            <source>My week</source>
            <translation>Моя неделя</translation>
        </message>
        <message>
            <source>Counted from the records in this database; F5 counts again. Click a number to see the records behind it.</source>
            <translation>Подсчитано по записям этой базы данных; F5 — пересчитать. Щёлкните число, чтобы увидеть записи за ним.</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Персональные данные</translation>
        </message>
        <message>
            <source>Include personal data (IIN, phone, birth date) in the file? Only do so when the recipient may hold it.</source>
            <translation>Включить в файл персональные данные (ИИН, телефон, дату рождения)? Только если получатель вправе их хранить.</translation>
        </message>
        <message>
            <source>Site visit overdue</source>
            <translation>Мониторинговый визит просрочен</translation>
        </message>
        <message>
            <source>Projects overdue for a site visit</source>
            <translation>Проекты с просроченным мониторинговым визитом</translation>
        </message>
        <message>
            <source>Projects due for a site visit soon</source>
            <translation>Проекты, которым скоро нужен мониторинговый визит</translation>
        </message>
        <message>
            <source>Follow-up action open</source>
            <translation>Открыто последующее действие</translation>
        </message>
        <message>
            <source>Projects with open follow-up actions</source>
            <translation>Проекты с открытыми последующими действиями</translation>
        </message>
        <message>
            <source>Projects completed</source>
            <translation>Проектов завершено</translation>
        </message>
        <message>
            <source>Looking through your week…</source>
            <translation>Просматриваем вашу неделю…</translation>
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
        <message>
            <source>Nothing was changed.</source>
            <translation>Ничего не изменено.</translation>
        </message>
        <message>
            <source>The database is busy with another program's write. Wait until it has finished, then try again.</source>
            <translation>База данных занята: в неё сейчас пишет другая программа. Дождитесь, пока она закончит, и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>The database file is damaged. Restore the latest backup (the backups folder beside the database) or ask your head office.</source>
            <translation>Файл базы данных повреждён. Восстановите последнюю резервную копию (папка backups рядом с базой) или обратитесь в головной офис.</translation>
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
            <translation>Не сохранять</translation>
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
        <message>
            <source>This is not an e-mail address</source>
            <translation>Это не адрес электронной почты</translation>
        </message>
        <message>
            <source>Too long: {length} characters, at most {limit}</source>
            <translation>Слишком длинно: {length} знаков, можно не больше {limit}</translation>
        </message>
        <message>
            <source>{field_of} is too long: {length} characters, at most {limit}</source>
            <translation>Поле «{field_of}» слишком длинное: {length} знаков, можно не больше {limit}</translation>
        </message>
        <message>
            <source>This amount cannot be read exactly: type it again</source>
            <translation>Эту сумму не удалось прочитать точно: введите её ещё раз</translation>
        </message>
        <message>
            <source>A Kazakh BIC is 8 or 11 letters and digits with KZ in 5th–6th place, e.g. HSBKKZKX</source>
            <translation>БИК банка Казахстана — 8 или 11 букв и цифр, на 5–6 месте KZ, например HSBKKZKX</translation>
        </message>
        <message>
            <source>A number, zero or more</source>
            <translation>Число, ноль или больше</translation>
        </message>
        <message>
            <source>Thousands or tiyn? For thousands write {thousands}; tiyn have two digits after the comma</source>
            <translation>Тысячи или тиыны? Тысячи пишите так: {thousands}; у тиынов две цифры после запятой</translation>
        </message>
    </context>
    <context>
        <name>GrantsPage</name>
        <message>
            <source>Grant calls &amp; applications</source>
            <translation>Конкурсы и заявки</translation>
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
        <message>
            <source>Grant call saved.</source>
            <translation>Конкурс сохранён.</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Готово.</translation>
        </message>
        <message>
            <source>No applications yet. Ctrl+N types in a paper application when a grant call is open.</source>
            <translation>Заявок пока нет. Ctrl+N — ввести бумажную заявку, когда конкурс открыт.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Рейтинг</translation>
        </message>
        <message>
            <source>&amp;New call…</source>
            <translation>&amp;Новый конкурс…</translation>
        </message>
        <message>
            <source>&amp;Edit call…</source>
            <translation>&amp;Изменить конкурс…</translation>
        </message>
        <message>
            <source>&amp;Open the call</source>
            <translation>&amp;Открыть приём заявок</translation>
        </message>
        <message>
            <source>Close and start &amp;review</source>
            <translation>Закрыть приём и начать &amp;экспертизу</translation>
        </message>
        <message>
            <source>Mark &amp;decided</source>
            <translation>Отметить: &amp;решение принято</translation>
        </message>
        <message>
            <source>%1 applications imported, %2 of them submitted.</source>
            <translation>Импортировано заявок: %1, из них подано: %2.</translation>
        </message>
        <message>
            <source>&amp;Import application register…</source>
            <translation>&amp;Импорт реестра заявок…</translation>
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
            <translation>
                <numerusform>%n запись</numerusform>
                <numerusform>%n записи</numerusform>
                <numerusform>%n записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Press Esc in the filter box to see everything.</source>
            <translation>Ничего не найдено по запросу «%1». Нажмите Esc в поле фильтра, чтобы увидеть всё.</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Запись файла Excel…</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;История изменений…</translation>
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
            <source>%n row(s) copied with headers</source>
            <translation>
                <numerusform>Скопирована %n строка с заголовками</numerusform>
                <numerusform>Скопированы %n строки с заголовками</numerusform>
                <numerusform>Скопировано %n строк с заголовками</numerusform>
            </translation>
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
            <translation>
                <numerusform>%n строка записана в %1</numerusform>
                <numerusform>%n строки записаны в %1</numerusform>
                <numerusform>%n строк записано в %1</numerusform>
            </translation>
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
        <message>
            <source>&amp;History of the record…</source>
            <translation>&amp;История записи…</translation>
        </message>
        <message>
            <source>Who changed the selected record, what and when</source>
            <translation>Кто, что и когда изменил в выбранной записи</translation>
        </message>
        <message>
            <source>Finishing the file being written…</source>
            <translation>Завершается запись файла…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>Send this laptop's changes and receive the head office's now (F9)</source>
            <translation>Отправить изменения этого ноутбука и получить изменения головного офиса сейчас (F9)</translation>
        </message>
        <message>
            <source>Stopping the sync at a safe point…</source>
            <translation>Синхронизация останавливается в безопасной точке…</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Save as PDF…</source>
            <translation>Сохранить как PDF…</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Предпросмотр печати: %1</translation>
        </message>
        <message>
            <source>Open in the PDF viewer</source>
            <translation>Открыть в программе просмотра PDF</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>No people yet. Ctrl+N adds a person, Ctrl+I imports a list; more arrive with trainings and sync from the head office.</source>
            <translation>Пока никого нет. Ctrl+N добавляет человека, Ctrl+I импортирует список; остальные придут с тренингами и синхронизацией с головным офисом.</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Новый человек</translation>
        </message>
        <message>
            <source>Add a person (Ctrl+N)</source>
            <translation>Добавить человека (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Import people from an Excel or CSV list (Ctrl+I)</source>
            <translation>Импорт людей из списка Excel или CSV (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <source>Merge the two selected records of one person (Ctrl+M)</source>
            <translation>Объединить две выбранные записи одного человека (Ctrl+M)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>Delete the selected person (Del)</source>
            <translation>Удалить выбранного человека (Del)</translation>
        </message>
        <message>
            <source>Delete %1? They leave the lists and the figures, and their attendance no longer counts. The record is kept in the history.</source>
            <translation>Удалить: %1? Человек уйдёт из списков и показателей, его посещаемость больше не учитывается. Запись сохранится в истории.</translation>
        </message>
        <message>
            <source>Delete the person</source>
            <translation>Удаление человека</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>same IIN</source>
            <translation>тот же ИИН</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>тот же телефон</translation>
        </message>
        <message>
            <source>similar name in the same settlement</source>
            <translation>похожее имя в том же населённом пункте</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Изменить данные человека</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Новый человек</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>&amp;ФИО</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters</source>
            <translation>Имя &amp;латиницей</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Пол</translation>
        </message>
        <message>
            <source>Birth &amp;year</source>
            <translation>&amp;Год рождения</translation>
        </message>
        <message>
            <source>Birth &amp;date</source>
            <translation>&amp;Дата рождения</translation>
        </message>
        <message>
            <source>S&amp;ettlement</source>
            <translation>&amp;Населённый пункт</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>&amp;IIN</source>
            <translation>&amp;ИИН</translation>
        </message>
        <message>
            <source>&amp;Organisation or group</source>
            <translation>&amp;Организация или группа</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>&amp;Примечания</translation>
        </message>
        <message>
            <source>&amp;Consent given on</source>
            <translation>&amp;Согласие дано</translation>
        </message>
        <message>
            <source>Consent &amp;covers</source>
            <translation>&amp;На что согласие</translation>
        </message>
        <message>
            <source>&amp;Guardian (for a minor)</source>
            <translation>&amp;Законный представитель (для несовершеннолетнего)</translation>
        </message>
        <message>
            <source>This may be someone already known</source>
            <translation>Возможно, этот человек уже есть в базе</translation>
        </message>
        <message>
            <source>&amp;Use the chosen record</source>
            <translation>&amp;Взять выбранную запись</translation>
        </message>
        <message>
            <source>&amp;Merge into the chosen record</source>
            <translation>&amp;Объединить с выбранной записью</translation>
        </message>
        <message>
            <source>Save as a &amp;different person</source>
            <translation>Сохранить как &amp;другого человека</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Type an age (23) or a birth year (2001)</source>
            <translation>Введите возраст (23) или год рождения (2001)</translation>
        </message>
        <message>
            <source>Type the row numbers of the sheet, e.g. 1-12, 15, 17</source>
            <translation>Введите номера строк листа, например 1-12, 15, 17</translation>
        </message>
        <message>
            <source>Not a date (dd.MM.yyyy)</source>
            <translation>Это не дата (дд.ММ.гггг)</translation>
        </message>
        <message>
            <source>Not a time (HH:MM)</source>
            <translation>Это не время (ЧЧ:ММ)</translation>
        </message>
        <message>
            <source>The birth date is in the future</source>
            <translation>Дата рождения в будущем</translation>
        </message>
        <message>
            <source>The birth year must be between 1900 and this year</source>
            <translation>Год рождения — от 1900 до текущего года</translation>
        </message>
        <message>
            <source>The birth year differs from the birth date</source>
            <translation>Год рождения не совпадает с датой рождения</translation>
        </message>
        <message>
            <source>The birth date differs from the IIN's</source>
            <translation>Дата рождения не совпадает с ИИН</translation>
        </message>
        <message>
            <source>The sex differs from the IIN's (its 7th digit)</source>
            <translation>Пол не совпадает с ИИН (его 7-я цифра)</translation>
        </message>
        <message>
            <source>Sex not recognised (F/M, ж/м, әйел/ер)</source>
            <translation>Пол не распознан (ж/м, F/M, әйел/ер)</translation>
        </message>
        <message>
            <source>A minor's consent is given by a parent or guardian</source>
            <translation>За несовершеннолетнего согласие даёт родитель или опекун</translation>
        </message>
        <message>
            <source>A training has at least one day</source>
            <translation>У тренинга должен быть хотя бы один день</translation>
        </message>
        <message>
            <source>A day ends before it starts</source>
            <translation>Время окончания раньше времени начала</translation>
        </message>
        <message>
            <source>A day with attendance cannot be removed</source>
            <translation>День с отметками посещаемости нельзя удалить</translation>
        </message>
        <message>
            <source>Capacity cannot be negative</source>
            <translation>Вместимость не может быть отрицательной</translation>
        </message>
        <message>
            <source>No such file</source>
            <translation>Такого файла нет</translation>
        </message>
        <message>
            <source>no name: the row is rejected</source>
            <translation>нет имени: строка отклонена</translation>
        </message>
        <message>
            <source>no consent to process personal data on record</source>
            <translation>нет записи о согласии на обработку персональных данных</translation>
        </message>
        <message>
            <source>birth date or year not understood, left empty</source>
            <translation>дата или год рождения не распознаны, оставлены пустыми</translation>
        </message>
        <message>
            <source>These records have different IINs: they are two different people</source>
            <translation>У этих записей разные ИИН: это два разных человека</translation>
        </message>
        <message>
            <source>no project title: the row is rejected</source>
            <translation>нет названия проекта: строка отклонена</translation>
        </message>
        <message>
            <source>no initiative group: the row is rejected</source>
            <translation>нет инициативной группы: строка отклонена</translation>
        </message>
        <message>
            <source>no settlement</source>
            <translation>не указан населённый пункт</translation>
        </message>
        <message>
            <source>no amount requested</source>
            <translation>не указана запрашиваемая сумма</translation>
        </message>
        <message>
            <source>the amount is over the call's maximum grant</source>
            <translation>сумма больше максимального гранта конкурса</translation>
        </message>
        <message>
            <source>received outside the call's dates</source>
            <translation>получена вне сроков конкурса</translation>
        </message>
        <message>
            <source>Unknown source of the mark</source>
            <translation>Неизвестный источник отметки</translation>
        </message>
        <message>
            <source>Unknown attendance status</source>
            <translation>Неизвестный статус посещения</translation>
        </message>
        <message>
            <source>The share of sessions attended must be more than 0 and at most 1 (e.g. 0.5)</source>
            <translation>Доля посещённых занятий должна быть больше 0 и не больше 1 (например, 0,5)</translation>
        </message>
        <message>
            <source>Consent is given on paper or electronically</source>
            <translation>Согласие дают на бумаге или в электронном виде</translation>
        </message>
        <message>
            <source>No such consent record</source>
            <translation>Такой записи о согласии нет</translation>
        </message>
        <message>
            <source>A person cannot be merged with themselves</source>
            <translation>Человека нельзя объединить с самим собой</translation>
        </message>
        <message>
            <source>No such person</source>
            <translation>Такого человека нет</translation>
        </message>
        <message>
            <source>No such session</source>
            <translation>Такого занятия нет</translation>
        </message>
        <message>
            <source>The training has several sessions: say which</source>
            <translation>У тренинга несколько занятий: укажите, какое</translation>
        </message>
        <message>
            <source>No such training</source>
            <translation>Такого тренинга нет</translation>
        </message>
        <message>
            <source>Several trainings match: say which</source>
            <translation>Подходит несколько тренингов: укажите, какой</translation>
        </message>
        <message>
            <source>Application {number} cannot become “{to_status}”: {why}</source>
            <translation>Заявка {number} не может получить статус «{to_status}»: {why}</translation>
        </message>
        <message>
            <source>its eligibility has not been checked yet</source>
            <translation>её соответствие требованиям ещё не проверено</translation>
        </message>
        <message>
            <source>it has not been submitted and checked for eligibility</source>
            <translation>она не подана и не проверена на соответствие требованиям</translation>
        </message>
        <message>
            <source>it has not been submitted</source>
            <translation>она не подана</translation>
        </message>
        <message>
            <source>it has not been reviewed</source>
            <translation>она не прошла экспертизу</translation>
        </message>
        <message>
            <source>the committee has not recommended it yet</source>
            <translation>конкурсная комиссия ещё не рекомендовала её</translation>
        </message>
        <message>
            <source>the committee has not finished its review</source>
            <translation>конкурсная комиссия ещё не закончила рассмотрение</translation>
        </message>
        <message>
            <source>it has not been checked for eligibility or reviewed</source>
            <translation>она не проверена на соответствие требованиям и не прошла экспертизу</translation>
        </message>
        <message>
            <source>it has not even been submitted</source>
            <translation>она даже не подана</translation>
        </message>
        <message>
            <source>it is “{status}” (next: {allowed})</source>
            <translation>её статус «{status}» (дальше возможно: {allowed})</translation>
        </message>
        <message>
            <source>it is “{status}” (final)</source>
            <translation>её статус «{status}» окончательный</translation>
        </message>
        <message>
            <source>Unknown status “{status}”</source>
            <translation>Неизвестный статус «{status}»</translation>
        </message>
        <message>
            <source>Give a reason for the status “{to_status}”</source>
            <translation>Укажите причину для статуса «{to_status}»</translation>
        </message>
        <message>
            <source>Cannot submit: {problems}</source>
            <translation>Подать нельзя: {problems}</translation>
        </message>
        <message>
            <source>Not eligible: {problems}</source>
            <translation>Не соответствует требованиям: {problems}</translation>
        </message>
        <message>
            <source>Give a reason to accept it despite: {problems}</source>
            <translation>Укажите причину допуска, несмотря на: {problems}</translation>
        </message>
        <message>
            <source>Application {number} has no submitted review yet</source>
            <translation>По заявке {number} ещё нет отправленных оценок экспертов</translation>
        </message>
        <message>
            <source>The approved amount must be positive</source>
            <translation>Одобренная сумма должна быть больше нуля</translation>
        </message>
        <message>
            <source>Approving {amount} takes the call {over} over its envelope of {envelope} ({committed} already approved); an override with a reason is needed</source>
            <translation>Одобрение {amount} превысит бюджет конкурса {envelope} на {over} (уже одобрено {committed}); нужно разрешение на превышение с указанием причины</translation>
        </message>
        <message>
            <source>An approval over the envelope needs a reason</source>
            <translation>Одобрение сверх бюджета конкурса требует причины</translation>
        </message>
        <message>
            <source>Approving an application the committee did not recommend needs a reason</source>
            <translation>Одобрение заявки, которую конкурсная комиссия не рекомендовала, требует причины</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: only an approval or a rejection can be reopened</source>
            <translation>Заявка {number} в статусе «{status}»: пересмотреть можно только одобрение или отклонение</translation>
        </message>
        <message>
            <source>Say why the decision is reopened</source>
            <translation>Укажите, почему решение пересматривается</translation>
        </message>
        <message>
            <source>The selection differs from the suggestion: say why</source>
            <translation>Отбор отличается от предложенного: укажите причину</translation>
        </message>
        <message>
            <source>No such application</source>
            <translation>Такой заявки нет</translation>
        </message>
        <message>
            <source>Name the applicant initiative group</source>
            <translation>Укажите инициативную группу заявителя</translation>
        </message>
        <message>
            <source>Choose the settlement</source>
            <translation>Выберите населённый пункт</translation>
        </message>
        <message>
            <source>The requested amount is missing</source>
            <translation>Не указана запрашиваемая сумма</translation>
        </message>
        <message>
            <source>The request exceeds the call's maximum grant by {amount}</source>
            <translation>Запрос превышает максимальный грант конкурса на {amount}</translation>
        </message>
        <message>
            <source>Received outside the call's dates</source>
            <translation>Получена вне сроков конкурса</translation>
        </message>
        <message>
            <source>{place} is not among the settlements eligible for this call</source>
            <translation>{place}: этого населённого пункта нет среди допущенных к конкурсу</translation>
        </message>
        <message>
            <source>Missing attachment: {label}</source>
            <translation>Нет приложения: {label}</translation>
        </message>
        <message>
            <source>Choose a category from the list</source>
            <translation>Выберите категорию из списка</translation>
        </message>
        <message>
            <source>The channel is paper, e-mail or in person</source>
            <translation>Способ подачи: на бумаге, по электронной почте или лично</translation>
        </message>
        <message>
            <source>The applicant's language is ru, kk or en</source>
            <translation>Язык заявителя: ru, kk или en</translation>
        </message>
        <message>
            <source>The duration is 1 to 36 months</source>
            <translation>Срок — от 1 до 36 месяцев</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: its content is frozen after the eligibility check</source>
            <translation>Заявка {number} в статусе «{status}»: после проверки соответствия требованиям её содержание не меняется</translation>
        </message>
        <message>
            <source>Application {number} already has its registration number; it never changes</source>
            <translation>У заявки {number} уже есть регистрационный номер; он не меняется</translation>
        </message>
        <message>
            <source>A draft is registered when it is submitted</source>
            <translation>Черновик регистрируется при подаче</translation>
        </message>
        <message>
            <source>Budget line {position}: what is bought or done?</source>
            <translation>Статья бюджета {position}: что покупается или делается?</translation>
        </message>
        <message>
            <source>Budget line {position}: the quantity must be positive (3 places at most)</source>
            <translation>Статья бюджета {position}: количество должно быть больше нуля (не более 3 знаков после запятой)</translation>
        </message>
        <message>
            <source>Line {position}: amounts cannot be negative</source>
            <translation>Строка {position}: суммы не могут быть отрицательными</translation>
        </message>
        <message>
            <source>Line {position}: requested + co-funding + in kind = {sum}, but the line costs {cost}</source>
            <translation>Строка {position}: запрошено + софинансирование + неденежный вклад = {sum}, а стоимость строки {cost}</translation>
        </message>
        <message>
            <source>This application has budget lines: its amounts come from them</source>
            <translation>У заявки есть статьи бюджета: её суммы считаются по ним</translation>
        </message>
        <message>
            <source>Unknown beneficiary group</source>
            <translation>Неизвестная группа благополучателей</translation>
        </message>
        <message>
            <source>A number of beneficiaries cannot be negative</source>
            <translation>Число благополучателей не может быть отрицательным</translation>
        </message>
        <message>
            <source>{name} is {size} MB; attachments are limited to {limit} MB (scan or photograph at a lower resolution)</source>
            <translation>{name} — {size} МБ; приложение не больше {limit} МБ (сканируйте или фотографируйте с меньшим разрешением)</translation>
        </message>
        <message>
            <source>The file changed while it was being copied: try again</source>
            <translation>Файл изменился во время копирования: попробуйте ещё раз</translation>
        </message>
        <message>
            <source>No such attachment</source>
            <translation>Такого приложения нет</translation>
        </message>
        <message>
            <source>Name the reviewer</source>
            <translation>Укажите эксперта</translation>
        </message>
        <message>
            <source>“{name}” is not a reviewer of this call</source>
            <translation>«{name}» не эксперт этого конкурса</translation>
        </message>
        <message>
            <source>Say what the conflict of interest is (e.g. “my own village”)</source>
            <translation>Укажите, в чём конфликт интересов (например, «моё родное село»)</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: only applications found eligible go to reviewers</source>
            <translation>Заявка {number} в статусе «{status}»: экспертам передаются только заявки, соответствующие требованиям</translation>
        </message>
        <message>
            <source>{name} declared a conflict of interest with application {number} and cannot score it</source>
            <translation>{name}: заявлен конфликт интересов по заявке {number}, оценивать её нельзя</translation>
        </message>
        <message>
            <source>Application {number} was never under review</source>
            <translation>Заявка {number} никогда не была на экспертизе</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: it can be scored only while under review (after its eligibility check)</source>
            <translation>Заявка {number} в статусе «{status}»: оценивать её можно только на экспертизе (после проверки соответствия требованиям)</translation>
        </message>
        <message>
            <source>Application {number} is not assigned to {name}</source>
            <translation>Заявка {number} не назначена эксперту {name}</translation>
        </message>
        <message>
            <source>Not a criterion of this call</source>
            <translation>Это не критерий этого конкурса</translation>
        </message>
        <message>
            <source>{criterion}: no score</source>
            <translation>{criterion}: нет балла</translation>
        </message>
        <message>
            <source>{criterion}: the score must be a whole number</source>
            <translation>{criterion}: балл должен быть целым числом</translation>
        </message>
        <message>
            <source>{criterion}: the score must be 0 to {max}</source>
            <translation>{criterion}: балл должен быть от 0 до {max}</translation>
        </message>
        <message>
            <source>{criterion}: a comment is required</source>
            <translation>{criterion}: нужен комментарий</translation>
        </message>
        <message>
            <source>The review was submitted and is final: a correction needs a reason and becomes a new version</source>
            <translation>Оценка отправлена и окончательна: исправление требует причины и становится новой версией</translation>
        </message>
        <message>
            <source>No such grant call</source>
            <translation>Такого конкурса нет</translation>
        </message>
        <message>
            <source>Choose the programme cycle of the call</source>
            <translation>Выберите цикл программы для конкурса</translation>
        </message>
        <message>
            <source>The maximum grant cannot exceed the envelope</source>
            <translation>Максимальный грант не может превышать бюджет конкурса</translation>
        </message>
        <message>
            <source>A call that is “{status}” cannot become “{to_status}”</source>
            <translation>Конкурс в статусе «{status}» не может получить статус «{to_status}»</translation>
        </message>
        <message>
            <source>Add the scoring criteria before opening the call</source>
            <translation>Добавьте критерии оценки до открытия конкурса</translation>
        </message>
        <message>
            <source>That call has no criteria to copy</source>
            <translation>У того конкурса нет критериев для копирования</translation>
        </message>
        <message>
            <source>Reviewers have started scoring: the criteria can no longer change</source>
            <translation>Эксперты уже начали оценку: критерии больше не меняются</translation>
        </message>
        <message>
            <source>Criterion {position}: the maximum score must be at least 1</source>
            <translation>Критерий {position}: максимальный балл не меньше 1</translation>
        </message>
        <message>
            <source>Criterion {position}: the weight must be positive, 2 places at most</source>
            <translation>Критерий {position}: вес должен быть больше нуля, не более 2 знаков после запятой</translation>
        </message>
        <message>
            <source>Only the head office may do this; you are signed in as {name} ({role})</source>
            <translation>Это может сделать только головной офис; вы вошли как {name} ({role})</translation>
        </message>
        <message>
            <source>Only the head office may do this; choose your user profile first</source>
            <translation>Это может сделать только головной офис; сначала выберите свой профиль пользователя</translation>
        </message>
        <message>
            <source>This is not one of the standard reasons for this decision</source>
            <translation>Это не одна из стандартных причин для такого решения</translation>
        </message>
        <message>
            <source>Application {number} is {status}: a decision letter is written once it is approved or rejected</source>
            <translation>Заявка {number} в статусе «{status}»: письмо о решении пишется после одобрения или отклонения</translation>
        </message>
        <message>
            <source>The application's decision is not on record</source>
            <translation>Решение по заявке не записано</translation>
        </message>
        <message>
            <source>There is no foundation record yet: documents have no issuer</source>
            <translation>Фонд ещё не внесён: у документов нет отправителя</translation>
        </message>
        <message>
            <source>Unknown field of the letterhead</source>
            <translation>Неизвестное поле бланка</translation>
        </message>
        <message>
            <source>The picture is larger than {limit} MB</source>
            <translation>Изображение больше {limit} МБ</translation>
        </message>
        <message>
            <source>A logo is a PNG or JPEG picture</source>
            <translation>Логотип — изображение PNG или JPEG</translation>
        </message>
        <message>
            <source>Not an age group (0–13, 14–17, 18–29, 30–44, 45–59, 60+)</source>
            <translation>Это не возрастная группа (0–13, 14–17, 18–29, 30–44, 45–59, 60+)</translation>
        </message>
        <message>
            <source>The file is {size} MB; at most {limit} MB are read: split the list into smaller files</source>
            <translation>Файл занимает {size} МБ, а читается не больше {limit} МБ: разделите список на файлы поменьше</translation>
        </message>
        <message>
            <source>More than {limit} rows: split the list into smaller files</source>
            <translation>Больше {limit} строк: разделите список на файлы поменьше</translation>
        </message>
        <message>
            <source>Row {row} has {columns} columns; at most {limit} are read: remove the columns the import does not need</source>
            <translation>В строке {row} столбцов: {columns}, а читается не больше {limit}: удалите столбцы, которые не нужны для импорта</translation>
        </message>
        <message>
            <source>Row {row}, column {column}: a value of {length} characters; a cell holds at most {limit}</source>
            <translation>Строка {row}, столбец {column}: значение из {length} знаков, а в ячейке может быть не больше {limit}</translation>
        </message>
        <message>
            <source>Row {row} holds a damaged character (byte {byte}) in UTF-8 text; nothing was imported: correct that row, or save the list again as UTF-8</source>
            <translation>В строке {row} повреждённый символ (байт {byte}) в тексте UTF-8; ничего не импортировано: исправьте эту строку или сохраните список заново в UTF-8</translation>
        </message>
        <message>
            <source>Row {row} holds a NUL byte: the file is damaged; save the list again from Excel or LibreOffice</source>
            <translation>В строке {row} нулевой байт (NUL): файл повреждён; сохраните список заново из Excel или LibreOffice</translation>
        </message>
        <message>
            <source>This is not a text (CSV) file</source>
            <translation>Это не текстовый (CSV) файл</translation>
        </message>
        <message>
            <source>Near row {row}: a character that is neither UTF-8 nor Windows-1251; save the list again as UTF-8</source>
            <translation>Около строки {row}: символ не в UTF-8 и не в Windows-1251; сохраните список заново в UTF-8</translation>
        </message>
        <message>
            <source>The sheet's used area is {area} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: delete the rows and columns beyond the list</source>
            <translation>Занятая область листа — {area} ({rows} строк × {columns} столбцов), а читается не больше {max_rows} строк и {max_columns} столбцов: удалите строки и столбцы за пределами списка</translation>
        </message>
        <message>
            <source>The workbook unpacks to {size} MB; at most {limit} MB are read</source>
            <translation>Книга Excel в распакованном виде занимает {size} МБ, а читается не больше {limit} МБ</translation>
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook</source>
            <translation>Файл не читается как книга Excel</translation>
        </message>
        <message>
            <source>{column} (cell {cell}) is a formula whose result the file does not hold: open the file in Excel or LibreOffice and save it again</source>
            <translation>«{column}» (ячейка {cell}) — формула, результат которой не сохранён в файле: откройте файл в Excel или LibreOffice и сохраните его заново</translation>
        </message>
        <message>
            <source>{column}: {length} characters, at most {limit}</source>
            <translation>«{column}»: {length} знаков, можно не больше {limit}</translation>
        </message>
        <message>
            <source>The file is empty</source>
            <translation>Файл пустой</translation>
        </message>
        <message>
            <source>“{part}” is not a row number or a range like 3-7</source>
            <translation>«{part}» — не номер строки и не диапазон вида 3-7</translation>
        </message>
        <message>
            <source>“{part}”: a range goes from a smaller to a larger row number</source>
            <translation>«{part}»: диапазон идёт от меньшего номера строки к большему</translation>
        </message>
        <message>
            <source>“{part}” is beyond the last row of the sheet</source>
            <translation>«{part}» — за последней строкой листа</translation>
        </message>
        <message>
            <source>Row {row} is a blank row: write that person's name below</source>
            <translation>Строка {row} — пустая строка: впишите имя этого человека ниже</translation>
        </message>
        <message>
            <source>Line {line}: the name comes first</source>
            <translation>Строка {line}: сначала имя</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Строка {line}: {problem}</translation>
        </message>
        <message>
            <source>Day {day}: not a date (dd.MM.yyyy)</source>
            <translation>День {day}: это не дата (дд.ММ.гггг)</translation>
        </message>
        <message>
            <source>unknown settlement “{name}”, left empty</source>
            <translation>неизвестный населённый пункт «{name}», оставлен пустым</translation>
        </message>
        <message>
            <source>a similar name is already known: {name}</source>
            <translation>похожее имя уже есть: {name}</translation>
        </message>
        <message>
            <source>{field}: {problem}; left empty</source>
            <translation>{field}: {problem}; оставлено пустым</translation>
        </message>
        <message>
            <source>“{label}” is listed twice</source>
            <translation>«{label}» указано дважды</translation>
        </message>
        <message>
            <source>Required attachment {position} has no title</source>
            <translation>У обязательного приложения {position} нет названия</translation>
        </message>
        <message>
            <source>Unknown kind of attachment “{kind}”</source>
            <translation>Неизвестный вид приложения «{kind}»</translation>
        </message>
        <message>
            <source>the same application as row {row}</source>
            <translation>та же заявка, что в строке {row}</translation>
        </message>
        <message>
            <source>unknown settlement “{name}”</source>
            <translation>неизвестный населённый пункт «{name}»</translation>
        </message>
        <message>
            <source>unknown category “{category}”: taken as other</source>
            <translation>неизвестная категория «{category}»: принята как «другое»</translation>
        </message>
        <message>
            <source>the amount “{amount}” cannot be read</source>
            <translation>сумму «{amount}» не удалось прочитать</translation>
        </message>
        <message>
            <source>the received date “{date}” cannot be read</source>
            <translation>дату получения «{date}» не удалось прочитать</translation>
        </message>
        <message>
            <source>No such place</source>
            <translation>Такого места нет</translation>
        </message>
        <message>
            <source>Documents print in Russian, Kazakh or English</source>
            <translation>Документы печатаются на русском, казахском или английском</translation>
        </message>
        <message>
            <source>No such user profile</source>
            <translation>Такого профиля пользователя нет</translation>
        </message>
        <message>
            <source>Choose a role from the list</source>
            <translation>Выберите роль из списка</translation>
        </message>
        <message>
            <source>A decision letter is written once the application is approved or rejected</source>
            <translation>Письмо о решении составляется, когда заявка одобрена или отклонена</translation>
        </message>
        <message>
            <source>{cell}: this sheet is for the call “{title}”, not “{expected}”</source>
            <translation>{cell}: этот лист — для конкурса «{title}», а не «{expected}»</translation>
        </message>
        <message>
            <source>{cell}: this sheet is for the call “{title}”, which this database does not have</source>
            <translation>{cell}: этот лист — для конкурса «{title}», которого нет в этой базе</translation>
        </message>
        <message>
            <source>{cell}: {name} is not a reviewer of this call</source>
            <translation>{cell}: {name} не входит в число экспертов этого конкурса</translation>
        </message>
        <message>
            <source>{cell}: the call's criteria changed after this sheet was made: make a new sheet</source>
            <translation>{cell}: критерии конкурса изменились после создания этого листа: создайте новый лист</translation>
        </message>
        <message>
            <source>{cell}: application {number} is not part of this call</source>
            <translation>{cell}: заявка {number} не относится к этому конкурсу</translation>
        </message>
        <message>
            <source>{cell}: {number}: “{value}” is not a whole number</source>
            <translation>{cell}: {number}: «{value}» — не целое число</translation>
        </message>
        <message>
            <source>{cell}: {number}: no score for “{criterion}”</source>
            <translation>{cell}: {number}: нет балла по критерию «{criterion}»</translation>
        </message>
        <message>
            <source>{cell}: {number}: the score {score} is outside 0 to {max}</source>
            <translation>{cell}: {number}: балл {score} вне пределов от 0 до {max}</translation>
        </message>
        <message>
            <source>{cell}: {number}: a comment is required for “{criterion}”</source>
            <translation>{cell}: {number}: для критерия «{criterion}» нужен комментарий</translation>
        </message>
        <message>
            <source>{cell}: {number}: {name} declared a conflict of interest with it</source>
            <translation>{cell}: {number}: {name} заявил(а) о конфликте интересов с этой заявкой</translation>
        </message>
        <message>
            <source>{cell}: {number}: the application is “{status}”, not under review</source>
            <translation>{cell}: {number}: заявка в статусе «{status}», а не на рассмотрении</translation>
        </message>
        <message>
            <source>{cell}: {number}: not assigned to {name}</source>
            <translation>{cell}: {number}: не назначена эксперту {name}</translation>
        </message>
        <message>
            <source>Application {number} is already approved</source>
            <translation>Заявка {number} уже одобрена</translation>
        </message>
        <message>
            <source>The approved amount {amount} is more than the {requested} requested</source>
            <translation>Одобренная сумма {amount} больше запрошенной ({requested})</translation>
        </message>
        <message>
            <source>The approved amount {amount} is more than the call's maximum grant of {max_grant}</source>
            <translation>Одобренная сумма {amount} больше максимального гранта конкурса ({max_grant})</translation>
        </message>
        <message>
            <source>Only the head office may approve over the envelope</source>
            <translation>Одобрять сверх бюджета конкурса может только головной офис</translation>
        </message>
        <message>
            <source>This conflict is not on this computer</source>
            <translation>Этого конфликта нет на этом компьютере</translation>
        </message>
        <message>
            <source>This conflict was already resolved by {name}</source>
            <translation>Этот конфликт уже разрешил(а) {name}</translation>
        </message>
        <message>
            <source>Keep the value kept, the value lost, or type one</source>
            <translation>Оставьте сохранённое значение, отклонённое или введите своё</translation>
        </message>
        <message>
            <source>{field} is not a field of this conflict</source>
            <translation>Поле {field} не относится к этому конфликту</translation>
        </message>
        <message>
            <source>The record of this conflict is not on this computer</source>
            <translation>Записи этого конфликта нет на этом компьютере</translation>
        </message>
        <message>
            <source>{name} was already merged the other way on another computer: this merge was not applied</source>
            <translation>{name}: эти записи уже объединены в обратном порядке на другом компьютере, это объединение не применено</translation>
        </message>
        <message>
            <source>“{address}” is not a hub address: type it as the head office gave it, e.g. http://192.168.1.10:8765 or https://hub.example.kz</source>
            <translation>«{address}» — не адрес сервера: введите его так, как дал головной офис, например http://192.168.1.10:8765 или https://hub.example.kz</translation>
        </message>
        <message>
            <source>No connection to {address}: check that this laptop is on the network and the address is right, or enrol with a file from a USB stick</source>
            <translation>Нет связи с {address}: проверьте, что ноутбук подключён к сети и адрес верный, или подключите ноутбук файлом с USB-флешки</translation>
        </message>
        <message>
            <source>The hub's certificate is not signed by an authority this computer knows. Compare its fingerprint with the one the head office gave you; if they are the same, tick “Trust this certificate”.
{fingerprint}</source>
            <translation>Сертификат сервера не подписан известным этому компьютеру центром сертификации. Сравните его отпечаток с тем, что дал головной офис; если они совпадают, отметьте «Доверять этому сертификату».
{fingerprint}</translation>
        </message>
        <message>
            <source>{address} answers, but it is not a FieldApp hub: check the address and the port</source>
            <translation>{address} отвечает, но это не сервер FieldApp: проверьте адрес и порт</translation>
        </message>
        <message>
            <source>This hub belongs to another programme's head office than the one this laptop syncs with: check the address, or ask your head office</source>
            <translation>Этот сервер принадлежит головному офису другой программы, а не тому, с которым синхронизируется этот ноутбук: проверьте адрес или обратитесь в свой головной офис</translation>
        </message>
        <message>
            <source>The hub does not know this code: check it letter by letter, or ask the head office for a new one</source>
            <translation>Сервер не знает этот код: проверьте его по буквам или попросите у головного офиса новый</translation>
        </message>
        <message>
            <source>This code was used already (each code enrols one laptop once): ask the head office for a new one</source>
            <translation>Этот код уже использован (каждый код подключает один ноутбук один раз): попросите у головного офиса новый</translation>
        </message>
        <message>
            <source>“{file}” is not an enrolment file from the head office: choose the file they gave you</source>
            <translation>«{file}» — не файл подключения от головного офиса: выберите файл, который вам дали</translation>
        </message>
        <message>
            <source>The hub refused the enrolment ({detail}): ask the head office</source>
            <translation>Сервер отказал в подключении ({detail}): обратитесь в головной офис</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist: choose the synced folder again</source>
            <translation>Папки {folder} нет: выберите синхронизируемую папку заново</translation>
        </message>
        <message>
            <source>Enrol this laptop with the head office's enrolment file first, then choose the synced folder</source>
            <translation>Сначала подключите ноутбук файлом подключения от головного офиса, затем выберите синхронизируемую папку</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet: choose “Enrol this laptop…” on the Sync page</source>
            <translation>Этот ноутбук ещё не подключён к головному офису: выберите «Подключить ноутбук…» на странице «Синхронизация»</translation>
        </message>
        <message>
            <source>The head office's FieldApp does not know records of this kind ({table}): it needs updating</source>
            <translation>FieldApp головного офиса не знает записей этого вида ({table}): его нужно обновить</translation>
        </message>
        <message>
            <source>The head office's FieldApp does not know a field of {table}: it needs updating</source>
            <translation>FieldApp головного офиса не знает одно из полей ({table}): его нужно обновить</translation>
        </message>
        <message>
            <source>A new {table} was sent under another record's id: enter it again</source>
            <translation>Новая запись ({table}) отправлена под идентификатором другой записи: введите её заново</translation>
        </message>
        <message>
            <source>The head office does not have this {table} (never received or removed): enter it again</source>
            <translation>В головном офисе нет этой записи ({table}): она не поступала или удалена. Введите её заново</translation>
        </message>
        <message>
            <source>{table}: a record is never changed once made; add a new one instead</source>
            <translation>{table}: созданная запись не изменяется; добавьте новую</translation>
        </message>
        <message>
            <source>{table}: once “{status}” it is final; add a new version instead</source>
            <translation>{table}: в статусе «{status}» запись окончательна; добавьте новую версию</translation>
        </message>
        <message>
            <source>{table}: such records belong to the head office, the change by {name} was not accepted</source>
            <translation>{table}: такие записи ведёт головной офис, изменение ({name}) не принято</translation>
        </message>
        <message>
            <source>{table}: this field is the head office's decision, the change was not accepted</source>
            <translation>{table}: это поле решает головной офис, изменение не принято</translation>
        </message>
        <message>
            <source>{table}: only the officer who made it may change it</source>
            <translation>{table}: изменить запись может только сотрудник, который её создал</translation>
        </message>
        <message>
            <source>{table}: it refers to a record the head office does not have yet; send that record first or choose another</source>
            <translation>{table}: запись ссылается на запись, которой ещё нет в головном офисе; сначала отправьте ту запись или выберите другую</translation>
        </message>
        <message>
            <source>{table}: another record already holds the same unique value; change it and send again</source>
            <translation>{table}: такое же уникальное значение уже есть у другой записи; измените его и отправьте снова</translation>
        </message>
        <message>
            <source>This refused change is not on this computer</source>
            <translation>Этого отклонённого изменения нет на этом компьютере</translation>
        </message>
        <message>
            <source>Type a number</source>
            <translation>Введите число</translation>
        </message>
        <message>
            <source>Give the device a name</source>
            <translation>Укажите название устройства</translation>
        </message>
        <message>
            <source>A device named {name} is enrolled already: choose another name</source>
            <translation>Устройство «{name}» уже подключено: выберите другое название</translation>
        </message>
        <message>
            <source>No enrolled device is named {name}</source>
            <translation>Нет подключённого устройства «{name}»</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete: copy it again from the stick or the e-mail</source>
            <translation>Файл повреждён или неполон: скопируйте его заново с флешки или из письма</translation>
        </message>
        <message>
            <source>This is not a FieldApp bundle, or it was cut short while copying</source>
            <translation>Это не пакет FieldApp, или он скопирован не полностью</translation>
        </message>
        <message>
            <source>The file is too large for a bundle</source>
            <translation>Файл слишком велик для пакета</translation>
        </message>
        <message>
            <source>This bundle was made by a newer FieldApp: update FieldApp first</source>
            <translation>Пакет создан более новой версией FieldApp: сначала обновите FieldApp</translation>
        </message>
        <message>
            <source>This bundle belongs to another head office's FieldApp</source>
            <translation>Пакет относится к FieldApp другого головного офиса</translation>
        </message>
        <message>
            <source>This bundle is addressed to another device</source>
            <translation>Пакет адресован другому устройству</translation>
        </message>
        <message>
            <source>The sender is not an enrolled device here, or was revoked</source>
            <translation>Отправитель не подключён здесь как устройство, или его доступ отозван</translation>
        </message>
        <message>
            <source>The signature does not match: the bundle was altered or not made by its sender. Ask for a new one</source>
            <translation>Подпись не совпадает: пакет изменён или создан не отправителем. Попросите прислать новый</translation>
        </message>
        <message>
            <source>The content does not match what was signed: altered or incomplete. Ask for a new one</source>
            <translation>Содержимое не совпадает с подписанным: изменено или неполно. Попросите прислать новый пакет</translation>
        </message>
        <message>
            <source>This computer's key cannot open the bundle: it was made for another enrolment</source>
            <translation>Ключ этого компьютера не открывает пакет: он создан для другого подключения</translation>
        </message>
        <message>
            <source>This laptop is not enrolled for bundles: enrol it with an enrolment file, or again with a new code</source>
            <translation>Этот ноутбук не подключён для обмена пакетами: подключите его файлом подключения или заново новым кодом</translation>
        </message>
        <message>
            <source>Wrong side: a laptop's bundle is imported at the head office, the head office's on a laptop</source>
            <translation>Не та сторона: пакет ноутбука импортируют в головном офисе, пакет головного офиса — на ноутбуке</translation>
        </message>
        <message>
            <source>The file could not be written (a full or removed stick?): check the folder and try again</source>
            <translation>Не удалось записать файл (флешка заполнена или извлечена?): проверьте папку и повторите</translation>
        </message>
        <message>
            <source>{megabytes} MB is too large for a site photo (at most {limit} MB)</source>
            <translation>{megabytes} МБ — слишком большой файл для фото объекта (не более {limit} МБ)</translation>
        </message>
        <message>
            <source>Not a photo format (JPEG, PNG, WebP or TIFF)</source>
            <translation>Не формат фотографии (JPEG, PNG, WebP или TIFF)</translation>
        </message>
        <message>
            <source>Not an image</source>
            <translation>Это не изображение</translation>
        </message>
        <message>
            <source>The image is damaged or cut short</source>
            <translation>Изображение повреждено или обрезано</translation>
        </message>
        <message>
            <source>Not coordinates: type 43.653611, 51.167222 or 43°39'13"N 51°10'02"E</source>
            <translation>Это не координаты: введите 43.653611, 51.167222 или 43°39'13"N 51°10'02"E</translation>
        </message>
        <message>
            <source>{value} is outside the range of a latitude (-90…90) or longitude (-180…180)</source>
            <translation>{value} вне допустимого диапазона широты (-90…90) или долготы (-180…180)</translation>
        </message>
        <message>
            <source>No such site visit</source>
            <translation>Такого мониторингового визита нет</translation>
        </message>
        <message>
            <source>A visit is recorded after it took place: {date} is in the future</source>
            <translation>Визит записывается после того, как он состоялся: {date} ещё не наступило</translation>
        </message>
        <message>
            <source>Unknown choice “{value}”</source>
            <translation>Неизвестный вариант «{value}»</translation>
        </message>
        <message>
            <source>Say why the next tranche is held</source>
            <translation>Укажите, почему следующий транш приостановлен</translation>
        </message>
        <message>
            <source>A finished visit decides on the next tranche (or save it as a draft)</source>
            <translation>Завершённый визит содержит решение по следующему траншу (или сохраните черновик)</translation>
        </message>
        <message>
            <source>A number cannot be negative</source>
            <translation>Число не может быть отрицательным</translation>
        </message>
        <message>
            <source>Progress is between 0 and 100 %</source>
            <translation>Выполнение — от 0 до 100 %</translation>
        </message>
        <message>
            <source>Each follow-up action needs what to do and who does it</source>
            <translation>Для каждого действия укажите, что сделать и кто делает</translation>
        </message>
        <message>
            <source>Choose the project's agreement</source>
            <translation>Выберите договор проекта</translation>
        </message>
        <message>
            <source>A finished visit is not changed: use Correct to make a new version</source>
            <translation>Завершённый визит не изменяется: нажмите «Исправить», чтобы создать новую версию</translation>
        </message>
        <message>
            <source>{value} days is not an interval between visits</source>
            <translation>{value} дн. — недопустимый интервал между визитами</translation>
        </message>
        <message>
            <source>No such follow-up action</source>
            <translation>Такого действия нет</translation>
        </message>
        <message>
            <source>This action is already closed</source>
            <translation>Это действие уже закрыто</translation>
        </message>
        <message>
            <source>Action {row}: the due date is not a date (dd.MM.yyyy)</source>
            <translation>Действие {row}: срок — не дата (дд.ММ.гггг)</translation>
        </message>
        <message>
            <source>No such grantee report</source>
            <translation>Такого отчёта грантополучателя нет</translation>
        </message>
        <message>
            <source>An accepted report is not changed</source>
            <translation>Принятый отчёт не изменяется</translation>
        </message>
        <message>
            <source>There is no cycle {cycle}</source>
            <translation>Цикла {cycle} нет</translation>
        </message>
        <message>
            <source>There is no figure {figure} on the dashboard</source>
            <translation>На панели нет показателя {figure}</translation>
        </message>
        <message>
            <source>Exports are written as Excel (XLSX) or CSV</source>
            <translation>Выгрузка возможна в Excel (XLSX) или CSV</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} exports</source>
            <translation>Храните от {low} до {high} выгрузок</translation>
        </message>
        <message>
            <source>Type a time of day as HH:MM, for example 18:30</source>
            <translation>Введите время как ЧЧ:ММ, например 18:30</translation>
        </message>
        <message>
            <source>There is no folder {folder}: choose one that exists</source>
            <translation>Папки {folder} нет: выберите существующую</translation>
        </message>
        <message>
            <source>Only the head office may export personal data (IIN, phone, birth date); you are signed in as {name} ({role})</source>
            <translation>Выгружать персональные данные (ИИН, телефон, дату рождения) может только головной офис; вы вошли как {name} ({role})</translation>
        </message>
        <message>
            <source>No date (dd.mm.yyyy): «{value}»</source>
            <translation>Нет даты (дд.мм.гггг): «{value}»</translation>
        </message>
        <message>
            <source>Not an amount of money: «{value}»</source>
            <translation>Это не денежная сумма: «{value}»</translation>
        </message>
        <message>
            <source>No amount</source>
            <translation>Нет суммы</translation>
        </message>
        <message>
            <source>No column for the amount paid (Debit or Amount) in the header on row {row}</source>
            <translation>В заголовке в строке {row} нет столбца суммы платежа («Дебет» или «Сумма»)</translation>
        </message>
        <message>
            <source>An incoming payment ({amount}), not a grant paid out</source>
            <translation>Поступление ({amount}), а не выплата гранта</translation>
        </message>
        <message>
            <source>The same payment as row {first}</source>
            <translation>Тот же платёж, что в строке {first}</translation>
        </message>
        <message>
            <source>No agreement number in the payment purpose</source>
            <translation>В назначении платежа нет номера договора</translation>
        </message>
        <message>
            <source>There is no agreement {agreement}</source>
            <translation>Договора {agreement} нет</translation>
        </message>
        <message>
            <source>No document number</source>
            <translation>Нет номера документа</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} ({amount}) is paid already: {reference} of {date}</source>
            <translation>Транш {number} по договору {agreement} ({amount}) уже выплачен: {reference} от {date}</translation>
        </message>
        <message>
            <source>Agreement {agreement} has no unpaid tranche of {amount}</source>
            <translation>По договору {agreement} нет невыплаченного транша на {amount}</translation>
        </message>
        <message>
            <source>{amount} is {difference} more than tranche {number} of agreement {agreement} ({expected})</source>
            <translation>{amount} — на {difference} больше транша {number} по договору {agreement} ({expected})</translation>
        </message>
        <message>
            <source>{amount} is {difference} less than tranche {number} of agreement {agreement} ({expected})</source>
            <translation>{amount} — на {difference} меньше транша {number} по договору {agreement} ({expected})</translation>
        </message>
        <message>
            <source>The payments changed since the statement was checked: check it again</source>
            <translation>Платежи изменились после проверки выписки: проверьте её снова</translation>
        </message>
        <message>
            <source>No row of the statement matches an unpaid tranche: nothing was recorded</source>
            <translation>Ни одна строка выписки не совпала с невыплаченным траншем: ничего не записано</translation>
        </message>
        <message>
            <source>“{number}” is not an agreement number like ОП-2020-007</source>
            <translation>«{number}» — не номер договора вида ОП-2020-007</translation>
        </message>
        <message>
            <source>Agreement {number} is already in the database</source>
            <translation>Договор {number} уже есть в базе</translation>
        </message>
        <message>
            <source>Application {number} is {status}: only a new draft is registered as funded on paper</source>
            <translation>Заявка {number} — {status}: как профинансированную на бумаге регистрируют только новый черновик</translation>
        </message>
        <message>
            <source>“{date}” is not a date (dd.mm.yyyy)</source>
            <translation>«{date}» — не дата (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>no grant call “{call}”</source>
            <translation>нет конкурса «{call}»</translation>
        </message>
        <message>
            <source>no grant call: give it in the column or choose one for the file</source>
            <translation>не указан конкурс: укажите его в столбце или выберите для всего файла</translation>
        </message>
        <message>
            <source>payment {payment} needs both its amount and its date</source>
            <translation>для выплаты {payment} нужны и сумма, и дата</translation>
        </message>
        <message>
            <source>the same agreement as row {row}: skipped</source>
            <translation>тот же договор, что в строке {row}: пропущен</translation>
        </message>
        <message>
            <source>agreement {number} is in the database already: skipped</source>
            <translation>договор {number} уже есть в базе: пропущен</translation>
        </message>
        <message>
            <source>The database changed since the register was checked: check it again</source>
            <translation>База изменилась после проверки реестра: проверьте его ещё раз</translation>
        </message>
        <message>
            <source>No row of the register can be registered: nothing written</source>
            <translation>Ни одну строку реестра нельзя зарегистрировать: ничего не записано</translation>
        </message>
        <message>
            <source>{table}: the head office cannot read the value of “{field_of}”: correct it and send again</source>
            <translation>{table}: головной офис не может прочитать значение поля «{field_of}»: исправьте его и отправьте снова</translation>
        </message>
        <message>
            <source>{name} is a member of an initiative group: take them out of the group first</source>
            <translation>{name} состоит в инициативной группе: сначала выведите его из группы</translation>
        </message>
        <message>
            <source>{name} trains a training: give it another trainer first</source>
            <translation>{name} ведёт тренинг: сначала назначьте тренингу другого тренера</translation>
        </message>
        <message>
            <source>Day {days} is outside {cycle} ({start} – {end}). Check the cycle; it can be saved as it is.</source>
            <translation>Вне периода «{cycle}» ({start} – {end}): день {days}. Проверьте цикл; сохранить можно и так.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Everyone imported is also registered for: %1</source>
            <translation>Все импортированные также записываются на: %1</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Таблицы (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>Чтение списка…</translation>
        </message>
        <message>
            <source>add</source>
            <translation>добавить</translation>
        </message>
        <message>
            <source>already known</source>
            <translation>уже есть</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <source>same person as row %1</source>
            <translation>тот же человек, что в строке %1</translation>
        </message>
        <message>
            <source>Header on row %1. %2 to add, %3 already known, %4 rejected, %5 rows with warnings.</source>
            <translation>Заголовок в строке %1. Добавить: %2, уже есть: %3, отклонено: %4, строк с предупреждениями: %5.</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Импортировать %1</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
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
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Organisation or group</source>
            <translation>Организация или группа</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Замечания</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Импорт участников</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV list of participants</source>
            <translation>Список участников в Excel (.xlsx) или CSV</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Preview: nothing is written until you confirm</source>
            <translation>Предпросмотр: ничего не записывается, пока вы не подтвердите</translation>
        </message>
        <message>
            <source>Import the application register</source>
            <translation>Импорт реестра заявок</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV register: one row per application received</source>
            <translation>Реестр в Excel (.xlsx) или CSV: по строке на каждую полученную заявку</translation>
        </message>
        <message>
            <source>&amp;Grant call</source>
            <translation>&amp;Конкурс</translation>
        </message>
        <message>
            <source>A complete row (group, settlement, amount) is submitted; the others stay drafts to finish in the form.</source>
            <translation>Полная строка (группа, населённый пункт, сумма) подаётся; остальные остаются черновиками, их дополняют в форме.</translation>
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
            <source>Project title</source>
            <translation>Название проекта</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>Запрашиваемая сумма</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Дата получения</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Способ подачи</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Choose the grant call first</source>
            <translation>Сначала выберите конкурс</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Заявка</translation>
        </message>
        <message>
            <source>Save an empty template</source>
            <translation>Сохранить пустой шаблон</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Template saved: %1</source>
            <translation>Шаблон сохранён: %1</translation>
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation>Сохранить пустой &amp;шаблон…</translation>
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
        <message>
            <source>Logo on documents</source>
            <translation>Логотип на документах</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>No foundation is recorded yet: documents print without a letterhead.</source>
            <translation>Фонд ещё не внесён: документы печатаются без бланка.</translation>
        </message>
        <message>
            <source>%1, BIN %2; signed by %3</source>
            <translation>%1, БИН %2; подписывает %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Sign-in sheets, certificates, summaries and rankings are printed in this language; a decision letter in the applicant's.</source>
            <translation>На этом языке печатаются листы регистрации, сертификаты, сводки и рейтинги; письмо о решении — на языке заявителя.</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>&amp;Логотип</translation>
        </message>
        <message>
            <source>C&amp;hoose a picture…</source>
            <translation>&amp;Выбрать изображение…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
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
        <message>
            <source>Site visit saved.</source>
            <translation>Мониторинговый визит сохранён.</translation>
        </message>
        <message>
            <source>Not visited yet</source>
            <translation>Ещё не посещали</translation>
        </message>
        <message>
            <source>Last visit is old</source>
            <translation>Последний визит давно</translation>
        </message>
        <message>
            <source>A tranche waits on a visit</source>
            <translation>Транш ждёт визита</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Close the action</source>
            <translation>Закрыть действие</translation>
        </message>
        <message>
            <source>What was done (optional):</source>
            <translation>Что сделано (необязательно):</translation>
        </message>
        <message>
            <source>Action closed.</source>
            <translation>Действие закрыто.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Промежуточный</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Итоговый</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>не принят</translation>
        </message>
        <message>
            <source>Report accepted.</source>
            <translation>Отчёт принят.</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Последующие действия</translation>
        </message>
        <message>
            <source>Grantee reports</source>
            <translation>Отчёты грантополучателей</translation>
        </message>
        <message>
            <source>&amp;New visit</source>
            <translation>&amp;Новый визит</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Co&amp;rrect</source>
            <translation>&amp;Исправить</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Хронология</translation>
        </message>
        <message>
            <source>&amp;Print report</source>
            <translation>&amp;Печать отчёта</translation>
        </message>
        <message>
            <source>&amp;Record a visit</source>
            <translation>&amp;Записать визит</translation>
        </message>
        <message>
            <source>&amp;Days between visits:</source>
            <translation>&amp;Дней между визитами:</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Последний визит</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>My open actions</source>
            <translation>Мои открытые действия</translation>
        </message>
        <message>
            <source>All open actions</source>
            <translation>Все открытые действия</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Все действия</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Выполнено</translation>
        </message>
        <message>
            <source>Ca&amp;ncel action</source>
            <translation>О&amp;тменить действие</translation>
        </message>
        <message>
            <source>Open &amp;visit</source>
            <translation>Открыть &amp;визит</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что сделать</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>&amp;New report</source>
            <translation>&amp;Новый отчёт</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Принять</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Представлен</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Spent / grant</source>
            <translation>Потрачено / грант</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Охвачено</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Принят</translation>
        </message>
        <message>
            <source>C&amp;hecklist…</source>
            <translation>&amp;Контрольный список…</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>Все сотрудники</translation>
        </message>
        <message>
            <source>My projects</source>
            <translation>Мои проекты</translation>
        </message>
        <message>
            <source>Print the report of the selected visit (Ctrl+P)</source>
            <translation>Напечатать отчёт о выбранном визите (Ctrl+P)</translation>
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
            <source>History of changes</source>
            <translation>История изменений</translation>
        </message>
        <message>
            <source>%1 (its drafts are numbered %2-…)</source>
            <translation>%1 (номера черновиков начинаются с %2-…)</translation>
        </message>
        <message>
            <source>The synced folder shared with the head office</source>
            <translation>Синхронизируемая папка, общая с головным офисом</translation>
        </message>
        <message>
            <source>This laptop syncs with the head office's hub at %1 as “%2”. It sends and receives changes by itself whenever the hub can be reached.</source>
            <translation>Этот ноутбук синхронизируется с сервером головного офиса %1 под именем «%2». Он сам отправляет и получает изменения, когда сервер доступен.</translation>
        </message>
        <message>
            <source>This laptop syncs through the folder %1, which the head office reads too. It syncs by itself whenever the folder is there.</source>
            <translation>Этот ноутбук синхронизируется через папку %1, которую читает и головной офис. Он синхронизируется сам, когда папка доступна.</translation>
        </message>
        <message>
            <source>This laptop is enrolled as “%1” without a hub's address: sync with a USB stick or choose a synced folder.</source>
            <translation>Этот ноутбук подключён как «%1» без адреса сервера: синхронизируйте его через USB-флешку или выберите синхронизируемую папку.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet. Enrol it with the hub's address and the one-time code the head office gave you, or with an enrolment file; the programme's cycles, calls, settlements and people then arrive by themselves.</source>
            <translation>Этот ноутбук ещё не подключён к головному офису. Подключите его по адресу сервера и одноразовому коду от головного офиса или файлом подключения; циклы, конкурсы, населённые пункты и люди программы затем придут сами.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) delivered so far</source>
            <translation>
                <numerusform>%n изменение доставлено</numerusform>
                <numerusform>%n изменения доставлено</numerusform>
                <numerusform>%n изменений доставлено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n нерешённый конфликт</numerusform>
                <numerusform>%n нерешённых конфликта</numerusform>
                <numerusform>%n нерешённых конфликтов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the hub</source>
            <translation>
                <numerusform>%n изменение отклонено сервером</numerusform>
                <numerusform>%n изменения отклонено сервером</numerusform>
                <numerusform>%n изменений отклонено сервером</numerusform>
            </translation>
        </message>
        <message>
            <source>Set this computer's date and time.</source>
            <translation>Настройте дату и время этого компьютера.</translation>
        </message>
        <message>
            <source>Enrol this laptop…</source>
            <translation>Подключить ноутбук…</translation>
        </message>
        <message>
            <source>Enrol again…</source>
            <translation>Подключить заново…</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ещё ни разу</translation>
        </message>
        <message>
            <source>%1, by %2</source>
            <translation>%1, через: %2</translation>
        </message>
        <message>
            <source>Sync with the head office</source>
            <translation>Синхронизация с головным офисом</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>Changes made here</source>
            <translation>Изменения на этом ноутбуке</translation>
        </message>
        <message>
            <source>Last sent</source>
            <translation>Последняя отправка</translation>
        </message>
        <message>
            <source>Last received</source>
            <translation>Последнее получение</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>Требует внимания</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Sync now (F9)</source>
            <translation>Синхронизировать сейчас (F9)</translation>
        </message>
        <message>
            <source>Sync through a folder…</source>
            <translation>Синхронизировать через папку…</translation>
        </message>
        <message>
            <source>A folder shared with the head office by OneDrive, Google Drive, Yandex Disk, Nextcloud or a network share, instead of a hub</source>
            <translation>Папка, общая с головным офисом через OneDrive, Google Drive, Яндекс Диск, Nextcloud или сетевой ресурс, вместо сервера</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>A training has at least one day</source>
            <translation>У тренинга должен быть хотя бы один день</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>Изменить тренинг</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>Новый тренинг</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Тренинг</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>To&amp;pic</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>Programme &amp;cycle</source>
            <translation>&amp;Цикл программы</translation>
        </message>
        <message>
            <source>&amp;Settlement</source>
            <translation>&amp;Населённый пункт</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Место проведения</translation>
        </message>
        <message>
            <source>Planned c&amp;apacity</source>
            <translation>&amp;Плановое число мест</translation>
        </message>
        <message>
            <source>T&amp;rainers</source>
            <translation>Т&amp;ренеры</translation>
        </message>
        <message>
            <source>Type a name, Enter adds the trainer</source>
            <translation>Наберите имя, Enter добавляет тренера</translation>
        </message>
        <message>
            <source>Sess&amp;ions</source>
            <translation>&amp;Дни занятий</translation>
        </message>
        <message>
            <source>&amp;Add a day</source>
            <translation>&amp;Добавить день</translation>
        </message>
        <message>
            <source>Remove the &amp;day</source>
            <translation>&amp;Удалить день</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>&amp;Программа</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Примечания</translation>
        </message>
        <message>
            <source>Title in &amp;Kazakh</source>
            <translation>Название на &amp;казахском</translation>
        </message>
        <message>
            <source>For documents in Kazakh; empty: the title above</source>
            <translation>Для документов на казахском; пусто — название выше</translation>
        </message>
        <message>
            <source>Venue in Ka&amp;zakh</source>
            <translation>Место на ка&amp;захском</translation>
        </message>
        <message>
            <source>For documents in Kazakh; empty: the venue above</source>
            <translation>Для документов на казахском; пусто — место выше</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message>
            <source>Trainings</source>
            <translation>Тренинги</translation>
        </message>
        <message>
            <source>All cycles</source>
            <translation>Все циклы</translation>
        </message>
        <message>
            <source>All settlements</source>
            <translation>Все населённые пункты</translation>
        </message>
        <message>
            <source>All trainers</source>
            <translation>Все тренеры</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Сертификаты</translation>
        </message>
        <message>
            <source>Attended at least this share of the days (%):</source>
            <translation>Минимальная доля посещённых дней, %:</translation>
        </message>
        <message>
            <source>sign-in sheet</source>
            <translation>лист регистрации</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>сертификаты</translation>
        </message>
        <message>
            <source>attendance summary</source>
            <translation>сводка посещаемости</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>Тренеры</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Записано</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Пришли</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Сверено</translation>
        </message>
        <message>
            <source>Find a training (Ctrl+F)</source>
            <translation>Найти тренинг (Ctrl+F)</translation>
        </message>
        <message>
            <source>No trainings here yet — Ctrl+N adds one.</source>
            <translation>Тренингов пока нет — Ctrl+N добавляет тренинг.</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Новый</translation>
        </message>
        <message>
            <source>New training (Ctrl+N)</source>
            <translation>Новый тренинг (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Изменить</translation>
        </message>
        <message>
            <source>Check-&amp;in</source>
            <translation>&amp;Регистрация</translation>
        </message>
        <message>
            <source>Check people in at the door (Ctrl+K)</source>
            <translation>Отмечать пришедших у входа (Ctrl+K)</translation>
        </message>
        <message>
            <source>Signed &amp;sheet</source>
            <translation>Подписанный &amp;лист</translation>
        </message>
        <message>
            <source>Enter attendance from the signed sheet (Ctrl+B)</source>
            <translation>Ввести посещаемость по подписанному листу (Ctrl+B)</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Печать</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>Import participants from an Excel or CSV list</source>
            <translation>Импортировать участников из списка Excel или CSV</translation>
        </message>
        <message>
            <source>Sign-in sheet of the day</source>
            <translation>Лист регистрации на день</translation>
        </message>
        <message>
            <source>Certificates of participation…</source>
            <translation>Сертификаты участников…</translation>
        </message>
        <message>
            <source>Attendance summary</source>
            <translation>Сводка посещаемости</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Запись файла Excel…</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Лист регистрации</translation>
        </message>
        <message>
            <source>Blank rows for people who come without registering:</source>
            <translation>Пустых строк для тех, кто придёт без регистрации:</translation>
        </message>
        <message>
            <source>Choose a training in the list to edit it, check people in or print.</source>
            <translation>Выберите тренинг в списке, чтобы изменить его, отметить участников или напечатать.</translation>
        </message>
        <message numerus="yes">
            <source>Delete the training “%1”? Its %n attendance mark(s) no longer count in the figures. The record is kept in the history.</source>
            <translation>
                <numerusform>Удалить тренинг «%1»? Его %n отметка посещаемости больше не учитывается в показателях. Запись сохранится в истории.</numerusform>
                <numerusform>Удалить тренинг «%1»? Его %n отметки посещаемости больше не учитываются в показателях. Запись сохранится в истории.</numerusform>
                <numerusform>Удалить тренинг «%1»? Его %n отметок посещаемости больше не учитываются в показателях. Запись сохранится в истории.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the training</source>
            <translation>Удаление тренинга</translation>
        </message>
        <message>
            <source>&amp;Delete the training…</source>
            <translation>&amp;Удалить тренинг…</translation>
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
        <message>
            <source>Letter of support</source>
            <translation>Письмо поддержки</translation>
        </message>
        <message>
            <source>Co-funding letter</source>
            <translation>Письмо о софинансировании</translation>
        </message>
        <message>
            <source>Photos of the site</source>
            <translation>Фотографии участка</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>На бумаге</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>По электронной почте</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Лично</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Допущена</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Рекомендована</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <translation>Не рекомендована</translation>
        </message>
        <message>
            <source>Activity of a project</source>
            <translation>Мероприятие проекта</translation>
        </message>
        <message>
            <source>Expected beneficiaries</source>
            <translation>Ожидаемые благополучатели</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Приложение</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Статья бюджета</translation>
        </message>
        <message>
            <source>Required attachment of a call</source>
            <translation>Обязательное приложение конкурса</translation>
        </message>
        <message>
            <source>Reviewer of a call</source>
            <translation>Эксперт конкурса</translation>
        </message>
        <message>
            <source>Settlement eligible for a call</source>
            <translation>Населённый пункт, допущенный к конкурсу</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Конфликт интересов</translation>
        </message>
        <message>
            <source>Scoring criterion</source>
            <translation>Критерий оценки</translation>
        </message>
        <message>
            <source>Monitoring indicator</source>
            <translation>Показатель мониторинга</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Оценка эксперта</translation>
        </message>
        <message>
            <source>Review assignment</source>
            <translation>Назначение эксперта</translation>
        </message>
        <message>
            <source>Review score</source>
            <translation>Балл эксперта</translation>
        </message>
        <message>
            <source>Selection decision</source>
            <translation>Решение об отборе</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Присутствует</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Опоздал(а)</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Ушёл(ушла) раньше</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Отсутствует</translation>
        </message>
        <message>
            <source>At the door</source>
            <translation>У входа</translation>
        </message>
        <message>
            <source>From a sheet</source>
            <translation>С листа</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортировано</translation>
        </message>
        <message>
            <source>In FieldApp</source>
            <translation>В FieldApp</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Пересмотрено</translation>
        </message>
        <message>
            <source>Electronically</source>
            <translation>Электронно</translation>
        </message>
        <message>
            <source>Outgoing letter</source>
            <translation>Исходящее письмо</translation>
        </message>
        <message>
            <source>Sync conflict</source>
            <translation>Конфликт синхронизации</translation>
        </message>
        <message>
            <source>Advance, after signing</source>
            <translation>Аванс после подписания</translation>
        </message>
        <message>
            <source>After a progress report or site visit</source>
            <translation>После промежуточного отчёта или мониторингового визита</translation>
        </message>
        <message>
            <source>After the completion report</source>
            <translation>После итогового отчёта</translation>
        </message>
        <message>
            <source>Progress seen at a visit</source>
            <translation>Ход работ на визите</translation>
        </message>
        <message>
            <source>Checklist answer of a visit</source>
            <translation>Пункт контрольного списка визита</translation>
        </message>
        <message>
            <source>Photo of a visit</source>
            <translation>Фото визита</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Последующее действие</translation>
        </message>
        <message>
            <source>Visit checklist item</source>
            <translation>Пункт контрольного списка визитов</translation>
        </message>
        <message>
            <source>Spending of a report</source>
            <translation>Расходы по отчёту</translation>
        </message>
        <message>
            <source>Beneficiaries of a report</source>
            <translation>Благополучатели по отчёту</translation>
        </message>
        <message>
            <source>Printed version of an agreement</source>
            <translation>Напечатанная версия договора</translation>
        </message>
        <message>
            <source>Scanned signed copy</source>
            <translation>Скан подписанного экземпляра</translation>
        </message>
        <message>
            <source>Amendment of an agreement</source>
            <translation>Дополнительное соглашение к договору</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History: %1</source>
            <translation>История: %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
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
            <source>What</source>
            <translation>Что сделано</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) of this record, oldest first.</source>
            <translation>
                <numerusform>%n изменение записи, сначала самые ранние.</numerusform>
                <numerusform>%n изменения записи, сначала самые ранние.</numerusform>
                <numerusform>%n изменений записи, сначала самые ранние.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>Изменений этой записи не зарегистрировано.</translation>
        </message>
    </context>
    <context>
        <name>ApplicationActions</name>
        <message>
            <source>Application saved.</source>
            <extracomment>a line for the status bar</extracomment>
            <translation>Заявка сохранена.</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Допуск</translation>
        </message>
        <message>
            <source>Any remark (needed when attachments are missing or it came late)?</source>
            <translation>Примечание (нужно, если нет приложений или заявка пришла поздно)?</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Why is it rejected? (goes into the letter)</source>
            <translation>Причина отклонения? (войдёт в письмо)</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Отзыв</translation>
        </message>
        <message>
            <source>Why is it withdrawn?</source>
            <translation>Почему заявка отозвана?</translation>
        </message>
        <message>
            <source>Reopen the decision</source>
            <translation>Пересмотр решения</translation>
        </message>
        <message>
            <source>Why is the decision reopened?</source>
            <translation>Почему решение пересматривается?</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Одобрение</translation>
        </message>
        <message>
            <source>Any remark on the approval?</source>
            <translation>Примечание к одобрению?</translation>
        </message>
        <message>
            <source>Over the envelope</source>
            <translation>Сверх бюджета конкурса</translation>
        </message>
        <message>
            <source>Override?</source>
            <translation>Превысить?</translation>
        </message>
        <message>
            <source>Override the envelope</source>
            <translation>Превышение бюджета конкурса</translation>
        </message>
        <message>
            <source>Why may this approval go over the envelope?</source>
            <translation>Почему это одобрение может превысить бюджет конкурса?</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Готово.</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Отозвать…</translation>
        </message>
        <message>
            <source>Reopen the decision…</source>
            <translation>Пересмотреть решение…</translation>
        </message>
        <message>
            <source>Give the registration number</source>
            <translation>Присвоить регистрационный номер</translation>
        </message>
        <message>
            <source>Recommend (committee)</source>
            <translation>Рекомендовать (конкурсная комиссия)</translation>
        </message>
        <message>
            <source>Do not recommend (committee)</source>
            <translation>Не рекомендовать (конкурсная комиссия)</translation>
        </message>
        <message>
            <source>Print the application summary…</source>
            <translation>Печать сводки заявки…</translation>
        </message>
        <message>
            <source>Print the decision letter…</source>
            <translation>Печать письма о решении…</translation>
        </message>
        <message>
            <source>Scoring sheet for a reviewer…</source>
            <translation>Лист оценки для эксперта…</translation>
        </message>
        <message>
            <source>Import a filled-in scoring sheet…</source>
            <translation>Загрузить заполненный лист оценки…</translation>
        </message>
        <message>
            <source>Scoring sheet</source>
            <translation>Лист оценки</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <source>Scoring sheet written: %1</source>
            <translation>Лист оценки записан: %1</translation>
        </message>
        <message>
            <source>Import a scoring sheet</source>
            <translation>Загрузка листа оценки</translation>
        </message>
        <message>
            <source>The sheet is refused, nothing was written.</source>
            <translation>Лист отклонён, ничего не записано.</translation>
        </message>
        <message>
            <source>Scoring sheet refused</source>
            <translation>Лист оценки отклонён</translation>
        </message>
        <message>
            <source>Nothing was written. Problems by cell:</source>
            <translation>Ничего не записано. Ошибки по ячейкам:</translation>
        </message>
        <message>
            <source>Import the scoring sheet</source>
            <translation>Загрузить лист оценки</translation>
        </message>
        <message>
            <source>%1: %2 review(s) to write. Import?</source>
            <translation>%1: оценок к записи — %2. Загрузить?</translation>
        </message>
        <message>
            <source>Scoring sheet imported.</source>
            <translation>Лист оценки загружен.</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Новая…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Su&amp;bmit</source>
            <translation>По&amp;дать</translation>
        </message>
        <message>
            <source>Eli&amp;gible…</source>
            <translation>&amp;Допустить…</translation>
        </message>
        <message>
            <source>To re&amp;view</source>
            <translation>На &amp;экспертизу</translation>
        </message>
        <message>
            <source>Sc&amp;ore…</source>
            <translation>&amp;Оценить…</translation>
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation>О&amp;добрить…</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>Откл&amp;онить…</translation>
        </message>
        <message>
            <source>&amp;More…</source>
            <translation>&amp;Ещё…</translation>
        </message>
        <message>
            <source>application summary</source>
            <translation>заявка</translation>
        </message>
        <message>
            <source>decision letter</source>
            <translation>письмо о решении</translation>
        </message>
        <message>
            <source>Withdraw the application</source>
            <translation>Отзыв заявки</translation>
        </message>
        <message>
            <source>Withdraw application %1? It leaves the competition for good.</source>
            <translation>Отозвать заявку %1? Она окончательно выбывает из конкурса.</translation>
        </message>
        <message>
            <source>Reject the application</source>
            <translation>Отклонение заявки</translation>
        </message>
        <message>
            <source>Reject application %1? The group is told in the decision letter.</source>
            <translation>Отклонить заявку %1? Группа узнает об этом из письма о решении.</translation>
        </message>
        <message>
            <source>Reopen the decision on application %1? It goes back to where it stood before.</source>
            <translation>Пересмотреть решение по заявке %1? Она вернётся в прежний статус.</translation>
        </message>
        <message>
            <source>Agreement made: fill in the grantee's details.</source>
            <translation>Договор составлен: заполните реквизиты грантополучателя.</translation>
        </message>
        <message>
            <source>Make the grant agreement…</source>
            <translation>Составить договор о гранте…</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <source>Line %1: a number cannot be read</source>
            <translation>Строка %1: не удаётся прочитать число</translation>
        </message>
        <message>
            <source>Line %1: requested + co-funding + in kind must equal the line's cost</source>
            <translation>Строка %1: грант + софинансирование + вклад должны равняться сумме строки</translation>
        </message>
        <message>
            <source>Total %1 · grant requested %2 · akimat %3 · community in kind %4 · volunteer hours %5</source>
            <translation>Итого %1 · грант %2 · акимат %3 · вклад сообщества %4 · волонтёрские часы %5</translation>
        </message>
        <message>
            <source>The request is over the call's maximum by %1</source>
            <translation>Запрос превышает максимум конкурса на %1</translation>
        </message>
        <message>
            <source>This application is past its eligibility check: its content is frozen.</source>
            <translation>Заявка прошла проверку соответствия требованиям: её содержание больше не меняется.</translation>
        </message>
        <message>
            <source>Type at least one budget line</source>
            <translation>Введите хотя бы одну статью бюджета</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед.</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Unit cost, ₸</source>
            <translation>Цена, ₸</translation>
        </message>
        <message>
            <source>Grant, ₸</source>
            <translation>Грант, ₸</translation>
        </message>
        <message>
            <source>Akimat, ₸</source>
            <translation>Акимат, ₸</translation>
        </message>
        <message>
            <source>In kind, ₸</source>
            <translation>Вклад сообщества, ₸</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Волонтёрские часы</translation>
        </message>
        <message>
            <source>Direct, women</source>
            <translation>Прямые, женщины</translation>
        </message>
        <message>
            <source>Direct, men</source>
            <translation>Прямые, мужчины</translation>
        </message>
        <message>
            <source>Indirect, women</source>
            <translation>Косвенные, женщины</translation>
        </message>
        <message>
            <source>Indirect, men</source>
            <translation>Косвенные, мужчины</translation>
        </message>
        <message>
            <source>Age %1</source>
            <translation>Возраст %1</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Заявка</translation>
        </message>
        <message>
            <source>Type the paper form from top to bottom: Tab goes to the next field; in the budget, Enter adds a line. The form keeps a draft as you type.</source>
            <translation>Вводите бумажную заявку сверху вниз: Tab — следующее поле; в бюджете Enter добавляет строку. Черновик сохраняется по ходу ввода.</translation>
        </message>
        <message>
            <source>Grant &amp;call</source>
            <translation>&amp;Конкурс</translation>
        </message>
        <message>
            <source>Initiative &amp;group</source>
            <translation>Инициати&amp;вная группа</translation>
        </message>
        <message>
            <source>&amp;Settlement</source>
            <translation>Насе&amp;лённый пункт</translation>
        </message>
        <message>
            <source>Group &amp;leader</source>
            <translation>&amp;Руководитель группы</translation>
        </message>
        <message>
            <source>Leader's &amp;phone</source>
            <translation>&amp;Телефон руководителя</translation>
        </message>
        <message>
            <source>&amp;Members (one per line)</source>
            <translation>&amp;Члены группы (по одному в строке)</translation>
        </message>
        <message>
            <source>Project &amp;title</source>
            <translation>&amp;Название проекта</translation>
        </message>
        <message>
            <source>Categor&amp;y</source>
            <translation>Кате&amp;гория</translation>
        </message>
        <message>
            <source>&amp;Received (dd.mm.yyyy)</source>
            <translation>&amp;Дата поступления (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>&amp;Способ подачи</translation>
        </message>
        <message>
            <source>Applicant's lan&amp;guage</source>
            <translation>&amp;Язык заявителя</translation>
        </message>
        <message>
            <source>S&amp;tart (dd.mm.yyyy)</source>
            <translation>Н&amp;ачало (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>&amp;Duration, months</source>
            <translation>&amp;Продолжительность, мес.</translation>
        </message>
        <message>
            <source>Pro&amp;blem</source>
            <translation>Пробле&amp;ма</translation>
        </message>
        <message>
            <source>G&amp;oal</source>
            <translation>&amp;Цель</translation>
        </message>
        <message>
            <source>Ob&amp;jectives</source>
            <translation>&amp;Задачи</translation>
        </message>
        <message>
            <source>Community &amp;participation</source>
            <translation>&amp;Участие сообщества</translation>
        </message>
        <message>
            <source>Gender and &amp;inclusion</source>
            <translation>Г&amp;ендер и инклюзия</translation>
        </message>
        <message>
            <source>Ris&amp;ks</source>
            <translation>Р&amp;иски</translation>
        </message>
        <message>
            <source>S&amp;ustainability</source>
            <translation>Усто&amp;йчивость</translation>
        </message>
        <message>
            <source>B&amp;udget (Enter adds a line)</source>
            <translation>&amp;Бюджет (Enter — новая строка)</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Итоги</translation>
        </message>
        <message>
            <source>Bene&amp;ficiaries</source>
            <translation>Благ&amp;ополучатели</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Приложения</translation>
        </message>
        <message>
            <source>&amp;Attach a file…</source>
            <translation>Приложить &amp;файл…</translation>
        </message>
        <message>
            <source>Still missing: %1</source>
            <translation>Ещё не хватает: %1</translation>
        </message>
        <message>
            <source>Every required attachment is here.</source>
            <translation>Все обязательные приложения на месте.</translation>
        </message>
        <message>
            <source>This settlement is not among those the call lists: the application will be refused at the eligibility check</source>
            <translation>Этого населённого пункта нет в списке конкурса: при проверке соответствия требованиям заявка будет отклонена</translation>
        </message>
        <message>
            <source>Kind: from the file (photo or letter)</source>
            <translation>Вид: по файлу (фото или письмо)</translation>
        </message>
        <message>
            <source>What the next file attached is</source>
            <translation>Что представляет собой следующий прикреплённый файл</translation>
        </message>
    </context>
    <context>
        <name>CallDialog</name>
        <message>
            <source>Criterion %1: the maximum is a whole number and the weight a number</source>
            <translation>Критерий %1: максимум — целое число, вес — число</translation>
        </message>
        <message>
            <source>Criterion %1: its name in Russian is required</source>
            <translation>Критерий %1: нужно название на русском</translation>
        </message>
        <message>
            <source>Add at least one scoring criterion</source>
            <translation>Добавьте хотя бы один критерий оценки</translation>
        </message>
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
            <source>Maximum</source>
            <translation>Максимум</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Comment required</source>
            <translation>Комментарий обязателен</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Code (prefix of registration numbers)</source>
            <translation>&amp;Код (префикс регистрационных номеров)</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>&amp;Цикл</translation>
        </message>
        <message>
            <source>&amp;Opens (dd.mm.yyyy)</source>
            <translation>&amp;Начало приёма (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>&amp;Deadline (dd.mm.yyyy)</source>
            <translation>&amp;Срок подачи (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>&amp;Maximum grant, ₸</source>
            <translation>&amp;Максимальный грант, ₸</translation>
        </message>
        <message>
            <source>&amp;Envelope, ₸</source>
            <translation>&amp;Бюджет конкурса, ₸</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>&amp;Описание</translation>
        </message>
        <message>
            <source>Re&amp;use criteria of</source>
            <translation>&amp;Взять критерии из</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>Type to find a settlement; Space ticks it</source>
            <translation>Начните вводить название населённого пункта; пробел отмечает его</translation>
        </message>
        <message>
            <source>None ticked: every settlement may apply.</source>
            <translation>Ничего не отмечено: подавать заявки могут все населённые пункты.</translation>
        </message>
        <message>
            <source>%1 of %2 settlements may apply.</source>
            <translation>Подавать заявки могут %1 из %2 населённых пунктов.</translation>
        </message>
        <message>
            <source>Title as applicants see it, then Enter; Delete removes</source>
            <translation>Название для заявителей, затем Enter; Delete удаляет</translation>
        </message>
        <message>
            <source>Eligible &amp;settlements</source>
            <translation>&amp;Допущенные населённые пункты</translation>
        </message>
        <message>
            <source>Required &amp;attachments</source>
            <translation>Обязательные &amp;приложения</translation>
        </message>
        <message>
            <source>Title in &amp;Kazakh</source>
            <translation>Название на &amp;казахском</translation>
        </message>
        <message>
            <source>For letters and sheets in Kazakh; empty: the title above</source>
            <translation>Для писем и листов на казахском; пусто — название выше</translation>
        </message>
        <message>
            <source>The &amp;call</source>
            <translation>&amp;Конкурс</translation>
        </message>
        <message>
            <source>&amp;Who may apply</source>
            <translation>&amp;Кто может подать</translation>
        </message>
        <message>
            <source>Scoring c&amp;riteria</source>
            <translation>&amp;Критерии оценки</translation>
        </message>
    </context>
    <context>
        <name>Competition</name>
        <message>
            <source>Attach files</source>
            <extracomment>form field → application column, where they differ</extracomment>
            <translation>Приложить файлы</translation>
        </message>
        <message>
            <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation>Фото и сканы (*.jpg *.jpeg *.png *.pdf);;Все файлы (*)</translation>
        </message>
        <message>
            <source>A reason is required.</source>
            <translation>Нужно указать причину.</translation>
        </message>
        <message>
            <source>Another reason (type it below)</source>
            <translation>Другая причина (впишите ниже)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Причина</translation>
        </message>
        <message>
            <source>Re&amp;mark (printed as typed)</source>
            <translation>При&amp;мечание (печатается как введено)</translation>
        </message>
        <message>
            <source>Choose a reason or type one.</source>
            <translation>Выберите причину или впишите свою.</translation>
        </message>
    </context>
    <context>
        <name>RankingPanel</name>
        <message>
            <source>No grant calls yet.</source>
            <extracomment>the application id of a row a message for the status line</extracomment>
            <translation>Конкурсов пока нет.</translation>
        </message>
        <message>
            <source>Envelope %1 · approved %2 · ticked %3 · left %4</source>
            <translation>Бюджет конкурса %1 · одобрено %2 · отмечено %3 · остаток %4</translation>
        </message>
        <message>
            <source>Suggested: the top-ranked applications that fit the envelope.</source>
            <translation>Предложены лучшие по рейтингу заявки в пределах бюджета конкурса.</translation>
        </message>
        <message>
            <source>Selection differs from the suggestion</source>
            <translation>Отбор отличается от предложенного</translation>
        </message>
        <message>
            <source>Why is the selection changed?</source>
            <translation>Почему отбор изменён?</translation>
        </message>
        <message>
            <source>Selection confirmed.</source>
            <translation>Отбор утверждён.</translation>
        </message>
        <message>
            <source>&amp;Suggest selection</source>
            <translation>&amp;Предложить отбор</translation>
        </message>
        <message>
            <source>&amp;Confirm selection…</source>
            <translation>&amp;Утвердить отбор…</translation>
        </message>
        <message>
            <source>&amp;Print ranking…</source>
            <translation>&amp;Печать рейтинга…</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Финансировать</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Разброс</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Кол-во оценок</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Запрошено</translation>
        </message>
        <message>
            <source>Running total</source>
            <translation>Нарастающим итогом</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>ranking</source>
            <translation>рейтинг заявок</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Submit a &amp;correction</source>
            <translation>Отправить &amp;исправление</translation>
        </message>
        <message>
            <source>&amp;Submit (final)</source>
            <translation>&amp;Отправить (окончательно)</translation>
        </message>
        <message>
            <source>Review of %1</source>
            <translation>Оценка заявки %1</translation>
        </message>
        <message>
            <source>This reviewer declared a conflict of interest and cannot score it.</source>
            <translation>Эксперт заявил о конфликте интересов и не может оценивать эту заявку.</translation>
        </message>
        <message>
            <source>Other reviewers' scores are hidden until this review is submitted.</source>
            <translation>Оценки других экспертов скрыты, пока эта оценка не отправлена.</translation>
        </message>
        <message>
            <source>No other review yet.</source>
            <translation>Других оценок пока нет.</translation>
        </message>
        <message>
            <source>Other reviewers (out of 100):</source>
            <translation>Другие эксперты (из 100):</translation>
        </message>
        <message>
            <source>Correct a submitted review</source>
            <translation>Исправить отправленную оценку</translation>
        </message>
        <message>
            <source>The submitted review is kept; why is it corrected?</source>
            <translation>Отправленная оценка сохраняется; почему она исправляется?</translation>
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation>Конфликт интересов</translation>
        </message>
        <message>
            <source>What is the conflict (e.g. my own village, a relative in the group)?</source>
            <translation>В чём конфликт (например, моё село, родственник в группе)?</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>&amp;Reviewer</source>
            <translation>&amp;Эксперт</translation>
        </message>
        <message>
            <source>Overall &amp;comment</source>
            <translation>Общий &amp;комментарий</translation>
        </message>
        <message>
            <source>Declare a conflict of &amp;interest…</source>
            <translation>Заявить о &amp;конфликте интересов…</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>Сохранить &amp;черновик</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
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
            <source>Session</source>
            <translation>Занятие</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Заявка</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Эксперт</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Критерий</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Оценка эксперта</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Донор</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Кто сверил</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Объединён с</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>ФИО латиницей</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Draft number</source>
            <translation>Номер черновика</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Регистрационный номер</translation>
        </message>
        <message>
            <source>Requested amount</source>
            <translation>Запрошенная сумма</translation>
        </message>
        <message>
            <source>Akimat co-funding</source>
            <translation>Софинансирование акимата</translation>
        </message>
        <message>
            <source>Community in-kind contribution</source>
            <translation>Неденежный вклад сообщества</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Способ получения</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Duration, months</source>
            <translation>Продолжительность, мес.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Community participation</source>
            <translation>Участие сообщества</translation>
        </message>
        <message>
            <source>Inclusion</source>
            <translation>Инклюзивность</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Риски</translation>
        </message>
        <message>
            <source>Sustainability</source>
            <translation>Устойчивость</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Волонтёрские часы</translation>
        </message>
        <message>
            <source>Approved amount</source>
            <translation>Утверждённая сумма</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Порядковый номер</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Возрастная группа</translation>
        </message>
        <message>
            <source>Number of people</source>
            <translation>Число людей</translation>
        </message>
        <message>
            <source>File fingerprint (SHA-256)</source>
            <translation>Отпечаток файла (SHA-256)</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Тип файла</translation>
        </message>
        <message>
            <source>Size, bytes</source>
            <translation>Размер, байт</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Marked at</source>
            <translation>Когда отмечен</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Цена за единицу</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Приложение</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Дата выдачи</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Посещено занятий</translation>
        </message>
        <message>
            <source>Sessions in total</source>
            <translation>Всего занятий</translation>
        </message>
        <message>
            <source>Declared at</source>
            <translation>Когда заявлен</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Дата согласия</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Объём</translation>
        </message>
        <message>
            <source>Shared with third parties</source>
            <translation>Передача третьим лицам</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Законный представитель</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Способ</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Дата отзыва</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Максимальный балл</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Вес</translation>
        </message>
        <message>
            <source>Comment required</source>
            <translation>Нужен комментарий</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Опыт</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Исходное значение</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>Способ проверки</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Краткое название</translation>
        </message>
        <message>
            <source>BIN</source>
            <translation>БИН</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>ИИК (IBAN)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Дата сдачи</translation>
        </message>
        <message>
            <source>Amount spent</source>
            <translation>Израсходовано</translation>
        </message>
        <message>
            <source>Direct beneficiaries</source>
            <translation>Прямые благополучатели</translation>
        </message>
        <message>
            <source>Indirect beneficiaries</source>
            <translation>Косвенные благополучатели</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Описательная часть</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Пришёл без регистрации</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Когда отправлено</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Комментарий</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Причина исправления</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Above the envelope</source>
            <translation>Сверх бюджета конкурса</translation>
        </message>
        <message>
            <source>Status before</source>
            <translation>Статус до</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>Статус после</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Вместимость</translation>
        </message>
        <message>
            <source>Checked against the signed sheet</source>
            <translation>Сверено с подписанным листом</translation>
        </message>
        <message>
            <source>Checked at</source>
            <translation>Когда сверено</translation>
        </message>
        <message>
            <source>Blank rows on the sign-in sheet</source>
            <translation>Пустых строк в листе регистрации</translation>
        </message>
        <message>
            <source>Sign-in sheet printed</source>
            <translation>Лист регистрации напечатан</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Условие</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Дата выплаты</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Выплачено</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>С предупреждением</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Выводы</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>План тренинга</translation>
        </message>
        <message>
            <source>Title in Kazakh</source>
            <translation>Название на казахском</translation>
        </message>
        <message>
            <source>Title in English</source>
            <translation>Название на английском</translation>
        </message>
        <message>
            <source>Venue in Kazakh</source>
            <translation>Место проведения на казахском</translation>
        </message>
        <message>
            <source>Venue in English</source>
            <translation>Место проведения на английском</translation>
        </message>
        <message>
            <source>Address in Kazakh</source>
            <translation>Адрес на казахском</translation>
        </message>
        <message>
            <source>Address in English</source>
            <translation>Адрес на английском</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Подписывающее лицо</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Должность подписывающего лица</translation>
        </message>
        <message>
            <source>Signatory's position in Kazakh</source>
            <translation>Должность подписывающего лица на казахском</translation>
        </message>
        <message>
            <source>Signatory's position in English</source>
            <translation>Должность подписывающего лица на английском</translation>
        </message>
        <message>
            <source>Programme manager</source>
            <translation>Руководитель программы</translation>
        </message>
        <message>
            <source>Standard reason</source>
            <translation>Стандартная причина</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Record name</source>
            <translation>Название записи</translation>
        </message>
        <message>
            <source>Fields in conflict</source>
            <translation>Поля в конфликте</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>Сохранённое значение</translation>
        </message>
        <message>
            <source>Change kept</source>
            <translation>Сохранённое изменение</translation>
        </message>
        <message>
            <source>Computer of the value kept</source>
            <translation>Компьютер сохранённого значения</translation>
        </message>
        <message>
            <source>Value kept entered by</source>
            <translation>Сохранённое значение ввёл(а)</translation>
        </message>
        <message>
            <source>Value kept entered at</source>
            <translation>Когда введено сохранённое значение</translation>
        </message>
        <message>
            <source>Value set aside</source>
            <translation>Отклонённое значение</translation>
        </message>
        <message>
            <source>Change set aside</source>
            <translation>Отклонённое изменение</translation>
        </message>
        <message>
            <source>Computer of the value set aside</source>
            <translation>Компьютер отклонённого значения</translation>
        </message>
        <message>
            <source>Value set aside entered by</source>
            <translation>Отклонённое значение ввёл(а)</translation>
        </message>
        <message>
            <source>Value set aside entered at</source>
            <translation>Когда введено отклонённое значение</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Пояснение</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Resolved at</source>
            <translation>Когда разрешён</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Кто разрешил</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Place of signing</source>
            <translation>Место заключения</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation>Грантополучатель</translation>
        </message>
        <message>
            <source>Grantee's name</source>
            <translation>Наименование грантополучателя</translation>
        </message>
        <message>
            <source>Grantee's BIN</source>
            <translation>БИН грантополучателя</translation>
        </message>
        <message>
            <source>Grantee's address</source>
            <translation>Адрес грантополучателя</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Представитель</translation>
        </message>
        <message>
            <source>Representative's position</source>
            <translation>Должность представителя</translation>
        </message>
        <message>
            <source>Representative's IIN</source>
            <translation>ИИН представителя</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Документ, удостоверяющий личность</translation>
        </message>
        <message>
            <source>Condition of payment</source>
            <translation>Условие выплаты</translation>
        </message>
        <message>
            <source>Payment order</source>
            <translation>Платёжное поручение</translation>
        </message>
        <message>
            <source>Paid by override because</source>
            <translation>Выплачено в порядке исключения, потому что</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Транши</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Мониторинговый визит</translation>
        </message>
        <message>
            <source>Grantee report</source>
            <translation>Отчёт грантополучателя</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Широта</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Долгота</translation>
        </message>
        <message>
            <source>Who does it</source>
            <translation>Кто выполняет</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>Когда закрыто</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Кем закрыто</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Что сделано</translation>
        </message>
        <message>
            <source>Co-funding delivered</source>
            <translation>Внесённое софинансирование</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <translation>Дата принятия</translation>
        </message>
        <message>
            <source>Accepted by</source>
            <translation>Кем принят</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Статья бюджета</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Потрачено</translation>
        </message>
        <message>
            <source>Time of the visit</source>
            <translation>Время визита</translation>
        </message>
        <message>
            <source>People met</source>
            <translation>С кем встречались</translation>
        </message>
        <message>
            <source>Beneficiary feedback</source>
            <translation>Отзывы благополучателей</translation>
        </message>
        <message>
            <source>People seen using the site</source>
            <translation>Людей на объекте</translation>
        </message>
        <message>
            <source>Reason for the hold</source>
            <translation>Причина приостановки</translation>
        </message>
        <message>
            <source>Corrects the visit</source>
            <translation>Исправляет визит</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Text in Russian</source>
            <translation>Текст на русском</translation>
        </message>
        <message>
            <source>Text in Kazakh</source>
            <translation>Текст на казахском</translation>
        </message>
        <message>
            <source>Text in English</source>
            <translation>Текст на английском</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Время съёмки</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Ориентация</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Done, %</source>
            <translation>Выполнено, %</translation>
        </message>
        <message>
            <source>Fingerprint of the PDF</source>
            <translation>Отпечаток PDF</translation>
        </message>
        <message>
            <source>Fingerprint of its data</source>
            <translation>Отпечаток данных</translation>
        </message>
        <message>
            <source>Data printed</source>
            <translation>Напечатанные данные</translation>
        </message>
        <message>
            <source>Changed since the version before</source>
            <translation>Изменено с предыдущей версии</translation>
        </message>
        <message>
            <source>Clauses changed</source>
            <translation>Изменённые условия</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Дата составления</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Дата завершения</translation>
        </message>
        <message>
            <source>Beneficiaries reached</source>
            <translation>Охвачено благополучателей</translation>
        </message>
        <message>
            <source>Amendment printed</source>
            <translation>Напечатанное дополнительное соглашение</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two records of one person</source>
            <translation>Объединение двух записей одного человека</translation>
        </message>
        <message>
            <source>Choose the record to keep. The other record's attendance, registrations, certificates and consents move to it, and its empty fields are filled from the other one. The other record leaves the list; its history is kept.</source>
            <translation>Выберите запись, которая останется. Посещаемость, регистрации, сертификаты и согласия другой записи перейдут к ней, а её пустые поля заполнятся из другой. Другая запись исчезнет из списка; её история сохранится.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>Посещено тренингов</translation>
        </message>
        <message>
            <source>Keep this record</source>
            <translation>Оставить эту запись</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить как PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation>Создание PDF…</translation>
        </message>
        <message>
            <source>Save the workbook</source>
            <translation>Сохранить книгу Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>Check-in at the door</source>
            <extracomment>columns whose values are codes to be shown as words</extracomment>
            <translation>Отметка у входа</translation>
        </message>
        <message>
            <source>Check-in mark undone</source>
            <translation>Отметка у входа отменена</translation>
        </message>
        <message>
            <source>Walk-in at the door</source>
            <translation>Пришёл без записи</translation>
        </message>
        <message>
            <source>Two records of one person merged</source>
            <translation>Объединены две записи одного человека</translation>
        </message>
        <message>
            <source>Sign-in sheet printed</source>
            <translation>Напечатан лист регистрации</translation>
        </message>
        <message>
            <source>Certificates printed</source>
            <translation>Напечатаны сертификаты</translation>
        </message>
        <message>
            <source>Attendance summary printed</source>
            <translation>Напечатана сводка посещаемости</translation>
        </message>
        <message>
            <source>People imported from {detail}</source>
            <translation>Люди импортированы из {detail}</translation>
        </message>
        <message>
            <source>Applications imported from {detail}</source>
            <translation>Заявки импортированы из {detail}</translation>
        </message>
        <message>
            <source>Scoring sheet imported from {detail}</source>
            <translation>Лист оценки импортирован из {detail}</translation>
        </message>
        <message>
            <source>Row {detail} of the application register</source>
            <translation>Строка {detail} реестра заявок</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Демонстрационные данные</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation>Самопроверка</translation>
        </message>
        <message>
            <source>Logo of the letterhead changed</source>
            <translation>Изменён логотип бланка</translation>
        </message>
        <message>
            <source>Agreement made from the approved application</source>
            <translation>Договор составлен по одобренной заявке</translation>
        </message>
        <message>
            <source>Agreement printed ({detail})</source>
            <translation>Договор напечатан ({detail})</translation>
        </message>
        <message>
            <source>Payments confirmed from the bank statement {detail}</source>
            <translation>Платежи подтверждены по банковской выписке {detail}</translation>
        </message>
        <message>
            <source>Projects registered from the register {detail}</source>
            <translation>Проекты зарегистрированы из реестра {detail}</translation>
        </message>
        <message>
            <source>Project already running on paper, registered by hand</source>
            <translation>Проект, уже идущий на бумаге, зарегистрирован вручную</translation>
        </message>
        <message>
            <source>Project already running on paper, from the register {detail}</source>
            <translation>Проект, уже идущий на бумаге, из реестра {detail}</translation>
        </message>
        <message>
            <source>Amendment printed ({detail})</source>
            <translation>Дополнительное соглашение напечатано ({detail})</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>Not yet sent to the head office</source>
            <translation>Ещё не отправлено в головной офис</translation>
        </message>
        <message>
            <source>In conflict with a change made elsewhere: see the Sync page</source>
            <translation>Конфликт с изменением, сделанным в другом месте: см. страницу «Синхронизация»</translation>
        </message>
        <message>
            <source>A change was refused by the head office: see the Sync page</source>
            <translation>Головной офис отклонил изменение: см. страницу «Синхронизация»</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol this laptop with the head office</source>
            <translation>Подключение ноутбука к головному офису</translation>
        </message>
        <message>
            <source>The head office gives each laptop a one-time code and the hub's address, or an enrolment file on a USB stick. The laptop's records stay on it; the programme's data arrive after enrolment.</source>
            <translation>Головной офис даёт каждому ноутбуку одноразовый код и адрес сервера или файл подключения на USB-флешке. Записи ноутбука остаются на нём; данные программы придут после подключения.</translation>
        </message>
        <message>
            <source>With the hub's address and a one-time code</source>
            <translation>По адресу сервера и одноразовому коду</translation>
        </message>
        <message>
            <source>Hub's address</source>
            <translation>Адрес сервера</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>Одноразовый код</translation>
        </message>
        <message>
            <source>I compared the fingerprint with the head office's: trust this certificate</source>
            <translation>Я сравнил отпечаток с отпечатком головного офиса: доверять этому сертификату</translation>
        </message>
        <message>
            <source>With an enrolment file (from a USB stick)</source>
            <translation>Файлом подключения (с USB-флешки)</translation>
        </message>
        <message>
            <source>Enrolment file</source>
            <translation>Файл подключения</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Подключить</translation>
        </message>
        <message>
            <source>The enrolment file from the head office</source>
            <translation>Файл подключения от головного офиса</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>This laptop is enrolled as “%1”.</source>
            <translation>Ноутбук подключён как «%1».</translation>
        </message>
        <message>
            <source>Receiving the programme's data from the head office…</source>
            <translation>Получение данных программы от головного офиса…</translation>
        </message>
        <message>
            <source>The enrolment file names no hub's address: choose “Sync through a folder…” on the Sync page, or import the head office's file from a USB stick.</source>
            <translation>В файле подключения нет адреса сервера: выберите «Синхронизировать через папку…» на странице «Синхронизация» или импортируйте файл головного офиса с USB-флешки.</translation>
        </message>
        <message>
            <source>You can close this window: FieldApp keeps trying by itself.</source>
            <translation>Это окно можно закрыть: FieldApp продолжит попытки сам.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) received from the head office.</source>
            <translation>
                <numerusform>От головного офиса получено %n изменение.</numerusform>
                <numerusform>От головного офиса получено %n изменения.</numerusform>
                <numerusform>От головного офиса получено %n изменений.</numerusform>
            </translation>
        </message>
        <message>
            <source>The laptop is ready: its cycles, calls, settlements and people are here. From now on it syncs by itself.</source>
            <translation>Ноутбук готов к работе: циклы, конкурсы, населённые пункты и люди на месте. Дальше он синхронизируется сам.</translation>
        </message>
        <message>
            <source>Enrol a device</source>
            <extracomment>a served folder is looked at this often while the page's serving is on</extracomment>
            <translation>Подключить устройство</translation>
        </message>
        <message>
            <source>Device &amp;name</source>
            <translation>&amp;Название устройства</translation>
        </message>
        <message>
            <source>e.g. Kuryk laptop</source>
            <translation>например, Ноутбук Курык</translation>
        </message>
        <message>
            <source>&amp;Settlements</source>
            <translation>Населённые &amp;пункты</translation>
        </message>
        <message>
            <source>Programme c&amp;ycles</source>
            <translation>&amp;Циклы программы</translation>
        </message>
        <message>
            <source>A &amp;head-office device (its changes count as the head office's)</source>
            <translation>Устройство &amp;головного офиса (его изменения считаются изменениями головного офиса)</translation>
        </message>
        <message>
            <source>Tick nothing for every settlement and every cycle.</source>
            <translation>Ничего не отмечайте, чтобы дать доступ ко всем населённым пунктам и циклам.</translation>
        </message>
        <message>
            <source>&amp;Issue a one-time code</source>
            <translation>&amp;Выдать одноразовый код</translation>
        </message>
        <message>
            <source>Enrolment &amp;file…</source>
            <translation>&amp;Файл подключения…</translation>
        </message>
        <message>
            <source>Sa&amp;ve the code…</source>
            <translation>Со&amp;хранить код…</translation>
        </message>
        <message>
            <source>Type this code on the laptop (Sync ▸ Enrol) within a few days. It works once; it is shown only now — save it to a file if you need it later.</source>
            <translation>Введите этот код на ноутбуке (Синхронизация ▸ Подключение) в ближайшие дни. Он действует один раз и показан только сейчас — сохраните его в файл, если он понадобится позже.</translation>
        </message>
        <message>
            <source>Give the device a name first.</source>
            <translation>Сначала укажите название устройства.</translation>
        </message>
        <message>
            <source>Enrolment files (*.enrolment)</source>
            <translation>Файлы подключения (*.enrolment)</translation>
        </message>
        <message>
            <source>Enrolment file written: %1. It holds the laptop's credentials: carry it like a password and delete it once used.</source>
            <translation>Файл подключения записан: %1. В нём учётные данные ноутбука: обращайтесь с ним как с паролем и удалите после использования.</translation>
        </message>
        <message>
            <source>Save the code</source>
            <translation>Сохранить код</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Текстовые файлы (*.txt)</translation>
        </message>
        <message>
            <source>FieldApp enrolment code for %1: %2
</source>
            <translation>Код подключения FieldApp для «%1»: %2
</translation>
        </message>
        <message>
            <source>The code was saved to %1.</source>
            <translation>Код сохранён в %1.</translation>
        </message>
        <message>
            <source>&amp;Print the code…</source>
            <translation>&amp;Печать кода…</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>network</source>
            <translation>сеть</translation>
        </message>
        <message>
            <source>synced folder</source>
            <translation>синхронизируемая папка</translation>
        </message>
        <message>
            <source>USB / file</source>
            <translation>USB / файл</translation>
        </message>
        <message>
            <source>Sending changes…</source>
            <translation>Отправка изменений…</translation>
        </message>
        <message numerus="yes">
            <source>Receiving changes: %n so far</source>
            <translation>
                <numerusform>Получение изменений: пока %n</numerusform>
                <numerusform>Получение изменений: пока %n</numerusform>
                <numerusform>Получение изменений: пока %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending and receiving files…</source>
            <translation>Отправка и получение файлов…</translation>
        </message>
        <message>
            <source>Syncing through the folder…</source>
            <translation>Синхронизация через папку…</translation>
        </message>
        <message>
            <source>Checking the connection…</source>
            <translation>Проверка связи…</translation>
        </message>
        <message>
            <source>The head office's hub cannot be reached. Changes are kept on this laptop and sent by themselves when the connection returns.</source>
            <translation>Сервер головного офиса недоступен. Изменения хранятся на ноутбуке и будут отправлены сами, когда связь появится.</translation>
        </message>
        <message>
            <source>The synced folder cannot be read. Check that it is still there; FieldApp tries again by itself.</source>
            <translation>Синхронизируемую папку не удаётся прочитать. Проверьте, что она на месте; FieldApp повторит попытку сам.</translation>
        </message>
        <message>
            <source>The hub refuses this laptop (its enrolment was revoked). Ask the head office for a new code and enrol again.</source>
            <translation>Сервер не принимает этот ноутбук (подключение отозвано). Попросите у головного офиса новый код и подключитесь заново.</translation>
        </message>
        <message>
            <source>The hub's certificate is no longer the one trusted at enrolment. Ask the head office, then enrol again.</source>
            <translation>Сертификат сервера уже не тот, которому доверились при подключении. Обратитесь в головной офис, затем подключитесь заново.</translation>
        </message>
        <message>
            <source>The hub had a problem answering. FieldApp tries again by itself; if it lasts, tell the head office.</source>
            <translation>У сервера возникла ошибка при ответе. FieldApp повторит попытку сам; если это продолжится, сообщите в головной офис.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet.</source>
            <translation>Этот ноутбук ещё не подключён к головному офису.</translation>
        </message>
        <message>
            <source>The last sync did not complete. FieldApp tries again by itself; if it lasts, tell the head office.</source>
            <translation>Последняя синхронизация не завершилась. FieldApp повторит попытку сам; если это продолжится, сообщите в головной офис.</translation>
        </message>
        <message>
            <source>Not enrolled</source>
            <translation>Не подключён</translation>
        </message>
        <message>
            <source>By USB only</source>
            <translation>Только через USB</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>На связи</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Нет связи</translation>
        </message>
        <message>
            <source>Everything delivered</source>
            <translation>Всё доставлено</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet delivered</source>
            <translation>
                <numerusform>%n изменение ещё не доставлено</numerusform>
                <numerusform>%n изменения ещё не доставлено</numerusform>
                <numerusform>%n изменений ещё не доставлено</numerusform>
            </translation>
        </message>
        <message>
            <source>sent %1 (%2)</source>
            <translation>отправлено %1 (%2)</translation>
        </message>
        <message>
            <source>received %1 (%2)</source>
            <translation>получено %1 (%2)</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>синхронизации ещё не было</translation>
        </message>
        <message numerus="yes">
            <source>Clock %n min ahead of the head office's</source>
            <translation>
                <numerusform>Часы спешат на %n мин относительно головного офиса</numerusform>
                <numerusform>Часы спешат на %n мин относительно головного офиса</numerusform>
                <numerusform>Часы спешат на %n мин относительно головного офиса</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clock %n min behind the head office's</source>
            <translation>
                <numerusform>Часы отстают на %n мин от головного офиса</numerusform>
                <numerusform>Часы отстают на %n мин от головного офиса</numerusform>
                <numerusform>Часы отстают на %n мин от головного офиса</numerusform>
            </translation>
        </message>
        <message>
            <source>Set this computer's date and time: changes stamped by a wrong clock may win over later ones or lose to older ones.</source>
            <translation>Настройте дату и время компьютера: изменения с неверным временем могут перекрыть более поздние или уступить более ранним.</translation>
        </message>
        <message>
            <source>Sync: click for details (F9 syncs now)</source>
            <translation>Синхронизация: нажмите, чтобы увидеть подробности (F9 — синхронизировать сейчас)</translation>
        </message>
        <message>
            <source>Clock %1 min</source>
            <translation>Часы %1 мин</translation>
        </message>
    </context>
    <context>
        <name>ExportBundleDialog</name>
        <message>
            <source>Export changes for the head office</source>
            <translation>Экспорт изменений для головного офиса</translation>
        </message>
        <message>
            <source>File &amp;name</source>
            <translation>&amp;Имя файла</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Папка для пакета</translation>
        </message>
        <message>
            <source>Choose a folder that exists (insert the USB stick first).</source>
            <translation>Выберите существующую папку (сначала вставьте флешку).</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Запись…</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Запись пакета…</translation>
        </message>
        <message>
            <source>Written: %1
%2 change(s) and %3 file(s). Give the file to the head office; import their reply here when it comes back.</source>
            <translation>Записано: %1
Изменений: %2, файлов: %3. Передайте файл в головной офис; когда придёт ответ, импортируйте его здесь.</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Папка</translation>
        </message>
        <message>
            <source>A USB stick, or a folder whose file you send by e-mail</source>
            <translation>Флешка или папка, из которой вы отправите файл по почте</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet acknowledged by the head office go into the file, with the attachments not yet sent. Write it to a USB stick, or to a folder and send the file by e-mail.</source>
            <translation>
                <numerusform>В файл попадёт %n изменение, ещё не подтверждённое головным офисом, и неотправленные вложения. Запишите его на флешку или в папку и отправьте файл по почте.</numerusform>
                <numerusform>В файл попадут %n изменения, ещё не подтверждённые головным офисом, и неотправленные вложения. Запишите его на флешку или в папку и отправьте файл по почте.</numerusform>
                <numerusform>В файл попадут %n изменений, ещё не подтверждённых головным офисом, и неотправленные вложения. Запишите его на флешку или в папку и отправьте файл по почте.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every change made here has been acknowledged; the file still tells the head office what this laptop has received. Write it to a USB stick, or to a folder and send the file by e-mail.</source>
            <translation>Все изменения, сделанные здесь, подтверждены; файл всё равно сообщит головному офису, что получил этот ноутбук. Запишите его на флешку или в папку и отправьте файл по почте.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet, so it cannot export its changes. Enrol it first: on the Sync page choose “Enrol this laptop…” and give the enrolment file or the one-time code from the head office.</source>
            <translation>Этот ноутбук ещё не подключён к головному офису, поэтому выгрузить его изменения нельзя. Сначала подключите его: на странице «Синхронизация» выберите «Подключить ноутбук…» и укажите файл подключения или одноразовый код от головного офиса.</translation>
        </message>
    </context>
    <context>
        <name>HeadOfficePage</name>
        <message>
            <source>Head office</source>
            <translation>Головной офис</translation>
        </message>
        <message>
            <source>For the head office: this computer keeps the hub's data folder (the same folder as “fieldapp server --data”), enrols and revokes laptops, takes in their bundles from USB sticks or e-mail and can serve a synced folder — no server needed.</source>
            <translation>Для головного офиса: этот компьютер хранит папку данных центра синхронизации (ту же, что «fieldapp server --data»), подключает ноутбуки и отзывает их доступ, принимает их пакеты с флешек или по почте и может обслуживать общую облачную папку — сервер не нужен.</translation>
        </message>
        <message>
            <source>Hub data folder</source>
            <translation>Папка данных центра синхронизации</translation>
        </message>
        <message>
            <source>&amp;Open or create…</source>
            <translation>&amp;Открыть или создать…</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Устройства</translation>
        </message>
        <message>
            <source>Conflicts across the programme</source>
            <translation>Конфликты по всей программе</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Общая папка</translation>
        </message>
        <message>
            <source>&amp;Enrol a device…</source>
            <translation>&amp;Подключить устройство…</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Отозвать доступ…</translation>
        </message>
        <message>
            <source>&amp;Import a laptop's bundle…</source>
            <translation>&amp;Импортировать пакет ноутбука…</translation>
        </message>
        <message>
            <source>E&amp;xport for the device…</source>
            <translation>Э&amp;кспорт для устройства…</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Доступ</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Последняя связь</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>Получено изменений</translation>
        </message>
        <message>
            <source>Waiting for it</source>
            <translation>Ждут отправки ему</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Открытые конфликты</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <source>Kept (who)</source>
            <translation>Оставлено (кем)</translation>
        </message>
        <message>
            <source>Set aside (who)</source>
            <translation>Отложено (кем)</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Обнаружен</translation>
        </message>
        <message>
            <source>&amp;Folder shared with the laptops</source>
            <translation>&amp;Общая с ноутбуками папка</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>В&amp;ыбрать…</translation>
        </message>
        <message>
            <source>&amp;Serve it (every minute while FieldApp is open)</source>
            <translation>&amp;Обслуживать (каждую минуту, пока FieldApp открыт)</translation>
        </message>
        <message>
            <source>Sync the folder &amp;now</source>
            <translation>Запустить &amp;синхронизацию папки</translation>
        </message>
        <message>
            <source>A folder of OneDrive, Google Drive, Yandex Disk, Nextcloud or a network share that the laptops also sync with: their bundles are taken in and each gets its reply.</source>
            <translation>Папка OneDrive, Google Drive, Яндекс Диска, Nextcloud или сетевая папка, через которую идёт синхронизация с ноутбуками: их пакеты принимаются, и каждый получает ответ.</translation>
        </message>
        <message>
            <source>Choose the hub's data folder to start.</source>
            <translation>Чтобы начать, выберите папку данных центра синхронизации.</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>подключено</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>доступ отозван</translation>
        </message>
        <message>
            <source>code not used yet</source>
            <translation>код ещё не использован</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>всё</translation>
        </message>
        <message>
            <source>head office</source>
            <translation>головной офис</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Отозвать доступ</translation>
        </message>
        <message>
            <source>Revoke %1? Its token stops working at once; what it has not sent is lost with it.</source>
            <translation>Отозвать доступ «%1»? Устройство сразу перестанет синхронизироваться; то, что оно не успело отправить, будет потеряно.</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>Доступ «%1» отозван.</translation>
        </message>
        <message>
            <source>Bundle for %1</source>
            <translation>Пакет для «%1»</translation>
        </message>
        <message>
            <source>FieldApp bundles (*.fab)</source>
            <translation>Пакеты FieldApp (*.fab)</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Записано: %1</translation>
        </message>
        <message>
            <source>Folder shared with the laptops</source>
            <translation>Общая с ноутбуками папка</translation>
        </message>
        <message>
            <source>Taken in: %1, left for the next run: %2, replies written: %3.</source>
            <translation>Принято: %1, оставлено до следующего раза: %2, записано ответов: %3.</translation>
        </message>
        <message>
            <source>Not yet sent from it</source>
            <translation>Ещё не отправлено с него</translation>
        </message>
        <message>
            <source>Its own changes that had not reached the head office, as the laptop said at its last sync over the network</source>
            <translation>Его собственные изменения, ещё не дошедшие до головного офиса, — по словам ноутбука при последней синхронизации по сети</translation>
        </message>
        <message>
            <source>As the laptop said on %1</source>
            <translation>По данным ноутбука на %1</translation>
        </message>
    </context>
    <context>
        <name>ImportBundleDialog</name>
        <message>
            <source>Import a laptop's bundle</source>
            <translation>Импорт пакета ноутбука</translation>
        </message>
        <message>
            <source>Import from the head office</source>
            <translation>Импорт из головного офиса</translation>
        </message>
        <message>
            <source>&amp;Bundle file</source>
            <translation>&amp;Файл пакета</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <source>Chec&amp;k</source>
            <translation>Про&amp;верить</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>What it will apply</source>
            <translation>Что будет применено</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Bundle to import</source>
            <translation>Пакет для импорта</translation>
        </message>
        <message>
            <source>FieldApp bundles (*.fab)</source>
            <translation>Пакеты FieldApp (*.fab)</translation>
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation>Проверка пакета…</translation>
        </message>
        <message>
            <source>The head office</source>
            <translation>Головной офис</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Устройство %1</translation>
        </message>
        <message>
            <source>valid: made by the sender and not altered</source>
            <translation>действительна: создан отправителем и не изменён</translation>
        </message>
        <message>
            <source>NOT VALID: altered after it was made, or not made by the sender</source>
            <translation>НЕДЕЙСТВИТЕЛЬНА: пакет изменён после создания или создан не отправителем</translation>
        </message>
        <message>
            <source>not checked (see below)</source>
            <translation>не проверена (см. ниже)</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ничего не импортировано.</translation>
        </message>
        <message numerus="yes">
            <source>%n new change(s) to apply</source>
            <translation>
                <numerusform>%n новое изменение к применению</numerusform>
                <numerusform>%n новых изменения к применению</numerusform>
                <numerusform>%n новых изменений к применению</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already here</source>
            <translation>
                <numerusform>%n уже есть здесь</numerusform>
                <numerusform>%n уже есть здесь</numerusform>
                <numerusform>%n уже есть здесь</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>acknowledges %n of this laptop's changes</source>
            <translation>
                <numerusform>подтверждает %n изменение этого ноутбука</numerusform>
                <numerusform>подтверждает %n изменения этого ноутбука</numerusform>
                <numerusform>подтверждает %n изменений этого ноутбука</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Importing the bundle…</source>
            <translation>Импорт пакета…</translation>
        </message>
        <message>
            <source>Imported from %1: %2 accepted, %3 already had, %4 conflict(s), %5 refused.</source>
            <translation>Импортировано от «%1»: принято %2, уже было %3, конфликтов %4, отклонено %5.</translation>
        </message>
        <message>
            <source>Imported: %1 applied, %2 already had, %3 conflict(s), %4 of my changes refused; %5 of my changes acknowledged.</source>
            <translation>Импортировано: применено %1, уже было %2, конфликтов %3, отклонено моих изменений %4; подтверждено моих изменений %5.</translation>
        </message>
        <message>
            <source>Acknowledgement written: %1 — take it back with the next bundle.</source>
            <translation>Подтверждение записано: %1 — отвезите его обратно со следующим пакетом.</translation>
        </message>
    </context>
    <context>
        <name>InboxAction</name>
        <message>
            <source>Conflicts and re&amp;jections…</source>
            <translation>Конфликты и от&amp;клонённые…</translation>
        </message>
        <message>
            <source>Conflicts and re&amp;jections (%1)…</source>
            <translation>Конфликты и от&amp;клонённые (%1)…</translation>
        </message>
    </context>
    <context>
        <name>InboxDialog</name>
        <message>
            <source>Conflicts and rejections</source>
            <translation>Конфликты и отклонённые изменения</translation>
        </message>
        <message>
            <source>Nothing to review: no conflicts, and the head office refused none of the changes made here.</source>
            <translation>Разбирать нечего: конфликтов нет, и головной офис не отклонил ни одного изменения, сделанного здесь.</translation>
        </message>
        <message>
            <source>deleted on one side, changed on the other</source>
            <translation>удалено с одной стороны, изменено с другой</translation>
        </message>
        <message>
            <source>an action refused</source>
            <translation>действие отклонено</translation>
        </message>
        <message>
            <source>Conflict: %1 — %2</source>
            <translation>Конфликт: %1 — %2</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Отклонено: %1</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>этот ноутбук</translation>
        </message>
        <message>
            <source>another device</source>
            <translation>другое устройство</translation>
        </message>
        <message>
            <source>Mine: %1 (%2). Theirs: %3.</source>
            <translation>Моё: %1 (%2). Их: %3.</translation>
        </message>
        <message>
            <source>&amp;Understood</source>
            <translation>&amp;Понятно</translation>
        </message>
        <message>
            <source>The record was deleted on one side and changed on the other; it was kept. Keep it, or delete it again?</source>
            <translation>Запись удалили с одной стороны и изменили с другой; она сохранена. Оставить её или удалить снова?</translation>
        </message>
        <message>
            <source>&amp;Keep the record</source>
            <translation>&amp;Оставить запись</translation>
        </message>
        <message>
            <source>&amp;Delete it again</source>
            <translation>&amp;Удалить снова</translation>
        </message>
        <message>
            <source>Both sides changed the same field. The record now holds “theirs” if it won, “mine” otherwise; choose what it should hold.</source>
            <translation>Обе стороны изменили одно и то же поле. Сейчас в записи «их» значение, если оно победило, иначе «моё»; выберите, что должно остаться.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Моё</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Их</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Исходное</translation>
        </message>
        <message>
            <source>Merged value</source>
            <translation>Объединённое значение</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Оставить &amp;моё</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Оставить &amp;их</translation>
        </message>
        <message>
            <source>&amp;Use the merged value</source>
            <translation>&amp;Записать объединённое значение</translation>
        </message>
        <message>
            <source>Changed by %1 on %2; the head office refused it.</source>
            <translation>Изменено: %1, %2; головной офис его отклонил.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Причина: %1</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Send instead</source>
            <translation>Отправить вместо этого</translation>
        </message>
        <message>
            <source>&amp;Send again with these values</source>
            <translation>&amp;Отправить снова с этими значениями</translation>
        </message>
        <message>
            <source>&amp;Leave it refused</source>
            <translation>&amp;Оставить отклонённым</translation>
        </message>
        <message>
            <source>%1 (now in the record)</source>
            <translation>%1 (сейчас в записи)</translation>
        </message>
    </context>
    <context>
        <name>SyncFileButtons</name>
        <message>
            <source>E&amp;xport changes for the head office…</source>
            <translation>Э&amp;кспорт изменений для головного офиса…</translation>
        </message>
        <message>
            <source>I&amp;mport from the head office…</source>
            <translation>И&amp;мпорт из головного офиса…</translation>
        </message>
        <message>
            <source>Conflicts and re&amp;jections (%1)…</source>
            <translation>Конфликты и от&amp;клонённые (%1)…</translation>
        </message>
        <message>
            <source>Conflicts and re&amp;jections…</source>
            <translation>Конфликты и от&amp;клонённые…</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Grant agreement</source>
            <translation>Договор о гранте</translation>
        </message>
        <message>
            <source>&amp;Grantee</source>
            <translation>&amp;Грантополучатель</translation>
        </message>
        <message>
            <source>&amp;Bank details</source>
            <translation>&amp;Банковские реквизиты</translation>
        </message>
        <message>
            <source>&amp;Money and term</source>
            <translation>&amp;Сумма и сроки</translation>
        </message>
        <message>
            <source>Grantee is</source>
            <translation>Грантополучатель —</translation>
        </message>
        <message>
            <source>Organisation's name</source>
            <translation>Наименование организации</translation>
        </message>
        <message>
            <source>BIN</source>
            <translation>БИН</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Representative (full name)</source>
            <translation>Представитель (ФИО)</translation>
        </message>
        <message>
            <source>Position (for an organisation)</source>
            <translation>Должность (для организации)</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Удостоверение личности</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>ИИК (IBAN)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>Place of signing</source>
            <translation>Место заключения</translation>
        </message>
        <message>
            <source>Starts (dd.mm.yyyy)</source>
            <translation>Начало (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Ends (dd.mm.yyyy)</source>
            <translation>Окончание (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Akimat co-funding, ₸</source>
            <translation>Софинансирование акимата, ₸</translation>
        </message>
        <message>
            <source>Community contribution in kind, ₸</source>
            <translation>Неденежный вклад сообщества, ₸</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Волонтёрские часы</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Транши</translation>
        </message>
        <message>
            <source>Grant amount</source>
            <translation>Сумма гранта</translation>
        </message>
        <message>
            <source>the initiative group, through its representative</source>
            <translation>инициативная группа в лице представителя</translation>
        </message>
        <message>
            <source>a partner organisation</source>
            <translation>организация-партнёр</translation>
        </message>
        <message>
            <source>Kind, number, issued by and on, e.g. удостоверение личности № 012345678, выдано МВД РК 01.02.2015</source>
            <translation>Вид, номер, кем и когда выдан, например: удостоверение личности № 012345678, выдано МВД РК 01.02.2015</translation>
        </message>
        <message>
            <source>Agreement %1 · application %2 · %3 · %4</source>
            <translation>Договор %1 · заявка %2 · %3 · %4</translation>
        </message>
        <message>
            <source>Paid %1, balance %2.</source>
            <translation>Выплачено %1, остаток %2.</translation>
        </message>
        <message>
            <source>Missing for printing: %1.</source>
            <translation>Для печати не хватает: %1.</translation>
        </message>
        <message>
            <source>Signed: a change needs an amendment.</source>
            <translation>Подписан: изменения — только дополнительным соглашением.</translation>
        </message>
    </context>
    <context>
        <name>Agreements</name>
        <message>
            <source>Amount, ₸</source>
            <translation>Сумма, ₸</translation>
        </message>
        <message>
            <source>Paid when</source>
            <translation>Условие выплаты</translation>
        </message>
        <message>
            <source>Due (dd.mm.yyyy)</source>
            <translation>Срок (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>&amp;Add a tranche</source>
            <translation>&amp;Добавить транш</translation>
        </message>
        <message>
            <source>Remo&amp;ve the tranche</source>
            <translation>&amp;Удалить транш</translation>
        </message>
        <message>
            <source>This agreement no longer exists</source>
            <translation>Этого договора больше нет</translation>
        </message>
        <message>
            <source>Application {number} is {status}: an agreement is made for an approved one</source>
            <translation>Заявка {number} — {status}: договор составляется по одобренной заявке</translation>
        </message>
        <message>
            <source>Application {number} already has agreement {agreement}</source>
            <translation>По заявке {number} уже есть договор {agreement}</translation>
        </message>
        <message>
            <source>Agreement {number} is {status}: a change needs an amendment</source>
            <translation>Договор {number} — {status}: изменения — только дополнительным соглашением</translation>
        </message>
        <message>
            <source>Agreement {number} already has its number; it never changes</source>
            <translation>У договора {number} уже есть номер, он не меняется</translation>
        </message>
        <message>
            <source>The date of signing is in the future</source>
            <translation>Дата подписания ещё не наступила</translation>
        </message>
        <message>
            <source>Agreement {number} cannot be signed yet; missing: {fields}</source>
            <translation>Договор {number} пока нельзя подписать, не хватает: {fields}</translation>
        </message>
        <message>
            <source>Choose the kind of grantee</source>
            <translation>Выберите, кто грантополучатель</translation>
        </message>
        <message>
            <source>This tranche no longer exists</source>
            <translation>Этого транша больше нет</translation>
        </message>
        <message>
            <source>The amount paid must be more than zero</source>
            <translation>Сумма выплаты должна быть больше нуля</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} is paid already</source>
            <translation>Транш {number} по договору {agreement} уже выплачен</translation>
        </message>
        <message>
            <source>{amount} would pay beyond agreement {agreement}: {balance} is left of it</source>
            <translation>{amount} — больше, чем осталось по договору {agreement}: остаток {balance}</translation>
        </message>
        <message>
            <source>Only the head office may pay a tranche whose condition is not met</source>
            <translation>Выплатить транш при невыполненном условии может только головной офис</translation>
        </message>
        <message>
            <source>Agreement {agreement} is not signed yet: nothing is paid before it is</source>
            <translation>Договор {agreement} ещё не подписан: до подписания выплат нет</translation>
        </message>
        <message>
            <source>Tranche {earlier} is not paid yet: tranches are paid in order</source>
            <translation>Транш {earlier} ещё не выплачен: транши выплачиваются по порядку</translation>
        </message>
        <message>
            <source>The condition of tranche {number} is not met yet: {condition}. The head office may pay it with a reason.</source>
            <translation>Условие транша {number} ещё не выполнено: {condition}. Головной офис может выплатить его, указав причину.</translation>
        </message>
        <message>
            <source>Tranche {number}: {problem}</source>
            <translation>Транш {number}: {problem}</translation>
        </message>
        <message>
            <source>The schedule needs at least one tranche</source>
            <translation>В графике нужен хотя бы один транш</translation>
        </message>
        <message>
            <source>The tranches add up to {total}; the grant is {amount}</source>
            <translation>Сумма траншей — {total}, а грант — {amount}</translation>
        </message>
        <message>
            <source>A payment is recorded once it is made: the date is in the future</source>
            <translation>Выплата вносится после того, как она сделана: дата ещё не наступила</translation>
        </message>
        <message>
            <source>The payment date is before the agreement was signed ({date})</source>
            <translation>Дата выплаты раньше подписания договора ({date})</translation>
        </message>
        <message>
            <source>{amount} is more than tranche {number}: {unpaid} of it is unpaid (the next tranche is paid on its own condition)</source>
            <translation>{amount} — больше суммы транша {number}: по нему не выплачено {unpaid} (следующий транш выплачивается по своему условию)</translation>
        </message>
        <message>
            <source>The project of agreement {number} ends on {ends}, before this date of signing: change its term first (Money and term)</source>
            <translation>Проект по договору {number} заканчивается {ends}, раньше этой даты подписания: сначала измените его сроки (Сумма и сроки)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation>Выплата транша</translation>
        </message>
        <message>
            <source>&amp;Tranche</source>
            <translation>&amp;Транш</translation>
        </message>
        <message>
            <source>&amp;Paid on (dd.mm.yyyy)</source>
            <translation>&amp;Дата выплаты (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>&amp;Amount paid, ₸</source>
            <translation>&amp;Сумма выплаты, ₸</translation>
        </message>
        <message>
            <source>Payment &amp;order (number)</source>
            <translation>Платёжное &amp;поручение (номер)</translation>
        </message>
        <message>
            <source>&amp;Override reason (head office, condition unmet)</source>
            <translation>&amp;Причина исключения (головной офис, условие не выполнено)</translation>
        </message>
        <message>
            <source>Agreement %1: %2 · paid %3, balance %4</source>
            <translation>Договор %1: %2 · выплачено %3, остаток %4</translation>
        </message>
        <message>
            <source>%1. %2 — %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>paid %1</source>
            <translation>выплачен %1</translation>
        </message>
        <message>
            <source>This tranche is paid.</source>
            <translation>Этот транш выплачен.</translation>
        </message>
        <message>
            <source>The condition is met: the tranche may be paid.</source>
            <translation>Условие выполнено: транш можно выплатить.</translation>
        </message>
        <message>
            <source>The condition is not met yet (%1).</source>
            <translation>Условие ещё не выполнено (%1).</translation>
        </message>
        <message>
            <source>Tranche %1 is %2; %3 is paid. A tranche is paid once: the %4 left of it can then be paid only after an amendment. Record %3?</source>
            <translation>Транш %1 — %2; выплачивается %3. Транш выплачивается один раз: оставшиеся %4 можно будет выплатить только после дополнительного соглашения. Внести %3?</translation>
        </message>
        <message>
            <source>Less than the tranche</source>
            <translation>Меньше суммы транша</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Agreement signed</source>
            <translation>Договор подписан</translation>
        </message>
        <message>
            <source>Record the day both parties signed. The agreement gets its official number and is locked: a later change needs an amendment.</source>
            <translation>Укажите день, когда стороны подписали договор. Договор получит официальный номер и будет закрыт для изменений: дальше — только дополнительным соглашением.</translation>
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation>&amp;Дата подписания (дд.мм.гггг)</translation>
        </message>
    </context>
    <context>
        <name>LocationField</name>
        <message>
            <source>Open in map</source>
            <translation>Открыть на карте</translation>
        </message>
        <message>
            <source>Decimal degrees (43.653611, 51.167222) or degrees, minutes and seconds (43°39'13"N 51°10'02"E)</source>
            <translation>Десятичные градусы (43.653611, 51.167222) или градусы, минуты и секунды (43°39'13"N 51°10'02"E)</translation>
        </message>
    </context>
    <context>
        <name>PhotoList</name>
        <message>
            <source>Add photos…</source>
            <extracomment>the user asked to add these files (the dialog prepares them off the GUI thread) "use this photo's place" for the visit's location key (photo id or "new:&lt;sha&gt;") → [caption, taken_at, latitude, longitude, file name, PhotoFile or None]</extracomment>
            <translation>Добавить фото…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <source>Use this photo's place</source>
            <translation>Взять место с этого фото</translation>
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation>&amp;Подпись:</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Добавить фото</translation>
        </message>
        <message>
            <source>Photos (%1)</source>
            <translation>Фотографии (%1)</translation>
        </message>
        <message>
            <source>Add the photos of a folder</source>
            <translation>Добавить фото из папки</translation>
        </message>
        <message>
            <source>No photos yet: add them from the camera's folder or a USB stick.</source>
            <translation>Фото пока нет: добавьте их из папки камеры или с флешки.</translation>
        </message>
        <message>
            <source>time unknown</source>
            <translation>время неизвестно</translation>
        </message>
        <message>
            <source>no GPS position</source>
            <translation>нет GPS-координат</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Grantee report (accepted %1)</source>
            <translation>Отчёт грантополучателя (принят %1)</translation>
        </message>
        <message>
            <source>Spent %1 of the grant's %2</source>
            <translation>Потрачено %1 из %2 гранта</translation>
        </message>
        <message>
            <source>An amount spent is not a sum of money</source>
            <translation>Потраченная сумма — не денежная сумма</translation>
        </message>
        <message>
            <source>Grantee report</source>
            <translation>Отчёт грантополучателя</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Проект:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Submitted on:</source>
            <translation>&amp;Дата представления:</translation>
        </message>
        <message>
            <source>Spending per budget line:</source>
            <translation>Расходы по статьям бюджета:</translation>
        </message>
        <message>
            <source>&amp;Co-funding delivered:</source>
            <translation>&amp;Внесённое софинансирование:</translation>
        </message>
        <message>
            <source>&amp;Volunteer hours:</source>
            <translation>&amp;Волонтёрские часы:</translation>
        </message>
        <message>
            <source>Beneficiaries reached:</source>
            <translation>Охвачено благополучателей:</translation>
        </message>
        <message>
            <source>&amp;Narrative:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Промежуточный</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Итоговый</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Статья бюджета</translation>
        </message>
        <message>
            <source>Grant budget</source>
            <translation>Бюджет гранта</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Потрачено</translation>
        </message>
        <message>
            <source>Women and girls</source>
            <translation>Женщины и девочки</translation>
        </message>
        <message>
            <source>Men and boys</source>
            <translation>Мужчины и мальчики</translation>
        </message>
    </context>
    <context>
        <name>TimelineDialog</name>
        <message>
            <source>Application received</source>
            <translation>Заявка получена</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Одобрена</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Договор подписан</translation>
        </message>
        <message>
            <source>Tranche due</source>
            <translation>Срок транша</translation>
        </message>
        <message>
            <source>Tranche paid</source>
            <translation>Транш выплачен</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Мониторинговый визит</translation>
        </message>
        <message>
            <source>Grantee report</source>
            <translation>Отчёт грантополучателя</translation>
        </message>
        <message>
            <source>Report accepted</source>
            <translation>Отчёт принят</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Последующее действие</translation>
        </message>
        <message>
            <source>Action closed</source>
            <translation>Действие закрыто</translation>
        </message>
        <message>
            <source>Project completed</source>
            <translation>Проект завершён</translation>
        </message>
        <message>
            <source>Tranche %1: %2</source>
            <translation>Транш %1: %2</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Final acceptance</source>
            <translation>Итоговая приёмка</translation>
        </message>
        <message>
            <source>next tranche released</source>
            <translation>следующий транш — выплатить</translation>
        </message>
        <message>
            <source>next tranche held</source>
            <translation>следующий транш приостановлен</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>решение не принято</translation>
        </message>
        <message>
            <source>Progress report</source>
            <translation>Промежуточный отчёт</translation>
        </message>
        <message>
            <source>Completion report</source>
            <translation>Итоговый отчёт</translation>
        </message>
        <message>
            <source>%1 (who: %2, due %3)</source>
            <translation>%1 (кто: %2, срок %3)</translation>
        </message>
        <message>
            <source>Project timeline</source>
            <translation>Хронология проекта</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Beneficiaries reached: %1</source>
            <translation>Охвачено благополучателей: %1</translation>
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
            <translation>Не проверено</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>Не применимо</translation>
        </message>
        <message>
            <source>Progress against the work plan</source>
            <translation>Ход работ по плану</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Контрольный список</translation>
        </message>
        <message>
            <source>The application has no work plan.</source>
            <translation>В заявке нет плана работ.</translation>
        </message>
        <message>
            <source>New site visit</source>
            <translation>Новый мониторинговый визит</translation>
        </message>
        <message>
            <source>Site visit (draft)</source>
            <translation>Мониторинговый визит (черновик)</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Мониторинговый визит</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Проект:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Время:</translation>
        </message>
        <message>
            <source>O&amp;fficer:</source>
            <translation>&amp;Сотрудник:</translation>
        </message>
        <message>
            <source>Announced:</source>
            <translation>Согласован:</translation>
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation>&amp;Цель:</translation>
        </message>
        <message>
            <source>People &amp;met:</source>
            <translation>С &amp;кем встречались:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Координаты:</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>&amp;Выявлено:</translation>
        </message>
        <message>
            <source>&amp;Beneficiary feedback:</source>
            <translation>&amp;Отзывы благополучателей:</translation>
        </message>
        <message>
            <source>People seen &amp;using the site:</source>
            <translation>Людей &amp;на объекте:</translation>
        </message>
        <message>
            <source>Next &amp;tranche:</source>
            <translation>Следующий &amp;транш:</translation>
        </message>
        <message>
            <source>&amp;Reason for the hold:</source>
            <translation>&amp;Причина приостановки:</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Согласован заранее</translation>
        </message>
        <message>
            <source>Unannounced</source>
            <translation>Без предупреждения</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <source>Final acceptance</source>
            <translation>Итоговая приёмка</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Решение ещё не принято</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Выплатить</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Приостановить</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <source>Progress and checklist</source>
            <translation>Ход работ и контрольный список</translation>
        </message>
        <message>
            <source>Findings and decision</source>
            <translation>Выводы и решение</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Фотографии</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Последующие действия</translation>
        </message>
        <message>
            <source>What must be done after this visit, by whom and by when (Insert adds a row). Open actions show on the officer's list until someone closes them.</source>
            <translation>Что нужно сделать после визита, кто и к какому сроку (Insert добавляет строку). Открытые действия видны в списке сотрудника, пока их не закроют.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что сделать</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation>&amp;Добавить действие</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>Сохранить &amp;черновик</translation>
        </message>
        <message>
            <source>&amp;Finish visit</source>
            <translation>&amp;Завершить визит</translation>
        </message>
        <message>
            <source>Everything is in order: finishing this visit completes the project.</source>
            <translation>Всё в порядке: когда вы завершите этот визит, проект будет завершён.</translation>
        </message>
        <message>
            <source>Not yet in order for completion: %1.</source>
            <translation>Для завершения проекта не хватает: %1.</translation>
        </message>
        <message>
            <source>Project %1 is completed on %2: %3 beneficiaries reached.</source>
            <translation>Проект %1 завершён %2: охвачено благополучателей — %3.</translation>
        </message>
        <message>
            <source>The visit is finished. Project %1 is not completed yet: %2.</source>
            <translation>Визит завершён. Проект %1 ещё не завершён: %2.</translation>
        </message>
        <message>
            <source>Choose the project…</source>
            <translation>Выберите проект…</translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Checklist of site visits</source>
            <translation>Контрольный список мониторинговых визитов</translation>
        </message>
        <message>
            <source>One item a row, in Russian (required), Kazakh and English. Insert adds a row, Delete removes one. Visits already recorded keep their own words.</source>
            <translation>Один пункт в строке: по-русски (обязательно), по-казахски и по-английски. Insert добавляет строку, Delete удаляет. Уже записанные визиты сохраняют свои формулировки.</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Казахский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
    </context>
    <context>
        <name>FigureListDialog</name>
        <message>
            <source>No records behind this figure.</source>
            <translation>За этим числом нет записей.</translation>
        </message>
    </context>
    <context>
        <name>ScheduledExportDialog</name>
        <message>
            <source>Scheduled exports</source>
            <translation>Выгрузка по расписанию</translation>
        </message>
        <message>
            <source>The figures and records (without personal data) are written to a folder — a synced cloud folder or a network share — after each sync and/or every day at a set time. Older exports beyond the number kept are removed.</source>
            <translation>Показатели и записи (без персональных данных) записываются в папку — синхронизируемую облачную папку или сетевую — после каждой синхронизации и/или каждый день в заданное время. Старые выгрузки сверх указанного числа удаляются.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Keep the last:</source>
            <translation>&amp;Хранить последних:</translation>
        </message>
        <message>
            <source>&amp;Daily at (HH:MM):</source>
            <translation>&amp;Ежедневно в (ЧЧ:ММ):</translation>
        </message>
        <message>
            <source>After each &amp;sync:</source>
            <translation>После каждой &amp;синхронизации:</translation>
        </message>
        <message>
            <source>Last export:</source>
            <translation>Последняя выгрузка:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>export after each successful sync</source>
            <translation>выгружать после каждой успешной синхронизации</translation>
        </message>
        <message>
            <source>&amp;Export now</source>
            <translation>&amp;Выгрузить сейчас</translation>
        </message>
        <message>
            <source>Folder for exports</source>
            <translation>Папка для выгрузок</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>Запись выгрузки…</translation>
        </message>
        <message>
            <source>just now: %1</source>
            <translation>только что: %1</translation>
        </message>
    </context>
    <context>
        <name>AgreementData</name>
        <message>
            <source>number</source>
            <translation>номер</translation>
        </message>
        <message>
            <source>draft or signed</source>
            <translation>черновик или подписан</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>tranches</source>
            <translation>транши</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>сумма</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>бюджет</translation>
        </message>
        <message>
            <source>budget totals</source>
            <translation>итоги бюджета</translation>
        </message>
        <message>
            <source>work plan</source>
            <translation>план работ</translation>
        </message>
        <message>
            <source>signatory</source>
            <translation>подписант</translation>
        </message>
        <message>
            <source>grantee's representative</source>
            <translation>представитель грантополучателя</translation>
        </message>
        <message>
            <source>foundation</source>
            <translation>фонд</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>предмет</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>Import bank statement</source>
            <translation>Импорт банковской выписки</translation>
        </message>
        <message>
            <source>Bank statements (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Банковские выписки (*.csv *.txt *.xlsx);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>Import bank statement</source>
            <translation>Импорт банковской выписки</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
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
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Document / result</source>
            <translation>Документ / результат</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Проверка %1…</translation>
        </message>
        <message>
            <source>Record payments</source>
            <translation>Записать платежи</translation>
        </message>
        <message>
            <source>%1 cannot be read as a bank statement</source>
            <translation>%1 не читается как банковская выписка</translation>
        </message>
        <message>
            <source>%1, rows: %2. Each outgoing payment is matched to an unpaid tranche by the agreement number in its purpose and its amount; nothing is recorded until you confirm.</source>
            <translation>%1, строк: %2. Каждый исходящий платёж сопоставляется с невыплаченным траншем по номеру договора в назначении платежа и по сумме; ничего не записывается, пока вы не подтвердите.</translation>
        </message>
        <message>
            <source>To record: payment order %1</source>
            <translation>К записи: платёжное поручение %1</translation>
        </message>
        <message>
            <source>Payments to record: %1 (%2). Rows not matched: %3.</source>
            <translation>Платежей к записи: %1 (%2). Строк без совпадения: %3.</translation>
        </message>
        <message>
            <source>Record the payments (%1)</source>
            <translation>Записать платежи (%1)</translation>
        </message>
    </context>
    <context>
        <name>PaperProjectDialog</name>
        <message>
            <source>Register a project already running on paper</source>
            <translation>Регистрация проекта, уже идущего на бумаге</translation>
        </message>
        <message>
            <source>A project funded and signed on paper before FieldApp: its application is recorded as funded, its agreement as signed under its number, and the payments already made are recorded. Give the BIN when the grantee is an organisation.</source>
            <translation>Проект, профинансированный и подписанный на бумаге до FieldApp: его заявка записывается как профинансированная, договор — как подписанный под своим номером, записываются и уже сделанные выплаты. Укажите БИН, если грантополучатель — организация.</translation>
        </message>
        <message>
            <source>Si&amp;gned on (dd.mm.yyyy)</source>
            <translation>Дата &amp;подписания (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Grant &amp;amount, ₸</source>
            <translation>&amp;Сумма гранта, ₸</translation>
        </message>
        <message>
            <source>&amp;Payments already made (amount, date, payment order)</source>
            <translation>&amp;Уже сделанные выплаты (сумма, дата, платёжное поручение)</translation>
        </message>
        <message>
            <source>Amount, ₸</source>
            <translation>Сумма, ₸</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Payment order</source>
            <translation>Платёжное поручение</translation>
        </message>
    </context>
    <context>
        <name>PaperProjects</name>
        <message>
            <source>Agreement number</source>
            <translation>Номер договора</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation>Грантополучатель</translation>
        </message>
        <message>
            <source>BIN (an organisation)</source>
            <translation>БИН (организации)</translation>
        </message>
        <message>
            <source>Representative's IIN</source>
            <translation>ИИН представителя</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Представитель</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Конкурс</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Название проекта</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Grant amount</source>
            <translation>Сумма гранта</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БИК</translation>
        </message>
        <message>
            <source>Paid %1</source>
            <translation>Выплачено %1</translation>
        </message>
        <message>
            <source>Paid %1: date</source>
            <translation>Выплата %1: дата</translation>
        </message>
        <message>
            <source>Paid %1: payment order</source>
            <translation>Выплата %1: платёжное поручение</translation>
        </message>
        <message>
            <source>Import the register of paper projects</source>
            <translation>Импорт реестра проектов на бумаге</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV register: one row per project already running</source>
            <translation>Реестр Excel (.xlsx) или CSV: одна строка на каждый уже идущий проект</translation>
        </message>
        <message>
            <source>&amp;Grant call of rows that name none</source>
            <translation>&amp;Конкурс для строк без конкурса</translation>
        </message>
        <message>
            <source>Agreement — grantee</source>
            <translation>Договор — грантополучатель</translation>
        </message>
        <message>
            <source>— each row names its call —</source>
            <translation>— конкурс указан в каждой строке —</translation>
        </message>
        <message>
            <source>Each row makes the funded application, the signed agreement under its number, its tranches and the payments made. A number already in the database is skipped.</source>
            <translation>Каждая строка создаёт профинансированную заявку, подписанный договор под его номером, его транши и сделанные выплаты. Номер, который уже есть в базе, пропускается.</translation>
        </message>
        <message>
            <source>paper-projects.xlsx</source>
            <translation>проекты-на-бумаге.xlsx</translation>
        </message>
        <message>
            <source>Paper projects</source>
            <translation>Проекты на бумаге</translation>
        </message>
        <message>
            <source>Projects funded and signed on paper before FieldApp</source>
            <translation>Проекты, профинансированные и подписанные на бумаге до FieldApp</translation>
        </message>
        <message>
            <source>&amp;Import the register…</source>
            <translation>&amp;Импорт реестра…</translation>
        </message>
        <message>
            <source>Projects already running on paper, from an Excel register (Ctrl+Shift+I)</source>
            <translation>Проекты, уже идущие на бумаге, из реестра Excel (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>&amp;Register one by hand…</source>
            <translation>&amp;Зарегистрировать вручную…</translation>
        </message>
        <message>
            <source>Paper projects registered with their agreements and payments: %1.</source>
            <translation>Зарегистрировано проектов на бумаге с договорами и выплатами: %1.</translation>
        </message>
    </context>
    <context>
        <name>Completion</name>
        <message>
            <source>the agreement is {status}, not signed</source>
            <translation>договор в статусе «{status}», а не подписан</translation>
        </message>
        <message>
            <source>no finished final-acceptance visit</source>
            <translation>нет завершённого визита итоговой приёмки</translation>
        </message>
        <message>
            <source>the acceptance visit does not release the project (decision: release)</source>
            <translation>визит приёмки не разрешает выплату по проекту (нужно решение «Выплатить»)</translation>
        </message>
        <message>
            <source>checklist items not answered “Yes” or “Does not apply”: {items}</source>
            <translation>пункты контрольного списка без ответа «Да» или «Не применимо»: {items}</translation>
        </message>
        <message>
            <source>follow-up actions still open: {count}</source>
            <translation>открытых последующих действий: {count}</translation>
        </message>
        <message>
            <source>no completion report from the grantee</source>
            <translation>нет итогового отчёта грантополучателя</translation>
        </message>
        <message>
            <source>the completion report of {submitted_on} is not accepted yet</source>
            <translation>итоговый отчёт от {submitted_on} ещё не принят</translation>
        </message>
        <message>
            <source>tranches not paid yet: {numbers}</source>
            <translation>не выплачены транши: {numbers}</translation>
        </message>
        <message>
            <source>Only the head office changes an agreement that is {status}</source>
            <translation>Договор в статусе «{status}» меняет только головной офис</translation>
        </message>
        <message>
            <source>The project is not in order at the head office: it cannot be completed yet</source>
            <translation>По данным головного офиса проект ещё не в порядке: его нельзя завершить</translation>
        </message>
        <message>
            <source>The completion must record the date {date} and {reached} beneficiaries reached, as the completion report says</source>
            <translation>При завершении записываются дата {date} и {reached} охваченных благополучателей, как в итоговом отчёте</translation>
        </message>
        <message>
            <source>The project is completed at the head office and stays so</source>
            <translation>В головном офисе проект завершён и остаётся завершённым</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Agreement %1 · %2 · paid %3. Change what the amendment changes and give the reason; the changes apply once the amendment is signed.</source>
            <translation>Договор %1 · %2 · выплачено %3. Измените то, что меняет дополнительное соглашение, и укажите основание; изменения вступят в силу после его подписания.</translation>
        </message>
        <message>
            <source>Amend the agreement</source>
            <translation>Дополнительное соглашение к договору</translation>
        </message>
        <message>
            <source>&amp;Reason, amount and term</source>
            <translation>&amp;Основание, сумма и срок</translation>
        </message>
        <message>
            <source>&amp;Bank details and signatory</source>
            <translation>&amp;Реквизиты и подписант</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Основание изменений</translation>
        </message>
        <message>
            <source>Grant amount, ₸</source>
            <translation>Сумма гранта, ₸</translation>
        </message>
        <message>
            <source>Starts (dd.mm.yyyy)</source>
            <translation>Начало (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Ends (dd.mm.yyyy)</source>
            <translation>Окончание (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Tranches</source>
            <translation>Транши</translation>
        </message>
        <message>
            <source>Representative (full name)</source>
            <translation>Представитель (ФИО)</translation>
        </message>
        <message>
            <source>Position (for an organisation)</source>
            <translation>Должность (для организации)</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Документ, удостоверяющий личность</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>ИИК (IBAN)</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>БИК</translation>
        </message>
    </context>
    <context>
        <name>Amendments</name>
        <message>
            <source>The scanned signed copy</source>
            <translation>Скан подписанного экземпляра</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Сканы (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>Scanned signed copy</source>
            <translation>Скан подписанного экземпляра</translation>
        </message>
        <message>
            <source>No scanned signed copy is attached on this computer yet.</source>
            <translation>На этом компьютере скан подписанного экземпляра пока не приложен.</translation>
        </message>
        <message>
            <source>{name} cannot be read</source>
            <translation>Файл {name} не читается</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a scanned copy may be at most {limit} MB</source>
            <translation>Файл {name} занимает {size} МБ; скан может быть не больше {limit} МБ</translation>
        </message>
        <message>
            <source>{name} is not a PDF, JPEG or PNG file</source>
            <translation>Файл {name} — не PDF, JPEG или PNG</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete</source>
            <translation>Файл {name} повреждён или записан не полностью</translation>
        </message>
        <message>
            <source>Agreement {number} was signed on {signed_on}</source>
            <translation>Договор {number} подписан {signed_on}</translation>
        </message>
        <message>
            <source>This amendment no longer exists</source>
            <translation>Этого дополнительного соглашения больше нет</translation>
        </message>
        <message>
            <source>Agreement {number} is {status}: an amendment changes a signed agreement</source>
            <translation>Договор {number}: {status}; дополнительное соглашение меняет подписанный договор</translation>
        </message>
        <message>
            <source>Amendment № {number} of agreement {agreement} is not signed yet: sign or withdraw it first</source>
            <translation>Дополнительное соглашение № {number} к договору {agreement} ещё не подписано: сначала подпишите или отзовите его</translation>
        </message>
        <message>
            <source>{field} is not changed by an amendment</source>
            <translation>Поле «{field}» не меняется дополнительным соглашением</translation>
        </message>
        <message>
            <source>The reason for the change is required</source>
            <translation>Укажите основание изменений</translation>
        </message>
        <message>
            <source>Nothing differs from agreement {agreement}: an amendment changes at least one clause</source>
            <translation>Ничего не отличается от договора {agreement}: дополнительное соглашение меняет хотя бы одно условие</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} was paid {paid}: it cannot be reduced below that</source>
            <translation>По договору {agreement} транш {number} выплачен в сумме {paid}: уменьшить его ниже этой суммы нельзя</translation>
        </message>
        <message>
            <source>{paid} of agreement {agreement} is paid already: the grant cannot be less</source>
            <translation>По договору {agreement} уже выплачено {paid}: сумма гранта не может быть меньше</translation>
        </message>
        <message>
            <source>The new amount of agreement {agreement} does not fit the unpaid tranches: change the schedule too</source>
            <translation>Новая сумма договора {agreement} не укладывается в невыплаченные транши: измените и график траншей</translation>
        </message>
        <message>
            <source>Amendment № {number} is signed already</source>
            <translation>Дополнительное соглашение № {number} уже подписано</translation>
        </message>
        <message>
            <source>Agreement {agreement} was signed on {signed_on}: its amendment cannot be signed before</source>
            <translation>Договор {agreement} подписан {signed_on}: дополнительное соглашение не может быть подписано раньше</translation>
        </message>
        <message>
            <source>Agreement {agreement} changed since amendment № {number} was written: withdraw it and write it again</source>
            <translation>Договор {agreement} изменился после составления дополнительного соглашения № {number}: отзовите его и составьте заново</translation>
        </message>
        <message>
            <source>Amendment № {number} is not signed yet: its copy is attached when it is signed</source>
            <translation>Дополнительное соглашение № {number} ещё не подписано: скан прикладывается при подписании</translation>
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} is paid: it cannot grow by {more}; put that on a tranche still to pay</source>
            <translation>Транш {number} по договору {agreement} выплачен: его нельзя увеличить на {more}; внесите эту сумму в ещё не выплаченный транш</translation>
        </message>
    </context>
    <context>
        <name>AmendmentsDialog</name>
        <message>
            <source>Amendments</source>
            <translation>Дополнительные соглашения</translation>
        </message>
        <message>
            <source>№</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>&amp;Amend…</source>
            <translation>&amp;Составить…</translation>
        </message>
        <message>
            <source>&amp;Signed…</source>
            <translation>&amp;Подписано…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>П&amp;ечать…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Отозвать</translation>
        </message>
        <message>
            <source>Open the signed &amp;copy</source>
            <translation>Открыть &amp;скан</translation>
        </message>
        <message>
            <source>Agreement %1 · %2 · %3</source>
            <translation>Договор %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Withdraw the amendment</source>
            <translation>Отзыв дополнительного соглашения</translation>
        </message>
        <message>
            <source>Withdraw amendment № %1? It is kept in the history; its number is not given again.</source>
            <translation>Отозвать дополнительное соглашение № %1? Оно останется в истории; его номер не будет присвоен повторно.</translation>
        </message>
        <message>
            <source>Print the amendment</source>
            <translation>Печать дополнительного соглашения</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>amendment</source>
            <translation>дополнительное соглашение</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Казахский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian | Kazakh, side by side</source>
            <translation>Русский | казахский, в две колонки</translation>
        </message>
        <message>
            <source>Amendment № %1 to agreement %2: version %3</source>
            <translation>Дополнительное соглашение № %1 к договору %2: версия %3</translation>
        </message>
        <message>
            <source>Amendment № %1 to agreement %2: version %3, the same as printed before</source>
            <translation>Дополнительное соглашение № %1 к договору %2: версия %3, та же, что напечатана ранее</translation>
        </message>
    </context>
    <context>
        <name>SignAmendmentDialog</name>
        <message>
            <source>Amendment signed</source>
            <translation>Дополнительное соглашение подписано</translation>
        </message>
        <message>
            <source>Record the day both parties signed the amendment; its changes then apply to the agreement. Attach its scanned copy if you have it.</source>
            <translation>Укажите дату, когда стороны подписали дополнительное соглашение; после этого его изменения вступают в силу для договора. Приложите скан, если он есть.</translation>
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation>&amp;Дата подписания (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Scanned &amp;copy</source>
            <translation>&amp;Скан</translation>
        </message>
    </context>
    <context>
        <name>SignedCopyDialog</name>
        <message>
            <source>Agreement signed</source>
            <translation>Договор подписан</translation>
        </message>
        <message>
            <source>The agreement is signed. Attach the scanned signed copy (PDF, JPEG or PNG).</source>
            <translation>Договор подписан. Приложите скан подписанного экземпляра (PDF, JPEG или PNG).</translation>
        </message>
        <message>
            <source>Record the day both parties signed and attach the scanned signed copy (PDF, JPEG or PNG). The agreement gets its official number and is locked: a later change needs an amendment.</source>
            <translation>Укажите дату подписания договора сторонами и приложите скан подписанного экземпляра (PDF, JPEG или PNG). Договор получит официальный номер и будет закрыт для изменений: дальнейшие изменения — только дополнительным соглашением.</translation>
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation>&amp;Дата подписания (дд.мм.гггг)</translation>
        </message>
        <message>
            <source>Scanned &amp;copy</source>
            <translation>&amp;Скан</translation>
        </message>
    </context>
</TS>
