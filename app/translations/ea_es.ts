<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>activity_html</name>
    <message>
        <source>Adaptations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file in a text editor, then check it with &lt;code&gt;python -m app validate&lt;/code&gt; and restart the app.</source>
        <extracomment>keep the command in &lt;code&gt; as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? (observation…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: press Ctrl+R to run one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation saved (change…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing is always fine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity's file has problems, so it cannot be shown yet. The rest of the program works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own copy: edit it with Ctrl+E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own copy: press Ctrl+E to fix it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan's file has problems, so it cannot be shown yet. The rest of the program works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind}'s file has problems, so it cannot be shown yet. The rest of the program works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To adapt this activity, make your own copy with Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the card deck “{deck}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the rhythm pattern “{rhythm}” and the card deck “{deck}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the rhythm pattern “{rhythm}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped in the short version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <extracomment>a duration, short ("5 min")</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min (short version {short} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} present, {absent} absent</source>
        <extracomment>how many students were in a past session, and how many were not</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{smallest}–{largest} students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>class_page</name>
    <message numerus="yes">
        <source>%n rhythm hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 shared journal entry unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive class?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the home screen; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything about this student?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything about {name}: their {entries} (private ones too), {hits}, attendance in {sessions}, turns, pair rules and their place on the roster?

This cannot be undone (backups older than today still hold them until they rotate away). Imports from other laptops will not bring them back.</source>
        <extracomment>{entries}, {hits} and {sessions} are "3 journal entries", "12 rhythm hits", "5 sessions"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep apart/together…</source>
        <extracomment>rules for pairs of students to keep apart or together when groups are made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this class to students' own devices (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>takes the student off this class's roster (their records stay)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove student?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this class? They leave the roster, groups and turns; past attendance stays in the session records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset this student's PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset {name}'s PIN? They can then sign in without one and choose a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: what changed between the questionnaires before and after, in words and charts (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their 1 private entry written so far is locked with the old PIN and will stay locked for good: nobody, not you and not them, can open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their {n} private entries written so far are locked with the old PIN and will stay locked for good: nobody, not you and not them, can open them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the answers of paper questionnaires with the number keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} shared journal entries unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{students} · {sessions} · {unread}. Enter or F2 edits a student; Ctrl+R runs a session with this class; Ctrl+J opens its journals.</source>
        <extracomment>{students}, {sessions} and {unread} are "12 students", "3 sessions", "2 shared journal entries unread"</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classnet.actions</name>
    <message numerus="yes">
        <source>%n device(s) joined. Close the class to devices? They are signed out; what was written is saved. Opening again gives a new code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close the other class to devices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to devices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open class to &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open class to devices (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{class_name} is open to devices, and only one class can be open at a time. Close {class_name} to devices (its devices are signed out) and go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classnet.join_card</name>
    <message>
        <source>Join card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join on your device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the room's Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address, or scan the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other addresses of this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is on no network yet. Open a hotspot (guide, chapter 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or  {addresses}</source>
        <extracomment>{addresses} lists the laptop's other addresses, such as "10.0.0.5   ·   172.16.0.2"</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classnet.panel</name>
    <message>
        <source>About privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address for students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class network state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} of {days} today: students see its check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices — {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the selected name, so the student can pick it on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many joined and wrote today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its days are over: choose it again to start it afresh from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device holds {name}'s name now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected student's device back to the join screen (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show join card on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the device using {name}'s name? It goes back to the join screen and needs the code to join again. What they wrote is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students can still write from any prompt, or freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students cannot join while the class is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students on their devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge was not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see who has joined and written, never what they wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}'s device is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}'s name is free: they can pick it on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Open to devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classnet.presence_model</name>
    <message>
        <source>Joined</source>
        <extracomment>the headers of the panel's table of students: joined from a device, wrote in their journal today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>the headers of the panel's table of students: joined from a device, wrote in their journal today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined, PIN still to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %n entries today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wrote 1 entry today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{joined} of {total} joined · {wrote} wrote today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ PIN to type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classnet.qr</name>
    <message>
        <source>Opens {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classnet.questionnaire_choice</name>
    <message numerus="yes">
        <source>%n answered</source>
        <extracomment>how many students have answered the questionnaire so far</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No questionnaire on devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: the journal is busy. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire answers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire on devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students see it on their devices' home screen while it is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the program</source>
        <extracomment>shown after a questionnaire's title, as in "Class Check-in — before the program"</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash_log</name>
    <message>
        <source>Something went wrong inside Empathy Ambassadors. What you saved is safe, and you can keep working.

If it happens again, please send this file to whoever looks after the app:
{file}</source>
        <extracomment>{file} is the log file's full path, on a line of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck_editor</name>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience (separate with |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content notes (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit content notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deck: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity (1–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: a deck holds at most {most} cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: two cards have the same title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card has {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card '{title}': {problem}</source>
        <extracomment>what is wrong with a card, after "Not saved yet: "</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intensity must be 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>decks_page</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) will be added as a new deck.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be added:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cards of the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete your deck {title} (%n card(s))?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw cards in a session with D. Write your own decks, or import them from a spreadsheet (columns Title, Text, Role, Audience, Intensity, Content notes).</source>
        <extracomment>the column names are those of the spreadsheet a deck is imported from: keep them in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the deck as cards to cut out (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <extracomment>a card's intensity, 1 (light) to 3 (heavy)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped decks stay as they are: use Duplicate, then edit your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with the app: Duplicate makes a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet CSV (*.csv);;TOML (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your deck: Edit changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level}</source>
        <extracomment>a card's intensity, 1 (light) to 3 (heavy)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <extracomment>a row of the spreadsheet that is not imported, and why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <extracomment>whose deck it is: the facilitator's own, or one that came with the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <extracomment>whose deck it is: the facilitator's own, or one that came with the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cards} · {heavy} heavy (level 3, hidden in class unless turned on) · {origin}</source>
        <extracomment>{heavy} is a number of cards; heavy cards stay out of a session unless the facilitator turns them on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor_page</name>
    <message>
        <source>Check and &amp;save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text (TOML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save ({error}). Free some disk space and press Ctrl+S again; your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your copy {file}? The shipped version stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your copy: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: fix the %n problem(s) above. Your text is kept here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own copy, kept in your data folder. Change what you need; Ctrl+Z undoes. Check and save (Ctrl+S) saves only when the file is correct. See activities/README.md for the fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>&lt;b&gt;My other laptops&lt;/b&gt;: everything, so it can be merged there. Private entries go as stored: locked when the student has a PIN.&lt;br&gt;&lt;b&gt;Someone else&lt;/b&gt; (a colleague, the school office): no private entry goes into it at all.</source>
        <extracomment>the two bold names are the buttons below ("My other laptops", "Someone else").</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete these? They were deleted on the other laptop.</source>
        <extracomment>the things deleted are listed below this question.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete {what}? This was deleted on the other laptop.</source>
        <extracomment>{what} names one deleted thing, e.g. "class 'Class 8B' with 12 students, 2 sessions".</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle and comparing it with this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class bundles (*.eabundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export class data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <extracomment>{file} is the bundle's full path; the three numbers are counts of rows written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and apply deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import class data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <extracomment>a window title; {file} is the bundle's file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup, then merging the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My other laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this bundle for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {students} students, {entries} journal entries, {runs} rhythm runs.</source>
        <extracomment>{file} is the bundle's full path; the three numbers are counts of rows written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes</source>
        <extracomment>the file name suggested for an export of all classes (no extension).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the file again and choose '{button}'</source>
        <extracomment>ends the sentence "Skipped deletions (…). To apply them, {this}."; the quoted name is the button "Import and apply deletions".</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} shared</source>
        <extracomment>the file name suggested for an export for someone else (no extension).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>home</name>
    <message numerus="yes">
        <source>%n reflection prompt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), {advisory} advisory</source>
        <extracomment>the session plans: how many are sessions, and how many ({advisory}) advisory lessons.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_actions</name>
    <message>
        <source>&amp;Export class data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import class data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a class first (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student mode — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which class?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_models</name>
    <message numerus="yes">
        <source>%n match(es) for “{query}”, {unread} unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “{query}”, {unread} unread ({hidden} more hidden by the filters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry, {unread} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared entries match “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared entries match “{query}” ({hidden} more hidden by the filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared entries yet: when students share an entry with you or the class, it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has my note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <extracomment>a small tag on an entry the facilitator has written a note about.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <extracomment>items of a list a screen reader says for one entry, after its student, date and prompt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries, {unread} unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt; (only you see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry on the left to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries students shared with you or the class. Private entries are never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals — {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note (only you see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the class sees the words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries students shared with the whole class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shared entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shared entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shared entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared only with you, so it is never shown on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story wall only</source>
        <extracomment>the story wall is what students shared with the whole class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer shared with you, so it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the student's name</source>
        <extracomment>next to "Show on projector": show the entry with the name of the student who wrote it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_settings</name>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes in a spin box (with its leading space).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>after a number of months in a spin box (with its leading space).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change facilitator password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a password to leave student mode (at least %n character(s)).
Students must not know it. It is stored only as a slow hash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an old class?</source>
        <extracomment>{name} is the class, {date} the day of its last session; 'No' is the button's name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock a student's journal after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock student mode after this many minutes without typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to delete a class after its last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to delete a class this many months after its last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set facilitator password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last session of {name} was on {date}, more than %n month(s) ago (your retention setting). Delete {name} with all its students, journals and rhythm results?

This cannot be undone. Choose No to keep it; you will be asked again next time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords were different. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your school's rules on keeping children's data decide this. The app asks before it deletes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>the retention spin box at 0 months.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_sheets_dialog</name>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extra sheets with no name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date printed on the sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra sheets with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For journal time without devices: one page per student with the session's prompts, a box to tick the one they write about, lines to write on, and who may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making %n journal sheet(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No class: sheets with a line for the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: this class has no students yet. Add them on the class page, or ask for extra sheets with no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print journal sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets could not be saved to {file}: {reason}. Choose another folder, or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{class_name} {plan} journal sheets</source>
        <extracomment>the PDF's suggested file name (no extension); {plan} is the plan's id, e.g. s07-before-we-decide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a sheet for each student, with their name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language_dialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app speaks the language you choose from the next time it starts: its windows, printed sheets and reports, and its command line. The curriculum follows where it is translated; anything not yet translated stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved ({error}). Free some space or close other copies of the app, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system's language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Backup saved: {file}</source>
        <extracomment>a status bar message; {file} is the backup's file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on the app only reads: nothing more is saved into the damaged file. Writing that is on screen stays there until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the app is no longer open there (for example the USB stick was pulled out while it ran), choose 'Open anyway'.</source>
        <extracomment>'Open anyway' is the name of the button beside this text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is back in place; the damaged file was moved to {file}. Start the app again to go on.</source>
        <extracomment>{file} is where the damaged database file now is (a full path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on the computer {host} (process {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on the computer {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on this computer (process {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is already open in Empathy Ambassadors on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is already open: that window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today's backup could not be written ({reason}). Free some disk space; your work is still saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two windows on one folder would overwrite each other's work, so this one will not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the window that is open, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit my copy</source>
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
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name (for example 8B or Tuesday club)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to {file}. Change what you need, then press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal sheets saved to {file}. Print them at 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase &amp;{number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;journal sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in-person empathy workshops: Self, Other, Community. Works offline; your data stays in {folder}</source>
        <extracomment>{folder} is the data folder's path, shown on a line of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}; it is in the program now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That copy has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made ({reason}). Check that the data folder has free space and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language you chose applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy {file} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 curriculum file(s) have problems: they are marked in the lists. Run 'python -m app validate' for details.</source>
        <extracomment>said of exactly one file (a plural form of its own: "1 archivo tiene problemas").</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} curriculum file(s) have problems: they are marked in the lists. Run 'python -m app validate' for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure.entry_import</name>
    <message>
        <source>Answers imported from the file: they are in the grid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers collected elsewhere (a CSV file: one row a student, one column a question) into the questionnaire and round shown; every row is shown first ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure.entry_keys</name>
    <message>
        <source>type {values}, - for skipped, Backspace to clear</source>
        <extracomment>the keys of the paper-entry grid: {values} is the scale, e.g. "0–4"; "-" is the minus key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type {values}, 0 or - for skipped, Backspace to clear</source>
        <extracomment>the keys of the paper-entry grid: {values} is the scale, e.g. "1–5"; "-" is the minus key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” does nothing here: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” is not on this scale: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure.entry_model</name>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: this student's answers count in the class's results. Untick to leave them out of the results; the answers stay saved, and whether they may be used for research is not changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>the heading of the column that counts the items typed in each row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items typed (answered or skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: this student's answers are saved but left out of the class's results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not typed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, item {number}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {answered} answered, {skipped} skipped, {left} still to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure.entry_page</name>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire for students is available: check the curriculum's instruments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved: the last student's sheet is done. Use the arrows to change an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper answers: one row per student, one column per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post (after the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre (before the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone · {name} · Q{number}: now {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · {name} · Q{number}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space does nothing here: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no students yet: add them on the class page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column says whether the student is counted: → to the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each answer with the number keys; 0 or minus for skipped, Backspace to clear, Enter for the next student, Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>"Undo" and "Redo" come before what they undo or redo: "Undo Amara, question 3: 4 · often"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last answer typed (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone · {name} · Q{number}: now {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <extracomment>an answer that was typed and is now taken away</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys}, Enter: next student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · Q{number}: {answer} (unchanged)</source>
        <extracomment>"Q" is short for question; {number} is the question's number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · question {number} of {total}: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, question {number}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: counted in the class's results? Space ticks or unticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{round}: {complete} of %n student(s) fully typed (this round holds the demo class's made-up answers).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{round}: {complete} of %n student(s) fully typed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>measure.entry_print</name>
    <message numerus="yes">
        <source>Making %n answer sheet(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No questionnaire to print: check the curriculum's instruments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: {path} ({reason}). Try another folder or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a sheet for each student for the questionnaire and round shown, to type in here afterwards ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print answer sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print answer sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no students yet: add them on the class page, then print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n answer sheet(s) ({round}) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{class_name} {questionnaire} {round} answer sheets.pdf</source>
        <extracomment>the file name the save dialog suggests; {questionnaire} and {round} are short ids ("pre")</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure.entry_window</name>
    <message>
        <source>Paper answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper answers: {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the answers a class gave on printed questionnaires, with the number keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure.import_dialog</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not read (not questions of this questionnaire): {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row that can be imported matches the answers already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questionnaire answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {rows} row(s)</source>
        <extracomment>{rows} is any number of rows: word it to read right for one and for many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet CSV (*.csv *.txt);;All files (*)</source>
        <extracomment>the file dialog's filters, separated by ";;": keep the patterns in brackets as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {problem}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers are imported into the pre or the post round, not {round}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, {name}: {status}</source>
        <extracomment>a row read aloud: its line in the file, the student, and what happens to it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post (after the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre (before the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not in this app's curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} → {questionnaire}, round {round}. Nothing is written until you press Import; rows that cannot be imported are shown in red with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{questionnaire} is answered by the facilitator, not by students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs fixing: %n problem(s) in {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last met {date}</source>
        <extracomment>{date} is the day of the class's last session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan_builder</name>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt; (double-click to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your plan&lt;/b&gt; (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan built in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journal time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory period (15 min)</source>
        <extracomment>a short plan for a 15-minute advisory (homeroom) period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save ({error}); your plan is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, in order (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session (45–60 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>print_dialog</name>
    <message>
        <source>&amp;Backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} card(s) do not fit&lt;/b&gt; even at the smallest readable size and would end in “…”: {names}. Shorten them, or choose a larger card size.</source>
        <extracomment>{count} is any number of cards; {names} lists their titles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-sheet test print that shows how far your printer shifts the back side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back offset right (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back offset up (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge 57.2 × 88.9 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card si&amp;ze</source>
        <extracomment>Alt+S is Save's and Alt+P the paper's: give this label another letter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card size</source>
        <extracomment>card sizes named after the playing cards of that size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut along the crop marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-sided, flip on long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-sided, flip on short edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backs (single-sided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset ↑ (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset → (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <extracomment>Alt+P is the paper's: give this button another letter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} · backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} · fronts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}, backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}, fronts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <extracomment>"Letter" is the US paper size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poker 63.5 × 88.9 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the printed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at 100 % (actual size). Cut along the crop marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “{deck}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available in this installation: save the PDF and print it from a PDF viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calibration sheet</source>
        <extracomment>the second text is the file name the save dialog suggests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <extracomment>the file name the save dialog suggests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Print both pages on one sheet, double-sided, at 100 %, hold it against the light and read where the front's lines cross the back's scales. Enter those numbers here as the offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Print it at 100 % (actual size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send these pages to a printer ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tarot 70 × 120 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to {path} ({reason}). Choose another folder, or free some space, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made ({reason}). Try another card size or paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the first {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer calibration.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cards} cards, {per_sheet} per sheet: {sheets} sheet(s), {pages} page(s).</source>
        <extracomment>{sheets} and {pages} are any number: word them to read right for one and for many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deck} cards</source>
        <extracomment>the document's name in the print queue and the print dialog's title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deck} cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing_qt</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “{document}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing cancelled after %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing “{document}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <extracomment>{count} is any number of pages: word it to read right for one and for many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pages were larger than the paper and were shrunk to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be opened. Check it is switched on and chosen, and try again.</source>
        <extracomment>the reason, after "Printing stopped: "</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer did not take the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer refused the next page (out of paper, or switched off?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>program_html</name>
    <message>
        <source>Advisory period · {minutes} min</source>
        <extracomment>a short plan for a 15-minute advisory (homeroom) period, and its length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors co-lead this, with the leader card “{card}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief, a session later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief: {challenge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How last week's challenge went: a few questions, counts of check-ins, never who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal time: aloud: no writing in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal time: on printed journal sheets (Print journal sheets…, Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal time: on the laptop in student mode or on students' devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal time: on the laptop or devices, or on printed journal sheets (Print journal sheets…, Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal time: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch: {challenge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching it in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimistic closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to practise between sessions: five school days, each with its own small task and a one-line check-in that students find among today's prompts in their journal. A session plan launches each challenge and the next one debriefs it. Students choose what to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class answers: {questionnaires}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own copy: edit it with Ctrl+E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minute(s). Click an activity to open its steps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Week-long challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcoming opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <extracomment>a duration, short ("5 min")</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} (debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} (launch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>program_pages</name>
    <message>
        <source>Add to today's journal prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to today's journal prompts (make a class first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {class_name}'s journal prompts for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class for today's journal prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level</source>
        <extracomment>how hard a prompt is to read; "simple" prompts suit students new to the language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the prompts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it on the projector ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it on the projector, or add it to a class's journal prompts for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple (new to the language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off {class_name}'s journal prompts for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this installation (activities/guide/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today's journal prompts &amp;for</source>
        <extracomment>a label before the list of classes; &amp; marks the Alt key letter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve sessions (four per phase) and short plans for a 15-minute advisory period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this prompt… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on today's list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{found} of %n prompt(s)</source>
        <extracomment>prompts found by the search and filters, of all the prompts</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompt_actions</name>
    <message>
        <source>Added to {name}'s journal prompts for today: students see it first in student mode and on their devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal prompt</source>
        <extracomment>the heading above a journal prompt shown on the projector.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason} Try again, or check the data folder has free space.</source>
        <extracomment>{reason} is a whole sentence saying what went wrong, with its full stop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the projector now, in a window of its own: Esc there closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the session's projector now, until the session's next key (Page Down, B…) changes what the class sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off {name}'s journal prompts for today.</source>
        <extracomment>{name} is the class's name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class</source>
        <extracomment>stands in for a class's name when none is chosen ("Taken off the class's journal prompts").</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.actions</name>
    <message>
        <source>That class is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.certificate_list</name>
    <message>
        <source>No certificate: certificates go to students marked present at one session or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never marked present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, never marked present: no certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.certificates</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An 'Empathy Ambassador' certificate for each student who took part, with a preview ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates for {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: a line to sign on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator's name as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making %n certificate(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: nobody has been marked present yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this class has been marked present at a session yet. Certificates go to students who took part: mark who is here when you run a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is ticked, so there is nothing to save: tick the students who get a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the certificates could not be made ({error}). The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {path} could not be written because {reason}. Choose another folder or a USB stick, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One A4 landscape page for each ticked student: the name they chose, the class, your name and the date. Untick a student to leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: {name}'s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: {name}'s certificate (left out: not in the saved PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudents who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} certificate(s) to {path}. Print on A4, landscape, at 100 %.</source>
        <extracomment>{count} is any number of certificates: word it to read right for one and for many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students who get a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {name} (left out: not in the saved PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made ({reason}). Saving may still work; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ticked students' certificates to a PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that drive is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that folder does not exist (any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>why a file was not saved; it ends the sentence "Not saved: FILE could not be written because …"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account may not write in that folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account may not write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{class_name} certificates.pdf</source>
        <extracomment>the file name the save dialog suggests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticked} of the {present} students who took part get a certificate ({left_out} left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticked} of the {present} students who took part get a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.charts</name>
    <message>
        <source>After</source>
        <extracomment>above the column of answers given after the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: sessions each student was present for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>above the column of answers given before the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each part changed, with the range we are fairly confident about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How together the class played, per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rhythm run with a score yet: Y starts one while a session runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class average (too few students to show each one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class average only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down or same</source>
        <extracomment>the chart's key, in long words and, when they do not fit, in shorter ones</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down/same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher after →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one answered both times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went up</source>
        <extracomment>the chart's key, in long words and, when they do not fit, in shorter ones</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} ({low} to {high})</source>
        <extracomment>the average change and the range it is fairly sure to lie in, e.g. "+0.4 (+0.1 to +0.7)"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}, too few to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} of {sessions}</source>
        <extracomment>sessions a student was present for, of all the sessions held: "7 of 9"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subscale}: before and after, one dot per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← lower after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.consent</name>
    <message>
        <source>Allow research use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for each student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in this class's results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May leave this laptop for research (after parents agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students in this class yet: add them on the class page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off unless you turn it on. On: the student's answers may be exported for research under a random code, never their name. Only after the school and the parents have agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per student: counted in this class's results, and may leave this laptop for research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only turn this on when the school and the parents have agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers may then leave this laptop for research, under a random code instead of the name. You will not be asked again while this class's results stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave this student's answers out of the results on this page. Their answers stay saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “counted” to leave a student's answers out of these results (they stay saved). Research use stays off unless you turn it on. Space ticks or unticks the box you are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they have agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <extracomment>whether a student's answers count in the class's results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <extracomment>whether a student's answers count in the class's results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, as {code}</source>
        <extracomment>research use is allowed, under this random code instead of the name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.page</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo class: the questionnaire answers on this page are made up, to show what results look like. Your own classes show their real answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire answers yet. Type in the class's paper answers, before the first session and after the last, and what changed shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results — {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.page_view</name>
    <message>
        <source>Preview of the printed page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results.sections</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: every figure, for researchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {questionnaire}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each part changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How together the class played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each chart a dot is one student, without a name: before on the left, after on the right. A blue line went up; a grey dashed line went down or stayed the same. The black diamonds joined by a thick line are the class average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this first:</source>
        <extracomment>the heading of the caveats listed under it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions each student was present for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dot is the class's average change. The bar is the range we are fairly confident the true change lies in: when it crosses the “no change” line, the class may not have changed at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rhythm game's togetherness, 0 to 100: the best run of each session (the whole group, never one student).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subscale}: what changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rhythm.process</name>
    <message>
        <source>Calibration did not finish: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration was stopped; the latency was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end; the figures cover what was played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end; the rhythm window sent no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n hit(s) received so far are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The 1 hit received so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration window could not be started ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration window ended unexpectedly (exit code {code}); the latency was not changed.</source>
        <extracomment>{code} is the engine process's exit code, a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rhythm exercise could not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rhythm window could not be started ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rhythm window crashed or was closed from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rhythm window ended unexpectedly (exit code {code}) without its results.</source>
        <extracomment>{code} is the engine process's exit code, a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calibration sent a result that could not be read</source>
        <extracomment>ends "Calibration did not finish: …".</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rhythm_chart</name>
    <message>
        <source>(the whole group, never one student; newest first; a thin line marks the best before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rhythm runs yet: Y starts one while a session runs.</source>
        <extracomment>Y is the key that starts a rhythm run in the session console.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm: how together</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Togetherness over %n session(s): {values}. From 0 to 100, the best run of each session, from {first} to {last}; the latest is {latest}.</source>
        <extracomment>{values} lists the scores ("41, 55, 62"); {first} and {last} are dates; {latest} a score.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Togetherness over sessions, a line chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Togetherness: no rhythm run with a score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best before {score}</source>
        <extracomment>the class's best score before this run, a number from 0 to 100.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <extracomment>how a rhythm run ended, after its pattern's title ("Heartbeat · stopped early").</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together {score}</source>
        <extracomment>{score} is "72 / 100": how together the group played.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster_dialogs</name>
    <message numerus="yes">
        <source>%n row(s) will not be added:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be added:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported:&lt;/b&gt; {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ignored and not stored: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or the name they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <extracomment>a window title; {file} is the class list's file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep apart or together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this. Groups will honour it; the class never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in this class already has that name: add an initial to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet CSV (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>a form label joining the first and the second student: "Student [A] and [B]".</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bolt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason} — {text}</source>
        <extracomment>{line} is the row's line number in the file, {text} the row as written there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.challenge_panel</name>
    <message numerus="yes">
        <source>%n check-in(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the challenge ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing it takes its check-ins off today's prompts; what students wrote is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started for this class yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it again from today ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or finish the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the challenge for this class ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started for this class on {date}: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting it puts each day's task and check-in first among today's prompts: in student mode, on devices and on printed journal sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class's challenge could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class's challenge now is {challenge}; starting this one replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the class is in the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day} of {days} today</source>
        <extracomment>where the class is, after "Started for this class on &lt;date&gt;:"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its five school days are over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checkins} by {students} so far (counts only: never who or what).</source>
        <extracomment>"3 check-ins written" by "2 students" so far…</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.console</name>
    <message>
        <source>&lt;b&gt;PROJECTOR READY&lt;/b&gt; (F5 presents it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLACKED OUT (B brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed {elapsed} of {planned} planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed {elapsed} · planned {planned} of {total} min by the end of this {minutes}-min step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT</source>
        <extracomment>the caption over the thumbnail of the step that comes next</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW ON THE PROJECTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {total} · {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn: &lt;b&gt;{name}&lt;/b&gt; (Shift+W if they pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cue for the actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shared story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>after the step timer's time left ("4:59 paused")</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card (R returns it to the deck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue “{cue}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the join card (J hides it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pause slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step</source>
        <extracomment>what the projector shows, after "NOW ON THE PROJECTOR ·" or "PROJECTOR READY (F5 presents it) ·"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who plays which role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} — {title} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.console_actions</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate</source>
        <extracomment>the captions over the console's groups of buttons (shown in capitals)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.console_activity</name>
    <message>
        <source>Adaptations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <extracomment>headings in the Activity tab: how a student may sit an activity out, care notes for the facilitator, and how to adapt the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief questions: pick two or three, tick the ones you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass</source>
        <extracomment>headings in the Activity tab: how a student may sit an activity out, care notes for the facilitator, and how to adapt the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass, care notes and adaptations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step belongs to no activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.console_side</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance {present}/{everyone}</source>
        <extracomment>a tab's title: how many of the class are here ("Attendance 23/25")</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance, notes and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards drawn this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see these; saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play cards drawn this session, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick who is away today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to remember after class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the projector</source>
        <extracomment>what became of a role-play card drawn this session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to the deck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.console_tools</name>
    <message>
        <source> actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left in the pile</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(S pause/resume, Shift+S clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors without groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: &lt;b&gt;{title}&lt;/b&gt; (level {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy cards (level 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include heavy cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deck for this activity yet: D asks which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <extracomment>who plays which role, group by group: "Roles: Amara = The bystander, Ben = …; …"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene minutes</source>
        <extracomment>spin boxes' suffixes after a number, with their leading space: "3 min scene", "3 actors"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without groups, Deal roles (A) picks this many students by fair turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{deck} (%n card(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runner.controller</name>
    <message>
        <source>Choose a deck first (D asks which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D draws from {deck} in this activity (heavy cards included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D draws from {deck} in this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene {time}</source>
        <extracomment>the role-play scene's time left, in the projector's corner: "Scene 2:45"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene: time's up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck chosen here ({deck}) is gone: choose another (D again draws from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scene's time is up: freeze, or give it another minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deck to draw from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no roles deck to deal from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has no deck: choose one (D again draws from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class is not open to devices: Devices… (Ctrl+Shift+O) opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deck has no cards to draw (heavy cards are off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has no deck: choose one (D again draws from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.deck_picker</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn this session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heavy (off unless included)</source>
        <extracomment>how many of the deck's cards are heavy (level 3), left out unless the facilitator includes them</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Include heavy cards (level 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;this step has no deck of its own.&lt;/b&gt; Which deck should D draw from? Only for this activity, this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;“{activity}” has no deck of its own.&lt;/b&gt; Which deck should D draw from? Only for this activity, this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw from this deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include heavy cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which deck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels {lowest}–{highest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.observation</name>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-session observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one rating, or Skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number keys answer the question in the blue frame; Tab goes to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: about a minute, or Skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {first} to {last}, or 0 to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  Ctrl+S</source>
        <extracomment>a button's words, then its key after two spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved earlier for this session: change what you like and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (not today)  Esc</source>
        <extracomment>a button's words, then its key after two spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: save nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is now closed to students; their answers are kept.</source>
        <extracomment>{questionnaire} is what was closed: "Class Check-in — before the program, 12 answered,"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended: attendance and notes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now {value}: {label}</source>
        <extracomment>a rating row's state for a screen reader: "now 3: often" (the number and its label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.projector</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles dealt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step: {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.projector_board</name>
    <message>
        <source>Whose turn: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.projector_card</name>
    <message>
        <source>A card from {deck} is being drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is being drawn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASK THE AUDIENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card: {title}, level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <extracomment>small headings on a role-play card on the projector, in capitals</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.questionnaire_panel</name>
    <message>
        <source>1 student is here today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Open to students:&lt;/b&gt; {questionnaire} · %n answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Questionnaire {when}&lt;/b&gt;: students answer on their devices, on this laptop in student mode, or on paper. {here}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers so far: {questionnaire}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close questionnaire ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays open, even when you move on, until you close it or end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open to students. Open one above; only one is open at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to students ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {questionnaire} to students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire open to students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students can no longer answer it; what they answered is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students see it on their class page and in student mode now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class is not open to devices yet: Devices… (Ctrl+Shift+O) opens it; student mode and paper work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number-keys grid for this class's paper sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in paper answers to {questionnaire}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in paper answers… ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the program</source>
        <extracomment>when a questionnaire is answered: "Class Check-in — before the program"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open to students now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} students are here today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{questionnaire}, %n answered,</source>
        <extracomment>what was closed, put in a sentence: "The questionnaire Class Check-in — before the program, 12 answered, is now closed to students"</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n answered</source>
        <extracomment>under a questionnaire's name: "open to students now · 12 answered"</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runner.rhythm_panel</name>
    <message>
        <source> bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Y starts, Shift+Y stops; it plays in its own window on the projector, where Esc also stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Together: {score}/100&lt;/b&gt; (the whole group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <extracomment>a spin box's suffix after the exercise's length in bars, with its leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate sound latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated: the sound reaches the room {latency} ms late ({taps} taps, spread {spread} ms). Saved for this laptop's data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrating: the window opens on the projector. Lead the class tapping along with the clicks until it says it has enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced players (tight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late this laptop's sound reaches the room; Calibrate… measures it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>the players' table: the key a player taps, who plays it, their hits and misses, how early or late they were on average, and whether they tend to rush or drag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key per player, separated by commas: a, l, space, joy0 (drum pad), midi38</source>
        <extracomment>the key names after the colon (a, l, space, joy0, midi38) are typed as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <extracomment>the set-up's labels: the rhythm pattern, its tempo, its length in bars, the players' keyboard keys, the timing windows (how far from the beat a tap counts) and the sound's latency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <extracomment>the players' table: the key a player taps, who plays it, their hits and misses, how early or late they were on average, and whether they tend to rush or drag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player on key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing {rhythm} at {tempo} bpm, {bars} bars. Individual figures stay here, on your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm players and their figures (only you see these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound latency in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting {rhythm}: the rhythm window opens on the projector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {letter}</source>
        <extracomment>a player who is the whole team on one key; the letter is A, B, C…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <extracomment>a spin box's suffix after the tempo (beats per minute), with its leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing windows</source>
        <extracomment>how far from the beat a tap still counts as a hit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young players (generous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a rhythm pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dragging (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rushing (early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{player} is chosen for two keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.standalone</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.start</name>
    <message>
        <source>Add a class first: a session is always run with a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session plan missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan {plan} of this session is no longer in the program, so the session cannot be run. It has been ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n student(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{session} was not ended (step {step}). Resume it where it stopped? Attendance and notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.summary</name>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <extracomment>a button's words, then its key after two spaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended: attendance and notes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {session}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.thumbnails</name>
    <message>
        <source>Nothing (dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector view of the next step (off-screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the projector shows next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the projector shows now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner.window</name>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second screen is connected: press F5 to present on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear scene timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown for the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session? Attendance and notes are saved. An ended session cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session? Attendance and notes are saved. The questionnaire open to students ({questionnaire}) will be closed; what they answered is kept. An ended session cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 shows the projector view; Esc hides it. Page Down / Page Up move between steps; B blacks out the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze!</source>
        <extracomment>a cue shown big on the projector: the actors stop where they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>the student passes their turn</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause/Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <comment>show on the projector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector text as fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector text at {percent}% of the fitted size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return card</source>
        <extracomment>the short label of "Return card to the deck" on its button, followed by its key (R)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return card to the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rhythm and role-play tools on every step (F9); otherwise they appear on the steps that use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch perspective</source>
        <extracomment>a cue shown big on the projector: the actors play the scene from another role's side</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector screen was disconnected. Press F5 to present on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose turn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>Empathy Ambassadors was started again on this data folder: this is the window that is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.entries</name>
    <message>
        <source>(nothing written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (written before a PIN reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>who can read an entry, as a badge in the student's list of entries (short: the list is narrow)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was written before a PIN reset. It cannot be opened any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.kiosk</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each questionnaire answer was saved as it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the facilitator: needs the facilitator password (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave student mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilitator password is set, so anyone can leave student mode. Leave now? (Set a password in Settings.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student mode stays open. Your facilitator can leave it with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student mode — {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, {name}. Your writing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the facilitator password, so student mode stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is no longer in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their last words are not saved yet; the app keeps them and keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their writing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}'s journal was locked after {duration} without typing.</source>
        <extracomment>{duration} is the idle time, such as "2 minutes" or "90 seconds"</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, your last words are not saved yet. The app keeps them and keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.pin_pad</name>
    <message>
        <source>Back to names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Try again, or ask your teacher to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN, then press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN locks your private entries. If you forget it, your teacher can reset it, but entries written before that stay locked for ever.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.prompts</name>
    <message>
        <source>A prompt from another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>the heading of the prompts that belong to no phase of the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prompt to write about, or free writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free writing: write about anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today's prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {task}</source>
        <extracomment>{task} is what the class's challenge asks of them today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.questionnaire</name>
    <message>
        <source>About these questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {number} of {count} (key {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look over my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question, keeping my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in your class sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in your class sees your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping is not saved yet: the laptop is busy. Press “Skip this one” again in a moment.</source>
        <extracomment>“Skip this one” is the button's words: say them as that button is translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: keys 1 to {last} choose an answer too. You can skip any question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s) and skipped {skipped}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can skip any question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can skip any question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You skipped this one before. You can answer it now, or skip it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is not saved yet: the laptop is busy. Choose it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are already saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your facilitator closed it. Any answers you gave before are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.questionnaire_offer</name>
    <message>
        <source>&lt;b&gt;Questionnaire:&lt;/b&gt; {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look over my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Takes about %n minute(s). You can skip any question.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{given} of {total} answered · about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Done: thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.tiles</name>
    <message>
        <source>For the facilitator: needs the facilitator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave student mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no names in this class yet. Ask your teacher to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.writer</name>
    <message>
        <source>Change my PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry for good? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: trying again in a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private entries are never shown to anyone else in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start writing. Your words save by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry was written before a PIN reset, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be set just now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be deleted just now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to delete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are also locked with your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {task}</source>
        <extracomment>{task} is what the class's challenge asks of them today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a PIN, they are also locked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is set. Your private entries are locked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry is open: read it or write on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be saved as {path} ({reason}). Try another folder, such as Documents or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is saved as {file}. Open it to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing is not saved yet, so the PIN cannot be set now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} journal.pdf</source>
        <extracomment>the file name offered for the student's journal PDF; {name} is the student's name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>student.writer_view</name>
    <message>
        <source>A PIN locks your private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <extracomment>"A−" and "A+" are the buttons that make the writing smaller and larger</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the open entry for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>the button that saves and closes the student's journal, back to the names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private — only me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go back to the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your journal as a PDF to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with the class (story wall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What private means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can read this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
