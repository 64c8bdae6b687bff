<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AgreementsPage</name>
        <message>
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>No grant agreements yet. An agreement is made for each funded application.</source>
            <translation>No grant agreements yet. An agreement is made for each funded application.</translation>
        </message>
        <message>
            <source>No grant agreements yet. An agreement is made for each funded application (Ctrl+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the agreement of an approved application (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected agreement (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a &amp;payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a tranche's payment (Ctrl+Shift+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Signed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that both parties signed (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the agreement (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every approved application has its agreement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian | Kazakh, side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement %1: version %2, the same as printed before</source>
            <translation />
        </message>
        <message>
            <source>Agreement %1: version %2; changed since the version before: %3</source>
            <translation />
        </message>
        <message>
            <source>Agreement %1: version %2</source>
            <translation />
        </message>
        <message>
            <source>Import &amp;bank statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm payments from the bank's or 1C's statement (Ctrl+Shift+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that both parties signed and attach the scanned copy (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed &amp;copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the scanned signed copy (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amendments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendments of a signed agreement: amend, sign, print (Ctrl+Shift+A)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackEntryDialog</name>
        <message>
            <source>The sheet lists %1 people; rows after them are blank rows.</source>
            <translation>The sheet lists %1 people; rows after them are blank rows.</translation>
        </message>
        <message>
            <source>%1 people: %2</source>
            <translation>%1 people: %2</translation>
        </message>
        <message>
            <source>Scan or photo of the signed sheet</source>
            <translation>Scan or photo of the signed sheet</translation>
        </message>
        <message>
            <source>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>Enter attendance from the signed sheet</source>
            <translation>Enter attendance from the signed sheet</translation>
        </message>
        <message>
            <source>&amp;Rows signed</source>
            <translation>&amp;Rows signed</translation>
        </message>
        <message>
            <source>e.g. 1-12, 15, 17</source>
            <translation>e.g. 1-12, 15, 17</translation>
        </message>
        <message>
            <source>&amp;Written on blank rows</source>
            <translation>&amp;Written on blank rows</translation>
        </message>
        <message>
            <source>S&amp;can or photo</source>
            <translation>S&amp;can or photo</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Checked against the signed sheet</source>
            <translation>&amp;Checked against the signed sheet</translation>
        </message>
        <message>
            <source>One person per line: name; sex; age or age group; phone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check-in: %1</source>
            <translation>Check-in: %1</translation>
        </message>
        <message>
            <source>Nobody found. Ctrl+N adds “%1” as a walk-in.</source>
            <translation>Nobody found. Ctrl+N adds “%1” as a walk-in.</translation>
        </message>
        <message>
            <source>not registered</source>
            <translation>not registered</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>left early</source>
            <translation>left early</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>%1 of %2 present</source>
            <translation>%1 of %2 present</translation>
        </message>
        <message>
            <source>women %1 · men %2 · youth %3–%4: %5</source>
            <translation>women %1 · men %2 · youth %3–%4: %5</translation>
        </message>
        <message>
            <source>✓ %1 — %2. Ctrl+Z undoes.</source>
            <translation>✓ %1 — %2. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <source>Undone: the previous mark is back.</source>
            <translation>Undone: the previous mark is back.</translation>
        </message>
        <message>
            <source>✓ Walk-in %1 added and marked present. Ctrl+Z undoes the mark.</source>
            <translation>✓ Walk-in %1 added and marked present. Ctrl+Z undoes the mark.</translation>
        </message>
        <message>
            <source>same IIN</source>
            <translation>same IIN</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>similar name</translation>
        </message>
        <message>
            <source>Already known? Enter marks the chosen person; Ctrl+Enter adds a new person anyway.</source>
            <translation>Already known? Enter marks the chosen person; Ctrl+Enter adds a new person anyway.</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Enter: present · Ctrl+2: late · Ctrl+3: left early · Ctrl+4: absent · Ctrl+Z: undo · Ctrl+N: walk-in · Esc: clear / close</source>
            <translation>Enter: present · Ctrl+2: late · Ctrl+3: left early · Ctrl+4: absent · Ctrl+Z: undo · Ctrl+N: walk-in · Esc: clear / close</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Type a few letters of the name or digits of the phone</source>
            <translation>Type a few letters of the name or digits of the phone</translation>
        </message>
        <message>
            <source>Walk-in: not on the list</source>
            <translation>Walk-in: not on the list</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>Full &amp;name</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Sex</translation>
        </message>
        <message>
            <source>&amp;Age or birth year</source>
            <translation>&amp;Age or birth year</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>%1 is already present since %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already marked “%2” (%3).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Name (Russian)</source>
            <translation>Name (Russian)</translation>
        </message>
        <message>
            <source>Name (Kazakh)</source>
            <translation>Name (Kazakh)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <source>KATO code</source>
            <translation>KATO code</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>First session</source>
            <translation>First session</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Initiative group</source>
            <translation>Initiative group</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Grant call</translation>
        </message>
        <message>
            <source>Grant amount</source>
            <translation>Grant amount</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Next tranche may be released</source>
            <translation>Next tranche may be released</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Opens</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Maximum grant</source>
            <translation>Maximum grant</translation>
        </message>
        <message>
            <source>Envelope</source>
            <translation>Envelope</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Grantee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommunitiesPage</name>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
        </message>
        <message>
            <source>No communities yet. The region, districts and villages arrive with the programme's setup.</source>
            <translation>No communities yet. The region, districts and villages arrive with the programme's setup.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Edit the selected place's names and KATO code (Enter)</source>
            <translation>Edit the selected place's names and KATO code (Enter)</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>The programme in figures</source>
            <translation>The programme in figures</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>Settlements</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>Site visits</translation>
        </message>
        <message>
            <source>Applications received</source>
            <translation>Applications received</translation>
        </message>
        <message>
            <source>Projects funded</source>
            <translation>Projects funded</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Beneficiaries reached</source>
            <translation>Beneficiaries reached</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>No programme cycles yet: they arrive with the programme's setup.</source>
            <translation>No programme cycles yet: they arrive with the programme's setup.</translation>
        </message>
        <message>
            <source>Counted from the records in this database; F5 counts again.</source>
            <translation>Counted from the records in this database; F5 counts again.</translation>
        </message>
        <message>
            <source>All cycles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No settlement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completion report overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche waiting on its condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visit due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No site visit for 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing waiting on you this week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the figures and records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scheduled exports…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grants committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grants paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akimat co-funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community contribution in kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trainings held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beneficiaries planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visits done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects without a visit for 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visits planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants by sex and age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Men</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By settlement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applications and payments by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted from the records in this database; F5 counts again. Click a number to see the records behind it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include personal data (IIN, phone, birth date) in the file? Only do so when the recipient may hold it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visit overdue</source>
            <translation />
        </message>
        <message>
            <source>Projects overdue for a site visit</source>
            <translation />
        </message>
        <message>
            <source>Projects due for a site visit soon</source>
            <translation />
        </message>
        <message>
            <source>Follow-up action open</source>
            <translation />
        </message>
        <message>
            <source>Projects with open follow-up actions</source>
            <translation />
        </message>
        <message>
            <source>Projects completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking through your week…</source>
            <translation>Looking through your week…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <source>FieldApp — error</source>
            <translation>FieldApp — error</translation>
        </message>
        <message>
            <source>Your saved work is safe. Try again; if it happens again, send the log file to your head office.</source>
            <translation>Your saved work is safe. Try again; if it happens again, send the log file to your head office.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>The database is busy with another program's write. Wait until it has finished, then try again.</source>
            <translation />
        </message>
        <message>
            <source>The database file is damaged. Restore the latest backup (the backups folder beside the database) or ask your head office.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>This field is required</source>
            <translation>This field is required</translation>
        </message>
        <message>
            <source>A KATO code is 9 digits, e.g. 475200000</source>
            <translation>A KATO code is 9 digits, e.g. 475200000</translation>
        </message>
        <message>
            <source>An IIN is 12 digits</source>
            <translation>An IIN is 12 digits</translation>
        </message>
        <message>
            <source>The IIN's check digit does not match: please re-check the number</source>
            <translation>The IIN's check digit does not match: please re-check the number</translation>
        </message>
        <message>
            <source>The 7th digit of an IIN is 1 to 6</source>
            <translation>The 7th digit of an IIN is 1 to 6</translation>
        </message>
        <message>
            <source>An IIN starts with a real birth date (YYMMDD)</source>
            <translation>An IIN starts with a real birth date (YYMMDD)</translation>
        </message>
        <message>
            <source>A BIN is 12 digits</source>
            <translation>A BIN is 12 digits</translation>
        </message>
        <message>
            <source>The BIN's check digit does not match: please re-check the number</source>
            <translation>The BIN's check digit does not match: please re-check the number</translation>
        </message>
        <message>
            <source>A BIN starts with the registration year and month (YYMM)</source>
            <translation>A BIN starts with the registration year and month (YYMM)</translation>
        </message>
        <message>
            <source>The 5th digit of a BIN is 4, 5 or 6</source>
            <translation>The 5th digit of a BIN is 4, 5 or 6</translation>
        </message>
        <message>
            <source>The phone number is empty</source>
            <translation>The phone number is empty</translation>
        </message>
        <message>
            <source>This does not look like a phone number</source>
            <translation>This does not look like a phone number</translation>
        </message>
        <message>
            <source>Not a valid phone number (Kazakh mobiles start with 70x or 77x)</source>
            <translation>Not a valid phone number (Kazakh mobiles start with 70x or 77x)</translation>
        </message>
        <message>
            <source>A Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 characters</source>
            <translation>A Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 characters</translation>
        </message>
        <message>
            <source>The IBAN's check digits do not match: please re-check the number</source>
            <translation>The IBAN's check digits do not match: please re-check the number</translation>
        </message>
        <message>
            <source>The amount is empty</source>
            <translation>The amount is empty</translation>
        </message>
        <message>
            <source>Not an amount of money</source>
            <translation>Not an amount of money</translation>
        </message>
        <message>
            <source>An amount has at most 2 decimal places (tiyn)</source>
            <translation>An amount has at most 2 decimal places (tiyn)</translation>
        </message>
        <message>
            <source>An amount cannot be negative</source>
            <translation>An amount cannot be negative</translation>
        </message>
        <message>
            <source>The end date is before the start date</source>
            <translation>The end date is before the start date</translation>
        </message>
        <message>
            <source>Close the form?</source>
            <extracomment>the core's check: takes the typed value, returns the clean one or raises Invalid</extracomment>
            <translation>Close the form?</translation>
        </message>
        <message>
            <source>You typed something in this form that is not saved.</source>
            <translation>You typed something in this form that is not saved.</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Keep as draft</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Go on editing</source>
            <translation>Go on editing</translation>
        </message>
        <message>
            <source>Unsaved text found</source>
            <extracomment>the save finished: the result of save_work</extracomment>
            <translation>Unsaved text found</translation>
        </message>
        <message>
            <source>This form was closed last time with text that was not saved. Restore it?</source>
            <translation>This form was closed last time with text that was not saved. Restore it?</translation>
        </message>
        <message>
            <source>This is not an e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too long: {length} characters, at most {limit}</source>
            <translation />
        </message>
        <message>
            <source>{field_of} is too long: {length} characters, at most {limit}</source>
            <translation />
        </message>
        <message>
            <source>This amount cannot be read exactly: type it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Kazakh BIC is 8 or 11 letters and digits with KZ in 5th–6th place, e.g. HSBKKZKX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number, zero or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thousands or tiyn? For thousands write {thousands}; tiyn have two digits after the comma</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GrantsPage</name>
        <message>
            <source>Grant calls &amp; applications</source>
            <translation>Grant calls &amp; applications</translation>
        </message>
        <message>
            <source>No grant calls yet. The head office announces calls; they arrive here with sync.</source>
            <translation>No grant calls yet. The head office announces calls; they arrive here with sync.</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Grant calls</source>
            <translation>Grant calls</translation>
        </message>
        <message>
            <source>Grant call saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No applications yet. Ctrl+N types in a paper application when a grant call is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close and start &amp;review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 applications imported, %2 of them submitted.</source>
            <translation>%1 applications imported, %2 of them submitted.</translation>
        </message>
        <message>
            <source>&amp;Import application register…</source>
            <translation>&amp;Import application register…</translation>
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Filter… (Ctrl+F)</source>
            <extracomment>Enter or a double click on a row: its id an export finished: the file and the number of rows</extracomment>
            <translation>Filter… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Press Esc in the filter box to see everything.</source>
            <translation>Nothing matches “%1”. Press Esc in the filter box to see everything.</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Writing the Excel file…</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>User: %1</source>
            <extracomment>the window closed and every queued write finished</extracomment>
            <translation>User: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) copied with headers</source>
            <translation>
                <numerusform>%n row copied with headers</numerusform>
                <numerusform>%n rows copied with headers</numerusform>
            </translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to %1</source>
            <translation>
                <numerusform>%n row written to %1</numerusform>
                <numerusform>%n rows written to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>About FieldApp</source>
            <translation>About FieldApp</translation>
        </message>
        <message>
            <source>Trainings, grants, agreements and site visits of community grant programmes, offline.
Database: %1</source>
            <translation>Trainings, grants, agreements and site visits of community grant programmes, offline.
Database: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>FieldApp</source>
            <translation>FieldApp</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Write the list in view, as filtered, to an Excel file</source>
            <translation>Write the list in view, as filtered, to an Excel file</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>&amp;Copy rows</translation>
        </message>
        <message>
            <source>Copy the selected rows with their headers, ready to paste into Excel</source>
            <translation>Copy the selected rows with their headers, ready to paste into Excel</translation>
        </message>
        <message>
            <source>Ctrl+C</source>
            <translation>Ctrl+C</translation>
        </message>
        <message>
            <source>&amp;Find in list</source>
            <translation>&amp;Find in list</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Read the list again from the database</source>
            <translation>Read the list again from the database</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>&amp;About FieldApp</source>
            <translation>&amp;About FieldApp</translation>
        </message>
        <message>
            <source>&amp;History of the record…</source>
            <translation>&amp;History of the record…</translation>
        </message>
        <message>
            <source>Who changed the selected record, what and when</source>
            <translation>Who changed the selected record, what and when</translation>
        </message>
        <message>
            <source>Finishing the file being written…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send this laptop's changes and receive the head office's now (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping the sync at a safe point…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Print preview: %1</translation>
        </message>
        <message>
            <source>Open in the PDF viewer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>No people yet. Ctrl+N adds a person, Ctrl+I imports a list; more arrive with trainings and sync from the head office.</source>
            <translation>No people yet. Ctrl+N adds a person, Ctrl+I imports a list; more arrive with trainings and sync from the head office.</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;New person</translation>
        </message>
        <message>
            <source>Add a person (Ctrl+N)</source>
            <translation>Add a person (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Import people from an Excel or CSV list (Ctrl+I)</source>
            <translation>Import people from an Excel or CSV list (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>Merge the two selected records of one person (Ctrl+M)</source>
            <translation>Merge the two selected records of one person (Ctrl+M)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected person (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1? They leave the lists and the figures, and their attendance no longer counts. The record is kept in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>same IIN</source>
            <translation>same IIN</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>similar name in the same settlement</source>
            <translation>similar name in the same settlement</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>Full &amp;name</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters</source>
            <translation>Name in &amp;Latin letters</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Sex</translation>
        </message>
        <message>
            <source>Birth &amp;year</source>
            <translation>Birth &amp;year</translation>
        </message>
        <message>
            <source>Birth &amp;date</source>
            <translation>Birth &amp;date</translation>
        </message>
        <message>
            <source>S&amp;ettlement</source>
            <translation>S&amp;ettlement</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;IIN</source>
            <translation>&amp;IIN</translation>
        </message>
        <message>
            <source>&amp;Organisation or group</source>
            <translation>&amp;Organisation or group</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>&amp;Consent given on</source>
            <translation>&amp;Consent given on</translation>
        </message>
        <message>
            <source>Consent &amp;covers</source>
            <translation>Consent &amp;covers</translation>
        </message>
        <message>
            <source>&amp;Guardian (for a minor)</source>
            <translation>&amp;Guardian (for a minor)</translation>
        </message>
        <message>
            <source>This may be someone already known</source>
            <translation>This may be someone already known</translation>
        </message>
        <message>
            <source>&amp;Use the chosen record</source>
            <translation>&amp;Use the chosen record</translation>
        </message>
        <message>
            <source>&amp;Merge into the chosen record</source>
            <translation>&amp;Merge into the chosen record</translation>
        </message>
        <message>
            <source>Save as a &amp;different person</source>
            <translation>Save as a &amp;different person</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>Type an age (23) or a birth year (2001)</source>
            <translation>Type an age (23) or a birth year (2001)</translation>
        </message>
        <message>
            <source>Type the row numbers of the sheet, e.g. 1-12, 15, 17</source>
            <translation>Type the row numbers of the sheet, e.g. 1-12, 15, 17</translation>
        </message>
        <message>
            <source>Not a date (dd.MM.yyyy)</source>
            <translation>Not a date (dd.MM.yyyy)</translation>
        </message>
        <message>
            <source>Not a time (HH:MM)</source>
            <translation>Not a time (HH:MM)</translation>
        </message>
        <message>
            <source>The birth date is in the future</source>
            <translation>The birth date is in the future</translation>
        </message>
        <message>
            <source>The birth year must be between 1900 and this year</source>
            <translation>The birth year must be between 1900 and this year</translation>
        </message>
        <message>
            <source>The birth year differs from the birth date</source>
            <translation>The birth year differs from the birth date</translation>
        </message>
        <message>
            <source>The birth date differs from the IIN's</source>
            <translation>The birth date differs from the IIN's</translation>
        </message>
        <message>
            <source>The sex differs from the IIN's (its 7th digit)</source>
            <translation>The sex differs from the IIN's (its 7th digit)</translation>
        </message>
        <message>
            <source>Sex not recognised (F/M, ж/м, әйел/ер)</source>
            <translation>Sex not recognised (F/M, ж/м, әйел/ер)</translation>
        </message>
        <message>
            <source>A minor's consent is given by a parent or guardian</source>
            <translation>A minor's consent is given by a parent or guardian</translation>
        </message>
        <message>
            <source>A training has at least one day</source>
            <translation>A training has at least one day</translation>
        </message>
        <message>
            <source>A day ends before it starts</source>
            <translation>A day ends before it starts</translation>
        </message>
        <message>
            <source>A day with attendance cannot be removed</source>
            <translation>A day with attendance cannot be removed</translation>
        </message>
        <message>
            <source>Capacity cannot be negative</source>
            <translation>Capacity cannot be negative</translation>
        </message>
        <message>
            <source>No such file</source>
            <translation>No such file</translation>
        </message>
        <message>
            <source>no name: the row is rejected</source>
            <translation>no name: the row is rejected</translation>
        </message>
        <message>
            <source>no consent to process personal data on record</source>
            <translation>no consent to process personal data on record</translation>
        </message>
        <message>
            <source>birth date or year not understood, left empty</source>
            <translation>birth date or year not understood, left empty</translation>
        </message>
        <message>
            <source>These records have different IINs: they are two different people</source>
            <translation>These records have different IINs: they are two different people</translation>
        </message>
        <message>
            <source>no project title: the row is rejected</source>
            <translation>no project title: the row is rejected</translation>
        </message>
        <message>
            <source>no initiative group: the row is rejected</source>
            <translation>no initiative group: the row is rejected</translation>
        </message>
        <message>
            <source>no settlement</source>
            <translation>no settlement</translation>
        </message>
        <message>
            <source>no amount requested</source>
            <translation>no amount requested</translation>
        </message>
        <message>
            <source>the amount is over the call's maximum grant</source>
            <translation>the amount is over the call's maximum grant</translation>
        </message>
        <message>
            <source>received outside the call's dates</source>
            <translation>received outside the call's dates</translation>
        </message>
        <message>
            <source>Unknown source of the mark</source>
            <translation>Unknown source of the mark</translation>
        </message>
        <message>
            <source>Unknown attendance status</source>
            <translation>Unknown attendance status</translation>
        </message>
        <message>
            <source>The share of sessions attended must be more than 0 and at most 1 (e.g. 0.5)</source>
            <translation>The share of sessions attended must be more than 0 and at most 1 (e.g. 0.5)</translation>
        </message>
        <message>
            <source>Consent is given on paper or electronically</source>
            <translation>Consent is given on paper or electronically</translation>
        </message>
        <message>
            <source>No such consent record</source>
            <translation>No such consent record</translation>
        </message>
        <message>
            <source>A person cannot be merged with themselves</source>
            <translation>A person cannot be merged with themselves</translation>
        </message>
        <message>
            <source>No such person</source>
            <translation>No such person</translation>
        </message>
        <message>
            <source>No such session</source>
            <translation>No such session</translation>
        </message>
        <message>
            <source>The training has several sessions: say which</source>
            <translation>The training has several sessions: say which</translation>
        </message>
        <message>
            <source>No such training</source>
            <translation>No such training</translation>
        </message>
        <message>
            <source>Several trainings match: say which</source>
            <translation>Several trainings match: say which</translation>
        </message>
        <message>
            <source>Application {number} cannot become “{to_status}”: {why}</source>
            <translation>Application {number} cannot become “{to_status}”: {why}</translation>
        </message>
        <message>
            <source>its eligibility has not been checked yet</source>
            <translation>its eligibility has not been checked yet</translation>
        </message>
        <message>
            <source>it has not been submitted and checked for eligibility</source>
            <translation>it has not been submitted and checked for eligibility</translation>
        </message>
        <message>
            <source>it has not been submitted</source>
            <translation>it has not been submitted</translation>
        </message>
        <message>
            <source>it has not been reviewed</source>
            <translation>it has not been reviewed</translation>
        </message>
        <message>
            <source>the committee has not recommended it yet</source>
            <translation>the committee has not recommended it yet</translation>
        </message>
        <message>
            <source>the committee has not finished its review</source>
            <translation>the committee has not finished its review</translation>
        </message>
        <message>
            <source>it has not been checked for eligibility or reviewed</source>
            <translation>it has not been checked for eligibility or reviewed</translation>
        </message>
        <message>
            <source>it has not even been submitted</source>
            <translation>it has not even been submitted</translation>
        </message>
        <message>
            <source>it is “{status}” (next: {allowed})</source>
            <translation>it is “{status}” (next: {allowed})</translation>
        </message>
        <message>
            <source>it is “{status}” (final)</source>
            <translation>it is “{status}” (final)</translation>
        </message>
        <message>
            <source>Unknown status “{status}”</source>
            <translation>Unknown status “{status}”</translation>
        </message>
        <message>
            <source>Give a reason for the status “{to_status}”</source>
            <translation>Give a reason for the status “{to_status}”</translation>
        </message>
        <message>
            <source>Cannot submit: {problems}</source>
            <translation>Cannot submit: {problems}</translation>
        </message>
        <message>
            <source>Not eligible: {problems}</source>
            <translation>Not eligible: {problems}</translation>
        </message>
        <message>
            <source>Give a reason to accept it despite: {problems}</source>
            <translation>Give a reason to accept it despite: {problems}</translation>
        </message>
        <message>
            <source>Application {number} has no submitted review yet</source>
            <translation>Application {number} has no submitted review yet</translation>
        </message>
        <message>
            <source>The approved amount must be positive</source>
            <translation>The approved amount must be positive</translation>
        </message>
        <message>
            <source>Approving {amount} takes the call {over} over its envelope of {envelope} ({committed} already approved); an override with a reason is needed</source>
            <translation>Approving {amount} takes the call {over} over its envelope of {envelope} ({committed} already approved); an override with a reason is needed</translation>
        </message>
        <message>
            <source>An approval over the envelope needs a reason</source>
            <translation>An approval over the envelope needs a reason</translation>
        </message>
        <message>
            <source>Approving an application the committee did not recommend needs a reason</source>
            <translation>Approving an application the committee did not recommend needs a reason</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: only an approval or a rejection can be reopened</source>
            <translation>Application {number} is “{status}”: only an approval or a rejection can be reopened</translation>
        </message>
        <message>
            <source>Say why the decision is reopened</source>
            <translation>Say why the decision is reopened</translation>
        </message>
        <message>
            <source>The selection differs from the suggestion: say why</source>
            <translation>The selection differs from the suggestion: say why</translation>
        </message>
        <message>
            <source>No such application</source>
            <translation>No such application</translation>
        </message>
        <message>
            <source>Name the applicant initiative group</source>
            <translation>Name the applicant initiative group</translation>
        </message>
        <message>
            <source>Choose the settlement</source>
            <translation>Choose the settlement</translation>
        </message>
        <message>
            <source>The requested amount is missing</source>
            <translation>The requested amount is missing</translation>
        </message>
        <message>
            <source>The request exceeds the call's maximum grant by {amount}</source>
            <translation>The request exceeds the call's maximum grant by {amount}</translation>
        </message>
        <message>
            <source>Received outside the call's dates</source>
            <translation>Received outside the call's dates</translation>
        </message>
        <message>
            <source>{place} is not among the settlements eligible for this call</source>
            <translation>{place} is not among the settlements eligible for this call</translation>
        </message>
        <message>
            <source>Missing attachment: {label}</source>
            <translation>Missing attachment: {label}</translation>
        </message>
        <message>
            <source>Choose a category from the list</source>
            <translation>Choose a category from the list</translation>
        </message>
        <message>
            <source>The channel is paper, e-mail or in person</source>
            <translation>The channel is paper, e-mail or in person</translation>
        </message>
        <message>
            <source>The applicant's language is ru, kk or en</source>
            <translation>The applicant's language is ru, kk or en</translation>
        </message>
        <message>
            <source>The duration is 1 to 36 months</source>
            <translation>The duration is 1 to 36 months</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: its content is frozen after the eligibility check</source>
            <translation>Application {number} is “{status}”: its content is frozen after the eligibility check</translation>
        </message>
        <message>
            <source>Application {number} already has its registration number; it never changes</source>
            <translation>Application {number} already has its registration number; it never changes</translation>
        </message>
        <message>
            <source>A draft is registered when it is submitted</source>
            <translation>A draft is registered when it is submitted</translation>
        </message>
        <message>
            <source>Budget line {position}: what is bought or done?</source>
            <translation>Budget line {position}: what is bought or done?</translation>
        </message>
        <message>
            <source>Budget line {position}: the quantity must be positive (3 places at most)</source>
            <translation>Budget line {position}: the quantity must be positive (3 places at most)</translation>
        </message>
        <message>
            <source>Line {position}: amounts cannot be negative</source>
            <translation>Line {position}: amounts cannot be negative</translation>
        </message>
        <message>
            <source>Line {position}: requested + co-funding + in kind = {sum}, but the line costs {cost}</source>
            <translation>Line {position}: requested + co-funding + in kind = {sum}, but the line costs {cost}</translation>
        </message>
        <message>
            <source>This application has budget lines: its amounts come from them</source>
            <translation>This application has budget lines: its amounts come from them</translation>
        </message>
        <message>
            <source>Unknown beneficiary group</source>
            <translation>Unknown beneficiary group</translation>
        </message>
        <message>
            <source>A number of beneficiaries cannot be negative</source>
            <translation>A number of beneficiaries cannot be negative</translation>
        </message>
        <message>
            <source>{name} is {size} MB; attachments are limited to {limit} MB (scan or photograph at a lower resolution)</source>
            <translation>{name} is {size} MB; attachments are limited to {limit} MB (scan or photograph at a lower resolution)</translation>
        </message>
        <message>
            <source>The file changed while it was being copied: try again</source>
            <translation>The file changed while it was being copied: try again</translation>
        </message>
        <message>
            <source>No such attachment</source>
            <translation>No such attachment</translation>
        </message>
        <message>
            <source>Name the reviewer</source>
            <translation>Name the reviewer</translation>
        </message>
        <message>
            <source>“{name}” is not a reviewer of this call</source>
            <translation>“{name}” is not a reviewer of this call</translation>
        </message>
        <message>
            <source>Say what the conflict of interest is (e.g. “my own village”)</source>
            <translation>Say what the conflict of interest is (e.g. “my own village”)</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: only applications found eligible go to reviewers</source>
            <translation>Application {number} is “{status}”: only applications found eligible go to reviewers</translation>
        </message>
        <message>
            <source>{name} declared a conflict of interest with application {number} and cannot score it</source>
            <translation>{name} declared a conflict of interest with application {number} and cannot score it</translation>
        </message>
        <message>
            <source>Application {number} was never under review</source>
            <translation>Application {number} was never under review</translation>
        </message>
        <message>
            <source>Application {number} is “{status}”: it can be scored only while under review (after its eligibility check)</source>
            <translation>Application {number} is “{status}”: it can be scored only while under review (after its eligibility check)</translation>
        </message>
        <message>
            <source>Application {number} is not assigned to {name}</source>
            <translation>Application {number} is not assigned to {name}</translation>
        </message>
        <message>
            <source>Not a criterion of this call</source>
            <translation>Not a criterion of this call</translation>
        </message>
        <message>
            <source>{criterion}: no score</source>
            <translation>{criterion}: no score</translation>
        </message>
        <message>
            <source>{criterion}: the score must be a whole number</source>
            <translation>{criterion}: the score must be a whole number</translation>
        </message>
        <message>
            <source>{criterion}: the score must be 0 to {max}</source>
            <translation>{criterion}: the score must be 0 to {max}</translation>
        </message>
        <message>
            <source>{criterion}: a comment is required</source>
            <translation>{criterion}: a comment is required</translation>
        </message>
        <message>
            <source>The review was submitted and is final: a correction needs a reason and becomes a new version</source>
            <translation>The review was submitted and is final: a correction needs a reason and becomes a new version</translation>
        </message>
        <message>
            <source>No such grant call</source>
            <translation>No such grant call</translation>
        </message>
        <message>
            <source>Choose the programme cycle of the call</source>
            <translation>Choose the programme cycle of the call</translation>
        </message>
        <message>
            <source>The maximum grant cannot exceed the envelope</source>
            <translation>The maximum grant cannot exceed the envelope</translation>
        </message>
        <message>
            <source>A call that is “{status}” cannot become “{to_status}”</source>
            <translation>A call that is “{status}” cannot become “{to_status}”</translation>
        </message>
        <message>
            <source>Add the scoring criteria before opening the call</source>
            <translation>Add the scoring criteria before opening the call</translation>
        </message>
        <message>
            <source>That call has no criteria to copy</source>
            <translation>That call has no criteria to copy</translation>
        </message>
        <message>
            <source>Reviewers have started scoring: the criteria can no longer change</source>
            <translation>Reviewers have started scoring: the criteria can no longer change</translation>
        </message>
        <message>
            <source>Criterion {position}: the maximum score must be at least 1</source>
            <translation>Criterion {position}: the maximum score must be at least 1</translation>
        </message>
        <message>
            <source>Criterion {position}: the weight must be positive, 2 places at most</source>
            <translation>Criterion {position}: the weight must be positive, 2 places at most</translation>
        </message>
        <message>
            <source>Only the head office may do this; you are signed in as {name} ({role})</source>
            <translation>Only the head office may do this; you are signed in as {name} ({role})</translation>
        </message>
        <message>
            <source>Only the head office may do this; choose your user profile first</source>
            <translation>Only the head office may do this; choose your user profile first</translation>
        </message>
        <message>
            <source>This is not one of the standard reasons for this decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application {number} is {status}: a decision letter is written once it is approved or rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The application's decision is not on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no foundation record yet: documents have no issuer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown field of the letterhead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture is larger than {limit} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A logo is a PNG or JPEG picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an age group (0–13, 14–17, 18–29, 30–44, 45–59, 60+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is {size} MB; at most {limit} MB are read: split the list into smaller files</source>
            <translation />
        </message>
        <message>
            <source>More than {limit} rows: split the list into smaller files</source>
            <translation />
        </message>
        <message>
            <source>Row {row} has {columns} columns; at most {limit} are read: remove the columns the import does not need</source>
            <translation />
        </message>
        <message>
            <source>Row {row}, column {column}: a value of {length} characters; a cell holds at most {limit}</source>
            <translation />
        </message>
        <message>
            <source>Row {row} holds a damaged character (byte {byte}) in UTF-8 text; nothing was imported: correct that row, or save the list again as UTF-8</source>
            <translation />
        </message>
        <message>
            <source>Row {row} holds a NUL byte: the file is damaged; save the list again from Excel or LibreOffice</source>
            <translation />
        </message>
        <message>
            <source>This is not a text (CSV) file</source>
            <translation />
        </message>
        <message>
            <source>Near row {row}: a character that is neither UTF-8 nor Windows-1251; save the list again as UTF-8</source>
            <translation />
        </message>
        <message>
            <source>The sheet's used area is {area} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: delete the rows and columns beyond the list</source>
            <translation />
        </message>
        <message>
            <source>The workbook unpacks to {size} MB; at most {limit} MB are read</source>
            <translation />
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook</source>
            <translation />
        </message>
        <message>
            <source>{column} (cell {cell}) is a formula whose result the file does not hold: open the file in Excel or LibreOffice and save it again</source>
            <translation />
        </message>
        <message>
            <source>{column}: {length} characters, at most {limit}</source>
            <translation />
        </message>
        <message>
            <source>The file is empty</source>
            <translation />
        </message>
        <message>
            <source>“{part}” is not a row number or a range like 3-7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{part}”: a range goes from a smaller to a larger row number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{part}” is beyond the last row of the sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row} is a blank row: write that person's name below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: the name comes first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day {day}: not a date (dd.MM.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown settlement “{name}”, left empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a similar name is already known: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {problem}; left empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{label}” is listed twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required attachment {position} has no title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind of attachment “{kind}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same application as row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown settlement “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown category “{category}”: taken as other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the amount “{amount}” cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the received date “{date}” cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents print in Russian, Kazakh or English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such user profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a role from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A decision letter is written once the application is approved or rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: this sheet is for the call “{title}”, not “{expected}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: this sheet is for the call “{title}”, which this database does not have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: {name} is not a reviewer of this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: the call's criteria changed after this sheet was made: make a new sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: application {number} is not part of this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: {number}: “{value}” is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: {number}: no score for “{criterion}”</source>
            <translation />
        </message>
        <message>
            <source>{cell}: {number}: the score {score} is outside 0 to {max}</source>
            <translation />
        </message>
        <message>
            <source>{cell}: {number}: a comment is required for “{criterion}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: {number}: {name} declared a conflict of interest with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: {number}: the application is “{status}”, not under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: {number}: not assigned to {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application {number} is already approved</source>
            <translation>Application {number} is already approved</translation>
        </message>
        <message>
            <source>The approved amount {amount} is more than the {requested} requested</source>
            <translation>The approved amount {amount} is more than the {requested} requested</translation>
        </message>
        <message>
            <source>The approved amount {amount} is more than the call's maximum grant of {max_grant}</source>
            <translation>The approved amount {amount} is more than the call's maximum grant of {max_grant}</translation>
        </message>
        <message>
            <source>Only the head office may approve over the envelope</source>
            <translation>Only the head office may approve over the envelope</translation>
        </message>
        <message>
            <source>This conflict is not on this computer</source>
            <translation>This conflict is not on this computer</translation>
        </message>
        <message>
            <source>This conflict was already resolved by {name}</source>
            <translation>This conflict was already resolved by {name}</translation>
        </message>
        <message>
            <source>Keep the value kept, the value lost, or type one</source>
            <translation>Keep the value kept, the value lost, or type one</translation>
        </message>
        <message>
            <source>{field} is not a field of this conflict</source>
            <translation>{field} is not a field of this conflict</translation>
        </message>
        <message>
            <source>The record of this conflict is not on this computer</source>
            <translation>The record of this conflict is not on this computer</translation>
        </message>
        <message>
            <source>{name} was already merged the other way on another computer: this merge was not applied</source>
            <translation>{name} was already merged the other way on another computer: this merge was not applied</translation>
        </message>
        <message>
            <source>“{address}” is not a hub address: type it as the head office gave it, e.g. http://192.168.1.10:8765 or https://hub.example.kz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No connection to {address}: check that this laptop is on the network and the address is right, or enrol with a file from a USB stick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub's certificate is not signed by an authority this computer knows. Compare its fingerprint with the one the head office gave you; if they are the same, tick “Trust this certificate”.
{fingerprint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} answers, but it is not a FieldApp hub: check the address and the port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This hub belongs to another programme's head office than the one this laptop syncs with: check the address, or ask your head office</source>
            <translation />
        </message>
        <message>
            <source>The hub does not know this code: check it letter by letter, or ask the head office for a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code was used already (each code enrols one laptop once): ask the head office for a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” is not an enrolment file from the head office: choose the file they gave you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub refused the enrolment ({detail}): ask the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} does not exist: choose the synced folder again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrol this laptop with the head office's enrolment file first, then choose the synced folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet: choose “Enrol this laptop…” on the Sync page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head office's FieldApp does not know records of this kind ({table}): it needs updating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head office's FieldApp does not know a field of {table}: it needs updating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new {table} was sent under another record's id: enter it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head office does not have this {table} (never received or removed): enter it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{table}: a record is never changed once made; add a new one instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{table}: once “{status}” it is final; add a new version instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{table}: such records belong to the head office, the change by {name} was not accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{table}: this field is the head office's decision, the change was not accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{table}: only the officer who made it may change it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{table}: it refers to a record the head office does not have yet; send that record first or choose another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{table}: another record already holds the same unique value; change it and send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This refused change is not on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the device a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A device named {name} is enrolled already: choose another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No enrolled device is named {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged or incomplete: copy it again from the stick or the e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a FieldApp bundle, or it was cut short while copying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large for a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle was made by a newer FieldApp: update FieldApp first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle belongs to another head office's FieldApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle is addressed to another device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender is not an enrolled device here, or was revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature does not match: the bundle was altered or not made by its sender. Ask for a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The content does not match what was signed: altered or incomplete. Ask for a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's key cannot open the bundle: it was made for another enrolment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not enrolled for bundles: enrol it with an enrolment file, or again with a new code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong side: a laptop's bundle is imported at the head office, the head office's on a laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be written (a full or removed stick?): check the folder and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{megabytes} MB is too large for a site photo (at most {limit} MB)</source>
            <translation />
        </message>
        <message>
            <source>Not a photo format (JPEG, PNG, WebP or TIFF)</source>
            <translation />
        </message>
        <message>
            <source>Not an image</source>
            <translation />
        </message>
        <message>
            <source>The image is damaged or cut short</source>
            <translation />
        </message>
        <message>
            <source>Not coordinates: type 43.653611, 51.167222 or 43°39'13"N 51°10'02"E</source>
            <translation />
        </message>
        <message>
            <source>{value} is outside the range of a latitude (-90…90) or longitude (-180…180)</source>
            <translation />
        </message>
        <message>
            <source>No such site visit</source>
            <translation />
        </message>
        <message>
            <source>A visit is recorded after it took place: {date} is in the future</source>
            <translation />
        </message>
        <message>
            <source>Unknown choice “{value}”</source>
            <translation />
        </message>
        <message>
            <source>Say why the next tranche is held</source>
            <translation />
        </message>
        <message>
            <source>A finished visit decides on the next tranche (or save it as a draft)</source>
            <translation />
        </message>
        <message>
            <source>A number cannot be negative</source>
            <translation />
        </message>
        <message>
            <source>Progress is between 0 and 100 %</source>
            <translation />
        </message>
        <message>
            <source>Each follow-up action needs what to do and who does it</source>
            <translation />
        </message>
        <message>
            <source>Choose the project's agreement</source>
            <translation />
        </message>
        <message>
            <source>A finished visit is not changed: use Correct to make a new version</source>
            <translation />
        </message>
        <message>
            <source>{value} days is not an interval between visits</source>
            <translation />
        </message>
        <message>
            <source>No such follow-up action</source>
            <translation />
        </message>
        <message>
            <source>This action is already closed</source>
            <translation />
        </message>
        <message>
            <source>Action {row}: the due date is not a date (dd.MM.yyyy)</source>
            <translation />
        </message>
        <message>
            <source>No such grantee report</source>
            <translation />
        </message>
        <message>
            <source>An accepted report is not changed</source>
            <translation />
        </message>
        <message>
            <source>There is no cycle {cycle}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no figure {figure} on the dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exports are written as Excel (XLSX) or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep between {low} and {high} exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a time of day as HH:MM, for example 18:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no folder {folder}: choose one that exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the head office may export personal data (IIN, phone, birth date); you are signed in as {name} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date (dd.mm.yyyy): «{value}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an amount of money: «{value}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column for the amount paid (Debit or Amount) in the header on row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An incoming payment ({amount}), not a grant paid out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same payment as row {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No agreement number in the payment purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no agreement {agreement}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No document number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} ({amount}) is paid already: {reference} of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {agreement} has no unpaid tranche of {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is {difference} more than tranche {number} of agreement {agreement} ({expected})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is {difference} less than tranche {number} of agreement {agreement} ({expected})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payments changed since the statement was checked: check it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No row of the statement matches an unpaid tranche: nothing was recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{number}” is not an agreement number like ОП-2020-007</source>
            <translation />
        </message>
        <message>
            <source>Agreement {number} is already in the database</source>
            <translation />
        </message>
        <message>
            <source>Application {number} is {status}: only a new draft is registered as funded on paper</source>
            <translation />
        </message>
        <message>
            <source>“{date}” is not a date (dd.mm.yyyy)</source>
            <translation />
        </message>
        <message>
            <source>no grant call “{call}”</source>
            <translation />
        </message>
        <message>
            <source>no grant call: give it in the column or choose one for the file</source>
            <translation />
        </message>
        <message>
            <source>payment {payment} needs both its amount and its date</source>
            <translation />
        </message>
        <message>
            <source>the same agreement as row {row}: skipped</source>
            <translation />
        </message>
        <message>
            <source>agreement {number} is in the database already: skipped</source>
            <translation />
        </message>
        <message>
            <source>The database changed since the register was checked: check it again</source>
            <translation />
        </message>
        <message>
            <source>No row of the register can be registered: nothing written</source>
            <translation />
        </message>
        <message>
            <source>{table}: the head office cannot read the value of “{field_of}”: correct it and send again</source>
            <translation>{table}: the head office cannot read the value of “{field_of}”: correct it and send again</translation>
        </message>
        <message>
            <source>{name} is a member of an initiative group: take them out of the group first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} trains a training: give it another trainer first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day {days} is outside {cycle} ({start} – {end}). Check the cycle; it can be saved as it is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Everyone imported is also registered for: %1</source>
            <translation>Everyone imported is also registered for: %1</translation>
        </message>
        <message>
            <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Tables (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>Reading the list…</translation>
        </message>
        <message>
            <source>add</source>
            <translation>add</translation>
        </message>
        <message>
            <source>already known</source>
            <translation>already known</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>same person as row %1</source>
            <translation>same person as row %1</translation>
        </message>
        <message>
            <source>Header on row %1. %2 to add, %3 already known, %4 rejected, %5 rows with warnings.</source>
            <translation>Header on row %1. %2 to add, %3 already known, %4 rejected, %5 rows with warnings.</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Import %1</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>IIN</translation>
        </message>
        <message>
            <source>Organisation or group</source>
            <translation>Organisation or group</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Import participants</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV list of participants</source>
            <translation>An Excel (.xlsx) or CSV list of participants</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
        <message>
            <source>Preview: nothing is written until you confirm</source>
            <translation>Preview: nothing is written until you confirm</translation>
        </message>
        <message>
            <source>Import the application register</source>
            <translation>Import the application register</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV register: one row per application received</source>
            <translation>An Excel (.xlsx) or CSV register: one row per application received</translation>
        </message>
        <message>
            <source>&amp;Grant call</source>
            <translation>&amp;Grant call</translation>
        </message>
        <message>
            <source>A complete row (group, settlement, amount) is submitted; the others stay drafts to finish in the form.</source>
            <translation>A complete row (group, settlement, amount) is submitted; the others stay drafts to finish in the form.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Initiative group</source>
            <translation>Initiative group</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Project title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>Amount requested</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>Choose the grant call first</source>
            <translation>Choose the grant call first</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>Save an empty template</source>
            <translation />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation />
        </message>
        <message>
            <source>Template saved: %1</source>
            <translation />
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>the user chose another profile (the status bar shows it)</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <source>nobody chosen yet</source>
            <translation>nobody chosen yet</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>Interface &amp;language</translation>
        </message>
        <message>
            <source>Takes effect at once and is remembered on this computer.</source>
            <translation>Takes effect at once and is remembered on this computer.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>&amp;Document language</source>
            <translation>&amp;Document language</translation>
        </message>
        <message>
            <source>User profile</source>
            <translation>User profile</translation>
        </message>
        <message>
            <source>Working as</source>
            <translation>Working as</translation>
        </message>
        <message>
            <source>&amp;Change or add a profile…</source>
            <translation>&amp;Change or add a profile…</translation>
        </message>
        <message>
            <source>Logo on documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No foundation is recorded yet: documents print without a letterhead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, BIN %2; signed by %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in sheets, certificates, summaries and rankings are printed in this language; a decision letter in the applicant's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issuer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose a picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettlementDialog</name>
        <message>
            <source>Edit settlement</source>
            <translation>Edit settlement</translation>
        </message>
        <message>
            <source>Names as they are written in each language, and the 9-digit KATO code where it is known.</source>
            <translation>Names as they are written in each language, and the 9-digit KATO code where it is known.</translation>
        </message>
        <message>
            <source>Name in &amp;Russian</source>
            <translation>Name in &amp;Russian</translation>
        </message>
        <message>
            <source>Name in &amp;Kazakh</source>
            <translation>Name in &amp;Kazakh</translation>
        </message>
        <message>
            <source>Name in &amp;English</source>
            <translation>Name in &amp;English</translation>
        </message>
        <message>
            <source>&amp;KATO code</source>
            <translation>&amp;KATO code</translation>
        </message>
        <message>
            <source>9 digits, e.g. 475200000</source>
            <translation>9 digits, e.g. 475200000</translation>
        </message>
    </context>
    <context>
        <name>SiteVisitsPage</name>
        <message>
            <source>Site visits</source>
            <translation>Site visits</translation>
        </message>
        <message>
            <source>No site visits yet. Visits are made to projects that have a signed agreement.</source>
            <translation>No site visits yet. Visits are made to projects that have a signed agreement.</translation>
        </message>
        <message>
            <source>Site visit saved.</source>
            <translation />
        </message>
        <message>
            <source>Not visited yet</source>
            <translation />
        </message>
        <message>
            <source>Last visit is old</source>
            <translation />
        </message>
        <message>
            <source>A tranche waits on a visit</source>
            <translation />
        </message>
        <message>
            <source>never</source>
            <translation />
        </message>
        <message>
            <source>Open</source>
            <translation />
        </message>
        <message>
            <source>Done</source>
            <translation />
        </message>
        <message>
            <source>Cancelled</source>
            <translation />
        </message>
        <message>
            <source>Close the action</source>
            <translation />
        </message>
        <message>
            <source>What was done (optional):</source>
            <translation />
        </message>
        <message>
            <source>Action closed.</source>
            <translation />
        </message>
        <message>
            <source>Progress</source>
            <translation />
        </message>
        <message>
            <source>Completion</source>
            <translation />
        </message>
        <message>
            <source>not accepted</source>
            <translation />
        </message>
        <message>
            <source>Report accepted.</source>
            <translation />
        </message>
        <message>
            <source>Visits</source>
            <translation />
        </message>
        <message>
            <source>Plan</source>
            <translation />
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation />
        </message>
        <message>
            <source>Grantee reports</source>
            <translation />
        </message>
        <message>
            <source>&amp;New visit</source>
            <translation />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation />
        </message>
        <message>
            <source>Co&amp;rrect</source>
            <translation />
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation />
        </message>
        <message>
            <source>&amp;Print report</source>
            <translation />
        </message>
        <message>
            <source>&amp;Record a visit</source>
            <translation />
        </message>
        <message>
            <source>&amp;Days between visits:</source>
            <translation />
        </message>
        <message>
            <source>Due</source>
            <translation />
        </message>
        <message>
            <source>Agreement</source>
            <translation />
        </message>
        <message>
            <source>Project</source>
            <translation />
        </message>
        <message>
            <source>Settlement</source>
            <translation />
        </message>
        <message>
            <source>Officer</source>
            <translation />
        </message>
        <message>
            <source>Last visit</source>
            <translation />
        </message>
        <message>
            <source>Why</source>
            <translation />
        </message>
        <message>
            <source>My open actions</source>
            <translation />
        </message>
        <message>
            <source>All open actions</source>
            <translation />
        </message>
        <message>
            <source>All actions</source>
            <translation />
        </message>
        <message>
            <source>&amp;Done</source>
            <translation />
        </message>
        <message>
            <source>Ca&amp;ncel action</source>
            <translation />
        </message>
        <message>
            <source>Open &amp;visit</source>
            <translation />
        </message>
        <message>
            <source>What</source>
            <translation />
        </message>
        <message>
            <source>Who</source>
            <translation />
        </message>
        <message>
            <source>Status</source>
            <translation />
        </message>
        <message>
            <source>&amp;New report</source>
            <translation />
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation />
        </message>
        <message>
            <source>Submitted</source>
            <translation />
        </message>
        <message>
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <source>Spent / grant</source>
            <translation />
        </message>
        <message>
            <source>Reached</source>
            <translation />
        </message>
        <message>
            <source>Accepted</source>
            <translation />
        </message>
        <message>
            <source>C&amp;hecklist…</source>
            <translation />
        </message>
        <message>
            <source>All officers</source>
            <translation />
        </message>
        <message>
            <source>My projects</source>
            <translation />
        </message>
        <message>
            <source>Print the report of the selected visit (Ctrl+P)</source>
            <translation>Print the report of the selected visit (Ctrl+P)</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Opening the database…</source>
            <extracomment>set by benchmarks/startup.py: print when the window is painted and when data are on screen, then quit</extracomment>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>This database is already open in another FieldApp window. Switch to that window, or close it and start FieldApp again.</source>
            <translation>This database is already open in another FieldApp window. Switch to that window, or close it and start FieldApp again.</translation>
        </message>
        <message>
            <source>FieldApp cannot open this database.</source>
            <translation>FieldApp cannot open this database.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>No changes recorded yet. Every change made on this laptop appears here.</source>
            <translation>No changes recorded yet. Every change made on this laptop appears here.</translation>
        </message>
        <message>
            <source>This laptop's device id</source>
            <translation>This laptop's device id</translation>
        </message>
        <message>
            <source>History of changes</source>
            <translation>History of changes</translation>
        </message>
        <message>
            <source>%1 (its drafts are numbered %2-…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The synced folder shared with the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop syncs with the head office's hub at %1 as “%2”. It sends and receives changes by itself whenever the hub can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop syncs through the folder %1, which the head office reads too. It syncs by itself whenever the folder is there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is enrolled as “%1” without a hub's address: sync with a USB stick or choose a synced folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet. Enrol it with the hub's address and the one-time code the head office gave you, or with an enrolment file; the programme's cycles, calls, settlements and people then arrive by themselves.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) delivered so far</source>
            <translation>
                <numerusform>%n change delivered so far</numerusform>
                <numerusform>%n changes delivered so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n open conflict</numerusform>
                <numerusform>%n open conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the hub</source>
            <translation>
                <numerusform>%n change refused by the hub</numerusform>
                <numerusform>%n changes refused by the hub</numerusform>
            </translation>
        </message>
        <message>
            <source>Set this computer's date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrol this laptop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrol again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync with the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes made here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync through a folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A folder shared with the head office by OneDrive, Google Drive, Yandex Disk, Nextcloud or a network share, instead of a hub</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>A training has at least one day</source>
            <translation>A training has at least one day</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>Edit training</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>New training</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>To&amp;pic</source>
            <translation>To&amp;pic</translation>
        </message>
        <message>
            <source>Programme &amp;cycle</source>
            <translation>Programme &amp;cycle</translation>
        </message>
        <message>
            <source>&amp;Settlement</source>
            <translation>&amp;Settlement</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Venue</translation>
        </message>
        <message>
            <source>Planned c&amp;apacity</source>
            <translation>Planned c&amp;apacity</translation>
        </message>
        <message>
            <source>T&amp;rainers</source>
            <translation>T&amp;rainers</translation>
        </message>
        <message>
            <source>Type a name, Enter adds the trainer</source>
            <translation>Type a name, Enter adds the trainer</translation>
        </message>
        <message>
            <source>Sess&amp;ions</source>
            <translation>Sess&amp;ions</translation>
        </message>
        <message>
            <source>&amp;Add a day</source>
            <translation>&amp;Add a day</translation>
        </message>
        <message>
            <source>Remove the &amp;day</source>
            <translation>Remove the &amp;day</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Title in &amp;Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For documents in Kazakh; empty: the title above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue in Ka&amp;zakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For documents in Kazakh; empty: the venue above</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message>
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>All cycles</source>
            <translation>All cycles</translation>
        </message>
        <message>
            <source>All settlements</source>
            <translation>All settlements</translation>
        </message>
        <message>
            <source>All trainers</source>
            <translation>All trainers</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Attended at least this share of the days (%):</source>
            <translation>Attended at least this share of the days (%):</translation>
        </message>
        <message>
            <source>sign-in sheet</source>
            <translation>sign-in sheet</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificates</translation>
        </message>
        <message>
            <source>attendance summary</source>
            <translation>attendance summary</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>Trainers</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Find a training (Ctrl+F)</source>
            <translation>Find a training (Ctrl+F)</translation>
        </message>
        <message>
            <source>No trainings here yet — Ctrl+N adds one.</source>
            <translation>No trainings here yet — Ctrl+N adds one.</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>New training (Ctrl+N)</source>
            <translation>New training (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Check-&amp;in</source>
            <translation>Check-&amp;in</translation>
        </message>
        <message>
            <source>Check people in at the door (Ctrl+K)</source>
            <translation>Check people in at the door (Ctrl+K)</translation>
        </message>
        <message>
            <source>Signed &amp;sheet</source>
            <translation>Signed &amp;sheet</translation>
        </message>
        <message>
            <source>Enter attendance from the signed sheet (Ctrl+B)</source>
            <translation>Enter attendance from the signed sheet (Ctrl+B)</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Import participants from an Excel or CSV list</source>
            <translation>Import participants from an Excel or CSV list</translation>
        </message>
        <message>
            <source>Sign-in sheet of the day</source>
            <translation>Sign-in sheet of the day</translation>
        </message>
        <message>
            <source>Certificates of participation…</source>
            <translation>Certificates of participation…</translation>
        </message>
        <message>
            <source>Attendance summary</source>
            <translation>Attendance summary</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Writing the Excel file…</source>
            <translation>Writing the Excel file…</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Sign-in sheet</translation>
        </message>
        <message>
            <source>Blank rows for people who come without registering:</source>
            <translation>Blank rows for people who come without registering:</translation>
        </message>
        <message>
            <source>Choose a training in the list to edit it, check people in or print.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete the training “%1”? Its %n attendance mark(s) no longer count in the figures. The record is kept in the history.</source>
            <translation>
                <numerusform>Delete the training “%1”? Its %n attendance mark no longer counts in the figures. The record is kept in the history.</numerusform>
                <numerusform>Delete the training “%1”? Its %n attendance marks no longer count in the figures. The record is kept in the history.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete the training…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserProfileDialog</name>
        <message>
            <source>New profile</source>
            <translation>New profile</translation>
        </message>
        <message>
            <source>Who is working?</source>
            <translation>Who is working?</translation>
        </message>
        <message>
            <source>Every change is recorded with the name of the person who made it. Choose your profile on this laptop or add a new one.</source>
            <translation>Every change is recorded with the name of the person who made it. Choose your profile on this laptop or add a new one.</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profile</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Playground</source>
            <translation>Playground</translation>
        </message>
        <message>
            <source>Sports ground</source>
            <translation>Sports ground</translation>
        </message>
        <message>
            <source>Sensory room</source>
            <translation>Sensory room</translation>
        </message>
        <message>
            <source>Recreation area</source>
            <translation>Recreation area</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Shortlisted</source>
            <translation>Shortlisted</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Selected</translation>
        </message>
        <message>
            <source>Funded</source>
            <translation>Funded</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Terminated</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>Acceptance</source>
            <translation>Acceptance</translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>Field officer</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Programme staff</source>
            <translation>Programme staff</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Head office</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Locality</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Training session</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Trainer of a training</source>
            <translation>Trainer of a training</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>Grant call</source>
            <translation>Grant call</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Tranche</source>
            <translation>Tranche</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Site visit</translation>
        </message>
        <message>
            <source>User profile</source>
            <translation>User profile</translation>
        </message>
        <message>
            <source>Initiative group</source>
            <translation>Initiative group</translation>
        </message>
        <message>
            <source>Group member</source>
            <translation>Group member</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Status change</translation>
        </message>
        <message>
            <source>Project report</source>
            <translation>Project report</translation>
        </message>
        <message>
            <source>Yes</source>
            <extracomment>columns whose values are codes to be shown as words</extracomment>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Letter of support</source>
            <translation>Letter of support</translation>
        </message>
        <message>
            <source>Co-funding letter</source>
            <translation>Co-funding letter</translation>
        </message>
        <message>
            <source>Photos of the site</source>
            <translation>Photos of the site</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>On paper</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>By e-mail</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Recommended</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <translation>Not recommended</translation>
        </message>
        <message>
            <source>Activity of a project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected beneficiaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required attachment of a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer of a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settlement eligible for a call</source>
            <translation />
        </message>
        <message>
            <source>Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review score</source>
            <translation />
        </message>
        <message>
            <source>Selection decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In FieldApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Electronically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outgoing letter</source>
            <translation />
        </message>
        <message>
            <source>Sync conflict</source>
            <translation />
        </message>
        <message>
            <source>Advance, after signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a progress report or site visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the completion report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress seen at a visit</source>
            <translation />
        </message>
        <message>
            <source>Checklist answer of a visit</source>
            <translation />
        </message>
        <message>
            <source>Photo of a visit</source>
            <translation />
        </message>
        <message>
            <source>Follow-up action</source>
            <translation />
        </message>
        <message>
            <source>Visit checklist item</source>
            <translation />
        </message>
        <message>
            <source>Spending of a report</source>
            <translation />
        </message>
        <message>
            <source>Beneficiaries of a report</source>
            <translation />
        </message>
        <message>
            <source>Printed version of an agreement</source>
            <translation />
        </message>
        <message>
            <source>Scanned signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendment of an agreement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History: %1</source>
            <translation>History: %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) of this record, oldest first.</source>
            <translation>
                <numerusform>%n change of this record, oldest first.</numerusform>
                <numerusform>%n changes of this record, oldest first.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>No changes recorded for this record.</translation>
        </message>
    </context>
    <context>
        <name>ApplicationActions</name>
        <message>
            <source>Application saved.</source>
            <extracomment>a line for the status bar</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any remark (needed when attachments are missing or it came late)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it rejected? (goes into the letter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it withdrawn?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is the decision reopened?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any remark on the approval?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override the envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why may this approval go over the envelope?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen the decision…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the registration number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommend (committee)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not recommend (committee)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the application summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the decision letter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring sheet for a reviewer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a filled-in scoring sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewer</source>
            <translation type="unfinished">Reviewer</translation>
        </message>
        <message>
            <source>Scoring sheet written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a scoring sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet is refused, nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring sheet refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was written. Problems by cell:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the scoring sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 review(s) to write. Import?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring sheet imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su&amp;bmit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eli&amp;gible…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To re&amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sc&amp;ore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;More…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>application summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decision letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw the application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw application %1? It leaves the competition for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject the application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject application %1? The group is told in the decision letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen the decision on application %1? It goes back to where it stood before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement made: fill in the grantee's details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the grant agreement…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <source>Line %1: a number cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: requested + co-funding + in kind must equal the line's cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total %1 · grant requested %2 · akimat %3 · community in kind %4 · volunteer hours %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request is over the call's maximum by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This application is past its eligibility check: its content is frozen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type at least one budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit cost, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akimat, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In kind, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct, women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct, men</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indirect, women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indirect, men</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application</source>
            <translation type="unfinished">Application</translation>
        </message>
        <message>
            <source>Type the paper form from top to bottom: Tab goes to the next field; in the budget, Enter adds a line. The form keeps a draft as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant &amp;call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Initiative &amp;group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settlement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group &amp;leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leader's &amp;phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Members (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project &amp;title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categor&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Received (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant's lan&amp;guage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tart (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duration, months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;blem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>G&amp;oal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ob&amp;jectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community &amp;participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender and &amp;inclusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ris&amp;ks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ustainability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;udget (Enter adds a line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bene&amp;ficiaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Attach a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still missing: %1</source>
            <translation>Still missing: %1</translation>
        </message>
        <message>
            <source>Every required attachment is here.</source>
            <translation>Every required attachment is here.</translation>
        </message>
        <message>
            <source>This settlement is not among those the call lists: the application will be refused at the eligibility check</source>
            <translation>This settlement is not among those the call lists: the application will be refused at the eligibility check</translation>
        </message>
        <message>
            <source>Kind: from the file (photo or letter)</source>
            <translation>Kind: from the file (photo or letter)</translation>
        </message>
        <message>
            <source>What the next file attached is</source>
            <translation>What the next file attached is</translation>
        </message>
    </context>
    <context>
        <name>CallDialog</name>
        <message>
            <source>Criterion %1: the maximum is a whole number and the weight a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criterion %1: its name in Russian is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add at least one scoring criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Russian)</source>
            <translation type="unfinished">Name (Russian)</translation>
        </message>
        <message>
            <source>Name (Kazakh)</source>
            <translation type="unfinished">Name (Kazakh)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation type="unfinished">Name (English)</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant call</source>
            <translation type="unfinished">Grant call</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Code (prefix of registration numbers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opens (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deadline (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Maximum grant, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Envelope, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;use criteria of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to find a settlement; Space ticks it</source>
            <translation>Type to find a settlement; Space ticks it</translation>
        </message>
        <message>
            <source>None ticked: every settlement may apply.</source>
            <translation>None ticked: every settlement may apply.</translation>
        </message>
        <message>
            <source>%1 of %2 settlements may apply.</source>
            <translation>%1 of %2 settlements may apply.</translation>
        </message>
        <message>
            <source>Title as applicants see it, then Enter; Delete removes</source>
            <translation>Title as applicants see it, then Enter; Delete removes</translation>
        </message>
        <message>
            <source>Eligible &amp;settlements</source>
            <translation>Eligible &amp;settlements</translation>
        </message>
        <message>
            <source>Required &amp;attachments</source>
            <translation>Required &amp;attachments</translation>
        </message>
        <message>
            <source>Title in &amp;Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For letters and sheets in Kazakh; empty: the title above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Who may apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring c&amp;riteria</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Competition</name>
        <message>
            <source>Attach files</source>
            <extracomment>form field → application column, where they differ</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A reason is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another reason (type it below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;mark (printed as typed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a reason or type one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RankingPanel</name>
        <message>
            <source>No grant calls yet.</source>
            <extracomment>the application id of a row a message for the status line</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Envelope %1 · approved %2 · ticked %3 · left %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested: the top-ranked applications that fit the envelope.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selection differs from the suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is the selection changed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selection confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Suggest selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Confirm selection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print ranking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished">Number</translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Title</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation type="unfinished">Settlement</translation>
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requested</source>
            <translation type="unfinished">Requested</translation>
        </message>
        <message>
            <source>Running total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <source>ranking</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit a &amp;correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Submit (final)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This reviewer declared a conflict of interest and cannot score it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other reviewers' scores are hidden until this review is submitted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other review yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other reviewers (out of 100):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct a submitted review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The submitted review is kept; why is it corrected?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is the conflict (e.g. my own village, a relative in the group)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall &amp;comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare a conflict of &amp;interest…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donor</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Merged into</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>Name in Latin letters</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>IIN</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Starts at</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Ends at</translation>
        </message>
        <message>
            <source>Draft number</source>
            <translation>Draft number</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Registration number</translation>
        </message>
        <message>
            <source>Requested amount</source>
            <translation>Requested amount</translation>
        </message>
        <message>
            <source>Akimat co-funding</source>
            <translation>Akimat co-funding</translation>
        </message>
        <message>
            <source>Community in-kind contribution</source>
            <translation>Community in-kind contribution</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Duration, months</source>
            <translation>Duration, months</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Community participation</source>
            <translation>Community participation</translation>
        </message>
        <message>
            <source>Inclusion</source>
            <translation>Inclusion</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risks</translation>
        </message>
        <message>
            <source>Sustainability</source>
            <translation>Sustainability</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Volunteer hours</translation>
        </message>
        <message>
            <source>Approved amount</source>
            <translation>Approved amount</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Age group</translation>
        </message>
        <message>
            <source>Number of people</source>
            <translation>Number of people</translation>
        </message>
        <message>
            <source>File fingerprint (SHA-256)</source>
            <translation>File fingerprint (SHA-256)</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>File type</translation>
        </message>
        <message>
            <source>Size, bytes</source>
            <translation>Size, bytes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Marked at</source>
            <translation>Marked at</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Unit cost</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions attended</translation>
        </message>
        <message>
            <source>Sessions in total</source>
            <translation>Sessions in total</translation>
        </message>
        <message>
            <source>Declared at</source>
            <translation>Declared at</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Consent given on</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Shared with third parties</source>
            <translation>Shared with third parties</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Maximum score</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Comment required</source>
            <translation>Comment required</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Experience</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>Means of verification</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>BIN</source>
            <translation>BIN</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Submitted on</translation>
        </message>
        <message>
            <source>Amount spent</source>
            <translation>Amount spent</translation>
        </message>
        <message>
            <source>Direct beneficiaries</source>
            <translation>Direct beneficiaries</translation>
        </message>
        <message>
            <source>Indirect beneficiaries</source>
            <translation>Indirect beneficiaries</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Narrative</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Submitted at</source>
            <translation>Submitted at</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Above the envelope</source>
            <translation>Above the envelope</translation>
        </message>
        <message>
            <source>Status before</source>
            <translation>Status before</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>Status after</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Checked against the signed sheet</source>
            <translation>Checked against the signed sheet</translation>
        </message>
        <message>
            <source>Checked at</source>
            <translation>Checked at</translation>
        </message>
        <message>
            <source>Blank rows on the sign-in sheet</source>
            <translation>Blank rows on the sign-in sheet</translation>
        </message>
        <message>
            <source>Sign-in sheet printed</source>
            <translation>Sign-in sheet printed</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Amount paid</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Title in Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue in Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address in Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory's position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory's position in Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatory's position in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record name</source>
            <translation>Record name</translation>
        </message>
        <message>
            <source>Fields in conflict</source>
            <translation>Fields in conflict</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>Value kept</translation>
        </message>
        <message>
            <source>Change kept</source>
            <translation>Change kept</translation>
        </message>
        <message>
            <source>Computer of the value kept</source>
            <translation>Computer of the value kept</translation>
        </message>
        <message>
            <source>Value kept entered by</source>
            <translation>Value kept entered by</translation>
        </message>
        <message>
            <source>Value kept entered at</source>
            <translation>Value kept entered at</translation>
        </message>
        <message>
            <source>Value set aside</source>
            <translation>Value set aside</translation>
        </message>
        <message>
            <source>Change set aside</source>
            <translation>Change set aside</translation>
        </message>
        <message>
            <source>Computer of the value set aside</source>
            <translation>Computer of the value set aside</translation>
        </message>
        <message>
            <source>Value set aside entered by</source>
            <translation>Value set aside entered by</translation>
        </message>
        <message>
            <source>Value set aside entered at</source>
            <translation>Value set aside entered at</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Resolved at</source>
            <translation>Resolved at</translation>
        </message>
        <message>
            <source>Resolved by</source>
            <translation>Resolved by</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Place of signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grantee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grantee's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grantee's BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grantee's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative's position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative's IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition of payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid by override because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site visit</source>
            <translation />
        </message>
        <message>
            <source>Grantee report</source>
            <translation />
        </message>
        <message>
            <source>Latitude</source>
            <translation />
        </message>
        <message>
            <source>Longitude</source>
            <translation />
        </message>
        <message>
            <source>Who does it</source>
            <translation />
        </message>
        <message>
            <source>Closed at</source>
            <translation />
        </message>
        <message>
            <source>Closed by</source>
            <translation />
        </message>
        <message>
            <source>What was done</source>
            <translation />
        </message>
        <message>
            <source>Co-funding delivered</source>
            <translation />
        </message>
        <message>
            <source>Accepted on</source>
            <translation />
        </message>
        <message>
            <source>Accepted by</source>
            <translation />
        </message>
        <message>
            <source>Budget line</source>
            <translation />
        </message>
        <message>
            <source>Spent</source>
            <translation />
        </message>
        <message>
            <source>Time of the visit</source>
            <translation />
        </message>
        <message>
            <source>People met</source>
            <translation />
        </message>
        <message>
            <source>Beneficiary feedback</source>
            <translation />
        </message>
        <message>
            <source>People seen using the site</source>
            <translation />
        </message>
        <message>
            <source>Reason for the hold</source>
            <translation />
        </message>
        <message>
            <source>Corrects the visit</source>
            <translation />
        </message>
        <message>
            <source>Answer</source>
            <translation />
        </message>
        <message>
            <source>Text in Russian</source>
            <translation />
        </message>
        <message>
            <source>Text in Kazakh</source>
            <translation />
        </message>
        <message>
            <source>Text in English</source>
            <translation />
        </message>
        <message>
            <source>File</source>
            <translation />
        </message>
        <message>
            <source>Taken at</source>
            <translation />
        </message>
        <message>
            <source>Orientation</source>
            <translation />
        </message>
        <message>
            <source>Caption</source>
            <translation />
        </message>
        <message>
            <source>Done, %</source>
            <translation />
        </message>
        <message>
            <source>Fingerprint of the PDF</source>
            <translation />
        </message>
        <message>
            <source>Fingerprint of its data</source>
            <translation />
        </message>
        <message>
            <source>Data printed</source>
            <translation />
        </message>
        <message>
            <source>Changed since the version before</source>
            <translation />
        </message>
        <message>
            <source>Clauses changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed on</source>
            <translation />
        </message>
        <message>
            <source>Beneficiaries reached</source>
            <translation />
        </message>
        <message>
            <source>Amendment printed</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two records of one person</source>
            <translation>Merge two records of one person</translation>
        </message>
        <message>
            <source>Choose the record to keep. The other record's attendance, registrations, certificates and consents move to it, and its empty fields are filled from the other one. The other record leaves the list; its history is kept.</source>
            <translation>Choose the record to keep. The other record's attendance, registrations, certificates and consents move to it, and its empty fields are filled from the other one. The other record leaves the list; its history is kept.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>Trainings attended</translation>
        </message>
        <message>
            <source>Keep this record</source>
            <translation>Keep this record</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>Check-in at the door</source>
            <extracomment>columns whose values are codes to be shown as words</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in mark undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk-in at the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two records of one person merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in sheet printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificates printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance summary printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People imported from {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applications imported from {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring sheet imported from {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {detail} of the application register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self-test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo of the letterhead changed</source>
            <translation />
        </message>
        <message>
            <source>Agreement made from the approved application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement printed ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments confirmed from the bank statement {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects registered from the register {detail}</source>
            <translation />
        </message>
        <message>
            <source>Project already running on paper, registered by hand</source>
            <translation />
        </message>
        <message>
            <source>Project already running on paper, from the register {detail}</source>
            <translation />
        </message>
        <message>
            <source>Amendment printed ({detail})</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>Not yet sent to the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In conflict with a change made elsewhere: see the Sync page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change was refused by the head office: see the Sync page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol this laptop with the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head office gives each laptop a one-time code and the hub's address, or an enrolment file on a USB stick. The laptop's records stay on it; the programme's data arrive after enrolment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With the hub's address and a one-time code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-time code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I compared the fingerprint with the head office's: trust this certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With an enrolment file (from a USB stick)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolment file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The enrolment file from the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is enrolled as “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving the programme's data from the head office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The enrolment file names no hub's address: choose “Sync through a folder…” on the Sync page, or import the head office's file from a USB stick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can close this window: FieldApp keeps trying by itself.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) received from the head office.</source>
            <translation>
                <numerusform>%n change received from the head office.</numerusform>
                <numerusform>%n changes received from the head office.</numerusform>
            </translation>
        </message>
        <message>
            <source>The laptop is ready: its cycles, calls, settlements and people are here. From now on it syncs by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrol a device</source>
            <extracomment>a served folder is looked at this often while the page's serving is on</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Kuryk laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settlements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme c&amp;ycles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A &amp;head-office device (its changes count as the head office's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick nothing for every settlement and every cycle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Issue a one-time code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolment &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve the code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type this code on the laptop (Sync ▸ Enrol) within a few days. It works once; it is shown only now — save it to a file if you need it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the device a name first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolment files (*.enrolment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolment file written: %1. It holds the laptop's credentials: carry it like a password and delete it once used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FieldApp enrolment code for %1: %2
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code was saved to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print the code…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>USB / file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending changes…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Receiving changes: %n so far</source>
            <translation>
                <numerusform>Receiving changes: %n so far</numerusform>
                <numerusform>Receiving changes: %n so far</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending and receiving files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing through the folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head office's hub cannot be reached. Changes are kept on this laptop and sent by themselves when the connection returns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The synced folder cannot be read. Check that it is still there; FieldApp tries again by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub refuses this laptop (its enrolment was revoked). Ask the head office for a new code and enrol again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub's certificate is no longer the one trusted at enrolment. Ask the head office, then enrol again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub had a problem answering. FieldApp tries again by itself; if it lasts, tell the head office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last sync did not complete. FieldApp tries again by itself; if it lasts, tell the head office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By USB only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything delivered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet delivered</source>
            <translation>
                <numerusform>%n change not yet delivered</numerusform>
                <numerusform>%n changes not yet delivered</numerusform>
            </translation>
        </message>
        <message>
            <source>sent %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Clock %n min ahead of the head office's</source>
            <translation>
                <numerusform>Clock %n min ahead of the head office's</numerusform>
                <numerusform>Clock %n min ahead of the head office's</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clock %n min behind the head office's</source>
            <translation>
                <numerusform>Clock %n min behind the head office's</numerusform>
                <numerusform>Clock %n min behind the head office's</numerusform>
            </translation>
        </message>
        <message>
            <source>Set this computer's date and time: changes stamped by a wrong clock may win over later ones or lose to older ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync: click for details (F9 syncs now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock %1 min</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ExportBundleDialog</name>
        <message>
            <source>Export changes for the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a folder that exists (insert the USB stick first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written: %1
%2 change(s) and %3 file(s). Give the file to the head office; import their reply here when it comes back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A USB stick, or a folder whose file you send by e-mail</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet acknowledged by the head office go into the file, with the attachments not yet sent. Write it to a USB stick, or to a folder and send the file by e-mail.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Every change made here has been acknowledged; the file still tells the head office what this laptop has received. Write it to a USB stick, or to a folder and send the file by e-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not enrolled with the head office yet, so it cannot export its changes. Enrol it first: on the Sync page choose “Enrol this laptop…” and give the enrolment file or the one-time code from the head office.</source>
            <translation>This laptop is not enrolled with the head office yet, so it cannot export its changes. Enrol it first: on the Sync page choose “Enrol this laptop…” and give the enrolment file or the one-time code from the head office.</translation>
        </message>
    </context>
    <context>
        <name>HeadOfficePage</name>
        <message>
            <source>Head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the head office: this computer keeps the hub's data folder (the same folder as “fieldapp server --data”), enrols and revokes laptops, takes in their bundles from USB sticks or e-mail and can serve a synced folder — no server needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open or create…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts across the programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Enrol a device…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import a laptop's bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport for the device…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept (who)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set aside (who)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder shared with the laptops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Serve it (every minute while FieldApp is open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync the folder &amp;now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A folder of OneDrive, Google Drive, Yandex Disk, Nextcloud or a network share that the laptops also sync with: their bundles are taken in and each gets its reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the hub's data folder to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>code not used yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke %1? Its token stops working at once; what it has not sent is lost with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FieldApp bundles (*.fab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder shared with the laptops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken in: %1, left for the next run: %2, replies written: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet sent from it</source>
            <translation />
        </message>
        <message>
            <source>Its own changes that had not reached the head office, as the laptop said at its last sync over the network</source>
            <translation />
        </message>
        <message>
            <source>As the laptop said on %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ImportBundleDialog</name>
        <message>
            <source>Import a laptop's bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from the head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bundle file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chec&amp;k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it will apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FieldApp bundles (*.fab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>valid: made by the sender and not altered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT VALID: altered after it was made, or not made by the sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not checked (see below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new change(s) to apply</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already here</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>acknowledges %n of this laptop's changes</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing the bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from %1: %2 accepted, %3 already had, %4 conflict(s), %5 refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: %1 applied, %2 already had, %3 conflict(s), %4 of my changes refused; %5 of my changes acknowledged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledgement written: %1 — take it back with the next bundle.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InboxAction</name>
        <message>
            <source>Conflicts and re&amp;jections…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts and re&amp;jections (%1)…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InboxDialog</name>
        <message>
            <source>Conflicts and rejections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to review: no conflicts, and the head office refused none of the changes made here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted on one side, changed on the other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an action refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict: %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine: %1 (%2). Theirs: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was deleted on one side and changed on the other; it was kept. Keep it, or delete it again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both sides changed the same field. The record now holds “theirs” if it won, “mine” otherwise; choose what it should hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use the merged value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by %1 on %2; the head office refused it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Send again with these values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave it refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (now in the record)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncFileButtons</name>
        <message>
            <source>E&amp;xport changes for the head office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;mport from the head office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts and re&amp;jections (%1)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts and re&amp;jections…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Grant agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Grantee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bank details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Money and term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grantee is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative (full name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position (for an organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IBAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place of signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Akimat co-funding, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community contribution in kind, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation />
        </message>
        <message>
            <source>Tranches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the initiative group, through its representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a partner organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind, number, issued by and on, e.g. удостоверение личности № 012345678, выдано МВД РК 01.02.2015</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement %1 · application %2 · %3 · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid %1, balance %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing for printing: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed: a change needs an amendment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Agreements</name>
        <message>
            <source>Amount, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add a tranche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remo&amp;ve the tranche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This agreement no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application {number} is {status}: an agreement is made for an approved one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application {number} already has agreement {agreement}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {number} is {status}: a change needs an amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {number} already has its number; it never changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of signing is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {number} cannot be signed yet; missing: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the kind of grantee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tranche no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount paid must be more than zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} is paid already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} would pay beyond agreement {agreement}: {balance} is left of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the head office may pay a tranche whose condition is not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {agreement} is not signed yet: nothing is paid before it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche {earlier} is not paid yet: tranches are paid in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The condition of tranche {number} is not met yet: {condition}. The head office may pay it with a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche {number}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schedule needs at least one tranche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tranches add up to {total}; the grant is {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A payment is recorded once it is made: the date is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The payment date is before the agreement was signed ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is more than tranche {number}: {unpaid} of it is unpaid (the next tranche is paid on its own condition)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project of agreement {number} ends on {ends}, before this date of signing: change its term first (Money and term)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tranche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paid on (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amount paid, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment &amp;order (number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Override reason (head office, condition unmet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement %1: %2 · paid %3, balance %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2 — %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This tranche is paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The condition is met: the tranche may be paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The condition is not met yet (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche %1 is %2; %3 is paid. A tranche is paid once: the %4 left of it can then be paid only after an amendment. Record %3?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Less than the tranche</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Agreement signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the day both parties signed. The agreement gets its official number and is locked: a later change needs an amendment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocationField</name>
        <message>
            <source>Open in map</source>
            <translation />
        </message>
        <message>
            <source>Decimal degrees (43.653611, 51.167222) or degrees, minutes and seconds (43°39'13"N 51°10'02"E)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PhotoList</name>
        <message>
            <source>Add photos…</source>
            <extracomment>the user asked to add these files (the dialog prepares them off the GUI thread) "use this photo's place" for the visit's location key (photo id or "new:&lt;sha&gt;") → [caption, taken_at, latitude, longitude, file name, PhotoFile or None]</extracomment>
            <translation />
        </message>
        <message>
            <source>Add a folder…</source>
            <translation />
        </message>
        <message>
            <source>Use this photo's place</source>
            <translation />
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation />
        </message>
        <message>
            <source>Add photos</source>
            <translation />
        </message>
        <message>
            <source>Photos (%1)</source>
            <translation />
        </message>
        <message>
            <source>Add the photos of a folder</source>
            <translation />
        </message>
        <message>
            <source>No photos yet: add them from the camera's folder or a USB stick.</source>
            <translation />
        </message>
        <message>
            <source>time unknown</source>
            <translation />
        </message>
        <message>
            <source>no GPS position</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Grantee report (accepted %1)</source>
            <translation />
        </message>
        <message>
            <source>Spent %1 of the grant's %2</source>
            <translation />
        </message>
        <message>
            <source>An amount spent is not a sum of money</source>
            <translation />
        </message>
        <message>
            <source>Grantee report</source>
            <translation />
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Submitted on:</source>
            <translation />
        </message>
        <message>
            <source>Spending per budget line:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Co-funding delivered:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Volunteer hours:</source>
            <translation />
        </message>
        <message>
            <source>Beneficiaries reached:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Narrative:</source>
            <translation />
        </message>
        <message>
            <source>Progress</source>
            <translation />
        </message>
        <message>
            <source>Completion</source>
            <translation />
        </message>
        <message>
            <source>Budget line</source>
            <translation />
        </message>
        <message>
            <source>Grant budget</source>
            <translation />
        </message>
        <message>
            <source>Spent</source>
            <translation />
        </message>
        <message>
            <source>Women and girls</source>
            <translation />
        </message>
        <message>
            <source>Men and boys</source>
            <translation />
        </message>
    </context>
    <context>
        <name>TimelineDialog</name>
        <message>
            <source>Application received</source>
            <translation />
        </message>
        <message>
            <source>Approved</source>
            <translation />
        </message>
        <message>
            <source>Agreement signed</source>
            <translation />
        </message>
        <message>
            <source>Tranche due</source>
            <translation />
        </message>
        <message>
            <source>Tranche paid</source>
            <translation />
        </message>
        <message>
            <source>Site visit</source>
            <translation />
        </message>
        <message>
            <source>Grantee report</source>
            <translation />
        </message>
        <message>
            <source>Report accepted</source>
            <translation />
        </message>
        <message>
            <source>Follow-up action</source>
            <translation />
        </message>
        <message>
            <source>Action closed</source>
            <translation />
        </message>
        <message>
            <source>Project completed</source>
            <translation />
        </message>
        <message>
            <source>Tranche %1: %2</source>
            <translation />
        </message>
        <message>
            <source>Monitoring</source>
            <translation />
        </message>
        <message>
            <source>Final acceptance</source>
            <translation />
        </message>
        <message>
            <source>next tranche released</source>
            <translation />
        </message>
        <message>
            <source>next tranche held</source>
            <translation />
        </message>
        <message>
            <source>not decided</source>
            <translation />
        </message>
        <message>
            <source>Progress report</source>
            <translation />
        </message>
        <message>
            <source>Completion report</source>
            <translation />
        </message>
        <message>
            <source>%1 (who: %2, due %3)</source>
            <translation />
        </message>
        <message>
            <source>Project timeline</source>
            <translation />
        </message>
        <message>
            <source>Date</source>
            <translation />
        </message>
        <message>
            <source>Event</source>
            <translation />
        </message>
        <message>
            <source>Details</source>
            <translation />
        </message>
        <message>
            <source>Beneficiaries reached: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>%1: %2</source>
            <translation />
        </message>
        <message>
            <source>Not checked</source>
            <translation />
        </message>
        <message>
            <source>Yes</source>
            <translation />
        </message>
        <message>
            <source>No</source>
            <translation />
        </message>
        <message>
            <source>Does not apply</source>
            <translation />
        </message>
        <message>
            <source>Progress against the work plan</source>
            <translation />
        </message>
        <message>
            <source>Checklist</source>
            <translation />
        </message>
        <message>
            <source>The application has no work plan.</source>
            <translation />
        </message>
        <message>
            <source>New site visit</source>
            <translation />
        </message>
        <message>
            <source>Site visit (draft)</source>
            <translation />
        </message>
        <message>
            <source>Site visit</source>
            <translation />
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation />
        </message>
        <message>
            <source>O&amp;fficer:</source>
            <translation />
        </message>
        <message>
            <source>Announced:</source>
            <translation />
        </message>
        <message>
            <source>P&amp;urpose:</source>
            <translation />
        </message>
        <message>
            <source>People &amp;met:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Beneficiary feedback:</source>
            <translation />
        </message>
        <message>
            <source>People seen &amp;using the site:</source>
            <translation />
        </message>
        <message>
            <source>Next &amp;tranche:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Reason for the hold:</source>
            <translation />
        </message>
        <message>
            <source>Announced</source>
            <translation />
        </message>
        <message>
            <source>Unannounced</source>
            <translation />
        </message>
        <message>
            <source>Monitoring</source>
            <translation />
        </message>
        <message>
            <source>Final acceptance</source>
            <translation />
        </message>
        <message>
            <source>Not decided yet</source>
            <translation />
        </message>
        <message>
            <source>Release</source>
            <translation />
        </message>
        <message>
            <source>Hold</source>
            <translation />
        </message>
        <message>
            <source>Visit</source>
            <translation />
        </message>
        <message>
            <source>Progress and checklist</source>
            <translation />
        </message>
        <message>
            <source>Findings and decision</source>
            <translation />
        </message>
        <message>
            <source>Photos</source>
            <translation />
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation />
        </message>
        <message>
            <source>What must be done after this visit, by whom and by when (Insert adds a row). Open actions show on the officer's list until someone closes them.</source>
            <translation />
        </message>
        <message>
            <source>What</source>
            <translation />
        </message>
        <message>
            <source>Who</source>
            <translation />
        </message>
        <message>
            <source>Due</source>
            <translation />
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation />
        </message>
        <message>
            <source>Remove</source>
            <translation />
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation />
        </message>
        <message>
            <source>&amp;Finish visit</source>
            <translation />
        </message>
        <message>
            <source>Everything is in order: finishing this visit completes the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet in order for completion: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project %1 is completed on %2: %3 beneficiaries reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The visit is finished. Project %1 is not completed yet: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the project…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Checklist of site visits</source>
            <translation />
        </message>
        <message>
            <source>One item a row, in Russian (required), Kazakh and English. Insert adds a row, Delete removes one. Visits already recorded keep their own words.</source>
            <translation />
        </message>
        <message>
            <source>Russian</source>
            <translation />
        </message>
        <message>
            <source>Kazakh</source>
            <translation />
        </message>
        <message>
            <source>English</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FigureListDialog</name>
        <message>
            <source>No records behind this figure.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduledExportDialog</name>
        <message>
            <source>Scheduled exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The figures and records (without personal data) are written to a folder — a synced cloud folder or a network share — after each sync and/or every day at a set time. Older exports beyond the number kept are removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep the last:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Daily at (HH:MM):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After each &amp;sync:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last export:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export after each successful sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just now: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreementData</name>
        <message>
            <source>number</source>
            <translation />
        </message>
        <message>
            <source>draft or signed</source>
            <translation />
        </message>
        <message>
            <source>text</source>
            <translation />
        </message>
        <message>
            <source>tranches</source>
            <translation />
        </message>
        <message>
            <source>amount</source>
            <translation />
        </message>
        <message>
            <source>budget</source>
            <translation />
        </message>
        <message>
            <source>budget totals</source>
            <translation />
        </message>
        <message>
            <source>work plan</source>
            <translation />
        </message>
        <message>
            <source>signatory</source>
            <translation />
        </message>
        <message>
            <source>grantee's representative</source>
            <translation />
        </message>
        <message>
            <source>foundation</source>
            <translation />
        </message>
        <message>
            <source>subject</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>Import bank statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank statements (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>Import bank statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document / result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read as a bank statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, rows: %2. Each outgoing payment is matched to an unpaid tranche by the agreement number in its purpose and its amount; nothing is recorded until you confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To record: payment order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments to record: %1 (%2). Rows not matched: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the payments (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaperProjectDialog</name>
        <message>
            <source>Register a project already running on paper</source>
            <translation />
        </message>
        <message>
            <source>A project funded and signed on paper before FieldApp: its application is recorded as funded, its agreement as signed under its number, and the payments already made are recorded. Give the BIN when the grantee is an organisation.</source>
            <translation />
        </message>
        <message>
            <source>Si&amp;gned on (dd.mm.yyyy)</source>
            <translation />
        </message>
        <message>
            <source>Grant &amp;amount, ₸</source>
            <translation />
        </message>
        <message>
            <source>&amp;Payments already made (amount, date, payment order)</source>
            <translation />
        </message>
        <message>
            <source>Amount, ₸</source>
            <translation />
        </message>
        <message>
            <source>Date</source>
            <translation />
        </message>
        <message>
            <source>Payment order</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PaperProjects</name>
        <message>
            <source>Agreement number</source>
            <translation />
        </message>
        <message>
            <source>Grantee</source>
            <translation />
        </message>
        <message>
            <source>BIN (an organisation)</source>
            <translation />
        </message>
        <message>
            <source>Representative's IIN</source>
            <translation />
        </message>
        <message>
            <source>Representative</source>
            <translation />
        </message>
        <message>
            <source>Settlement</source>
            <translation />
        </message>
        <message>
            <source>Grant call</source>
            <translation />
        </message>
        <message>
            <source>Project title</source>
            <translation />
        </message>
        <message>
            <source>Category</source>
            <translation />
        </message>
        <message>
            <source>Grant amount</source>
            <translation />
        </message>
        <message>
            <source>Signed on</source>
            <translation />
        </message>
        <message>
            <source>Starts on</source>
            <translation />
        </message>
        <message>
            <source>Ends on</source>
            <translation />
        </message>
        <message>
            <source>Address</source>
            <translation />
        </message>
        <message>
            <source>Bank</source>
            <translation />
        </message>
        <message>
            <source>BIC</source>
            <translation />
        </message>
        <message>
            <source>Paid %1</source>
            <translation />
        </message>
        <message>
            <source>Paid %1: date</source>
            <translation />
        </message>
        <message>
            <source>Paid %1: payment order</source>
            <translation />
        </message>
        <message>
            <source>Import the register of paper projects</source>
            <translation />
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV register: one row per project already running</source>
            <translation />
        </message>
        <message>
            <source>&amp;Grant call of rows that name none</source>
            <translation />
        </message>
        <message>
            <source>Agreement — grantee</source>
            <translation />
        </message>
        <message>
            <source>— each row names its call —</source>
            <translation />
        </message>
        <message>
            <source>Each row makes the funded application, the signed agreement under its number, its tranches and the payments made. A number already in the database is skipped.</source>
            <translation />
        </message>
        <message>
            <source>paper-projects.xlsx</source>
            <translation />
        </message>
        <message>
            <source>Paper projects</source>
            <translation />
        </message>
        <message>
            <source>Projects funded and signed on paper before FieldApp</source>
            <translation />
        </message>
        <message>
            <source>&amp;Import the register…</source>
            <translation />
        </message>
        <message>
            <source>Projects already running on paper, from an Excel register (Ctrl+Shift+I)</source>
            <translation />
        </message>
        <message>
            <source>&amp;Register one by hand…</source>
            <translation />
        </message>
        <message>
            <source>Paper projects registered with their agreements and payments: %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Completion</name>
        <message>
            <source>the agreement is {status}, not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no finished final-acceptance visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the acceptance visit does not release the project (decision: release)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checklist items not answered “Yes” or “Does not apply”: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow-up actions still open: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no completion report from the grantee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the completion report of {submitted_on} is not accepted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tranches not paid yet: {numbers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the head office changes an agreement that is {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project is not in order at the head office: it cannot be completed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The completion must record the date {date} and {reached} beneficiaries reached, as the completion report says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project is completed at the head office and stays so</source>
            <translation />
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Agreement %1 · %2 · paid %3. Change what the amendment changes and give the reason; the changes apply once the amendment is signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amend the agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason, amount and term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bank details and signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant amount, ₸</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative (full name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position (for an organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IBAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIC</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Amendments</name>
        <message>
            <source>The scanned signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned signed copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No scanned signed copy is attached on this computer yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is {size} MB; a scanned copy may be at most {limit} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a PDF, JPEG or PNG file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is damaged or incomplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {number} was signed on {signed_on}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This amendment no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {number} is {status}: an amendment changes a signed agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendment № {number} of agreement {agreement} is not signed yet: sign or withdraw it first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} is not changed by an amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason for the change is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing differs from agreement {agreement}: an amendment changes at least one clause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} was paid {paid}: it cannot be reduced below that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{paid} of agreement {agreement} is paid already: the grant cannot be less</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new amount of agreement {agreement} does not fit the unpaid tranches: change the schedule too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendment № {number} is signed already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {agreement} was signed on {signed_on}: its amendment cannot be signed before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement {agreement} changed since amendment № {number} was written: withdraw it and write it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendment № {number} is not signed yet: its copy is attached when it is signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tranche {number} of agreement {agreement} is paid: it cannot grow by {more}; put that on a tranche still to pay</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AmendmentsDialog</name>
        <message>
            <source>Amendments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>№</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Signed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the signed &amp;copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreement %1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw the amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw amendment № %1? It is kept in the history; its number is not given again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian | Kazakh, side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendment № %1 to agreement %2: version %3</source>
            <translation />
        </message>
        <message>
            <source>Amendment № %1 to agreement %2: version %3, the same as printed before</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SignAmendmentDialog</name>
        <message>
            <source>Amendment signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the day both parties signed the amendment; its changes then apply to the agreement. Attach its scanned copy if you have it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned &amp;copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignedCopyDialog</name>
        <message>
            <source>Agreement signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agreement is signed. Attach the scanned signed copy (PDF, JPEG or PNG).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the day both parties signed and attach the scanned signed copy (PDF, JPEG or PNG). The agreement gets its official number and is locked: a later change needs an amendment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Signed on (dd.mm.yyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned &amp;copy</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
