<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant agreements yet. An agreement is made for each funded application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tranche may be released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No communities yet. The region, districts and villages arrive with the programme&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected place&apos;s names and KATO code (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme cycles yet: they arrive with the programme&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the records in this database; F5 counts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldApp — error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work is safe. Try again; if it happens again, send the log file to your head office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>This field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KATO code is 9 digits, e.g. 475200000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIN is 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: please re-check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 7th digit of an IIN is 1 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIN starts with a real birth date (YYMMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIN is 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIN&apos;s check digit does not match: please re-check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIN starts with the registration year and month (YYMM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5th digit of a BIN is 4, 5 or 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number (Kazakh mobiles start with 70x or 77x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kazakh IBAN is KZ, 2 check digits, a 3-digit bank code and 13 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits do not match: please re-check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most 2 decimal places (tiyn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form?</source>
        <extracomment>the core&apos;s check: takes the typed value, returns the clean one or raises Invalid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed something in this form that is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text found</source>
        <extracomment>the save finished: the result of save_work</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was closed last time with text that was not saved. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Grant calls &amp; applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Applications are registered when a grant call is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant calls yet. The head office announces calls; they arrive here with sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <extracomment>Enter or a double click on a row: its id an export finished: the file and the number of rows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc in the filter box to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Excel file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User: %1</source>
        <extracomment>the window closed and every queued write finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, not yet synced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied with headers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About FieldApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings, grants, agreements and site visits of community grant programmes, offline.
Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list in view, as filtered, to an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows with their headers, ready to paste into Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet. They arrive with trainings, applications and sync from the head office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>the user chose another profile (the status bar shows it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at once and is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements, sign-in sheets and visit reports are printed in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change or add a profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Edit settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names as they are written in each language, and the 9-digit KATO code where it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, e.g. 475200000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteVisitsPage</name>
    <message>
        <source>Site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site visits yet. Visits are made to projects that have a signed agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the database…</source>
        <extracomment>set by benchmarks/startup.py: print when the window is painted and when data are on screen, then quit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in another FieldApp window. Switch to that window, or close it and start FieldApp again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldApp cannot open this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet. Every change made on this laptop appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded here with who made it and when. Sending the changes to the head office and receiving theirs arrives with the sync feature; nothing recorded is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainings yet. Trainings planned at the head office arrive here with sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded with the name of the person who made it. Choose your profile on this laptop or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensory room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreation area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>columns whose values are codes to be shown as words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
