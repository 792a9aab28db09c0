<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About LIVC Desktop</source>
            <translation>Über LIVC Desktop</translation>
        </message>
        <message>
            <source>LIVC Desktop is free software under the European Union Public Licence (EUPL-1.2). It comes without any warranty.</source>
            <translation>LIVC Desktop ist freie Software unter der Öffentlichen Lizenz der Europäischen Union (EUPL-1.2). Es wird ohne jede Gewährleistung bereitgestellt.</translation>
        </message>
        <message>
            <source>This text is missing from the installation.</source>
            <translation>Dieser Text fehlt in der Installation.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Software von Drittanbietern</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Über Qt</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Bis wann</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>Version {number} annehmen</translation>
        </message>
        <message>
            <source>Once adopted, this version can no longer be changed. Partners then sign it; changes later go into a new draft.</source>
            <translation>Nach der Annahme kann diese Version nicht mehr geändert werden. Die Partner unterzeichnen sie dann; spätere Änderungen kommen in einen neuen Entwurf.</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Angenommen am</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
    </context>
    <context>
        <name>AgendaChoiceModel</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Pseudonym / received</source>
            <translation>Pseudonym / eingegangen</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>already on the agenda</source>
            <translation>bereits auf der Tagesordnung</translation>
        </message>
    </context>
    <context>
        <name>AgendaPickerDialog</name>
        <message>
            <source>Put a case or signal on the agenda</source>
            <translation>Einen Fall oder ein Signal auf die Tagesordnung setzen</translation>
        </message>
        <message>
            <source>Type a case code or pseudonym; Enter puts the selected one on the agenda.</source>
            <translation>Geben Sie einen Fallcode oder ein Pseudonym ein; die Eingabetaste setzt den ausgewählten Eintrag auf die Tagesordnung.</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtern</translation>
        </message>
        <message>
            <source>Cases and signals to choose from</source>
            <translation>Fälle und Signale zur Auswahl</translation>
        </message>
        <message>
            <source>No open case or signal matches.</source>
            <translation>Kein offener Fall und kein Signal passt.</translation>
        </message>
        <message>
            <source>Put on the agenda</source>
            <translation>Auf die Tagesordnung setzen</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>OFF THE RECORD</source>
            <translation>NICHT FÜRS PROTOKOLL</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Berufsgeheimnis</translation>
        </message>
    </context>
    <context>
        <name>AnnualReport</name>
        <message>
            <source>Signals received</source>
            <translation>Eingegangene Signale</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Eröffnete Fälle</translation>
        </message>
        <message>
            <source>Cases closed</source>
            <translation>Abgeschlossene Fälle</translation>
        </message>
        <message>
            <source>Cases open on 31 December</source>
            <translation>Laufende Fälle am 31. Dezember</translation>
        </message>
        <message>
            <source>Flag decisions</source>
            <translation>Flaggenentscheidungen</translation>
        </message>
        <message>
            <source>Measures carried out</source>
            <translation>Durchgeführte Maßnahmen</translation>
        </message>
        <message>
            <source>Measures overdue on 31 December</source>
            <translation>Überfällige Maßnahmen am 31. Dezember</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Abgehaltene Sitzungen</translation>
        </message>
        <message>
            <source>Trainings followed by partners</source>
            <translation>Von Partnern besuchte Schulungen</translation>
        </message>
        <message>
            <source>Partner organisations that followed a training</source>
            <translation>Partnerorganisationen, die eine Schulung besucht haben</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Nach Kanal</translation>
        </message>
        <message>
            <source>By outcome on 31 December</source>
            <translation>Nach Ergebnis am 31. Dezember</translation>
        </message>
        <message>
            <source>By flag</source>
            <translation>Nach Flagge</translation>
        </message>
        <message>
            <source>By phase</source>
            <translation>Nach Phase</translation>
        </message>
        <message>
            <source>By follow-up type</source>
            <translation>Nach Art der Begleitung</translation>
        </message>
        <message>
            <source>By table</source>
            <translation>Nach Tisch</translation>
        </message>
        <message>
            <source>Annual report {year}</source>
            <translation>Jahresbericht {year}</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>Local Integrated Security Cell · 1 January to 31 December {year}</source>
            <translation>Lokale Integrale Sicherheitszelle · 1. Januar bis 31. Dezember {year}</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>Erstellt am {date}</translation>
        </message>
        <message>
            <source>No person can be recognised: counts below 5 are not printed.</source>
            <translation>Niemand ist erkennbar: Anzahlen unter 5 werden nicht gedruckt.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>In detail</source>
            <translation>Im Einzelnen</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Grafik</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>&lt; 5</source>
            <translation>&lt; 5</translation>
        </message>
        <message>
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <source>not shown</source>
            <translation>nicht angezeigt</translation>
        </message>
        <message>
            <source>Not shown: these numbers are too small to print without anyone becoming recognisable.</source>
            <translation>Nicht angezeigt: Diese Zahlen sind zu klein, um sie zu drucken, ohne dass jemand erkennbar wird.</translation>
        </message>
        <message>
            <source>Attendance per partner organisation</source>
            <translation>Anwesenheit je Partnerorganisation</translation>
        </message>
        <message>
            <source>Meetings held this year at which the organisation was expected: attended (any of its representatives present) and missed (excused or absent). The rate is printed only where both numbers are.</source>
            <translation>Sitzungen dieses Jahres, bei denen die Organisation erwartet wurde: teilgenommen (mindestens ein Vertreter anwesend) und versäumt (entschuldigt oder abwesend). Die Quote wird nur gedruckt, wenn beide Zahlen gedruckt sind.</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Partnerorganisation</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Teilgenommen</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Versäumt</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Anwesenheitsquote</translation>
        </message>
        <message>
            <source>{rate} %</source>
            <translation>{rate} %</translation>
        </message>
        <message>
            <source>No attendance was recorded this year.</source>
            <translation>In diesem Jahr wurde keine Anwesenheit erfasst.</translation>
        </message>
        <message>
            <source>&lt; 5: a number from 0 to 4. Zero is not printed either, so "none" and "one" cannot be told apart.</source>
            <translation>&lt; 5: eine Zahl von 0 bis 4. Auch Null wird nicht gedruckt, sodass „keiner“ und „einer“ nicht zu unterscheiden sind.</translation>
        </message>
        <message>
            <source>x: a number of 5 or more, left out so that a small number next to it cannot be worked out by subtraction.</source>
            <translation>x: eine Zahl von 5 oder mehr, weggelassen, damit eine kleine Zahl daneben nicht durch Subtraktion berechnet werden kann.</translation>
        </message>
        <message>
            <source>Flags and phases on 31 December come from the dated history of each case; the follow-up type is the one recorded today.</source>
            <translation>Flaggen und Phasen am 31. Dezember stammen aus dem datierten Verlauf jedes Falls; die Art der Begleitung ist die heute erfasste.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Aufschlüsselung</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportDialog</name>
        <message>
            <source>Annual report</source>
            <extracomment>The files written (PDF first), after each export.</extracomment>
            <translation>Jahresbericht</translation>
        </message>
        <message>
            <source>What the cell did in one calendar year, for the mayor, the council and the regional authorities. Counts below 5 are printed as “&lt; 5”, and a number that would let someone work one out is left out too. The report is written in the register's language.</source>
            <translation>Was die Zelle in einem Kalenderjahr getan hat, für den Bürgermeister, den Gemeinderat und die regionalen Behörden. Anzahlen unter 5 werden als „&lt; 5“ gedruckt, und eine Zahl, mit der jemand eine davon berechnen könnte, wird ebenfalls weggelassen. Der Bericht ist in der Sprache des Registers verfasst.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Also save the figures as CSV (same name, .csv)</source>
            <translation>Die Zahlen auch als CSV speichern (gleicher Name, .csv)</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <source>Save the annual report</source>
            <translation>Jahresbericht speichern</translation>
        </message>
        <message>
            <source>annual-report-{year}.pdf</source>
            <translation>jahresbericht-{year}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {files}</source>
            <translation>Gespeichert: {files}</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Attendance (Ctrl+1 present, Ctrl+2 excused, Ctrl+3 absent)</source>
            <translation>Anwesenheit (Strg+1 anwesend, Strg+2 entschuldigt, Strg+3 abwesend)</translation>
        </message>
        <message>
            <source>Sent information beforehand</source>
            <translation>Hat vorab Informationen übermittelt</translation>
        </message>
        <message>
            <source>Arrived late at</source>
            <translation>Verspätet angekommen um</translation>
        </message>
        <message>
            <source>Left early at</source>
            <translation>Früher gegangen um</translation>
        </message>
        <message>
            <source>Ad hoc guest</source>
            <translation>Ad-hoc-Gast</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Eigenschaft</translation>
        </message>
        <message>
            <source>Signed the confidentiality undertaking</source>
            <translation>Hat die Vertraulichkeitserklärung unterzeichnet</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>Gast hinzufügen</translation>
        </message>
        <message>
            <source>Remove guest</source>
            <translation>Gast entfernen</translation>
        </message>
        <message>
            <source>Remove this guest from the meeting?</source>
            <translation>Diesen Gast aus der Sitzung entfernen?</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>sent information beforehand</source>
            <translation>hat vorab Informationen übermittelt</translation>
        </message>
        <message>
            <source>arrived at {time}</source>
            <translation>angekommen um {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>gegangen um {time}</translation>
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <source>Register created</source>
            <translation>Register erstellt</translation>
        </message>
        <message>
            <source>Register unlocked</source>
            <translation>Register entsperrt</translation>
        </message>
        <message>
            <source>Register locked</source>
            <translation>Register gesperrt</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Passphrase geändert</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Einstellungen geändert</translation>
        </message>
        <message>
            <source>Identity revealed</source>
            <translation>Identität angezeigt</translation>
        </message>
        <message>
            <source>Identities searched by name</source>
            <translation>Identitäten nach Namen gesucht</translation>
        </message>
        <message>
            <source>Case file opened</source>
            <translation>Fallakte geöffnet</translation>
        </message>
        <message>
            <source>Case file purged</source>
            <translation>Fallakte endgültig gelöscht</translation>
        </message>
        <message>
            <source>Case created</source>
            <translation>Fall angelegt</translation>
        </message>
        <message>
            <source>Case data changed</source>
            <translation>Falldaten geändert</translation>
        </message>
        <message>
            <source>Identity changed</source>
            <translation>Identität geändert</translation>
        </message>
        <message>
            <source>Phase changed</source>
            <translation>Phase geändert</translation>
        </message>
        <message>
            <source>Flag changed</source>
            <translation>Flagge geändert</translation>
        </message>
        <message>
            <source>Case handed over</source>
            <translation>Fall übergeben</translation>
        </message>
        <message>
            <source>Partner joined the case team</source>
            <translation>Partner dem Fallteam beigetreten</translation>
        </message>
        <message>
            <source>Partner left the case team</source>
            <translation>Partner aus dem Fallteam ausgeschieden</translation>
        </message>
        <message>
            <source>Cooperation recorded</source>
            <translation>Zusammenarbeit erfasst</translation>
        </message>
        <message>
            <source>Case decision recorded at a meeting</source>
            <translation>Fallbeschluss in einer Sitzung erfasst</translation>
        </message>
        <message>
            <source>Measure added</source>
            <translation>Maßnahme hinzugefügt</translation>
        </message>
        <message>
            <source>Measure followed up</source>
            <translation>Maßnahme nachverfolgt</translation>
        </message>
        <message>
            <source>Information item added</source>
            <translation>Information hinzugefügt</translation>
        </message>
        <message>
            <source>Information item corrected</source>
            <translation>Information berichtigt</translation>
        </message>
        <message>
            <source>Information item removed</source>
            <translation>Information entfernt</translation>
        </message>
        <message>
            <source>Case received from another cell</source>
            <translation>Fall von einer anderen Zelle erhalten</translation>
        </message>
        <message>
            <source>Signal registered</source>
            <translation>Meldung erfasst</translation>
        </message>
        <message>
            <source>Signal trace registered (no consent)</source>
            <translation>Spur einer Meldung erfasst (keine Einwilligung)</translation>
        </message>
        <message>
            <source>Signal weighed</source>
            <translation>Meldung bewertet</translation>
        </message>
        <message>
            <source>Reporting form imported</source>
            <translation>Meldeformular eingelesen</translation>
        </message>
        <message>
            <source>House rules draft made</source>
            <translation>Entwurf der Hausordnung erstellt</translation>
        </message>
        <message>
            <source>House rules draft saved</source>
            <translation>Entwurf der Hausordnung gespeichert</translation>
        </message>
        <message>
            <source>House rules adopted</source>
            <translation>Hausordnung angenommen</translation>
        </message>
        <message>
            <source>House rules draft deleted</source>
            <translation>Entwurf der Hausordnung gelöscht</translation>
        </message>
        <message>
            <source>House rules signature recorded</source>
            <translation>Unterzeichnung der Hausordnung erfasst</translation>
        </message>
        <message>
            <source>Partner created</source>
            <translation>Partner angelegt</translation>
        </message>
        <message>
            <source>Partner changed</source>
            <translation>Partner geändert</translation>
        </message>
        <message>
            <source>Partner archived</source>
            <translation>Partner archiviert</translation>
        </message>
        <message>
            <source>Partner restored</source>
            <translation>Partner wiederhergestellt</translation>
        </message>
        <message>
            <source>Partner deleted</source>
            <translation>Partner gelöscht</translation>
        </message>
        <message>
            <source>Partners imported</source>
            <translation>Partner importiert</translation>
        </message>
        <message>
            <source>Sector added</source>
            <translation>Sektor hinzugefügt</translation>
        </message>
        <message>
            <source>Sector changed</source>
            <translation>Sektor geändert</translation>
        </message>
        <message>
            <source>Sector deleted</source>
            <translation>Sektor gelöscht</translation>
        </message>
        <message>
            <source>Support organisation added</source>
            <translation>Hilfsorganisation hinzugefügt</translation>
        </message>
        <message>
            <source>Support organisation changed</source>
            <translation>Hilfsorganisation geändert</translation>
        </message>
        <message>
            <source>Support organisation deleted</source>
            <translation>Hilfsorganisation gelöscht</translation>
        </message>
        <message>
            <source>Meeting planned</source>
            <translation>Sitzung geplant</translation>
        </message>
        <message>
            <source>Meeting changed</source>
            <translation>Sitzung geändert</translation>
        </message>
        <message>
            <source>Meeting deleted</source>
            <translation>Sitzung gelöscht</translation>
        </message>
        <message>
            <source>Meeting series created</source>
            <translation>Sitzungsreihe angelegt</translation>
        </message>
        <message>
            <source>Meeting series extended</source>
            <translation>Sitzungsreihe verlängert</translation>
        </message>
        <message>
            <source>Names removed from meeting texts</source>
            <translation>Namen aus Sitzungstexten entfernt</translation>
        </message>
        <message>
            <source>Agenda item added</source>
            <translation>Tagesordnungspunkt hinzugefügt</translation>
        </message>
        <message>
            <source>Agenda item changed</source>
            <translation>Tagesordnungspunkt geändert</translation>
        </message>
        <message>
            <source>Agenda item deleted</source>
            <translation>Tagesordnungspunkt gelöscht</translation>
        </message>
        <message>
            <source>Agenda reordered</source>
            <translation>Tagesordnung umgestellt</translation>
        </message>
        <message>
            <source>Agenda sent</source>
            <translation>Tagesordnung versandt</translation>
        </message>
        <message>
            <source>Attendee added</source>
            <translation>Teilnehmer hinzugefügt</translation>
        </message>
        <message>
            <source>Attendance changed</source>
            <translation>Anwesenheit geändert</translation>
        </message>
        <message>
            <source>Attendee removed</source>
            <translation>Teilnehmer entfernt</translation>
        </message>
        <message>
            <source>Guest added</source>
            <translation>Gast hinzugefügt</translation>
        </message>
        <message>
            <source>Guest changed</source>
            <translation>Gast geändert</translation>
        </message>
        <message>
            <source>Guest removed</source>
            <translation>Gast entfernt</translation>
        </message>
        <message>
            <source>Feedback sheet text saved</source>
            <translation>Text des Rückmeldebogens gespeichert</translation>
        </message>
        <message>
            <source>Consent to the feedback sheet recorded</source>
            <translation>Zustimmung zum Rückmeldebogen erfasst</translation>
        </message>
        <message>
            <source>Meeting note added</source>
            <translation>Sitzungsnotiz hinzugefügt</translation>
        </message>
        <message>
            <source>Meeting note changed</source>
            <translation>Sitzungsnotiz geändert</translation>
        </message>
        <message>
            <source>Meeting note deleted</source>
            <translation>Sitzungsnotiz gelöscht</translation>
        </message>
        <message>
            <source>Meeting action added</source>
            <translation>Sitzungsaufgabe hinzugefügt</translation>
        </message>
        <message>
            <source>Meeting action corrected</source>
            <translation>Aktion einer Sitzung berichtigt</translation>
        </message>
        <message>
            <source>Meeting action deleted</source>
            <translation>Sitzungsaufgabe gelöscht</translation>
        </message>
        <message>
            <source>Minutes finalised</source>
            <translation>Protokoll abgeschlossen</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Protokoll genehmigt</translation>
        </message>
        <message>
            <source>Addendum to the minutes added</source>
            <translation>Nachtrag zum Protokoll hinzugefügt</translation>
        </message>
        <message>
            <source>Distribution recorded</source>
            <translation>Verteilung erfasst</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sicherung erstellt</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sicherung wiederhergestellt</translation>
        </message>
        <message>
            <source>PDF exported</source>
            <translation>PDF exportiert</translation>
        </message>
        <message>
            <source>CSV exported</source>
            <translation>CSV exportiert</translation>
        </message>
        <message>
            <source>File exported</source>
            <translation>Datei exportiert</translation>
        </message>
        <message>
            <source>Document printed</source>
            <translation>Dokument gedruckt</translation>
        </message>
        <message>
            <source>Case passed on to another cell</source>
            <translation>Fall an eine andere Zelle weitergegeben</translation>
        </message>
        <message>
            <source>Access trail verified</source>
            <translation>Zugriffsprotokoll geprüft</translation>
        </message>
        <message>
            <source>{thing} created</source>
            <translation>{thing} erstellt</translation>
        </message>
        <message>
            <source>{thing} changed</source>
            <translation>{thing} geändert</translation>
        </message>
        <message>
            <source>{thing} archived</source>
            <translation>{thing} archiviert</translation>
        </message>
        <message>
            <source>{thing} deleted</source>
            <translation>{thing} gelöscht</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>(details removed by a purge)</source>
            <translation>(Details bei endgültiger Löschung entfernt)</translation>
        </message>
        <message>
            <source>Access trail</source>
            <translation>Zugriffsprotokoll</translation>
        </message>
        <message>
            <source>Every unlock, lock, opened case file, revealed identity, change, export, backup and restore, with ids and codes only. Entries cannot be changed or removed; each carries the fingerprint of the one before, so any tampering shows when the trail is verified.</source>
            <translation>Jede Entsperrung, Sperrung, geöffnete Fallakte, angezeigte Identität, Änderung, jeder Export, jede Sicherung und Wiederherstellung, nur mit IDs und Codes. Einträge können weder geändert noch entfernt werden; jeder trägt den Fingerabdruck des vorigen, sodass jede Manipulation bei der Prüfung des Protokolls sichtbar wird.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>jedes Datum</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Fallcode</translation>
        </message>
        <message>
            <source>e.g. 2026-004</source>
            <translation>z. B. 2026-004</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Alle anzeigen</translation>
        </message>
        <message>
            <source>Verify trail</source>
            <translation>Protokoll prüfen</translation>
        </message>
        <message>
            <source>Export PDF for the DPO...</source>
            <translation>PDF für den DSB exportieren...</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Alle Ereignisse</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries</source>
            <translation>
                <numerusform>{shown} von %n Eintrag</numerusform>
                <numerusform>{shown} von %n Einträgen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The trail is intact: %n entries verified.</source>
            <translation>
                <numerusform>Die Spur ist intakt: %n Eintrag geprüft.</numerusform>
                <numerusform>Die Spur ist intakt: %n Einträge geprüft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chain verified: %n entries, intact.</source>
            <translation>
                <numerusform>Kette geprüft: %n Eintrag, intakt.</numerusform>
                <numerusform>Kette geprüft: %n Einträge, intakt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The trail has been tampered with: entry {seq} or the one before it was changed, removed or moved. Inform the data-protection officer.</source>
            <translation>Das Protokoll wurde manipuliert: Eintrag {seq} oder der vorige wurde geändert, entfernt oder verschoben. Informieren Sie den Datenschutzbeauftragten.</translation>
        </message>
        <message>
            <source>Counting entries...</source>
            <translation>Einträge werden gezählt...</translation>
        </message>
        <message>
            <source>Verifying the trail...</source>
            <translation>Protokoll wird geprüft...</translation>
        </message>
        <message>
            <source>Export the access trail</source>
            <translation>Zugriffsprotokoll exportieren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Access trail exported.</source>
            <translation>Zugriffsprotokoll exportiert.</translation>
        </message>
        <message>
            <source>Period: {start} to {end}. Event: {kind}. Case code: {case}.</source>
            <translation>Zeitraum: {start} bis {end}. Ereignis: {kind}. Fallcode: {case}.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Chain verification FAILED at entry {seq}: the trail was tampered with.</source>
            <translation>Prüfung der Kette FEHLGESCHLAGEN bei Eintrag {seq}: Das Protokoll wurde manipuliert.</translation>
        </message>
        <message>
            <source>Access trail of the LIVC register of {municipalities}</source>
            <translation>Zugriffsprotokoll des LIVC-Registers von {municipalities}</translation>
        </message>
        <message>
            <source>Fingerprint of the newest entry (keep it to compare later): {hash}</source>
            <translation>Fingerabdruck des neuesten Eintrags (zum späteren Vergleich aufbewahren): {hash}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Details (ids and codes)</source>
            <translation>Details (IDs und Codes)</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>Keine Einträge entsprechen diesen Filtern.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL - for the data-protection officer</source>
            <translation>VERTRAULICH - für den Datenschutzbeauftragten</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Fallcode</translation>
        </message>
        <message>
            <source>Details (ids and codes)</source>
            <translation>Details (IDs und Codes)</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Make backup...</source>
            <translation>Sicherung erstellen...</translation>
        </message>
        <message>
            <source>Write an encrypted copy of the register</source>
            <translation>Eine verschlüsselte Kopie des Registers schreiben</translation>
        </message>
        <message>
            <source>Verify backup...</source>
            <translation>Sicherung prüfen...</translation>
        </message>
        <message>
            <source>Check a backup file without restoring it</source>
            <translation>Eine Sicherungsdatei prüfen, ohne sie wiederherzustellen</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Wiederherstellen...</translation>
        </message>
        <message>
            <source>Replace the register by a backup</source>
            <translation>Das Register durch eine Sicherung ersetzen</translation>
        </message>
        <message>
            <source>The register was restored. Its passphrase has changed: from now on it opens only with the passphrase of the backup, not with the one used until now. Tell everyone who opens this register.</source>
            <translation>Das Register wurde wiederhergestellt. Seine Passphrase hat sich geändert: Ab jetzt öffnet es sich nur noch mit der Passphrase der Sicherung, nicht mehr mit der bisher verwendeten. Sagen Sie es allen, die dieses Register öffnen.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>The register was restored. Unlock it with the passphrase of the backup.</source>
            <translation>Das Register wurde wiederhergestellt. Entsperren Sie es mit der Passphrase der Sicherung.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>File: {name}</source>
            <translation>Datei: {name}</translation>
        </message>
        <message>
            <source>Made on: {created}</source>
            <translation>Erstellt am: {created}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Program version: {version}, register version {schema}</source>
            <translation>Programmversion: {version}, Registerversion {schema}</translation>
        </message>
        <message>
            <source>Protected by a separate backup passphrase.</source>
            <translation>Mit einer eigenen Sicherungs-Passphrase geschützt.</translation>
        </message>
        <message>
            <source>Its manifest is missing; the content was checked.</source>
            <translation>Das Manifest fehlt; der Inhalt wurde geprüft.</translation>
        </message>
        <message>
            <source>Its manifest is not sealed (made by an older version, or the seal was removed): its details cannot be proven; the content was checked.</source>
            <translation>Sein Manifest ist nicht versiegelt (von einer älteren Version erstellt, oder das Siegel wurde entfernt): seine Angaben sind nicht beweisbar; der Inhalt wurde geprüft.</translation>
        </message>
        <message>
            <source>Warning: the register's access trail no longer contains this backup's newest entry; entries were removed or rewritten since it was made.</source>
            <translation>Achtung: Das Zugriffsprotokoll des Registers enthält den neuesten Eintrag dieser Sicherung nicht mehr; seit ihrer Erstellung wurden Einträge entfernt oder umgeschrieben.</translation>
        </message>
        <message>
            <source>Made by an older version: it will be brought up to date.</source>
            <translation>Mit einer älteren Version erstellt: Sie wird aktualisiert.</translation>
        </message>
        <message>
            <source>Rows per table:</source>
            <translation>Zeilen pro Tabelle:</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>No backup yet: make one (File &gt; Make backup).</source>
            <translation>Noch keine Sicherung: Erstellen Sie eine (Datei &gt; Sicherung erstellen).</translation>
        </message>
        <message>
            <source>Last backup: today</source>
            <translation>Letzte Sicherung: heute</translation>
        </message>
        <message>
            <source>Last backup: yesterday</source>
            <translation>Letzte Sicherung: gestern</translation>
        </message>
        <message>
            <source>Last backup: {days} days ago</source>
            <translation>Letzte Sicherung: vor {days} Tagen</translation>
        </message>
        <message>
            <source>{age} (older than {limit} days: make a new one)</source>
            <translation>{age} (älter als {limit} Tage: Erstellen Sie eine neue)</translation>
        </message>
        <message>
            <source>Automatic backup</source>
            <translation>Automatische Sicherung</translation>
        </message>
        <message>
            <source>There is no backup of this register yet. Make one now?</source>
            <translation>Von diesem Register gibt es noch keine Sicherung. Jetzt eine erstellen?</translation>
        </message>
        <message>
            <source>The last backup is {age} days old (older than {days} days). Make one now?</source>
            <translation>Die letzte Sicherung ist {age} Tage alt (älter als {days} Tage). Jetzt eine erstellen?</translation>
        </message>
        <message>
            <source>Make backup</source>
            <translation>Sicherung erstellen</translation>
        </message>
    </context>
    <context>
        <name>CaseEditDialog</name>
        <message>
            <source>New case</source>
            <translation>Neuer Fall</translation>
        </message>
        <message>
            <source>Edit case {code}</source>
            <translation>Fall {code} bearbeiten</translation>
        </message>
        <message>
            <source>A pseudonym, never the real name</source>
            <translation>Ein Pseudonym, nie der echte Name</translation>
        </message>
        <message>
            <source>— none yet —</source>
            <translation>— noch keiner —</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Eröffnet am</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Lead partner (case manager)</source>
            <translation>Federführender Partner (Fallmanager)</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
    </context>
    <context>
        <name>CaseFileDialog</name>
        <message>
            <source>Change flag…</source>
            <translation>Flagge ändern…</translation>
        </message>
        <message>
            <source>Change phase…</source>
            <translation>Phase ändern…</translation>
        </message>
        <message>
            <source>Edit case data…</source>
            <translation>Falldaten bearbeiten…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Add partner…</source>
            <translation>Partner hinzufügen…</translation>
        </message>
        <message>
            <source>Partner leaves…</source>
            <translation>Partner scheidet aus…</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Fallteam</translation>
        </message>
        <message>
            <source>New measure…</source>
            <translation>Neue Maßnahme…</translation>
        </message>
        <message>
            <source>Follow up…</source>
            <translation>Nachverfolgen…</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>New information…</source>
            <translation>Neue Information…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Berichtigen…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Flag history</source>
            <translation>Flaggenverlauf</translation>
        </message>
        <message>
            <source>Linked signals</source>
            <translation>Verknüpfte Meldungen</translation>
        </message>
        <message>
            <source>Privacy mode</source>
            <translation>Datenschutzmodus</translation>
        </message>
        <message>
            <source>Mask the identity and what was observed (Ctrl+Shift+P)</source>
            <translation>Die Identität und das Beobachtete maskieren (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Subject access PDF…</source>
            <translation>PDF Auskunftsersuchen…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Eröffnet am</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Lead partner (case manager)</source>
            <translation>Federführender Partner (Fallmanager)</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>Last weighed</source>
            <translation>Zuletzt gewichtet</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>Also followed by</source>
            <translation>Auch betreut von</translation>
        </message>
        <message>
            <source>Add cooperation…</source>
            <translation>Zusammenarbeit hinzufügen…</translation>
        </message>
        <message>
            <source>Identity of the person concerned</source>
            <translation>Identität der betroffenen Person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>Schule oder Arbeit</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Reveal identity</source>
            <translation>Identität anzeigen</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>Edit identity…</source>
            <translation>Identität bearbeiten…</translation>
        </message>
        <message>
            <source>Case {code}</source>
            <translation>Fall {code}</translation>
        </message>
        <message>
            <source>Handed to {whom} on {date}</source>
            <translation>Übergeben an {whom} am {date}</translation>
        </message>
        <message>
            <source>Hidden. Revealing the identity is recorded in the access trail.</source>
            <translation>Verborgen. Das Anzeigen der Identität wird im Zugriffsprotokoll festgehalten.</translation>
        </message>
        <message>
            <source>Masked: privacy mode is on.</source>
            <translation>Maskiert: Der Datenschutzmodus ist an.</translation>
        </message>
        <message>
            <source>Shown (recorded).</source>
            <translation>Angezeigt (protokolliert).</translation>
        </message>
    </context>
    <context>
        <name>CaseImportDialog</name>
        <message>
            <source>Import a case from another cell</source>
            <translation>Fall von einer anderen Zelle importieren</translation>
        </message>
        <message>
            <source>Choose the package the other cell sent and type the passphrase they gave you by phone. You see what it holds before anything is saved; it becomes a new case with its own code, marked as received from that cell.</source>
            <translation>Wählen Sie das Paket, das die andere Zelle geschickt hat, und geben Sie die Passphrase ein, die sie Ihnen telefonisch mitgeteilt hat. Sie sehen den Inhalt, bevor etwas gespeichert wird; daraus wird ein neuer Fall mit eigenem Code, gekennzeichnet als von dieser Zelle erhalten.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Show contents</source>
            <translation>Inhalt anzeigen</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Paketdatei</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Contents of the package</source>
            <translation>Inhalt des Pakets</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Erhalten von</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Their case code</source>
            <translation>Deren Fallcode</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Eröffnet am</translation>
        </message>
        <message>
            <source>Phase and flag</source>
            <translation>Phase und Flagge</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>Import as a new case</source>
            <translation>Als neuen Fall importieren</translation>
        </message>
        <message>
            <source>Case package (*{suffix})</source>
            <translation>Fallpaket (*{suffix})</translation>
        </message>
        <message>
            <source>the cell of {cell}, on {date}</source>
            <translation>die Zelle von {cell}, am {date}</translation>
        </message>
        <message>
            <source>{phase} since {phase_since}; flag: {flag}</source>
            <translation>{phase} seit {phase_since}; Flagge: {flag}</translation>
        </message>
        <message>
            <source>Flag decisions: {flags}; phase changes: {phases}; measures: {measures}</source>
            <translation>Flaggenentscheidungen: {flags}; Phasenwechsel: {phases}; Maßnahmen: {measures}</translation>
        </message>
        <message>
            <source>Included (shown in the case file only when revealed)</source>
            <translation>Enthalten (in der Fallakte erst nach dem Aufdecken sichtbar)</translation>
        </message>
        <message>
            <source>Not included</source>
            <translation>Nicht enthalten</translation>
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Schwarz</translation>
        </message>
        <message>
            <source>Signal checked: no concern, or protective factors dominate.</source>
            <translation>Meldung geprüft: keine Sorge, oder Schutzfaktoren überwiegen.</translation>
        </message>
        <message>
            <source>Worrying but ambiguous.</source>
            <translation>Besorgniserregend, aber nicht eindeutig.</translation>
        </message>
        <message>
            <source>Serious concern.</source>
            <translation>Ernste Sorge.</translation>
        </message>
        <message>
            <source>Acute danger or a likely offence: outside the cell's preventive remit.</source>
            <translation>Akute Gefahr oder wahrscheinliche Straftat: außerhalb des präventiven Auftrags der Zelle.</translation>
        </message>
        <message>
            <source>Close the case or keep the partners informed.</source>
            <translation>Fall abschließen oder die Partner auf dem Laufenden halten.</translation>
        </message>
        <message>
            <source>A social partner monitors; weigh again at the next meeting.</source>
            <translation>Ein sozialer Partner beobachtet; bei der nächsten Sitzung neu gewichten.</translation>
        </message>
        <message>
            <source>Active joint approach with an action plan (social, police or mixed).</source>
            <translation>Aktives gemeinsames Vorgehen mit einem Aktionsplan (sozial, polizeilich oder gemischt).</translation>
        </message>
        <message>
            <source>Hand over to the police, the prosecutor or the LTF and record only the hand-over.</source>
            <translation>An die Polizei, die Staatsanwaltschaft oder die LTF übergeben und nur die Übergabe erfassen.</translation>
        </message>
        <message>
            <source>Not weighed</source>
            <translation>Nicht gewichtet</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>File building</source>
            <translation>Aktenbildung</translation>
        </message>
        <message>
            <source>Weighing</source>
            <translation>Gewichtung</translation>
        </message>
        <message>
            <source>Approach</source>
            <translation>Vorgehen</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Noch nicht entschieden</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Sozial</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Polizeilich</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Gemischt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <source>Case team only</source>
            <translation>Nur das Fallteam</translation>
        </message>
        <message>
            <source>Whole cell</source>
            <translation>Gesamte Zelle</translation>
        </message>
        <message>
            <source>Entered in error</source>
            <translation>Irrtümlich erfasst</translation>
        </message>
        <message>
            <source>Belongs to another case</source>
            <translation>Gehört zu einem anderen Fall</translation>
        </message>
        <message>
            <source>Duplicate of another item</source>
            <translation>Doppelt erfasste Information</translation>
        </message>
        <message>
            <source>The source partner withdrew consent</source>
            <translation>Der Quellpartner hat die Zustimmung widerrufen</translation>
        </message>
        <message>
            <source>No (longer any) concern</source>
            <translation>Keine Sorge (mehr)</translation>
        </message>
        <message>
            <source>Goals of the approach reached</source>
            <translation>Ziele des Vorgehens erreicht</translation>
        </message>
        <message>
            <source>Person moved away</source>
            <translation>Person ist verzogen</translation>
        </message>
        <message>
            <source>Handed over (black flag)</source>
            <translation>Übergeben (schwarze Flagge)</translation>
        </message>
        <message>
            <source>Person refuses support</source>
            <translation>Person lehnt Unterstützung ab</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Anderer Grund</translation>
        </message>
        <message>
            <source>Another LIVC</source>
            <translation>Eine andere LIVC</translation>
        </message>
        <message>
            <source>Local Task Force (LTF)</source>
            <translation>Lokale Taskforce (LTF)</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Rote Flagge</translation>
        </message>
        <message>
            <source>Not weighed for too long</source>
            <translation>Zu lange nicht gewichtet</translation>
        </message>
        <message>
            <source>Review date reached</source>
            <translation>Überprüfungsdatum erreicht</translation>
        </message>
        <message>
            <source>Measure due</source>
            <translation>Maßnahme fällig</translation>
        </message>
        <message>
            <source>Flag: weigh again at the next meeting</source>
            <translation>Flagge: in der nächsten Sitzung neu bewerten</translation>
        </message>
        <message>
            <source>Registration form</source>
            <translation>Anmeldeformular</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Informal contact</source>
            <translation>Informeller Kontakt</translation>
        </message>
        <message>
            <source>Signalling consultation</source>
            <translation>Meldebesprechung</translation>
        </message>
        <message>
            <source>LTF information sheet</source>
            <translation>Informationsblatt der LTF</translation>
        </message>
        <message>
            <source>Neighbouring LIVC</source>
            <translation>Benachbarte LIVC</translation>
        </message>
        <message>
            <source>Other channel</source>
            <translation>Anderer Kanal</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>Awaiting weighing</source>
            <translation>Wartet auf Gewichtung</translation>
        </message>
        <message>
            <source>Became a case</source>
            <translation>Wurde ein Fall</translation>
        </message>
        <message>
            <source>Handed to a partner</source>
            <translation>An einen Partner weitergegeben</translation>
        </message>
        <message>
            <source>Not retained</source>
            <translation>Nicht berücksichtigt</translation>
        </message>
        <message>
            <source>Not registered (no consent)</source>
            <translation>Nicht erfasst (keine Zustimmung)</translation>
        </message>
        <message>
            <source>Becomes a case</source>
            <translation>Wird ein Fall</translation>
        </message>
        <message>
            <source>Closed as not retained</source>
            <translation>Als nicht berücksichtigt abgeschlossen</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Measure agreed</source>
            <translation>Maßnahme vereinbart</translation>
        </message>
        <message>
            <source>Measure followed up</source>
            <translation>Maßnahme nachverfolgt</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Meeting decision</source>
            <translation>Sitzungsbeschluss</translation>
        </message>
    </context>
    <context>
        <name>CaseModels</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Lead partner</source>
            <translation>Federführender Partner</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>Open measures</source>
            <translation>Offene Maßnahmen</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Eröffnet</translation>
        </message>
        <message>
            <source>{open} ({overdue} overdue)</source>
            <translation>{open} ({overdue} überfällig)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Meldende Person</translation>
        </message>
        <message>
            <source>Person (initials)</source>
            <translation>Person (Initialen)</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Beobachtet</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Responsible partner</source>
            <translation>Verantwortlicher Partner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>{status}, overdue</source>
            <translation>{status}, überfällig</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Source partner</source>
            <translation>Quellpartner</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Weitergabe</translation>
        </message>
        <message>
            <source>Secret-covered</source>
            <translation>Berufsgeheimnis</translation>
        </message>
        <message>
            <source>Not for minutes</source>
            <translation>Nicht fürs Protokoll</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Next review / hand-over</source>
            <translation>Nächste Überprüfung / Übergabe</translation>
        </message>
        <message>
            <source>Handed to {whom} on {date}</source>
            <translation>Übergeben an {whom} am {date}</translation>
        </message>
        <message>
            <source>Meeting #{id}</source>
            <translation>Sitzung Nr. {id}</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Beigetreten</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Ausgeschieden</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Partner / decided by</source>
            <translation>Partner / entschieden von</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
    </context>
    <context>
        <name>CaseOverviewPanel</name>
        <message numerus="yes">
            <source>The first {shown} of %n are listed.</source>
            <translation>
                <numerusform>Die ersten {shown} von %n sind aufgeführt.</numerusform>
                <numerusform>Die ersten {shown} von %n sind aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signals and flags</source>
            <translation>Meldungen und Flaggen</translation>
        </message>
        <message>
            <source>Signals awaiting weighing</source>
            <translation>Meldungen, die auf Gewichtung warten</translation>
        </message>
        <message>
            <source>Cases by phase</source>
            <translation>Fälle nach Phase</translation>
        </message>
        <message>
            <source>Open cases by flag over time</source>
            <translation>Offene Fälle nach Flagge im Zeitverlauf</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>Open cases by flag over time, as a table</source>
            <translation>Offene Fälle nach Flagge im Zeitverlauf, als Tabelle</translation>
        </message>
        <message>
            <source>Cases due for review</source>
            <translation>Zur Überprüfung fällige Fälle</translation>
        </message>
        <message>
            <source>Overdue measures</source>
            <translation>Überfällige Maßnahmen</translation>
        </message>
        <message>
            <source>Show all in the case list</source>
            <translation>Alle in der Fallliste anzeigen</translation>
        </message>
        <message>
            <source>No flag decisions yet.</source>
            <translation>Noch keine Flaggenentscheidungen.</translation>
        </message>
        <message>
            <source>Open cases per month from {first} to {last}. In the last month: {now}. The Table tab lists every month.</source>
            <translation>Offene Fälle pro Monat vom {first} bis {last}. Im letzten Monat: {now}. Die Registerkarte Tabelle zeigt jeden Monat.</translation>
        </message>
    </context>
    <context>
        <name>CaseSettingsPanel</name>
        <message>
            <source>A case is due for review after this many weeks without weighing</source>
            <translation>Ein Fall ist nach so vielen Wochen ohne Gewichtung zur Überprüfung fällig</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>Flag: {flag}</source>
            <translation>Flagge: {flag}</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Default response</source>
            <translation>Standardreaktion</translation>
        </message>
        <message>
            <source>Save case settings</source>
            <translation>Falleinstellungen speichern</translation>
        </message>
        <message>
            <source>Case settings</source>
            <translation>Falleinstellungen</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryBox</name>
        <message>
            <source>Case {code}</source>
            <translation>Fall {code}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>not weighed yet</source>
            <translation>noch nicht bewertet</translation>
        </message>
        <message>
            <source>(since {date})</source>
            <translation>(seit {date})</translation>
        </message>
        <message>
            <source>Flag: {flag}</source>
            <translation>Flagge: {flag}</translation>
        </message>
        <message>
            <source>Phase: {phase}</source>
            <translation>Phase: {phase}</translation>
        </message>
        <message>
            <source>Team: {names}</source>
            <translation>Team: {names}</translation>
        </message>
        <message>
            <source>Open measures: {count}</source>
            <translation>Offene Maßnahmen: {count}</translation>
        </message>
        <message>
            <source>Next review: {date}</source>
            <translation>Nächste Überprüfung: {date}</translation>
        </message>
        <message>
            <source>Last decision: {what}</source>
            <translation>Letzte Entscheidung: {what}</translation>
        </message>
        <message>
            <source>Last decision: {what} on {date}</source>
            <translation>Letzte Entscheidung: {what} am {date}</translation>
        </message>
    </context>
    <context>
        <name>CaseTransfer</name>
        <message>
            <source>Consent of the person concerned to the transfer</source>
            <translation>Einwilligung der betroffenen Person in die Übermittlung</translation>
        </message>
        <message>
            <source>Joint case consultation of both cells (art. 458ter Criminal Code)</source>
            <translation>Gemeinsame Fallbesprechung beider Zellen (Art. 458ter Strafgesetzbuch)</translation>
        </message>
        <message>
            <source>State of necessity: a serious and imminent danger</source>
            <translation>Notstand: eine ernste und unmittelbare Gefahr</translation>
        </message>
        <message>
            <source>A statutory duty or a request of the judicial authorities</source>
            <translation>Eine gesetzliche Pflicht oder ein Ersuchen der Justizbehörden</translation>
        </message>
        <message>
            <source>Cell of {cell}</source>
            <translation>Zelle von {cell}</translation>
        </message>
        <message>
            <source>Decided by the sending cell; received with the case transfer.</source>
            <translation>Von der absendenden Zelle entschieden; mit der Fallübermittlung erhalten.</translation>
        </message>
        <message>
            <source>Measure by {organisation} (received with the case transfer)</source>
            <translation>Maßnahme durch {organisation} (mit der Fallübermittlung erhalten)</translation>
        </message>
    </context>
    <context>
        <name>CaseTransferDialog</name>
        <message>
            <source>Pass case {code} on to another cell</source>
            <translation>Fall {code} an eine andere Zelle weitergeben</translation>
        </message>
        <message>
            <source>The law of 30 July 2018 does not organise passing a case on, and everyone who took part stays bound by professional secrecy (art. 458ter Criminal Code). Only the structure of the case leaves: its code, flags and phases with their dates, the measures as partner organisation and status, the follow-up type and your contact. No notes, justifications, information items or secret-covered content ever leave. The package is encrypted with a one-time passphrase that is shown once: give it by phone, never with the file.</source>
            <translation>Das Gesetz vom 30. Juli 2018 regelt die Weitergabe eines Falls nicht, und alle Beteiligten bleiben an das Berufsgeheimnis gebunden (Art. 458ter Strafgesetzbuch). Nur die Struktur des Falls wird weitergegeben: der Code, Flaggen und Phasen mit ihren Daten, die Maßnahmen als Partnerorganisation und Status, die Art der Nachverfolgung und Ihre Kontaktdaten. Notizen, Begründungen, Informationen oder Inhalte unter Berufsgeheimnis werden nie weitergegeben. Das Paket wird mit einer einmaligen Passphrase verschlüsselt, die nur einmal angezeigt wird: Teilen Sie sie telefonisch mit, nie zusammen mit der Datei.</translation>
        </message>
        <message>
            <source>Choose the legal basis…</source>
            <translation>Rechtsgrundlage wählen…</translation>
        </message>
        <message>
            <source>e.g. BGM/2026/014</source>
            <translation>z. B. BGM/2026/014</translation>
        </message>
        <message>
            <source>Include the identity of the person concerned</source>
            <translation>Die Identität der betroffenen Person mitsenden</translation>
        </message>
        <message>
            <source>This case has no identity recorded.</source>
            <translation>Für diesen Fall ist keine Identität erfasst.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <source>Mayor's approval on</source>
            <translation>Zustimmung des Bürgermeisters am</translation>
        </message>
        <message>
            <source>Reference of the approval</source>
            <translation>Aktenzeichen der Zustimmung</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Ihre E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Your phone number</source>
            <translation>Ihre Telefonnummer</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Paketdatei</translation>
        </message>
        <message>
            <source>Write package</source>
            <translation>Paket schreiben</translation>
        </message>
        <message>
            <source>Case package (*{suffix})</source>
            <translation>Fallpaket (*{suffix})</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <source>Search code, pseudonym or information…</source>
            <translation>Code, Pseudonym oder Information suchen…</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Neuer Fall…</translation>
        </message>
        <message>
            <source>Open case file</source>
            <translation>Fallakte öffnen</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Team partner</source>
            <translation>Partner im Fallteam</translation>
        </message>
        <message>
            <source>Due for review</source>
            <translation>Zur Überprüfung fällig</translation>
        </message>
        <message>
            <source>Overdue measures</source>
            <translation>Überfällige Maßnahmen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Offene Fälle</translation>
        </message>
        <message numerus="yes">
            <source>Counting the cases found… (%n in the register)</source>
            <translation>
                <numerusform>Die gefundenen Fälle werden gezählt… (%n im Register)</numerusform>
                <numerusform>Die gefundenen Fälle werden gezählt… (%n im Register)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n cases shown</source>
            <translation>
                <numerusform>{shown} von %n Fall angezeigt</numerusform>
                <numerusform>{shown} von %n Fällen angezeigt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <extracomment>The passphrase changed; the new session replaces the old (which is closed).</extracomment>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>The register is re-encrypted with the new passphrase. Backups made before keep the old one. A lost passphrase cannot be recovered: write the new one down for the municipal safe.</source>
            <translation>Das Register wird mit der neuen Passphrase neu verschlüsselt. Frühere Sicherungen behalten die alte. Eine verlorene Passphrase lässt sich nicht wiederherstellen: Schreiben Sie die neue für den Tresor der Gemeinde auf.</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>Aktuelle Passphrase:</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Neue Passphrase:</translation>
        </message>
        <message>
            <source>Repeat the new passphrase:</source>
            <translation>Neue Passphrase wiederholen:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Stärke:</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>A register already exists at {path}.</source>
            <translation>Unter {path} gibt es bereits ein Register.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Neue Passphrase: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Passphrase wiederholen: </translation>
        </message>
        <message>
            <source>Register created: {path}</source>
            <translation>Register angelegt: {path}</translation>
        </message>
        <message>
            <source>Integrity check FAILED: the register is damaged. Restore the latest backup: File → Restore…</source>
            <translation>Integritätsprüfung FEHLGESCHLAGEN: Das Register ist beschädigt. Stellen Sie die neueste Sicherung wieder her: Datei → Wiederherstellen…</translation>
        </message>
        <message>
            <source>Access trail check FAILED: entry {seq} was changed, removed or inserted after it was written.</source>
            <translation>Prüfung des Zugriffsprotokolls FEHLGESCHLAGEN: Eintrag {seq} wurde nach dem Schreiben geändert, entfernt oder eingefügt.</translation>
        </message>
        <message>
            <source>Warning: the register's access trail no longer contains this backup's newest entry: entries were removed or rewritten since the backup was made.</source>
            <translation>Achtung: Das Zugriffsprotokoll des Registers enthält den neuesten Eintrag dieser Sicherung nicht mehr: Seit der Sicherung wurden Einträge entfernt oder umgeschrieben.</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Passphrase: </translation>
        </message>
        <message>
            <source>Backup passphrase: </source>
            <translation>Passphrase der Sicherung: </translation>
        </message>
        <message>
            <source>Repeat the backup passphrase: </source>
            <translation>Passphrase der Sicherung wiederholen: </translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>Sicherung geschrieben und geprüft: {path}</translation>
        </message>
        <message>
            <source>The backup is intact and opens with this passphrase.</source>
            <translation>Die Sicherung ist unversehrt und lässt sich mit dieser Passphrase öffnen.</translation>
        </message>
        <message>
            <source>Replace the register at {path} by this backup? The current register is kept as a safety copy. [y/N] </source>
            <translation>Das Register unter {path} durch diese Sicherung ersetzen? Das aktuelle Register wird als Sicherheitskopie aufbewahrt. [j/N] </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Safety copy of the previous register: {path}</source>
            <translation>Sicherheitskopie des bisherigen Registers: {path}</translation>
        </message>
        <message>
            <source>Register restored from the backup: {path}</source>
            <translation>Register aus der Sicherung wiederhergestellt: {path}</translation>
        </message>
        <message>
            <source>The register's passphrase has changed: it now opens only with the backup's passphrase.</source>
            <translation>Die Passphrase des Registers hat sich geändert: Es öffnet sich jetzt nur noch mit der Passphrase der Sicherung.</translation>
        </message>
        <message>
            <source>Integrity check passed.</source>
            <translation>Integritätsprüfung bestanden.</translation>
        </message>
        <message>
            <source>Demo register created: {path}</source>
            <translation>Demo-Register angelegt: {path}</translation>
        </message>
        <message>
            <source>Its passphrase is: {passphrase}</source>
            <translation>Die Passphrase lautet: {passphrase}</translation>
        </message>
        <message>
            <source>--encrypt needs --per-recipient.</source>
            <translation>--encrypt erfordert --per-recipient.</translation>
        </message>
        <message>
            <source>With --per-recipient, --out is a folder.</source>
            <translation>Mit --per-recipient ist --out ein Ordner.</translation>
        </message>
        <message>
            <source>The output file must end in .pdf.</source>
            <translation>Die Ausgabedatei muss auf .pdf enden.</translation>
        </message>
        <message>
            <source>There is no adopted version {number} of the house rules.</source>
            <translation>Es gibt keine angenommene Version {number} der Hausordnung.</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Geschrieben: {path}</translation>
        </message>
        <message>
            <source>Minutes written: {path}</source>
            <translation>Protokoll geschrieben: {path}</translation>
        </message>
        <message>
            <source>No passphrase was given: type it at the prompt, or pipe it in with --passphrase-stdin.</source>
            <translation>Es wurde keine Passphrase angegeben: Geben Sie sie bei der Abfrage ein oder übergeben Sie sie mit --passphrase-stdin über die Standardeingabe.</translation>
        </message>
        <message>
            <source>The CSV file must end in .csv.</source>
            <translation>Die CSV-Datei muss auf .csv enden.</translation>
        </message>
        <message>
            <source>There is no annual report for {year}: choose a year from {first} to {last}.</source>
            <translation>Für {year} gibt es keinen Jahresbericht: Wählen Sie ein Jahr von {first} bis {last}.</translation>
        </message>
        <message>
            <source>Annual report written: {path}</source>
            <translation>Jahresbericht geschrieben: {path}</translation>
        </message>
        <message>
            <source>The package file must end in {suffix}.</source>
            <translation>Die Paketdatei muss auf {suffix} enden.</translation>
        </message>
        <message>
            <source>Give the approval date as YYYY-MM-DD.</source>
            <translation>Geben Sie das Datum der Zustimmung als JJJJ-MM-TT an.</translation>
        </message>
        <message>
            <source>There is no case {code} in this register.</source>
            <translation>In diesem Register gibt es keinen Fall {code}.</translation>
        </message>
        <message>
            <source>Case package written: {path}</source>
            <translation>Fallpaket geschrieben: {path}</translation>
        </message>
        <message>
            <source>One-time passphrase (shown only now; give it by phone, never with the file): {passphrase}</source>
            <translation>Einmalige Passphrase (nur jetzt angezeigt; telefonisch mitteilen, nie mit der Datei): {passphrase}</translation>
        </message>
        <message>
            <source>From: the cell of {cell} (officer: {officer}), sent on {date}</source>
            <translation>Von: die Zelle von {cell} (Beamter: {officer}), gesendet am {date}</translation>
        </message>
        <message>
            <source>Their case code: {code}</source>
            <translation>Deren Fallcode: {code}</translation>
        </message>
        <message>
            <source>Phase: {phase}; flag: {flag}; follow-up: {follow_up}</source>
            <translation>Phase: {phase}; Flagge: {flag}; Nachverfolgung: {follow_up}</translation>
        </message>
        <message>
            <source>Flag decisions: {flags}; phase changes: {phases}; measures: {measures}</source>
            <translation>Flaggenentscheidungen: {flags}; Phasenwechsel: {phases}; Maßnahmen: {measures}</translation>
        </message>
        <message>
            <source>Identity of the person included: {answer}</source>
            <translation>Identität der Person enthalten: {answer}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Passphrase of the package: </source>
            <translation>Passphrase des Pakets: </translation>
        </message>
        <message>
            <source>Imported as case {code}.</source>
            <translation>Als Fall {code} importiert.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare two versions</source>
            <translation>Zwei Versionen vergleichen</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>Version {number}</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Wörter</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>Compare by</source>
            <translation>Vergleichen nach</translation>
        </message>
        <message>
            <source>Struck through in red: removed. Underlined in green: added.</source>
            <translation>Rot durchgestrichen: entfernt. Grün unterstrichen: hinzugefügt.</translation>
        </message>
        <message>
            <source>Differences between the two versions</source>
            <translation>Unterschiede zwischen den beiden Versionen</translation>
        </message>
        <message>
            <source>No changes in this chapter.</source>
            <translation>Keine Änderungen in diesem Kapitel.</translation>
        </message>
    </context>
    <context>
        <name>CompositionWarningsPanel</name>
        <message>
            <source>The cell's composition is incomplete</source>
            <translation>Die Zusammensetzung der Zelle ist unvollständig</translation>
        </message>
        <message>
            <source>The fixed members of the cell are all present.</source>
            <translation>Die ständigen Mitglieder der Zelle sind alle vorhanden.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Holds a security clearance (police)</source>
            <translation>Besitzt eine Sicherheitsermächtigung (Polizei)</translation>
        </message>
        <message>
            <source>No longer active (archived)</source>
            <translation>Nicht mehr aktiv (archiviert)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Bevorzugte Sprache</translation>
        </message>
    </context>
    <context>
        <name>CooperationDialog</name>
        <message>
            <source>Also followed by</source>
            <translation>Auch betreut von</translation>
        </message>
        <message>
            <source>Followed by</source>
            <translation>Betreut von</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Date of exchange</source>
            <translation>Datum des Austauschs</translation>
        </message>
    </context>
    <context>
        <name>CopyTableModel</name>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>not protected</source>
            <translation>nicht geschützt</translation>
        </message>
    </context>
    <context>
        <name>DateEdits</name>
        <message>
            <source>no date</source>
            <translation>kein Datum</translation>
        </message>
        <message>
            <source>no time</source>
            <extracomment>The lowest time of an optional time editor stands for "no time" (no meeting starts at midnight).</extracomment>
            <translation>keine Uhrzeit</translation>
        </message>
    </context>
    <context>
        <name>Destinations</name>
        <message>
            <source>This folder is synchronised with {service}: what is saved here is copied to the provider's servers and to every device signed in to that account. Information about persons must stay with the municipality.</source>
            <translation>Dieser Ordner wird mit {service} synchronisiert: Was hier gespeichert wird, wird auf die Server des Anbieters und auf jedes mit diesem Konto angemeldete Gerät kopiert. Angaben über Personen müssen bei der Gemeinde bleiben.</translation>
        </message>
        <message>
            <source>This folder is on the same drive as the register: a stolen laptop or a broken disk takes the backup along. Prefer a USB drive kept in the municipal safe, or a network share.</source>
            <translation>Dieser Ordner liegt auf demselben Laufwerk wie das Register: Ein gestohlener Laptop oder eine defekte Festplatte nimmt die Sicherung mit. Verwenden Sie lieber ein USB-Laufwerk, das im Tresor der Gemeinde aufbewahrt wird, oder eine Netzwerkfreigabe.</translation>
        </message>
        <message>
            <source>Save here anyway</source>
            <translation>Trotzdem hier speichern</translation>
        </message>
        <message>
            <source>Choose another folder</source>
            <translation>Anderen Ordner wählen</translation>
        </message>
    </context>
    <context>
        <name>Distribution</name>
        <message>
            <source>Copy for {recipient}, {date}</source>
            <translation>Kopie für {recipient}, {date}</translation>
        </message>
        <message>
            <source>{document} {date} - {recipient}</source>
            <translation>{document} {date} - {recipient}</translation>
        </message>
        <message>
            <source>{document} of {date}</source>
            <translation>{document} vom {date}</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Guten Tag {name},</translation>
        </message>
        <message>
            <source>Attached is your personal copy: {document} of {date}.</source>
            <translation>Anbei erhalten Sie Ihre persönliche Kopie: {document} vom {date}.</translation>
        </message>
        <message>
            <source>It is protected with a password, which you will receive separately by phone.</source>
            <translation>Die Kopie ist mit einem Passwort geschützt, das Sie getrennt telefonisch erhalten.</translation>
        </message>
        <message>
            <source>This document is confidential: do not pass it on.</source>
            <translation>Dieses Dokument ist vertraulich: Geben Sie es nicht weiter.</translation>
        </message>
        <message>
            <source>Kind regards,</source>
            <translation>Mit freundlichen Grüßen,</translation>
        </message>
    </context>
    <context>
        <name>DistributionDialog</name>
        <message>
            <source>Recipients</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Folder for the copies</source>
            <translation>Ordner für die Kopien</translation>
        </message>
        <message>
            <source>Copies per recipient</source>
            <translation>Kopien je Empfänger</translation>
        </message>
        <message>
            <source>Each member entitled to the document gets a copy of their own, with their name and organisation at the foot of every page and in the file's properties, so that a copy that leaks can be traced.</source>
            <translation>Jedes Mitglied, dem das Dokument zusteht, erhält eine eigene Kopie mit Name und Organisation am Fuß jeder Seite und in den Dateieigenschaften, damit sich eine weitergegebene Kopie zurückverfolgen lässt.</translation>
        </message>
        <message>
            <source>Protect each copy with a password of its own (AES-256)</source>
            <translation>Jede Kopie mit einem eigenen Passwort schützen (AES-256)</translation>
        </message>
        <message>
            <source>Five words in the recipient's language are drawn for each copy. To use your own, type it in the last column: it must be at least as strong. Give the password by phone, never in the mail that carries the file.</source>
            <translation>Für jede Kopie werden fünf Wörter in der Sprache des Empfängers ausgelost. Für ein eigenes Passwort tippen Sie es in die letzte Spalte: Es muss mindestens ebenso stark sein. Geben Sie das Passwort telefonisch weiter, nie in der E-Mail mit der Datei.</translation>
        </message>
        <message>
            <source>Save in folder:</source>
            <translation>Speichern im Ordner:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Make copies</source>
            <translation>Kopien erstellen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Print password slip…</source>
            <translation>Passwortzettel drucken…</translation>
        </message>
        <message>
            <source>Open draft mails</source>
            <translation>E-Mail-Entwürfe öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>The passwords are shown only now and are not kept anywhere: print the slip or write them down before closing. Read each one out by phone.</source>
            <translation>Die Passwörter werden nur jetzt angezeigt und nirgends gespeichert: Drucken Sie den Zettel oder notieren Sie sie vor dem Schließen. Lesen Sie jedes telefonisch vor.</translation>
        </message>
        <message>
            <source>No mail program that can attach files from the command line was found (Thunderbird, Outlook, Evolution, KMail). Attach the copies from the folder to your mails yourself.</source>
            <translation>Es wurde kein E-Mail-Programm gefunden, das über die Befehlszeile Anhänge hinzufügen kann (Thunderbird, Outlook, Evolution, KMail). Hängen Sie die Kopien aus dem Ordner selbst an Ihre E-Mails an.</translation>
        </message>
        <message>
            <source>A draft mail per copy can be opened in {program}.</source>
            <translation>Je Kopie kann ein E-Mail-Entwurf in {program} geöffnet werden.</translation>
        </message>
        <message>
            <source>Save in folder</source>
            <translation>Speichern im Ordner</translation>
        </message>
        <message>
            <source>Choose at least one recipient.</source>
            <translation>Wählen Sie mindestens einen Empfänger.</translation>
        </message>
        <message>
            <source>Choose the folder to save the copies in.</source>
            <translation>Wählen Sie den Ordner für die Kopien.</translation>
        </message>
        <message>
            <source>The password typed for {name} is not strong enough: use at least five words (or as strong), or leave it empty to have one drawn.</source>
            <translation>Das für {name} getippte Passwort ist nicht stark genug: Verwenden Sie mindestens fünf Wörter (oder ebenso Starkes) oder lassen Sie es leer, damit eines ausgelost wird.</translation>
        </message>
        <message numerus="yes">
            <source>%n copies saved in {folder}.</source>
            <translation>
                <numerusform>%n Kopie in {folder} gespeichert.</numerusform>
                <numerusform>%n Kopien in {folder} gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passwords of the copies: {document} of {date}</source>
            <translation>Passwörter der Kopien: {document} vom {date}</translation>
        </message>
        <message>
            <source>Read each password out by phone to its recipient only. Destroy this slip afterwards. Printed on {date}.</source>
            <translation>Lesen Sie jedes Passwort telefonisch nur seinem Empfänger vor. Vernichten Sie diesen Zettel danach. Gedruckt am {date}.</translation>
        </message>
        <message>
            <source>the mail program did not start</source>
            <translation>das E-Mail-Programm startete nicht</translation>
        </message>
        <message>
            <source>draft opened, no address known</source>
            <translation>Entwurf geöffnet, keine Adresse bekannt</translation>
        </message>
        <message>
            <source>draft opened</source>
            <translation>Entwurf geöffnet</translation>
        </message>
    </context>
    <context>
        <name>DistributionOverviewPanel</name>
        <message>
            <source>Documents to send</source>
            <translation>Zu versendende Dokumente</translation>
        </message>
        <message>
            <source>Minutes of {date} ({table})</source>
            <translation>Protokoll vom {date} ({table})</translation>
        </message>
        <message>
            <source>Finalised minutes not yet sent:</source>
            <translation>Abgeschlossene Protokolle, noch nicht versandt:</translation>
        </message>
        <message>
            <source>{name} ({organisation}): minutes of {date}</source>
            <translation>{name} ({organisation}): Protokoll vom {date}</translation>
        </message>
        <message>
            <source>Members without the approved minutes:</source>
            <translation>Mitglieder ohne das genehmigte Protokoll:</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Save this document as a PDF file</source>
            <translation>Dieses Dokument als PDF-Datei speichern</translation>
        </message>
    </context>
    <context>
        <name>FeedbackConsentTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Zustimmung</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Rückmeldebogen an die Polizei</translation>
        </message>
        <message>
            <source>Feedback to the police about case {code}</source>
            <translation>Rückmeldung an die Polizei zu Fall {code}</translation>
        </message>
        <message>
            <source>This is exactly the text the police would receive: the conclusion the cell agrees to share about this case, never the account of the discussion. Agree on it first; then ask every member who took part, guests included.</source>
            <translation>Dies ist genau der Text, den die Polizei erhalten würde: die Schlussfolgerung, die die Zelle zu diesem Fall teilen will, nie der Bericht der Besprechung. Einigen Sie sich zuerst auf den Text; fragen Sie dann jedes Mitglied, das teilgenommen hat, Gäste eingeschlossen.</translation>
        </message>
        <message>
            <source>Text for the police</source>
            <translation>Text für die Polizei</translation>
        </message>
        <message>
            <source>&amp;Conclusion or decision</source>
            <translation>&amp;Schlussfolgerung oder Entscheidung</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Begleitung</translation>
        </message>
        <message>
            <source>Police &amp;contact</source>
            <translation>&amp;Kontakt Polizei</translation>
        </message>
        <message>
            <source>Masked: privacy mode is on.</source>
            <translation>Verdeckt: der Datenschutzmodus ist an.</translation>
        </message>
        <message>
            <source>Save text (Ctrl+S)</source>
            <translation>Text speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Consent of the members who took part</source>
            <translation>Zustimmung der Mitglieder, die teilgenommen haben</translation>
        </message>
        <message>
            <source>Agrees (Ctrl+1)</source>
            <translation>Stimmt zu (Strg+1)</translation>
        </message>
        <message>
            <source>Refuses (Ctrl+2)</source>
            <translation>Lehnt ab (Strg+2)</translation>
        </message>
        <message>
            <source>Not asked (Ctrl+0)</source>
            <translation>Nicht gefragt (Strg+0)</translation>
        </message>
        <message>
            <source>Preview feedback sheet</source>
            <translation>Bogen ansehen</translation>
        </message>
        <message>
            <source>Save feedback sheet…</source>
            <translation>Bogen speichern…</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>A proposal from the decisions noted on this case, not saved yet: nobody can consent to it before it is saved.</source>
            <translation>Ein Vorschlag aus den zu diesem Fall notierten Entscheidungen, noch nicht gespeichert: niemand kann zustimmen, bevor er gespeichert ist.</translation>
        </message>
        <message>
            <source>Changed and not saved. Saving the text resets every consent.</source>
            <translation>Geändert und nicht gespeichert. Speichern setzt jede Zustimmung zurück.</translation>
        </message>
        <message>
            <source>Saved: the members consent to exactly this text.</source>
            <translation>Gespeichert: die Mitglieder stimmen genau diesem Text zu.</translation>
        </message>
        <message>
            <source>Saving the changed text resets the consent of every participant: everyone must be asked again. Save it?</source>
            <translation>Das Speichern des geänderten Textes setzt die Zustimmung aller Teilnehmenden zurück: alle müssen neu gefragt werden. Speichern?</translation>
        </message>
        <message>
            <source>The text changed: every consent was reset.</source>
            <translation>Der Text wurde geändert: jede Zustimmung wurde zurückgesetzt.</translation>
        </message>
        <message>
            <source>Identity terms were blanked ([…]): this is the text that was saved.</source>
            <translation>Identitätsangaben wurden entfernt ([…]): dies ist der gespeicherte Text.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackSheet</name>
        <message>
            <source>No feedback sheet: nobody is recorded as present. Record the attendance first.</source>
            <translation>Kein Rückmeldebogen: niemand ist als anwesend eingetragen. Tragen Sie zuerst die Anwesenheit ein.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: the text has not been saved. Save it, then ask every participant.</source>
            <translation>Noch kein Rückmeldebogen: der Text ist nicht gespeichert. Speichern Sie ihn und fragen Sie dann alle Teilnehmenden.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: the text was changed. Save it and ask every participant again.</source>
            <translation>Noch kein Rückmeldebogen: der Text wurde geändert. Speichern Sie ihn und fragen Sie alle Teilnehmenden erneut.</translation>
        </message>
        <message>
            <source>No feedback sheet: refused by {names}.</source>
            <translation>Kein Rückmeldebogen: abgelehnt von {names}.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: still to ask {names} ({n} of {total}).</source>
            <translation>Noch kein Rückmeldebogen: noch zu fragen: {names} ({n} von {total}).</translation>
        </message>
        <message>
            <source>Every participant agreed to this text: the feedback sheet can be made.</source>
            <translation>Alle Teilnehmenden haben diesem Text zugestimmt: der Rückmeldebogen kann erstellt werden.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Step {step} of {steps}</source>
            <translation>Schritt {step} von {steps}</translation>
        </message>
        <message>
            <source>The register could not be created: {reason}</source>
            <translation>Das Register konnte nicht angelegt werden: {reason}</translation>
        </message>
        <message>
            <source>Welcome to LIVC Desktop</source>
            <translation>Willkommen bei LIVC Desktop</translation>
        </message>
        <message>
            <source>This program keeps the register of your Local Integrated Security Cell, encrypted on this computer. First, describe the cell.</source>
            <translation>Dieses Programm führt das Register Ihrer Lokalen Integralen Sicherheitszelle, verschlüsselt auf diesem Computer. Beschreiben Sie zuerst die Zelle.</translation>
        </message>
        <message>
            <source>Municipalities covered (a joint cell may cover several):</source>
            <translation>Erfasste Gemeinden (eine gemeinsame Zelle kann mehrere umfassen):</translation>
        </message>
        <message>
            <source>Structure of the cell:</source>
            <translation>Struktur der Zelle:</translation>
        </message>
        <message>
            <source>Who keeps the register? The name appears on minutes and lists.</source>
            <translation>Wer führt das Register? Der Name erscheint auf Protokollen und Listen.</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Präventionsbeauftragte(r):</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>The register is kept on this computer: it must have full-disk encryption switched on (BitLocker on Windows, FileVault on a Mac, LUKS on Linux), because parts of an open register can be written to the swap or hibernation file.</source>
            <translation>Das Register wird auf diesem Computer aufbewahrt: Die vollständige Festplattenverschlüsselung muss eingeschaltet sein (BitLocker unter Windows, FileVault auf einem Mac, LUKS unter Linux), weil Teile eines geöffneten Registers in die Auslagerungs- oder Ruhezustandsdatei geschrieben werden können.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {n} characters: several words are easier to remember than a short password and harder to guess.</source>
            <translation>Wählen Sie eine Passphrase mit mindestens {n} Zeichen: Mehrere Wörter merkt man sich leichter als ein kurzes Passwort, und sie sind schwerer zu erraten.</translation>
        </message>
        <message>
            <source>&lt;b&gt;A lost passphrase cannot be recovered.&lt;/b&gt; Nobody, not even the program's makers, can open the register without it. Write it down on paper and keep it in a sealed envelope in the municipal safe.</source>
            <translation>&lt;b&gt;Eine verlorene Passphrase lässt sich nicht wiederherstellen.&lt;/b&gt; Niemand, auch nicht die Hersteller des Programms, kann das Register ohne sie öffnen. Schreiben Sie sie auf Papier und bewahren Sie sie in einem versiegelten Umschlag im Tresor der Gemeinde auf.</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Repeat the passphrase:</source>
            <translation>Passphrase wiederholen:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Stärke:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Create the register</source>
            <translation>Register anlegen</translation>
        </message>
        <message>
            <source>Creating the encrypted register…</source>
            <translation>Das verschlüsselte Register wird angelegt…</translation>
        </message>
    </context>
    <context>
        <name>FlagChangeDialog</name>
        <message>
            <source>Change flag of case {code}</source>
            <translation>Flagge von Fall {code} ändern</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
        <message>
            <source>e.g. local police, prosecutor, LTF</source>
            <translation>z. B. lokale Polizei, Staatsanwaltschaft, LTF</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Entschieden am</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>Handed over to</source>
            <translation>Übergeben an</translation>
        </message>
        <message>
            <source>Handed over on</source>
            <translation>Übergeben am</translation>
        </message>
        <message>
            <source>The case will be closed and everything but the hand-over (to whom, when) will be erased.</source>
            <translation>Der Fall wird abgeschlossen und alles außer der Übergabe (an wen, wann) wird gelöscht.</translation>
        </message>
        <message>
            <source>A black flag hands the case over and erases its identity, information, measures and team. Only the hand-over is kept. Continue?</source>
            <translation>Eine schwarze Flagge übergibt den Fall und löscht Identität, Informationen, Maßnahmen und Fallteam. Nur die Übergabe bleibt erhalten. Fortfahren?</translation>
        </message>
    </context>
    <context>
        <name>FlagChart</name>
        <message>
            <source>No flag decisions yet.</source>
            <translation>Noch keine Flaggenentscheidungen.</translation>
        </message>
    </context>
    <context>
        <name>FlagChartTableModel</name>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
    </context>
    <context>
        <name>GuestTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Eigenschaft</translation>
        </message>
        <message>
            <source>Undertaking</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Manual</source>
            <extracomment>Sections (anchors) every language's manual has: the pages' ids and a few screens more.</extracomment>
            <translation>Handbuch</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
    </context>
    <context>
        <name>HouseRules</name>
        <message>
            <source>General</source>
            <translation>Allgemeines</translation>
        </message>
        <message>
            <source>Composition and working</source>
            <translation>Zusammensetzung und Arbeitsweise</translation>
        </message>
        <message>
            <source>Place and frequency of meetings</source>
            <translation>Ort und Häufigkeit der Sitzungen</translation>
        </message>
        <message>
            <source>Minutes and reporting</source>
            <translation>Protokolle und Berichterstattung</translation>
        </message>
        <message>
            <source>Information handling</source>
            <translation>Umgang mit Informationen</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Hausordnung</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LISZ {municipalities}</translation>
        </message>
        <message>
            <source>Version {number} · adopted on {date}</source>
            <translation>Version {number} · angenommen am {date}</translation>
        </message>
        <message>
            <source>Chapter {n}: {title}</source>
            <translation>Kapitel {n}: {title}</translation>
        </message>
        <message>
            <source>For the members of the cell</source>
            <translation>Für die Mitglieder der Zelle</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Unterschriften</translation>
        </message>
        <message>
            <source>The representatives of the partners declare that they have read version {number} of these house rules and will keep to them.</source>
            <translation>Die Vertreter der Partner erklären, dass sie Version {number} dieser Hausordnung gelesen haben und sich daran halten werden.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Vertreter</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Unterschrift</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Signed on {date}</source>
            <translation>Unterzeichnet am {date}</translation>
        </message>
        <message>
            <source>Confidentiality undertaking for guests</source>
            <translation>Vertraulichkeitserklärung für Gäste</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation and capacity</source>
            <translation>Organisation und Eigenschaft</translation>
        </message>
        <message>
            <source>Meeting of</source>
            <translation>Sitzung vom</translation>
        </message>
        <message>
            <source>Invited for the item</source>
            <translation>Eingeladen für den Punkt</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Ort und Datum</translation>
        </message>
    </context>
    <context>
        <name>HouseRulesModels</name>
        <message>
            <source>Adopted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Angenommen am</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Nicht unterzeichnet</translation>
        </message>
        <message>
            <source>Signed on {date} (version not recorded)</source>
            <translation>Unterzeichnet am {date} (Version nicht erfasst)</translation>
        </message>
        <message>
            <source>Version {number}, signed on {date}</source>
            <translation>Version {number}, unterzeichnet am {date}</translation>
        </message>
        <message>
            <source>not the current version</source>
            <translation>nicht die aktuelle Version</translation>
        </message>
        <message>
            <source>Not asked to sign: only active partners at a table sign.</source>
            <translation>Keine Unterschrift nötig: Nur aktive Partner an einem Tisch unterzeichnen.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Unterzeichnet von</translation>
        </message>
        <message>
            <source>Latest signature</source>
            <translation>Letzte Unterschrift</translation>
        </message>
        <message>
            <source>Current version signed</source>
            <translation>Aktuelle Version unterzeichnet</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
    </context>
    <context>
        <name>HouseRulesPage</name>
        <message>
            <source>House rules</source>
            <translation>Hausordnung</translation>
        </message>
        <message>
            <source>Versions and text</source>
            <translation>Versionen und Text</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Unterschriften</translation>
        </message>
        <message>
            <source>New draft from the starting text</source>
            <translation>Neuer Entwurf aus dem Ausgangstext</translation>
        </message>
        <message>
            <source>New draft from this version</source>
            <translation>Neuer Entwurf aus dieser Version</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Entwurf löschen</translation>
        </message>
        <message>
            <source>Compare versions…</source>
            <translation>Versionen vergleichen…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Entwurf speichern</translation>
        </message>
        <message>
            <source>Adopt…</source>
            <translation>Annehmen…</translation>
        </message>
        <message>
            <source>PDF with signatures…</source>
            <translation>PDF mit Unterschriften…</translation>
        </message>
        <message>
            <source>Guest undertaking PDF…</source>
            <translation>PDF-Erklärung für Gäste…</translation>
        </message>
        <message>
            <source>Record a signature…</source>
            <translation>Unterschrift erfassen…</translation>
        </message>
        <message>
            <source>Every active partner at one of the cell's tables signs the current version. A signature of an earlier version no longer counts.</source>
            <translation>Jeder aktive Partner an einem Tisch der Zelle unterzeichnet die aktuelle Version. Eine Unterschrift unter einer früheren Version zählt nicht mehr.</translation>
        </message>
        <message>
            <source>Save the changes to this draft?</source>
            <translation>Die Änderungen an diesem Entwurf speichern?</translation>
        </message>
        <message>
            <source>No version has been adopted yet. Start a draft from the starting text, adapt it with the partners and adopt it.</source>
            <translation>Es wurde noch keine Version angenommen. Beginnen Sie einen Entwurf aus dem Ausgangstext, passen Sie ihn mit den Partnern an und nehmen Sie ihn an.</translation>
        </message>
        <message>
            <source>Current house rules: version {number}, adopted on {date}.</source>
            <translation>Aktuelle Hausordnung: Version {number}, angenommen am {date}.</translation>
        </message>
        <message numerus="yes">
            <source>%n partners have not signed it yet.</source>
            <translation>
                <numerusform>%n Partner hat sie noch nicht unterzeichnet.</numerusform>
                <numerusform>%n Partner haben sie noch nicht unterzeichnet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every partner at a table has signed it.</source>
            <translation>Jeder Partner an einem Tisch hat sie unterzeichnet.</translation>
        </message>
        <message>
            <source>No version selected.</source>
            <translation>Keine Version ausgewählt.</translation>
        </message>
        <message>
            <source>Version {number}, adopted on {date}: frozen. To change it, make a new draft from this version.</source>
            <translation>Version {number}, angenommen am {date}: festgeschrieben. Um sie zu ändern, erstellen Sie einen neuen Entwurf aus dieser Version.</translation>
        </message>
        <message>
            <source>Version {number}: draft{edited}</source>
            <translation>Version {number}: Entwurf{edited}</translation>
        </message>
        <message>
            <source> (changed, not saved)</source>
            <translation> (geändert, nicht gespeichert)</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Entwurf gespeichert.</translation>
        </message>
        <message>
            <source>Delete draft version {number}? Its text is lost.</source>
            <translation>Entwurfsversion {number} löschen? Ihr Text geht verloren.</translation>
        </message>
        <message>
            <source>Version adopted.</source>
            <translation>Version angenommen.</translation>
        </message>
        <message>
            <source>Save the house rules</source>
            <translation>Hausordnung speichern</translation>
        </message>
        <message>
            <source>house-rules-version-{number}.pdf</source>
            <translation>hausordnung-version-{number}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>Gespeichert: {file}</translation>
        </message>
        <message>
            <source>Save the confidentiality undertaking</source>
            <translation>Vertraulichkeitserklärung speichern</translation>
        </message>
        <message>
            <source>confidentiality-undertaking.pdf</source>
            <translation>vertraulichkeitserklaerung.pdf</translation>
        </message>
    </context>
    <context>
        <name>IdentityDialog</name>
        <message>
            <source>Identity of the person concerned</source>
            <translation>Identität der betroffenen Person</translation>
        </message>
        <message>
            <source>Date of birth known</source>
            <translation>Geburtsdatum bekannt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>Schule oder Arbeit</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
    </context>
    <context>
        <name>ImportCaseButton</name>
        <message>
            <source>Import from another cell…</source>
            <translation>Von einer anderen Zelle importieren…</translation>
        </message>
    </context>
    <context>
        <name>InformationDialog</name>
        <message>
            <source>New information for case {code}</source>
            <translation>Neue Information zu Fall {code}</translation>
        </message>
        <message>
            <source>Correct information for case {code}</source>
            <translation>Information des Falls {code} berichtigen</translation>
        </message>
        <message>
            <source>One item per source partner: items are never merged. Without the source partner's consent the information is not registered.</source>
            <translation>Ein Eintrag je Quellpartner: Einträge werden nie zusammengeführt. Ohne Zustimmung des Quellpartners wird die Information nicht erfasst.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
        <message>
            <source>The source partner consents to registration</source>
            <translation>Der Quellpartner stimmt der Erfassung zu</translation>
        </message>
        <message>
            <source>Covered by professional secrecy</source>
            <translation>Unterliegt dem Berufsgeheimnis</translation>
        </message>
        <message>
            <source>Not for the minutes</source>
            <translation>Nicht fürs Protokoll</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Source partner</source>
            <translation>Quellpartner</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Weitergabe</translation>
        </message>
    </context>
    <context>
        <name>InformationRemoveDialog</name>
        <message>
            <source>Remove information from case {code}</source>
            <translation>Information aus dem Fall {code} entfernen</translation>
        </message>
        <message>
            <source>Remove the item of {date} from {source}? It disappears from the case file, from search and from every document made from now on. The access trail keeps that it was removed and why, never its text. This cannot be undone.</source>
            <translation>Die Information vom {date} von {source} entfernen? Sie verschwindet aus der Fallakte, aus der Suche und aus jedem ab jetzt erstellten Dokument. Das Zugriffsprotokoll hält fest, dass und warum sie entfernt wurde, nie ihren Text. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>— no reason given —</source>
            <translation>— kein Grund angegeben —</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Reporting form: signals of radicalisation</source>
            <translation>Meldeformular: Anzeichen von Radikalisierung</translation>
        </message>
        <message>
            <source>Local Integrated Security Cell</source>
            <translation>Lokale Integrale Sicherheitszelle</translation>
        </message>
        <message>
            <source>Confidential once filled in</source>
            <translation>Ausgefüllt vertraulich</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Use this form to tell the cell about something that worries you. Fill it in on the computer or by hand. The cell's prevention officer will contact you for a personal conversation.</source>
            <translation>Mit diesem Formular melden Sie der Zelle etwas, das Ihnen Sorgen macht. Füllen Sie es am Computer oder von Hand aus. Der Präventionsbeauftragte der Zelle nimmt für ein persönliches Gespräch Kontakt mit Ihnen auf.</translation>
        </message>
        <message>
            <source>Do not write the name, address or other details of the person concerned: who it is about is only asked in the later conversation.</source>
            <translation>Schreiben Sie weder Namen noch Adresse oder andere Angaben der betroffenen Person auf: Um wen es geht, wird erst im späteren Gespräch gefragt.</translation>
        </message>
        <message>
            <source>Your contact details</source>
            <translation>Ihre Kontaktdaten</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Organisation or service</source>
            <translation>Organisation oder Dienst</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>What you noticed</source>
            <translation>Was Ihnen aufgefallen ist</translation>
        </message>
        <message>
            <source>When (date or period)</source>
            <translation>Wann (Datum oder Zeitraum)</translation>
        </message>
        <message>
            <source>Where (place or setting)</source>
            <translation>Wo (Ort oder Umfeld)</translation>
        </message>
        <message>
            <source>What did you observe? Describe behaviour, not the person.</source>
            <translation>Was haben Sie beobachtet? Beschreiben Sie Verhalten, nicht die Person.</translation>
        </message>
        <message>
            <source>I agree that the cell registers this report and the contact details above.</source>
            <translation>Ich bin damit einverstanden, dass die Zelle diese Meldung und die obigen Kontaktdaten registriert.</translation>
        </message>
        <message>
            <source>Without this consent the cell keeps only the fact that a report was made, not its content. Sharing information is a right, not a duty.</source>
            <translation>Ohne diese Zustimmung hält die Zelle nur fest, dass es eine Meldung gab, nicht ihren Inhalt. Informationen zu teilen ist ein Recht, keine Pflicht.</translation>
        </message>
        <message>
            <source>Hand the form to the prevention officer or send it to the cell's central address. Do not send it through a shared or public mailbox.</source>
            <translation>Geben Sie das Formular dem Präventionsbeauftragten oder senden Sie es an die zentrale Adresse der Zelle. Senden Sie es nicht über ein gemeinsames oder öffentliches Postfach.</translation>
        </message>
        <message>
            <source>This PDF is protected with a password. Ask the reporter for the form without a password, or print it and type the report in by hand.</source>
            <translation>Dieses PDF ist mit einem Passwort geschützt. Bitten Sie die meldende Person um das Formular ohne Passwort, oder drucken Sie es aus und tippen Sie die Meldung von Hand ein.</translation>
        </message>
        <message>
            <source>This PDF is not an LIVC reporting form. Only the form made by this program (Signals page, Reporting form…) can be imported.</source>
            <translation>Dieses PDF ist kein Meldeformular der LISZ. Nur das von diesem Programm erstellte Formular (Seite Meldungen, Meldeformular…) kann eingelesen werden.</translation>
        </message>
        <message>
            <source>This reporting form was changed after it was made (its fields differ). It was not imported; type the report in by hand from the PDF.</source>
            <translation>Dieses Meldeformular wurde nach seiner Erstellung verändert (die Felder weichen ab). Es wurde nicht eingelesen; übertragen Sie die Meldung von Hand aus dem PDF.</translation>
        </message>
        <message>
            <source>This reporting form was made by a newer version of LIVC Desktop. Install the newer version to import it.</source>
            <translation>Dieses Meldeformular wurde von einer neueren Version von LIVC Desktop erstellt. Installieren Sie die neuere Version, um es einzulesen.</translation>
        </message>
        <message>
            <source>This reporting form is empty: nothing was filled in.</source>
            <translation>Dieses Meldeformular ist leer: Es wurde nichts ausgefüllt.</translation>
        </message>
        <message>
            <source>This file cannot be read as a PDF (it is damaged, too large or not a PDF). Nothing was imported.</source>
            <translation>Diese Datei kann nicht als PDF gelesen werden (sie ist beschädigt, zu groß oder kein PDF). Es wurde nichts eingelesen.</translation>
        </message>
    </context>
    <context>
        <name>IntakeFormDialog</name>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Reporting form</source>
            <translation>Meldeformular</translation>
        </message>
        <message>
            <source>Language of the form:</source>
            <translation>Sprache des Formulars:</translation>
        </message>
        <message>
            <source>Save the reporting form</source>
            <translation>Meldeformular speichern</translation>
        </message>
        <message>
            <source>reporting-form-{lang}.pdf</source>
            <translation>meldeformular-{lang}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Import a filled reporting form</source>
            <translation>Ausgefülltes Meldeformular einlesen</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Integrated cell</source>
            <translation>Integrierte Zelle</translation>
        </message>
        <message>
            <source>Strategic and operational table</source>
            <translation>Strategischer und operativer Tisch</translation>
        </message>
        <message>
            <source>Main body with case teams</source>
            <translation>Hauptgremium mit Fallteams</translation>
        </message>
        <message>
            <source>Zonal cell</source>
            <translation>Zonale Zelle</translation>
        </message>
        <message>
            <source>One table with one representative per partner; cases are handled there.</source>
            <translation>Ein Tisch mit einer Vertretung je Partner; die Fälle werden dort behandelt.</translation>
        </message>
        <message>
            <source>A strategic table sets policy and priorities; an operational table manages cases.</source>
            <translation>Ein strategischer Tisch legt Politik und Prioritäten fest; ein operativer Tisch betreut die Fälle.</translation>
        </message>
        <message>
            <source>The main body decides on follow-up; a case team per case with only the partners it needs.</source>
            <translation>Das Hauptgremium entscheidet über die Begleitung; je Fall ein Fallteam nur mit den nötigen Partnern.</translation>
        </message>
        <message>
            <source>Several municipalities of one police zone, with case teams.</source>
            <translation>Mehrere Gemeinden einer Polizeizone, mit Fallteams.</translation>
        </message>
        <message>
            <source>Integrated table</source>
            <translation>Integrierter Tisch</translation>
        </message>
        <message>
            <source>Strategic table</source>
            <translation>Strategischer Tisch</translation>
        </message>
        <message>
            <source>Operational table</source>
            <translation>Operativer Tisch</translation>
        </message>
        <message>
            <source>Main body</source>
            <translation>Hauptgremium</translation>
        </message>
        <message>
            <source>Case team</source>
            <translation>Fallteam</translation>
        </message>
        <message>
            <source>Zonal table</source>
            <translation>Zonaler Tisch</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wöchentlich</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Alle zwei Wochen</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Vierteljährlich</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Jährlich</translation>
        </message>
        <message>
            <source>When needed</source>
            <translation>Bei Bedarf</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Zu kurz</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
        <message>
            <source>Not strong enough</source>
            <translation>Nicht stark genug</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>That signal is older than the list shows.</source>
            <extracomment>While a meeting runs, the idle lock waits at least this long (README, Security model). A session became active (unlock, first start, passphrase change). Emitted before the pages receive it and before the "unlock" event is recorded, so listeners such as the access trail can subscribe with `session.on_event(...)` in time. The active session is about to close (lock, quit); pages still hold it. True when the window locked, False when it unlocked.</extracomment>
            <translation>Diese Meldung ist älter als das, was die Liste zeigt.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Die Passphrase wurde geändert.</translation>
        </message>
        <message>
            <source>{app} (demo with invented data)</source>
            <translation>{app} (Demo mit erfundenen Daten)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <source>Lock the register now (Ctrl+L)</source>
            <translation>Das Register jetzt sperren (Strg+L)</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>&amp;Passphrase ändern…</translation>
        </message>
        <message>
            <source>&amp;Annual report…</source>
            <translation>&amp;Jahresbericht…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;About LIVC Desktop</source>
            <translation>&amp;Über LIVC Desktop</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Search partners, cases, signals and meetings, or whether a person is already known ({key})</source>
            <translation>Partner, Fälle, Meldungen und Sitzungen durchsuchen oder prüfen, ob eine Person schon bekannt ist ({key})</translation>
        </message>
        <message>
            <source>&amp;Manual and glossary</source>
            <translation>&amp;Handbuch und Glossar</translation>
        </message>
        <message>
            <source>The manual and glossary, at the section of this screen ({key})</source>
            <translation>Handbuch und Glossar, beim Abschnitt zu diesem Bildschirm ({key})</translation>
        </message>
        <message>
            <source>Choose a new passphrase for the register (every backup keeps its own)</source>
            <translation>Eine neue Passphrase für das Register wählen (jede Sicherung behält ihre eigene)</translation>
        </message>
        <message>
            <source>Figures of the year for the mayor and the council, without names</source>
            <translation>Zahlen des Jahres für den Bürgermeister und den Rat, ohne Namen</translation>
        </message>
        <message>
            <source>The parts of the register</source>
            <translation>Die Teile des Registers</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Register: {name}</source>
            <translation>Register: {name}</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Noch nicht angelegt</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Entsperrt</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted register for a Local Integrated Security Cell.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;br&gt;PySide6 {pyside}&lt;br&gt;SQLCipher {sqlcipher}&lt;br&gt;Python {python}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Ein verschlüsseltes Offline-Register für eine Lokale Integrale Sicherheitszelle.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;br&gt;PySide6 {pyside}&lt;br&gt;SQLCipher {sqlcipher}&lt;br&gt;Python {python}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MakeBackupDialog</name>
        <message>
            <source>Make backup</source>
            <translation>Sicherung erstellen</translation>
        </message>
        <message>
            <source>The backup is a complete, encrypted copy of the register. Keep it on a USB stick or another drive in a locked place, away from this computer.</source>
            <translation>Die Sicherung ist eine vollständige, verschlüsselte Kopie des Registers. Bewahren Sie sie auf einem USB-Stick oder einem anderen Laufwerk an einem verschlossenen Ort auf, getrennt von diesem Computer.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Auswählen...</translation>
        </message>
        <message>
            <source>Protect with the register passphrase</source>
            <translation>Mit der Passphrase des Registers schützen</translation>
        </message>
        <message>
            <source>Protect with a separate backup passphrase</source>
            <translation>Mit einer eigenen Sicherungs-Passphrase schützen</translation>
        </message>
        <message>
            <source>Destination folder</source>
            <translation>Zielordner</translation>
        </message>
        <message>
            <source>Register passphrase</source>
            <translation>Passphrase des Registers</translation>
        </message>
        <message>
            <source>Backup passphrase</source>
            <translation>Sicherungs-Passphrase</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Stärke:</translation>
        </message>
        <message>
            <source>Repeat backup passphrase</source>
            <translation>Sicherungs-Passphrase wiederholen</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Ordner für die Sicherung auswählen</translation>
        </message>
        <message>
            <source>Backup written and verified: {name} ({rows} rows).</source>
            <translation>Sicherung geschrieben und geprüft: {name} ({rows} Zeilen).</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <source>New measure for case {code}</source>
            <translation>Neue Maßnahme für Fall {code}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Hat ein Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Responsible partner</source>
            <translation>Verantwortlicher Partner</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Fällig am</translation>
        </message>
    </context>
    <context>
        <name>MeasureStatusDialog</name>
        <message>
            <source>Follow up a measure</source>
            <translation>Maßnahme nachverfolgen</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>MeetingDates</name>
        <message>
            <source>no date</source>
            <translation>kein Datum</translation>
        </message>
    </context>
    <context>
        <name>MeetingDocuments</name>
        <message>
            <source>LIVC</source>
            <translation>LIVC</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Case-team extract of the minutes</source>
            <translation>Auszug aus dem Protokoll für das Fallteam</translation>
        </message>
        <message>
            <source>Invitation and agenda</source>
            <translation>Einladung und Tagesordnung</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Rückmeldebogen an die Polizei</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: LIVC, professional secrecy (art. 458ter Criminal Code). Do not pass on.</source>
            <translation>VERTRAULICH: LIVC, Berufsgeheimnis (Art. 458ter Strafgesetzbuch). Nicht weitergeben.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>ENTWURF</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tisch</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Protokollführer(in)</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <source>Agenda (as sent)</source>
            <translation>Tagesordnung (wie versandt)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Voraussichtliches Ende</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Entschuldigt</translation>
        </message>
        <message>
            <source>Absent without notice</source>
            <translation>Unentschuldigt abwesend</translation>
        </message>
        <message>
            <source>Ad hoc attendees</source>
            <translation>Ad-hoc-Teilnehmende</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Eigenschaft</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Unterschrift</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Keine.</translation>
        </message>
        <message>
            <source>sent information beforehand</source>
            <translation>hat vorab Informationen übermittelt</translation>
        </message>
        <message>
            <source>arrived at {time}</source>
            <translation>angekommen um {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>gegangen um {time}</translation>
        </message>
        <message>
            <source>Secret-covered information was discussed; see the case file.</source>
            <translation>Es wurden Informationen besprochen, die unter das Berufsgeheimnis fallen; siehe die Fallakte.</translation>
        </message>
        <message>
            <source>Conclusion shared with the police</source>
            <translation>Mit der Polizei geteilte Schlussfolgerung</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <source>Contact for the police</source>
            <translation>Kontaktperson für die Polizei</translation>
        </message>
        <message>
            <source>social sector</source>
            <translation>Sozialbereich</translation>
        </message>
        <message>
            <source>police</source>
            <translation>Polizei</translation>
        </message>
        <message>
            <source>mixed (social and police)</source>
            <translation>gemischt (Sozialbereich und Polizei)</translation>
        </message>
        <message>
            <source>Addendum {number} ({date})</source>
            <translation>Nachtrag {number} ({date})</translation>
        </message>
        <message>
            <source>next review on {date}</source>
            <translation>nächste Überprüfung am {date}</translation>
        </message>
        <message>
            <source>confidentiality undertaking signed</source>
            <translation>Vertraulichkeitserklärung unterzeichnet</translation>
        </message>
        <message>
            <source>no confidentiality undertaking</source>
            <translation>keine Vertraulichkeitserklärung</translation>
        </message>
        <message>
            <source>Items discussed</source>
            <translation>Behandelte Punkte</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beschlüsse</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>Fallentscheidungen</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Alle Maßnahmen</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Bis wann</translation>
        </message>
        <message>
            <source>Discussed off the record: not minuted.</source>
            <translation>Nicht fürs Protokoll besprochen: nicht protokolliert.</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Nächste Sitzung</translation>
        </message>
        <message>
            <source>Not yet planned.</source>
            <translation>Noch nicht geplant.</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Nachträge</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Finalised on</source>
            <translation>Abgeschlossen am</translation>
        </message>
        <message>
            <source>Content fingerprint (SHA-256)</source>
            <translation>Fingerabdruck des Inhalts (SHA-256)</translation>
        </message>
        <message>
            <source>Approved at the meeting of</source>
            <translation>Genehmigt in der Sitzung vom</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Bemerkungen bei der Genehmigung</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Eingeladen</translation>
        </message>
        <message>
            <source>You are invited to the meeting below. The agenda and the documents are confidential; bring them back or destroy them after the meeting.</source>
            <translation>Sie sind zur unten genannten Sitzung eingeladen. Tagesordnung und Unterlagen sind vertraulich; bringen Sie sie zurück oder vernichten Sie sie nach der Sitzung.</translation>
        </message>
        <message>
            <source>This extract holds only the items of one case and is meant for that case team's partners only.</source>
            <translation>Dieser Auszug enthält nur die Punkte eines Falls und ist nur für die Partner dieses Fallteams bestimmt.</translation>
        </message>
        <message>
            <source>Feedback to the police agreed by consensus of every member who took part (art. 458ter Criminal Code). It holds no information covered by professional secrecy.</source>
            <translation>Rückmeldung an die Polizei im Konsens aller teilnehmenden Mitglieder (Art. 458ter Strafgesetzbuch). Sie enthält keine dem Berufsgeheimnis unterliegenden Informationen.</translation>
        </message>
        <message>
            <source>Consensus recorded for</source>
            <translation>Konsens erfasst für</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
    </context>
    <context>
        <name>MeetingLabels</name>
        <message>
            <source>Opening</source>
            <translation>Eröffnung</translation>
        </message>
        <message>
            <source>Approval of the previous minutes</source>
            <translation>Genehmigung des letzten Protokolls</translation>
        </message>
        <message>
            <source>Follow-up of open actions</source>
            <translation>Nachverfolgung offener Maßnahmen</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>New signal for weighing</source>
            <translation>Neues Signal zur Abwägung</translation>
        </message>
        <message>
            <source>General item</source>
            <translation>Allgemeiner Punkt</translation>
        </message>
        <message>
            <source>Any other business</source>
            <translation>Verschiedenes</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Abgehalten</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Einladung</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Anwesenheitsliste</translation>
        </message>
        <message>
            <source>Calendar entry</source>
            <translation>Kalendereintrag</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Case-team extract</source>
            <translation>Auszug für das Fallteam</translation>
        </message>
        <message>
            <source>Feedback sheet</source>
            <translation>Rückmeldebogen</translation>
        </message>
        <message>
            <source>Draft minutes</source>
            <translation>Protokollentwurf</translation>
        </message>
        <message>
            <source>Minutes finalised</source>
            <translation>Protokoll abgeschlossen</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Protokoll genehmigt</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nicht erfasst</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Entschuldigt</translation>
        </message>
        <message>
            <source>Absent without notice</source>
            <translation>Unentschuldigt abwesend</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wöchentlich</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <source>Every N days</source>
            <translation>Alle N Tage</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>rote Flagge</translation>
        </message>
        <message>
            <source>black flag</source>
            <translation>schwarze Flagge</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>Überprüfung fällig</translation>
        </message>
        <message>
            <source>measure due</source>
            <translation>Maßnahme fällig</translation>
        </message>
        <message>
            <source>not weighed for a while</source>
            <translation>seit einiger Zeit nicht bewertet</translation>
        </message>
        <message>
            <source>flag: weigh again now</source>
            <translation>Flagge: jetzt neu bewerten</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Nicht gefragt</translation>
        </message>
        <message>
            <source>Agrees</source>
            <translation>Stimmt zu</translation>
        </message>
        <message>
            <source>Refuses</source>
            <translation>Lehnt ab</translation>
        </message>
        <message>
            <source>Secretary / minute-taker</source>
            <translation>Sekretär(in) / Protokollführung</translation>
        </message>
        <message>
            <source>Ad hoc expert / guest</source>
            <translation>Ad-hoc-Sachverständige(r) / Gast</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tisch</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <extracomment>True while meeting mode is on screen: the main window keeps keys out of its menu.</extracomment>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Filter meetings</source>
            <translation>Sitzungen filtern</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Sitzung löschen</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Vorbereiten</translation>
        </message>
        <message>
            <source>Run meeting</source>
            <translation>Sitzung durchführen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>A note typed before the lock could not be saved: {reason}</source>
            <translation>Eine vor der Sperre getippte Notiz konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>{document}, meeting of {date}</source>
            <extracomment>Up to this many meetings the list is read at once, on the GUI thread.</extracomment>
            <translation>{document}, Sitzung vom {date}</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>Die Datei konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Saved: {name}</source>
            <translation>Gespeichert: {name}</translation>
        </message>
        <message>
            <source>Delete the meeting of {date} with its agenda and notes?</source>
            <translation>Die Sitzung vom {date} mit Tagesordnung und Notizen löschen?</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The passphrase is not correct. Check Caps Lock and the keyboard layout.</source>
            <translation>Die Passphrase ist nicht richtig. Prüfen Sie die Feststelltaste und das Tastaturlayout.</translation>
        </message>
        <message>
            <source>There is no register at this location.</source>
            <translation>An diesem Ort gibt es kein Register.</translation>
        </message>
        <message>
            <source>This file is not an LIVC register.</source>
            <translation>Diese Datei ist kein Register von LIVC Desktop.</translation>
        </message>
        <message>
            <source>This passphrase does not open the register. Check Caps Lock and the keyboard layout. If you are sure it is right, the file may be damaged: restore the latest backup: File → Restore…</source>
            <translation>Diese Passphrase öffnet das Register nicht. Prüfen Sie die Feststelltaste und das Tastaturlayout. Wenn Sie sicher sind, dass sie stimmt, ist die Datei vielleicht beschädigt: Stellen Sie die neueste Sicherung wieder her: Datei → Wiederherstellen…</translation>
        </message>
        <message>
            <source>The register file is damaged and cannot be used. Restore the latest backup: File → Restore… (the latest backup known was made on {date}).</source>
            <translation>Die Registerdatei ist beschädigt und nicht verwendbar. Stellen Sie die neueste Sicherung wieder her: Datei → Wiederherstellen… (die neueste bekannte Sicherung wurde am {date} erstellt).</translation>
        </message>
        <message>
            <source>The register file is damaged and cannot be used. Restore the latest backup: File → Restore…</source>
            <translation>Die Registerdatei ist beschädigt und nicht verwendbar. Stellen Sie die neueste Sicherung wieder her: Datei → Wiederherstellen…</translation>
        </message>
        <message>
            <source>This register was made by a newer version of LIVC Desktop. Install the newer version to open it.</source>
            <translation>Dieses Register wurde mit einer neueren Version von LIVC Desktop erstellt. Installieren Sie die neuere Version, um es zu öffnen.</translation>
        </message>
        <message>
            <source>This register is already open in another LIVC Desktop window or by another user. Close it there first.</source>
            <translation>Dieses Register ist bereits in einem anderen Fenster von LIVC Desktop oder von einem anderen Benutzer geöffnet. Schließen Sie es zuerst dort.</translation>
        </message>
        <message>
            <source>A register already exists at this location.</source>
            <translation>An diesem Ort gibt es bereits ein Register.</translation>
        </message>
        <message>
            <source>You have no permission to use this file or folder. Nothing was changed; ask your IT service or choose another location.</source>
            <translation>Sie haben keine Berechtigung für diese Datei oder diesen Ordner. Es wurde nichts geändert; wenden Sie sich an Ihre IT-Abteilung oder wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <source>This location is read-only (a write-protected drive or folder). Nothing was changed; copy the register to a writable folder or choose another location.</source>
            <translation>Dieser Ort ist schreibgeschützt (ein schreibgeschütztes Laufwerk oder ein Ordner). Es wurde nichts geändert; kopieren Sie das Register in einen beschreibbaren Ordner oder wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <source>This file is a backup or a copy of a register: it is only looked at, never changed. To work with it, restore it: File → Restore…</source>
            <translation>Diese Datei ist eine Sicherung oder eine Kopie eines Registers: Sie wird nur angesehen, nie geändert. Um damit zu arbeiten, stellen Sie sie wieder her: Datei → Wiederherstellen…</translation>
        </message>
        <message>
            <source>The access trail was changed after it was written (first bad entry: {seq}).</source>
            <translation>Das Zugriffsprotokoll wurde nach dem Schreiben geändert (erster fehlerhafter Eintrag: {seq}).</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Der Datenträger ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The file could not be written. Nothing was changed.</source>
            <translation>Die Datei konnte nicht geschrieben werden. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>A link or another unexpected item is in the way of {name} in this folder. LIVC Desktop does not write through links; nothing was changed. Remove it, or ask your IT contact to check the folder.</source>
            <translation>Eine Verknüpfung oder ein anderes unerwartetes Element steht {name} in diesem Ordner im Weg. LIVC Desktop schreibt nie über Verknüpfungen; es wurde nichts geändert. Entfernen Sie es oder bitten Sie Ihre IT-Ansprechperson, den Ordner zu prüfen.</translation>
        </message>
        <message>
            <source>The encryption library on this computer is not suitable; the register was not opened. Reinstall LIVC Desktop.</source>
            <translation>Die Verschlüsselungsbibliothek auf diesem Computer ist nicht geeignet; das Register wurde nicht geöffnet. Installieren Sie LIVC Desktop neu.</translation>
        </message>
        <message>
            <source>There is no adopted version of the house rules yet: adopt a version first (the House rules page).</source>
            <translation>Es gibt noch keine angenommene Version der Hausordnung: Nehmen Sie zuerst eine Version an (Seite Hausordnung).</translation>
        </message>
        <message>
            <source>This partner cannot be deleted because other records refer to it. Archive it instead.</source>
            <translation>Dieser Partner kann nicht gelöscht werden, weil andere Daten auf ihn verweisen. Archivieren Sie ihn stattdessen.</translation>
        </message>
        <message>
            <source>This partner no longer exists in the register.</source>
            <translation>Dieser Partner besteht nicht mehr im Register.</translation>
        </message>
        <message>
            <source>Partners still belong to this sector. Give them another sector first, or switch the sector off instead.</source>
            <translation>Diesem Sektor gehören noch Partner an. Weisen Sie ihnen zuerst einen anderen Sektor zu oder schalten Sie den Sektor stattdessen aus.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The file is too large to import (more than 20 MB).</source>
            <translation>Die Datei ist zu groß für den Import (mehr als 20 MB).</translation>
        </message>
        <message>
            <source>The file is not a text (CSV) file. In Excel, use Save As and choose 'CSV UTF-8'.</source>
            <translation>Die Datei ist keine Textdatei (CSV). Wählen Sie in Excel Speichern unter und dann 'CSV UTF-8'.</translation>
        </message>
        <message>
            <source>The file could not be read as a CSV sheet (a cell may be too long).</source>
            <translation>Die Datei konnte nicht als CSV-Tabelle gelesen werden (vielleicht ist eine Zelle zu lang).</translation>
        </message>
        <message>
            <source>The file has too many rows (more than 50,000).</source>
            <translation>Die Datei hat zu viele Zeilen (mehr als 50.000).</translation>
        </message>
        <message>
            <source>The first row of the file must name the columns.</source>
            <translation>Die erste Zeile der Datei muss die Spalten benennen.</translation>
        </message>
        <message>
            <source>These minutes are finalised and can no longer be changed. Add a numbered addendum instead.</source>
            <translation>Dieses Protokoll ist abgeschlossen und kann nicht mehr geändert werden. Fügen Sie stattdessen einen nummerierten Nachtrag hinzu.</translation>
        </message>
        <message>
            <source>Minutes are approved at a later meeting that has taken place (today or earlier) and was not cancelled.</source>
            <translation>Ein Protokoll wird in einer späteren Sitzung genehmigt, die bereits stattgefunden hat (heute oder früher) und nicht abgesagt wurde.</translation>
        </message>
        <message>
            <source>The minutes can be finalised only once the meeting has taken place.</source>
            <translation>Das Protokoll kann erst abgeschlossen werden, wenn die Sitzung stattgefunden hat.</translation>
        </message>
        <message>
            <source>This was already applied to the case (a flag or phase decision, or a measure). Deleting it here would not undo that, so it cannot be deleted. Change the case in its case file instead.</source>
            <translation>Dies wurde bereits auf den Fall angewendet (eine Flaggen- oder Phasenentscheidung oder eine Maßnahme). Ein Löschen hier würde das nicht rückgängig machen, daher kann es nicht gelöscht werden. Ändern Sie den Fall in der Fallakte.</translation>
        </message>
        <message>
            <source>A hand-over (black flag) or closing a case needs more details (to whom and when; the reason and an evaluation). Record it in the case file.</source>
            <translation>Eine Übergabe (schwarze Flagge) oder der Abschluss eines Falls braucht weitere Angaben (an wen und wann; der Grund und eine Bewertung). Erfassen Sie dies in der Fallakte.</translation>
        </message>
        <message>
            <source>No meeting is planned yet. Plan the next meeting on the Meetings page (New meeting), then put this on its agenda.</source>
            <translation>Es ist noch keine Sitzung geplant. Planen Sie die nächste Sitzung auf der Seite Sitzungen (Neue Sitzung) und setzen Sie dies dann auf ihre Tagesordnung.</translation>
        </message>
        <message>
            <source>There is no such meeting in this register.</source>
            <translation>Diese Sitzung gibt es in diesem Register nicht.</translation>
        </message>
        <message>
            <source>The feedback sheet needs the recorded consent of every member who took part.</source>
            <translation>Der Rückmeldebogen erfordert die erfasste Zustimmung jedes teilnehmenden Mitglieds.</translation>
        </message>
        <message>
            <source>The case cannot move to that phase from its current phase.</source>
            <translation>Der Fall kann von seiner aktuellen Phase nicht in diese Phase wechseln.</translation>
        </message>
        <message>
            <source>This case is closed; it takes no more changes.</source>
            <translation>Dieser Fall ist abgeschlossen und kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>This record no longer exists.</source>
            <translation>Dieser Eintrag existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Etwas ist schiefgelaufen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>There is no backup file at this location.</source>
            <translation>An diesem Ort befindet sich keine Sicherungsdatei.</translation>
        </message>
        <message>
            <source>The backup file is empty (0 bytes). Nothing was restored or changed.</source>
            <translation>Die Sicherungsdatei ist leer (0 Byte). Es wurde nichts wiederhergestellt oder geändert.</translation>
        </message>
        <message>
            <source>The backup file is incomplete: it is shorter than when it was made (an interrupted copy?). Nothing was restored or changed.</source>
            <translation>Die Sicherungsdatei ist unvollständig: Sie ist kürzer als bei der Erstellung (eine unterbrochene Kopie?). Es wurde nichts wiederhergestellt oder geändert.</translation>
        </message>
        <message>
            <source>The backup file is damaged: its content no longer matches its checksum. Nothing was restored or changed. Use another backup.</source>
            <translation>Die Sicherungsdatei ist beschädigt: Ihr Inhalt stimmt nicht mehr mit der Prüfsumme überein. Es wurde nichts wiederhergestellt oder geändert. Verwenden Sie eine andere Sicherung.</translation>
        </message>
        <message>
            <source>The file is intact, but this passphrase does not open it. Use the passphrase that protected the register (or the separate backup passphrase) when the backup was made.</source>
            <translation>Die Datei ist unversehrt, aber diese Passphrase öffnet sie nicht. Verwenden Sie die Passphrase, die das Register (oder die eigene Sicherungs-Passphrase) bei der Erstellung der Sicherung schützte.</translation>
        </message>
        <message>
            <source>This file could not be opened: the passphrase is wrong or it is not an LIVC backup. Its manifest (the .json file beside it) is missing, so the program cannot tell which.</source>
            <translation>Diese Datei konnte nicht geöffnet werden: Die Passphrase ist falsch oder es ist keine LIVC-Sicherung. Das Manifest (die .json-Datei daneben) fehlt, daher kann das Programm nicht feststellen, was zutrifft.</translation>
        </message>
        <message>
            <source>The backup's manifest (the .json file beside it) was edited or damaged: its seal no longer matches. Nothing was restored or changed. Use another backup.</source>
            <translation>Das Manifest der Sicherung (die .json-Datei daneben) wurde bearbeitet oder beschädigt: Das Siegel stimmt nicht mehr. Es wurde nichts wiederhergestellt oder geändert. Verwenden Sie eine andere Sicherung.</translation>
        </message>
        <message>
            <source>This file is not an LIVC Desktop backup.</source>
            <translation>Diese Datei ist keine Sicherung von LIVC Desktop.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of LIVC Desktop. Install the newer version to restore it; nothing was changed.</source>
            <translation>Diese Sicherung wurde mit einer neueren Version von LIVC Desktop erstellt. Installieren Sie die neuere Version, um sie wiederherzustellen; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The chosen folder cannot be written to (read-only or no permission). Choose another folder; nothing was written.</source>
            <translation>In den gewählten Ordner kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung). Wählen Sie einen anderen Ordner; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Dieses Feld ist erforderlich.</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>Dieser Text ist zu lang.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 12 characters long.</source>
            <translation>Die Passphrase muss mindestens 12 Zeichen lang sein.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess (common words, names of the cell, dates). Use four or more words that do not belong together, or a longer sentence of your own.</source>
            <translation>Diese Passphrase ist zu leicht zu erraten (gängige Wörter, Namen der Zelle, Daten). Verwenden Sie vier oder mehr Wörter, die nicht zusammengehören, oder einen längeren eigenen Satz.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>The passphrase must not begin or end with a space.</source>
            <translation>Die Passphrase darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
        </message>
        <message>
            <source>A zonal cell covers at least two municipalities.</source>
            <translation>Eine zonale Zelle umfasst mindestens zwei Gemeinden.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
        </message>
        <message>
            <source>This does not look like a phone number.</source>
            <translation>Das sieht nicht nach einer Telefonnummer aus.</translation>
        </message>
        <message>
            <source>This is not a valid date.</source>
            <translation>Das ist kein gültiges Datum.</translation>
        </message>
        <message>
            <source>This number is outside the allowed range.</source>
            <translation>Diese Zahl liegt außerhalb des zulässigen Bereichs.</translation>
        </message>
        <message>
            <source>This value is not one of the known choices.</source>
            <translation>Dieser Wert gehört nicht zu den bekannten Auswahlmöglichkeiten.</translation>
        </message>
        <message>
            <source>This name is already in use.</source>
            <translation>Dieser Name wird bereits verwendet.</translation>
        </message>
        <message>
            <source>This is not a valid time (HH:MM).</source>
            <translation>Dies ist keine gültige Uhrzeit (HH:MM).</translation>
        </message>
        <message>
            <source>The end time is before the start time.</source>
            <translation>Die Endzeit liegt vor der Beginnzeit.</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>Diese Zahl liegt außerhalb des zulässigen Bereichs.</translation>
        </message>
        <message>
            <source>Flag and phase decisions belong to a case item.</source>
            <translation>Flaggen- und Phasenentscheidungen gehören zu einem Fallpunkt.</translation>
        </message>
        <message>
            <source>This date lies in the future.</source>
            <translation>Dieses Datum liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>The review date cannot lie before the decision.</source>
            <translation>Das Überprüfungsdatum kann nicht vor der Entscheidung liegen.</translation>
        </message>
        <message>
            <source>A hand-over is only recorded with a black flag.</source>
            <translation>Eine Übergabe wird nur bei einer schwarzen Flagge erfasst.</translation>
        </message>
        <message>
            <source>Without the contributing partner's consent this information is not registered.</source>
            <translation>Ohne Zustimmung des liefernden Partners wird diese Information nicht erfasst.</translation>
        </message>
        <message>
            <source>Information covered by professional secrecy stays within the case team.</source>
            <translation>Informationen unter Berufsgeheimnis bleiben im Fallteam.</translation>
        </message>
        <message>
            <source>This partner is not in the register.</source>
            <translation>Dieser Partner steht nicht im Register.</translation>
        </message>
        <message>
            <source>This partner is already in the case team.</source>
            <translation>Dieser Partner ist bereits im Fallteam.</translation>
        </message>
        <message>
            <source>This partner has already left the case team.</source>
            <translation>Dieser Partner ist bereits aus dem Fallteam ausgeschieden.</translation>
        </message>
        <message>
            <source>The leaving date cannot lie before the joining date.</source>
            <translation>Das Austrittsdatum kann nicht vor dem Beitrittsdatum liegen.</translation>
        </message>
        <message>
            <source>This signal has already been weighed.</source>
            <translation>Diese Meldung wurde bereits gewichtet.</translation>
        </message>
        <message>
            <source>Give your e-mail address or phone number, so the other cell can reach you.</source>
            <translation>Geben Sie Ihre E-Mail-Adresse oder Telefonnummer an, damit die andere Zelle Sie erreichen kann.</translation>
        </message>
        <message>
            <source>The package file must end in .livccase.</source>
            <translation>Die Paketdatei muss auf .livccase enden.</translation>
        </message>
        <message>
            <source>Show the package's contents first.</source>
            <translation>Zeigen Sie zuerst den Inhalt des Pakets an.</translation>
        </message>
        <message>
            <source>Give the reference number only (letters, digits, / . - _), no sentence.</source>
            <translation>Geben Sie nur das Aktenzeichen an (Buchstaben, Ziffern, / . - _), keinen Satz.</translation>
        </message>
        <message>
            <source>Choose the partner this contact person belongs to.</source>
            <translation>Wählen Sie den Partner, zu dem diese Kontaktperson gehört.</translation>
        </message>
        <message>
            <source>This version of the house rules has been adopted and can no longer be changed: make a new draft from it.</source>
            <translation>Diese Version der Hausordnung wurde angenommen und kann nicht mehr geändert werden: Erstellen Sie daraus einen neuen Entwurf.</translation>
        </message>
        <message>
            <source>The adoption date lies before that of the current house rules.</source>
            <translation>Das Annahmedatum liegt vor dem der aktuellen Hausordnung.</translation>
        </message>
        <message>
            <source>Only an adopted version of the house rules can be signed.</source>
            <translation>Nur eine angenommene Version der Hausordnung kann unterzeichnet werden.</translation>
        </message>
        <message>
            <source>The signature date lies before the version was adopted.</source>
            <translation>Das Datum der Unterschrift liegt vor der Annahme der Version.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Dieser Wert ist nicht gültig.</translation>
        </message>
        <message>
            <source>There is no package file at this location.</source>
            <translation>An diesem Ort gibt es keine Paketdatei.</translation>
        </message>
        <message>
            <source>This file is not a case transfer package of LIVC Desktop.</source>
            <translation>Diese Datei ist kein Fallpaket von LIVC Desktop.</translation>
        </message>
        <message>
            <source>The package is incomplete: it is shorter than when it was made (an interrupted copy or download?). Nothing was imported. Ask the sending cell for the file again.</source>
            <translation>Das Paket ist unvollständig: Es ist kürzer als bei seiner Erstellung (eine unterbrochene Kopie oder ein unterbrochener Download?). Es wurde nichts importiert. Bitten Sie die absendende Zelle erneut um die Datei.</translation>
        </message>
        <message>
            <source>The package was changed or damaged after it was made. Nothing was imported. Ask the sending cell for the file again.</source>
            <translation>Das Paket wurde nach seiner Erstellung verändert oder beschädigt. Es wurde nichts importiert. Bitten Sie die absendende Zelle erneut um die Datei.</translation>
        </message>
        <message>
            <source>The file is intact, but this is not its passphrase. Check the passphrase with the sending cell (given by phone, not with the file).</source>
            <translation>Die Datei ist unversehrt, aber das ist nicht ihre Passphrase. Prüfen Sie die Passphrase bei der absendenden Zelle (telefonisch mitgeteilt, nicht mit der Datei).</translation>
        </message>
        <message>
            <source>This package was made by a newer version of LIVC Desktop. Install the newer version to import it; nothing was imported.</source>
            <translation>Dieses Paket wurde von einer neueren Version von LIVC Desktop erstellt. Installieren Sie die neuere Version, um es zu importieren; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>This package was already imported into this register; it is not imported twice.</source>
            <translation>Dieses Paket wurde bereits in dieses Register importiert; es wird nicht zweimal importiert.</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Preview minutes</source>
            <translation>Protokollvorschau</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>Fall:</translation>
        </message>
        <message>
            <source>Approve at the meeting of:</source>
            <translation>Genehmigen in der Sitzung vom:</translation>
        </message>
        <message>
            <source>Finalise minutes…</source>
            <translation>Protokoll abschließen…</translation>
        </message>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Rückmeldebogen an die Polizei</translation>
        </message>
        <message>
            <source>Feedback text and consent…</source>
            <translation>Rückmeldetext und Zustimmung…</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Bemerkungen bei der Genehmigung</translation>
        </message>
        <message>
            <source>Approve at that meeting</source>
            <translation>In dieser Sitzung genehmigen</translation>
        </message>
        <message>
            <source>Text of a correction (addendum)</source>
            <translation>Text einer Korrektur (Nachtrag)</translation>
        </message>
        <message>
            <source>Add addendum</source>
            <translation>Nachtrag hinzufügen</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Recipient (partner or person)</source>
            <translation>Empfänger (Partner oder Person)</translation>
        </message>
        <message>
            <source>Record as sent</source>
            <translation>Als versandt erfassen</translation>
        </message>
        <message>
            <source>Copies per recipient…</source>
            <translation>Kopien je Empfänger…</translation>
        </message>
        <message>
            <source>Fingerprint: {hash}</source>
            <translation>Fingerabdruck: {hash}</translation>
        </message>
        <message>
            <source>Approved on {date}</source>
            <translation>Genehmigt am {date}</translation>
        </message>
        <message>
            <source>Finalise these minutes? Their content is frozen; later corrections become numbered addenda.</source>
            <translation>Dieses Protokoll abschließen? Der Inhalt wird eingefroren; spätere Korrekturen werden nummerierte Nachträge.</translation>
        </message>
        <message>
            <source>Add this addendum to the finalised minutes?</source>
            <translation>Diesen Nachtrag zum abgeschlossenen Protokoll hinzufügen?</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityListEditor</name>
        <message>
            <source>Name of the municipality</source>
            <translation>Name der Gemeinde</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Municipalities covered</source>
            <translation>Erfasste Gemeinden</translation>
        </message>
    </context>
    <context>
        <name>MyMonthPanel</name>
        <message>
            <source>My month</source>
            <extracomment>Places a line can open (the main window's `open_place`). (place, item id or -1): a line was clicked.</extracomment>
            <translation>Mein Monat</translation>
        </message>
        <message>
            <source>What needs you in the coming two weeks. Click a line to deal with it.</source>
            <translation>Was in den kommenden zwei Wochen auf Sie wartet. Klicken Sie auf eine Zeile, um es zu erledigen.</translation>
        </message>
        <message>
            <source>Opens the signals waiting for weighing</source>
            <translation>Öffnet die Meldungen, die auf Gewichtung warten</translation>
        </message>
        <message>
            <source>Opens the case list filtered on cases due for review</source>
            <translation>Öffnet die Fallliste, gefiltert auf zur Überprüfung fällige Fälle</translation>
        </message>
        <message>
            <source>Opens the case list filtered on overdue measures</source>
            <translation>Öffnet die Fallliste, gefiltert auf überfällige Maßnahmen</translation>
        </message>
        <message>
            <source>Opens the meeting's preparation</source>
            <translation>Öffnet die Vorbereitung der Sitzung</translation>
        </message>
        <message>
            <source>Opens the meeting's minutes</source>
            <translation>Öffnet das Protokoll der Sitzung</translation>
        </message>
        <message>
            <source>Makes a backup now</source>
            <translation>Erstellt jetzt eine Sicherung</translation>
        </message>
        <message>
            <source>Signals waiting for weighing: {n} (oldest received {date})</source>
            <translation>Meldungen, die auf Gewichtung warten: {n} (älteste eingegangen am {date})</translation>
        </message>
        <message>
            <source>No signal is waiting for weighing.</source>
            <translation>Keine Meldung wartet auf Gewichtung.</translation>
        </message>
        <message>
            <source>No case review due in the next two weeks.</source>
            <translation>Keine Fallüberprüfung in den nächsten zwei Wochen fällig.</translation>
        </message>
        <message>
            <source>No measure due in the next two weeks.</source>
            <translation>Keine Maßnahme in den nächsten zwei Wochen fällig.</translation>
        </message>
        <message>
            <source>Case reviews: {overdue} overdue, {soon} due within two weeks ({codes})</source>
            <translation>Fallüberprüfungen: {overdue} überfällig, {soon} binnen zwei Wochen fällig ({codes})</translation>
        </message>
        <message>
            <source>Measures: {overdue} overdue, {soon} due within two weeks ({codes})</source>
            <translation>Maßnahmen: {overdue} überfällig, {soon} binnen zwei Wochen fällig ({codes})</translation>
        </message>
        <message>
            <source>No meeting planned: plan the next one.</source>
            <translation>Keine Sitzung geplant: planen Sie die nächste.</translation>
        </message>
        <message>
            <source>agenda items</source>
            <translation>Tagesordnungspunkte</translation>
        </message>
        <message>
            <source>sending the agenda</source>
            <translation>Tagesordnung versenden</translation>
        </message>
        <message>
            <source>invitees</source>
            <translation>Eingeladene</translation>
        </message>
        <message>
            <source>sending the invitations</source>
            <translation>Einladungen versenden</translation>
        </message>
        <message>
            <source>Next meeting: {meeting}. Still to do: {missing}</source>
            <translation>Nächste Sitzung: {meeting}. Noch zu tun: {missing}</translation>
        </message>
        <message>
            <source>Next meeting: {meeting}. Agenda and invitations are sent.</source>
            <translation>Nächste Sitzung: {meeting}. Tagesordnung und Einladungen sind versandt.</translation>
        </message>
        <message>
            <source>Minutes to finalise: {n} (oldest: meeting of {date})</source>
            <translation>Abzuschließende Protokolle: {n} (ältestes: Sitzung vom {date})</translation>
        </message>
        <message>
            <source>No minutes to finalise.</source>
            <translation>Keine Protokolle abzuschließen.</translation>
        </message>
        <message>
            <source>Minutes to approve at the next meeting: {n} (oldest: meeting of {date})</source>
            <translation>In der nächsten Sitzung zu genehmigende Protokolle: {n} (ältestes: Sitzung vom {date})</translation>
        </message>
        <message>
            <source>No backup yet: make one now.</source>
            <translation>Noch keine Sicherung: erstellen Sie jetzt eine.</translation>
        </message>
        <message>
            <source>Last backup: today</source>
            <translation>Letzte Sicherung: heute</translation>
        </message>
        <message>
            <source>Last backup: yesterday</source>
            <translation>Letzte Sicherung: gestern</translation>
        </message>
        <message>
            <source>Last backup: {days} days ago</source>
            <translation>Letzte Sicherung: vor {days} Tagen</translation>
        </message>
        <message>
            <source>(too old: make a new one)</source>
            <translation>(zu alt: erstellen Sie eine neue)</translation>
        </message>
    </context>
    <context>
        <name>NextMeeting</name>
        <message>
            <source>Put on the next meeting</source>
            <translation>Auf die nächste Sitzung setzen</translation>
        </message>
        <message>
            <source>It is on the agenda of the meeting of {date} ({table}).</source>
            <translation>Es steht auf der Tagesordnung der Sitzung vom {date} ({table}).</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Account</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beschluss</translation>
        </message>
        <message>
            <source>Off the record</source>
            <translation>Nicht fürs Protokoll</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Berufsgeheimnis</translation>
        </message>
        <message>
            <source>OFF THE RECORD: never printed</source>
            <translation>NICHT FÜRS PROTOKOLL: wird nie gedruckt</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove this note?</source>
            <translation>Diese Notiz entfernen?</translation>
        </message>
    </context>
    <context>
        <name>OneTimePassphraseDialog</name>
        <message>
            <source>One-time passphrase of the package</source>
            <translation>Einmalige Passphrase des Pakets</translation>
        </message>
        <message>
            <source>The package {name} is written. This is its passphrase. It is shown only now and is kept nowhere: note it or copy it, and give it to the receiving cell by phone, never in the same mail as the file.</source>
            <translation>Das Paket {name} ist geschrieben. Dies ist seine Passphrase. Sie wird nur jetzt angezeigt und nirgends gespeichert: Notieren oder kopieren Sie sie und teilen Sie sie der empfangenden Zelle telefonisch mit, nie in derselben E-Mail wie die Datei.</translation>
        </message>
        <message>
            <source>One-time passphrase</source>
            <translation>Einmal-Passphrase</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copied; cleared from the clipboard in {seconds} seconds.</source>
            <translation>Kopiert; wird in {seconds} Sekunden aus der Zwischenablage gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Yes, a joint cell of {n} municipalities</source>
            <translation>Ja, eine gemeinsame Zelle von {n} Gemeinden</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>The cell</source>
            <translation>Die Zelle</translation>
        </message>
        <message>
            <source>The register</source>
            <translation>Das Register</translation>
        </message>
        <message>
            <source>Municipalities:</source>
            <translation>Gemeinden:</translation>
        </message>
        <message>
            <source>Joint cell:</source>
            <translation>Gemeinsame Zelle:</translation>
        </message>
        <message>
            <source>Structure:</source>
            <translation>Struktur:</translation>
        </message>
        <message>
            <source>Tables:</source>
            <translation>Tische:</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Präventionsbeauftragte(r):</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Schema version:</source>
            <translation>Schemaversion:</translation>
        </message>
    </context>
    <context>
        <name>ParticipationTab</name>
        <message>
            <source>Print participation overview…</source>
            <translation>Beteiligungsübersicht drucken…</translation>
        </message>
        <message>
            <source>Active partners by participation level (works on it, contributes, kept informed) and the tables or teams they sit at.</source>
            <translation>Aktive Partner nach Beteiligungsstufe (arbeitet mit, denkt mit, wird informiert) und die Tische oder Teams, an denen sie sitzen.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
    </context>
    <context>
        <name>PartnerDocuments</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Ermächtigung</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No partners match the filter.</source>
            <translation>Keine Partner entsprechen dem Filter.</translation>
        </message>
        <message>
            <source>No contact persons recorded.</source>
            <translation>Keine Kontaktpersonen erfasst.</translation>
        </message>
        <message>
            <source>No partners at this level.</source>
            <translation>Keine Partner auf dieser Stufe.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL – LIVC – do not distribute</source>
            <translation>VERTRAULICH – LIVC – nicht weitergeben</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>PartnerEditor</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>In the cell</source>
            <translation>In der Zelle</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersonen</translation>
        </message>
        <message>
            <source>Trainings followed or wanted</source>
            <translation>Besuchte oder gewünschte Schulungen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>Municipality served</source>
            <translation>Betreute Gemeinde</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Tables and teams</source>
            <translation>Tische und Teams</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Berufsgeheimnis</translation>
        </message>
        <message>
            <source>Basis of secrecy</source>
            <translation>Grundlage des Geheimnisses</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Hausordnung</translation>
        </message>
        <message>
            <source>Required, e.g. OCMW Demostad</source>
            <translation>Pflichtfeld, z. B. ÖSHZ Demostad</translation>
        </message>
        <message>
            <source>e.g. 050 12 34 56 or +32 50 12 34 56</source>
            <translation>z. B. 050 12 34 56 oder +32 50 12 34 56</translation>
        </message>
        <message>
            <source>e.g. info@example.be</source>
            <translation>z. B. info@example.be</translation>
        </message>
        <message>
            <source>e.g. art. 458 Criminal Code, shared professional secrecy</source>
            <translation>z. B. Art. 458 Strafgesetzbuch, geteiltes Berufsgeheimnis</translation>
        </message>
        <message>
            <source>Add contact…</source>
            <translation>Kontakt hinzufügen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Add training…</source>
            <translation>Schulung hinzufügen…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>No partner selected</source>
            <translation>Kein Partner ausgewählt</translation>
        </message>
        <message>
            <source>Choose a partner in the list, or click New partner.</source>
            <translation>Wählen Sie einen Partner in der Liste oder klicken Sie auf Neuer Partner.</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Neuer Partner</translation>
        </message>
        <message>
            <source>Fill in at least the name, then click Save.</source>
            <translation>Geben Sie mindestens den Namen ein und klicken Sie dann auf Speichern.</translation>
        </message>
        <message>
            <source>Archived on {date}. Still shown in old meetings and cases.</source>
            <translation>Archiviert am {date}. Bleibt in alten Sitzungen und Fällen sichtbar.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>Contacts with a problem (open them with Edit): {rows}</source>
            <translation>Kontakte mit einem Problem (mit Bearbeiten öffnen): {rows}</translation>
        </message>
        <message>
            <source>Trainings with a problem (open them with Edit): {rows}</source>
            <translation>Schulungen mit einem Problem (mit Bearbeiten öffnen): {rows}</translation>
        </message>
        <message>
            <source>The partner was not saved:</source>
            <translation>Der Partner wurde nicht gespeichert:</translation>
        </message>
    </context>
    <context>
        <name>PartnerImport</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Contact's function</source>
            <translation>Funktion der Kontaktperson</translation>
        </message>
        <message>
            <source>Contact's phone</source>
            <translation>Telefon der Kontaktperson</translation>
        </message>
        <message>
            <source>Contact's e-mail</source>
            <translation>E-Mail der Kontaktperson</translation>
        </message>
        <message>
            <source>A quote (") on this line is never closed, or a cell here runs over several lines and holds the separator. Correct the line in the sheet; the lines after it are read as separate rows.</source>
            <translation>Ein Anführungszeichen (") in dieser Zeile wird nie geschlossen, oder eine Zelle erstreckt sich hier über mehrere Zeilen und enthält das Trennzeichen. Korrigieren Sie die Zeile in der Tabelle; die folgenden Zeilen werden als eigene Zeilen gelesen.</translation>
        </message>
        <message>
            <source>Not imported: {problems}</source>
            <translation>Nicht importiert: {problems}</translation>
        </message>
        <message>
            <source>Added to the partner of line {line}</source>
            <translation>Dem Partner aus Zeile {line} hinzugefügt</translation>
        </message>
        <message>
            <source>Already in the register: merged</source>
            <translation>Bereits im Register: zusammengeführt</translation>
        </message>
        <message>
            <source>Already in the register: skipped</source>
            <translation>Bereits im Register: übersprungen</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Neuer Partner</translation>
        </message>
        <message>
            <source>unknown sector '{sector}' kept in the notes</source>
            <translation>unbekannter Sektor '{sector}' in den Notizen behalten</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Was geschieht</translation>
        </message>
    </context>
    <context>
        <name>PartnerImportDialog</name>
        <message>
            <source>Import partners from a CSV file</source>
            <translation>Partner aus einer CSV-Datei importieren</translation>
        </message>
        <message>
            <source>Save the sheet in Excel with Save As › 'CSV UTF-8' (or plain CSV) and choose it here. The first row must hold the column names. Nothing is imported until you confirm.</source>
            <translation>Speichern Sie die Tabelle in Excel mit Speichern unter › 'CSV UTF-8' (oder einfachem CSV) und wählen Sie sie hier. Die erste Zeile muss die Spaltennamen enthalten. Nichts wird importiert, bevor Sie bestätigen.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Keine Datei gewählt.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Merge with the partner already in the register</source>
            <translation>Mit dem bereits im Register vorhandenen Partner zusammenführen</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Same name as a partner in the register:</source>
            <translation>Gleicher Name wie ein Partner im Register:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>CSV-Datei wählen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>{name}: {rows} rows · {encoding} · columns separated by {delimiter}</source>
            <translation>{name}: {rows} Zeilen · {encoding} · Spalten getrennt durch {delimiter}</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(nicht importieren)</translation>
        </message>
        <message>
            <source>column {n}</source>
            <translation>Spalte {n}</translation>
        </message>
        <message>
            <source>Choose which column holds the partner's name.</source>
            <translation>Wählen Sie die Spalte mit dem Namen des Partners.</translation>
        </message>
        <message>
            <source>New partners: {new} · already in the register: {duplicates} ({action}) · rows adding a contact to an earlier row: {folded} · rows with problems (not imported): {errors}</source>
            <translation>Neue Partner: {new} · bereits im Register: {duplicates} ({action}) · Zeilen, die einer früheren Zeile einen Kontakt hinzufügen: {folded} · Zeilen mit Problemen (nicht importiert): {errors}</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>zusammenführen</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>überspringen</translation>
        </message>
        <message>
            <source>Import now?
New partners: {new}
Merged into partners already in the register: {merged}
Rows with problems, not imported: {errors}</source>
            <translation>Jetzt importieren?
Neue Partner: {new}
Mit bereits im Register vorhandenen Partnern zusammengeführt: {merged}
Zeilen mit Problemen, nicht importiert: {errors}</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>Partner importieren</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Import done. New: {created} · merged: {merged} · skipped: {skipped} · rows with problems, not imported: {failed}</source>
            <translation>Import abgeschlossen. Neu: {created} · zusammengeführt: {merged} · übersprungen: {skipped} · Zeilen mit Problemen, nicht importiert: {failed}</translation>
        </message>
    </context>
    <context>
        <name>PartnerLabels</name>
        <message>
            <source>Police</source>
            <translation>Polizei</translation>
        </message>
        <message>
            <source>Social services (OCMW/CPAS)</source>
            <translation>Sozialdienste (ÖSHZ)</translation>
        </message>
        <message>
            <source>Welfare (CAW, JAC)</source>
            <translation>Sozialhilfe (CAW, JAC)</translation>
        </message>
        <message>
            <source>Youth service</source>
            <translation>Jugenddienst</translation>
        </message>
        <message>
            <source>Education and pupil guidance (CLB)</source>
            <translation>Unterricht und Schülerbegleitung</translation>
        </message>
        <message>
            <source>Sport</source>
            <translation>Sport</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <source>Religious community</source>
            <translation>Religionsgemeinschaft</translation>
        </message>
        <message>
            <source>Street-corner and first-line work</source>
            <translation>Streetwork und Erstlinienarbeit</translation>
        </message>
        <message>
            <source>Justice assistants</source>
            <translation>Justizassistenten</translation>
        </message>
        <message>
            <source>Prevention service</source>
            <translation>Präventionsdienst</translation>
        </message>
        <message>
            <source>Municipal administration</source>
            <translation>Gemeindeverwaltung</translation>
        </message>
        <message>
            <source>Judicial authority</source>
            <translation>Justizbehörde</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>Works on it</source>
            <translation>Arbeitet mit</translation>
        </message>
        <message>
            <source>Contributes</source>
            <translation>Denkt mit</translation>
        </message>
        <message>
            <source>Kept informed</source>
            <translation>Wird informiert</translation>
        </message>
        <message>
            <source>Takes an active part in the cell's policy and case work.</source>
            <translation>Arbeitet aktiv an der Politik und den Fällen der Zelle mit.</translation>
        </message>
        <message>
            <source>Contributes content and expertise when asked.</source>
            <translation>Bringt auf Anfrage Inhalte und Fachwissen ein.</translation>
        </message>
        <message>
            <source>Is kept informed only and has no active role (for now).</source>
            <translation>Wird nur informiert und hat (vorläufig) keine aktive Rolle.</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>Bürgermeister</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Protokollführer</translation>
        </message>
        <message>
            <source>Information officer</source>
            <translation>Information Officer</translation>
        </message>
        <message>
            <source>Prevention officer</source>
            <translation>Präventionsbeauftragter</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Ad hoc expert</source>
            <translation>Ad-hoc-Experte</translation>
        </message>
        <message>
            <source>Bound by professional secrecy</source>
            <translation>An das Berufsgeheimnis gebunden</translation>
        </message>
        <message>
            <source>Not bound by professional secrecy</source>
            <translation>Nicht an das Berufsgeheimnis gebunden</translation>
        </message>
        <message>
            <source>Professional secrecy unknown</source>
            <translation>Berufsgeheimnis unbekannt</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Followed</source>
            <translation>Besucht</translation>
        </message>
        <message>
            <source>Wanted</source>
            <translation>Gewünscht</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <source>Helpline</source>
            <translation>Hilfetelefon</translation>
        </message>
        <message>
            <source>Federal support</source>
            <translation>Föderale Unterstützung</translation>
        </message>
        <message>
            <source>Regional support</source>
            <translation>Regionale Unterstützung</translation>
        </message>
        <message>
            <source>Expert network</source>
            <translation>Expertennetzwerk</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>No active partner has the role of mayor. The mayor (or a representative) is a fixed member of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Kein aktiver Partner hat die Rolle des Bürgermeisters. Der Bürgermeister (oder ein Vertreter) ist ständiges Mitglied der Zelle (Gesetz vom 30. Juli 2018, Art. 3 §1).</translation>
        </message>
        <message>
            <source>No active partner of the police sector. The chief of police and/or a police representative are fixed members of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Kein aktiver Partner aus dem Polizeisektor. Der Korpschef und/oder ein Vertreter der Polizei sind ständige Mitglieder der Zelle (Gesetz vom 30. Juli 2018, Art. 3 §1).</translation>
        </message>
        <message>
            <source>No active police contact is marked as holding a security clearance. The law asks for a police representative with a 'secret' clearance.</source>
            <translation>Kein aktiver Polizeikontakt ist als Inhaber einer Sicherheitsermächtigung eingetragen. Das Gesetz verlangt einen Polizeivertreter mit einer Ermächtigung der Stufe 'geheim'.</translation>
        </message>
        <message>
            <source>No active partner has the role of prevention officer. The municipal official coordinating prevention is a fixed member of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Kein aktiver Partner hat die Rolle des Präventionsbeauftragten. Der kommunale Beamte, der die Prävention koordiniert, ist ständiges Mitglied der Zelle (Gesetz vom 30. Juli 2018, Art. 3 §1).</translation>
        </message>
        <message>
            <source>Not every partner at a table has signed the current house rules (House rules → Signatures).</source>
            <translation>Nicht jeder Partner an einem Tisch hat die aktuelle Hausordnung unterzeichnet (Hausordnung → Unterschriften).</translation>
        </message>
    </context>
    <context>
        <name>PartnerListTab</name>
        <message>
            <source>Search name, sector, contact persons and notes…</source>
            <extracomment>The user moved the selection onto another partner (its id). The rows shown changed (search, filter or reload): the counts follow.</extracomment>
            <translation>Name, Sektor, Kontaktpersonen und Notizen durchsuchen…</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Neuer Partner</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>CSV importieren…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Liste drucken…</translation>
        </message>
        <message>
            <source>Print contact sheet…</source>
            <translation>Kontaktliste drucken…</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Alle Sektoren</translation>
        </message>
        <message>
            <source>Any participation</source>
            <translation>Jede Beteiligung</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>Alle Tische</translation>
        </message>
        <message>
            <source>Active partners</source>
            <translation>Aktive Partner</translation>
        </message>
        <message>
            <source>Archived partners</source>
            <translation>Archivierte Partner</translation>
        </message>
        <message>
            <source>Active and archived</source>
            <translation>Aktiv und archiviert</translation>
        </message>
    </context>
    <context>
        <name>PartnerModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tische</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Ermächtigung</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Followed or wanted</source>
            <translation>Besucht oder gewünscht</translation>
        </message>
        <message>
            <source>Checked on {date}</source>
            <translation>Geprüft am {date}</translation>
        </message>
        <message>
            <source>Booklet of {date}: verify</source>
            <translation>Leitfaden vom {date}: prüfen</translation>
        </message>
        <message>
            <source>Own entry</source>
            <translation>Eigener Eintrag</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Phone, e-mail, website</source>
            <translation>Telefon, E-Mail, Webseite</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Vorgegeben</translation>
        </message>
        <message>
            <source>Own sector</source>
            <translation>Eigener Sektor</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Offered in lists</source>
            <translation>In Listen angeboten</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Partners</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The partner has changes that are not saved. Save them?</source>
            <translation>Der Partner hat nicht gespeicherte Änderungen. Speichern?</translation>
        </message>
        <message>
            <source>Participation overview</source>
            <translation>Beteiligungsübersicht</translation>
        </message>
        <message>
            <source>Support directory</source>
            <translation>Unterstützungsverzeichnis</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sektoren</translation>
        </message>
        <message>
            <source>Partners: {shown} of {total} shown · {active} active · {archived} archived</source>
            <translation>Partner: {shown} von {total} angezeigt · {active} aktiv · {archived} archiviert</translation>
        </message>
        <message>
            <source>The partner was not saved: see the marked fields.</source>
            <translation>Der Partner wurde nicht gespeichert: siehe die markierten Felder.</translation>
        </message>
        <message>
            <source>Partner saved.</source>
            <translation>Partner gespeichert.</translation>
        </message>
        <message>
            <source>Partner restored.</source>
            <translation>Partner wiederhergestellt.</translation>
        </message>
        <message>
            <source>Partner archived. It stays visible in old meetings and cases.</source>
            <translation>Partner archiviert. Er bleibt in alten Sitzungen und Fällen sichtbar.</translation>
        </message>
        <message>
            <source>Partner in use</source>
            <translation>Partner in Verwendung</translation>
        </message>
        <message>
            <source>Other records (meetings, cases...) refer to {name} ({count}). It cannot be deleted, but it can be archived: it then disappears from the lists of active partners and stays visible in the old records. Archive it?</source>
            <translation>Andere Daten (Sitzungen, Fälle...) verweisen auf {name} ({count}). Der Partner kann nicht gelöscht, aber archiviert werden: Er verschwindet dann aus den Listen der aktiven Partner und bleibt in den alten Daten sichtbar. Archivieren?</translation>
        </message>
        <message>
            <source>Delete partner</source>
            <translation>Partner löschen</translation>
        </message>
        <message>
            <source>Delete {name} with its contact persons and trainings for good? Nothing in the register refers to it. This cannot be undone.</source>
            <translation>{name} mit seinen Kontaktpersonen und Schulungen endgültig löschen? Nichts im Register verweist darauf. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Partner deleted.</source>
            <translation>Partner gelöscht.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersonen</translation>
        </message>
        <message>
            <source>Export partners as CSV</source>
            <translation>Partner als CSV exportieren</translation>
        </message>
        <message>
            <source>partners.csv</source>
            <translation>partner.csv</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Partners exported: {count}</source>
            <translation>Exportierte Partner: {count}</translation>
        </message>
        <message>
            <source>Partners: {count} · {status} · printed on {date}</source>
            <translation>Partner: {count} · {status} · gedruckt am {date}</translation>
        </message>
        <message>
            <source>filter: {filters}</source>
            <translation>Filter: {filters}</translation>
        </message>
        <message>
            <source>Partner list</source>
            <translation>Partnerliste</translation>
        </message>
        <message>
            <source>Contact sheet</source>
            <translation>Kontaktliste</translation>
        </message>
        <message>
            <source>Active partners: {count} · printed on {date}</source>
            <translation>Aktive Partner: {count} · gedruckt am {date}</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF saved.</source>
            <translation>PDF gespeichert.</translation>
        </message>
        <message>
            <source>partner-list.pdf</source>
            <translation>partnerliste.pdf</translation>
        </message>
        <message>
            <source>contact-sheet.pdf</source>
            <translation>kontaktliste.pdf</translation>
        </message>
        <message>
            <source>participation-overview.pdf</source>
            <translation>beteiligungsuebersicht.pdf</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Hide the passphrase</source>
            <translation>Passphrase verbergen</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Passphrase anzeigen</translation>
        </message>
    </context>
    <context>
        <name>PhaseChangeDialog</name>
        <message>
            <source>Change phase of case {code}</source>
            <translation>Phase von Fall {code} ändern</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
        <message>
            <source>Current phase</source>
            <translation>Aktuelle Phase</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Neue Phase</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Grund für den Abschluss</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>Close this case? A closed case cannot be reopened.</source>
            <translation>Diesen Fall abschließen? Ein abgeschlossener Fall kann nicht wieder eröffnet werden.</translation>
        </message>
    </context>
    <context>
        <name>PreparePanel</name>
        <message>
            <source>Meeting</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tisch</translation>
        </message>
        <message>
            <source>Case (case team)</source>
            <translation>Fall (Fallteam)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Protokollführer(in)</translation>
        </message>
        <message>
            <source>Save details</source>
            <translation>Angaben speichern</translation>
        </message>
        <message>
            <source>Agenda (drag rows, or Ctrl+Up/Ctrl+Down, to reorder)</source>
            <translation>Tagesordnung (Zeilen ziehen oder Strg+Auf/Strg+Ab zum Umordnen)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Planned minutes:</source>
            <translation>Geplante Minuten:</translation>
        </message>
        <message>
            <source>Off the record</source>
            <translation>Nicht fürs Protokoll</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Berufsgeheimnis</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <source>Title of a new item</source>
            <translation>Titel eines neuen Punktes</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Punkt hinzufügen</translation>
        </message>
        <message>
            <source>Propose cases and signals</source>
            <translation>Fälle und Signale vorschlagen</translation>
        </message>
        <message>
            <source>Add a case or signal…</source>
            <translation>Fall oder Signal hinzufügen…</translation>
        </message>
        <message>
            <source>Invitations and series</source>
            <translation>Einladungen und Serie</translation>
        </message>
        <message>
            <source>Invite the table's members</source>
            <translation>Mitglieder des Tisches einladen</translation>
        </message>
        <message>
            <source>Invitation and agenda (PDF)…</source>
            <translation>Einladung und Tagesordnung (PDF)…</translation>
        </message>
        <message>
            <source>Attendance sheet (PDF)…</source>
            <translation>Anwesenheitsliste (PDF)…</translation>
        </message>
        <message>
            <source>Calendar file (.ics)…</source>
            <translation>Kalenderdatei (.ics)…</translation>
        </message>
        <message>
            <source>Mark agenda as sent</source>
            <translation>Tagesordnung als versandt markieren</translation>
        </message>
        <message>
            <source>Every N days:</source>
            <translation>Alle N Tage:</translation>
        </message>
        <message>
            <source>Create following dates</source>
            <translation>Folgetermine anlegen</translation>
        </message>
        <message numerus="yes">
            <source>%n items, {total} minutes in total; expected end {end}</source>
            <translation>
                <numerusform>%n Punkt, insgesamt {total} Minuten; voraussichtliches Ende {end}</numerusform>
                <numerusform>%n Punkte, insgesamt {total} Minuten; voraussichtliches Ende {end}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items proposed.</source>
            <translation>
                <numerusform>%n Punkt vorgeschlagen.</numerusform>
                <numerusform>%n Punkte vorgeschlagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members invited.</source>
            <translation>
                <numerusform>%n Mitglied eingeladen.</numerusform>
                <numerusform>%n Mitglieder eingeladen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings added.</source>
            <translation>
                <numerusform>%n Sitzung hinzugefügt.</numerusform>
                <numerusform>%n Sitzungen hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting saved.</source>
            <translation>Sitzung gespeichert.</translation>
        </message>
        <message>
            <source>Remove this agenda item and everything noted on it?</source>
            <translation>Diesen Tagesordnungspunkt und alle Notizen dazu entfernen?</translation>
        </message>
        <message>
            <source>Nothing to propose: every case and signal that asks for this meeting is on the agenda already.</source>
            <translation>Nichts vorzuschlagen: jeder Fall und jedes Signal, das diese Sitzung verlangt, steht bereits auf der Tagesordnung.</translation>
        </message>
        <message>
            <source>{code} is on the agenda.</source>
            <translation>{code} steht auf der Tagesordnung.</translation>
        </message>
        <message>
            <source>Nobody was invited: no partner is ticked for the table "{table}" yet. On the Partners page, open each partner who sits at this table, tick "{table}" under Tables and save; then click this button again.</source>
            <translation>Niemand wurde eingeladen: für den Tisch „{table}“ ist noch kein Partner angekreuzt. Öffnen Sie auf der Seite Partner jeden Partner, der an diesem Tisch sitzt, kreuzen Sie „{table}“ unter Tische an und speichern Sie; klicken Sie dann erneut auf diese Schaltfläche.</translation>
        </message>
        <message>
            <source>Nobody was invited: the partners ticked for the table "{table}" have no active contact person. Add a contact to each of them on the Partners page; then click this button again.</source>
            <translation>Niemand wurde eingeladen: die für den Tisch „{table}“ angekreuzten Partner haben keine aktive Kontaktperson. Fügen Sie jedem von ihnen auf der Seite Partner einen Kontakt hinzu; klicken Sie dann erneut auf diese Schaltfläche.</translation>
        </message>
        <message>
            <source>Everyone at this table is invited already.</source>
            <translation>Alle an diesem Tisch sind bereits eingeladen.</translation>
        </message>
        <message>
            <source>LIVC meeting: {table}</source>
            <translation>LIVC-Sitzung: {table}</translation>
        </message>
        <message>
            <source>The agenda as sent is kept.</source>
            <translation>Die Tagesordnung wie versandt ist gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Off the record: hidden in privacy mode</source>
            <translation>Nicht fürs Protokoll: im Datenschutzmodus verborgen</translation>
        </message>
        <message>
            <source>Privacy mode</source>
            <translation>Datenschutzmodus</translation>
        </message>
        <message>
            <source>Mask every identity field, observation and off-record note, e.g. while the screen is projected in a meeting ({key})</source>
            <translation>Jedes Identitätsfeld, jede Beobachtung und jede Notiz, die nicht fürs Protokoll ist, maskieren, z. B. während der Bildschirm in einer Sitzung projiziert wird ({key})</translation>
        </message>
    </context>
    <context>
        <name>ProcessingRecord</name>
        <message>
            <source>Case files, open</source>
            <translation>Fallakten, offen</translation>
        </message>
        <message>
            <source>Case code, phase, flag, review dates, lead partner</source>
            <translation>Fallcode, Phase, Flagge, Überprüfungsdaten, federführender Partner</translation>
        </message>
        <message>
            <source>Case files, closed</source>
            <translation>Fallakten, abgeschlossen</translation>
        </message>
        <message>
            <source>Kept until their retention period ends</source>
            <translation>Aufbewahrt bis zum Ablauf ihrer Aufbewahrungsfrist</translation>
        </message>
        <message>
            <source>Identities</source>
            <translation>Identitäten</translation>
        </message>
        <message>
            <source>Name, date of birth, address, school or work, languages</source>
            <translation>Name, Geburtsdatum, Anschrift, Schule oder Arbeit, Sprachen</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Informationen</translation>
        </message>
        <message>
            <source>Source partner, consent, sharing level, text</source>
            <translation>Quellpartner, Einwilligung, Weitergabestufe, Text</translation>
        </message>
        <message>
            <source>of which under professional secrecy</source>
            <translation>davon unter Berufsgeheimnis</translation>
        </message>
        <message>
            <source>Shared with the case team only</source>
            <translation>Nur mit dem Fallteam geteilt</translation>
        </message>
        <message>
            <source>Flag decisions</source>
            <translation>Flaggenbeschlüsse</translation>
        </message>
        <message>
            <source>Flag, date, justification, who decided</source>
            <translation>Flagge, Datum, Begründung, wer beschlossen hat</translation>
        </message>
        <message>
            <source>Phase changes</source>
            <translation>Phasenwechsel</translation>
        </message>
        <message>
            <source>Phase, date, reason</source>
            <translation>Phase, Datum, Grund</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>What, partner, due date, status, result</source>
            <translation>Was, Partner, Frist, Status, Ergebnis</translation>
        </message>
        <message>
            <source>Case team memberships</source>
            <translation>Mitgliedschaften in Fallteams</translation>
        </message>
        <message>
            <source>Partner organisations per case</source>
            <translation>Partnerorganisationen je Fall</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Zusammenarbeit</translation>
        </message>
        <message>
            <source>Other LIVCs and LTFs contacted per case</source>
            <translation>Andere LIVC und LTF je Fall kontaktiert</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Date, channel, reporter, what was observed</source>
            <translation>Datum, Kanal, meldende Person, was beobachtet wurde</translation>
        </message>
        <message>
            <source>Signal traces</source>
            <translation>Spuren von Meldungen</translation>
        </message>
        <message>
            <source>Date and channel only (no consent)</source>
            <translation>Nur Datum und Kanal (keine Einwilligung)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Date, place, chair, agenda</source>
            <translation>Datum, Ort, Vorsitz, Tagesordnung</translation>
        </message>
        <message>
            <source>Finalised minutes</source>
            <translation>Abgeschlossene Protokolle</translation>
        </message>
        <message>
            <source>Frozen, cases by code only</source>
            <translation>Festgeschrieben, Fälle nur mit Code</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Name, organisation, presence</source>
            <translation>Name, Organisation, Anwesenheit</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Gäste</translation>
        </message>
        <message>
            <source>Name, organisation, signed confidentiality undertaking</source>
            <translation>Name, Organisation, unterzeichnete Verschwiegenheitserklärung</translation>
        </message>
        <message>
            <source>Partner organisations</source>
            <translation>Partnerorganisationen</translation>
        </message>
        <message>
            <source>Name, sector, contact details</source>
            <translation>Name, Sektor, Kontaktdaten</translation>
        </message>
        <message>
            <source>Partner contacts</source>
            <translation>Ansprechpersonen der Partner</translation>
        </message>
        <message>
            <source>Name, function, phone, e-mail, clearance</source>
            <translation>Name, Funktion, Telefon, E-Mail, Sicherheitsermächtigung</translation>
        </message>
        <message>
            <source>Access-trail entries</source>
            <translation>Einträge im Zugriffsprotokoll</translation>
        </message>
        <message>
            <source>Time, event, case code, ids: never content</source>
            <translation>Zeit, Ereignis, Fallcode, IDs: nie Inhalte</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>The whole register is one SQLCipher file (AES-256, page HMAC); nothing is written unencrypted; temporary data stays in memory.</source>
            <translation>Das gesamte Register ist eine SQLCipher-Datei (AES-256, HMAC je Seite); nichts wird unverschlüsselt geschrieben; temporäre Daten bleiben im Arbeitsspeicher.</translation>
        </message>
        <message>
            <source>Key derivation</source>
            <translation>Schlüsselableitung</translation>
        </message>
        <message>
            <source>PBKDF2-HMAC-SHA512 with {iterations} iterations from the passphrase; the passphrase is never stored.</source>
            <translation>PBKDF2-HMAC-SHA512 mit {iterations} Iterationen aus der Passphrase; die Passphrase wird nie gespeichert.</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Löschung</translation>
        </message>
        <message>
            <source>Deleted data is overwritten (secure_delete) and the file is rebuilt after a purge.</source>
            <translation>Gelöschte Daten werden überschrieben (secure_delete), und die Datei wird nach einer endgültigen Löschung neu aufgebaut.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>Encrypted copies with a manifest and checksums; last good backup: {when}.</source>
            <translation>Verschlüsselte Kopien mit Manifest und Prüfsummen; letzte gültige Sicherung: {when}.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>Access trail</source>
            <translation>Zugriffsprotokoll</translation>
        </message>
        <message>
            <source>Every unlock, opened case file, revealed identity, change and export is recorded, hash-chained ({count} entries); ids and codes only.</source>
            <translation>Jede Entsperrung, jede geöffnete Fallakte, jede angezeigte Identität, Änderung und jeder Export wird erfasst, per Hash verkettet ({count} Einträge); nur IDs und Codes.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Sperre</translation>
        </message>
        <message>
            <source>The program locks after inactivity and with the session; printed documents name cases by code only.</source>
            <translation>Das Programm sperrt sich bei Inaktivität und mit der Sitzung; gedruckte Dokumente nennen Fälle nur mit ihrem Code.</translation>
        </message>
        <message>
            <source>Purpose and legal bases</source>
            <translation>Zweck und Rechtsgrundlagen</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <source>What it covers</source>
            <translation>Was sie abdeckt</translation>
        </message>
        <message>
            <source>Categories of data held</source>
            <translation>Gespeicherte Datenkategorien</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Aufbewahrung</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Closed case proposed for purge</source>
            <translation>Abgeschlossener Fall zum Löschen vorgeschlagen</translation>
        </message>
        <message>
            <source>{months} months after closure</source>
            <translation>{months} Monate nach Abschluss</translation>
        </message>
        <message>
            <source>Open case with indications only</source>
            <translation>Offener Fall mit nur Hinweisen</translation>
        </message>
        <message>
            <source>proposed for review after six months without anything new</source>
            <translation>nach sechs Monaten ohne Neues zur Überprüfung vorgeschlagen</translation>
        </message>
        <message>
            <source>Open case re-weighed</source>
            <translation>Offener Fall neu gewichtet</translation>
        </message>
        <message>
            <source>at least every {weeks} weeks</source>
            <translation>mindestens alle {weeks} Wochen</translation>
        </message>
        <message>
            <source>Purge</source>
            <translation>Endgültige Löschung</translation>
        </message>
        <message>
            <source>removes the case with everything about it; the access trail keeps only the code, the date and the reason</source>
            <translation>entfernt den Fall mit allem, was dazu gehört; das Zugriffsprotokoll behält nur Code, Datum und Grund</translation>
        </message>
        <message>
            <source>Registered partners (recipients)</source>
            <translation>Erfasste Partner (Empfänger)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Active contacts</source>
            <translation>Aktive Ansprechpersonen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>No partners registered.</source>
            <translation>Keine Partner erfasst.</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Sicherheitsmaßnahmen</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Processing of personal data by the local integrated security cell (LIVC) of {municipalities}, to support the municipality's data-protection impact assessment (GDPR art. 30 and 35).</source>
            <translation>Verarbeitung personenbezogener Daten durch die lokale integrale Sicherheitszelle (LIVC) von {municipalities}, zur Unterstützung der Datenschutz-Folgenabschätzung der Gemeinde (DSGVO Art. 30 und 35).</translation>
        </message>
        <message>
            <source>Controller: the municipality. Contact: {officer}.</source>
            <translation>Verantwortlicher: die Gemeinde. Kontakt: {officer}.</translation>
        </message>
        <message>
            <source>the prevention official</source>
            <translation>der Präventionsbeamte</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceLabel</name>
        <message>
            <source>Received from the cell of {cell} on {date} (their case code {code}; contact: {contact}).</source>
            <translation>Erhalten von der Zelle von {cell} am {date} (deren Fallcode {code}; Kontakt: {contact}).</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Purge case {code}</source>
            <translation>Fall {code} endgültig löschen</translation>
        </message>
        <message>
            <source>This deletes case {code} for good: the identity, every information item, measure, flag and phase decision, the case team, cooperation, the signals that led to it and its items in meetings that are still drafts. Finalised minutes keep only what they printed (the case by its code). The access trail keeps only the code, today's date and the reason. This cannot be undone; backups made before today still hold the case until they are replaced.</source>
            <translation>Damit wird Fall {code} endgültig gelöscht: die Identität, alle Informationen, Maßnahmen, Flaggen- und Phasenbeschlüsse, das Fallteam, die Zusammenarbeit, die Meldungen, die zum Fall führten, und seine Punkte in Sitzungen, die noch Entwürfe sind. Abgeschlossene Protokolle behalten nur, was sie gedruckt haben (den Fall unter seinem Code). Das Zugriffsprotokoll behält nur den Code, das heutige Datum und den Grund. Dies kann nicht rückgängig gemacht werden; Sicherungen von vor heute enthalten den Fall noch, bis sie ersetzt sind.</translation>
        </message>
        <message>
            <source>To be deleted - information items: {info}; measures: {measures}; flag decisions: {flags}; phase changes: {phases}; signals: {signals}; meeting items: {items}.</source>
            <translation>Wird gelöscht - Informationen: {info}; Maßnahmen: {measures}; Flaggenbeschlüsse: {flags}; Phasenwechsel: {phases}; Meldungen: {signals}; Sitzungspunkte: {items}.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Type the case code to confirm</source>
            <translation>Geben Sie zur Bestätigung den Fallcode ein</translation>
        </message>
        <message>
            <source>Purge for good</source>
            <translation>Endgültig löschen</translation>
        </message>
    </context>
    <context>
        <name>RecipientTableModel</name>
        <message>
            <source>Recipient</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Own password (optional)</source>
            <translation>Eigenes Passwort (optional)</translation>
        </message>
        <message>
            <source>five words, drawn</source>
            <translation>fünf Wörter, ausgelost</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message>
            <source>Show my month</source>
            <extracomment>"Show my month" was clicked.</extracomment>
            <translation>Meinen Monat zeigen</translation>
        </message>
        <message>
            <source>Opens the Overview, where each line leads further</source>
            <translation>Öffnet die Übersicht, wo jede Zeile weiterführt</translation>
        </message>
        <message>
            <source>Hide this reminder</source>
            <translation>Diese Erinnerung ausblenden</translation>
        </message>
        <message>
            <source>case reviews overdue: {n}</source>
            <translation>überfällige Fallüberprüfungen: {n}</translation>
        </message>
        <message>
            <source>measures overdue: {n}</source>
            <translation>überfällige Maßnahmen: {n}</translation>
        </message>
        <message>
            <source>minutes to finalise: {n}</source>
            <translation>abzuschließende Protokolle: {n}</translation>
        </message>
        <message>
            <source>minutes to approve: {n}</source>
            <translation>zu genehmigende Protokolle: {n}</translation>
        </message>
        <message>
            <source>Due now: {items}.</source>
            <translation>Jetzt fällig: {items}.</translation>
        </message>
    </context>
    <context>
        <name>RetentionLabels</name>
        <message>
            <source>Data-subject access</source>
            <translation>Auskunft an die betroffene Person</translation>
        </message>
        <message>
            <source>Record of processing</source>
            <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Save the data-subject access PDF</source>
            <translation>PDF zum Auskunftsersuchen speichern</translation>
        </message>
        <message>
            <source>Save the record of processing</source>
            <translation>Verarbeitungsverzeichnis speichern</translation>
        </message>
        <message>
            <source>Closed: retention period ended</source>
            <translation>Abgeschlossen: Aufbewahrungsfrist abgelaufen</translation>
        </message>
        <message>
            <source>Indications only, nothing new for six months</source>
            <translation>Nur Hinweise, seit sechs Monaten nichts Neues</translation>
        </message>
        <message>
            <source>Retention period ended</source>
            <translation>Aufbewahrungsfrist abgelaufen</translation>
        </message>
        <message>
            <source>No new information for six months</source>
            <translation>Seit sechs Monaten keine neue Information</translation>
        </message>
        <message>
            <source>Request for erasure (GDPR art. 17)</source>
            <translation>Antrag auf Löschung (DSGVO Art. 17)</translation>
        </message>
        <message>
            <source>Registered in error</source>
            <translation>Irrtümlich erfasst</translation>
        </message>
        <message>
            <source>Law of 30 July 2018 on local integrated security cells</source>
            <translation>Gesetz vom 30. Juli 2018 zur Schaffung lokaler integraler Sicherheitszellen</translation>
        </message>
        <message>
            <source>Sets up the LIVC/CSIL-R by municipal decision: its task (prevention of terrorist and radicalisation offences through a person-centred, multidisciplinary approach), members and the processing of personal data.</source>
            <translation>Errichtet die LIVC-R durch Gemeindebeschluss: ihre Aufgabe (Vorbeugung terroristischer Straftaten und der Radikalisierung durch einen personenbezogenen, multidisziplinären Ansatz), ihre Mitglieder und die Verarbeitung personenbezogener Daten.</translation>
        </message>
        <message>
            <source>Art. 458ter Criminal Code (case consultation)</source>
            <translation>Art. 458ter Strafgesetzbuch (Fallbesprechung)</translation>
        </message>
        <message>
            <source>Sharing secrets inside the consultation set up by law is not an offence; participants keep what they hear secret; nobody is obliged to speak.</source>
            <translation>Das Teilen von Geheimnissen in der gesetzlich eingerichteten Besprechung ist keine Straftat; die Teilnehmer wahren das Geheimnis über das Gehörte; niemand ist zum Sprechen verpflichtet.</translation>
        </message>
        <message>
            <source>GDPR art. 6(1)(e)</source>
            <translation>DSGVO Art. 6 Abs. 1 Buchst. e</translation>
        </message>
        <message>
            <source>Processing necessary for a task carried out in the public interest, laid down by law.</source>
            <translation>Verarbeitung, die für eine gesetzlich festgelegte Aufgabe im öffentlichen Interesse erforderlich ist.</translation>
        </message>
        <message>
            <source>GDPR art. 9(2)(g)</source>
            <translation>DSGVO Art. 9 Abs. 2 Buchst. g</translation>
        </message>
        <message>
            <source>Special categories (religion, political opinion, health) for reasons of substantial public interest, on the basis of the law above.</source>
            <translation>Besondere Kategorien (Religion, politische Meinung, Gesundheit) aus Gründen eines erheblichen öffentlichen Interesses, auf Grundlage des obigen Gesetzes.</translation>
        </message>
        <message>
            <source>GDPR art. 10</source>
            <translation>DSGVO Art. 10</translation>
        </message>
        <message>
            <source>Data on suspected offences, only under the control of official authority and as authorised by law.</source>
            <translation>Daten zu mutmaßlichen Straftaten, nur unter behördlicher Aufsicht und soweit gesetzlich zulässig.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL - personal data - for the data-protection officer</source>
            <translation>VERTRAULICH - personenbezogene Daten - für den Datenschutzbeauftragten</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Generated on {when} by LIVC Desktop.</source>
            <translation>Erstellt am {when} von LIVC Desktop.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation>Aufbewahrung</translation>
        </message>
        <message>
            <source>Retention and data-subject requests</source>
            <translation>Aufbewahrung und Anträge betroffener Personen</translation>
        </message>
        <message>
            <source>Cases proposed for review: closed cases whose retention period has ended, and open cases with no more than indications and nothing new for six months. Decide at the cell whether to keep or purge them; a purge removes the case with everything about it.</source>
            <translation>Zur Überprüfung vorgeschlagene Fälle: abgeschlossene Fälle mit abgelaufener Aufbewahrungsfrist und offene Fälle mit nicht mehr als Hinweisen und seit sechs Monaten nichts Neuem. Entscheiden Sie in der Zelle, ob sie aufbewahrt oder gelöscht werden; das Löschen entfernt den Fall mit allem, was dazu gehört.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>All reasons</source>
            <translation>Alle Gründe</translation>
        </message>
        <message>
            <source>Purge case…</source>
            <translation>Fall löschen…</translation>
        </message>
        <message>
            <source>Subject access PDF…</source>
            <translation>PDF Auskunftsersuchen…</translation>
        </message>
        <message>
            <source>House rule</source>
            <translation>Hausregel</translation>
        </message>
        <message>
            <source>Propose closed cases for purge after</source>
            <translation>Abgeschlossene Fälle zum Löschen vorschlagen nach</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monaten</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Open cases with only indications (not weighed, green or yellow) are proposed after six months without a new information item, signal, flag or phase decision or measure.</source>
            <translation>Offene Fälle mit nur Hinweisen (nicht gewichtet, grün oder gelb) werden nach sechs Monaten ohne neue Information, Meldung, Flaggen- oder Phasenbeschluss oder Maßnahme vorgeschlagen.</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Find a person for an access request…</source>
            <translation>Person für ein Auskunftsersuchen suchen…</translation>
        </message>
        <message>
            <source>Opens “Is this person already known?” (also {key}): codes only, and the search is written to the access trail. Pick the case for its PDF.</source>
            <translation>Öffnet „Ist diese Person schon bekannt?“ (auch {key}): nur Codes, und die Suche wird ins Zugriffsprotokoll geschrieben. Wählen Sie den Fall für das PDF.</translation>
        </message>
        <message>
            <source>Months after closure before a closed case is proposed for purge</source>
            <translation>Monate nach dem Abschluss, bevor ein abgeschlossener Fall zur Löschung vorgeschlagen wird</translation>
        </message>
        <message>
            <source>Removes the chosen case with everything about it; type its code to confirm</source>
            <translation>Löscht den gewählten Fall mit allem, was dazugehört; geben Sie zur Bestätigung seinen Code ein</translation>
        </message>
        <message>
            <source>Show only the cases proposed for this reason</source>
            <translation>Nur die aus diesem Grund vorgeschlagenen Fälle zeigen</translation>
        </message>
        <message>
            <source>What the register holds and why, for the municipality's DPIA (no names)</source>
            <translation>Was das Register enthält und warum, für die DSFA der Gemeinde (ohne Namen)</translation>
        </message>
        <message>
            <source>Everything the register holds on the person of the chosen case, as a PDF</source>
            <translation>Alles, was das Register über die Person des gewählten Falls enthält, als PDF</translation>
        </message>
        <message>
            <source>Record of processing PDF…</source>
            <translation>PDF Verarbeitungsverzeichnis…</translation>
        </message>
        <message>
            <source>Legal bases of the processing:</source>
            <translation>Rechtsgrundlagen der Verarbeitung:</translation>
        </message>
        <message numerus="yes">
            <source>%n cases proposed</source>
            <translation>
                <numerusform>%n Fall vorgeschlagen</numerusform>
                <numerusform>%n Fälle vorgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Retention rule saved.</source>
            <translation>Aufbewahrungsregel gespeichert.</translation>
        </message>
        <message>
            <source>Purge case</source>
            <translation>Fall löschen</translation>
        </message>
        <message>
            <source>Case {code} purged.</source>
            <translation>Fall {code} gelöscht.</translation>
        </message>
        <message>
            <source>Subject access PDF saved.</source>
            <translation>PDF zum Auskunftsersuchen gespeichert.</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Person suchen</translation>
        </message>
        <message>
            <source>Record of processing saved.</source>
            <translation>Verarbeitungsverzeichnis gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>RetentionTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Fallcode</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Due since</source>
            <translation>Fällig seit</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>Closed on {day}; the house rule's retention period has ended.</source>
            <translation>Abgeschlossen am {day}; die Aufbewahrungsfrist der Hausregel ist abgelaufen.</translation>
        </message>
        <message>
            <source>Open with no more than indications (not weighed, green or yellow) and nothing new since {day}.</source>
            <translation>Offen mit nicht mehr als Hinweisen (nicht gewichtet, grün oder gelb) und nichts Neuem seit {day}.</translation>
        </message>
    </context>
    <context>
        <name>RunPanel</name>
        <message>
            <source>◀ Previous (PgUp)</source>
            <translation>◀ Zurück (Bild auf)</translation>
        </message>
        <message>
            <source>Next (PgDown) ▶</source>
            <translation>Weiter (Bild ab) ▶</translation>
        </message>
        <message>
            <source>OFF THE RECORD: this item is never printed</source>
            <translation>NICHT FÜRS PROTOKOLL: dieser Punkt wird nie gedruckt</translation>
        </message>
        <message>
            <source>Whole item off the record</source>
            <translation>Ganzer Punkt nicht fürs Protokoll</translation>
        </message>
        <message>
            <source>Add note (Ctrl+N)</source>
            <translation>Notiz hinzufügen (Strg+N)</translation>
        </message>
        <message>
            <source>Add decision (Ctrl+D)</source>
            <translation>Beschluss hinzufügen (Strg+D)</translation>
        </message>
        <message>
            <source>Feedback to the police… (Ctrl+K)</source>
            <translation>Rückmeldung an die Polizei… (Strg+K)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Choose the partner responsible for this action.</source>
            <translation>Wählen Sie den für diese Aktion verantwortlichen Partner.</translation>
        </message>
        <message>
            <source>Action corrected.</source>
            <translation>Aktion berichtigt.</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Maßnahme hinzufügen</translation>
        </message>
        <message>
            <source>Case decision (updates the case)</source>
            <translation>Fallentscheidung (aktualisiert den Fall)</translation>
        </message>
        <message>
            <source>Actions: what / partner / who / by when (Ctrl+Return)</source>
            <translation>Aktionen: was / Partner / wer / bis wann (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Who (optional)</source>
            <translation>Wer (optional)</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Berichtigen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Cancel correction</source>
            <translation>Berichtigung abbrechen</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Beschluss erfassen</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Bemerkungen bei der Genehmigung</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>– choose a partner –</source>
            <translation>– Partner wählen –</translation>
        </message>
        <message>
            <source>– none –</source>
            <translation>– keiner –</translation>
        </message>
        <message>
            <source>Item {n} of {total}</source>
            <translation>Punkt {n} von {total}</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Berichtigung speichern</translation>
        </message>
        <message>
            <source>Remove this action?</source>
            <translation>Diese Aktion entfernen?</translation>
        </message>
        <message>
            <source>Remove this action? The measure it became in the case file is removed too.</source>
            <translation>Diese Aktion entfernen? Die Maßnahme, die daraus in der Fallakte wurde, wird ebenfalls entfernt.</translation>
        </message>
        <message>
            <source>Action removed.</source>
            <translation>Aktion entfernt.</translation>
        </message>
        <message>
            <source>Minutes of {date} await approval</source>
            <translation>Protokoll vom {date} wartet auf Genehmigung</translation>
        </message>
        <message>
            <source>Approve those minutes</source>
            <translation>Dieses Protokoll genehmigen</translation>
        </message>
        <message>
            <source>Minutes of {date} approved.</source>
            <translation>Protokoll vom {date} genehmigt.</translation>
        </message>
        <message>
            <source>Decision recorded.</source>
            <translation>Beschluss erfasst.</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search results</source>
            <extracomment>The user opened a result: its kind and id.</extracomment>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>&amp;Partners, cases, signals and meetings</source>
            <translation>&amp;Partner, Fälle, Meldungen und Sitzungen</translation>
        </message>
        <message>
            <source>Searches names of partners and contacts, case codes and pseudonyms, what signals describe, and meeting dates, places and agenda titles. Accents and capitals do not matter.</source>
            <translation>Durchsucht Namen von Partnern und Kontaktpersonen, Fallcodes und Pseudonyme, was Meldungen beschreiben, sowie Daten, Orte und Tagesordnungstitel von Sitzungen. Akzente und Großschreibung spielen keine Rolle.</translation>
        </message>
        <message>
            <source>Is this &amp;person already known?</source>
            <translation>Ist diese &amp;Person schon bekannt?</translation>
        </message>
        <message>
            <source>Searches the persons' names, pseudonyms and birth dates and shows case codes only. Each search is written to the access trail (not the words searched for).</source>
            <translation>Durchsucht Namen, Pseudonyme und Geburtsdaten der Personen und zeigt nur Fallcodes. Jede Suche wird ins Zugriffsprotokoll geschrieben (nicht die gesuchten Wörter).</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Name, pseudonym and/or birth date (dd/mm/yyyy)</source>
            <translation>Name, Pseudonym und/oder Geburtsdatum (TT/MM/JJJJ)</translation>
        </message>
        <message>
            <source>Type at least two letters…</source>
            <translation>Geben Sie mindestens zwei Buchstaben ein…</translation>
        </message>
        <message>
            <source>Person to look for</source>
            <translation>Gesuchte Person</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Suchtext</translation>
        </message>
        <message>
            <source>Press Enter to search. The answer gives case codes only, and the access trail records that a person was looked for and which codes were shown.</source>
            <translation>Drücken Sie die Eingabetaste, um zu suchen. Die Antwort nennt nur Fallcodes, und das Zugriffsprotokoll hält fest, dass nach einer Person gesucht wurde und welche Codes gezeigt wurden.</translation>
        </message>
        <message>
            <source>Results appear as you type; press Enter on one to open it. To find a case by the person's name, choose “Is this person already known?”.</source>
            <translation>Ergebnisse erscheinen während der Eingabe; drücken Sie bei einem die Eingabetaste, um es zu öffnen. Um einen Fall über den Namen der Person zu finden, wählen Sie „Ist diese Person schon bekannt?“.</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archiviert</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message>
            <source>Results: {n}. Each list stops at {limit}: type more to narrow it.</source>
            <translation>Ergebnisse: {n}. Jede Liste endet bei {limit}: geben Sie mehr ein, um sie einzugrenzen.</translation>
        </message>
        <message>
            <source>Results: {n}</source>
            <translation>Ergebnisse: {n}</translation>
        </message>
        <message>
            <source>That date does not exist. Type it as dd/mm/yyyy.</source>
            <translation>Dieses Datum gibt es nicht. Geben Sie es als TT/MM/JJJJ ein.</translation>
        </message>
        <message>
            <source>Type at least two letters of a name, or a birth date.</source>
            <translation>Geben Sie mindestens zwei Buchstaben eines Namens oder ein Geburtsdatum ein.</translation>
        </message>
        <message>
            <source>More than {n} cases match: add a first name or the birth date. No code is shown.</source>
            <translation>Mehr als {n} Fälle passen: fügen Sie einen Vornamen oder das Geburtsdatum hinzu. Es wird kein Code gezeigt.</translation>
        </message>
        <message>
            <source>This person is not known in the register.</source>
            <translation>Diese Person ist im Register nicht bekannt.</translation>
        </message>
        <message>
            <source>Known in these cases</source>
            <translation>Bekannt in diesen Fällen</translation>
        </message>
        <message>
            <source>Case {code}</source>
            <translation>Fall {code}</translation>
        </message>
        <message>
            <source>Known in cases: {n}. Opening one is recorded too.</source>
            <translation>Bekannt in Fällen: {n}. Das Öffnen eines Falls wird ebenfalls festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>SectorsTab</name>
        <message>
            <source>The sectors offered when you describe a partner. Built-in sectors are translated automatically; you can add your own and switch off those you do not use.</source>
            <extracomment>The register's sector list changed: every tab shows sectors.</extracomment>
            <translation>Die Sektoren, die bei der Beschreibung eines Partners angeboten werden. Vorgegebene Sektoren werden automatisch übersetzt; Sie können eigene hinzufügen und nicht genutzte ausschalten.</translation>
        </message>
        <message>
            <source>Add sector…</source>
            <translation>Sektor hinzufügen…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Switch on or off</source>
            <translation>Ein- oder ausschalten</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Add sector</source>
            <translation>Sektor hinzufügen</translation>
        </message>
        <message>
            <source>Name of the new sector:</source>
            <translation>Name des neuen Sektors:</translation>
        </message>
        <message>
            <source>Rename sector</source>
            <translation>Sektor umbenennen</translation>
        </message>
        <message>
            <source>Built-in sectors are translated automatically and cannot be renamed. Add your own sector instead.</source>
            <translation>Vorgegebene Sektoren werden automatisch übersetzt und können nicht umbenannt werden. Fügen Sie stattdessen einen eigenen Sektor hinzu.</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Neuer Name:</translation>
        </message>
        <message>
            <source>Delete sector</source>
            <translation>Sektor löschen</translation>
        </message>
        <message>
            <source>Built-in sectors cannot be deleted; switch them off instead.</source>
            <translation>Vorgegebene Sektoren können nicht gelöscht werden; schalten Sie sie stattdessen aus.</translation>
        </message>
        <message>
            <source>Delete the sector {name}?</source>
            <translation>Den Sektor {name} löschen?</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>The user picked another interface language (applied by the main window).</extracomment>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>The settings were saved.</source>
            <translation>Die Einstellungen wurden gespeichert.</translation>
        </message>
        <message>
            <source>The cell (saved in the register)</source>
            <translation>Die Zelle (im Register gespeichert)</translation>
        </message>
        <message>
            <source>Municipalities:</source>
            <translation>Gemeinden:</translation>
        </message>
        <message>
            <source>Structure:</source>
            <translation>Struktur:</translation>
        </message>
        <message>
            <source>Default meeting place:</source>
            <translation>Üblicher Sitzungsort:</translation>
        </message>
        <message>
            <source>Meeting frequency:</source>
            <translation>Sitzungshäufigkeit:</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Präventionsbeauftragte(r):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes:</source>
            <translation>Sperren nach so vielen Minuten Untätigkeit:</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Sprache der Oberfläche:</translation>
        </message>
        <message>
            <source>The language applies at once and is remembered on this computer.</source>
            <translation>Die Sprache gilt sofort und wird auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Change the passphrase when someone who knew it leaves, or if it may have been seen. The register is re-encrypted; it stays open.</source>
            <translation>Ändern Sie die Passphrase, wenn jemand, der sie kannte, ausscheidet oder wenn sie gesehen worden sein könnte. Das Register wird neu verschlüsselt und bleibt geöffnet.</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Passphrase ändern…</translation>
        </message>
    </context>
    <context>
        <name>SignalIntakeDialog</name>
        <message>
            <source>New signal</source>
            <translation>Neue Meldung</translation>
        </message>
        <message>
            <source>Only date, channel, reporter and what was observed are needed. Name the person concerned only by initials or a pseudonym.</source>
            <translation>Nur Datum, Kanal, meldende Person und Beobachtung sind nötig. Nennen Sie die betroffene Person nur mit Initialen oder einem Pseudonym.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
        <message>
            <source>Outside person</source>
            <translation>Externe Person</translation>
        </message>
        <message>
            <source>— no contact person —</source>
            <translation>— keine Kontaktperson —</translation>
        </message>
        <message>
            <source>Phone or e-mail</source>
            <translation>Telefon oder E-Mail</translation>
        </message>
        <message>
            <source>Initials or pseudonym, e.g. Z.T.</source>
            <translation>Initialen oder Pseudonym, z. B. Z.T.</translation>
        </message>
        <message>
            <source>The contributing partner consents to registration</source>
            <translation>Der meldende Partner stimmt der Erfassung zu</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Eingegangen am</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Reporter (partner)</source>
            <translation>Meldende Stelle (Partner)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Outside reporter</source>
            <translation>Externe meldende Person</translation>
        </message>
        <message>
            <source>Reporter's contact details</source>
            <translation>Kontaktdaten der meldenden Person</translation>
        </message>
        <message>
            <source>What was observed</source>
            <translation>Was beobachtet wurde</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <source>Read from a filled reporting form. Check every field before saving; nothing is stored until you press OK.</source>
            <translation>Aus einem ausgefüllten Meldeformular eingelesen. Prüfen Sie jedes Feld vor dem Speichern; nichts wird gespeichert, bevor Sie OK drücken.</translation>
        </message>
        <message>
            <source>Without consent only a trace is kept: date, channel, partner and "not registered". Nothing you type below is stored.</source>
            <translation>Ohne Zustimmung bleibt nur eine Spur: Datum, Kanal, Partner und „nicht erfasst“. Nichts, was Sie unten eingeben, wird gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Awaiting weighing (oldest first)</source>
            <translation>Warten auf Gewichtung (älteste zuerst)</translation>
        </message>
        <message>
            <source>All recent signals</source>
            <translation>Alle neueren Meldungen</translation>
        </message>
        <message>
            <source>New signal…</source>
            <translation>Neue Meldung…</translation>
        </message>
        <message>
            <source>Weigh…</source>
            <translation>Gewichten…</translation>
        </message>
        <message>
            <source>Reporting form…</source>
            <translation>Meldeformular…</translation>
        </message>
        <message>
            <source>Import filled form…</source>
            <translation>Ausgefülltes Formular einlesen…</translation>
        </message>
        <message numerus="yes">
            <source>%n signals await weighing. Weigh them together with the partners.</source>
            <translation>
                <numerusform>%n Meldung wartet auf Gewichtung. Gewichten Sie sie gemeinsam mit den Partnern.</numerusform>
                <numerusform>%n Meldungen warten auf Gewichtung. Gewichten Sie sie gemeinsam mit den Partnern.</numerusform>
            </translation>
        </message>
        <message>
            <source>No signal awaits weighing.</source>
            <translation>Keine Meldung wartet auf Gewichtung.</translation>
        </message>
        <message>
            <source>Signal saved.</source>
            <translation>Meldung gespeichert.</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>Gespeichert: {file}</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Record a signature</source>
            <translation>Unterschrift erfassen</translation>
        </message>
        <message>
            <source>Version {number}, adopted on {date}</source>
            <translation>Version {number}, angenommen am {date}</translation>
        </message>
        <message>
            <source>Name of the representative</source>
            <translation>Name des Vertreters</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Unterzeichnet am</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Unterzeichnet von</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccess</name>
        <message>
            <source>Case code</source>
            <translation>Fallcode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>(no identity recorded)</source>
            <translation>(keine Identität erfasst)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>Schule oder Arbeit</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Eröffnet am</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flagge</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nächste Überprüfung</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Abgeschlossen am</translation>
        </message>
        <message>
            <source>Lead partner</source>
            <translation>Federführender Partner</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>What was observed</source>
            <translation>Was beobachtet wurde</translation>
        </message>
        <message>
            <source>No signals.</source>
            <translation>Keine Meldungen.</translation>
        </message>
        <message>
            <source>The persons who reported a signal are not named (their own data).</source>
            <translation>Die Personen, die eine Meldung machten, werden nicht genannt (ihre eigenen Daten).</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Informationen</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Geteilt mit</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>professional secret</source>
            <translation>Berufsgeheimnis</translation>
        </message>
        <message>
            <source>No information items.</source>
            <translation>Keine Informationen.</translation>
        </message>
        <message>
            <source>Items covered by professional secrecy are marked: the municipality decides whether an exception to the right of access applies to them.</source>
            <translation>Informationen, die dem Berufsgeheimnis unterliegen, sind markiert: die Gemeinde entscheidet, ob eine Ausnahme vom Auskunftsrecht gilt.</translation>
        </message>
        <message>
            <source>Flag history</source>
            <translation>Flaggenverlauf</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Beschlossen am</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>No flag decisions.</source>
            <translation>Keine Flaggenbeschlüsse.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phasen</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>Geändert am</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>No phase changes.</source>
            <translation>Keine Phasenwechsel.</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>Vereinbart am</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>No measures.</source>
            <translation>Keine Maßnahmen.</translation>
        </message>
        <message>
            <source>Case team</source>
            <translation>Fallteam</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Beigetreten am</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Ausgeschieden am</translation>
        </message>
        <message>
            <source>No case team.</source>
            <translation>Kein Fallteam.</translation>
        </message>
        <message>
            <source>Cooperation with other bodies</source>
            <translation>Zusammenarbeit mit anderen Stellen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Exchanged on</source>
            <translation>Ausgetauscht am</translation>
        </message>
        <message>
            <source>No cooperation recorded.</source>
            <translation>Keine Zusammenarbeit erfasst.</translation>
        </message>
        <message>
            <source>Decisions at meetings</source>
            <translation>Beschlüsse in Sitzungen</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beschluss</translation>
        </message>
        <message>
            <source>No decisions at meetings.</source>
            <translation>Keine Beschlüsse in Sitzungen.</translation>
        </message>
        <message>
            <source>Discussed at meetings</source>
            <translation>In Sitzungen besprochen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Account and decisions</source>
            <translation>Bericht und Beschlüsse</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>(off the record: nothing kept)</source>
            <translation>(nicht protokolliert: nichts aufbewahrt)</translation>
        </message>
        <message>
            <source>Not discussed at any meeting.</source>
            <translation>In keiner Sitzung besprochen.</translation>
        </message>
        <message>
            <source>Attendees and the persons responsible for actions are not named.</source>
            <translation>Teilnehmer und die für Aufgaben Verantwortlichen werden nicht genannt.</translation>
        </message>
        <message>
            <source>Everything the LIVC register of {municipalities} holds on the person of case {code}, for the answer to a request for access (GDPR art. 15).</source>
            <translation>Alles, was das LIVC-Register von {municipalities} über die Person des Falls {code} enthält, für die Antwort auf ein Auskunftsersuchen (DSGVO Art. 15).</translation>
        </message>
        <message>
            <source>Check every section before it is handed over: information about other persons and information whose disclosure would harm an ongoing approach may have to be withheld. Contains special-category personal data.</source>
            <translation>Prüfen Sie jeden Abschnitt vor der Herausgabe: Informationen über andere Personen und Informationen, deren Offenlegung einem laufenden Vorgehen schaden würde, müssen gegebenenfalls zurückgehalten werden. Enthält besondere Kategorien personenbezogener Daten.</translation>
        </message>
    </context>
    <context>
        <name>SupportDialog</name>
        <message>
            <source>Support organisation</source>
            <translation>Unterstützende Organisation</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Geprüft am</translation>
        </message>
        <message>
            <source>From the booklet for mayors (version of {date}). Contact details may have changed: check them and fill in the date you did.</source>
            <translation>Aus dem Leitfaden für Bürgermeister (Fassung vom {date}). Die Kontaktdaten können sich geändert haben: Prüfen Sie sie und tragen Sie das Prüfdatum ein.</translation>
        </message>
    </context>
    <context>
        <name>SupportTab</name>
        <message>
            <source>Training bodies, helplines and support services listed in the booklet for mayors. Entries marked 'verify' come from the booklet of {date}: contact details may have changed. Check them and fill in the date you did.</source>
            <extracomment>A short, translated text for the status bar.</extracomment>
            <translation>Schulungsanbieter, Hilfetelefone und Unterstützungsdienste aus dem Leitfaden für Bürgermeister. Mit 'prüfen' markierte Einträge stammen aus dem Leitfaden vom {date}: Die Kontaktdaten können sich geändert haben. Prüfen Sie sie und tragen Sie das Prüfdatum ein.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Support organisation saved.</source>
            <translation>Unterstützende Organisation gespeichert.</translation>
        </message>
        <message>
            <source>Delete support organisation</source>
            <translation>Unterstützende Organisation löschen</translation>
        </message>
        <message>
            <source>Delete {name} from the support directory?</source>
            <translation>{name} aus dem Unterstützungsverzeichnis löschen?</translation>
        </message>
    </context>
    <context>
        <name>TeamJoinDialog</name>
        <message>
            <source>Add a partner to the case team</source>
            <translation>Partner zum Fallteam hinzufügen</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Beigetreten am</translation>
        </message>
    </context>
    <context>
        <name>TeamLeaveDialog</name>
        <message>
            <source>Partner leaves the case team</source>
            <translation>Partner scheidet aus dem Fallteam aus</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Ausgeschieden am</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Training</source>
            <translation>Schulung</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Followed or wanted</source>
            <translation>Besucht oder gewünscht</translation>
        </message>
    </context>
    <context>
        <name>TransferCaseButton</name>
        <message>
            <source>Pass on to another cell…</source>
            <translation>An eine andere Zelle weitergeben…</translation>
        </message>
    </context>
    <context>
        <name>TriageDialog</name>
        <message>
            <source>Weigh signal</source>
            <translation>Meldung gewichten</translation>
        </message>
        <message>
            <source>Received {date} via {channel}.</source>
            <translation>Eingegangen am {date} über {channel}.</translation>
        </message>
        <message>
            <source>A new case</source>
            <translation>Ein neuer Fall</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— auswählen —</translation>
        </message>
        <message>
            <source>Weighed on</source>
            <translation>Gewichtet am</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Pseudonym of the new case</source>
            <translation>Pseudonym des neuen Falls</translation>
        </message>
        <message>
            <source>Handed to</source>
            <translation>Weitergegeben an</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Too many wrong tries. You can try again in {seconds} s.</source>
            <extracomment>One countdown step; tests shorten it.</extracomment>
            <translation>Zu viele falsche Versuche. Sie können es in {seconds} s erneut versuchen.</translation>
        </message>
        <message>
            <source>The register is locked</source>
            <translation>Das Register ist gesperrt</translation>
        </message>
        <message>
            <source>Register: {name}</source>
            <translation>Register: {name}</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>This is a demo register with invented data. Its passphrase is:&lt;br&gt;&lt;b&gt;{passphrase}&lt;/b&gt;</source>
            <translation>Dies ist ein Demo-Register mit erfundenen Daten. Die Passphrase lautet:&lt;br&gt;&lt;b&gt;{passphrase}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>VerifyBackupDialog</name>
        <message>
            <source>Restore backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Verify backup</source>
            <translation>Sicherung prüfen</translation>
        </message>
        <message>
            <source>Restoring replaces the register by the backup. The current register is kept as a safety copy next to it; nothing is replaced before the backup has been checked completely.</source>
            <translation>Die Wiederherstellung ersetzt das Register durch die Sicherung. Das aktuelle Register wird daneben als Sicherheitskopie aufbewahrt; nichts wird ersetzt, bevor die Sicherung vollständig geprüft wurde.</translation>
        </message>
        <message>
            <source>Checks a backup completely (checksum, passphrase, integrity, version) without restoring or changing anything.</source>
            <translation>Prüft eine Sicherung vollständig (Prüfsumme, Passphrase, Integrität, Version), ohne etwas wiederherzustellen oder zu ändern.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Auswählen...</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Sicherungsdatei</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Passphrase der Sicherung</translation>
        </message>
        <message>
            <source>Check backup</source>
            <translation>Sicherung prüfen</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Wiederherstellen...</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Sicherungsdatei auswählen</translation>
        </message>
        <message>
            <source>LIVC backups ({pattern})</source>
            <translation>LIVC-Sicherungen ({pattern})</translation>
        </message>
        <message>
            <source>Replace the register by the backup made on {created}? The register will be locked; the current one is kept as a safety copy. Afterwards, unlock with the passphrase of the backup.</source>
            <translation>Das Register durch die Sicherung vom {created} ersetzen? Das Register wird gesperrt; das aktuelle wird als Sicherheitskopie aufbewahrt. Entsperren Sie danach mit der Passphrase der Sicherung.</translation>
        </message>
    </context>
</TS>
