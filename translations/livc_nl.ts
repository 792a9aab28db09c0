<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About LIVC Desktop</source>
            <translation>Over LIVC Desktop</translation>
        </message>
        <message>
            <source>LIVC Desktop is free software under the European Union Public Licence (EUPL-1.2). It comes without any warranty.</source>
            <translation>LIVC Desktop is vrije software onder de Europese Unie Publieke Licentie (EUPL-1.2). Het wordt geleverd zonder enige garantie.</translation>
        </message>
        <message>
            <source>This text is missing from the installation.</source>
            <translation>Deze tekst ontbreekt in de installatie.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Software van derden</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Over Qt</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Tegen wanneer</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>Versie {number} goedkeuren</translation>
        </message>
        <message>
            <source>Once adopted, this version can no longer be changed. Partners then sign it; changes later go into a new draft.</source>
            <translation>Eens goedgekeurd kan deze versie niet meer gewijzigd worden. De partners ondertekenen ze dan; latere wijzigingen komen in een nieuw ontwerp.</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Goedgekeurd op</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
    </context>
    <context>
        <name>AgendaChoiceModel</name>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Pseudonym / received</source>
            <translation>Pseudoniem / ontvangen</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signaal</translation>
        </message>
        <message>
            <source>already on the agenda</source>
            <translation>staat al op de agenda</translation>
        </message>
    </context>
    <context>
        <name>AgendaPickerDialog</name>
        <message>
            <source>Put a case or signal on the agenda</source>
            <translation>Een casus of signaal op de agenda zetten</translation>
        </message>
        <message>
            <source>Type a case code or pseudonym; Enter puts the selected one on the agenda.</source>
            <translation>Typ een casuscode of pseudoniem; Enter zet de geselecteerde op de agenda.</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filteren</translation>
        </message>
        <message>
            <source>Cases and signals to choose from</source>
            <translation>Casussen en signalen om uit te kiezen</translation>
        </message>
        <message>
            <source>No open case or signal matches.</source>
            <translation>Geen open casus of signaal komt overeen.</translation>
        </message>
        <message>
            <source>Put on the agenda</source>
            <translation>Op de agenda zetten</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punt</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Markeringen</translation>
        </message>
        <message>
            <source>OFF THE RECORD</source>
            <translation>OFF THE RECORD</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Beroepsgeheim</translation>
        </message>
    </context>
    <context>
        <name>AnnualReport</name>
        <message>
            <source>Signals received</source>
            <translation>Ontvangen signalen</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Geopende casussen</translation>
        </message>
        <message>
            <source>Cases closed</source>
            <translation>Afgesloten casussen</translation>
        </message>
        <message>
            <source>Cases open on 31 December</source>
            <translation>Lopende casussen op 31 december</translation>
        </message>
        <message>
            <source>Flag decisions</source>
            <translation>Vlagbeslissingen</translation>
        </message>
        <message>
            <source>Measures carried out</source>
            <translation>Uitgevoerde maatregelen</translation>
        </message>
        <message>
            <source>Measures overdue on 31 December</source>
            <translation>Achterstallige maatregelen op 31 december</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Gehouden vergaderingen</translation>
        </message>
        <message>
            <source>Trainings followed by partners</source>
            <translation>Door partners gevolgde vormingen</translation>
        </message>
        <message>
            <source>Partner organisations that followed a training</source>
            <translation>Partnerorganisaties die een vorming volgden</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Per kanaal</translation>
        </message>
        <message>
            <source>By outcome on 31 December</source>
            <translation>Per uitkomst op 31 december</translation>
        </message>
        <message>
            <source>By flag</source>
            <translation>Per vlag</translation>
        </message>
        <message>
            <source>By phase</source>
            <translation>Per fase</translation>
        </message>
        <message>
            <source>By follow-up type</source>
            <translation>Per soort opvolging</translation>
        </message>
        <message>
            <source>By table</source>
            <translation>Per tafel</translation>
        </message>
        <message>
            <source>Annual report {year}</source>
            <translation>Jaarverslag {year}</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>Local Integrated Security Cell · 1 January to 31 December {year}</source>
            <translation>Lokale Integrale Veiligheidscel · 1 januari tot 31 december {year}</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>Opgemaakt op {date}</translation>
        </message>
        <message>
            <source>No person can be recognised: counts below 5 are not printed.</source>
            <translation>Niemand is herkenbaar: aantallen onder 5 worden niet gedrukt.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Kerncijfers</translation>
        </message>
        <message>
            <source>In detail</source>
            <translation>In detail</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Grafiek</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
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
            <translation>niet getoond</translation>
        </message>
        <message>
            <source>Not shown: these numbers are too small to print without anyone becoming recognisable.</source>
            <translation>Niet getoond: deze aantallen zijn te klein om te drukken zonder dat iemand herkenbaar wordt.</translation>
        </message>
        <message>
            <source>Attendance per partner organisation</source>
            <translation>Aanwezigheid per partnerorganisatie</translation>
        </message>
        <message>
            <source>Meetings held this year at which the organisation was expected: attended (any of its representatives present) and missed (excused or absent). The rate is printed only where both numbers are.</source>
            <translation>Vergaderingen van dit jaar waarop de organisatie verwacht werd: bijgewoond (minstens één vertegenwoordiger aanwezig) en gemist (verontschuldigd of afwezig). Het percentage staat er alleen als beide aantallen gedrukt zijn.</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Partnerorganisatie</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Bijgewoond</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Gemist</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Aanwezigheidsgraad</translation>
        </message>
        <message>
            <source>{rate} %</source>
            <translation>{rate} %</translation>
        </message>
        <message>
            <source>No attendance was recorded this year.</source>
            <translation>Dit jaar werd geen aanwezigheid geregistreerd.</translation>
        </message>
        <message>
            <source>&lt; 5: a number from 0 to 4. Zero is not printed either, so "none" and "one" cannot be told apart.</source>
            <translation>&lt; 5: een aantal van 0 tot 4. Ook nul wordt niet gedrukt, zodat "geen" en "één" niet te onderscheiden zijn.</translation>
        </message>
        <message>
            <source>x: a number of 5 or more, left out so that a small number next to it cannot be worked out by subtraction.</source>
            <translation>x: een aantal van 5 of meer, weggelaten zodat een klein aantal ernaast niet door aftrekken te berekenen is.</translation>
        </message>
        <message>
            <source>Flags and phases on 31 December come from the dated history of each case; the follow-up type is the one recorded today.</source>
            <translation>Vlaggen en fasen op 31 december komen uit de gedateerde geschiedenis van elke casus; de soort opvolging is die van vandaag.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Uitsplitsing</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportDialog</name>
        <message>
            <source>Annual report</source>
            <extracomment>The files written (PDF first), after each export.</extracomment>
            <translation>Jaarverslag</translation>
        </message>
        <message>
            <source>What the cell did in one calendar year, for the mayor, the council and the regional authorities. Counts below 5 are printed as “&lt; 5”, and a number that would let someone work one out is left out too. The report is written in the register's language.</source>
            <translation>Wat de cel in één kalenderjaar deed, voor de burgemeester, de gemeenteraad en de regionale overheden. Aantallen onder 5 worden gedrukt als “&lt; 5”, en een getal waarmee iemand er een zou kunnen berekenen, wordt ook weggelaten. Het verslag is in de taal van het register.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Also save the figures as CSV (same name, .csv)</source>
            <translation>De cijfers ook als CSV bewaren (zelfde naam, .csv)</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF bewaren…</translation>
        </message>
        <message>
            <source>Save the annual report</source>
            <translation>Het jaarverslag bewaren</translation>
        </message>
        <message>
            <source>annual-report-{year}.pdf</source>
            <translation>jaarverslag-{year}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {files}</source>
            <translation>Bewaard: {files}</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>HH:MM</source>
            <translation>UU:MM</translation>
        </message>
        <message>
            <source>Attendance (Ctrl+1 present, Ctrl+2 excused, Ctrl+3 absent)</source>
            <translation>Aanwezigheid (Ctrl+1 aanwezig, Ctrl+2 verontschuldigd, Ctrl+3 afwezig)</translation>
        </message>
        <message>
            <source>Sent information beforehand</source>
            <translation>Bezorgde vooraf informatie</translation>
        </message>
        <message>
            <source>Arrived late at</source>
            <translation>Laattijdig aangekomen om</translation>
        </message>
        <message>
            <source>Left early at</source>
            <translation>Vroeger vertrokken om</translation>
        </message>
        <message>
            <source>Ad hoc guest</source>
            <translation>Ad-hocgast</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Hoedanigheid</translation>
        </message>
        <message>
            <source>Signed the confidentiality undertaking</source>
            <translation>Ondertekende de vertrouwelijkheidsverklaring</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>Gast toevoegen</translation>
        </message>
        <message>
            <source>Remove guest</source>
            <translation>Gast verwijderen</translation>
        </message>
        <message>
            <source>Remove this guest from the meeting?</source>
            <translation>Deze gast uit de vergadering verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTableModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>sent information beforehand</source>
            <translation>bezorgde vooraf informatie</translation>
        </message>
        <message>
            <source>arrived at {time}</source>
            <translation>aangekomen om {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>vertrokken om {time}</translation>
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <source>Register created</source>
            <translation>Register aangemaakt</translation>
        </message>
        <message>
            <source>Register unlocked</source>
            <translation>Register ontgrendeld</translation>
        </message>
        <message>
            <source>Register locked</source>
            <translation>Register vergrendeld</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Wachtwoordzin gewijzigd</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Instellingen gewijzigd</translation>
        </message>
        <message>
            <source>Identity revealed</source>
            <translation>Identiteit getoond</translation>
        </message>
        <message>
            <source>Identities searched by name</source>
            <translation>Identiteiten op naam gezocht</translation>
        </message>
        <message>
            <source>Case file opened</source>
            <translation>Casus geopend</translation>
        </message>
        <message>
            <source>Case file purged</source>
            <translation>Casus definitief gewist</translation>
        </message>
        <message>
            <source>Case created</source>
            <translation>Casus aangemaakt</translation>
        </message>
        <message>
            <source>Case data changed</source>
            <translation>Casusgegevens gewijzigd</translation>
        </message>
        <message>
            <source>Identity changed</source>
            <translation>Identiteit gewijzigd</translation>
        </message>
        <message>
            <source>Phase changed</source>
            <translation>Fase gewijzigd</translation>
        </message>
        <message>
            <source>Flag changed</source>
            <translation>Vlag gewijzigd</translation>
        </message>
        <message>
            <source>Case handed over</source>
            <translation>Casus overgedragen</translation>
        </message>
        <message>
            <source>Partner joined the case team</source>
            <translation>Partner toegevoegd aan het caseteam</translation>
        </message>
        <message>
            <source>Partner left the case team</source>
            <translation>Partner uit het caseteam gestapt</translation>
        </message>
        <message>
            <source>Cooperation recorded</source>
            <translation>Samenwerking geregistreerd</translation>
        </message>
        <message>
            <source>Case decision recorded at a meeting</source>
            <translation>Casusbeslissing op een vergadering geregistreerd</translation>
        </message>
        <message>
            <source>Measure added</source>
            <translation>Maatregel toegevoegd</translation>
        </message>
        <message>
            <source>Measure followed up</source>
            <translation>Maatregel opgevolgd</translation>
        </message>
        <message>
            <source>Information item added</source>
            <translation>Informatie toegevoegd</translation>
        </message>
        <message>
            <source>Information item corrected</source>
            <translation>Informatie verbeterd</translation>
        </message>
        <message>
            <source>Information item removed</source>
            <translation>Informatie verwijderd</translation>
        </message>
        <message>
            <source>Case received from another cell</source>
            <translation>Casus ontvangen van een andere cel</translation>
        </message>
        <message>
            <source>Signal registered</source>
            <translation>Signaal geregistreerd</translation>
        </message>
        <message>
            <source>Signal trace registered (no consent)</source>
            <translation>Spoor van een signaal geregistreerd (geen toestemming)</translation>
        </message>
        <message>
            <source>Signal weighed</source>
            <translation>Signaal gewogen</translation>
        </message>
        <message>
            <source>Reporting form imported</source>
            <translation>Aanmeldingsformulier ingelezen</translation>
        </message>
        <message>
            <source>House rules draft made</source>
            <translation>Ontwerp van huishoudelijk reglement gemaakt</translation>
        </message>
        <message>
            <source>House rules draft saved</source>
            <translation>Ontwerp van huishoudelijk reglement bewaard</translation>
        </message>
        <message>
            <source>House rules adopted</source>
            <translation>Huishoudelijk reglement goedgekeurd</translation>
        </message>
        <message>
            <source>House rules draft deleted</source>
            <translation>Ontwerp van huishoudelijk reglement verwijderd</translation>
        </message>
        <message>
            <source>House rules signature recorded</source>
            <translation>Ondertekening van het huishoudelijk reglement genoteerd</translation>
        </message>
        <message>
            <source>Partner created</source>
            <translation>Partner aangemaakt</translation>
        </message>
        <message>
            <source>Partner changed</source>
            <translation>Partner gewijzigd</translation>
        </message>
        <message>
            <source>Partner archived</source>
            <translation>Partner gearchiveerd</translation>
        </message>
        <message>
            <source>Partner restored</source>
            <translation>Partner hersteld</translation>
        </message>
        <message>
            <source>Partner deleted</source>
            <translation>Partner verwijderd</translation>
        </message>
        <message>
            <source>Partners imported</source>
            <translation>Partners geïmporteerd</translation>
        </message>
        <message>
            <source>Sector added</source>
            <translation>Sector toegevoegd</translation>
        </message>
        <message>
            <source>Sector changed</source>
            <translation>Sector gewijzigd</translation>
        </message>
        <message>
            <source>Sector deleted</source>
            <translation>Sector verwijderd</translation>
        </message>
        <message>
            <source>Support organisation added</source>
            <translation>Hulporganisatie toegevoegd</translation>
        </message>
        <message>
            <source>Support organisation changed</source>
            <translation>Hulporganisatie gewijzigd</translation>
        </message>
        <message>
            <source>Support organisation deleted</source>
            <translation>Hulporganisatie verwijderd</translation>
        </message>
        <message>
            <source>Meeting planned</source>
            <translation>Vergadering gepland</translation>
        </message>
        <message>
            <source>Meeting changed</source>
            <translation>Vergadering gewijzigd</translation>
        </message>
        <message>
            <source>Meeting deleted</source>
            <translation>Vergadering verwijderd</translation>
        </message>
        <message>
            <source>Meeting series created</source>
            <translation>Vergaderreeks aangemaakt</translation>
        </message>
        <message>
            <source>Meeting series extended</source>
            <translation>Vergaderreeks verlengd</translation>
        </message>
        <message>
            <source>Names removed from meeting texts</source>
            <translation>Namen verwijderd uit vergaderteksten</translation>
        </message>
        <message>
            <source>Agenda item added</source>
            <translation>Agendapunt toegevoegd</translation>
        </message>
        <message>
            <source>Agenda item changed</source>
            <translation>Agendapunt gewijzigd</translation>
        </message>
        <message>
            <source>Agenda item deleted</source>
            <translation>Agendapunt verwijderd</translation>
        </message>
        <message>
            <source>Agenda reordered</source>
            <translation>Agenda herschikt</translation>
        </message>
        <message>
            <source>Agenda sent</source>
            <translation>Agenda verstuurd</translation>
        </message>
        <message>
            <source>Attendee added</source>
            <translation>Deelnemer toegevoegd</translation>
        </message>
        <message>
            <source>Attendance changed</source>
            <translation>Aanwezigheid gewijzigd</translation>
        </message>
        <message>
            <source>Attendee removed</source>
            <translation>Deelnemer verwijderd</translation>
        </message>
        <message>
            <source>Guest added</source>
            <translation>Gast toegevoegd</translation>
        </message>
        <message>
            <source>Guest changed</source>
            <translation>Gast gewijzigd</translation>
        </message>
        <message>
            <source>Guest removed</source>
            <translation>Gast verwijderd</translation>
        </message>
        <message>
            <source>Feedback sheet text saved</source>
            <translation>Tekst van de terugkoppelingsfiche bewaard</translation>
        </message>
        <message>
            <source>Consent to the feedback sheet recorded</source>
            <translation>Instemming met de terugkoppelingsfiche geregistreerd</translation>
        </message>
        <message>
            <source>Meeting note added</source>
            <translation>Vergadernotitie toegevoegd</translation>
        </message>
        <message>
            <source>Meeting note changed</source>
            <translation>Vergadernotitie gewijzigd</translation>
        </message>
        <message>
            <source>Meeting note deleted</source>
            <translation>Vergadernotitie verwijderd</translation>
        </message>
        <message>
            <source>Meeting action added</source>
            <translation>Actiepunt toegevoegd</translation>
        </message>
        <message>
            <source>Meeting action corrected</source>
            <translation>Actie van een vergadering verbeterd</translation>
        </message>
        <message>
            <source>Meeting action deleted</source>
            <translation>Actiepunt verwijderd</translation>
        </message>
        <message>
            <source>Minutes finalised</source>
            <translation>Notulen definitief gemaakt</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Notulen goedgekeurd</translation>
        </message>
        <message>
            <source>Addendum to the minutes added</source>
            <translation>Addendum bij de notulen toegevoegd</translation>
        </message>
        <message>
            <source>Distribution recorded</source>
            <translation>Verspreiding geregistreerd</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Back-up gemaakt</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Back-up teruggezet</translation>
        </message>
        <message>
            <source>PDF exported</source>
            <translation>PDF geëxporteerd</translation>
        </message>
        <message>
            <source>CSV exported</source>
            <translation>CSV geëxporteerd</translation>
        </message>
        <message>
            <source>File exported</source>
            <translation>Bestand geëxporteerd</translation>
        </message>
        <message>
            <source>Document printed</source>
            <translation>Document afgedrukt</translation>
        </message>
        <message>
            <source>Case passed on to another cell</source>
            <translation>Casus doorgegeven aan een andere cel</translation>
        </message>
        <message>
            <source>Access trail verified</source>
            <translation>Toegangslogboek gecontroleerd</translation>
        </message>
        <message>
            <source>{thing} created</source>
            <translation>{thing} aangemaakt</translation>
        </message>
        <message>
            <source>{thing} changed</source>
            <translation>{thing} gewijzigd</translation>
        </message>
        <message>
            <source>{thing} archived</source>
            <translation>{thing} gearchiveerd</translation>
        </message>
        <message>
            <source>{thing} deleted</source>
            <translation>{thing} verwijderd</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>(details removed by a purge)</source>
            <translation>(details verwijderd bij het wissen)</translation>
        </message>
        <message>
            <source>Access trail</source>
            <translation>Toegangslogboek</translation>
        </message>
        <message>
            <source>Every unlock, lock, opened case file, revealed identity, change, export, backup and restore, with ids and codes only. Entries cannot be changed or removed; each carries the fingerprint of the one before, so any tampering shows when the trail is verified.</source>
            <translation>Elke ontgrendeling, vergrendeling, geopende casus, getoonde identiteit, wijziging, export, back-up en terugzetting, alleen met id's en codes. Regels kunnen niet gewijzigd of verwijderd worden; elke regel draagt de vingerafdruk van de vorige, zodat elke manipulatie zichtbaar wordt bij het controleren van het logboek.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tot</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>elke datum</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Casuscode</translation>
        </message>
        <message>
            <source>e.g. 2026-004</source>
            <translation>bv. 2026-004</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Alles tonen</translation>
        </message>
        <message>
            <source>Verify trail</source>
            <translation>Logboek controleren</translation>
        </message>
        <message>
            <source>Export PDF for the DPO...</source>
            <translation>PDF voor de DPO exporteren...</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Alle gebeurtenissen</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries</source>
            <translation>
                <numerusform>{shown} van %n registratie</numerusform>
                <numerusform>{shown} van %n registraties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The trail is intact: %n entries verified.</source>
            <translation>
                <numerusform>Het spoor is intact: %n registratie gecontroleerd.</numerusform>
                <numerusform>Het spoor is intact: %n registraties gecontroleerd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chain verified: %n entries, intact.</source>
            <translation>
                <numerusform>Keten gecontroleerd: %n registratie, intact.</numerusform>
                <numerusform>Keten gecontroleerd: %n registraties, intact.</numerusform>
            </translation>
        </message>
        <message>
            <source>The trail has been tampered with: entry {seq} or the one before it was changed, removed or moved. Inform the data-protection officer.</source>
            <translation>Er werd met het logboek geknoeid: regel {seq} of de regel ervoor werd gewijzigd, verwijderd of verplaatst. Verwittig de functionaris voor gegevensbescherming.</translation>
        </message>
        <message>
            <source>Counting entries...</source>
            <translation>Registraties tellen...</translation>
        </message>
        <message>
            <source>Verifying the trail...</source>
            <translation>Logboek wordt gecontroleerd...</translation>
        </message>
        <message>
            <source>Export the access trail</source>
            <translation>Toegangslogboek exporteren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Access trail exported.</source>
            <translation>Toegangslogboek geëxporteerd.</translation>
        </message>
        <message>
            <source>Period: {start} to {end}. Event: {kind}. Case code: {case}.</source>
            <translation>Periode: {start} tot {end}. Gebeurtenis: {kind}. Casuscode: {case}.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Chain verification FAILED at entry {seq}: the trail was tampered with.</source>
            <translation>Controle van de keten MISLUKT bij regel {seq}: er werd met het logboek geknoeid.</translation>
        </message>
        <message>
            <source>Access trail of the LIVC register of {municipalities}</source>
            <translation>Toegangslogboek van het LIVC-register van {municipalities}</translation>
        </message>
        <message>
            <source>Fingerprint of the newest entry (keep it to compare later): {hash}</source>
            <translation>Vingerafdruk van de nieuwste regel (bewaar hem om later te vergelijken): {hash}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum en uur</translation>
        </message>
        <message>
            <source>Details (ids and codes)</source>
            <translation>Details (id's en codes)</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>Geen regels voldoen aan deze filters.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL - for the data-protection officer</source>
            <translation>VERTROUWELIJK - voor de functionaris voor gegevensbescherming</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
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
            <translation>Datum en uur</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Casuscode</translation>
        </message>
        <message>
            <source>Details (ids and codes)</source>
            <translation>Details (id's en codes)</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Make backup...</source>
            <translation>Back-up maken...</translation>
        </message>
        <message>
            <source>Write an encrypted copy of the register</source>
            <translation>Een versleutelde kopie van het register schrijven</translation>
        </message>
        <message>
            <source>Verify backup...</source>
            <translation>Back-up controleren...</translation>
        </message>
        <message>
            <source>Check a backup file without restoring it</source>
            <translation>Een back-upbestand controleren zonder het terug te zetten</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Terugzetten...</translation>
        </message>
        <message>
            <source>Replace the register by a backup</source>
            <translation>Het register vervangen door een back-up</translation>
        </message>
        <message>
            <source>The register was restored. Its passphrase has changed: from now on it opens only with the passphrase of the backup, not with the one used until now. Tell everyone who opens this register.</source>
            <translation>Het register is teruggezet. De wachtwoordzin is veranderd: vanaf nu opent het register alleen nog met de wachtwoordzin van de back-up, niet meer met de wachtwoordzin die tot nu toe gebruikt werd. Laat het weten aan iedereen die dit register opent.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <source>The register was restored. Unlock it with the passphrase of the backup.</source>
            <translation>Het register werd teruggezet. Ontgrendel het met de wachtwoordzin van de back-up.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>File: {name}</source>
            <translation>Bestand: {name}</translation>
        </message>
        <message>
            <source>Made on: {created}</source>
            <translation>Gemaakt op: {created}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>Program version: {version}, register version {schema}</source>
            <translation>Programmaversie: {version}, registerversie {schema}</translation>
        </message>
        <message>
            <source>Protected by a separate backup passphrase.</source>
            <translation>Beveiligd met een aparte back-upwachtwoordzin.</translation>
        </message>
        <message>
            <source>Its manifest is missing; the content was checked.</source>
            <translation>Het manifest ontbreekt; de inhoud werd gecontroleerd.</translation>
        </message>
        <message>
            <source>Its manifest is not sealed (made by an older version, or the seal was removed): its details cannot be proven; the content was checked.</source>
            <translation>Het manifest is niet verzegeld (gemaakt door een oudere versie, of het zegel is verwijderd): de gegevens ervan zijn niet te bewijzen; de inhoud is nagekeken.</translation>
        </message>
        <message>
            <source>Warning: the register's access trail no longer contains this backup's newest entry; entries were removed or rewritten since it was made.</source>
            <translation>Let op: het toegangslogboek van het register bevat de nieuwste regel van deze back-up niet meer; sinds de back-up zijn regels verwijderd of herschreven.</translation>
        </message>
        <message>
            <source>Made by an older version: it will be brought up to date.</source>
            <translation>Gemaakt met een oudere versie: ze wordt bijgewerkt.</translation>
        </message>
        <message>
            <source>Rows per table:</source>
            <translation>Rijen per tabel:</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>No backup yet: make one (File &gt; Make backup).</source>
            <translation>Nog geen back-up: maak er een (Bestand &gt; Back-up maken).</translation>
        </message>
        <message>
            <source>Last backup: today</source>
            <translation>Laatste back-up: vandaag</translation>
        </message>
        <message>
            <source>Last backup: yesterday</source>
            <translation>Laatste back-up: gisteren</translation>
        </message>
        <message>
            <source>Last backup: {days} days ago</source>
            <translation>Laatste back-up: {days} dagen geleden</translation>
        </message>
        <message>
            <source>{age} (older than {limit} days: make a new one)</source>
            <translation>{age} (ouder dan {limit} dagen: maak een nieuwe)</translation>
        </message>
        <message>
            <source>Automatic backup</source>
            <translation>Automatische back-up</translation>
        </message>
        <message>
            <source>There is no backup of this register yet. Make one now?</source>
            <translation>Er is nog geen back-up van dit register. Nu een back-up maken?</translation>
        </message>
        <message>
            <source>The last backup is {age} days old (older than {days} days). Make one now?</source>
            <translation>De laatste back-up is {age} dagen oud (ouder dan {days} dagen). Nu een back-up maken?</translation>
        </message>
        <message>
            <source>Make backup</source>
            <translation>Back-up maken</translation>
        </message>
    </context>
    <context>
        <name>CaseEditDialog</name>
        <message>
            <source>New case</source>
            <translation>Nieuwe casus</translation>
        </message>
        <message>
            <source>Edit case {code}</source>
            <translation>Casus {code} bewerken</translation>
        </message>
        <message>
            <source>A pseudonym, never the real name</source>
            <translation>Een pseudoniem, nooit de echte naam</translation>
        </message>
        <message>
            <source>— none yet —</source>
            <translation>— nog geen —</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Geopend op</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudoniem</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Lead partner (case manager)</source>
            <translation>Trekkende partner (casemanager)</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
    </context>
    <context>
        <name>CaseFileDialog</name>
        <message>
            <source>Change flag…</source>
            <translation>Vlag wijzigen…</translation>
        </message>
        <message>
            <source>Change phase…</source>
            <translation>Fase wijzigen…</translation>
        </message>
        <message>
            <source>Edit case data…</source>
            <translation>Casusgegevens bewerken…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <source>Add partner…</source>
            <translation>Partner toevoegen…</translation>
        </message>
        <message>
            <source>Partner leaves…</source>
            <translation>Partner stapt uit…</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Caseteam</translation>
        </message>
        <message>
            <source>New measure…</source>
            <translation>Nieuwe maatregel…</translation>
        </message>
        <message>
            <source>Follow up…</source>
            <translation>Opvolgen…</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <source>New information…</source>
            <translation>Nieuwe informatie…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Verbeteren…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <source>Flag history</source>
            <translation>Vlaggengeschiedenis</translation>
        </message>
        <message>
            <source>Linked signals</source>
            <translation>Gekoppelde signalen</translation>
        </message>
        <message>
            <source>Privacy mode</source>
            <translation>Privacymodus</translation>
        </message>
        <message>
            <source>Mask the identity and what was observed (Ctrl+Shift+P)</source>
            <translation>De identiteit en wat werd vastgesteld maskeren (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Subject access PDF…</source>
            <translation>PDF inzageverzoek…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudoniem</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Geopend op</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Lead partner (case manager)</source>
            <translation>Trekkende partner (casemanager)</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Volgende herbeoordeling</translation>
        </message>
        <message>
            <source>Last weighed</source>
            <translation>Laatst gewogen</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Afsluiting</translation>
        </message>
        <message>
            <source>Also followed by</source>
            <translation>Ook gevolgd door</translation>
        </message>
        <message>
            <source>Add cooperation…</source>
            <translation>Samenwerking toevoegen…</translation>
        </message>
        <message>
            <source>Identity of the person concerned</source>
            <translation>Identiteit van de betrokkene</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>School of werk</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Reveal identity</source>
            <translation>Identiteit tonen</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>Edit identity…</source>
            <translation>Identiteit bewerken…</translation>
        </message>
        <message>
            <source>Case {code}</source>
            <translation>Casus {code}</translation>
        </message>
        <message>
            <source>Handed to {whom} on {date}</source>
            <translation>Overgedragen aan {whom} op {date}</translation>
        </message>
        <message>
            <source>Hidden. Revealing the identity is recorded in the access trail.</source>
            <translation>Verborgen. Het tonen van de identiteit wordt in het toegangslogboek vastgelegd.</translation>
        </message>
        <message>
            <source>Masked: privacy mode is on.</source>
            <translation>Gemaskeerd: privacymodus staat aan.</translation>
        </message>
        <message>
            <source>Shown (recorded).</source>
            <translation>Getoond (vastgelegd).</translation>
        </message>
    </context>
    <context>
        <name>CaseImportDialog</name>
        <message>
            <source>Import a case from another cell</source>
            <translation>Casus van een andere cel importeren</translation>
        </message>
        <message>
            <source>Choose the package the other cell sent and type the passphrase they gave you by phone. You see what it holds before anything is saved; it becomes a new case with its own code, marked as received from that cell.</source>
            <translation>Kies het pakket dat de andere cel stuurde en typ de wachtwoordzin die ze je telefonisch gaven. Je ziet wat erin zit voor er iets bewaard wordt; het wordt een nieuwe casus met een eigen code, gemarkeerd als ontvangen van die cel.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Show contents</source>
            <translation>Inhoud tonen</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Pakketbestand</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <source>Contents of the package</source>
            <translation>Inhoud van het pakket</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Ontvangen van</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Their case code</source>
            <translation>Hun casuscode</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Geopend op</translation>
        </message>
        <message>
            <source>Phase and flag</source>
            <translation>Fase en vlag</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identiteit</translation>
        </message>
        <message>
            <source>Import as a new case</source>
            <translation>Importeren als nieuwe casus</translation>
        </message>
        <message>
            <source>Case package (*{suffix})</source>
            <translation>Casuspakket (*{suffix})</translation>
        </message>
        <message>
            <source>the cell of {cell}, on {date}</source>
            <translation>de cel van {cell}, op {date}</translation>
        </message>
        <message>
            <source>{phase} since {phase_since}; flag: {flag}</source>
            <translation>{phase} sinds {phase_since}; vlag: {flag}</translation>
        </message>
        <message>
            <source>Flag decisions: {flags}; phase changes: {phases}; measures: {measures}</source>
            <translation>Vlagbeslissingen: {flags}; fasewijzigingen: {phases}; maatregelen: {measures}</translation>
        </message>
        <message>
            <source>Included (shown in the case file only when revealed)</source>
            <translation>Meegestuurd (in het casusdossier alleen zichtbaar na onthullen)</translation>
        </message>
        <message>
            <source>Not included</source>
            <translation>Niet meegestuurd</translation>
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <source>Green</source>
            <translation>Groen</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Geel</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rood</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Zwart</translation>
        </message>
        <message>
            <source>Signal checked: no concern, or protective factors dominate.</source>
            <translation>Signaal nagegaan: geen zorg, of beschermende factoren overwegen.</translation>
        </message>
        <message>
            <source>Worrying but ambiguous.</source>
            <translation>Zorgwekkend maar niet eenduidig.</translation>
        </message>
        <message>
            <source>Serious concern.</source>
            <translation>Ernstige zorg.</translation>
        </message>
        <message>
            <source>Acute danger or a likely offence: outside the cell's preventive remit.</source>
            <translation>Acuut gevaar of een waarschijnlijk misdrijf: buiten de preventieve opdracht van de cel.</translation>
        </message>
        <message>
            <source>Close the case or keep the partners informed.</source>
            <translation>Sluit de casus af of houd de partners op de hoogte.</translation>
        </message>
        <message>
            <source>A social partner monitors; weigh again at the next meeting.</source>
            <translation>Een sociale partner volgt op; opnieuw wegen op de volgende vergadering.</translation>
        </message>
        <message>
            <source>Active joint approach with an action plan (social, police or mixed).</source>
            <translation>Actieve gezamenlijke aanpak met een actieplan (sociaal, politioneel of gemengd).</translation>
        </message>
        <message>
            <source>Hand over to the police, the prosecutor or the LTF and record only the hand-over.</source>
            <translation>Overdragen aan de politie, het parket of de LTF en enkel de overdracht registreren.</translation>
        </message>
        <message>
            <source>Not weighed</source>
            <translation>Niet gewogen</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Aanmelding</translation>
        </message>
        <message>
            <source>File building</source>
            <translation>Dossiervorming</translation>
        </message>
        <message>
            <source>Weighing</source>
            <translation>Weging</translation>
        </message>
        <message>
            <source>Approach</source>
            <translation>Aanpak</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Nog niet beslist</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Sociaal</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Politioneel</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Gemengd</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Uitgevoerd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Geschrapt</translation>
        </message>
        <message>
            <source>Case team only</source>
            <translation>Enkel het caseteam</translation>
        </message>
        <message>
            <source>Whole cell</source>
            <translation>Hele cel</translation>
        </message>
        <message>
            <source>Entered in error</source>
            <translation>Verkeerd ingevoerd</translation>
        </message>
        <message>
            <source>Belongs to another case</source>
            <translation>Hoort bij een andere casus</translation>
        </message>
        <message>
            <source>Duplicate of another item</source>
            <translation>Dubbel van andere informatie</translation>
        </message>
        <message>
            <source>The source partner withdrew consent</source>
            <translation>De bronpartner trok de toestemming in</translation>
        </message>
        <message>
            <source>No (longer any) concern</source>
            <translation>Geen zorg (meer)</translation>
        </message>
        <message>
            <source>Goals of the approach reached</source>
            <translation>Doelen van de aanpak bereikt</translation>
        </message>
        <message>
            <source>Person moved away</source>
            <translation>Betrokkene is verhuisd</translation>
        </message>
        <message>
            <source>Handed over (black flag)</source>
            <translation>Overgedragen (zwarte vlag)</translation>
        </message>
        <message>
            <source>Person refuses support</source>
            <translation>Betrokkene weigert ondersteuning</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Andere reden</translation>
        </message>
        <message>
            <source>Another LIVC</source>
            <translation>Een andere LIVC</translation>
        </message>
        <message>
            <source>Local Task Force (LTF)</source>
            <translation>Lokale Taskforce (LTF)</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Rode vlag</translation>
        </message>
        <message>
            <source>Not weighed for too long</source>
            <translation>Te lang niet gewogen</translation>
        </message>
        <message>
            <source>Review date reached</source>
            <translation>Herbeoordelingsdatum bereikt</translation>
        </message>
        <message>
            <source>Measure due</source>
            <translation>Maatregel vervalt</translation>
        </message>
        <message>
            <source>Flag: weigh again at the next meeting</source>
            <translation>Vlag: opnieuw wegen op de volgende vergadering</translation>
        </message>
        <message>
            <source>Registration form</source>
            <translation>Aanmeldingsformulier</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Informal contact</source>
            <translation>Informeel contact</translation>
        </message>
        <message>
            <source>Signalling consultation</source>
            <translation>Signaaloverleg</translation>
        </message>
        <message>
            <source>LTF information sheet</source>
            <translation>Informatiefiche LTF</translation>
        </message>
        <message>
            <source>Neighbouring LIVC</source>
            <translation>Naburige LIVC</translation>
        </message>
        <message>
            <source>Other channel</source>
            <translation>Ander kanaal</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>Awaiting weighing</source>
            <translation>Wacht op weging</translation>
        </message>
        <message>
            <source>Became a case</source>
            <translation>Werd een casus</translation>
        </message>
        <message>
            <source>Handed to a partner</source>
            <translation>Doorgegeven aan een partner</translation>
        </message>
        <message>
            <source>Not retained</source>
            <translation>Niet weerhouden</translation>
        </message>
        <message>
            <source>Not registered (no consent)</source>
            <translation>Niet geregistreerd (geen toestemming)</translation>
        </message>
        <message>
            <source>Becomes a case</source>
            <translation>Wordt een casus</translation>
        </message>
        <message>
            <source>Closed as not retained</source>
            <translation>Afgesloten als niet weerhouden</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signaal</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Vlag</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Measure agreed</source>
            <translation>Maatregel afgesproken</translation>
        </message>
        <message>
            <source>Measure followed up</source>
            <translation>Maatregel opgevolgd</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <source>Meeting decision</source>
            <translation>Beslissing van de vergadering</translation>
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
            <translation>Pseudoniem</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Vlag</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Lead partner</source>
            <translation>Trekkende partner</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Volgende herbeoordeling</translation>
        </message>
        <message>
            <source>Open measures</source>
            <translation>Open maatregelen</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source>{open} ({overdue} overdue)</source>
            <translation>{open} ({overdue} te laat)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Melder</translation>
        </message>
        <message>
            <source>Person (initials)</source>
            <translation>Betrokkene (initialen)</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringendheid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Vastgesteld</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <source>Responsible partner</source>
            <translation>Verantwoordelijke partner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>{status}, overdue</source>
            <translation>{status}, te laat</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Source partner</source>
            <translation>Bronpartner</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Delen met</translation>
        </message>
        <message>
            <source>Secret-covered</source>
            <translation>Beroepsgeheim</translation>
        </message>
        <message>
            <source>Not for minutes</source>
            <translation>Niet voor de notulen</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Beslist door</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Next review / hand-over</source>
            <translation>Volgende herbeoordeling / overdracht</translation>
        </message>
        <message>
            <source>Handed to {whom} on {date}</source>
            <translation>Overgedragen aan {whom} op {date}</translation>
        </message>
        <message>
            <source>Meeting #{id}</source>
            <translation>Vergadering #{id}</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Toegetreden</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Uitgestapt</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Partner / decided by</source>
            <translation>Partner / beslist door</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>CaseOverviewPanel</name>
        <message numerus="yes">
            <source>The first {shown} of %n are listed.</source>
            <translation>
                <numerusform>De eerste {shown} van %n staan in de lijst.</numerusform>
                <numerusform>De eerste {shown} van %n staan in de lijst.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signals and flags</source>
            <translation>Signalen en vlaggen</translation>
        </message>
        <message>
            <source>Signals awaiting weighing</source>
            <translation>Signalen die wachten op weging</translation>
        </message>
        <message>
            <source>Cases by phase</source>
            <translation>Casussen per fase</translation>
        </message>
        <message>
            <source>Open cases by flag over time</source>
            <translation>Open casussen per vlag in de tijd</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Grafiek</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Open cases by flag over time, as a table</source>
            <translation>Open casussen per vlag in de tijd, als tabel</translation>
        </message>
        <message>
            <source>Cases due for review</source>
            <translation>Casussen aan herbeoordeling toe</translation>
        </message>
        <message>
            <source>Overdue measures</source>
            <translation>Maatregelen over tijd</translation>
        </message>
        <message>
            <source>Show all in the case list</source>
            <translation>Alle tonen in de casuslijst</translation>
        </message>
        <message>
            <source>No flag decisions yet.</source>
            <translation>Nog geen vlagbeslissingen.</translation>
        </message>
        <message>
            <source>Open cases per month from {first} to {last}. In the last month: {now}. The Table tab lists every month.</source>
            <translation>Open casussen per maand van {first} tot {last}. In de laatste maand: {now}. Het tabblad Tabel toont elke maand.</translation>
        </message>
    </context>
    <context>
        <name>CaseSettingsPanel</name>
        <message>
            <source>A case is due for review after this many weeks without weighing</source>
            <translation>Een casus is aan herbeoordeling toe na zoveel weken zonder weging</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weken</translation>
        </message>
        <message>
            <source>Flag: {flag}</source>
            <translation>Vlag: {flag}</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Default response</source>
            <translation>Standaardreactie</translation>
        </message>
        <message>
            <source>Save case settings</source>
            <translation>Casusinstellingen bewaren</translation>
        </message>
        <message>
            <source>Case settings</source>
            <translation>Casusinstellingen</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryBox</name>
        <message>
            <source>Case {code}</source>
            <translation>Casus {code}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>not weighed yet</source>
            <translation>nog niet gewogen</translation>
        </message>
        <message>
            <source>(since {date})</source>
            <translation>(sinds {date})</translation>
        </message>
        <message>
            <source>Flag: {flag}</source>
            <translation>Vlag: {flag}</translation>
        </message>
        <message>
            <source>Phase: {phase}</source>
            <translation>Fase: {phase}</translation>
        </message>
        <message>
            <source>Team: {names}</source>
            <translation>Team: {names}</translation>
        </message>
        <message>
            <source>Open measures: {count}</source>
            <translation>Open maatregelen: {count}</translation>
        </message>
        <message>
            <source>Next review: {date}</source>
            <translation>Volgende herziening: {date}</translation>
        </message>
        <message>
            <source>Last decision: {what}</source>
            <translation>Laatste beslissing: {what}</translation>
        </message>
        <message>
            <source>Last decision: {what} on {date}</source>
            <translation>Laatste beslissing: {what} op {date}</translation>
        </message>
    </context>
    <context>
        <name>CaseTransfer</name>
        <message>
            <source>Consent of the person concerned to the transfer</source>
            <translation>Toestemming van de betrokkene voor de overdracht</translation>
        </message>
        <message>
            <source>Joint case consultation of both cells (art. 458ter Criminal Code)</source>
            <translation>Gezamenlijk casusoverleg van beide cellen (art. 458ter Strafwetboek)</translation>
        </message>
        <message>
            <source>State of necessity: a serious and imminent danger</source>
            <translation>Noodtoestand: een ernstig en dreigend gevaar</translation>
        </message>
        <message>
            <source>A statutory duty or a request of the judicial authorities</source>
            <translation>Een wettelijke plicht of een vraag van de gerechtelijke overheid</translation>
        </message>
        <message>
            <source>Cell of {cell}</source>
            <translation>Cel van {cell}</translation>
        </message>
        <message>
            <source>Decided by the sending cell; received with the case transfer.</source>
            <translation>Beslist door de verzendende cel; ontvangen met de overdracht van de casus.</translation>
        </message>
        <message>
            <source>Measure by {organisation} (received with the case transfer)</source>
            <translation>Maatregel door {organisation} (ontvangen met de overdracht van de casus)</translation>
        </message>
    </context>
    <context>
        <name>CaseTransferDialog</name>
        <message>
            <source>Pass case {code} on to another cell</source>
            <translation>Casus {code} doorgeven aan een andere cel</translation>
        </message>
        <message>
            <source>The law of 30 July 2018 does not organise passing a case on, and everyone who took part stays bound by professional secrecy (art. 458ter Criminal Code). Only the structure of the case leaves: its code, flags and phases with their dates, the measures as partner organisation and status, the follow-up type and your contact. No notes, justifications, information items or secret-covered content ever leave. The package is encrypted with a one-time passphrase that is shown once: give it by phone, never with the file.</source>
            <translation>De wet van 30 juli 2018 regelt het doorgeven van een casus niet, en wie deelnam blijft gebonden door het beroepsgeheim (art. 458ter Strafwetboek). Alleen de structuur van de casus gaat mee: de code, vlaggen en fasen met hun data, de maatregelen als partnerorganisatie en status, het type opvolging en jouw contactgegevens. Notities, motiveringen, informatie-items of inhoud onder beroepsgeheim gaan nooit mee. Het pakket wordt versleuteld met een eenmalige wachtwoordzin die één keer getoond wordt: geef die telefonisch door, nooit samen met het bestand.</translation>
        </message>
        <message>
            <source>Choose the legal basis…</source>
            <translation>Kies de rechtsgrond…</translation>
        </message>
        <message>
            <source>e.g. BGM/2026/014</source>
            <translation>bv. BGM/2026/014</translation>
        </message>
        <message>
            <source>Include the identity of the person concerned</source>
            <translation>De identiteit van de betrokkene meesturen</translation>
        </message>
        <message>
            <source>This case has no identity recorded.</source>
            <translation>Voor deze casus is geen identiteit geregistreerd.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rechtsgrond</translation>
        </message>
        <message>
            <source>Mayor's approval on</source>
            <translation>Akkoord van de burgemeester op</translation>
        </message>
        <message>
            <source>Reference of the approval</source>
            <translation>Referentie van het akkoord</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Jouw e-mailadres</translation>
        </message>
        <message>
            <source>Your phone number</source>
            <translation>Jouw telefoonnummer</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Pakketbestand</translation>
        </message>
        <message>
            <source>Write package</source>
            <translation>Pakket schrijven</translation>
        </message>
        <message>
            <source>Case package (*{suffix})</source>
            <translation>Casuspakket (*{suffix})</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Cases</source>
            <translation>Casussen</translation>
        </message>
        <message>
            <source>Search code, pseudonym or information…</source>
            <translation>Zoek op code, pseudoniem of informatie…</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Nieuwe casus…</translation>
        </message>
        <message>
            <source>Open case file</source>
            <translation>Casusdossier openen</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Vlag</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Team partner</source>
            <translation>Partner in caseteam</translation>
        </message>
        <message>
            <source>Due for review</source>
            <translation>Aan herbeoordeling toe</translation>
        </message>
        <message>
            <source>Overdue measures</source>
            <translation>Maatregelen over tijd</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open casussen</translation>
        </message>
        <message numerus="yes">
            <source>Counting the cases found… (%n in the register)</source>
            <translation>
                <numerusform>De gevonden casussen worden geteld… (%n in het register)</numerusform>
                <numerusform>De gevonden casussen worden geteld… (%n in het register)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n cases shown</source>
            <translation>
                <numerusform>{shown} van %n casus getoond</numerusform>
                <numerusform>{shown} van %n casussen getoond</numerusform>
            </translation>
        </message>
    </context>
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
            <source>Integrity check FAILED: the register is damaged. Restore the latest backup: File → Restore…</source>
            <translation>Integriteitscontrole MISLUKT: het register is beschadigd. Zet de recentste back-up terug: Bestand → Terugzetten…</translation>
        </message>
        <message>
            <source>Access trail check FAILED: entry {seq} was changed, removed or inserted after it was written.</source>
            <translation>Controle van het toegangsspoor MISLUKT: regel {seq} is na het schrijven gewijzigd, verwijderd of ingevoegd.</translation>
        </message>
        <message>
            <source>Warning: the register's access trail no longer contains this backup's newest entry: entries were removed or rewritten since the backup was made.</source>
            <translation>Let op: het toegangsspoor van het register bevat de nieuwste regel van deze back-up niet meer: sinds de back-up zijn regels verwijderd of herschreven.</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Wachtwoordzin: </translation>
        </message>
        <message>
            <source>Backup passphrase: </source>
            <translation>Wachtwoordzin van de back-up: </translation>
        </message>
        <message>
            <source>Repeat the backup passphrase: </source>
            <translation>Herhaal de wachtwoordzin van de back-up: </translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>Back-up geschreven en gecontroleerd: {path}</translation>
        </message>
        <message>
            <source>The backup is intact and opens with this passphrase.</source>
            <translation>De back-up is intact en opent met deze wachtwoordzin.</translation>
        </message>
        <message>
            <source>Replace the register at {path} by this backup? The current register is kept as a safety copy. [y/N] </source>
            <translation>Het register in {path} vervangen door deze back-up? Het huidige register wordt als veiligheidskopie bewaard. [j/N] </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Er werd niets gewijzigd.</translation>
        </message>
        <message>
            <source>Safety copy of the previous register: {path}</source>
            <translation>Veiligheidskopie van het vorige register: {path}</translation>
        </message>
        <message>
            <source>Register restored from the backup: {path}</source>
            <translation>Register teruggezet uit de back-up: {path}</translation>
        </message>
        <message>
            <source>The register's passphrase has changed: it now opens only with the backup's passphrase.</source>
            <translation>De wachtwoordzin van het register is gewijzigd: het opent nu alleen nog met de wachtwoordzin van de back-up.</translation>
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
        <message>
            <source>--encrypt needs --per-recipient.</source>
            <translation>--encrypt vereist --per-recipient.</translation>
        </message>
        <message>
            <source>With --per-recipient, --out is a folder.</source>
            <translation>Met --per-recipient is --out een map.</translation>
        </message>
        <message>
            <source>The output file must end in .pdf.</source>
            <translation>Het uitvoerbestand moet op .pdf eindigen.</translation>
        </message>
        <message>
            <source>There is no adopted version {number} of the house rules.</source>
            <translation>Er is geen goedgekeurde versie {number} van het huishoudelijk reglement.</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Geschreven: {path}</translation>
        </message>
        <message>
            <source>Minutes written: {path}</source>
            <translation>Notulen geschreven: {path}</translation>
        </message>
        <message>
            <source>No passphrase was given: type it at the prompt, or pipe it in with --passphrase-stdin.</source>
            <translation>Er is geen wachtwoordzin opgegeven: typ hem bij de vraag, of geef hem via standaardinvoer met --passphrase-stdin.</translation>
        </message>
        <message>
            <source>The CSV file must end in .csv.</source>
            <translation>Het CSV-bestand moet eindigen op .csv.</translation>
        </message>
        <message>
            <source>There is no annual report for {year}: choose a year from {first} to {last}.</source>
            <translation>Er is geen jaarverslag voor {year}: kies een jaar van {first} tot {last}.</translation>
        </message>
        <message>
            <source>Annual report written: {path}</source>
            <translation>Jaarverslag geschreven: {path}</translation>
        </message>
        <message>
            <source>The package file must end in {suffix}.</source>
            <translation>Het pakketbestand moet eindigen op {suffix}.</translation>
        </message>
        <message>
            <source>Give the approval date as YYYY-MM-DD.</source>
            <translation>Geef de datum van het akkoord als JJJJ-MM-DD.</translation>
        </message>
        <message>
            <source>There is no case {code} in this register.</source>
            <translation>Er is geen casus {code} in dit register.</translation>
        </message>
        <message>
            <source>Case package written: {path}</source>
            <translation>Casuspakket geschreven: {path}</translation>
        </message>
        <message>
            <source>One-time passphrase (shown only now; give it by phone, never with the file): {passphrase}</source>
            <translation>Eenmalige wachtwoordzin (alleen nu getoond; geef ze telefonisch door, nooit met het bestand): {passphrase}</translation>
        </message>
        <message>
            <source>From: the cell of {cell} (officer: {officer}), sent on {date}</source>
            <translation>Van: de cel van {cell} (ambtenaar: {officer}), verzonden op {date}</translation>
        </message>
        <message>
            <source>Their case code: {code}</source>
            <translation>Hun casuscode: {code}</translation>
        </message>
        <message>
            <source>Phase: {phase}; flag: {flag}; follow-up: {follow_up}</source>
            <translation>Fase: {phase}; vlag: {flag}; opvolging: {follow_up}</translation>
        </message>
        <message>
            <source>Flag decisions: {flags}; phase changes: {phases}; measures: {measures}</source>
            <translation>Vlagbeslissingen: {flags}; fasewijzigingen: {phases}; maatregelen: {measures}</translation>
        </message>
        <message>
            <source>Identity of the person included: {answer}</source>
            <translation>Identiteit van de betrokkene meegestuurd: {answer}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Passphrase of the package: </source>
            <translation>Wachtwoordzin van het pakket: </translation>
        </message>
        <message>
            <source>Imported as case {code}.</source>
            <translation>Geïmporteerd als casus {code}.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare two versions</source>
            <translation>Twee versies vergelijken</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>Versie {number}</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Woorden</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Naar</translation>
        </message>
        <message>
            <source>Compare by</source>
            <translation>Vergelijken per</translation>
        </message>
        <message>
            <source>Struck through in red: removed. Underlined in green: added.</source>
            <translation>Rood doorgehaald: geschrapt. Groen onderlijnd: toegevoegd.</translation>
        </message>
        <message>
            <source>Differences between the two versions</source>
            <translation>Verschillen tussen de twee versies</translation>
        </message>
        <message>
            <source>No changes in this chapter.</source>
            <translation>Geen wijzigingen in dit hoofdstuk.</translation>
        </message>
    </context>
    <context>
        <name>CompositionWarningsPanel</name>
        <message>
            <source>The cell's composition is incomplete</source>
            <translation>De samenstelling van de cel is onvolledig</translation>
        </message>
        <message>
            <source>The fixed members of the cell are all present.</source>
            <translation>De vaste leden van de cel zijn allemaal aanwezig.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Holds a security clearance (police)</source>
            <translation>Heeft een veiligheidsmachtiging (politie)</translation>
        </message>
        <message>
            <source>No longer active (archived)</source>
            <translation>Niet meer actief (gearchiveerd)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Voorkeurstaal</translation>
        </message>
    </context>
    <context>
        <name>CooperationDialog</name>
        <message>
            <source>Also followed by</source>
            <translation>Ook gevolgd door</translation>
        </message>
        <message>
            <source>Followed by</source>
            <translation>Gevolgd door</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Date of exchange</source>
            <translation>Datum van uitwisseling</translation>
        </message>
    </context>
    <context>
        <name>CopyTableModel</name>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Ontvanger</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Mail</translation>
        </message>
        <message>
            <source>not protected</source>
            <translation>niet beveiligd</translation>
        </message>
    </context>
    <context>
        <name>DateEdits</name>
        <message>
            <source>no date</source>
            <translation>geen datum</translation>
        </message>
        <message>
            <source>no time</source>
            <extracomment>The lowest time of an optional time editor stands for "no time" (no meeting starts at midnight).</extracomment>
            <translation>geen uur</translation>
        </message>
    </context>
    <context>
        <name>Destinations</name>
        <message>
            <source>This folder is synchronised with {service}: what is saved here is copied to the provider's servers and to every device signed in to that account. Information about persons must stay with the municipality.</source>
            <translation>Deze map wordt gesynchroniseerd met {service}: wat hier bewaard wordt, wordt gekopieerd naar de servers van de aanbieder en naar elk toestel dat met dat account aangemeld is. Gegevens over personen moeten bij de gemeente blijven.</translation>
        </message>
        <message>
            <source>This folder is on the same drive as the register: a stolen laptop or a broken disk takes the backup along. Prefer a USB drive kept in the municipal safe, or a network share.</source>
            <translation>Deze map staat op dezelfde schijf als het register: een gestolen laptop of een kapotte schijf neemt de back-up mee. Gebruik liever een USB-schijf die in de kluis van de gemeente bewaard wordt, of een netwerkmap.</translation>
        </message>
        <message>
            <source>Save here anyway</source>
            <translation>Toch hier bewaren</translation>
        </message>
        <message>
            <source>Choose another folder</source>
            <translation>Andere map kiezen</translation>
        </message>
    </context>
    <context>
        <name>Distribution</name>
        <message>
            <source>Copy for {recipient}, {date}</source>
            <translation>Kopie voor {recipient}, {date}</translation>
        </message>
        <message>
            <source>{document} {date} - {recipient}</source>
            <translation>{document} {date} - {recipient}</translation>
        </message>
        <message>
            <source>{document} of {date}</source>
            <translation>{document} van {date}</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Beste {name},</translation>
        </message>
        <message>
            <source>Attached is your personal copy: {document} of {date}.</source>
            <translation>In bijlage vindt u uw persoonlijke kopie: {document} van {date}.</translation>
        </message>
        <message>
            <source>It is protected with a password, which you will receive separately by phone.</source>
            <translation>De kopie is beveiligd met een wachtwoord, dat u apart telefonisch krijgt.</translation>
        </message>
        <message>
            <source>This document is confidential: do not pass it on.</source>
            <translation>Dit document is vertrouwelijk: geef het niet door.</translation>
        </message>
        <message>
            <source>Kind regards,</source>
            <translation>Met vriendelijke groeten,</translation>
        </message>
    </context>
    <context>
        <name>DistributionDialog</name>
        <message>
            <source>Recipients</source>
            <translation>Ontvangers</translation>
        </message>
        <message>
            <source>Folder for the copies</source>
            <translation>Map voor de kopieën</translation>
        </message>
        <message>
            <source>Copies per recipient</source>
            <translation>Kopieën per ontvanger</translation>
        </message>
        <message>
            <source>Each member entitled to the document gets a copy of their own, with their name and organisation at the foot of every page and in the file's properties, so that a copy that leaks can be traced.</source>
            <translation>Elk lid dat recht heeft op het document krijgt een eigen kopie, met naam en organisatie onderaan elke pagina en in de eigenschappen van het bestand, zodat een gelekte kopie te herleiden is.</translation>
        </message>
        <message>
            <source>Protect each copy with a password of its own (AES-256)</source>
            <translation>Elke kopie beveiligen met een eigen wachtwoord (AES-256)</translation>
        </message>
        <message>
            <source>Five words in the recipient's language are drawn for each copy. To use your own, type it in the last column: it must be at least as strong. Give the password by phone, never in the mail that carries the file.</source>
            <translation>Voor elke kopie worden vijf woorden in de taal van de ontvanger geloot. Wilt u een eigen wachtwoord, typ het dan in de laatste kolom: het moet minstens even sterk zijn. Geef het wachtwoord telefonisch door, nooit in de mail met het bestand.</translation>
        </message>
        <message>
            <source>Save in folder:</source>
            <translation>Opslaan in map:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>Make copies</source>
            <translation>Kopieën maken</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Print password slip…</source>
            <translation>Wachtwoordbriefje afdrukken…</translation>
        </message>
        <message>
            <source>Open draft mails</source>
            <translation>Conceptmails openen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>The passwords are shown only now and are not kept anywhere: print the slip or write them down before closing. Read each one out by phone.</source>
            <translation>De wachtwoorden worden alleen nu getoond en nergens bewaard: druk het briefje af of noteer ze voor u sluit. Lees elk wachtwoord telefonisch voor.</translation>
        </message>
        <message>
            <source>No mail program that can attach files from the command line was found (Thunderbird, Outlook, Evolution, KMail). Attach the copies from the folder to your mails yourself.</source>
            <translation>Er is geen mailprogramma gevonden dat via de opdrachtregel bijlagen kan toevoegen (Thunderbird, Outlook, Evolution, KMail). Voeg de kopieën uit de map zelf toe aan uw mails.</translation>
        </message>
        <message>
            <source>A draft mail per copy can be opened in {program}.</source>
            <translation>Per kopie kan een conceptmail worden geopend in {program}.</translation>
        </message>
        <message>
            <source>Save in folder</source>
            <translation>Opslaan in map</translation>
        </message>
        <message>
            <source>Choose at least one recipient.</source>
            <translation>Kies minstens één ontvanger.</translation>
        </message>
        <message>
            <source>Choose the folder to save the copies in.</source>
            <translation>Kies de map waarin de kopieën komen.</translation>
        </message>
        <message>
            <source>The password typed for {name} is not strong enough: use at least five words (or as strong), or leave it empty to have one drawn.</source>
            <translation>Het wachtwoord voor {name} is niet sterk genoeg: gebruik minstens vijf woorden (of iets even sterks), of laat het leeg om er een te laten loten.</translation>
        </message>
        <message numerus="yes">
            <source>%n copies saved in {folder}.</source>
            <translation>
                <numerusform>%n kopie bewaard in {folder}.</numerusform>
                <numerusform>%n kopieën bewaard in {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passwords of the copies: {document} of {date}</source>
            <translation>Wachtwoorden van de kopieën: {document} van {date}</translation>
        </message>
        <message>
            <source>Read each password out by phone to its recipient only. Destroy this slip afterwards. Printed on {date}.</source>
            <translation>Lees elk wachtwoord telefonisch voor, alleen aan de eigen ontvanger. Vernietig dit briefje daarna. Afgedrukt op {date}.</translation>
        </message>
        <message>
            <source>the mail program did not start</source>
            <translation>het mailprogramma startte niet</translation>
        </message>
        <message>
            <source>draft opened, no address known</source>
            <translation>concept geopend, geen adres bekend</translation>
        </message>
        <message>
            <source>draft opened</source>
            <translation>concept geopend</translation>
        </message>
    </context>
    <context>
        <name>DistributionOverviewPanel</name>
        <message>
            <source>Documents to send</source>
            <translation>Te versturen documenten</translation>
        </message>
        <message>
            <source>Minutes of {date} ({table})</source>
            <translation>Notulen van {date} ({table})</translation>
        </message>
        <message>
            <source>Finalised minutes not yet sent:</source>
            <translation>Definitieve notulen, nog niet verstuurd:</translation>
        </message>
        <message>
            <source>{name} ({organisation}): minutes of {date}</source>
            <translation>{name} ({organisation}): notulen van {date}</translation>
        </message>
        <message>
            <source>Members without the approved minutes:</source>
            <translation>Leden zonder de goedgekeurde notulen:</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… en nog {n}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Save as…</source>
            <translation>Opslaan als…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <source>Save…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <source>Save this document as a PDF file</source>
            <translation>Dit document als pdf-bestand opslaan</translation>
        </message>
    </context>
    <context>
        <name>FeedbackConsentTableModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Instemming</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Terugkoppelingsfiche aan de politie</translation>
        </message>
        <message>
            <source>Feedback to the police about case {code}</source>
            <translation>Terugkoppeling aan de politie over casus {code}</translation>
        </message>
        <message>
            <source>This is exactly the text the police would receive: the conclusion the cell agrees to share about this case, never the account of the discussion. Agree on it first; then ask every member who took part, guests included.</source>
            <translation>Dit is precies de tekst die de politie zou krijgen: de conclusie die de cel over deze casus wil delen, nooit het verslag van de bespreking. Spreek eerst de tekst af; vraag daarna elk lid dat deelnam, gasten inbegrepen.</translation>
        </message>
        <message>
            <source>Text for the police</source>
            <translation>Tekst voor de politie</translation>
        </message>
        <message>
            <source>&amp;Conclusion or decision</source>
            <translation>&amp;Conclusie of beslissing</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Opvolging</translation>
        </message>
        <message>
            <source>Police &amp;contact</source>
            <translation>&amp;Contactpersoon politie</translation>
        </message>
        <message>
            <source>Masked: privacy mode is on.</source>
            <translation>Gemaskeerd: de privacymodus staat aan.</translation>
        </message>
        <message>
            <source>Save text (Ctrl+S)</source>
            <translation>Tekst bewaren (Ctrl+S)</translation>
        </message>
        <message>
            <source>Consent of the members who took part</source>
            <translation>Instemming van de leden die deelnamen</translation>
        </message>
        <message>
            <source>Agrees (Ctrl+1)</source>
            <translation>Stemt in (Ctrl+1)</translation>
        </message>
        <message>
            <source>Refuses (Ctrl+2)</source>
            <translation>Weigert (Ctrl+2)</translation>
        </message>
        <message>
            <source>Not asked (Ctrl+0)</source>
            <translation>Niet gevraagd (Ctrl+0)</translation>
        </message>
        <message>
            <source>Preview feedback sheet</source>
            <translation>Fiche bekijken</translation>
        </message>
        <message>
            <source>Save feedback sheet…</source>
            <translation>Fiche bewaren…</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Niet bepaald</translation>
        </message>
        <message>
            <source>A proposal from the decisions noted on this case, not saved yet: nobody can consent to it before it is saved.</source>
            <translation>Een voorstel op basis van de beslissingen over deze casus, nog niet bewaard: niemand kan ermee instemmen voor het bewaard is.</translation>
        </message>
        <message>
            <source>Changed and not saved. Saving the text resets every consent.</source>
            <translation>Gewijzigd en niet bewaard. Bewaren zet elke instemming terug.</translation>
        </message>
        <message>
            <source>Saved: the members consent to exactly this text.</source>
            <translation>Bewaard: de leden stemmen in met precies deze tekst.</translation>
        </message>
        <message>
            <source>Saving the changed text resets the consent of every participant: everyone must be asked again. Save it?</source>
            <translation>Het bewaren van de gewijzigde tekst zet de instemming van elke deelnemer terug: iedereen moet opnieuw gevraagd worden. Bewaren?</translation>
        </message>
        <message>
            <source>The text changed: every consent was reset.</source>
            <translation>De tekst is gewijzigd: elke instemming werd teruggezet.</translation>
        </message>
        <message>
            <source>Identity terms were blanked ([…]): this is the text that was saved.</source>
            <translation>Identiteitsgegevens werden weggelaten ([…]): dit is de tekst die bewaard werd.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackSheet</name>
        <message>
            <source>No feedback sheet: nobody is recorded as present. Record the attendance first.</source>
            <translation>Geen terugkoppelingsfiche: niemand staat als aanwezig genoteerd. Noteer eerst de aanwezigheden.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: the text has not been saved. Save it, then ask every participant.</source>
            <translation>Nog geen terugkoppelingsfiche: de tekst is niet bewaard. Bewaar hem en vraag dan elke deelnemer.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: the text was changed. Save it and ask every participant again.</source>
            <translation>Nog geen terugkoppelingsfiche: de tekst is gewijzigd. Bewaar hem en vraag elke deelnemer opnieuw.</translation>
        </message>
        <message>
            <source>No feedback sheet: refused by {names}.</source>
            <translation>Geen terugkoppelingsfiche: geweigerd door {names}.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: still to ask {names} ({n} of {total}).</source>
            <translation>Nog geen terugkoppelingsfiche: nog te vragen aan {names} ({n} van {total}).</translation>
        </message>
        <message>
            <source>Every participant agreed to this text: the feedback sheet can be made.</source>
            <translation>Elke deelnemer stemde in met deze tekst: de terugkoppelingsfiche kan gemaakt worden.</translation>
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
            <source>The register is kept on this computer: it must have full-disk encryption switched on (BitLocker on Windows, FileVault on a Mac, LUKS on Linux), because parts of an open register can be written to the swap or hibernation file.</source>
            <translation>Het register staat op deze computer: schijfversleuteling moet er ingeschakeld zijn (BitLocker op Windows, FileVault op een Mac, LUKS op Linux), omdat delen van een geopend register in het wissel- of sluimerbestand terecht kunnen komen.</translation>
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
        <name>FlagChangeDialog</name>
        <message>
            <source>Change flag of case {code}</source>
            <translation>Vlag van casus {code} wijzigen</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <source>e.g. local police, prosecutor, LTF</source>
            <translation>bv. lokale politie, parket, LTF</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Vlag</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Beslist op</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Beslist door</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Volgende herbeoordeling</translation>
        </message>
        <message>
            <source>Handed over to</source>
            <translation>Overgedragen aan</translation>
        </message>
        <message>
            <source>Handed over on</source>
            <translation>Overgedragen op</translation>
        </message>
        <message>
            <source>The case will be closed and everything but the hand-over (to whom, when) will be erased.</source>
            <translation>De casus wordt afgesloten en alles behalve de overdracht (aan wie, wanneer) wordt gewist.</translation>
        </message>
        <message>
            <source>A black flag hands the case over and erases its identity, information, measures and team. Only the hand-over is kept. Continue?</source>
            <translation>Een zwarte vlag draagt de casus over en wist de identiteit, informatie, maatregelen en het caseteam. Enkel de overdracht blijft bewaard. Doorgaan?</translation>
        </message>
    </context>
    <context>
        <name>FlagChart</name>
        <message>
            <source>No flag decisions yet.</source>
            <translation>Nog geen vlagbeslissingen.</translation>
        </message>
    </context>
    <context>
        <name>FlagChartTableModel</name>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
    </context>
    <context>
        <name>GuestTableModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Hoedanigheid</translation>
        </message>
        <message>
            <source>Undertaking</source>
            <translation>Verklaring</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Manual</source>
            <extracomment>Sections (anchors) every language's manual has: the pages' ids and a few screens more.</extracomment>
            <translation>Handleiding</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
    </context>
    <context>
        <name>HouseRules</name>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Composition and working</source>
            <translation>Samenstelling en werking</translation>
        </message>
        <message>
            <source>Place and frequency of meetings</source>
            <translation>Plaats en frequentie van de vergaderingen</translation>
        </message>
        <message>
            <source>Minutes and reporting</source>
            <translation>Notulen en verslaggeving</translation>
        </message>
        <message>
            <source>Information handling</source>
            <translation>Informatiehuishouding</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Huishoudelijk reglement</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>Version {number} · adopted on {date}</source>
            <translation>Versie {number} · goedgekeurd op {date}</translation>
        </message>
        <message>
            <source>Chapter {n}: {title}</source>
            <translation>Hoofdstuk {n}: {title}</translation>
        </message>
        <message>
            <source>For the members of the cell</source>
            <translation>Voor de leden van de cel</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Ondertekening</translation>
        </message>
        <message>
            <source>The representatives of the partners declare that they have read version {number} of these house rules and will keep to them.</source>
            <translation>De vertegenwoordigers van de partners verklaren dat ze versie {number} van dit huishoudelijk reglement gelezen hebben en zich eraan zullen houden.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Vertegenwoordiger</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Signed on {date}</source>
            <translation>Ondertekend op {date}</translation>
        </message>
        <message>
            <source>Confidentiality undertaking for guests</source>
            <translation>Vertrouwelijkheidsverklaring voor genodigden</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation and capacity</source>
            <translation>Organisatie en hoedanigheid</translation>
        </message>
        <message>
            <source>Meeting of</source>
            <translation>Vergadering van</translation>
        </message>
        <message>
            <source>Invited for the item</source>
            <translation>Uitgenodigd voor het punt</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Plaats en datum</translation>
        </message>
    </context>
    <context>
        <name>HouseRulesModels</name>
        <message>
            <source>Adopted</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Ontwerp</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Goedgekeurd op</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Niet ondertekend</translation>
        </message>
        <message>
            <source>Signed on {date} (version not recorded)</source>
            <translation>Ondertekend op {date} (versie niet genoteerd)</translation>
        </message>
        <message>
            <source>Version {number}, signed on {date}</source>
            <translation>Versie {number}, ondertekend op {date}</translation>
        </message>
        <message>
            <source>not the current version</source>
            <translation>niet de huidige versie</translation>
        </message>
        <message>
            <source>Not asked to sign: only active partners at a table sign.</source>
            <translation>Hoeft niet te ondertekenen: enkel actieve partners aan een tafel ondertekenen.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Ondertekend door</translation>
        </message>
        <message>
            <source>Latest signature</source>
            <translation>Laatste ondertekening</translation>
        </message>
        <message>
            <source>Current version signed</source>
            <translation>Huidige versie ondertekend</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
    </context>
    <context>
        <name>HouseRulesPage</name>
        <message>
            <source>House rules</source>
            <translation>Huishoudelijk reglement</translation>
        </message>
        <message>
            <source>Versions and text</source>
            <translation>Versies en tekst</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Ondertekeningen</translation>
        </message>
        <message>
            <source>New draft from the starting text</source>
            <translation>Nieuw ontwerp uit de starttekst</translation>
        </message>
        <message>
            <source>New draft from this version</source>
            <translation>Nieuw ontwerp uit deze versie</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Ontwerp verwijderen</translation>
        </message>
        <message>
            <source>Compare versions…</source>
            <translation>Versies vergelijken…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Ontwerp bewaren</translation>
        </message>
        <message>
            <source>Adopt…</source>
            <translation>Goedkeuren…</translation>
        </message>
        <message>
            <source>PDF with signatures…</source>
            <translation>PDF met handtekeningen…</translation>
        </message>
        <message>
            <source>Guest undertaking PDF…</source>
            <translation>PDF-verklaring voor genodigden…</translation>
        </message>
        <message>
            <source>Record a signature…</source>
            <translation>Ondertekening noteren…</translation>
        </message>
        <message>
            <source>Every active partner at one of the cell's tables signs the current version. A signature of an earlier version no longer counts.</source>
            <translation>Elke actieve partner aan een tafel van de cel ondertekent de huidige versie. Een handtekening onder een vroegere versie telt niet meer.</translation>
        </message>
        <message>
            <source>Save the changes to this draft?</source>
            <translation>De wijzigingen aan dit ontwerp bewaren?</translation>
        </message>
        <message>
            <source>No version has been adopted yet. Start a draft from the starting text, adapt it with the partners and adopt it.</source>
            <translation>Er is nog geen versie goedgekeurd. Begin een ontwerp uit de starttekst, pas het aan met de partners en keur het goed.</translation>
        </message>
        <message>
            <source>Current house rules: version {number}, adopted on {date}.</source>
            <translation>Huidig reglement: versie {number}, goedgekeurd op {date}.</translation>
        </message>
        <message numerus="yes">
            <source>%n partners have not signed it yet.</source>
            <translation>
                <numerusform>%n partner heeft ze nog niet ondertekend.</numerusform>
                <numerusform>%n partners hebben ze nog niet ondertekend.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every partner at a table has signed it.</source>
            <translation>Elke partner aan een tafel heeft ze ondertekend.</translation>
        </message>
        <message>
            <source>No version selected.</source>
            <translation>Geen versie gekozen.</translation>
        </message>
        <message>
            <source>Version {number}, adopted on {date}: frozen. To change it, make a new draft from this version.</source>
            <translation>Versie {number}, goedgekeurd op {date}: vastgelegd. Om ze te wijzigen, maak je een nieuw ontwerp uit deze versie.</translation>
        </message>
        <message>
            <source>Version {number}: draft{edited}</source>
            <translation>Versie {number}: ontwerp{edited}</translation>
        </message>
        <message>
            <source> (changed, not saved)</source>
            <translation> (gewijzigd, niet bewaard)</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Ontwerp bewaard.</translation>
        </message>
        <message>
            <source>Delete draft version {number}? Its text is lost.</source>
            <translation>Ontwerpversie {number} verwijderen? De tekst gaat verloren.</translation>
        </message>
        <message>
            <source>Version adopted.</source>
            <translation>Versie goedgekeurd.</translation>
        </message>
        <message>
            <source>Save the house rules</source>
            <translation>Huishoudelijk reglement bewaren</translation>
        </message>
        <message>
            <source>house-rules-version-{number}.pdf</source>
            <translation>huishoudelijk-reglement-versie-{number}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>Bewaard: {file}</translation>
        </message>
        <message>
            <source>Save the confidentiality undertaking</source>
            <translation>Vertrouwelijkheidsverklaring bewaren</translation>
        </message>
        <message>
            <source>confidentiality-undertaking.pdf</source>
            <translation>vertrouwelijkheidsverklaring.pdf</translation>
        </message>
    </context>
    <context>
        <name>IdentityDialog</name>
        <message>
            <source>Identity of the person concerned</source>
            <translation>Identiteit van de betrokkene</translation>
        </message>
        <message>
            <source>Date of birth known</source>
            <translation>Geboortedatum gekend</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>School of werk</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
    </context>
    <context>
        <name>ImportCaseButton</name>
        <message>
            <source>Import from another cell…</source>
            <translation>Importeren van een andere cel…</translation>
        </message>
    </context>
    <context>
        <name>InformationDialog</name>
        <message>
            <source>New information for case {code}</source>
            <translation>Nieuwe informatie voor casus {code}</translation>
        </message>
        <message>
            <source>Correct information for case {code}</source>
            <translation>Informatie verbeteren voor casus {code}</translation>
        </message>
        <message>
            <source>One item per source partner: items are never merged. Without the source partner's consent the information is not registered.</source>
            <translation>Eén item per bronpartner: items worden nooit samengevoegd. Zonder toestemming van de bronpartner wordt de informatie niet geregistreerd.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <source>The source partner consents to registration</source>
            <translation>De bronpartner geeft toestemming tot registratie</translation>
        </message>
        <message>
            <source>Covered by professional secrecy</source>
            <translation>Valt onder het beroepsgeheim</translation>
        </message>
        <message>
            <source>Not for the minutes</source>
            <translation>Niet voor de notulen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Source partner</source>
            <translation>Bronpartner</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Delen met</translation>
        </message>
    </context>
    <context>
        <name>InformationRemoveDialog</name>
        <message>
            <source>Remove information from case {code}</source>
            <translation>Informatie verwijderen uit casus {code}</translation>
        </message>
        <message>
            <source>Remove the item of {date} from {source}? It disappears from the case file, from search and from every document made from now on. The access trail keeps that it was removed and why, never its text. This cannot be undone.</source>
            <translation>De informatie van {date} van {source} verwijderen? Ze verdwijnt uit de casus, uit het zoeken en uit elk document dat vanaf nu gemaakt wordt. Het toegangslogboek houdt bij dat ze verwijderd werd en waarom, nooit de tekst. Dit kan niet ongedaan gemaakt worden.</translation>
        </message>
        <message>
            <source>— no reason given —</source>
            <translation>— geen reden opgegeven —</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Reporting form: signals of radicalisation</source>
            <translation>Aanmeldingsformulier: signalen van radicalisering</translation>
        </message>
        <message>
            <source>Local Integrated Security Cell</source>
            <translation>Lokale Integrale Veiligheidscel</translation>
        </message>
        <message>
            <source>Confidential once filled in</source>
            <translation>Vertrouwelijk eens ingevuld</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>Use this form to tell the cell about something that worries you. Fill it in on the computer or by hand. The cell's prevention officer will contact you for a personal conversation.</source>
            <translation>Met dit formulier meld je aan de cel iets wat je zorgen baart. Vul het in op de computer of met de hand. De preventiemedewerker van de cel neemt contact met je op voor een persoonlijk gesprek.</translation>
        </message>
        <message>
            <source>Do not write the name, address or other details of the person concerned: who it is about is only asked in the later conversation.</source>
            <translation>Schrijf de naam, het adres of andere gegevens van de betrokken persoon niet op: over wie het gaat, wordt pas in het latere gesprek gevraagd.</translation>
        </message>
        <message>
            <source>Your contact details</source>
            <translation>Jouw contactgegevens</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Jouw naam</translation>
        </message>
        <message>
            <source>Organisation or service</source>
            <translation>Organisatie of dienst</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>What you noticed</source>
            <translation>Wat je opgemerkt hebt</translation>
        </message>
        <message>
            <source>When (date or period)</source>
            <translation>Wanneer (datum of periode)</translation>
        </message>
        <message>
            <source>Where (place or setting)</source>
            <translation>Waar (plaats of context)</translation>
        </message>
        <message>
            <source>What did you observe? Describe behaviour, not the person.</source>
            <translation>Wat heb je gezien of gehoord? Beschrijf gedrag, niet de persoon.</translation>
        </message>
        <message>
            <source>I agree that the cell registers this report and the contact details above.</source>
            <translation>Ik ga ermee akkoord dat de cel deze melding en de contactgegevens hierboven registreert.</translation>
        </message>
        <message>
            <source>Without this consent the cell keeps only the fact that a report was made, not its content. Sharing information is a right, not a duty.</source>
            <translation>Zonder deze toestemming houdt de cel enkel bij dat er een melding was, niet de inhoud ervan. Informatie delen is een recht, geen plicht.</translation>
        </message>
        <message>
            <source>Hand the form to the prevention officer or send it to the cell's central address. Do not send it through a shared or public mailbox.</source>
            <translation>Geef het formulier aan de preventiemedewerker of bezorg het op het centrale adres van de cel. Stuur het niet via een gedeelde of openbare mailbox.</translation>
        </message>
        <message>
            <source>This PDF is protected with a password. Ask the reporter for the form without a password, or print it and type the report in by hand.</source>
            <translation>Deze PDF is met een wachtwoord beveiligd. Vraag de melder om het formulier zonder wachtwoord, of druk het af en typ de melding met de hand in.</translation>
        </message>
        <message>
            <source>This PDF is not an LIVC reporting form. Only the form made by this program (Signals page, Reporting form…) can be imported.</source>
            <translation>Deze PDF is geen aanmeldingsformulier van de LIVC. Enkel het formulier dat dit programma maakt (pagina Signalen, Aanmeldingsformulier…) kan ingelezen worden.</translation>
        </message>
        <message>
            <source>This reporting form was changed after it was made (its fields differ). It was not imported; type the report in by hand from the PDF.</source>
            <translation>Dit aanmeldingsformulier werd gewijzigd nadat het gemaakt was (de velden verschillen). Het werd niet ingelezen; typ de melding met de hand over uit de PDF.</translation>
        </message>
        <message>
            <source>This reporting form was made by a newer version of LIVC Desktop. Install the newer version to import it.</source>
            <translation>Dit aanmeldingsformulier werd gemaakt door een nieuwere versie van LIVC Desktop. Installeer de nieuwere versie om het in te lezen.</translation>
        </message>
        <message>
            <source>This reporting form is empty: nothing was filled in.</source>
            <translation>Dit aanmeldingsformulier is leeg: er werd niets ingevuld.</translation>
        </message>
        <message>
            <source>This file cannot be read as a PDF (it is damaged, too large or not a PDF). Nothing was imported.</source>
            <translation>Dit bestand kan niet als PDF gelezen worden (het is beschadigd, te groot of geen PDF). Er werd niets ingelezen.</translation>
        </message>
    </context>
    <context>
        <name>IntakeFormDialog</name>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Duits</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Reporting form</source>
            <translation>Aanmeldingsformulier</translation>
        </message>
        <message>
            <source>Language of the form:</source>
            <translation>Taal van het formulier:</translation>
        </message>
        <message>
            <source>Save the reporting form</source>
            <translation>Aanmeldingsformulier bewaren</translation>
        </message>
        <message>
            <source>reporting-form-{lang}.pdf</source>
            <translation>aanmeldingsformulier-{lang}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>Import a filled reporting form</source>
            <translation>Ingevuld aanmeldingsformulier inlezen</translation>
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
            <source>Case team</source>
            <translation>Caseteam</translation>
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
            <source>Not strong enough</source>
            <translation>Niet sterk genoeg</translation>
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
            <source>That signal is older than the list shows.</source>
            <extracomment>While a meeting runs, the idle lock waits at least this long (README, Security model). A session became active (unlock, first start, passphrase change). Emitted before the pages receive it and before the "unlock" event is recorded, so listeners such as the access trail can subscribe with `session.on_event(...)` in time. The active session is about to close (lock, quit); pages still hold it. True when the window locked, False when it unlocked.</extracomment>
            <translation>Dat signaal is ouder dan wat de lijst toont.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
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
            <source>&amp;Annual report…</source>
            <translation>&amp;Jaarverslag…</translation>
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
            <source>&amp;Search…</source>
            <translation>&amp;Zoeken…</translation>
        </message>
        <message>
            <source>Search partners, cases, signals and meetings, or whether a person is already known ({key})</source>
            <translation>Zoeken in partners, casussen, signalen en vergaderingen, of nagaan of een persoon al bekend is ({key})</translation>
        </message>
        <message>
            <source>&amp;Manual and glossary</source>
            <translation>&amp;Handleiding en woordenlijst</translation>
        </message>
        <message>
            <source>The manual and glossary, at the section of this screen ({key})</source>
            <translation>De handleiding en woordenlijst, bij het deel over dit scherm ({key})</translation>
        </message>
        <message>
            <source>Choose a new passphrase for the register (every backup keeps its own)</source>
            <translation>Een nieuwe wachtwoordzin voor het register kiezen (elke back-up behoudt de zijne)</translation>
        </message>
        <message>
            <source>Figures of the year for the mayor and the council, without names</source>
            <translation>Cijfers van het jaar voor de burgemeester en de gemeenteraad, zonder namen</translation>
        </message>
        <message>
            <source>The parts of the register</source>
            <translation>De delen van het register</translation>
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
    </context>
    <context>
        <name>MakeBackupDialog</name>
        <message>
            <source>Make backup</source>
            <translation>Back-up maken</translation>
        </message>
        <message>
            <source>The backup is a complete, encrypted copy of the register. Keep it on a USB stick or another drive in a locked place, away from this computer.</source>
            <translation>De back-up is een volledige, versleutelde kopie van het register. Bewaar ze op een USB-stick of een andere schijf op een afgesloten plaats, weg van deze computer.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Kiezen...</translation>
        </message>
        <message>
            <source>Protect with the register passphrase</source>
            <translation>Beveiligen met de wachtwoordzin van het register</translation>
        </message>
        <message>
            <source>Protect with a separate backup passphrase</source>
            <translation>Beveiligen met een aparte back-upwachtwoordzin</translation>
        </message>
        <message>
            <source>Destination folder</source>
            <translation>Doelmap</translation>
        </message>
        <message>
            <source>Register passphrase</source>
            <translation>Wachtwoordzin van het register</translation>
        </message>
        <message>
            <source>Backup passphrase</source>
            <translation>Back-upwachtwoordzin</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Sterkte:</translation>
        </message>
        <message>
            <source>Repeat backup passphrase</source>
            <translation>Herhaal de back-upwachtwoordzin</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Kies de map voor de back-up</translation>
        </message>
        <message>
            <source>Backup written and verified: {name} ({rows} rows).</source>
            <translation>Back-up geschreven en gecontroleerd: {name} ({rows} rijen).</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <source>New measure for case {code}</source>
            <translation>Nieuwe maatregel voor casus {code}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Heeft een vervaldatum</translation>
        </message>
        <message>
            <source>Responsible partner</source>
            <translation>Verantwoordelijke partner</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Vervalt op</translation>
        </message>
    </context>
    <context>
        <name>MeasureStatusDialog</name>
        <message>
            <source>Follow up a measure</source>
            <translation>Maatregel opvolgen</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
    </context>
    <context>
        <name>MeetingDates</name>
        <message>
            <source>no date</source>
            <translation>geen datum</translation>
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
            <translation>Notulen</translation>
        </message>
        <message>
            <source>Case-team extract of the minutes</source>
            <translation>Uittreksel uit de notulen voor het caseteam</translation>
        </message>
        <message>
            <source>Invitation and agenda</source>
            <translation>Uitnodiging en dagorde</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Aanwezigheidslijst</translation>
        </message>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Terugkoppelingsfiche aan de politie</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: LIVC, professional secrecy (art. 458ter Criminal Code). Do not pass on.</source>
            <translation>VERTROUWELIJK: LIVC, beroepsgeheim (art. 458ter Strafwetboek). Niet doorgeven.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>ONTWERP</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tafel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uur</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Einde</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Voorzitter</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Notulist</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagorde</translation>
        </message>
        <message>
            <source>Agenda (as sent)</source>
            <translation>Dagorde (zoals verstuurd)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Verwacht einde</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Verontschuldigd</translation>
        </message>
        <message>
            <source>Absent without notice</source>
            <translation>Afwezig zonder kennisgeving</translation>
        </message>
        <message>
            <source>Ad hoc attendees</source>
            <translation>Ad-hocdeelnemers</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Hoedanigheid</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Geen.</translation>
        </message>
        <message>
            <source>sent information beforehand</source>
            <translation>bezorgde vooraf informatie</translation>
        </message>
        <message>
            <source>arrived at {time}</source>
            <translation>aangekomen om {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>vertrokken om {time}</translation>
        </message>
        <message>
            <source>Secret-covered information was discussed; see the case file.</source>
            <translation>Er werd informatie besproken die onder het beroepsgeheim valt; zie het dossier.</translation>
        </message>
        <message>
            <source>Conclusion shared with the police</source>
            <translation>Conclusie gedeeld met de politie</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Contact for the police</source>
            <translation>Contactpersoon voor de politie</translation>
        </message>
        <message>
            <source>social sector</source>
            <translation>sociale sector</translation>
        </message>
        <message>
            <source>police</source>
            <translation>politie</translation>
        </message>
        <message>
            <source>mixed (social and police)</source>
            <translation>gemengd (sociaal en politie)</translation>
        </message>
        <message>
            <source>Addendum {number} ({date})</source>
            <translation>Addendum {number} ({date})</translation>
        </message>
        <message>
            <source>next review on {date}</source>
            <translation>volgende evaluatie op {date}</translation>
        </message>
        <message>
            <source>confidentiality undertaking signed</source>
            <translation>vertrouwelijkheidsverklaring ondertekend</translation>
        </message>
        <message>
            <source>no confidentiality undertaking</source>
            <translation>geen vertrouwelijkheidsverklaring</translation>
        </message>
        <message>
            <source>Items discussed</source>
            <translation>Besproken punten</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslissingen</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>Beslissingen over casussen</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Alle acties</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punt</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Tegen wanneer</translation>
        </message>
        <message>
            <source>Discussed off the record: not minuted.</source>
            <translation>Off the record besproken: niet genotuleerd.</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Volgende vergadering</translation>
        </message>
        <message>
            <source>Not yet planned.</source>
            <translation>Nog niet gepland.</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Finalised on</source>
            <translation>Afgesloten op</translation>
        </message>
        <message>
            <source>Content fingerprint (SHA-256)</source>
            <translation>Vingerafdruk van de inhoud (SHA-256)</translation>
        </message>
        <message>
            <source>Approved at the meeting of</source>
            <translation>Goedgekeurd op de vergadering van</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Opmerkingen bij de goedkeuring</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>vlag</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Uitgenodigd</translation>
        </message>
        <message>
            <source>You are invited to the meeting below. The agenda and the documents are confidential; bring them back or destroy them after the meeting.</source>
            <translation>U wordt uitgenodigd op de onderstaande vergadering. De dagorde en de documenten zijn vertrouwelijk; breng ze terug of vernietig ze na de vergadering.</translation>
        </message>
        <message>
            <source>This extract holds only the items of one case and is meant for that case team's partners only.</source>
            <translation>Dit uittreksel bevat enkel de punten van één casus en is alleen bestemd voor de partners van dat caseteam.</translation>
        </message>
        <message>
            <source>Feedback to the police agreed by consensus of every member who took part (art. 458ter Criminal Code). It holds no information covered by professional secrecy.</source>
            <translation>Terugkoppeling aan de politie, overeengekomen met consensus van alle leden die deelnamen (art. 458ter Strafwetboek). Ze bevat geen informatie die onder het beroepsgeheim valt.</translation>
        </message>
        <message>
            <source>Consensus recorded for</source>
            <translation>Consensus genoteerd voor</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
    </context>
    <context>
        <name>MeetingLabels</name>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Approval of the previous minutes</source>
            <translation>Goedkeuring van de vorige notulen</translation>
        </message>
        <message>
            <source>Follow-up of open actions</source>
            <translation>Opvolging van openstaande acties</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>New signal for weighing</source>
            <translation>Nieuw signaal voor weging</translation>
        </message>
        <message>
            <source>General item</source>
            <translation>Algemeen punt</translation>
        </message>
        <message>
            <source>Any other business</source>
            <translation>Varia</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Uitnodiging</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Aanwezigheidslijst</translation>
        </message>
        <message>
            <source>Calendar entry</source>
            <translation>Agenda-item (kalender)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Notulen</translation>
        </message>
        <message>
            <source>Case-team extract</source>
            <translation>Uittreksel caseteam</translation>
        </message>
        <message>
            <source>Feedback sheet</source>
            <translation>Terugkoppelingsfiche</translation>
        </message>
        <message>
            <source>Draft minutes</source>
            <translation>Ontwerpnotulen</translation>
        </message>
        <message>
            <source>Minutes finalised</source>
            <translation>Notulen afgesloten</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Notulen goedgekeurd</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Niet genoteerd</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Verontschuldigd</translation>
        </message>
        <message>
            <source>Absent without notice</source>
            <translation>Afwezig zonder kennisgeving</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wekelijks</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Maandelijks</translation>
        </message>
        <message>
            <source>Every N days</source>
            <translation>Om de N dagen</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>rode vlag</translation>
        </message>
        <message>
            <source>black flag</source>
            <translation>zwarte vlag</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>evaluatie gepland</translation>
        </message>
        <message>
            <source>measure due</source>
            <translation>maatregel vervalt</translation>
        </message>
        <message>
            <source>not weighed for a while</source>
            <translation>al een tijd niet gewogen</translation>
        </message>
        <message>
            <source>flag: weigh again now</source>
            <translation>vlag: nu opnieuw wegen</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Niet gevraagd</translation>
        </message>
        <message>
            <source>Agrees</source>
            <translation>Stemt in</translation>
        </message>
        <message>
            <source>Refuses</source>
            <translation>Weigert</translation>
        </message>
        <message>
            <source>Secretary / minute-taker</source>
            <translation>Secretaris / notulist</translation>
        </message>
        <message>
            <source>Ad hoc expert / guest</source>
            <translation>Ad-hocdeskundige / gast</translation>
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
            <translation>Begin</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tafel</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Notulen</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <extracomment>True while meeting mode is on screen: the main window keeps keys out of its menu.</extracomment>
            <translation>Vergaderingen</translation>
        </message>
        <message>
            <source>Filter meetings</source>
            <translation>Vergaderingen filteren</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nieuwe vergadering</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Vergadering verwijderen</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Voorbereiden</translation>
        </message>
        <message>
            <source>Run meeting</source>
            <translation>Vergadering leiden</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Notulen</translation>
        </message>
        <message>
            <source>A note typed before the lock could not be saved: {reason}</source>
            <translation>Een notitie die vóór de vergrendeling getypt werd, kon niet opgeslagen worden: {reason}</translation>
        </message>
        <message>
            <source>{document}, meeting of {date}</source>
            <extracomment>Up to this many meetings the list is read at once, on the GUI thread.</extracomment>
            <translation>{document}, vergadering van {date}</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Opslaan als</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>Het bestand kon niet worden geschreven.</translation>
        </message>
        <message>
            <source>Saved: {name}</source>
            <translation>Opgeslagen: {name}</translation>
        </message>
        <message>
            <source>Delete the meeting of {date} with its agenda and notes?</source>
            <translation>De vergadering van {date} met haar dagorde en notities verwijderen?</translation>
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
            <source>This passphrase does not open the register. Check Caps Lock and the keyboard layout. If you are sure it is right, the file may be damaged: restore the latest backup: File → Restore…</source>
            <translation>Deze wachtwoordzin opent het register niet. Controleer Caps Lock en de toetsenbordindeling. Bent u zeker dat hij juist is, dan is het bestand misschien beschadigd: zet de recentste back-up terug: Bestand → Terugzetten…</translation>
        </message>
        <message>
            <source>The register file is damaged and cannot be used. Restore the latest backup: File → Restore… (the latest backup known was made on {date}).</source>
            <translation>Het registerbestand is beschadigd en onbruikbaar. Zet de recentste back-up terug: Bestand → Terugzetten… (de recentste gekende back-up werd gemaakt op {date}).</translation>
        </message>
        <message>
            <source>The register file is damaged and cannot be used. Restore the latest backup: File → Restore…</source>
            <translation>Het registerbestand is beschadigd en onbruikbaar. Zet de recentste back-up terug: Bestand → Terugzetten…</translation>
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
            <source>You have no permission to use this file or folder. Nothing was changed; ask your IT service or choose another location.</source>
            <translation>U hebt geen toestemming om dit bestand of deze map te gebruiken. Er is niets gewijzigd; vraag het aan uw IT-dienst of kies een andere plaats.</translation>
        </message>
        <message>
            <source>This location is read-only (a write-protected drive or folder). Nothing was changed; copy the register to a writable folder or choose another location.</source>
            <translation>Deze plaats is alleen-lezen (een beveiligde schijf of map). Er is niets gewijzigd; kopieer het register naar een beschrijfbare map of kies een andere plaats.</translation>
        </message>
        <message>
            <source>This file is a backup or a copy of a register: it is only looked at, never changed. To work with it, restore it: File → Restore…</source>
            <translation>Dit bestand is een back-up of een kopie van een register: het wordt alleen bekeken, nooit gewijzigd. Om ermee te werken, zet u het terug: Bestand → Terugzetten…</translation>
        </message>
        <message>
            <source>The access trail was changed after it was written (first bad entry: {seq}).</source>
            <translation>Het toegangsspoor is na het schrijven gewijzigd (eerste foute regel: {seq}).</translation>
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
            <source>A link or another unexpected item is in the way of {name} in this folder. LIVC Desktop does not write through links; nothing was changed. Remove it, or ask your IT contact to check the folder.</source>
            <translation>Een koppeling of een ander onverwacht item staat in de weg van {name} in deze map. LIVC Desktop schrijft nooit via koppelingen; er is niets gewijzigd. Verwijder het, of vraag uw IT-contactpersoon om de map na te kijken.</translation>
        </message>
        <message>
            <source>The encryption library on this computer is not suitable; the register was not opened. Reinstall LIVC Desktop.</source>
            <translation>De versleutelingsbibliotheek op deze computer is niet geschikt; het register is niet geopend. Installeer LIVC Desktop opnieuw.</translation>
        </message>
        <message>
            <source>There is no adopted version of the house rules yet: adopt a version first (the House rules page).</source>
            <translation>Er is nog geen goedgekeurde versie van het huishoudelijk reglement: keur eerst een versie goed (pagina Huishoudelijk reglement).</translation>
        </message>
        <message>
            <source>This partner cannot be deleted because other records refer to it. Archive it instead.</source>
            <translation>Deze partner kan niet verwijderd worden omdat andere gegevens ernaar verwijzen. Archiveer hem in de plaats.</translation>
        </message>
        <message>
            <source>This partner no longer exists in the register.</source>
            <translation>Deze partner bestaat niet meer in het register.</translation>
        </message>
        <message>
            <source>Partners still belong to this sector. Give them another sector first, or switch the sector off instead.</source>
            <translation>Er horen nog partners bij deze sector. Geef hen eerst een andere sector, of schakel de sector uit.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Het bestand is leeg.</translation>
        </message>
        <message>
            <source>The file is too large to import (more than 20 MB).</source>
            <translation>Het bestand is te groot om te importeren (meer dan 20 MB).</translation>
        </message>
        <message>
            <source>The file is not a text (CSV) file. In Excel, use Save As and choose 'CSV UTF-8'.</source>
            <translation>Het bestand is geen tekstbestand (CSV). Kies in Excel Opslaan als en dan 'CSV UTF-8'.</translation>
        </message>
        <message>
            <source>The file could not be read as a CSV sheet (a cell may be too long).</source>
            <translation>Het bestand kon niet als CSV-blad gelezen worden (misschien is een cel te lang).</translation>
        </message>
        <message>
            <source>The file has too many rows (more than 50,000).</source>
            <translation>Het bestand heeft te veel rijen (meer dan 50.000).</translation>
        </message>
        <message>
            <source>The first row of the file must name the columns.</source>
            <translation>De eerste rij van het bestand moet de kolomnamen bevatten.</translation>
        </message>
        <message>
            <source>These minutes are finalised and can no longer be changed. Add a numbered addendum instead.</source>
            <translation>Deze notulen zijn afgesloten en kunnen niet meer gewijzigd worden. Voeg in de plaats een genummerd addendum toe.</translation>
        </message>
        <message>
            <source>Minutes are approved at a later meeting that has taken place (today or earlier) and was not cancelled.</source>
            <translation>Notulen worden goedgekeurd op een latere vergadering die al plaatsvond (vandaag of vroeger) en niet geannuleerd werd.</translation>
        </message>
        <message>
            <source>The minutes can be finalised only once the meeting has taken place.</source>
            <translation>De notulen kunnen pas afgesloten worden nadat de vergadering plaatsvond.</translation>
        </message>
        <message>
            <source>This was already applied to the case (a flag or phase decision, or a measure). Deleting it here would not undo that, so it cannot be deleted. Change the case in its case file instead.</source>
            <translation>Dit werd al op de casus toegepast (een beslissing over vlag of fase, of een maatregel). Hier verwijderen zou dat niet ongedaan maken, dus het kan niet verwijderd worden. Wijzig de casus in het casusdossier.</translation>
        </message>
        <message>
            <source>A hand-over (black flag) or closing a case needs more details (to whom and when; the reason and an evaluation). Record it in the case file.</source>
            <translation>Een overdracht (zwarte vlag) of het afsluiten van een casus vraagt meer gegevens (aan wie en wanneer; de reden en een evaluatie). Registreer dit in het casusdossier.</translation>
        </message>
        <message>
            <source>No meeting is planned yet. Plan the next meeting on the Meetings page (New meeting), then put this on its agenda.</source>
            <translation>Er is nog geen vergadering gepland. Plan de volgende vergadering op de pagina Vergaderingen (Nieuwe vergadering) en zet dit daarna op de agenda.</translation>
        </message>
        <message>
            <source>There is no such meeting in this register.</source>
            <translation>Deze vergadering bestaat niet in dit register.</translation>
        </message>
        <message>
            <source>The feedback sheet needs the recorded consent of every member who took part.</source>
            <translation>De terugkoppelingsfiche vereist de genoteerde instemming van elk lid dat deelnam.</translation>
        </message>
        <message>
            <source>The case cannot move to that phase from its current phase.</source>
            <translation>De casus kan vanuit de huidige fase niet naar die fase gaan.</translation>
        </message>
        <message>
            <source>This case is closed; it takes no more changes.</source>
            <translation>Deze casus is afgesloten; hij kan niet meer gewijzigd worden.</translation>
        </message>
        <message>
            <source>This record no longer exists.</source>
            <translation>Dit gegeven bestaat niet meer.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Er ging iets mis. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>There is no backup file at this location.</source>
            <translation>Er staat geen back-upbestand op deze plaats.</translation>
        </message>
        <message>
            <source>The backup file is empty (0 bytes). Nothing was restored or changed.</source>
            <translation>Het back-upbestand is leeg (0 bytes). Er werd niets teruggezet of gewijzigd.</translation>
        </message>
        <message>
            <source>The backup file is incomplete: it is shorter than when it was made (an interrupted copy?). Nothing was restored or changed.</source>
            <translation>Het back-upbestand is onvolledig: het is korter dan toen het gemaakt werd (een onderbroken kopie?). Er werd niets teruggezet of gewijzigd.</translation>
        </message>
        <message>
            <source>The backup file is damaged: its content no longer matches its checksum. Nothing was restored or changed. Use another backup.</source>
            <translation>Het back-upbestand is beschadigd: de inhoud komt niet meer overeen met de controlesom. Er werd niets teruggezet of gewijzigd. Gebruik een andere back-up.</translation>
        </message>
        <message>
            <source>The file is intact, but this passphrase does not open it. Use the passphrase that protected the register (or the separate backup passphrase) when the backup was made.</source>
            <translation>Het bestand is intact, maar deze wachtwoordzin opent het niet. Gebruik de wachtwoordzin die het register beveiligde (of de aparte back-upwachtwoordzin) toen de back-up gemaakt werd.</translation>
        </message>
        <message>
            <source>This file could not be opened: the passphrase is wrong or it is not an LIVC backup. Its manifest (the .json file beside it) is missing, so the program cannot tell which.</source>
            <translation>Dit bestand kon niet geopend worden: de wachtwoordzin is fout of het is geen LIVC-back-up. Het manifest (het .json-bestand ernaast) ontbreekt, dus het programma kan niet zeggen welk van de twee.</translation>
        </message>
        <message>
            <source>The backup's manifest (the .json file beside it) was edited or damaged: its seal no longer matches. Nothing was restored or changed. Use another backup.</source>
            <translation>Het manifest van de back-up (het .json-bestand ernaast) is bewerkt of beschadigd: de verzegeling klopt niet meer. Er is niets teruggezet of gewijzigd. Gebruik een andere back-up.</translation>
        </message>
        <message>
            <source>This file is not an LIVC Desktop backup.</source>
            <translation>Dit bestand is geen back-up van LIVC Desktop.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of LIVC Desktop. Install the newer version to restore it; nothing was changed.</source>
            <translation>Deze back-up werd gemaakt met een nieuwere versie van LIVC Desktop. Installeer de nieuwere versie om ze terug te zetten; er werd niets gewijzigd.</translation>
        </message>
        <message>
            <source>The chosen folder cannot be written to (read-only or no permission). Choose another folder; nothing was written.</source>
            <translation>In de gekozen map kan niet geschreven worden (alleen-lezen of geen toestemming). Kies een andere map; er werd niets geschreven.</translation>
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
            <source>This passphrase is too easy to guess (common words, names of the cell, dates). Use four or more words that do not belong together, or a longer sentence of your own.</source>
            <translation>Deze wachtwoordzin is te makkelijk te raden (gewone woorden, namen van de cel, datums). Gebruik vier of meer woorden die niet bij elkaar horen, of een langere zin van uzelf.</translation>
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
            <source>This number is outside the allowed range.</source>
            <translation>Dit getal ligt buiten het toegelaten bereik.</translation>
        </message>
        <message>
            <source>This value is not one of the known choices.</source>
            <translation>Deze waarde is geen van de bekende keuzes.</translation>
        </message>
        <message>
            <source>This name is already in use.</source>
            <translation>Deze naam is al in gebruik.</translation>
        </message>
        <message>
            <source>This is not a valid time (HH:MM).</source>
            <translation>Dit is geen geldig uur (UU:MM).</translation>
        </message>
        <message>
            <source>The end time is before the start time.</source>
            <translation>Het einduur ligt voor het beginuur.</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>Dit getal valt buiten het toegelaten bereik.</translation>
        </message>
        <message>
            <source>Flag and phase decisions belong to a case item.</source>
            <translation>Beslissingen over vlag en fase horen bij een casuspunt.</translation>
        </message>
        <message>
            <source>This date lies in the future.</source>
            <translation>Deze datum ligt in de toekomst.</translation>
        </message>
        <message>
            <source>The review date cannot lie before the decision.</source>
            <translation>De herbeoordelingsdatum kan niet vóór de beslissing liggen.</translation>
        </message>
        <message>
            <source>A hand-over is only recorded with a black flag.</source>
            <translation>Een overdracht wordt enkel bij een zwarte vlag geregistreerd.</translation>
        </message>
        <message>
            <source>Without the contributing partner's consent this information is not registered.</source>
            <translation>Zonder toestemming van de aanbrengende partner wordt deze informatie niet geregistreerd.</translation>
        </message>
        <message>
            <source>Information covered by professional secrecy stays within the case team.</source>
            <translation>Informatie onder beroepsgeheim blijft binnen het caseteam.</translation>
        </message>
        <message>
            <source>This partner is not in the register.</source>
            <translation>Deze partner staat niet in het register.</translation>
        </message>
        <message>
            <source>This partner is already in the case team.</source>
            <translation>Deze partner zit al in het caseteam.</translation>
        </message>
        <message>
            <source>This partner has already left the case team.</source>
            <translation>Deze partner is al uit het caseteam gestapt.</translation>
        </message>
        <message>
            <source>The leaving date cannot lie before the joining date.</source>
            <translation>De uitstapdatum kan niet vóór de toetredingsdatum liggen.</translation>
        </message>
        <message>
            <source>This signal has already been weighed.</source>
            <translation>Dit signaal is al gewogen.</translation>
        </message>
        <message>
            <source>Give your e-mail address or phone number, so the other cell can reach you.</source>
            <translation>Geef je e-mailadres of telefoonnummer, zodat de andere cel je kan bereiken.</translation>
        </message>
        <message>
            <source>The package file must end in .livccase.</source>
            <translation>Het pakketbestand moet eindigen op .livccase.</translation>
        </message>
        <message>
            <source>Show the package's contents first.</source>
            <translation>Toon eerst de inhoud van het pakket.</translation>
        </message>
        <message>
            <source>Give the reference number only (letters, digits, / . - _), no sentence.</source>
            <translation>Geef alleen het referentienummer (letters, cijfers, / . - _), geen zin.</translation>
        </message>
        <message>
            <source>Choose the partner this contact person belongs to.</source>
            <translation>Kies de partner waartoe deze contactpersoon behoort.</translation>
        </message>
        <message>
            <source>This version of the house rules has been adopted and can no longer be changed: make a new draft from it.</source>
            <translation>Deze versie van het huishoudelijk reglement is goedgekeurd en kan niet meer gewijzigd worden: maak er een nieuw ontwerp van.</translation>
        </message>
        <message>
            <source>The adoption date lies before that of the current house rules.</source>
            <translation>De datum van goedkeuring ligt vóór die van het huidige reglement.</translation>
        </message>
        <message>
            <source>Only an adopted version of the house rules can be signed.</source>
            <translation>Enkel een goedgekeurde versie van het reglement kan ondertekend worden.</translation>
        </message>
        <message>
            <source>The signature date lies before the version was adopted.</source>
            <translation>De datum van ondertekening ligt vóór de goedkeuring van de versie.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Deze waarde is niet geldig.</translation>
        </message>
        <message>
            <source>There is no package file at this location.</source>
            <translation>Er is geen pakketbestand op deze plaats.</translation>
        </message>
        <message>
            <source>This file is not a case transfer package of LIVC Desktop.</source>
            <translation>Dit bestand is geen casuspakket van LIVC Desktop.</translation>
        </message>
        <message>
            <source>The package is incomplete: it is shorter than when it was made (an interrupted copy or download?). Nothing was imported. Ask the sending cell for the file again.</source>
            <translation>Het pakket is onvolledig: het is korter dan toen het gemaakt werd (een onderbroken kopie of download?). Er werd niets geïmporteerd. Vraag de verzendende cel het bestand opnieuw te sturen.</translation>
        </message>
        <message>
            <source>The package was changed or damaged after it was made. Nothing was imported. Ask the sending cell for the file again.</source>
            <translation>Het pakket werd gewijzigd of beschadigd nadat het gemaakt werd. Er werd niets geïmporteerd. Vraag de verzendende cel het bestand opnieuw te sturen.</translation>
        </message>
        <message>
            <source>The file is intact, but this is not its passphrase. Check the passphrase with the sending cell (given by phone, not with the file).</source>
            <translation>Het bestand is intact, maar dit is niet de wachtwoordzin ervan. Controleer de wachtwoordzin bij de verzendende cel (telefonisch doorgegeven, niet met het bestand).</translation>
        </message>
        <message>
            <source>This package was made by a newer version of LIVC Desktop. Install the newer version to import it; nothing was imported.</source>
            <translation>Dit pakket werd gemaakt door een nieuwere versie van LIVC Desktop. Installeer de nieuwere versie om het te importeren; er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>This package was already imported into this register; it is not imported twice.</source>
            <translation>Dit pakket werd al in dit register geïmporteerd; het wordt geen twee keer geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Preview minutes</source>
            <translation>Notulen bekijken</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>Casus:</translation>
        </message>
        <message>
            <source>Approve at the meeting of:</source>
            <translation>Goedkeuren op de vergadering van:</translation>
        </message>
        <message>
            <source>Finalise minutes…</source>
            <translation>Notulen afsluiten…</translation>
        </message>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Terugkoppelingsfiche aan de politie</translation>
        </message>
        <message>
            <source>Feedback text and consent…</source>
            <translation>Terugkoppelingstekst en instemming…</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Opmerkingen bij de goedkeuring</translation>
        </message>
        <message>
            <source>Approve at that meeting</source>
            <translation>Goedkeuren op die vergadering</translation>
        </message>
        <message>
            <source>Text of a correction (addendum)</source>
            <translation>Tekst van een correctie (addendum)</translation>
        </message>
        <message>
            <source>Add addendum</source>
            <translation>Addendum toevoegen</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Opslaan als…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Recipient (partner or person)</source>
            <translation>Ontvanger (partner of persoon)</translation>
        </message>
        <message>
            <source>Record as sent</source>
            <translation>Als verstuurd noteren</translation>
        </message>
        <message>
            <source>Copies per recipient…</source>
            <translation>Kopieën per ontvanger…</translation>
        </message>
        <message>
            <source>Fingerprint: {hash}</source>
            <translation>Vingerafdruk: {hash}</translation>
        </message>
        <message>
            <source>Approved on {date}</source>
            <translation>Goedgekeurd op {date}</translation>
        </message>
        <message>
            <source>Finalise these minutes? Their content is frozen; later corrections become numbered addenda.</source>
            <translation>Deze notulen afsluiten? De inhoud wordt bevroren; latere correcties worden genummerde addenda.</translation>
        </message>
        <message>
            <source>Add this addendum to the finalised minutes?</source>
            <translation>Dit addendum aan de afgesloten notulen toevoegen?</translation>
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
        <name>MyMonthPanel</name>
        <message>
            <source>My month</source>
            <extracomment>Places a line can open (the main window's `open_place`). (place, item id or -1): a line was clicked.</extracomment>
            <translation>Mijn maand</translation>
        </message>
        <message>
            <source>What needs you in the coming two weeks. Click a line to deal with it.</source>
            <translation>Wat de komende twee weken op u wacht. Klik op een regel om het af te handelen.</translation>
        </message>
        <message>
            <source>Opens the signals waiting for weighing</source>
            <translation>Opent de signalen die op weging wachten</translation>
        </message>
        <message>
            <source>Opens the case list filtered on cases due for review</source>
            <translation>Opent de lijst van casussen, gefilterd op te herzien casussen</translation>
        </message>
        <message>
            <source>Opens the case list filtered on overdue measures</source>
            <translation>Opent de lijst van casussen, gefilterd op maatregelen over tijd</translation>
        </message>
        <message>
            <source>Opens the meeting's preparation</source>
            <translation>Opent de voorbereiding van de vergadering</translation>
        </message>
        <message>
            <source>Opens the meeting's minutes</source>
            <translation>Opent de notulen van de vergadering</translation>
        </message>
        <message>
            <source>Makes a backup now</source>
            <translation>Maakt nu een back-up</translation>
        </message>
        <message>
            <source>Signals waiting for weighing: {n} (oldest received {date})</source>
            <translation>Signalen die op weging wachten: {n} (oudste ontvangen op {date})</translation>
        </message>
        <message>
            <source>No signal is waiting for weighing.</source>
            <translation>Geen signaal wacht op weging.</translation>
        </message>
        <message>
            <source>No case review due in the next two weeks.</source>
            <translation>Geen herziening van een casus in de komende twee weken.</translation>
        </message>
        <message>
            <source>No measure due in the next two weeks.</source>
            <translation>Geen maatregel met termijn in de komende twee weken.</translation>
        </message>
        <message>
            <source>Case reviews: {overdue} overdue, {soon} due within two weeks ({codes})</source>
            <translation>Herzieningen van casussen: {overdue} over tijd, {soon} binnen twee weken ({codes})</translation>
        </message>
        <message>
            <source>Measures: {overdue} overdue, {soon} due within two weeks ({codes})</source>
            <translation>Maatregelen: {overdue} over tijd, {soon} binnen twee weken ({codes})</translation>
        </message>
        <message>
            <source>No meeting planned: plan the next one.</source>
            <translation>Geen vergadering gepland: plan de volgende.</translation>
        </message>
        <message>
            <source>agenda items</source>
            <translation>agendapunten</translation>
        </message>
        <message>
            <source>sending the agenda</source>
            <translation>de agenda versturen</translation>
        </message>
        <message>
            <source>invitees</source>
            <translation>genodigden</translation>
        </message>
        <message>
            <source>sending the invitations</source>
            <translation>de uitnodigingen versturen</translation>
        </message>
        <message>
            <source>Next meeting: {meeting}. Still to do: {missing}</source>
            <translation>Volgende vergadering: {meeting}. Nog te doen: {missing}</translation>
        </message>
        <message>
            <source>Next meeting: {meeting}. Agenda and invitations are sent.</source>
            <translation>Volgende vergadering: {meeting}. Agenda en uitnodigingen zijn verstuurd.</translation>
        </message>
        <message>
            <source>Minutes to finalise: {n} (oldest: meeting of {date})</source>
            <translation>Af te sluiten notulen: {n} (oudste: vergadering van {date})</translation>
        </message>
        <message>
            <source>No minutes to finalise.</source>
            <translation>Geen notulen af te sluiten.</translation>
        </message>
        <message>
            <source>Minutes to approve at the next meeting: {n} (oldest: meeting of {date})</source>
            <translation>Goed te keuren notulen op de volgende vergadering: {n} (oudste: vergadering van {date})</translation>
        </message>
        <message>
            <source>No backup yet: make one now.</source>
            <translation>Nog geen back-up: maak er nu een.</translation>
        </message>
        <message>
            <source>Last backup: today</source>
            <translation>Laatste back-up: vandaag</translation>
        </message>
        <message>
            <source>Last backup: yesterday</source>
            <translation>Laatste back-up: gisteren</translation>
        </message>
        <message>
            <source>Last backup: {days} days ago</source>
            <translation>Laatste back-up: {days} dagen geleden</translation>
        </message>
        <message>
            <source>(too old: make a new one)</source>
            <translation>(te oud: maak een nieuwe)</translation>
        </message>
    </context>
    <context>
        <name>NextMeeting</name>
        <message>
            <source>Put on the next meeting</source>
            <translation>Op de volgende vergadering zetten</translation>
        </message>
        <message>
            <source>It is on the agenda of the meeting of {date} ({table}).</source>
            <translation>Het staat op de agenda van de vergadering van {date} ({table}).</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Account</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslissing</translation>
        </message>
        <message>
            <source>Off the record</source>
            <translation>Off the record</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Beroepsgeheim</translation>
        </message>
        <message>
            <source>OFF THE RECORD: never printed</source>
            <translation>OFF THE RECORD: wordt nooit afgedrukt</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove this note?</source>
            <translation>Deze notitie verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>OneTimePassphraseDialog</name>
        <message>
            <source>One-time passphrase of the package</source>
            <translation>Eenmalige wachtwoordzin van het pakket</translation>
        </message>
        <message>
            <source>The package {name} is written. This is its passphrase. It is shown only now and is kept nowhere: note it or copy it, and give it to the receiving cell by phone, never in the same mail as the file.</source>
            <translation>Het pakket {name} is geschreven. Dit is de wachtwoordzin ervan. Ze wordt alleen nu getoond en nergens bewaard: noteer of kopieer ze en geef ze telefonisch door aan de ontvangende cel, nooit in dezelfde mail als het bestand.</translation>
        </message>
        <message>
            <source>One-time passphrase</source>
            <translation>Eenmalige wachtwoordzin</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <source>Copied; cleared from the clipboard in {seconds} seconds.</source>
            <translation>Gekopieerd; over {seconds} seconden gewist van het klembord.</translation>
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
        <name>ParticipationTab</name>
        <message>
            <source>Print participation overview…</source>
            <translation>Participatieoverzicht afdrukken…</translation>
        </message>
        <message>
            <source>Active partners by participation level (works on it, contributes, kept informed) and the tables or teams they sit at.</source>
            <translation>Actieve partners per participatieniveau (meewerken, meedenken, meeweten) en de tafels of teams waaraan ze zitten.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
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
            <translation>Naam</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Machtiging</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
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
            <translation>Geen partners voldoen aan de filter.</translation>
        </message>
        <message>
            <source>No contact persons recorded.</source>
            <translation>Geen contactpersonen geregistreerd.</translation>
        </message>
        <message>
            <source>No partners at this level.</source>
            <translation>Geen partners op dit niveau.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL – LIVC – do not distribute</source>
            <translation>VERTROUWELIJK – LIVC – niet verspreiden</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
    </context>
    <context>
        <name>PartnerEditor</name>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>In the cell</source>
            <translation>In de cel</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>Trainings followed or wanted</source>
            <translation>Gevolgde of gewenste vormingen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Municipality served</source>
            <translation>Bediende gemeente</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participatie</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Tables and teams</source>
            <translation>Tafels en teams</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Beroepsgeheim</translation>
        </message>
        <message>
            <source>Basis of secrecy</source>
            <translation>Grondslag van het beroepsgeheim</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Huishoudelijk reglement</translation>
        </message>
        <message>
            <source>Required, e.g. OCMW Demostad</source>
            <translation>Verplicht, bv. OCMW Demostad</translation>
        </message>
        <message>
            <source>e.g. 050 12 34 56 or +32 50 12 34 56</source>
            <translation>bv. 050 12 34 56 of +32 50 12 34 56</translation>
        </message>
        <message>
            <source>e.g. info@example.be</source>
            <translation>bv. info@example.be</translation>
        </message>
        <message>
            <source>e.g. art. 458 Criminal Code, shared professional secrecy</source>
            <translation>bv. art. 458 Strafwetboek, gedeeld beroepsgeheim</translation>
        </message>
        <message>
            <source>Add contact…</source>
            <translation>Contactpersoon toevoegen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Add training…</source>
            <translation>Vorming toevoegen…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Wijzigingen ongedaan maken</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>No partner selected</source>
            <translation>Geen partner gekozen</translation>
        </message>
        <message>
            <source>Choose a partner in the list, or click New partner.</source>
            <translation>Kies een partner in de lijst, of klik op Nieuwe partner.</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nieuwe partner</translation>
        </message>
        <message>
            <source>Fill in at least the name, then click Save.</source>
            <translation>Vul minstens de naam in en klik dan op Opslaan.</translation>
        </message>
        <message>
            <source>Archived on {date}. Still shown in old meetings and cases.</source>
            <translation>Gearchiveerd op {date}. Blijft zichtbaar in oude vergaderingen en casussen.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Contacts with a problem (open them with Edit): {rows}</source>
            <translation>Contactpersonen met een probleem (open ze met Bewerken): {rows}</translation>
        </message>
        <message>
            <source>Trainings with a problem (open them with Edit): {rows}</source>
            <translation>Vormingen met een probleem (open ze met Bewerken): {rows}</translation>
        </message>
        <message>
            <source>The partner was not saved:</source>
            <translation>De partner is niet opgeslagen:</translation>
        </message>
    </context>
    <context>
        <name>PartnerImport</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participatie</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Contact's function</source>
            <translation>Functie contactpersoon</translation>
        </message>
        <message>
            <source>Contact's phone</source>
            <translation>Telefoon contactpersoon</translation>
        </message>
        <message>
            <source>Contact's e-mail</source>
            <translation>E-mail contactpersoon</translation>
        </message>
        <message>
            <source>A quote (") on this line is never closed, or a cell here runs over several lines and holds the separator. Correct the line in the sheet; the lines after it are read as separate rows.</source>
            <translation>Een aanhalingsteken (") op deze regel wordt nooit gesloten, of een cel hier loopt over meerdere regels en bevat het scheidingsteken. Verbeter de regel in het werkblad; de regels erna worden als afzonderlijke rijen gelezen.</translation>
        </message>
        <message>
            <source>Not imported: {problems}</source>
            <translation>Niet geïmporteerd: {problems}</translation>
        </message>
        <message>
            <source>Added to the partner of line {line}</source>
            <translation>Toegevoegd aan de partner van regel {line}</translation>
        </message>
        <message>
            <source>Already in the register: merged</source>
            <translation>Al in het register: samengevoegd</translation>
        </message>
        <message>
            <source>Already in the register: skipped</source>
            <translation>Al in het register: overgeslagen</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nieuwe partner</translation>
        </message>
        <message>
            <source>unknown sector '{sector}' kept in the notes</source>
            <translation>onbekende sector '{sector}' bewaard in de notities</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Wat er gebeurt</translation>
        </message>
    </context>
    <context>
        <name>PartnerImportDialog</name>
        <message>
            <source>Import partners from a CSV file</source>
            <translation>Partners importeren uit een CSV-bestand</translation>
        </message>
        <message>
            <source>Save the sheet in Excel with Save As › 'CSV UTF-8' (or plain CSV) and choose it here. The first row must hold the column names. Nothing is imported until you confirm.</source>
            <translation>Sla het blad in Excel op met Opslaan als › 'CSV UTF-8' (of gewone CSV) en kies het hier. De eerste rij moet de kolomnamen bevatten. Er wordt niets geïmporteerd voor u bevestigt.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Bestand kiezen…</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Geen bestand gekozen.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolommen</translation>
        </message>
        <message>
            <source>Merge with the partner already in the register</source>
            <translation>Samenvoegen met de partner die al in het register staat</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>Overslaan</translation>
        </message>
        <message>
            <source>Same name as a partner in the register:</source>
            <translation>Zelfde naam als een partner in het register:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importeren…</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Kies een CSV-bestand</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>{name}: {rows} rows · {encoding} · columns separated by {delimiter}</source>
            <translation>{name}: {rows} rijen · {encoding} · kolommen gescheiden door {delimiter}</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(niet importeren)</translation>
        </message>
        <message>
            <source>column {n}</source>
            <translation>kolom {n}</translation>
        </message>
        <message>
            <source>Choose which column holds the partner's name.</source>
            <translation>Kies welke kolom de naam van de partner bevat.</translation>
        </message>
        <message>
            <source>New partners: {new} · already in the register: {duplicates} ({action}) · rows adding a contact to an earlier row: {folded} · rows with problems (not imported): {errors}</source>
            <translation>Nieuwe partners: {new} · al in het register: {duplicates} ({action}) · rijen die een contactpersoon toevoegen aan een eerdere rij: {folded} · rijen met problemen (niet geïmporteerd): {errors}</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>samenvoegen</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>overslaan</translation>
        </message>
        <message>
            <source>Import now?
New partners: {new}
Merged into partners already in the register: {merged}
Rows with problems, not imported: {errors}</source>
            <translation>Nu importeren?
Nieuwe partners: {new}
Samengevoegd met partners die al in het register staan: {merged}
Rijen met problemen, niet geïmporteerd: {errors}</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>Partners importeren</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <source>Import done. New: {created} · merged: {merged} · skipped: {skipped} · rows with problems, not imported: {failed}</source>
            <translation>Import klaar. Nieuw: {created} · samengevoegd: {merged} · overgeslagen: {skipped} · rijen met problemen, niet geïmporteerd: {failed}</translation>
        </message>
    </context>
    <context>
        <name>PartnerLabels</name>
        <message>
            <source>Police</source>
            <translation>Politie</translation>
        </message>
        <message>
            <source>Social services (OCMW/CPAS)</source>
            <translation>Sociale dienstverlening (OCMW)</translation>
        </message>
        <message>
            <source>Welfare (CAW, JAC)</source>
            <translation>Welzijnswerk (CAW, JAC)</translation>
        </message>
        <message>
            <source>Youth service</source>
            <translation>Jeugddienst</translation>
        </message>
        <message>
            <source>Education and pupil guidance (CLB)</source>
            <translation>Onderwijs en leerlingenbegeleiding (CLB)</translation>
        </message>
        <message>
            <source>Sport</source>
            <translation>Sport</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Cultuur</translation>
        </message>
        <message>
            <source>Religious community</source>
            <translation>Geloofsgemeenschap</translation>
        </message>
        <message>
            <source>Street-corner and first-line work</source>
            <translation>Straathoekwerk en eerstelijnswerk</translation>
        </message>
        <message>
            <source>Justice assistants</source>
            <translation>Justitieassistenten</translation>
        </message>
        <message>
            <source>Prevention service</source>
            <translation>Preventiedienst</translation>
        </message>
        <message>
            <source>Municipal administration</source>
            <translation>Gemeentebestuur</translation>
        </message>
        <message>
            <source>Judicial authority</source>
            <translation>Gerechtelijke overheid</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Works on it</source>
            <translation>Meewerken</translation>
        </message>
        <message>
            <source>Contributes</source>
            <translation>Meedenken</translation>
        </message>
        <message>
            <source>Kept informed</source>
            <translation>Meeweten</translation>
        </message>
        <message>
            <source>Takes an active part in the cell's policy and case work.</source>
            <translation>Werkt actief mee aan het beleid en de casussen van de cel.</translation>
        </message>
        <message>
            <source>Contributes content and expertise when asked.</source>
            <translation>Levert op vraag inhoudelijke inbreng en expertise.</translation>
        </message>
        <message>
            <source>Is kept informed only and has no active role (for now).</source>
            <translation>Blijft enkel op de hoogte en heeft (voorlopig) geen actieve rol.</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>Burgemeester</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Voorzitter</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Notulist</translation>
        </message>
        <message>
            <source>Information officer</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <source>Prevention officer</source>
            <translation>Preventiemedewerker</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Lid</translation>
        </message>
        <message>
            <source>Ad hoc expert</source>
            <translation>Ad-hocdeskundige</translation>
        </message>
        <message>
            <source>Bound by professional secrecy</source>
            <translation>Gebonden door het beroepsgeheim</translation>
        </message>
        <message>
            <source>Not bound by professional secrecy</source>
            <translation>Niet gebonden door het beroepsgeheim</translation>
        </message>
        <message>
            <source>Professional secrecy unknown</source>
            <translation>Beroepsgeheim onbekend</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Gearchiveerd</translation>
        </message>
        <message>
            <source>Followed</source>
            <translation>Gevolgd</translation>
        </message>
        <message>
            <source>Wanted</source>
            <translation>Gewenst</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Vorming</translation>
        </message>
        <message>
            <source>Helpline</source>
            <translation>Hulplijn</translation>
        </message>
        <message>
            <source>Federal support</source>
            <translation>Federale ondersteuning</translation>
        </message>
        <message>
            <source>Regional support</source>
            <translation>Regionale ondersteuning</translation>
        </message>
        <message>
            <source>Expert network</source>
            <translation>Expertennetwerk</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Duits</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Niet ingesteld</translation>
        </message>
        <message>
            <source>No active partner has the role of mayor. The mayor (or a representative) is a fixed member of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Geen enkele actieve partner heeft de rol van burgemeester. De burgemeester (of een vertegenwoordiger) is vast lid van de cel (wet van 30 juli 2018, art. 3 §1).</translation>
        </message>
        <message>
            <source>No active partner of the police sector. The chief of police and/or a police representative are fixed members of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Geen enkele actieve partner uit de politiesector. De korpschef en/of een vertegenwoordiger van de politie zijn vaste leden van de cel (wet van 30 juli 2018, art. 3 §1).</translation>
        </message>
        <message>
            <source>No active police contact is marked as holding a security clearance. The law asks for a police representative with a 'secret' clearance.</source>
            <translation>Geen enkele actieve politiecontactpersoon heeft een veiligheidsmachtiging. De wet vraagt een vertegenwoordiger van de politie met een machtiging 'geheim'.</translation>
        </message>
        <message>
            <source>No active partner has the role of prevention officer. The municipal official coordinating prevention is a fixed member of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Geen enkele actieve partner heeft de rol van preventiemedewerker. De gemeentelijke ambtenaar die de preventie coördineert, is vast lid van de cel (wet van 30 juli 2018, art. 3 §1).</translation>
        </message>
        <message>
            <source>Not every partner at a table has signed the current house rules (House rules → Signatures).</source>
            <translation>Niet elke partner aan een tafel heeft het huidige huishoudelijk reglement ondertekend (Huishoudelijk reglement → Ondertekeningen).</translation>
        </message>
    </context>
    <context>
        <name>PartnerListTab</name>
        <message>
            <source>Search name, sector, contact persons and notes…</source>
            <extracomment>The user moved the selection onto another partner (its id). The rows shown changed (search, filter or reload): the counts follow.</extracomment>
            <translation>Zoek in naam, sector, contactpersonen en notities…</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nieuwe partner</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>CSV importeren…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Lijst afdrukken…</translation>
        </message>
        <message>
            <source>Print contact sheet…</source>
            <translation>Contactlijst afdrukken…</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Alle sectoren</translation>
        </message>
        <message>
            <source>Any participation</source>
            <translation>Elke participatie</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>Alle tafels</translation>
        </message>
        <message>
            <source>Active partners</source>
            <translation>Actieve partners</translation>
        </message>
        <message>
            <source>Archived partners</source>
            <translation>Gearchiveerde partners</translation>
        </message>
        <message>
            <source>Active and archived</source>
            <translation>Actief en gearchiveerd</translation>
        </message>
    </context>
    <context>
        <name>PartnerModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participatie</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tafels</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
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
            <translation>Functie</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Machtiging</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Vorming</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Aanbieder</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Followed or wanted</source>
            <translation>Gevolgd of gewenst</translation>
        </message>
        <message>
            <source>Checked on {date}</source>
            <translation>Nagekeken op {date}</translation>
        </message>
        <message>
            <source>Booklet of {date}: verify</source>
            <translation>Zakboekje van {date}: nakijken</translation>
        </message>
        <message>
            <source>Own entry</source>
            <translation>Eigen gegeven</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Phone, e-mail, website</source>
            <translation>Telefoon, e-mail, website</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Ingebouwd</translation>
        </message>
        <message>
            <source>Own sector</source>
            <translation>Eigen sector</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>Offered in lists</source>
            <translation>Aangeboden in lijsten</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>The partner has changes that are not saved. Save them?</source>
            <translation>De partner heeft wijzigingen die niet opgeslagen zijn. Opslaan?</translation>
        </message>
        <message>
            <source>Participation overview</source>
            <translation>Participatieoverzicht</translation>
        </message>
        <message>
            <source>Support directory</source>
            <translation>Ondersteuningsgids</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectoren</translation>
        </message>
        <message>
            <source>Partners: {shown} of {total} shown · {active} active · {archived} archived</source>
            <translation>Partners: {shown} van {total} getoond · {active} actief · {archived} gearchiveerd</translation>
        </message>
        <message>
            <source>The partner was not saved: see the marked fields.</source>
            <translation>De partner is niet opgeslagen: zie de gemarkeerde velden.</translation>
        </message>
        <message>
            <source>Partner saved.</source>
            <translation>Partner opgeslagen.</translation>
        </message>
        <message>
            <source>Partner restored.</source>
            <translation>Partner teruggezet.</translation>
        </message>
        <message>
            <source>Partner archived. It stays visible in old meetings and cases.</source>
            <translation>Partner gearchiveerd. Hij blijft zichtbaar in oude vergaderingen en casussen.</translation>
        </message>
        <message>
            <source>Partner in use</source>
            <translation>Partner in gebruik</translation>
        </message>
        <message>
            <source>Other records (meetings, cases...) refer to {name} ({count}). It cannot be deleted, but it can be archived: it then disappears from the lists of active partners and stays visible in the old records. Archive it?</source>
            <translation>Andere gegevens (vergaderingen, casussen...) verwijzen naar {name} ({count}). De partner kan niet verwijderd worden, maar wel gearchiveerd: hij verdwijnt dan uit de lijsten van actieve partners en blijft zichtbaar in de oude gegevens. Archiveren?</translation>
        </message>
        <message>
            <source>Delete partner</source>
            <translation>Partner verwijderen</translation>
        </message>
        <message>
            <source>Delete {name} with its contact persons and trainings for good? Nothing in the register refers to it. This cannot be undone.</source>
            <translation>{name} met zijn contactpersonen en vormingen definitief verwijderen? Niets in het register verwijst ernaar. Dit kan niet ongedaan gemaakt worden.</translation>
        </message>
        <message>
            <source>Partner deleted.</source>
            <translation>Partner verwijderd.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>Export partners as CSV</source>
            <translation>Partners exporteren als CSV</translation>
        </message>
        <message>
            <source>partners.csv</source>
            <translation>partners.csv</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Partners exported: {count}</source>
            <translation>Partners geëxporteerd: {count}</translation>
        </message>
        <message>
            <source>Partners: {count} · {status} · printed on {date}</source>
            <translation>Partners: {count} · {status} · afgedrukt op {date}</translation>
        </message>
        <message>
            <source>filter: {filters}</source>
            <translation>filter: {filters}</translation>
        </message>
        <message>
            <source>Partner list</source>
            <translation>Partnerlijst</translation>
        </message>
        <message>
            <source>Contact sheet</source>
            <translation>Contactlijst</translation>
        </message>
        <message>
            <source>Active partners: {count} · printed on {date}</source>
            <translation>Actieve partners: {count} · afgedrukt op {date}</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF opslaan</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF saved.</source>
            <translation>PDF opgeslagen.</translation>
        </message>
        <message>
            <source>partner-list.pdf</source>
            <translation>partnerlijst.pdf</translation>
        </message>
        <message>
            <source>contact-sheet.pdf</source>
            <translation>contactlijst.pdf</translation>
        </message>
        <message>
            <source>participation-overview.pdf</source>
            <translation>participatieoverzicht.pdf</translation>
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
        <name>PhaseChangeDialog</name>
        <message>
            <source>Change phase of case {code}</source>
            <translation>Fase van casus {code} wijzigen</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <source>Current phase</source>
            <translation>Huidige fase</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Nieuwe fase</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Reden van afsluiting</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Close this case? A closed case cannot be reopened.</source>
            <translation>Deze casus afsluiten? Een afgesloten casus kan niet heropend worden.</translation>
        </message>
    </context>
    <context>
        <name>PreparePanel</name>
        <message>
            <source>Meeting</source>
            <translation>Vergadering</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tafel</translation>
        </message>
        <message>
            <source>Case (case team)</source>
            <translation>Casus (caseteam)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Beginuur</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Einduur</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Voorzitter</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Notulist</translation>
        </message>
        <message>
            <source>Save details</source>
            <translation>Gegevens opslaan</translation>
        </message>
        <message>
            <source>Agenda (drag rows, or Ctrl+Up/Ctrl+Down, to reorder)</source>
            <translation>Dagorde (rijen verslepen, of Ctrl+Pijl omhoog/omlaag, om de volgorde te wijzigen)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Planned minutes:</source>
            <translation>Geplande minuten:</translation>
        </message>
        <message>
            <source>Off the record</source>
            <translation>Off the record</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Beroepsgeheim</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Punt verwijderen</translation>
        </message>
        <message>
            <source>Title of a new item</source>
            <translation>Titel van een nieuw punt</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Punt toevoegen</translation>
        </message>
        <message>
            <source>Propose cases and signals</source>
            <translation>Casussen en signalen voorstellen</translation>
        </message>
        <message>
            <source>Add a case or signal…</source>
            <translation>Casus of signaal toevoegen…</translation>
        </message>
        <message>
            <source>Invitations and series</source>
            <translation>Uitnodigingen en reeks</translation>
        </message>
        <message>
            <source>Invite the table's members</source>
            <translation>Leden van de tafel uitnodigen</translation>
        </message>
        <message>
            <source>Invitation and agenda (PDF)…</source>
            <translation>Uitnodiging en dagorde (PDF)…</translation>
        </message>
        <message>
            <source>Attendance sheet (PDF)…</source>
            <translation>Aanwezigheidslijst (PDF)…</translation>
        </message>
        <message>
            <source>Calendar file (.ics)…</source>
            <translation>Agendabestand (.ics)…</translation>
        </message>
        <message>
            <source>Mark agenda as sent</source>
            <translation>Dagorde als verstuurd markeren</translation>
        </message>
        <message>
            <source>Every N days:</source>
            <translation>Om de N dagen:</translation>
        </message>
        <message>
            <source>Create following dates</source>
            <translation>Volgende data aanmaken</translation>
        </message>
        <message numerus="yes">
            <source>%n items, {total} minutes in total; expected end {end}</source>
            <translation>
                <numerusform>%n punt, {total} minuten in totaal; verwacht einde {end}</numerusform>
                <numerusform>%n punten, {total} minuten in totaal; verwacht einde {end}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items proposed.</source>
            <translation>
                <numerusform>%n punt voorgesteld.</numerusform>
                <numerusform>%n punten voorgesteld.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members invited.</source>
            <translation>
                <numerusform>%n lid uitgenodigd.</numerusform>
                <numerusform>%n leden uitgenodigd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings added.</source>
            <translation>
                <numerusform>%n vergadering toegevoegd.</numerusform>
                <numerusform>%n vergaderingen toegevoegd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting saved.</source>
            <translation>Vergadering opgeslagen.</translation>
        </message>
        <message>
            <source>Remove this agenda item and everything noted on it?</source>
            <translation>Dit agendapunt en alles wat erbij genoteerd is verwijderen?</translation>
        </message>
        <message>
            <source>Nothing to propose: every case and signal that asks for this meeting is on the agenda already.</source>
            <translation>Niets voor te stellen: elke casus en elk signaal dat deze vergadering vraagt, staat al op de agenda.</translation>
        </message>
        <message>
            <source>{code} is on the agenda.</source>
            <translation>{code} staat op de agenda.</translation>
        </message>
        <message>
            <source>Nobody was invited: no partner is ticked for the table "{table}" yet. On the Partners page, open each partner who sits at this table, tick "{table}" under Tables and save; then click this button again.</source>
            <translation>Niemand werd uitgenodigd: er is nog geen partner aangevinkt voor de tafel "{table}". Open op de pagina Partners elke partner die aan deze tafel zit, vink "{table}" aan onder Tafels en sla op; klik daarna opnieuw op deze knop.</translation>
        </message>
        <message>
            <source>Nobody was invited: the partners ticked for the table "{table}" have no active contact person. Add a contact to each of them on the Partners page; then click this button again.</source>
            <translation>Niemand werd uitgenodigd: de partners die voor de tafel "{table}" zijn aangevinkt, hebben geen actieve contactpersoon. Voeg op de pagina Partners bij elk van hen een contactpersoon toe; klik daarna opnieuw op deze knop.</translation>
        </message>
        <message>
            <source>Everyone at this table is invited already.</source>
            <translation>Iedereen aan deze tafel is al uitgenodigd.</translation>
        </message>
        <message>
            <source>LIVC meeting: {table}</source>
            <translation>LIVC-vergadering: {table}</translation>
        </message>
        <message>
            <source>The agenda as sent is kept.</source>
            <translation>De dagorde zoals verstuurd is bewaard.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Off the record: hidden in privacy mode</source>
            <translation>Off the record: verborgen in privacymodus</translation>
        </message>
        <message>
            <source>Privacy mode</source>
            <translation>Privacymodus</translation>
        </message>
        <message>
            <source>Mask every identity field, observation and off-record note, e.g. while the screen is projected in a meeting ({key})</source>
            <translation>Elk identiteitsveld, elke vaststelling en elke notitie off the record maskeren, bv. terwijl het scherm op een vergadering geprojecteerd wordt ({key})</translation>
        </message>
    </context>
    <context>
        <name>ProcessingRecord</name>
        <message>
            <source>Case files, open</source>
            <translation>Casusdossiers, open</translation>
        </message>
        <message>
            <source>Case code, phase, flag, review dates, lead partner</source>
            <translation>Casuscode, fase, vlag, herbeoordelingsdata, trekkende partner</translation>
        </message>
        <message>
            <source>Case files, closed</source>
            <translation>Casusdossiers, afgesloten</translation>
        </message>
        <message>
            <source>Kept until their retention period ends</source>
            <translation>Bewaard tot hun bewaartermijn verstrijkt</translation>
        </message>
        <message>
            <source>Identities</source>
            <translation>Identiteiten</translation>
        </message>
        <message>
            <source>Name, date of birth, address, school or work, languages</source>
            <translation>Naam, geboortedatum, adres, school of werk, talen</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <source>Source partner, consent, sharing level, text</source>
            <translation>Bronpartner, toestemming, deelniveau, tekst</translation>
        </message>
        <message>
            <source>of which under professional secrecy</source>
            <translation>waarvan onder beroepsgeheim</translation>
        </message>
        <message>
            <source>Shared with the case team only</source>
            <translation>Enkel gedeeld met het caseteam</translation>
        </message>
        <message>
            <source>Flag decisions</source>
            <translation>Vlagbeslissingen</translation>
        </message>
        <message>
            <source>Flag, date, justification, who decided</source>
            <translation>Vlag, datum, motivering, wie besliste</translation>
        </message>
        <message>
            <source>Phase changes</source>
            <translation>Fasewijzigingen</translation>
        </message>
        <message>
            <source>Phase, date, reason</source>
            <translation>Fase, datum, reden</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <source>What, partner, due date, status, result</source>
            <translation>Wat, partner, termijn, status, resultaat</translation>
        </message>
        <message>
            <source>Case team memberships</source>
            <translation>Lidmaatschappen van caseteams</translation>
        </message>
        <message>
            <source>Partner organisations per case</source>
            <translation>Partnerorganisaties per casus</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Samenwerking</translation>
        </message>
        <message>
            <source>Other LIVCs and LTFs contacted per case</source>
            <translation>Andere LIVC's en LTF's gecontacteerd per casus</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Date, channel, reporter, what was observed</source>
            <translation>Datum, kanaal, melder, wat werd vastgesteld</translation>
        </message>
        <message>
            <source>Signal traces</source>
            <translation>Sporen van signalen</translation>
        </message>
        <message>
            <source>Date and channel only (no consent)</source>
            <translation>Enkel datum en kanaal (geen toestemming)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Vergaderingen</translation>
        </message>
        <message>
            <source>Date, place, chair, agenda</source>
            <translation>Datum, plaats, voorzitter, agenda</translation>
        </message>
        <message>
            <source>Finalised minutes</source>
            <translation>Definitieve notulen</translation>
        </message>
        <message>
            <source>Frozen, cases by code only</source>
            <translation>Vastgezet, casussen enkel met hun code</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Name, organisation, presence</source>
            <translation>Naam, organisatie, aanwezigheid</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Gasten</translation>
        </message>
        <message>
            <source>Name, organisation, signed confidentiality undertaking</source>
            <translation>Naam, organisatie, ondertekende geheimhoudingsverklaring</translation>
        </message>
        <message>
            <source>Partner organisations</source>
            <translation>Partnerorganisaties</translation>
        </message>
        <message>
            <source>Name, sector, contact details</source>
            <translation>Naam, sector, contactgegevens</translation>
        </message>
        <message>
            <source>Partner contacts</source>
            <translation>Contactpersonen van partners</translation>
        </message>
        <message>
            <source>Name, function, phone, e-mail, clearance</source>
            <translation>Naam, functie, telefoon, e-mail, veiligheidsmachtiging</translation>
        </message>
        <message>
            <source>Access-trail entries</source>
            <translation>Regels in het toegangslogboek</translation>
        </message>
        <message>
            <source>Time, event, case code, ids: never content</source>
            <translation>Tijdstip, gebeurtenis, casuscode, id's: nooit inhoud</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Versleuteling</translation>
        </message>
        <message>
            <source>The whole register is one SQLCipher file (AES-256, page HMAC); nothing is written unencrypted; temporary data stays in memory.</source>
            <translation>Het hele register is één SQLCipher-bestand (AES-256, HMAC per pagina); niets wordt onversleuteld weggeschreven; tijdelijke gegevens blijven in het geheugen.</translation>
        </message>
        <message>
            <source>Key derivation</source>
            <translation>Sleutelafleiding</translation>
        </message>
        <message>
            <source>PBKDF2-HMAC-SHA512 with {iterations} iterations from the passphrase; the passphrase is never stored.</source>
            <translation>PBKDF2-HMAC-SHA512 met {iterations} iteraties uit de wachtwoordzin; de wachtwoordzin wordt nooit bewaard.</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Verwijdering</translation>
        </message>
        <message>
            <source>Deleted data is overwritten (secure_delete) and the file is rebuilt after a purge.</source>
            <translation>Verwijderde gegevens worden overschreven (secure_delete) en het bestand wordt na het wissen van een casus opnieuw opgebouwd.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>Encrypted copies with a manifest and checksums; last good backup: {when}.</source>
            <translation>Versleutelde kopieën met een manifest en controlesommen; laatste goede back-up: {when}.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nog geen</translation>
        </message>
        <message>
            <source>Access trail</source>
            <translation>Toegangslogboek</translation>
        </message>
        <message>
            <source>Every unlock, opened case file, revealed identity, change and export is recorded, hash-chained ({count} entries); ids and codes only.</source>
            <translation>Elke ontgrendeling, elk geopend casusdossier, elke getoonde identiteit, wijziging en export wordt vastgelegd, met hashketen ({count} regels); enkel id's en codes.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Vergrendeling</translation>
        </message>
        <message>
            <source>The program locks after inactivity and with the session; printed documents name cases by code only.</source>
            <translation>Het programma vergrendelt na inactiviteit en samen met de sessie; afgedrukte documenten vermelden casussen enkel met hun code.</translation>
        </message>
        <message>
            <source>Purpose and legal bases</source>
            <translation>Doel en rechtsgronden</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Rechtsgrond</translation>
        </message>
        <message>
            <source>What it covers</source>
            <translation>Wat ze dekt</translation>
        </message>
        <message>
            <source>Categories of data held</source>
            <translation>Bewaarde categorieën van gegevens</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Bewaring</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Instelling</translation>
        </message>
        <message>
            <source>Closed case proposed for purge</source>
            <translation>Afgesloten casus voorgesteld om te wissen</translation>
        </message>
        <message>
            <source>{months} months after closure</source>
            <translation>{months} maanden na afsluiting</translation>
        </message>
        <message>
            <source>Open case with indications only</source>
            <translation>Open casus met enkel aanwijzingen</translation>
        </message>
        <message>
            <source>proposed for review after six months without anything new</source>
            <translation>voorgesteld voor herbeoordeling na zes maanden zonder iets nieuws</translation>
        </message>
        <message>
            <source>Open case re-weighed</source>
            <translation>Open casus opnieuw gewogen</translation>
        </message>
        <message>
            <source>at least every {weeks} weeks</source>
            <translation>minstens elke {weeks} weken</translation>
        </message>
        <message>
            <source>Purge</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>removes the case with everything about it; the access trail keeps only the code, the date and the reason</source>
            <translation>verwijdert de casus met alles wat erover bewaard is; het toegangslogboek behoudt enkel de code, de datum en de reden</translation>
        </message>
        <message>
            <source>Registered partners (recipients)</source>
            <translation>Geregistreerde partners (ontvangers)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Active contacts</source>
            <translation>Actieve contactpersonen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>gearchiveerd</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actief</translation>
        </message>
        <message>
            <source>No partners registered.</source>
            <translation>Geen partners geregistreerd.</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Beveiligingsmaatregelen</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Processing of personal data by the local integrated security cell (LIVC) of {municipalities}, to support the municipality's data-protection impact assessment (GDPR art. 30 and 35).</source>
            <translation>Verwerking van persoonsgegevens door de lokale integrale veiligheidscel (LIVC) van {municipalities}, ter ondersteuning van de gegevensbeschermingseffectbeoordeling van de gemeente (AVG art. 30 en 35).</translation>
        </message>
        <message>
            <source>Controller: the municipality. Contact: {officer}.</source>
            <translation>Verwerkingsverantwoordelijke: de gemeente. Contact: {officer}.</translation>
        </message>
        <message>
            <source>the prevention official</source>
            <translation>de preventieambtenaar</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceLabel</name>
        <message>
            <source>Received from the cell of {cell} on {date} (their case code {code}; contact: {contact}).</source>
            <translation>Ontvangen van de cel van {cell} op {date} (hun casuscode {code}; contact: {contact}).</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Purge case {code}</source>
            <translation>Casus {code} definitief wissen</translation>
        </message>
        <message>
            <source>This deletes case {code} for good: the identity, every information item, measure, flag and phase decision, the case team, cooperation, the signals that led to it and its items in meetings that are still drafts. Finalised minutes keep only what they printed (the case by its code). The access trail keeps only the code, today's date and the reason. This cannot be undone; backups made before today still hold the case until they are replaced.</source>
            <translation>Dit wist casus {code} definitief: de identiteit, alle informatie, maatregelen, vlag- en fasebeslissingen, het caseteam, de samenwerking, de signalen die tot de casus leidden en de agendapunten in vergaderingen die nog ontwerp zijn. Definitieve notulen behouden alleen wat ze afdrukten (de casus onder zijn code). Het toegangslogboek behoudt alleen de code, de datum van vandaag en de reden. Dit kan niet ongedaan worden gemaakt; back-ups van vóór vandaag bevatten de casus nog tot ze vervangen zijn.</translation>
        </message>
        <message>
            <source>To be deleted - information items: {info}; measures: {measures}; flag decisions: {flags}; phase changes: {phases}; signals: {signals}; meeting items: {items}.</source>
            <translation>Wordt gewist - informatie: {info}; maatregelen: {measures}; vlagbeslissingen: {flags}; fasewijzigingen: {phases}; signalen: {signals}; agendapunten: {items}.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Type the case code to confirm</source>
            <translation>Typ de casuscode om te bevestigen</translation>
        </message>
        <message>
            <source>Purge for good</source>
            <translation>Definitief wissen</translation>
        </message>
    </context>
    <context>
        <name>RecipientTableModel</name>
        <message>
            <source>Recipient</source>
            <translation>Ontvanger</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Own password (optional)</source>
            <translation>Eigen wachtwoord (niet verplicht)</translation>
        </message>
        <message>
            <source>five words, drawn</source>
            <translation>vijf woorden, geloot</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message>
            <source>Show my month</source>
            <extracomment>"Show my month" was clicked.</extracomment>
            <translation>Mijn maand tonen</translation>
        </message>
        <message>
            <source>Opens the Overview, where each line leads further</source>
            <translation>Opent het Overzicht, waar elke regel verder leidt</translation>
        </message>
        <message>
            <source>Hide this reminder</source>
            <translation>Deze herinnering verbergen</translation>
        </message>
        <message>
            <source>case reviews overdue: {n}</source>
            <translation>herzieningen van casussen over tijd: {n}</translation>
        </message>
        <message>
            <source>measures overdue: {n}</source>
            <translation>maatregelen over tijd: {n}</translation>
        </message>
        <message>
            <source>minutes to finalise: {n}</source>
            <translation>af te sluiten notulen: {n}</translation>
        </message>
        <message>
            <source>minutes to approve: {n}</source>
            <translation>goed te keuren notulen: {n}</translation>
        </message>
        <message>
            <source>Due now: {items}.</source>
            <translation>Nu aan de beurt: {items}.</translation>
        </message>
    </context>
    <context>
        <name>RetentionLabels</name>
        <message>
            <source>Data-subject access</source>
            <translation>Inzage door de betrokkene</translation>
        </message>
        <message>
            <source>Record of processing</source>
            <translation>Register van verwerkingsactiviteiten</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Save the data-subject access PDF</source>
            <translation>PDF voor het inzageverzoek opslaan</translation>
        </message>
        <message>
            <source>Save the record of processing</source>
            <translation>Register van verwerkingsactiviteiten opslaan</translation>
        </message>
        <message>
            <source>Closed: retention period ended</source>
            <translation>Afgesloten: bewaartermijn verstreken</translation>
        </message>
        <message>
            <source>Indications only, nothing new for six months</source>
            <translation>Enkel aanwijzingen, zes maanden niets nieuws</translation>
        </message>
        <message>
            <source>Retention period ended</source>
            <translation>Bewaartermijn verstreken</translation>
        </message>
        <message>
            <source>No new information for six months</source>
            <translation>Zes maanden geen nieuwe informatie</translation>
        </message>
        <message>
            <source>Request for erasure (GDPR art. 17)</source>
            <translation>Verzoek tot wissing (AVG art. 17)</translation>
        </message>
        <message>
            <source>Registered in error</source>
            <translation>Verkeerdelijk geregistreerd</translation>
        </message>
        <message>
            <source>Law of 30 July 2018 on local integrated security cells</source>
            <translation>Wet van 30 juli 2018 tot oprichting van lokale integrale veiligheidscellen</translation>
        </message>
        <message>
            <source>Sets up the LIVC/CSIL-R by municipal decision: its task (prevention of terrorist and radicalisation offences through a person-centred, multidisciplinary approach), members and the processing of personal data.</source>
            <translation>Richt de LIVC-R op bij gemeentelijke beslissing: haar opdracht (preventie van terroristische misdrijven en radicalisering via een persoonsgerichte, multidisciplinaire aanpak), haar leden en de verwerking van persoonsgegevens.</translation>
        </message>
        <message>
            <source>Art. 458ter Criminal Code (case consultation)</source>
            <translation>Art. 458ter Strafwetboek (casusoverleg)</translation>
        </message>
        <message>
            <source>Sharing secrets inside the consultation set up by law is not an offence; participants keep what they hear secret; nobody is obliged to speak.</source>
            <translation>Geheimen delen binnen het bij wet ingestelde overleg is geen misdrijf; deelnemers houden geheim wat ze horen; niemand is verplicht te spreken.</translation>
        </message>
        <message>
            <source>GDPR art. 6(1)(e)</source>
            <translation>AVG art. 6, lid 1, e)</translation>
        </message>
        <message>
            <source>Processing necessary for a task carried out in the public interest, laid down by law.</source>
            <translation>Verwerking noodzakelijk voor een taak van algemeen belang, vastgelegd bij wet.</translation>
        </message>
        <message>
            <source>GDPR art. 9(2)(g)</source>
            <translation>AVG art. 9, lid 2, g)</translation>
        </message>
        <message>
            <source>Special categories (religion, political opinion, health) for reasons of substantial public interest, on the basis of the law above.</source>
            <translation>Bijzondere categorieën (religie, politieke opvatting, gezondheid) om redenen van zwaarwegend algemeen belang, op basis van de bovenstaande wet.</translation>
        </message>
        <message>
            <source>GDPR art. 10</source>
            <translation>AVG art. 10</translation>
        </message>
        <message>
            <source>Data on suspected offences, only under the control of official authority and as authorised by law.</source>
            <translation>Gegevens over vermoedelijke strafbare feiten, enkel onder toezicht van de overheid en zoals de wet toestaat.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>LIVC {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL - personal data - for the data-protection officer</source>
            <translation>VERTROUWELIJK - persoonsgegevens - voor de functionaris voor gegevensbescherming</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>Generated on {when} by LIVC Desktop.</source>
            <translation>Aangemaakt op {when} door LIVC Desktop.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation>Bewaring</translation>
        </message>
        <message>
            <source>Retention and data-subject requests</source>
            <translation>Bewaring en verzoeken van betrokkenen</translation>
        </message>
        <message>
            <source>Cases proposed for review: closed cases whose retention period has ended, and open cases with no more than indications and nothing new for six months. Decide at the cell whether to keep or purge them; a purge removes the case with everything about it.</source>
            <translation>Casussen voorgesteld voor herbeoordeling: afgesloten casussen waarvan de bewaartermijn verstreken is, en open casussen met niet meer dan aanwijzingen en zes maanden niets nieuws. Beslis in de cel of ze bewaard of gewist worden; wissen verwijdert de casus met alles wat erover bewaard is.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>All reasons</source>
            <translation>Alle redenen</translation>
        </message>
        <message>
            <source>Purge case…</source>
            <translation>Casus wissen…</translation>
        </message>
        <message>
            <source>Subject access PDF…</source>
            <translation>PDF inzageverzoek…</translation>
        </message>
        <message>
            <source>House rule</source>
            <translation>Huisregel</translation>
        </message>
        <message>
            <source>Propose closed cases for purge after</source>
            <translation>Afgesloten casussen voorstellen om te wissen na</translation>
        </message>
        <message>
            <source> months</source>
            <translation> maanden</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Open cases with only indications (not weighed, green or yellow) are proposed after six months without a new information item, signal, flag or phase decision or measure.</source>
            <translation>Open casussen met enkel aanwijzingen (niet gewogen, groen of geel) worden voorgesteld na zes maanden zonder nieuwe informatie, signaal, vlag- of fasebeslissing of maatregel.</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Gegevensbescherming</translation>
        </message>
        <message>
            <source>Find a person for an access request…</source>
            <translation>Persoon zoeken voor een inzageverzoek…</translation>
        </message>
        <message>
            <source>Opens “Is this person already known?” (also {key}): codes only, and the search is written to the access trail. Pick the case for its PDF.</source>
            <translation>Opent “Is deze persoon al bekend?” (ook {key}): alleen codes, en de zoekopdracht komt in het toegangslogboek. Kies de casus voor de pdf.</translation>
        </message>
        <message>
            <source>Months after closure before a closed case is proposed for purge</source>
            <translation>Maanden na afsluiting voor een afgesloten casus voorgesteld wordt om te verwijderen</translation>
        </message>
        <message>
            <source>Removes the chosen case with everything about it; type its code to confirm</source>
            <translation>Verwijdert de gekozen casus met alles wat erbij hoort; typ de code om te bevestigen</translation>
        </message>
        <message>
            <source>Show only the cases proposed for this reason</source>
            <translation>Alleen de casussen tonen die om deze reden voorgesteld worden</translation>
        </message>
        <message>
            <source>What the register holds and why, for the municipality's DPIA (no names)</source>
            <translation>Wat het register bevat en waarom, voor de GEB van de gemeente (zonder namen)</translation>
        </message>
        <message>
            <source>Everything the register holds on the person of the chosen case, as a PDF</source>
            <translation>Alles wat het register bevat over de persoon van de gekozen casus, als pdf</translation>
        </message>
        <message>
            <source>Record of processing PDF…</source>
            <translation>PDF register van verwerkingsactiviteiten…</translation>
        </message>
        <message>
            <source>Legal bases of the processing:</source>
            <translation>Rechtsgronden van de verwerking:</translation>
        </message>
        <message numerus="yes">
            <source>%n cases proposed</source>
            <translation>
                <numerusform>%n casus voorgesteld</numerusform>
                <numerusform>%n casussen voorgesteld</numerusform>
            </translation>
        </message>
        <message>
            <source>Retention rule saved.</source>
            <translation>Bewaarregel opgeslagen.</translation>
        </message>
        <message>
            <source>Purge case</source>
            <translation>Casus wissen</translation>
        </message>
        <message>
            <source>Case {code} purged.</source>
            <translation>Casus {code} gewist.</translation>
        </message>
        <message>
            <source>Subject access PDF saved.</source>
            <translation>PDF inzageverzoek opgeslagen.</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Persoon zoeken</translation>
        </message>
        <message>
            <source>Record of processing saved.</source>
            <translation>Register van verwerkingsactiviteiten opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>RetentionTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Casuscode</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Due since</source>
            <translation>Aan de beurt sinds</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Vlag</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Laatste activiteit</translation>
        </message>
        <message>
            <source>Closed on {day}; the house rule's retention period has ended.</source>
            <translation>Afgesloten op {day}; de bewaartermijn van de huisregel is verstreken.</translation>
        </message>
        <message>
            <source>Open with no more than indications (not weighed, green or yellow) and nothing new since {day}.</source>
            <translation>Open met niet meer dan aanwijzingen (niet gewogen, groen of geel) en niets nieuws sinds {day}.</translation>
        </message>
    </context>
    <context>
        <name>RunPanel</name>
        <message>
            <source>◀ Previous (PgUp)</source>
            <translation>◀ Vorige (PgUp)</translation>
        </message>
        <message>
            <source>Next (PgDown) ▶</source>
            <translation>Volgende (PgDown) ▶</translation>
        </message>
        <message>
            <source>OFF THE RECORD: this item is never printed</source>
            <translation>OFF THE RECORD: dit punt wordt nooit afgedrukt</translation>
        </message>
        <message>
            <source>Whole item off the record</source>
            <translation>Volledig punt off the record</translation>
        </message>
        <message>
            <source>Add note (Ctrl+N)</source>
            <translation>Notitie toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Add decision (Ctrl+D)</source>
            <translation>Beslissing toevoegen (Ctrl+D)</translation>
        </message>
        <message>
            <source>Feedback to the police… (Ctrl+K)</source>
            <translation>Terugkoppeling aan de politie… (Ctrl+K)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Choose the partner responsible for this action.</source>
            <translation>Kies de partner die verantwoordelijk is voor deze actie.</translation>
        </message>
        <message>
            <source>Action corrected.</source>
            <translation>Actie verbeterd.</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
        <message>
            <source>Case decision (updates the case)</source>
            <translation>Beslissing over de casus (werkt de casus bij)</translation>
        </message>
        <message>
            <source>Actions: what / partner / who / by when (Ctrl+Return)</source>
            <translation>Acties: wat / partner / wie / tegen wanneer (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Who (optional)</source>
            <translation>Wie (optioneel)</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Verbeteren…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Cancel correction</source>
            <translation>Verbetering annuleren</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Beslissing noteren</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Opmerkingen bij de goedkeuring</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Vlag</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>– choose a partner –</source>
            <translation>– kies een partner –</translation>
        </message>
        <message>
            <source>– none –</source>
            <translation>– geen –</translation>
        </message>
        <message>
            <source>Item {n} of {total}</source>
            <translation>Punt {n} van {total}</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Verbetering opslaan</translation>
        </message>
        <message>
            <source>Remove this action?</source>
            <translation>Deze actie verwijderen?</translation>
        </message>
        <message>
            <source>Remove this action? The measure it became in the case file is removed too.</source>
            <translation>Deze actie verwijderen? De maatregel die ze in het casusdossier werd, wordt ook verwijderd.</translation>
        </message>
        <message>
            <source>Action removed.</source>
            <translation>Actie verwijderd.</translation>
        </message>
        <message>
            <source>Minutes of {date} await approval</source>
            <translation>Notulen van {date} wachten op goedkeuring</translation>
        </message>
        <message>
            <source>Approve those minutes</source>
            <translation>Die notulen goedkeuren</translation>
        </message>
        <message>
            <source>Minutes of {date} approved.</source>
            <translation>Notulen van {date} goedgekeurd.</translation>
        </message>
        <message>
            <source>Decision recorded.</source>
            <translation>Beslissing genoteerd.</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search results</source>
            <extracomment>The user opened a result: its kind and id.</extracomment>
            <translation>Zoekresultaten</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>&amp;Partners, cases, signals and meetings</source>
            <translation>&amp;Partners, casussen, signalen en vergaderingen</translation>
        </message>
        <message>
            <source>Searches names of partners and contacts, case codes and pseudonyms, what signals describe, and meeting dates, places and agenda titles. Accents and capitals do not matter.</source>
            <translation>Zoekt in namen van partners en contactpersonen, casuscodes en pseudoniemen, wat signalen beschrijven, en datums, plaatsen en agendatitels van vergaderingen. Accenten en hoofdletters spelen geen rol.</translation>
        </message>
        <message>
            <source>Is this &amp;person already known?</source>
            <translation>Is deze &amp;persoon al bekend?</translation>
        </message>
        <message>
            <source>Searches the persons' names, pseudonyms and birth dates and shows case codes only. Each search is written to the access trail (not the words searched for).</source>
            <translation>Zoekt in de namen, pseudoniemen en geboortedatums van de personen en toont alleen casuscodes. Elke zoekopdracht komt in het toegangslogboek (niet de gezochte woorden).</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>Name, pseudonym and/or birth date (dd/mm/yyyy)</source>
            <translation>Naam, pseudoniem en/of geboortedatum (dd/mm/jjjj)</translation>
        </message>
        <message>
            <source>Type at least two letters…</source>
            <translation>Typ minstens twee letters…</translation>
        </message>
        <message>
            <source>Person to look for</source>
            <translation>Te zoeken persoon</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Zoektekst</translation>
        </message>
        <message>
            <source>Press Enter to search. The answer gives case codes only, and the access trail records that a person was looked for and which codes were shown.</source>
            <translation>Druk op Enter om te zoeken. Het antwoord geeft alleen casuscodes, en het toegangslogboek houdt bij dat naar een persoon gezocht werd en welke codes getoond werden.</translation>
        </message>
        <message>
            <source>Results appear as you type; press Enter on one to open it. To find a case by the person's name, choose “Is this person already known?”.</source>
            <translation>Resultaten verschijnen terwijl u typt; druk op Enter bij een resultaat om het te openen. Om een casus te vinden op de naam van de persoon, kies “Is deze persoon al bekend?”.</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>gearchiveerd</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casussen</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Vergaderingen</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Niets gevonden.</translation>
        </message>
        <message>
            <source>Results: {n}. Each list stops at {limit}: type more to narrow it.</source>
            <translation>Resultaten: {n}. Elke lijst stopt bij {limit}: typ meer om ze te verfijnen.</translation>
        </message>
        <message>
            <source>Results: {n}</source>
            <translation>Resultaten: {n}</translation>
        </message>
        <message>
            <source>That date does not exist. Type it as dd/mm/yyyy.</source>
            <translation>Die datum bestaat niet. Typ ze als dd/mm/jjjj.</translation>
        </message>
        <message>
            <source>Type at least two letters of a name, or a birth date.</source>
            <translation>Typ minstens twee letters van een naam, of een geboortedatum.</translation>
        </message>
        <message>
            <source>More than {n} cases match: add a first name or the birth date. No code is shown.</source>
            <translation>Meer dan {n} casussen komen overeen: voeg een voornaam of de geboortedatum toe. Er wordt geen code getoond.</translation>
        </message>
        <message>
            <source>This person is not known in the register.</source>
            <translation>Deze persoon is niet bekend in het register.</translation>
        </message>
        <message>
            <source>Known in these cases</source>
            <translation>Bekend in deze casussen</translation>
        </message>
        <message>
            <source>Case {code}</source>
            <translation>Casus {code}</translation>
        </message>
        <message>
            <source>Known in cases: {n}. Opening one is recorded too.</source>
            <translation>Bekend in casussen: {n}. Er een openen wordt ook bijgehouden.</translation>
        </message>
    </context>
    <context>
        <name>SectorsTab</name>
        <message>
            <source>The sectors offered when you describe a partner. Built-in sectors are translated automatically; you can add your own and switch off those you do not use.</source>
            <extracomment>The register's sector list changed: every tab shows sectors.</extracomment>
            <translation>De sectoren die u kunt kiezen bij een partner. Ingebouwde sectoren worden automatisch vertaald; u kunt eigen sectoren toevoegen en sectoren die u niet gebruikt uitschakelen.</translation>
        </message>
        <message>
            <source>Add sector…</source>
            <translation>Sector toevoegen…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Hernoemen…</translation>
        </message>
        <message>
            <source>Switch on or off</source>
            <translation>In- of uitschakelen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Add sector</source>
            <translation>Sector toevoegen</translation>
        </message>
        <message>
            <source>Name of the new sector:</source>
            <translation>Naam van de nieuwe sector:</translation>
        </message>
        <message>
            <source>Rename sector</source>
            <translation>Sector hernoemen</translation>
        </message>
        <message>
            <source>Built-in sectors are translated automatically and cannot be renamed. Add your own sector instead.</source>
            <translation>Ingebouwde sectoren worden automatisch vertaald en kunnen niet hernoemd worden. Voeg in de plaats een eigen sector toe.</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nieuwe naam:</translation>
        </message>
        <message>
            <source>Delete sector</source>
            <translation>Sector verwijderen</translation>
        </message>
        <message>
            <source>Built-in sectors cannot be deleted; switch them off instead.</source>
            <translation>Ingebouwde sectoren kunnen niet verwijderd worden; schakel ze in de plaats uit.</translation>
        </message>
        <message>
            <source>Delete the sector {name}?</source>
            <translation>De sector {name} verwijderen?</translation>
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
        <name>SignalIntakeDialog</name>
        <message>
            <source>New signal</source>
            <translation>Nieuw signaal</translation>
        </message>
        <message>
            <source>Only date, channel, reporter and what was observed are needed. Name the person concerned only by initials or a pseudonym.</source>
            <translation>Enkel datum, kanaal, melder en wat werd vastgesteld zijn nodig. Vermeld de betrokkene enkel met initialen of een pseudoniem.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <source>Outside person</source>
            <translation>Externe persoon</translation>
        </message>
        <message>
            <source>— no contact person —</source>
            <translation>— geen contactpersoon —</translation>
        </message>
        <message>
            <source>Phone or e-mail</source>
            <translation>Telefoon of e-mail</translation>
        </message>
        <message>
            <source>Initials or pseudonym, e.g. Z.T.</source>
            <translation>Initialen of pseudoniem, bv. Z.T.</translation>
        </message>
        <message>
            <source>The contributing partner consents to registration</source>
            <translation>De aanbrengende partner geeft toestemming tot registratie</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Ontvangen op</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Reporter (partner)</source>
            <translation>Melder (partner)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Outside reporter</source>
            <translation>Externe melder</translation>
        </message>
        <message>
            <source>Reporter's contact details</source>
            <translation>Contactgegevens van de melder</translation>
        </message>
        <message>
            <source>What was observed</source>
            <translation>Wat werd vastgesteld</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betrokkene</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringendheid</translation>
        </message>
        <message>
            <source>Read from a filled reporting form. Check every field before saving; nothing is stored until you press OK.</source>
            <translation>Ingelezen uit een ingevuld aanmeldingsformulier. Controleer elk veld voor je bewaart; er wordt niets opgeslagen tot je op OK drukt.</translation>
        </message>
        <message>
            <source>Without consent only a trace is kept: date, channel, partner and "not registered". Nothing you type below is stored.</source>
            <translation>Zonder toestemming blijft enkel een spoor bewaard: datum, kanaal, partner en "niet geregistreerd". Wat u hieronder typt, wordt niet opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Awaiting weighing (oldest first)</source>
            <translation>Wachten op weging (oudste eerst)</translation>
        </message>
        <message>
            <source>All recent signals</source>
            <translation>Alle recente signalen</translation>
        </message>
        <message>
            <source>New signal…</source>
            <translation>Nieuw signaal…</translation>
        </message>
        <message>
            <source>Weigh…</source>
            <translation>Wegen…</translation>
        </message>
        <message>
            <source>Reporting form…</source>
            <translation>Aanmeldingsformulier…</translation>
        </message>
        <message>
            <source>Import filled form…</source>
            <translation>Ingevuld formulier inlezen…</translation>
        </message>
        <message numerus="yes">
            <source>%n signals await weighing. Weigh them together with the partners.</source>
            <translation>
                <numerusform>%n signaal wacht op weging. Weeg het samen met de partners.</numerusform>
                <numerusform>%n signalen wachten op weging. Weeg ze samen met de partners.</numerusform>
            </translation>
        </message>
        <message>
            <source>No signal awaits weighing.</source>
            <translation>Geen enkel signaal wacht op weging.</translation>
        </message>
        <message>
            <source>Signal saved.</source>
            <translation>Signaal bewaard.</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>Bewaard: {file}</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Record a signature</source>
            <translation>Ondertekening noteren</translation>
        </message>
        <message>
            <source>Version {number}, adopted on {date}</source>
            <translation>Versie {number}, goedgekeurd op {date}</translation>
        </message>
        <message>
            <source>Name of the representative</source>
            <translation>Naam van de vertegenwoordiger</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Ondertekend op</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Ondertekend door</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccess</name>
        <message>
            <source>Case code</source>
            <translation>Casuscode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>(no identity recorded)</source>
            <translation>(geen identiteit geregistreerd)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>School of werk</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudoniem</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Geopend op</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Vlag</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Volgende herbeoordeling</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Afgesloten op</translation>
        </message>
        <message>
            <source>Lead partner</source>
            <translation>Trekkende partner</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>What was observed</source>
            <translation>Wat werd vastgesteld</translation>
        </message>
        <message>
            <source>No signals.</source>
            <translation>Geen signalen.</translation>
        </message>
        <message>
            <source>The persons who reported a signal are not named (their own data).</source>
            <translation>De personen die een signaal meldden, worden niet vermeld (hun eigen gegevens).</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Informatie</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Gedeeld met</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <source>professional secret</source>
            <translation>beroepsgeheim</translation>
        </message>
        <message>
            <source>No information items.</source>
            <translation>Geen informatie.</translation>
        </message>
        <message>
            <source>Items covered by professional secrecy are marked: the municipality decides whether an exception to the right of access applies to them.</source>
            <translation>Informatie die onder het beroepsgeheim valt, is gemarkeerd: de gemeente beslist of een uitzondering op het inzagerecht van toepassing is.</translation>
        </message>
        <message>
            <source>Flag history</source>
            <translation>Vlaggengeschiedenis</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Beslist op</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>No flag decisions.</source>
            <translation>Geen vlagbeslissingen.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fasen</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>Gewijzigd op</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Naar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>No phase changes.</source>
            <translation>Geen fasewijzigingen.</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>Afgesproken op</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <source>No measures.</source>
            <translation>Geen maatregelen.</translation>
        </message>
        <message>
            <source>Case team</source>
            <translation>Caseteam</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Toegetreden op</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Uitgestapt op</translation>
        </message>
        <message>
            <source>No case team.</source>
            <translation>Geen caseteam.</translation>
        </message>
        <message>
            <source>Cooperation with other bodies</source>
            <translation>Samenwerking met andere instanties</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Instantie</translation>
        </message>
        <message>
            <source>Exchanged on</source>
            <translation>Uitgewisseld op</translation>
        </message>
        <message>
            <source>No cooperation recorded.</source>
            <translation>Geen samenwerking geregistreerd.</translation>
        </message>
        <message>
            <source>Decisions at meetings</source>
            <translation>Beslissingen op vergaderingen</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Vergadering</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslissing</translation>
        </message>
        <message>
            <source>No decisions at meetings.</source>
            <translation>Geen beslissingen op vergaderingen.</translation>
        </message>
        <message>
            <source>Discussed at meetings</source>
            <translation>Besproken op vergaderingen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Notulen</translation>
        </message>
        <message>
            <source>Account and decisions</source>
            <translation>Verslag en beslissingen</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>(off the record: nothing kept)</source>
            <translation>(off the record: niets bewaard)</translation>
        </message>
        <message>
            <source>Not discussed at any meeting.</source>
            <translation>Op geen enkele vergadering besproken.</translation>
        </message>
        <message>
            <source>Attendees and the persons responsible for actions are not named.</source>
            <translation>Aanwezigen en wie verantwoordelijk is voor acties worden niet vermeld.</translation>
        </message>
        <message>
            <source>Everything the LIVC register of {municipalities} holds on the person of case {code}, for the answer to a request for access (GDPR art. 15).</source>
            <translation>Alles wat het LIVC-register van {municipalities} bewaart over de persoon van casus {code}, voor het antwoord op een inzageverzoek (AVG art. 15).</translation>
        </message>
        <message>
            <source>Check every section before it is handed over: information about other persons and information whose disclosure would harm an ongoing approach may have to be withheld. Contains special-category personal data.</source>
            <translation>Controleer elk onderdeel vóór de overhandiging: informatie over andere personen en informatie waarvan de bekendmaking een lopende aanpak zou schaden, moet mogelijk worden achtergehouden. Bevat bijzondere categorieën van persoonsgegevens.</translation>
        </message>
    </context>
    <context>
        <name>SupportDialog</name>
        <message>
            <source>Support organisation</source>
            <translation>Ondersteunende organisatie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Nagekeken op</translation>
        </message>
        <message>
            <source>From the booklet for mayors (version of {date}). Contact details may have changed: check them and fill in the date you did.</source>
            <translation>Uit het zakboekje voor de burgemeester (versie van {date}). De contactgegevens kunnen gewijzigd zijn: kijk ze na en vul de datum in waarop u dat deed.</translation>
        </message>
    </context>
    <context>
        <name>SupportTab</name>
        <message>
            <source>Training bodies, helplines and support services listed in the booklet for mayors. Entries marked 'verify' come from the booklet of {date}: contact details may have changed. Check them and fill in the date you did.</source>
            <extracomment>A short, translated text for the status bar.</extracomment>
            <translation>Vormingsorganisaties, hulplijnen en ondersteunende diensten uit het zakboekje voor de burgemeester. Gegevens gemarkeerd met 'nakijken' komen uit het zakboekje van {date}: de contactgegevens kunnen gewijzigd zijn. Kijk ze na en vul de datum in waarop u dat deed.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Support organisation saved.</source>
            <translation>Ondersteunende organisatie opgeslagen.</translation>
        </message>
        <message>
            <source>Delete support organisation</source>
            <translation>Ondersteunende organisatie verwijderen</translation>
        </message>
        <message>
            <source>Delete {name} from the support directory?</source>
            <translation>{name} uit de ondersteuningsgids verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>TeamJoinDialog</name>
        <message>
            <source>Add a partner to the case team</source>
            <translation>Partner aan het caseteam toevoegen</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Toegetreden op</translation>
        </message>
    </context>
    <context>
        <name>TeamLeaveDialog</name>
        <message>
            <source>Partner leaves the case team</source>
            <translation>Partner stapt uit het caseteam</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Uitgestapt op</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Training</source>
            <translation>Vorming</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Aanbieder</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Followed or wanted</source>
            <translation>Gevolgd of gewenst</translation>
        </message>
    </context>
    <context>
        <name>TransferCaseButton</name>
        <message>
            <source>Pass on to another cell…</source>
            <translation>Doorgeven aan een andere cel…</translation>
        </message>
    </context>
    <context>
        <name>TriageDialog</name>
        <message>
            <source>Weigh signal</source>
            <translation>Signaal wegen</translation>
        </message>
        <message>
            <source>Received {date} via {channel}.</source>
            <translation>Ontvangen op {date} via {channel}.</translation>
        </message>
        <message>
            <source>A new case</source>
            <translation>Een nieuwe casus</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <source>Weighed on</source>
            <translation>Gewogen op</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Pseudonym of the new case</source>
            <translation>Pseudoniem van de nieuwe casus</translation>
        </message>
        <message>
            <source>Handed to</source>
            <translation>Doorgegeven aan</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
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
    <context>
        <name>VerifyBackupDialog</name>
        <message>
            <source>Restore backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <source>Verify backup</source>
            <translation>Back-up controleren</translation>
        </message>
        <message>
            <source>Restoring replaces the register by the backup. The current register is kept as a safety copy next to it; nothing is replaced before the backup has been checked completely.</source>
            <translation>Terugzetten vervangt het register door de back-up. Het huidige register wordt ernaast als veiligheidskopie bewaard; er wordt niets vervangen voordat de back-up volledig gecontroleerd is.</translation>
        </message>
        <message>
            <source>Checks a backup completely (checksum, passphrase, integrity, version) without restoring or changing anything.</source>
            <translation>Controleert een back-up volledig (controlesom, wachtwoordzin, integriteit, versie) zonder iets terug te zetten of te wijzigen.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Kiezen...</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Back-upbestand</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Wachtwoordzin van de back-up</translation>
        </message>
        <message>
            <source>Check backup</source>
            <translation>Back-up controleren</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Terugzetten...</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Kies een back-upbestand</translation>
        </message>
        <message>
            <source>LIVC backups ({pattern})</source>
            <translation>LIVC-back-ups ({pattern})</translation>
        </message>
        <message>
            <source>Replace the register by the backup made on {created}? The register will be locked; the current one is kept as a safety copy. Afterwards, unlock with the passphrase of the backup.</source>
            <translation>Het register vervangen door de back-up van {created}? Het register wordt vergrendeld; het huidige wordt als veiligheidskopie bewaard. Ontgrendel daarna met de wachtwoordzin van de back-up.</translation>
        </message>
    </context>
</TS>
