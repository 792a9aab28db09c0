<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
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
            <source>Passphrase: </source>
            <translation>Passphrase: </translation>
        </message>
        <message>
            <source>Integrity check FAILED.</source>
            <translation>Integritätsprüfung FEHLGESCHLAGEN.</translation>
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
            <source>Case teams</source>
            <translation>Fallteams</translation>
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
            <source>Fair</source>
            <translation>Mittel</translation>
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
            <source>The passphrase was changed.</source>
            <extracomment>A session became active (unlock, first start, passphrase change). Emitted before the pages receive it and before the "unlock" event is recorded, so listeners such as the access trail can subscribe with `session.on_event(...)` in time. The active session is about to close (lock, quit); pages still hold it. True when the window locked, False when it unlocked.</extracomment>
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
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;About LIVC Desktop</source>
            <translation>&amp;Über LIVC Desktop</translation>
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
        <message>
            <source>About LIVC Desktop</source>
            <translation>Über LIVC Desktop</translation>
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
            <source>The register file is damaged and cannot be opened. Restore it from a backup.</source>
            <translation>Die Registerdatei ist beschädigt und kann nicht geöffnet werden. Stellen Sie sie aus einer Sicherung wieder her.</translation>
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
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Der Datenträger ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The file could not be written. Nothing was changed.</source>
            <translation>Die Datei konnte nicht geschrieben werden. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The encryption library on this computer is not suitable; the register was not opened. Reinstall LIVC Desktop.</source>
            <translation>Die Verschlüsselungsbibliothek auf diesem Computer ist nicht geeignet; das Register wurde nicht geöffnet. Installieren Sie LIVC Desktop neu.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Etwas ist schiefgelaufen. Es wurde nichts geändert.</translation>
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
            <source>This value is not valid.</source>
            <translation>Dieser Wert ist nicht gültig.</translation>
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
</TS>
