<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <extracomment>The passphrase changed; the new session replaces the old (which is closed).</extracomment>
            <translation>Wachtwoordzin wijzigen</translation>
        </message>
        <message>
            <source>The register is re-encrypted with the new passphrase. Backups made before keep the old one. A lost passphrase cannot be recovered: write the new one down for the municipal safe.</source>
            <translation>Het register wordt opnieuw versleuteld met de nieuwe wachtwoordzin. Eerdere back-ups houden de oude. Een verloren wachtwoordzin kan niet worden hersteld: schrijf de nieuwe op voor de gemeentelijke kluis.</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>Huidige wachtwoordzin:</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Nieuwe wachtwoordzin:</translation>
        </message>
        <message>
            <source>Repeat the new passphrase:</source>
            <translation>Herhaal de nieuwe wachtwoordzin:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Sterkte:</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>A register already exists at {path}.</source>
            <translation>Er bestaat al een register op {path}.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nieuwe wachtwoordzin: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Herhaal de wachtwoordzin: </translation>
        </message>
        <message>
            <source>Register created: {path}</source>
            <translation>Register aangemaakt: {path}</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Wachtwoordzin: </translation>
        </message>
        <message>
            <source>Integrity check FAILED.</source>
            <translation>Integriteitscontrole MISLUKT.</translation>
        </message>
        <message>
            <source>Integrity check passed.</source>
            <translation>Integriteitscontrole geslaagd.</translation>
        </message>
        <message>
            <source>Demo register created: {path}</source>
            <translation>Demoregister aangemaakt: {path}</translation>
        </message>
        <message>
            <source>Its passphrase is: {passphrase}</source>
            <translation>De wachtwoordzin is: {passphrase}</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Step {step} of {steps}</source>
            <translation>Stap {step} van {steps}</translation>
        </message>
        <message>
            <source>The register could not be created: {reason}</source>
            <translation>Het register kon niet worden aangemaakt: {reason}</translation>
        </message>
        <message>
            <source>Welcome to LIVC Desktop</source>
            <translation>Welkom bij LIVC Desktop</translation>
        </message>
        <message>
            <source>This program keeps the register of your Local Integrated Security Cell, encrypted on this computer. First, describe the cell.</source>
            <translation>Dit programma houdt het register van uw Lokale Integrale Veiligheidscel bij, versleuteld op deze computer. Beschrijf eerst de cel.</translation>
        </message>
        <message>
            <source>Municipalities covered (a joint cell may cover several):</source>
            <translation>Gemeenten (een gezamenlijke cel kan er meerdere omvatten):</translation>
        </message>
        <message>
            <source>Structure of the cell:</source>
            <translation>Structuur van de cel:</translation>
        </message>
        <message>
            <source>Who keeps the register? The name appears on minutes and lists.</source>
            <translation>Wie houdt het register bij? De naam komt op notulen en lijsten.</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Preventiemedewerker:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Taal:</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {n} characters: several words are easier to remember than a short password and harder to guess.</source>
            <translation>Kies een wachtwoordzin van minstens {n} tekens: enkele woorden onthoudt u makkelijker dan een kort wachtwoord, en ze zijn moeilijker te raden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;A lost passphrase cannot be recovered.&lt;/b&gt; Nobody, not even the program's makers, can open the register without it. Write it down on paper and keep it in a sealed envelope in the municipal safe.</source>
            <translation>&lt;b&gt;Een verloren wachtwoordzin kan niet worden hersteld.&lt;/b&gt; Niemand, ook de makers van het programma niet, kan het register zonder openen. Schrijf ze op papier en bewaar ze in een verzegelde omslag in de gemeentelijke kluis.</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Wachtwoordzin:</translation>
        </message>
        <message>
            <source>Repeat the passphrase:</source>
            <translation>Herhaal de wachtwoordzin:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Sterkte:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <source>Create the register</source>
            <translation>Register aanmaken</translation>
        </message>
        <message>
            <source>Creating the encrypted register…</source>
            <translation>Het versleutelde register wordt aangemaakt…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Integrated cell</source>
            <translation>Integrale cel</translation>
        </message>
        <message>
            <source>Strategic and operational table</source>
            <translation>Strategische en operationele tafel</translation>
        </message>
        <message>
            <source>Main body with case teams</source>
            <translation>Hoofdorgaan met caseteams</translation>
        </message>
        <message>
            <source>Zonal cell</source>
            <translation>Zonale cel</translation>
        </message>
        <message>
            <source>One table with one representative per partner; cases are handled there.</source>
            <translation>Eén tafel met één vertegenwoordiger per partner; de casussen worden daar besproken.</translation>
        </message>
        <message>
            <source>A strategic table sets policy and priorities; an operational table manages cases.</source>
            <translation>Een strategische tafel bepaalt beleid en prioriteiten; een operationele tafel doet het casemanagement.</translation>
        </message>
        <message>
            <source>The main body decides on follow-up; a case team per case with only the partners it needs.</source>
            <translation>Het hoofdorgaan beslist over opvolging; per casus een caseteam met enkel de nodige partners.</translation>
        </message>
        <message>
            <source>Several municipalities of one police zone, with case teams.</source>
            <translation>Meerdere gemeenten van één politiezone, met caseteams.</translation>
        </message>
        <message>
            <source>Integrated table</source>
            <translation>Integrale tafel</translation>
        </message>
        <message>
            <source>Strategic table</source>
            <translation>Strategische tafel</translation>
        </message>
        <message>
            <source>Operational table</source>
            <translation>Operationele tafel</translation>
        </message>
        <message>
            <source>Main body</source>
            <translation>Hoofdorgaan</translation>
        </message>
        <message>
            <source>Case teams</source>
            <translation>Caseteams</translation>
        </message>
        <message>
            <source>Zonal table</source>
            <translation>Zonale tafel</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wekelijks</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Tweewekelijks</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Maandelijks</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Driemaandelijks</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Jaarlijks</translation>
        </message>
        <message>
            <source>When needed</source>
            <translation>Wanneer nodig</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Te kort</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Zwak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Redelijk</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Goed</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Sterk</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The passphrase was changed.</source>
            <extracomment>A session became active (unlock, first start, passphrase change). Emitted before the pages receive it and before the "unlock" event is recorded, so listeners such as the access trail can subscribe with `session.on_event(...)` in time. The active session is about to close (lock, quit); pages still hold it. True when the window locked, False when it unlocked.</extracomment>
            <translation>De wachtwoordzin is gewijzigd.</translation>
        </message>
        <message>
            <source>{app} (demo with invented data)</source>
            <translation>{app} (demo met verzonnen gegevens)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <source>Lock the register now (Ctrl+L)</source>
            <translation>Het register nu vergrendelen (Ctrl+L)</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>&amp;Wachtwoordzin wijzigen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;About LIVC Desktop</source>
            <translation>&amp;Over LIVC Desktop</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Onderdelen</translation>
        </message>
        <message>
            <source>Register: {name}</source>
            <translation>Register: {name}</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Nog niet aangemaakt</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Vergrendeld</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Ontgrendeld</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted register for a Local Integrated Security Cell.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;br&gt;PySide6 {pyside}&lt;br&gt;SQLCipher {sqlcipher}&lt;br&gt;Python {python}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Een offline, versleuteld register voor een Lokale Integrale Veiligheidscel.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;br&gt;PySide6 {pyside}&lt;br&gt;SQLCipher {sqlcipher}&lt;br&gt;Python {python}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About LIVC Desktop</source>
            <translation>Over LIVC Desktop</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The passphrase is not correct. Check Caps Lock and the keyboard layout.</source>
            <translation>De wachtwoordzin is niet juist. Controleer Caps Lock en de toetsenbordindeling.</translation>
        </message>
        <message>
            <source>There is no register at this location.</source>
            <translation>Er is geen register op deze plaats.</translation>
        </message>
        <message>
            <source>This file is not an LIVC register.</source>
            <translation>Dit bestand is geen LIVC-register.</translation>
        </message>
        <message>
            <source>The register file is damaged and cannot be opened. Restore it from a backup.</source>
            <translation>Het registerbestand is beschadigd en kan niet worden geopend. Zet een back-up terug.</translation>
        </message>
        <message>
            <source>This register was made by a newer version of LIVC Desktop. Install the newer version to open it.</source>
            <translation>Dit register is gemaakt met een nieuwere versie van LIVC Desktop. Installeer die nieuwere versie om het te openen.</translation>
        </message>
        <message>
            <source>This register is already open in another LIVC Desktop window or by another user. Close it there first.</source>
            <translation>Dit register is al geopend in een ander venster van LIVC Desktop of door een andere gebruiker. Sluit het daar eerst.</translation>
        </message>
        <message>
            <source>A register already exists at this location.</source>
            <translation>Er bestaat al een register op deze plaats.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>De schijf is vol. Er is niets gewijzigd; maak ruimte vrij en probeer opnieuw.</translation>
        </message>
        <message>
            <source>The file could not be written. Nothing was changed.</source>
            <translation>Het bestand kon niet worden geschreven. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The encryption library on this computer is not suitable; the register was not opened. Reinstall LIVC Desktop.</source>
            <translation>De versleutelingsbibliotheek op deze computer is niet geschikt; het register is niet geopend. Installeer LIVC Desktop opnieuw.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Er ging iets mis. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Dit veld is verplicht.</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>Deze tekst is te lang.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 12 characters long.</source>
            <translation>De wachtwoordzin moet minstens 12 tekens lang zijn.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
        </message>
        <message>
            <source>The passphrase must not begin or end with a space.</source>
            <translation>De wachtwoordzin mag niet met een spatie beginnen of eindigen.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>De nieuwe wachtwoordzin is dezelfde als de huidige.</translation>
        </message>
        <message>
            <source>A zonal cell covers at least two municipalities.</source>
            <translation>Een zonale cel omvat minstens twee gemeenten.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Dit lijkt geen e-mailadres.</translation>
        </message>
        <message>
            <source>This does not look like a phone number.</source>
            <translation>Dit lijkt geen telefoonnummer.</translation>
        </message>
        <message>
            <source>This is not a valid date.</source>
            <translation>Dit is geen geldige datum.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Deze waarde is niet geldig.</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityListEditor</name>
        <message>
            <source>Name of the municipality</source>
            <translation>Naam van de gemeente</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Municipalities covered</source>
            <translation>Gemeenten van de cel</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Yes, a joint cell of {n} municipalities</source>
            <translation>Ja, een gezamenlijke cel van {n} gemeenten</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>The cell</source>
            <translation>De cel</translation>
        </message>
        <message>
            <source>The register</source>
            <translation>Het register</translation>
        </message>
        <message>
            <source>Municipalities:</source>
            <translation>Gemeenten:</translation>
        </message>
        <message>
            <source>Joint cell:</source>
            <translation>Gezamenlijke cel:</translation>
        </message>
        <message>
            <source>Structure:</source>
            <translation>Structuur:</translation>
        </message>
        <message>
            <source>Tables:</source>
            <translation>Tafels:</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Preventiemedewerker:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Bestand:</translation>
        </message>
        <message>
            <source>Schema version:</source>
            <translation>Schemaversie:</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Hide the passphrase</source>
            <translation>Wachtwoordzin verbergen</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Wachtwoordzin tonen</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>The user picked another interface language (applied by the main window).</extracomment>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>The settings were saved.</source>
            <translation>De instellingen zijn bewaard.</translation>
        </message>
        <message>
            <source>The cell (saved in the register)</source>
            <translation>De cel (bewaard in het register)</translation>
        </message>
        <message>
            <source>Municipalities:</source>
            <translation>Gemeenten:</translation>
        </message>
        <message>
            <source>Structure:</source>
            <translation>Structuur:</translation>
        </message>
        <message>
            <source>Default meeting place:</source>
            <translation>Gewone vergaderplaats:</translation>
        </message>
        <message>
            <source>Meeting frequency:</source>
            <translation>Vergaderfrequentie:</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Preventiemedewerker:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Bewaren</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Wijzigingen ongedaan maken</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programma</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes:</source>
            <translation>Vergrendelen na zoveel minuten inactiviteit:</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Taal van het programma:</translation>
        </message>
        <message>
            <source>The language applies at once and is remembered on this computer.</source>
            <translation>De taal geldt meteen en wordt op deze computer onthouden.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <source>Change the passphrase when someone who knew it leaves, or if it may have been seen. The register is re-encrypted; it stays open.</source>
            <translation>Wijzig de wachtwoordzin als iemand die ze kende vertrekt, of als ze misschien gezien is. Het register wordt opnieuw versleuteld en blijft open.</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Wachtwoordzin wijzigen…</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Too many wrong tries. You can try again in {seconds} s.</source>
            <extracomment>One countdown step; tests shorten it.</extracomment>
            <translation>Te veel foute pogingen. U kunt het over {seconds} s opnieuw proberen.</translation>
        </message>
        <message>
            <source>The register is locked</source>
            <translation>Het register is vergrendeld</translation>
        </message>
        <message>
            <source>Register: {name}</source>
            <translation>Register: {name}</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Wachtwoordzin:</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>This is a demo register with invented data. Its passphrase is:&lt;br&gt;&lt;b&gt;{passphrase}&lt;/b&gt;</source>
            <translation>Dit is een demoregister met verzonnen gegevens. De wachtwoordzin is:&lt;br&gt;&lt;b&gt;{passphrase}&lt;/b&gt;</translation>
        </message>
    </context>
</TS>
