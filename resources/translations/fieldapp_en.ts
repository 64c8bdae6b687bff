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
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Grant calls &amp; applications</source>
        <translation>Grant calls &amp; applications</translation>
    </message>
    <message>
        <source>No applications yet. Applications are registered when a grant call is open.</source>
        <translation>No applications yet. Applications are registered when a grant call is open.</translation>
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
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see everything.</source>
        <translation>Nothing matches “%1”. Press Esc in the filter box to see everything.</translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation>Writing the Excel file…</translation>
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
        <source>%n change(s) recorded, not yet synced</source>
        <translation><numerusform>%n change recorded, not yet synced</numerusform><numerusform>%n changes recorded, not yet synced</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied with headers</source>
        <translation><numerusform>%n row copied with headers</numerusform><numerusform>%n rows copied with headers</numerusform></translation>
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
        <translation><numerusform>%n row written to %1</numerusform><numerusform>%n rows written to %1</numerusform></translation>
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
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>No people yet. They arrive with trainings, applications and sync from the head office.</source>
        <translation>No people yet. They arrive with trainings, applications and sync from the head office.</translation>
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
        <source>Agreements, sign-in sheets and visit reports are printed in this language.</source>
        <translation>Agreements, sign-in sheets and visit reports are printed in this language.</translation>
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
        <source>Every change is recorded here with who made it and when. Sending the changes to the head office and receiving theirs arrives with the sync feature; nothing recorded is lost meanwhile.</source>
        <translation>Every change is recorded here with who made it and when. Sending the changes to the head office and receiving theirs arrives with the sync feature; nothing recorded is lost meanwhile.</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>No trainings yet. Trainings planned at the head office arrive here with sync.</source>
        <translation>No trainings yet. Trainings planned at the head office arrive here with sync.</translation>
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
</context>
</TS>