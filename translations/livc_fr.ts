<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About LIVC Desktop</source>
            <translation>À propos de LIVC Desktop</translation>
        </message>
        <message>
            <source>LIVC Desktop is free software under the European Union Public Licence (EUPL-1.2). It comes without any warranty.</source>
            <translation>LIVC Desktop est un logiciel libre sous la licence publique de l’Union européenne (EUPL-1.2). Il est fourni sans aucune garantie.</translation>
        </message>
        <message>
            <source>This text is missing from the installation.</source>
            <translation>Ce texte manque dans l’installation.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Logiciels de tiers</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>À propos de Qt</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Pour quand</translation>
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation>Adopter la version {number}</translation>
        </message>
        <message>
            <source>Once adopted, this version can no longer be changed. Partners then sign it; changes later go into a new draft.</source>
            <translation>Une fois adoptée, cette version ne peut plus être modifiée. Les partenaires la signent ensuite ; les modifications ultérieures se font dans un nouveau projet.</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Adoptée le</translation>
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
            <translation>Type</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Pseudonym / received</source>
            <translation>Pseudonyme / reçu</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>already on the agenda</source>
            <translation>déjà à l'ordre du jour</translation>
        </message>
    </context>
    <context>
        <name>AgendaPickerDialog</name>
        <message>
            <source>Put a case or signal on the agenda</source>
            <translation>Mettre un cas ou un signal à l'ordre du jour</translation>
        </message>
        <message>
            <source>Type a case code or pseudonym; Enter puts the selected one on the agenda.</source>
            <translation>Tapez un code de cas ou un pseudonyme ; Entrée met l'élément sélectionné à l'ordre du jour.</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtrer</translation>
        </message>
        <message>
            <source>Cases and signals to choose from</source>
            <translation>Cas et signaux au choix</translation>
        </message>
        <message>
            <source>No open case or signal matches.</source>
            <translation>Aucun cas ou signal ouvert ne correspond.</translation>
        </message>
        <message>
            <source>Put on the agenda</source>
            <translation>Mettre à l'ordre du jour</translation>
        </message>
    </context>
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Marques</translation>
        </message>
        <message>
            <source>OFF THE RECORD</source>
            <translation>HORS PROCÈS-VERBAL</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Secret professionnel</translation>
        </message>
    </context>
    <context>
        <name>AnnualReport</name>
        <message>
            <source>Signals received</source>
            <translation>Signalements reçus</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Cas ouverts</translation>
        </message>
        <message>
            <source>Cases closed</source>
            <translation>Cas clôturés</translation>
        </message>
        <message>
            <source>Cases open on 31 December</source>
            <translation>Cas en cours au 31 décembre</translation>
        </message>
        <message>
            <source>Flag decisions</source>
            <translation>Décisions de drapeau</translation>
        </message>
        <message>
            <source>Measures carried out</source>
            <translation>Mesures réalisées</translation>
        </message>
        <message>
            <source>Measures overdue on 31 December</source>
            <translation>Mesures en retard au 31 décembre</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Réunions tenues</translation>
        </message>
        <message>
            <source>Trainings followed by partners</source>
            <translation>Formations suivies par les partenaires</translation>
        </message>
        <message>
            <source>Partner organisations that followed a training</source>
            <translation>Organisations partenaires ayant suivi une formation</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Par canal</translation>
        </message>
        <message>
            <source>By outcome on 31 December</source>
            <translation>Par suite donnée au 31 décembre</translation>
        </message>
        <message>
            <source>By flag</source>
            <translation>Par drapeau</translation>
        </message>
        <message>
            <source>By phase</source>
            <translation>Par phase</translation>
        </message>
        <message>
            <source>By follow-up type</source>
            <translation>Par type de suivi</translation>
        </message>
        <message>
            <source>By table</source>
            <translation>Par table</translation>
        </message>
        <message>
            <source>Annual report {year}</source>
            <translation>Rapport annuel {year}</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>CSIL {municipalities}</translation>
        </message>
        <message>
            <source>Local Integrated Security Cell · 1 January to 31 December {year}</source>
            <translation>Cellule de sécurité intégrale locale · du 1er janvier au 31 décembre {year}</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>Établi le {date}</translation>
        </message>
        <message>
            <source>No person can be recognised: counts below 5 are not printed.</source>
            <translation>Personne n'est reconnaissable : les nombres inférieurs à 5 ne sont pas imprimés.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>In detail</source>
            <translation>En détail</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
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
            <translation>non affiché</translation>
        </message>
        <message>
            <source>Not shown: these numbers are too small to print without anyone becoming recognisable.</source>
            <translation>Non affiché : ces nombres sont trop petits pour être imprimés sans que quelqu'un devienne reconnaissable.</translation>
        </message>
        <message>
            <source>Attendance per partner organisation</source>
            <translation>Présence par organisation partenaire</translation>
        </message>
        <message>
            <source>Meetings held this year at which the organisation was expected: attended (any of its representatives present) and missed (excused or absent). The rate is printed only where both numbers are.</source>
            <translation>Réunions de l'année auxquelles l'organisation était attendue : présences (au moins un de ses représentants présent) et absences (excusée ou non). Le taux n'est imprimé que si les deux nombres le sont.</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Organisation partenaire</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Absences</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Taux de présence</translation>
        </message>
        <message>
            <source>{rate} %</source>
            <translation>{rate} %</translation>
        </message>
        <message>
            <source>No attendance was recorded this year.</source>
            <translation>Aucune présence n'a été enregistrée cette année.</translation>
        </message>
        <message>
            <source>&lt; 5: a number from 0 to 4. Zero is not printed either, so "none" and "one" cannot be told apart.</source>
            <translation>&lt; 5 : un nombre de 0 à 4. Zéro n'est pas imprimé non plus, de sorte qu'on ne peut distinguer « aucun » de « un ».</translation>
        </message>
        <message>
            <source>x: a number of 5 or more, left out so that a small number next to it cannot be worked out by subtraction.</source>
            <translation>x : un nombre de 5 ou plus, omis pour qu'un petit nombre voisin ne puisse être calculé par soustraction.</translation>
        </message>
        <message>
            <source>Flags and phases on 31 December come from the dated history of each case; the follow-up type is the one recorded today.</source>
            <translation>Les drapeaux et les phases au 31 décembre proviennent de l'historique daté de chaque cas ; le type de suivi est celui enregistré aujourd'hui.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Rubrique</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Ventilation</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
    </context>
    <context>
        <name>AnnualReportDialog</name>
        <message>
            <source>Annual report</source>
            <extracomment>The files written (PDF first), after each export.</extracomment>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <source>What the cell did in one calendar year, for the mayor, the council and the regional authorities. Counts below 5 are printed as “&lt; 5”, and a number that would let someone work one out is left out too. The report is written in the register's language.</source>
            <translation>Ce que la cellule a fait au cours d'une année civile, pour le bourgmestre, le conseil et les autorités régionales. Les nombres inférieurs à 5 sont imprimés « &lt; 5 », et un nombre qui permettrait d'en calculer un est omis aussi. Le rapport est rédigé dans la langue du registre.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Also save the figures as CSV (same name, .csv)</source>
            <translation>Enregistrer aussi les chiffres en CSV (même nom, .csv)</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Enregistrer le PDF…</translation>
        </message>
        <message>
            <source>Save the annual report</source>
            <translation>Enregistrer le rapport annuel</translation>
        </message>
        <message>
            <source>annual-report-{year}.pdf</source>
            <translation>rapport-annuel-{year}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {files}</source>
            <translation>Enregistré : {files}</translation>
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
            <translation>Présences (Ctrl+1 présent, Ctrl+2 excusé, Ctrl+3 absent)</translation>
        </message>
        <message>
            <source>Sent information beforehand</source>
            <translation>A transmis des informations au préalable</translation>
        </message>
        <message>
            <source>Arrived late at</source>
            <translation>Arrivé(e) en retard à</translation>
        </message>
        <message>
            <source>Left early at</source>
            <translation>Parti(e) plus tôt à</translation>
        </message>
        <message>
            <source>Ad hoc guest</source>
            <translation>Invité ad hoc</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Signed the confidentiality undertaking</source>
            <translation>A signé l'engagement de confidentialité</translation>
        </message>
        <message>
            <source>Add guest</source>
            <translation>Ajouter un invité</translation>
        </message>
        <message>
            <source>Remove guest</source>
            <translation>Retirer l'invité</translation>
        </message>
        <message>
            <source>Remove this guest from the meeting?</source>
            <translation>Retirer cet invité de la réunion ?</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>sent information beforehand</source>
            <translation>a transmis des informations au préalable</translation>
        </message>
        <message>
            <source>arrived at {time}</source>
            <translation>arrivé(e) à {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>parti(e) à {time}</translation>
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <source>Register created</source>
            <translation>Registre créé</translation>
        </message>
        <message>
            <source>Register unlocked</source>
            <translation>Registre déverrouillé</translation>
        </message>
        <message>
            <source>Register locked</source>
            <translation>Registre verrouillé</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Phrase secrète modifiée</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Paramètres modifiés</translation>
        </message>
        <message>
            <source>Identity revealed</source>
            <translation>Identité révélée</translation>
        </message>
        <message>
            <source>Identities searched by name</source>
            <translation>Identités recherchées par nom</translation>
        </message>
        <message>
            <source>Case file opened</source>
            <translation>Dossier ouvert</translation>
        </message>
        <message>
            <source>Case file purged</source>
            <translation>Dossier purgé</translation>
        </message>
        <message>
            <source>Case created</source>
            <translation>Cas créé</translation>
        </message>
        <message>
            <source>Case data changed</source>
            <translation>Données du cas modifiées</translation>
        </message>
        <message>
            <source>Identity changed</source>
            <translation>Identité modifiée</translation>
        </message>
        <message>
            <source>Phase changed</source>
            <translation>Phase modifiée</translation>
        </message>
        <message>
            <source>Flag changed</source>
            <translation>Drapeau modifié</translation>
        </message>
        <message>
            <source>Case handed over</source>
            <translation>Cas transmis</translation>
        </message>
        <message>
            <source>Partner joined the case team</source>
            <translation>Partenaire ajouté à l'équipe de cas</translation>
        </message>
        <message>
            <source>Partner left the case team</source>
            <translation>Partenaire sorti de l'équipe de cas</translation>
        </message>
        <message>
            <source>Cooperation recorded</source>
            <translation>Coopération enregistrée</translation>
        </message>
        <message>
            <source>Case decision recorded at a meeting</source>
            <translation>Décision sur un cas enregistrée en réunion</translation>
        </message>
        <message>
            <source>Measure added</source>
            <translation>Mesure ajoutée</translation>
        </message>
        <message>
            <source>Measure followed up</source>
            <translation>Mesure suivie</translation>
        </message>
        <message>
            <source>Information item added</source>
            <translation>Information ajoutée</translation>
        </message>
        <message>
            <source>Information item corrected</source>
            <translation>Information corrigée</translation>
        </message>
        <message>
            <source>Information item removed</source>
            <translation>Information supprimée</translation>
        </message>
        <message>
            <source>Case received from another cell</source>
            <translation>Cas reçu d'une autre cellule</translation>
        </message>
        <message>
            <source>Signal registered</source>
            <translation>Signalement enregistré</translation>
        </message>
        <message>
            <source>Signal trace registered (no consent)</source>
            <translation>Trace d'un signalement enregistrée (sans consentement)</translation>
        </message>
        <message>
            <source>Signal weighed</source>
            <translation>Signalement évalué</translation>
        </message>
        <message>
            <source>Reporting form imported</source>
            <translation>Formulaire de signalement importé</translation>
        </message>
        <message>
            <source>House rules draft made</source>
            <translation>Projet de règlement d'ordre intérieur créé</translation>
        </message>
        <message>
            <source>House rules draft saved</source>
            <translation>Projet de règlement d'ordre intérieur enregistré</translation>
        </message>
        <message>
            <source>House rules adopted</source>
            <translation>Règlement d'ordre intérieur adopté</translation>
        </message>
        <message>
            <source>House rules draft deleted</source>
            <translation>Projet de règlement d'ordre intérieur supprimé</translation>
        </message>
        <message>
            <source>House rules signature recorded</source>
            <translation>Signature du règlement d'ordre intérieur enregistrée</translation>
        </message>
        <message>
            <source>Partner created</source>
            <translation>Partenaire créé</translation>
        </message>
        <message>
            <source>Partner changed</source>
            <translation>Partenaire modifié</translation>
        </message>
        <message>
            <source>Partner archived</source>
            <translation>Partenaire archivé</translation>
        </message>
        <message>
            <source>Partner restored</source>
            <translation>Partenaire restauré</translation>
        </message>
        <message>
            <source>Partner deleted</source>
            <translation>Partenaire supprimé</translation>
        </message>
        <message>
            <source>Partners imported</source>
            <translation>Partenaires importés</translation>
        </message>
        <message>
            <source>Sector added</source>
            <translation>Secteur ajouté</translation>
        </message>
        <message>
            <source>Sector changed</source>
            <translation>Secteur modifié</translation>
        </message>
        <message>
            <source>Sector deleted</source>
            <translation>Secteur supprimé</translation>
        </message>
        <message>
            <source>Support organisation added</source>
            <translation>Organisme d'aide ajouté</translation>
        </message>
        <message>
            <source>Support organisation changed</source>
            <translation>Organisme d'aide modifié</translation>
        </message>
        <message>
            <source>Support organisation deleted</source>
            <translation>Organisme d'aide supprimé</translation>
        </message>
        <message>
            <source>Meeting planned</source>
            <translation>Réunion planifiée</translation>
        </message>
        <message>
            <source>Meeting changed</source>
            <translation>Réunion modifiée</translation>
        </message>
        <message>
            <source>Meeting deleted</source>
            <translation>Réunion supprimée</translation>
        </message>
        <message>
            <source>Meeting series created</source>
            <translation>Série de réunions créée</translation>
        </message>
        <message>
            <source>Meeting series extended</source>
            <translation>Série de réunions prolongée</translation>
        </message>
        <message>
            <source>Names removed from meeting texts</source>
            <translation>Noms retirés des textes de réunion</translation>
        </message>
        <message>
            <source>Agenda item added</source>
            <translation>Point de l'ordre du jour ajouté</translation>
        </message>
        <message>
            <source>Agenda item changed</source>
            <translation>Point de l'ordre du jour modifié</translation>
        </message>
        <message>
            <source>Agenda item deleted</source>
            <translation>Point de l'ordre du jour supprimé</translation>
        </message>
        <message>
            <source>Agenda reordered</source>
            <translation>Ordre du jour réorganisé</translation>
        </message>
        <message>
            <source>Agenda sent</source>
            <translation>Ordre du jour envoyé</translation>
        </message>
        <message>
            <source>Attendee added</source>
            <translation>Participant ajouté</translation>
        </message>
        <message>
            <source>Attendance changed</source>
            <translation>Présences modifiées</translation>
        </message>
        <message>
            <source>Attendee removed</source>
            <translation>Participant retiré</translation>
        </message>
        <message>
            <source>Guest added</source>
            <translation>Invité ajouté</translation>
        </message>
        <message>
            <source>Guest changed</source>
            <translation>Invité modifié</translation>
        </message>
        <message>
            <source>Guest removed</source>
            <translation>Invité retiré</translation>
        </message>
        <message>
            <source>Feedback sheet text saved</source>
            <translation>Texte de la fiche de retour enregistré</translation>
        </message>
        <message>
            <source>Consent to the feedback sheet recorded</source>
            <translation>Accord sur la fiche de retour enregistré</translation>
        </message>
        <message>
            <source>Meeting note added</source>
            <translation>Note de réunion ajoutée</translation>
        </message>
        <message>
            <source>Meeting note changed</source>
            <translation>Note de réunion modifiée</translation>
        </message>
        <message>
            <source>Meeting note deleted</source>
            <translation>Note de réunion supprimée</translation>
        </message>
        <message>
            <source>Meeting action added</source>
            <translation>Action de réunion ajoutée</translation>
        </message>
        <message>
            <source>Meeting action corrected</source>
            <translation>Action de réunion corrigée</translation>
        </message>
        <message>
            <source>Meeting action deleted</source>
            <translation>Action de réunion supprimée</translation>
        </message>
        <message>
            <source>Minutes finalised</source>
            <translation>Procès-verbal finalisé</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Procès-verbal approuvé</translation>
        </message>
        <message>
            <source>Addendum to the minutes added</source>
            <translation>Addendum au procès-verbal ajouté</translation>
        </message>
        <message>
            <source>Distribution recorded</source>
            <translation>Diffusion enregistrée</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sauvegarde effectuée</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>PDF exported</source>
            <translation>PDF exporté</translation>
        </message>
        <message>
            <source>CSV exported</source>
            <translation>CSV exporté</translation>
        </message>
        <message>
            <source>File exported</source>
            <translation>Fichier exporté</translation>
        </message>
        <message>
            <source>Document printed</source>
            <translation>Document imprimé</translation>
        </message>
        <message>
            <source>Case passed on to another cell</source>
            <translation>Cas transmis à une autre cellule</translation>
        </message>
        <message>
            <source>Access trail verified</source>
            <translation>Journal d'accès vérifié</translation>
        </message>
        <message>
            <source>{thing} created</source>
            <translation>{thing} : création</translation>
        </message>
        <message>
            <source>{thing} changed</source>
            <translation>{thing} : modification</translation>
        </message>
        <message>
            <source>{thing} archived</source>
            <translation>{thing} : archivage</translation>
        </message>
        <message>
            <source>{thing} deleted</source>
            <translation>{thing} : suppression</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>(details removed by a purge)</source>
            <translation>(détails supprimés lors d'une purge)</translation>
        </message>
        <message>
            <source>Access trail</source>
            <translation>Journal d'accès</translation>
        </message>
        <message>
            <source>Every unlock, lock, opened case file, revealed identity, change, export, backup and restore, with ids and codes only. Entries cannot be changed or removed; each carries the fingerprint of the one before, so any tampering shows when the trail is verified.</source>
            <translation>Chaque déverrouillage, verrouillage, dossier ouvert, identité révélée, modification, exportation, sauvegarde et restauration, uniquement avec des identifiants et des codes. Les entrées ne peuvent être ni modifiées ni supprimées ; chacune porte l'empreinte de la précédente, de sorte que toute manipulation apparaît lors de la vérification du journal.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>toute date</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>e.g. 2026-004</source>
            <translation>p. ex. 2026-004</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>Verify trail</source>
            <translation>Vérifier le journal</translation>
        </message>
        <message>
            <source>Export PDF for the DPO...</source>
            <translation>Exporter un PDF pour le DPD...</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Tous les événements</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n entries</source>
            <translation>
                <numerusform>{shown} sur %n entrée</numerusform>
                <numerusform>{shown} sur %n entrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The trail is intact: %n entries verified.</source>
            <translation>
                <numerusform>La trace est intacte : %n entrée vérifiée.</numerusform>
                <numerusform>La trace est intacte : %n entrées vérifiées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Chain verified: %n entries, intact.</source>
            <translation>
                <numerusform>Chaîne vérifiée : %n entrée, intacte.</numerusform>
                <numerusform>Chaîne vérifiée : %n entrées, intacte.</numerusform>
            </translation>
        </message>
        <message>
            <source>The trail has been tampered with: entry {seq} or the one before it was changed, removed or moved. Inform the data-protection officer.</source>
            <translation>Le journal a été manipulé : l'entrée {seq} ou celle qui la précède a été modifiée, supprimée ou déplacée. Informez le délégué à la protection des données.</translation>
        </message>
        <message>
            <source>Counting entries...</source>
            <translation>Comptage des entrées...</translation>
        </message>
        <message>
            <source>Verifying the trail...</source>
            <translation>Vérification du journal...</translation>
        </message>
        <message>
            <source>Export the access trail</source>
            <translation>Exporter le journal d'accès</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Access trail exported.</source>
            <translation>Journal d'accès exporté.</translation>
        </message>
        <message>
            <source>Period: {start} to {end}. Event: {kind}. Case code: {case}.</source>
            <translation>Période : du {start} au {end}. Événement : {kind}. Code du dossier : {case}.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>tous</translation>
        </message>
        <message>
            <source>Chain verification FAILED at entry {seq}: the trail was tampered with.</source>
            <translation>ÉCHEC de la vérification de la chaîne à l'entrée {seq} : le journal a été manipulé.</translation>
        </message>
        <message>
            <source>Access trail of the LIVC register of {municipalities}</source>
            <translation>Journal d'accès du registre CSIL de {municipalities}</translation>
        </message>
        <message>
            <source>Fingerprint of the newest entry (keep it to compare later): {hash}</source>
            <translation>Empreinte de l'entrée la plus récente (conservez-la pour comparer plus tard) : {hash}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Details (ids and codes)</source>
            <translation>Détails (identifiants et codes)</translation>
        </message>
        <message>
            <source>No entries match these filters.</source>
            <translation>Aucune entrée ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>CSIL {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL - for the data-protection officer</source>
            <translation>CONFIDENTIEL - pour le délégué à la protection des données</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Details (ids and codes)</source>
            <translation>Détails (identifiants et codes)</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Make backup...</source>
            <translation>Faire une sauvegarde...</translation>
        </message>
        <message>
            <source>Write an encrypted copy of the register</source>
            <translation>Écrire une copie chiffrée du registre</translation>
        </message>
        <message>
            <source>Verify backup...</source>
            <translation>Vérifier une sauvegarde...</translation>
        </message>
        <message>
            <source>Check a backup file without restoring it</source>
            <translation>Vérifier un fichier de sauvegarde sans le restaurer</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Restaurer...</translation>
        </message>
        <message>
            <source>Replace the register by a backup</source>
            <translation>Remplacer le registre par une sauvegarde</translation>
        </message>
        <message>
            <source>The register was restored. Its passphrase has changed: from now on it opens only with the passphrase of the backup, not with the one used until now. Tell everyone who opens this register.</source>
            <translation>Le registre a été restauré. Sa phrase secrète a changé : il ne s'ouvre désormais qu'avec la phrase secrète de la sauvegarde, et non plus avec celle utilisée jusqu'ici. Prévenez toutes les personnes qui ouvrent ce registre.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>The register was restored. Unlock it with the passphrase of the backup.</source>
            <translation>Le registre a été restauré. Déverrouillez-le avec la phrase secrète de la sauvegarde.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>File: {name}</source>
            <translation>Fichier : {name}</translation>
        </message>
        <message>
            <source>Made on: {created}</source>
            <translation>Effectuée le : {created}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Program version: {version}, register version {schema}</source>
            <translation>Version du programme : {version}, version du registre {schema}</translation>
        </message>
        <message>
            <source>Protected by a separate backup passphrase.</source>
            <translation>Protégée par une phrase secrète de sauvegarde distincte.</translation>
        </message>
        <message>
            <source>Its manifest is missing; the content was checked.</source>
            <translation>Son manifeste est manquant ; le contenu a été vérifié.</translation>
        </message>
        <message>
            <source>Its manifest is not sealed (made by an older version, or the seal was removed): its details cannot be proven; the content was checked.</source>
            <translation>Son manifeste n'est pas scellé (créé par une version antérieure, ou le sceau a été retiré) : ses indications ne peuvent être prouvées ; le contenu a été vérifié.</translation>
        </message>
        <message>
            <source>Warning: the register's access trail no longer contains this backup's newest entry; entries were removed or rewritten since it was made.</source>
            <translation>Attention : le journal d'accès du registre ne contient plus l'entrée la plus récente de cette sauvegarde ; des entrées ont été supprimées ou réécrites depuis sa création.</translation>
        </message>
        <message>
            <source>Made by an older version: it will be brought up to date.</source>
            <translation>Effectuée par une version plus ancienne : elle sera mise à jour.</translation>
        </message>
        <message>
            <source>Rows per table:</source>
            <translation>Lignes par table :</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>No backup yet: make one (File &gt; Make backup).</source>
            <translation>Pas encore de sauvegarde : faites-en une (Fichier &gt; Faire une sauvegarde).</translation>
        </message>
        <message>
            <source>Last backup: today</source>
            <translation>Dernière sauvegarde : aujourd'hui</translation>
        </message>
        <message>
            <source>Last backup: yesterday</source>
            <translation>Dernière sauvegarde : hier</translation>
        </message>
        <message>
            <source>Last backup: {days} days ago</source>
            <translation>Dernière sauvegarde : il y a {days} jours</translation>
        </message>
        <message>
            <source>{age} (older than {limit} days: make a new one)</source>
            <translation>{age} (plus de {limit} jours : faites-en une nouvelle)</translation>
        </message>
        <message>
            <source>Automatic backup</source>
            <translation>Sauvegarde automatique</translation>
        </message>
        <message>
            <source>There is no backup of this register yet. Make one now?</source>
            <translation>Il n'existe pas encore de sauvegarde de ce registre. Faire une sauvegarde maintenant ?</translation>
        </message>
        <message>
            <source>The last backup is {age} days old (older than {days} days). Make one now?</source>
            <translation>La dernière sauvegarde date de {age} jours (plus de {days} jours). Faire une sauvegarde maintenant ?</translation>
        </message>
        <message>
            <source>Make backup</source>
            <translation>Faire une sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>CaseEditDialog</name>
        <message>
            <source>New case</source>
            <translation>Nouveau cas</translation>
        </message>
        <message>
            <source>Edit case {code}</source>
            <translation>Modifier le cas {code}</translation>
        </message>
        <message>
            <source>A pseudonym, never the real name</source>
            <translation>Un pseudonyme, jamais le vrai nom</translation>
        </message>
        <message>
            <source>— none yet —</source>
            <translation>— pas encore —</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Lead partner (case manager)</source>
            <translation>Partenaire pilote (gestionnaire de cas)</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
    </context>
    <context>
        <name>CaseFileDialog</name>
        <message>
            <source>Change flag…</source>
            <translation>Changer le drapeau…</translation>
        </message>
        <message>
            <source>Change phase…</source>
            <translation>Changer la phase…</translation>
        </message>
        <message>
            <source>Edit case data…</source>
            <translation>Modifier les données du cas…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Add partner…</source>
            <translation>Ajouter un partenaire…</translation>
        </message>
        <message>
            <source>Partner leaves…</source>
            <translation>Le partenaire se retire…</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe de cas</translation>
        </message>
        <message>
            <source>New measure…</source>
            <translation>Nouvelle mesure…</translation>
        </message>
        <message>
            <source>Follow up…</source>
            <translation>Suivre…</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <source>New information…</source>
            <translation>Nouvelle information…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Corriger…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Flag history</source>
            <translation>Historique des drapeaux</translation>
        </message>
        <message>
            <source>Linked signals</source>
            <translation>Signalements liés</translation>
        </message>
        <message>
            <source>Privacy mode</source>
            <translation>Mode confidentialité</translation>
        </message>
        <message>
            <source>Mask the identity and what was observed (Ctrl+Shift+P)</source>
            <translation>Masquer l'identité et ce qui a été observé (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Subject access PDF…</source>
            <translation>PDF droit d'accès…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Lead partner (case manager)</source>
            <translation>Partenaire pilote (gestionnaire de cas)</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine réévaluation</translation>
        </message>
        <message>
            <source>Last weighed</source>
            <translation>Dernière pondération</translation>
        </message>
        <message>
            <source>Closure</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Also followed by</source>
            <translation>Également suivi par</translation>
        </message>
        <message>
            <source>Add cooperation…</source>
            <translation>Ajouter une coopération…</translation>
        </message>
        <message>
            <source>Identity of the person concerned</source>
            <translation>Identité de la personne concernée</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>École ou travail</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Reveal identity</source>
            <translation>Afficher l'identité</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Edit identity…</source>
            <translation>Modifier l'identité…</translation>
        </message>
        <message>
            <source>Case {code}</source>
            <translation>Cas {code}</translation>
        </message>
        <message>
            <source>Handed to {whom} on {date}</source>
            <translation>Transmis à {whom} le {date}</translation>
        </message>
        <message>
            <source>Hidden. Revealing the identity is recorded in the access trail.</source>
            <translation>Masquée. L'affichage de l'identité est enregistré dans le journal d'accès.</translation>
        </message>
        <message>
            <source>Masked: privacy mode is on.</source>
            <translation>Masquée : le mode confidentialité est activé.</translation>
        </message>
        <message>
            <source>Shown (recorded).</source>
            <translation>Affichée (enregistré).</translation>
        </message>
    </context>
    <context>
        <name>CaseImportDialog</name>
        <message>
            <source>Import a case from another cell</source>
            <translation>Importer un cas d'une autre cellule</translation>
        </message>
        <message>
            <source>Choose the package the other cell sent and type the passphrase they gave you by phone. You see what it holds before anything is saved; it becomes a new case with its own code, marked as received from that cell.</source>
            <translation>Choisissez le paquet envoyé par l'autre cellule et tapez la phrase secrète qu'elle vous a donnée par téléphone. Vous voyez son contenu avant que quoi que ce soit ne soit enregistré ; il devient un nouveau cas avec son propre code, marqué comme reçu de cette cellule.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Show contents</source>
            <translation>Afficher le contenu</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Fichier du paquet</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Contents of the package</source>
            <translation>Contenu du paquet</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Reçu de</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Their case code</source>
            <translation>Leur code du cas</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Phase and flag</source>
            <translation>Phase et drapeau</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Import as a new case</source>
            <translation>Importer comme nouveau cas</translation>
        </message>
        <message>
            <source>Case package (*{suffix})</source>
            <translation>Paquet de cas (*{suffix})</translation>
        </message>
        <message>
            <source>the cell of {cell}, on {date}</source>
            <translation>la cellule de {cell}, le {date}</translation>
        </message>
        <message>
            <source>{phase} since {phase_since}; flag: {flag}</source>
            <translation>{phase} depuis le {phase_since} ; drapeau : {flag}</translation>
        </message>
        <message>
            <source>Flag decisions: {flags}; phase changes: {phases}; measures: {measures}</source>
            <translation>Décisions de drapeau : {flags} ; changements de phase : {phases} ; mesures : {measures}</translation>
        </message>
        <message>
            <source>Included (shown in the case file only when revealed)</source>
            <translation>Incluse (visible dans le dossier seulement après révélation)</translation>
        </message>
        <message>
            <source>Not included</source>
            <translation>Non incluse</translation>
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>Black</source>
            <translation>Noir</translation>
        </message>
        <message>
            <source>Signal checked: no concern, or protective factors dominate.</source>
            <translation>Signalement vérifié : aucune inquiétude, ou les facteurs de protection dominent.</translation>
        </message>
        <message>
            <source>Worrying but ambiguous.</source>
            <translation>Préoccupant mais ambigu.</translation>
        </message>
        <message>
            <source>Serious concern.</source>
            <translation>Inquiétude sérieuse.</translation>
        </message>
        <message>
            <source>Acute danger or a likely offence: outside the cell's preventive remit.</source>
            <translation>Danger aigu ou infraction probable : hors de la mission préventive de la cellule.</translation>
        </message>
        <message>
            <source>Close the case or keep the partners informed.</source>
            <translation>Clôturer le cas ou tenir les partenaires informés.</translation>
        </message>
        <message>
            <source>A social partner monitors; weigh again at the next meeting.</source>
            <translation>Un partenaire social assure le suivi ; nouvelle pondération à la prochaine réunion.</translation>
        </message>
        <message>
            <source>Active joint approach with an action plan (social, police or mixed).</source>
            <translation>Approche commune active avec un plan d'action (sociale, policière ou mixte).</translation>
        </message>
        <message>
            <source>Hand over to the police, the prosecutor or the LTF and record only the hand-over.</source>
            <translation>Transmettre à la police, au parquet ou à la LTF et n'enregistrer que la transmission.</translation>
        </message>
        <message>
            <source>Not weighed</source>
            <translation>Non pondéré</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Signalement</translation>
        </message>
        <message>
            <source>File building</source>
            <translation>Constitution du dossier</translation>
        </message>
        <message>
            <source>Weighing</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <source>Approach</source>
            <translation>Approche</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturé</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Pas encore décidé</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Policier</translation>
        </message>
        <message>
            <source>Mixed</source>
            <translation>Mixte</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>Case team only</source>
            <translation>Équipe de cas uniquement</translation>
        </message>
        <message>
            <source>Whole cell</source>
            <translation>Toute la cellule</translation>
        </message>
        <message>
            <source>Entered in error</source>
            <translation>Saisie par erreur</translation>
        </message>
        <message>
            <source>Belongs to another case</source>
            <translation>Appartient à un autre cas</translation>
        </message>
        <message>
            <source>Duplicate of another item</source>
            <translation>Doublon d'une autre information</translation>
        </message>
        <message>
            <source>The source partner withdrew consent</source>
            <translation>Le partenaire source a retiré son consentement</translation>
        </message>
        <message>
            <source>No (longer any) concern</source>
            <translation>Plus (aucune) inquiétude</translation>
        </message>
        <message>
            <source>Goals of the approach reached</source>
            <translation>Objectifs de l'approche atteints</translation>
        </message>
        <message>
            <source>Person moved away</source>
            <translation>La personne a déménagé</translation>
        </message>
        <message>
            <source>Handed over (black flag)</source>
            <translation>Transmis (drapeau noir)</translation>
        </message>
        <message>
            <source>Person refuses support</source>
            <translation>La personne refuse l'accompagnement</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Autre motif</translation>
        </message>
        <message>
            <source>Another LIVC</source>
            <translation>Une autre CSIL</translation>
        </message>
        <message>
            <source>Local Task Force (LTF)</source>
            <translation>Task Force locale (LTF)</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>Drapeau rouge</translation>
        </message>
        <message>
            <source>Not weighed for too long</source>
            <translation>Non pondéré depuis trop longtemps</translation>
        </message>
        <message>
            <source>Review date reached</source>
            <translation>Date de réévaluation atteinte</translation>
        </message>
        <message>
            <source>Measure due</source>
            <translation>Mesure à échéance</translation>
        </message>
        <message>
            <source>Flag: weigh again at the next meeting</source>
            <translation>Drapeau : réévaluer à la prochaine réunion</translation>
        </message>
        <message>
            <source>Registration form</source>
            <translation>Formulaire de signalement</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Informal contact</source>
            <translation>Contact informel</translation>
        </message>
        <message>
            <source>Signalling consultation</source>
            <translation>Concertation de signalement</translation>
        </message>
        <message>
            <source>LTF information sheet</source>
            <translation>Fiche d'information LTF</translation>
        </message>
        <message>
            <source>Neighbouring LIVC</source>
            <translation>CSIL voisine</translation>
        </message>
        <message>
            <source>Other channel</source>
            <translation>Autre canal</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevée</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>Awaiting weighing</source>
            <translation>En attente de pondération</translation>
        </message>
        <message>
            <source>Became a case</source>
            <translation>Est devenu un cas</translation>
        </message>
        <message>
            <source>Handed to a partner</source>
            <translation>Transmis à un partenaire</translation>
        </message>
        <message>
            <source>Not retained</source>
            <translation>Non retenu</translation>
        </message>
        <message>
            <source>Not registered (no consent)</source>
            <translation>Non enregistré (pas de consentement)</translation>
        </message>
        <message>
            <source>Becomes a case</source>
            <translation>Devient un cas</translation>
        </message>
        <message>
            <source>Closed as not retained</source>
            <translation>Clôturé comme non retenu</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signalement</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Measure agreed</source>
            <translation>Mesure convenue</translation>
        </message>
        <message>
            <source>Measure followed up</source>
            <translation>Mesure suivie</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Meeting decision</source>
            <translation>Décision de la réunion</translation>
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
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Lead partner</source>
            <translation>Partenaire pilote</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine réévaluation</translation>
        </message>
        <message>
            <source>Open measures</source>
            <translation>Mesures ouvertes</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>{open} ({overdue} overdue)</source>
            <translation>{open} ({overdue} en retard)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Auteur du signalement</translation>
        </message>
        <message>
            <source>Person (initials)</source>
            <translation>Personne (initiales)</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Constaté</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Responsible partner</source>
            <translation>Partenaire responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>{status}, overdue</source>
            <translation>{status}, en retard</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Source partner</source>
            <translation>Partenaire source</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Partage</translation>
        </message>
        <message>
            <source>Secret-covered</source>
            <translation>Secret professionnel</translation>
        </message>
        <message>
            <source>Not for minutes</source>
            <translation>Pas pour le procès-verbal</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Next review / hand-over</source>
            <translation>Prochaine réévaluation / transmission</translation>
        </message>
        <message>
            <source>Handed to {whom} on {date}</source>
            <translation>Transmis à {whom} le {date}</translation>
        </message>
        <message>
            <source>Meeting #{id}</source>
            <translation>Réunion n° {id}</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Entré</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Sorti</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Partner / decided by</source>
            <translation>Partenaire / décidé par</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
    </context>
    <context>
        <name>CaseOverviewPanel</name>
        <message numerus="yes">
            <source>The first {shown} of %n are listed.</source>
            <translation>
                <numerusform>Les {shown} premiers sur %n sont listés.</numerusform>
                <numerusform>Les {shown} premiers sur %n sont listés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signals and flags</source>
            <translation>Signalements et drapeaux</translation>
        </message>
        <message>
            <source>Signals awaiting weighing</source>
            <translation>Signalements en attente de pondération</translation>
        </message>
        <message>
            <source>Cases by phase</source>
            <translation>Cas par phase</translation>
        </message>
        <message>
            <source>Open cases by flag over time</source>
            <translation>Cas ouverts par drapeau dans le temps</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>Open cases by flag over time, as a table</source>
            <translation>Cas ouverts par drapeau dans le temps, sous forme de tableau</translation>
        </message>
        <message>
            <source>Cases due for review</source>
            <translation>Cas à réévaluer</translation>
        </message>
        <message>
            <source>Overdue measures</source>
            <translation>Mesures en retard</translation>
        </message>
        <message>
            <source>Show all in the case list</source>
            <translation>Tout afficher dans la liste des cas</translation>
        </message>
        <message>
            <source>No flag decisions yet.</source>
            <translation>Aucune décision de drapeau pour l'instant.</translation>
        </message>
        <message>
            <source>Open cases per month from {first} to {last}. In the last month: {now}. The Table tab lists every month.</source>
            <translation>Cas ouverts par mois du {first} au {last}. Le dernier mois : {now}. L'onglet Tableau donne chaque mois.</translation>
        </message>
    </context>
    <context>
        <name>CaseSettingsPanel</name>
        <message>
            <source>A case is due for review after this many weeks without weighing</source>
            <translation>Un cas est à réévaluer après ce nombre de semaines sans pondération</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>Flag: {flag}</source>
            <translation>Drapeau : {flag}</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Default response</source>
            <translation>Réponse par défaut</translation>
        </message>
        <message>
            <source>Save case settings</source>
            <translation>Enregistrer les paramètres des cas</translation>
        </message>
        <message>
            <source>Case settings</source>
            <translation>Paramètres des cas</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryBox</name>
        <message>
            <source>Case {code}</source>
            <translation>Cas {code}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>not weighed yet</source>
            <translation>pas encore évalué</translation>
        </message>
        <message>
            <source>(since {date})</source>
            <translation>(depuis le {date})</translation>
        </message>
        <message>
            <source>Flag: {flag}</source>
            <translation>Drapeau : {flag}</translation>
        </message>
        <message>
            <source>Phase: {phase}</source>
            <translation>Phase : {phase}</translation>
        </message>
        <message>
            <source>Team: {names}</source>
            <translation>Équipe : {names}</translation>
        </message>
        <message>
            <source>Open measures: {count}</source>
            <translation>Mesures ouvertes : {count}</translation>
        </message>
        <message>
            <source>Next review: {date}</source>
            <translation>Prochain réexamen : {date}</translation>
        </message>
        <message>
            <source>Last decision: {what}</source>
            <translation>Dernière décision : {what}</translation>
        </message>
        <message>
            <source>Last decision: {what} on {date}</source>
            <translation>Dernière décision : {what} le {date}</translation>
        </message>
    </context>
    <context>
        <name>CaseTransfer</name>
        <message>
            <source>Consent of the person concerned to the transfer</source>
            <translation>Consentement de la personne concernée au transfert</translation>
        </message>
        <message>
            <source>Joint case consultation of both cells (art. 458ter Criminal Code)</source>
            <translation>Concertation de cas commune des deux cellules (art. 458ter Code pénal)</translation>
        </message>
        <message>
            <source>State of necessity: a serious and imminent danger</source>
            <translation>État de nécessité : un danger grave et imminent</translation>
        </message>
        <message>
            <source>A statutory duty or a request of the judicial authorities</source>
            <translation>Une obligation légale ou une demande des autorités judiciaires</translation>
        </message>
        <message>
            <source>Cell of {cell}</source>
            <translation>Cellule de {cell}</translation>
        </message>
        <message>
            <source>Decided by the sending cell; received with the case transfer.</source>
            <translation>Décidé par la cellule d'origine ; reçu avec le transfert du cas.</translation>
        </message>
        <message>
            <source>Measure by {organisation} (received with the case transfer)</source>
            <translation>Mesure par {organisation} (reçue avec le transfert du cas)</translation>
        </message>
    </context>
    <context>
        <name>CaseTransferDialog</name>
        <message>
            <source>Pass case {code} on to another cell</source>
            <translation>Transmettre le cas {code} à une autre cellule</translation>
        </message>
        <message>
            <source>The law of 30 July 2018 does not organise passing a case on, and everyone who took part stays bound by professional secrecy (art. 458ter Criminal Code). Only the structure of the case leaves: its code, flags and phases with their dates, the measures as partner organisation and status, the follow-up type and your contact. No notes, justifications, information items or secret-covered content ever leave. The package is encrypted with a one-time passphrase that is shown once: give it by phone, never with the file.</source>
            <translation>La loi du 30 juillet 2018 n'organise pas la transmission d'un cas, et chaque participant reste tenu au secret professionnel (art. 458ter Code pénal). Seule la structure du cas est transmise : son code, les drapeaux et phases avec leurs dates, les mesures sous forme d'organisation partenaire et de statut, le type de suivi et vos coordonnées. Aucune note, motivation, information ou contenu couvert par le secret n'est jamais transmis. Le paquet est chiffré avec une phrase secrète à usage unique, affichée une seule fois : communiquez-la par téléphone, jamais avec le fichier.</translation>
        </message>
        <message>
            <source>Choose the legal basis…</source>
            <translation>Choisissez la base juridique…</translation>
        </message>
        <message>
            <source>e.g. BGM/2026/014</source>
            <translation>p. ex. BGM/2026/014</translation>
        </message>
        <message>
            <source>Include the identity of the person concerned</source>
            <translation>Inclure l'identité de la personne concernée</translation>
        </message>
        <message>
            <source>This case has no identity recorded.</source>
            <translation>Aucune identité n'est enregistrée pour ce cas.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Base juridique</translation>
        </message>
        <message>
            <source>Mayor's approval on</source>
            <translation>Accord du bourgmestre le</translation>
        </message>
        <message>
            <source>Reference of the approval</source>
            <translation>Référence de l'accord</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Votre adresse e-mail</translation>
        </message>
        <message>
            <source>Your phone number</source>
            <translation>Votre numéro de téléphone</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>Fichier du paquet</translation>
        </message>
        <message>
            <source>Write package</source>
            <translation>Écrire le paquet</translation>
        </message>
        <message>
            <source>Case package (*{suffix})</source>
            <translation>Paquet de cas (*{suffix})</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Cases</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Search code, pseudonym or information…</source>
            <translation>Rechercher code, pseudonyme ou information…</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Nouveau cas…</translation>
        </message>
        <message>
            <source>Open case file</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Team partner</source>
            <translation>Partenaire de l'équipe</translation>
        </message>
        <message>
            <source>Due for review</source>
            <translation>À réévaluer</translation>
        </message>
        <message>
            <source>Overdue measures</source>
            <translation>Mesures en retard</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Cas ouverts</translation>
        </message>
        <message numerus="yes">
            <source>Counting the cases found… (%n in the register)</source>
            <translation>
                <numerusform>Comptage des cas trouvés… (%n dans le registre)</numerusform>
                <numerusform>Comptage des cas trouvés… (%n dans le registre)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n cases shown</source>
            <translation>
                <numerusform>{shown} cas affiché sur %n</numerusform>
                <numerusform>{shown} cas affichés sur %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <extracomment>The passphrase changed; the new session replaces the old (which is closed).</extracomment>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>The register is re-encrypted with the new passphrase. Backups made before keep the old one. A lost passphrase cannot be recovered: write the new one down for the municipal safe.</source>
            <translation>Le registre est à nouveau chiffré avec la nouvelle phrase secrète. Les sauvegardes antérieures gardent l'ancienne. Une phrase secrète perdue ne peut pas être récupérée : notez la nouvelle pour le coffre-fort communal.</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>Phrase secrète actuelle :</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>Repeat the new passphrase:</source>
            <translation>Répétez la nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Robustesse :</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>A register already exists at {path}.</source>
            <translation>Un registre existe déjà à l'emplacement {path}.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nouvelle phrase secrète : </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Répétez la phrase secrète : </translation>
        </message>
        <message>
            <source>Register created: {path}</source>
            <translation>Registre créé : {path}</translation>
        </message>
        <message>
            <source>Integrity check FAILED: the register is damaged. Restore the latest backup: File → Restore…</source>
            <translation>Contrôle d'intégrité ÉCHOUÉ : le registre est endommagé. Restaurez la dernière sauvegarde : Fichier → Restaurer…</translation>
        </message>
        <message>
            <source>Access trail check FAILED: entry {seq} was changed, removed or inserted after it was written.</source>
            <translation>Contrôle du journal d'accès ÉCHOUÉ : l'entrée {seq} a été modifiée, supprimée ou insérée après son écriture.</translation>
        </message>
        <message>
            <source>Warning: the register's access trail no longer contains this backup's newest entry: entries were removed or rewritten since the backup was made.</source>
            <translation>Attention : le journal d'accès du registre ne contient plus la dernière entrée de cette sauvegarde : des entrées ont été supprimées ou réécrites depuis la sauvegarde.</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Phrase secrète : </translation>
        </message>
        <message>
            <source>Backup passphrase: </source>
            <translation>Phrase secrète de la sauvegarde : </translation>
        </message>
        <message>
            <source>Repeat the backup passphrase: </source>
            <translation>Répétez la phrase secrète de la sauvegarde : </translation>
        </message>
        <message>
            <source>Backup written and verified: {path}</source>
            <translation>Sauvegarde écrite et vérifiée : {path}</translation>
        </message>
        <message>
            <source>The backup is intact and opens with this passphrase.</source>
            <translation>La sauvegarde est intacte et s'ouvre avec cette phrase secrète.</translation>
        </message>
        <message>
            <source>Replace the register at {path} by this backup? The current register is kept as a safety copy. [y/N] </source>
            <translation>Remplacer le registre {path} par cette sauvegarde ? Le registre actuel est conservé comme copie de sécurité. [o/N] </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Safety copy of the previous register: {path}</source>
            <translation>Copie de sécurité du registre précédent : {path}</translation>
        </message>
        <message>
            <source>Register restored from the backup: {path}</source>
            <translation>Registre restauré à partir de la sauvegarde : {path}</translation>
        </message>
        <message>
            <source>The register's passphrase has changed: it now opens only with the backup's passphrase.</source>
            <translation>La phrase secrète du registre a changé : il ne s'ouvre plus qu'avec la phrase secrète de la sauvegarde.</translation>
        </message>
        <message>
            <source>Integrity check passed.</source>
            <translation>Contrôle d'intégrité réussi.</translation>
        </message>
        <message>
            <source>Demo register created: {path}</source>
            <translation>Registre de démonstration créé : {path}</translation>
        </message>
        <message>
            <source>Its passphrase is: {passphrase}</source>
            <translation>Sa phrase secrète est : {passphrase}</translation>
        </message>
        <message>
            <source>--encrypt needs --per-recipient.</source>
            <translation>--encrypt nécessite --per-recipient.</translation>
        </message>
        <message>
            <source>With --per-recipient, --out is a folder.</source>
            <translation>Avec --per-recipient, --out est un dossier.</translation>
        </message>
        <message>
            <source>The output file must end in .pdf.</source>
            <translation>Le fichier de sortie doit se terminer par .pdf.</translation>
        </message>
        <message>
            <source>There is no adopted version {number} of the house rules.</source>
            <translation>Il n'existe pas de version adoptée {number} du règlement d'ordre intérieur.</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Écrit : {path}</translation>
        </message>
        <message>
            <source>Minutes written: {path}</source>
            <translation>Procès-verbal écrit : {path}</translation>
        </message>
        <message>
            <source>No passphrase was given: type it at the prompt, or pipe it in with --passphrase-stdin.</source>
            <translation>Aucune phrase secrète n'a été donnée : tapez-la à l'invite, ou transmettez-la par l'entrée standard avec --passphrase-stdin.</translation>
        </message>
        <message>
            <source>The CSV file must end in .csv.</source>
            <translation>Le fichier CSV doit se terminer par .csv.</translation>
        </message>
        <message>
            <source>There is no annual report for {year}: choose a year from {first} to {last}.</source>
            <translation>Il n'y a pas de rapport annuel pour {year} : choisissez une année de {first} à {last}.</translation>
        </message>
        <message>
            <source>Annual report written: {path}</source>
            <translation>Rapport annuel écrit : {path}</translation>
        </message>
        <message>
            <source>The package file must end in {suffix}.</source>
            <translation>Le fichier du paquet doit se terminer par {suffix}.</translation>
        </message>
        <message>
            <source>Give the approval date as YYYY-MM-DD.</source>
            <translation>Indiquez la date de l'accord au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>There is no case {code} in this register.</source>
            <translation>Il n'y a pas de cas {code} dans ce registre.</translation>
        </message>
        <message>
            <source>Case package written: {path}</source>
            <translation>Paquet de cas écrit : {path}</translation>
        </message>
        <message>
            <source>One-time passphrase (shown only now; give it by phone, never with the file): {passphrase}</source>
            <translation>Phrase secrète à usage unique (affichée seulement maintenant ; communiquez-la par téléphone, jamais avec le fichier) : {passphrase}</translation>
        </message>
        <message>
            <source>From: the cell of {cell} (officer: {officer}), sent on {date}</source>
            <translation>De : la cellule de {cell} (agent : {officer}), envoyé le {date}</translation>
        </message>
        <message>
            <source>Their case code: {code}</source>
            <translation>Leur code du cas : {code}</translation>
        </message>
        <message>
            <source>Phase: {phase}; flag: {flag}; follow-up: {follow_up}</source>
            <translation>Phase : {phase} ; drapeau : {flag} ; suivi : {follow_up}</translation>
        </message>
        <message>
            <source>Flag decisions: {flags}; phase changes: {phases}; measures: {measures}</source>
            <translation>Décisions de drapeau : {flags} ; changements de phase : {phases} ; mesures : {measures}</translation>
        </message>
        <message>
            <source>Identity of the person included: {answer}</source>
            <translation>Identité de la personne incluse : {answer}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Passphrase of the package: </source>
            <translation>Phrase secrète du paquet : </translation>
        </message>
        <message>
            <source>Imported as case {code}.</source>
            <translation>Importé comme cas {code}.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare two versions</source>
            <translation>Comparer deux versions</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>Version {number}</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Mots</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Compare by</source>
            <translation>Comparer par</translation>
        </message>
        <message>
            <source>Struck through in red: removed. Underlined in green: added.</source>
            <translation>Barré en rouge : supprimé. Souligné en vert : ajouté.</translation>
        </message>
        <message>
            <source>Differences between the two versions</source>
            <translation>Différences entre les deux versions</translation>
        </message>
        <message>
            <source>No changes in this chapter.</source>
            <translation>Aucune modification dans ce chapitre.</translation>
        </message>
    </context>
    <context>
        <name>CompositionWarningsPanel</name>
        <message>
            <source>The cell's composition is incomplete</source>
            <translation>La composition de la cellule est incomplète</translation>
        </message>
        <message>
            <source>The fixed members of the cell are all present.</source>
            <translation>Les membres permanents de la cellule sont tous présents.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <source>Holds a security clearance (police)</source>
            <translation>Dispose d'une habilitation de sécurité (police)</translation>
        </message>
        <message>
            <source>No longer active (archived)</source>
            <translation>Plus actif (archivé)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>Langue préférée</translation>
        </message>
    </context>
    <context>
        <name>CooperationDialog</name>
        <message>
            <source>Also followed by</source>
            <translation>Également suivi par</translation>
        </message>
        <message>
            <source>Followed by</source>
            <translation>Suivi par</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Date of exchange</source>
            <translation>Date de l'échange</translation>
        </message>
    </context>
    <context>
        <name>CopyTableModel</name>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>not protected</source>
            <translation>non protégée</translation>
        </message>
    </context>
    <context>
        <name>DateEdits</name>
        <message>
            <source>no date</source>
            <translation>pas de date</translation>
        </message>
        <message>
            <source>no time</source>
            <extracomment>The lowest time of an optional time editor stands for "no time" (no meeting starts at midnight).</extracomment>
            <translation>pas d'heure</translation>
        </message>
    </context>
    <context>
        <name>Destinations</name>
        <message>
            <source>This folder is synchronised with {service}: what is saved here is copied to the provider's servers and to every device signed in to that account. Information about persons must stay with the municipality.</source>
            <translation>Ce dossier est synchronisé avec {service} : ce qui y est enregistré est copié sur les serveurs du fournisseur et sur chaque appareil connecté à ce compte. Les informations sur des personnes doivent rester à la commune.</translation>
        </message>
        <message>
            <source>This folder is on the same drive as the register: a stolen laptop or a broken disk takes the backup along. Prefer a USB drive kept in the municipal safe, or a network share.</source>
            <translation>Ce dossier se trouve sur le même disque que le registre : un ordinateur portable volé ou un disque en panne emporte aussi la sauvegarde. Préférez une clé ou un disque USB conservé dans le coffre de la commune, ou un partage réseau.</translation>
        </message>
        <message>
            <source>Save here anyway</source>
            <translation>Enregistrer ici quand même</translation>
        </message>
        <message>
            <source>Choose another folder</source>
            <translation>Choisir un autre dossier</translation>
        </message>
    </context>
    <context>
        <name>Distribution</name>
        <message>
            <source>Copy for {recipient}, {date}</source>
            <translation>Copie pour {recipient}, {date}</translation>
        </message>
        <message>
            <source>{document} {date} - {recipient}</source>
            <translation>{document} {date} - {recipient}</translation>
        </message>
        <message>
            <source>{document} of {date}</source>
            <translation>{document} du {date}</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Bonjour {name},</translation>
        </message>
        <message>
            <source>Attached is your personal copy: {document} of {date}.</source>
            <translation>Vous trouverez en annexe votre copie personnelle : {document} du {date}.</translation>
        </message>
        <message>
            <source>It is protected with a password, which you will receive separately by phone.</source>
            <translation>La copie est protégée par un mot de passe, qui vous sera communiqué séparément par téléphone.</translation>
        </message>
        <message>
            <source>This document is confidential: do not pass it on.</source>
            <translation>Ce document est confidentiel : ne le transmettez pas.</translation>
        </message>
        <message>
            <source>Kind regards,</source>
            <translation>Bien cordialement,</translation>
        </message>
    </context>
    <context>
        <name>DistributionDialog</name>
        <message>
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>Folder for the copies</source>
            <translation>Dossier des copies</translation>
        </message>
        <message>
            <source>Copies per recipient</source>
            <translation>Copies par destinataire</translation>
        </message>
        <message>
            <source>Each member entitled to the document gets a copy of their own, with their name and organisation at the foot of every page and in the file's properties, so that a copy that leaks can be traced.</source>
            <translation>Chaque membre qui a droit au document reçoit sa propre copie, avec son nom et son organisation au bas de chaque page et dans les propriétés du fichier, de sorte qu'une copie qui fuite puisse être retracée.</translation>
        </message>
        <message>
            <source>Protect each copy with a password of its own (AES-256)</source>
            <translation>Protéger chaque copie par son propre mot de passe (AES-256)</translation>
        </message>
        <message>
            <source>Five words in the recipient's language are drawn for each copy. To use your own, type it in the last column: it must be at least as strong. Give the password by phone, never in the mail that carries the file.</source>
            <translation>Cinq mots dans la langue du destinataire sont tirés au sort pour chaque copie. Pour utiliser votre propre mot de passe, tapez-le dans la dernière colonne : il doit être au moins aussi fort. Communiquez le mot de passe par téléphone, jamais dans le courriel qui porte le fichier.</translation>
        </message>
        <message>
            <source>Save in folder:</source>
            <translation>Enregistrer dans le dossier :</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Make copies</source>
            <translation>Faire les copies</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Print password slip…</source>
            <translation>Imprimer la fiche des mots de passe…</translation>
        </message>
        <message>
            <source>Open draft mails</source>
            <translation>Ouvrir les brouillons de courriel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>The passwords are shown only now and are not kept anywhere: print the slip or write them down before closing. Read each one out by phone.</source>
            <translation>Les mots de passe ne sont affichés que maintenant et ne sont conservés nulle part : imprimez la fiche ou notez-les avant de fermer. Lisez chacun par téléphone.</translation>
        </message>
        <message>
            <source>No mail program that can attach files from the command line was found (Thunderbird, Outlook, Evolution, KMail). Attach the copies from the folder to your mails yourself.</source>
            <translation>Aucun programme de courriel capable de joindre des fichiers en ligne de commande n'a été trouvé (Thunderbird, Outlook, Evolution, KMail). Joignez vous-même les copies du dossier à vos courriels.</translation>
        </message>
        <message>
            <source>A draft mail per copy can be opened in {program}.</source>
            <translation>Un brouillon de courriel par copie peut être ouvert dans {program}.</translation>
        </message>
        <message>
            <source>Save in folder</source>
            <translation>Enregistrer dans le dossier</translation>
        </message>
        <message>
            <source>Choose at least one recipient.</source>
            <translation>Choisissez au moins un destinataire.</translation>
        </message>
        <message>
            <source>Choose the folder to save the copies in.</source>
            <translation>Choisissez le dossier où enregistrer les copies.</translation>
        </message>
        <message>
            <source>The password typed for {name} is not strong enough: use at least five words (or as strong), or leave it empty to have one drawn.</source>
            <translation>Le mot de passe tapé pour {name} n'est pas assez fort : utilisez au moins cinq mots (ou aussi fort), ou laissez-le vide pour qu'il soit tiré au sort.</translation>
        </message>
        <message numerus="yes">
            <source>%n copies saved in {folder}.</source>
            <translation>
                <numerusform>%n copie enregistrée dans {folder}.</numerusform>
                <numerusform>%n copies enregistrées dans {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passwords of the copies: {document} of {date}</source>
            <translation>Mots de passe des copies : {document} du {date}</translation>
        </message>
        <message>
            <source>Read each password out by phone to its recipient only. Destroy this slip afterwards. Printed on {date}.</source>
            <translation>Lisez chaque mot de passe par téléphone à son seul destinataire. Détruisez ensuite cette fiche. Imprimée le {date}.</translation>
        </message>
        <message>
            <source>the mail program did not start</source>
            <translation>le programme de courriel n'a pas démarré</translation>
        </message>
        <message>
            <source>draft opened, no address known</source>
            <translation>brouillon ouvert, aucune adresse connue</translation>
        </message>
        <message>
            <source>draft opened</source>
            <translation>brouillon ouvert</translation>
        </message>
    </context>
    <context>
        <name>DistributionOverviewPanel</name>
        <message>
            <source>Documents to send</source>
            <translation>Documents à envoyer</translation>
        </message>
        <message>
            <source>Minutes of {date} ({table})</source>
            <translation>Procès-verbal du {date} ({table})</translation>
        </message>
        <message>
            <source>Finalised minutes not yet sent:</source>
            <translation>Procès-verbaux finalisés, pas encore envoyés :</translation>
        </message>
        <message>
            <source>{name} ({organisation}): minutes of {date}</source>
            <translation>{name} ({organisation}) : procès-verbal du {date}</translation>
        </message>
        <message>
            <source>Members without the approved minutes:</source>
            <translation>Membres sans le procès-verbal approuvé :</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… et {n} autres</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Save this document as a PDF file</source>
            <translation>Enregistrer ce document en fichier PDF</translation>
        </message>
    </context>
    <context>
        <name>FeedbackConsentTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Accord</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Fiche de retour à la police</translation>
        </message>
        <message>
            <source>Feedback to the police about case {code}</source>
            <translation>Retour à la police sur le cas {code}</translation>
        </message>
        <message>
            <source>This is exactly the text the police would receive: the conclusion the cell agrees to share about this case, never the account of the discussion. Agree on it first; then ask every member who took part, guests included.</source>
            <translation>Voici exactement le texte que la police recevrait : la conclusion que la cellule accepte de partager sur ce cas, jamais le compte rendu de la discussion. Convenez d'abord du texte ; demandez ensuite à chaque membre qui a participé, invités compris.</translation>
        </message>
        <message>
            <source>Text for the police</source>
            <translation>Texte pour la police</translation>
        </message>
        <message>
            <source>&amp;Conclusion or decision</source>
            <translation>&amp;Conclusion ou décision</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Suivi</translation>
        </message>
        <message>
            <source>Police &amp;contact</source>
            <translation>C&amp;ontact police</translation>
        </message>
        <message>
            <source>Masked: privacy mode is on.</source>
            <translation>Masqué : le mode confidentialité est activé.</translation>
        </message>
        <message>
            <source>Save text (Ctrl+S)</source>
            <translation>Enregistrer le texte (Ctrl+S)</translation>
        </message>
        <message>
            <source>Consent of the members who took part</source>
            <translation>Accord des membres qui ont participé</translation>
        </message>
        <message>
            <source>Agrees (Ctrl+1)</source>
            <translation>D'accord (Ctrl+1)</translation>
        </message>
        <message>
            <source>Refuses (Ctrl+2)</source>
            <translation>Refuse (Ctrl+2)</translation>
        </message>
        <message>
            <source>Not asked (Ctrl+0)</source>
            <translation>Pas demandé (Ctrl+0)</translation>
        </message>
        <message>
            <source>Preview feedback sheet</source>
            <translation>Aperçu de la fiche</translation>
        </message>
        <message>
            <source>Save feedback sheet…</source>
            <translation>Enregistrer la fiche…</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>A proposal from the decisions noted on this case, not saved yet: nobody can consent to it before it is saved.</source>
            <translation>Une proposition tirée des décisions notées sur ce cas, pas encore enregistrée : personne ne peut y consentir avant qu'elle soit enregistrée.</translation>
        </message>
        <message>
            <source>Changed and not saved. Saving the text resets every consent.</source>
            <translation>Modifié et non enregistré. Enregistrer le texte annule tous les accords.</translation>
        </message>
        <message>
            <source>Saved: the members consent to exactly this text.</source>
            <translation>Enregistré : les membres consentent exactement à ce texte.</translation>
        </message>
        <message>
            <source>Saving the changed text resets the consent of every participant: everyone must be asked again. Save it?</source>
            <translation>Enregistrer le texte modifié annule l'accord de chaque participant : il faudra redemander à tout le monde. Enregistrer ?</translation>
        </message>
        <message>
            <source>The text changed: every consent was reset.</source>
            <translation>Le texte a changé : tous les accords ont été annulés.</translation>
        </message>
        <message>
            <source>Identity terms were blanked ([…]): this is the text that was saved.</source>
            <translation>Des éléments d'identité ont été masqués ([…]) : voici le texte enregistré.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackSheet</name>
        <message>
            <source>No feedback sheet: nobody is recorded as present. Record the attendance first.</source>
            <translation>Pas de fiche de retour : personne n'est noté comme présent. Notez d'abord les présences.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: the text has not been saved. Save it, then ask every participant.</source>
            <translation>Pas encore de fiche de retour : le texte n'est pas enregistré. Enregistrez-le, puis demandez à chaque participant.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: the text was changed. Save it and ask every participant again.</source>
            <translation>Pas encore de fiche de retour : le texte a été modifié. Enregistrez-le et redemandez à chaque participant.</translation>
        </message>
        <message>
            <source>No feedback sheet: refused by {names}.</source>
            <translation>Pas de fiche de retour : refusée par {names}.</translation>
        </message>
        <message>
            <source>No feedback sheet yet: still to ask {names} ({n} of {total}).</source>
            <translation>Pas encore de fiche de retour : reste à demander à {names} ({n} sur {total}).</translation>
        </message>
        <message>
            <source>Every participant agreed to this text: the feedback sheet can be made.</source>
            <translation>Chaque participant a accepté ce texte : la fiche de retour peut être établie.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Step {step} of {steps}</source>
            <translation>Étape {step} sur {steps}</translation>
        </message>
        <message>
            <source>The register could not be created: {reason}</source>
            <translation>Le registre n'a pas pu être créé : {reason}</translation>
        </message>
        <message>
            <source>Welcome to LIVC Desktop</source>
            <translation>Bienvenue dans LIVC Desktop</translation>
        </message>
        <message>
            <source>This program keeps the register of your Local Integrated Security Cell, encrypted on this computer. First, describe the cell.</source>
            <translation>Ce programme tient le registre de votre Cellule de Sécurité Intégrale Locale, chiffré sur cet ordinateur. Décrivez d'abord la cellule.</translation>
        </message>
        <message>
            <source>Municipalities covered (a joint cell may cover several):</source>
            <translation>Communes couvertes (une cellule commune peut en couvrir plusieurs) :</translation>
        </message>
        <message>
            <source>Structure of the cell:</source>
            <translation>Structure de la cellule :</translation>
        </message>
        <message>
            <source>Who keeps the register? The name appears on minutes and lists.</source>
            <translation>Qui tient le registre ? Le nom figure sur les procès-verbaux et les listes.</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Agent de prévention :</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>The register is kept on this computer: it must have full-disk encryption switched on (BitLocker on Windows, FileVault on a Mac, LUKS on Linux), because parts of an open register can be written to the swap or hibernation file.</source>
            <translation>Le registre est conservé sur cet ordinateur : le chiffrement complet du disque doit y être activé (BitLocker sous Windows, FileVault sur un Mac, LUKS sous Linux), car des parties d'un registre ouvert peuvent être écrites dans le fichier d'échange ou de mise en veille prolongée.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {n} characters: several words are easier to remember than a short password and harder to guess.</source>
            <translation>Choisissez une phrase secrète d'au moins {n} caractères : quelques mots se retiennent plus facilement qu'un mot de passe court et sont plus difficiles à deviner.</translation>
        </message>
        <message>
            <source>&lt;b&gt;A lost passphrase cannot be recovered.&lt;/b&gt; Nobody, not even the program's makers, can open the register without it. Write it down on paper and keep it in a sealed envelope in the municipal safe.</source>
            <translation>&lt;b&gt;Une phrase secrète perdue ne peut pas être récupérée.&lt;/b&gt; Personne, pas même les auteurs du programme, ne peut ouvrir le registre sans elle. Notez-la sur papier et conservez-la dans une enveloppe scellée dans le coffre-fort communal.</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <source>Repeat the passphrase:</source>
            <translation>Répétez la phrase secrète :</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Robustesse :</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Create the register</source>
            <translation>Créer le registre</translation>
        </message>
        <message>
            <source>Creating the encrypted register…</source>
            <translation>Création du registre chiffré…</translation>
        </message>
    </context>
    <context>
        <name>FlagChangeDialog</name>
        <message>
            <source>Change flag of case {code}</source>
            <translation>Changer le drapeau du cas {code}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>e.g. local police, prosecutor, LTF</source>
            <translation>p. ex. police locale, parquet, LTF</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Décidé le</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine réévaluation</translation>
        </message>
        <message>
            <source>Handed over to</source>
            <translation>Transmis à</translation>
        </message>
        <message>
            <source>Handed over on</source>
            <translation>Transmis le</translation>
        </message>
        <message>
            <source>The case will be closed and everything but the hand-over (to whom, when) will be erased.</source>
            <translation>Le cas sera clôturé et tout sauf la transmission (à qui, quand) sera effacé.</translation>
        </message>
        <message>
            <source>A black flag hands the case over and erases its identity, information, measures and team. Only the hand-over is kept. Continue?</source>
            <translation>Un drapeau noir transmet le cas et efface l'identité, les informations, les mesures et l'équipe. Seule la transmission est conservée. Continuer ?</translation>
        </message>
    </context>
    <context>
        <name>FlagChart</name>
        <message>
            <source>No flag decisions yet.</source>
            <translation>Pas encore de décision de drapeau.</translation>
        </message>
    </context>
    <context>
        <name>FlagChartTableModel</name>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>GuestTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Undertaking</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Manual</source>
            <extracomment>Sections (anchors) every language's manual has: the pages' ids and a few screens more.</extracomment>
            <translation>Manuel</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
    </context>
    <context>
        <name>HouseRules</name>
        <message>
            <source>General</source>
            <translation>Généralités</translation>
        </message>
        <message>
            <source>Composition and working</source>
            <translation>Composition et fonctionnement</translation>
        </message>
        <message>
            <source>Place and frequency of meetings</source>
            <translation>Lieu et fréquence des réunions</translation>
        </message>
        <message>
            <source>Minutes and reporting</source>
            <translation>Procès-verbaux et rapports</translation>
        </message>
        <message>
            <source>Information handling</source>
            <translation>Gestion de l'information</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Règlement d'ordre intérieur</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>CSIL {municipalities}</translation>
        </message>
        <message>
            <source>Version {number} · adopted on {date}</source>
            <translation>Version {number} · adoptée le {date}</translation>
        </message>
        <message>
            <source>Chapter {n}: {title}</source>
            <translation>Chapitre {n} : {title}</translation>
        </message>
        <message>
            <source>For the members of the cell</source>
            <translation>Destiné aux membres de la cellule</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>The representatives of the partners declare that they have read version {number} of these house rules and will keep to them.</source>
            <translation>Les représentants des partenaires déclarent avoir lu la version {number} du présent règlement d'ordre intérieur et s'engagent à le respecter.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Signed on {date}</source>
            <translation>Signé le {date}</translation>
        </message>
        <message>
            <source>Confidentiality undertaking for guests</source>
            <translation>Engagement de confidentialité pour les invités</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation and capacity</source>
            <translation>Organisation et qualité</translation>
        </message>
        <message>
            <source>Meeting of</source>
            <translation>Réunion du</translation>
        </message>
        <message>
            <source>Invited for the item</source>
            <translation>Invité pour le point</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Lieu et date</translation>
        </message>
    </context>
    <context>
        <name>HouseRulesModels</name>
        <message>
            <source>Adopted</source>
            <translation>Adoptée</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Adoptée le</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Non signé</translation>
        </message>
        <message>
            <source>Signed on {date} (version not recorded)</source>
            <translation>Signé le {date} (version non enregistrée)</translation>
        </message>
        <message>
            <source>Version {number}, signed on {date}</source>
            <translation>Version {number}, signée le {date}</translation>
        </message>
        <message>
            <source>not the current version</source>
            <translation>pas la version en vigueur</translation>
        </message>
        <message>
            <source>Not asked to sign: only active partners at a table sign.</source>
            <translation>Pas de signature demandée : seuls les partenaires actifs siégeant à une table signent.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
        <message>
            <source>Latest signature</source>
            <translation>Dernière signature</translation>
        </message>
        <message>
            <source>Current version signed</source>
            <translation>Version en vigueur signée</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>HouseRulesPage</name>
        <message>
            <source>House rules</source>
            <translation>Règlement d'ordre intérieur</translation>
        </message>
        <message>
            <source>Versions and text</source>
            <translation>Versions et texte</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>New draft from the starting text</source>
            <translation>Nouveau projet à partir du texte de départ</translation>
        </message>
        <message>
            <source>New draft from this version</source>
            <translation>Nouveau projet à partir de cette version</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Supprimer le projet</translation>
        </message>
        <message>
            <source>Compare versions…</source>
            <translation>Comparer des versions…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <source>Adopt…</source>
            <translation>Adopter…</translation>
        </message>
        <message>
            <source>PDF with signatures…</source>
            <translation>PDF avec signatures…</translation>
        </message>
        <message>
            <source>Guest undertaking PDF…</source>
            <translation>PDF d'engagement pour invités…</translation>
        </message>
        <message>
            <source>Record a signature…</source>
            <translation>Enregistrer une signature…</translation>
        </message>
        <message>
            <source>Every active partner at one of the cell's tables signs the current version. A signature of an earlier version no longer counts.</source>
            <translation>Chaque partenaire actif siégeant à une table de la cellule signe la version en vigueur. Une signature d'une version antérieure ne compte plus.</translation>
        </message>
        <message>
            <source>Save the changes to this draft?</source>
            <translation>Enregistrer les modifications de ce projet ?</translation>
        </message>
        <message>
            <source>No version has been adopted yet. Start a draft from the starting text, adapt it with the partners and adopt it.</source>
            <translation>Aucune version n'a encore été adoptée. Créez un projet à partir du texte de départ, adaptez-le avec les partenaires et adoptez-le.</translation>
        </message>
        <message>
            <source>Current house rules: version {number}, adopted on {date}.</source>
            <translation>Règlement en vigueur : version {number}, adoptée le {date}.</translation>
        </message>
        <message numerus="yes">
            <source>%n partners have not signed it yet.</source>
            <translation>
                <numerusform>%n partenaire ne l'a pas encore signée.</numerusform>
                <numerusform>%n partenaires ne l'ont pas encore signée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every partner at a table has signed it.</source>
            <translation>Tous les partenaires siégeant à une table l'ont signée.</translation>
        </message>
        <message>
            <source>No version selected.</source>
            <translation>Aucune version sélectionnée.</translation>
        </message>
        <message>
            <source>Version {number}, adopted on {date}: frozen. To change it, make a new draft from this version.</source>
            <translation>Version {number}, adoptée le {date} : figée. Pour la modifier, créez un nouveau projet à partir de cette version.</translation>
        </message>
        <message>
            <source>Version {number}: draft{edited}</source>
            <translation>Version {number} : projet{edited}</translation>
        </message>
        <message>
            <source> (changed, not saved)</source>
            <translation> (modifié, non enregistré)</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Projet enregistré.</translation>
        </message>
        <message>
            <source>Delete draft version {number}? Its text is lost.</source>
            <translation>Supprimer le projet de version {number} ? Son texte sera perdu.</translation>
        </message>
        <message>
            <source>Version adopted.</source>
            <translation>Version adoptée.</translation>
        </message>
        <message>
            <source>Save the house rules</source>
            <translation>Enregistrer le règlement d'ordre intérieur</translation>
        </message>
        <message>
            <source>house-rules-version-{number}.pdf</source>
            <translation>reglement-ordre-interieur-version-{number}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>Enregistré : {file}</translation>
        </message>
        <message>
            <source>Save the confidentiality undertaking</source>
            <translation>Enregistrer l'engagement de confidentialité</translation>
        </message>
        <message>
            <source>confidentiality-undertaking.pdf</source>
            <translation>engagement-de-confidentialite.pdf</translation>
        </message>
    </context>
    <context>
        <name>IdentityDialog</name>
        <message>
            <source>Identity of the person concerned</source>
            <translation>Identité de la personne concernée</translation>
        </message>
        <message>
            <source>Date of birth known</source>
            <translation>Date de naissance connue</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>École ou travail</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
    </context>
    <context>
        <name>ImportCaseButton</name>
        <message>
            <source>Import from another cell…</source>
            <translation>Importer d'une autre cellule…</translation>
        </message>
    </context>
    <context>
        <name>InformationDialog</name>
        <message>
            <source>New information for case {code}</source>
            <translation>Nouvelle information pour le cas {code}</translation>
        </message>
        <message>
            <source>Correct information for case {code}</source>
            <translation>Corriger une information du cas {code}</translation>
        </message>
        <message>
            <source>One item per source partner: items are never merged. Without the source partner's consent the information is not registered.</source>
            <translation>Un élément par partenaire source : les éléments ne sont jamais fusionnés. Sans le consentement du partenaire source, l'information n'est pas enregistrée.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>The source partner consents to registration</source>
            <translation>Le partenaire source consent à l'enregistrement</translation>
        </message>
        <message>
            <source>Covered by professional secrecy</source>
            <translation>Couvert par le secret professionnel</translation>
        </message>
        <message>
            <source>Not for the minutes</source>
            <translation>Pas pour le procès-verbal</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Source partner</source>
            <translation>Partenaire source</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Partage</translation>
        </message>
    </context>
    <context>
        <name>InformationRemoveDialog</name>
        <message>
            <source>Remove information from case {code}</source>
            <translation>Supprimer une information du cas {code}</translation>
        </message>
        <message>
            <source>Remove the item of {date} from {source}? It disappears from the case file, from search and from every document made from now on. The access trail keeps that it was removed and why, never its text. This cannot be undone.</source>
            <translation>Supprimer l'information du {date} provenant de {source} ? Elle disparaît du dossier, de la recherche et de tout document produit désormais. Le journal d'accès garde la trace de la suppression et de son motif, jamais du texte. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>— no reason given —</source>
            <translation>— aucun motif indiqué —</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Reporting form: signals of radicalisation</source>
            <translation>Formulaire de signalement : signaux de radicalisation</translation>
        </message>
        <message>
            <source>Local Integrated Security Cell</source>
            <translation>Cellule de Sécurité Intégrale Locale</translation>
        </message>
        <message>
            <source>Confidential once filled in</source>
            <translation>Confidentiel une fois rempli</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Use this form to tell the cell about something that worries you. Fill it in on the computer or by hand. The cell's prevention officer will contact you for a personal conversation.</source>
            <translation>Ce formulaire vous permet de signaler à la cellule quelque chose qui vous inquiète. Remplissez-le à l'ordinateur ou à la main. L'agent de prévention de la cellule vous contactera pour un entretien personnel.</translation>
        </message>
        <message>
            <source>Do not write the name, address or other details of the person concerned: who it is about is only asked in the later conversation.</source>
            <translation>N'indiquez pas le nom, l'adresse ni d'autres données de la personne concernée : l'identité n'est demandée que lors de l'entretien ultérieur.</translation>
        </message>
        <message>
            <source>Your contact details</source>
            <translation>Vos coordonnées</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Organisation or service</source>
            <translation>Organisation ou service</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>What you noticed</source>
            <translation>Ce que vous avez remarqué</translation>
        </message>
        <message>
            <source>When (date or period)</source>
            <translation>Quand (date ou période)</translation>
        </message>
        <message>
            <source>Where (place or setting)</source>
            <translation>Où (lieu ou contexte)</translation>
        </message>
        <message>
            <source>What did you observe? Describe behaviour, not the person.</source>
            <translation>Qu'avez-vous observé ? Décrivez un comportement, pas la personne.</translation>
        </message>
        <message>
            <source>I agree that the cell registers this report and the contact details above.</source>
            <translation>J'accepte que la cellule enregistre ce signalement et les coordonnées ci-dessus.</translation>
        </message>
        <message>
            <source>Without this consent the cell keeps only the fact that a report was made, not its content. Sharing information is a right, not a duty.</source>
            <translation>Sans ce consentement, la cellule conserve seulement le fait qu'un signalement a eu lieu, pas son contenu. Partager des informations est un droit, non une obligation.</translation>
        </message>
        <message>
            <source>Hand the form to the prevention officer or send it to the cell's central address. Do not send it through a shared or public mailbox.</source>
            <translation>Remettez le formulaire à l'agent de prévention ou envoyez-le à l'adresse centrale de la cellule. Ne l'envoyez pas par une boîte mail partagée ou publique.</translation>
        </message>
        <message>
            <source>This PDF is protected with a password. Ask the reporter for the form without a password, or print it and type the report in by hand.</source>
            <translation>Ce PDF est protégé par un mot de passe. Demandez le formulaire sans mot de passe à la personne qui signale, ou imprimez-le et saisissez le signalement à la main.</translation>
        </message>
        <message>
            <source>This PDF is not an LIVC reporting form. Only the form made by this program (Signals page, Reporting form…) can be imported.</source>
            <translation>Ce PDF n'est pas un formulaire de signalement de la CSIL. Seul le formulaire créé par ce programme (page Signalements, Formulaire de signalement…) peut être importé.</translation>
        </message>
        <message>
            <source>This reporting form was changed after it was made (its fields differ). It was not imported; type the report in by hand from the PDF.</source>
            <translation>Ce formulaire de signalement a été modifié après sa création (ses champs diffèrent). Il n'a pas été importé ; recopiez le signalement à la main à partir du PDF.</translation>
        </message>
        <message>
            <source>This reporting form was made by a newer version of LIVC Desktop. Install the newer version to import it.</source>
            <translation>Ce formulaire de signalement a été créé par une version plus récente de LIVC Desktop. Installez cette version pour l'importer.</translation>
        </message>
        <message>
            <source>This reporting form is empty: nothing was filled in.</source>
            <translation>Ce formulaire de signalement est vide : rien n'a été rempli.</translation>
        </message>
        <message>
            <source>This file cannot be read as a PDF (it is damaged, too large or not a PDF). Nothing was imported.</source>
            <translation>Ce fichier ne peut pas être lu comme PDF (il est endommagé, trop volumineux ou n'est pas un PDF). Rien n'a été importé.</translation>
        </message>
    </context>
    <context>
        <name>IntakeFormDialog</name>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Allemand</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Reporting form</source>
            <translation>Formulaire de signalement</translation>
        </message>
        <message>
            <source>Language of the form:</source>
            <translation>Langue du formulaire :</translation>
        </message>
        <message>
            <source>Save the reporting form</source>
            <translation>Enregistrer le formulaire de signalement</translation>
        </message>
        <message>
            <source>reporting-form-{lang}.pdf</source>
            <translation>formulaire-de-signalement-{lang}.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Import a filled reporting form</source>
            <translation>Importer un formulaire de signalement rempli</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Integrated cell</source>
            <translation>Cellule intégrée</translation>
        </message>
        <message>
            <source>Strategic and operational table</source>
            <translation>Table stratégique et table opérationnelle</translation>
        </message>
        <message>
            <source>Main body with case teams</source>
            <translation>Organe principal avec équipes de cas</translation>
        </message>
        <message>
            <source>Zonal cell</source>
            <translation>Cellule zonale</translation>
        </message>
        <message>
            <source>One table with one representative per partner; cases are handled there.</source>
            <translation>Une seule table avec un représentant par partenaire ; les cas y sont traités.</translation>
        </message>
        <message>
            <source>A strategic table sets policy and priorities; an operational table manages cases.</source>
            <translation>Une table stratégique fixe la politique et les priorités ; une table opérationnelle gère les cas.</translation>
        </message>
        <message>
            <source>The main body decides on follow-up; a case team per case with only the partners it needs.</source>
            <translation>L'organe principal décide du suivi ; une équipe par cas avec uniquement les partenaires nécessaires.</translation>
        </message>
        <message>
            <source>Several municipalities of one police zone, with case teams.</source>
            <translation>Plusieurs communes d'une même zone de police, avec des équipes de cas.</translation>
        </message>
        <message>
            <source>Integrated table</source>
            <translation>Table intégrée</translation>
        </message>
        <message>
            <source>Strategic table</source>
            <translation>Table stratégique</translation>
        </message>
        <message>
            <source>Operational table</source>
            <translation>Table opérationnelle</translation>
        </message>
        <message>
            <source>Main body</source>
            <translation>Organe principal</translation>
        </message>
        <message>
            <source>Case team</source>
            <translation>Équipe de cas</translation>
        </message>
        <message>
            <source>Zonal table</source>
            <translation>Table zonale</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Hebdomadaire</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Toutes les deux semaines</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensuelle</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Trimestrielle</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Annuelle</translation>
        </message>
        <message>
            <source>When needed</source>
            <translation>Selon les besoins</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Trop courte</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Not strong enough</source>
            <translation>Pas assez robuste</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Forte</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>That signal is older than the list shows.</source>
            <extracomment>While a meeting runs, the idle lock waits at least this long (README, Security model). A session became active (unlock, first start, passphrase change). Emitted before the pages receive it and before the "unlock" event is recorded, so listeners such as the access trail can subscribe with `session.on_event(...)` in time. The active session is about to close (lock, quit); pages still hold it. True when the window locked, False when it unlocked.</extracomment>
            <translation>Ce signalement est plus ancien que ce que montre la liste.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>La phrase secrète a été changée.</translation>
        </message>
        <message>
            <source>{app} (demo with invented data)</source>
            <translation>{app} (démo avec des données inventées)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Lock the register now (Ctrl+L)</source>
            <translation>Verrouiller le registre maintenant (Ctrl+L)</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <source>&amp;Annual report…</source>
            <translation>&amp;Rapport annuel…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;About LIVC Desktop</source>
            <translation>À &amp;propos de LIVC Desktop</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>Search partners, cases, signals and meetings, or whether a person is already known ({key})</source>
            <translation>Rechercher dans les partenaires, cas, signalements et réunions, ou vérifier si une personne est déjà connue ({key})</translation>
        </message>
        <message>
            <source>&amp;Manual and glossary</source>
            <translation>&amp;Manuel et glossaire</translation>
        </message>
        <message>
            <source>The manual and glossary, at the section of this screen ({key})</source>
            <translation>Le manuel et le glossaire, à la section de cet écran ({key})</translation>
        </message>
        <message>
            <source>Choose a new passphrase for the register (every backup keeps its own)</source>
            <translation>Choisir une nouvelle phrase de passe pour le registre (chaque sauvegarde garde la sienne)</translation>
        </message>
        <message>
            <source>Figures of the year for the mayor and the council, without names</source>
            <translation>Les chiffres de l'année pour le bourgmestre et le conseil, sans noms</translation>
        </message>
        <message>
            <source>The parts of the register</source>
            <translation>Les parties du registre</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Register: {name}</source>
            <translation>Registre : {name}</translation>
        </message>
        <message>
            <source>Not created yet</source>
            <translation>Pas encore créé</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Déverrouillé</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted register for a Local Integrated Security Cell.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;br&gt;PySide6 {pyside}&lt;br&gt;SQLCipher {sqlcipher}&lt;br&gt;Python {python}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Un registre chiffré, hors ligne, pour une Cellule de Sécurité Intégrale Locale.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;br&gt;PySide6 {pyside}&lt;br&gt;SQLCipher {sqlcipher}&lt;br&gt;Python {python}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MakeBackupDialog</name>
        <message>
            <source>Make backup</source>
            <translation>Faire une sauvegarde</translation>
        </message>
        <message>
            <source>The backup is a complete, encrypted copy of the register. Keep it on a USB stick or another drive in a locked place, away from this computer.</source>
            <translation>La sauvegarde est une copie complète et chiffrée du registre. Conservez-la sur une clé USB ou un autre disque, dans un endroit fermé à clé, loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Choisir...</translation>
        </message>
        <message>
            <source>Protect with the register passphrase</source>
            <translation>Protéger par la phrase secrète du registre</translation>
        </message>
        <message>
            <source>Protect with a separate backup passphrase</source>
            <translation>Protéger par une phrase secrète de sauvegarde distincte</translation>
        </message>
        <message>
            <source>Destination folder</source>
            <translation>Dossier de destination</translation>
        </message>
        <message>
            <source>Register passphrase</source>
            <translation>Phrase secrète du registre</translation>
        </message>
        <message>
            <source>Backup passphrase</source>
            <translation>Phrase secrète de la sauvegarde</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Robustesse :</translation>
        </message>
        <message>
            <source>Repeat backup passphrase</source>
            <translation>Répétez la phrase secrète de la sauvegarde</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choisissez le dossier de sauvegarde</translation>
        </message>
        <message>
            <source>Backup written and verified: {name} ({rows} rows).</source>
            <translation>Sauvegarde écrite et vérifiée : {name} ({rows} lignes).</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <source>New measure for case {code}</source>
            <translation>Nouvelle mesure pour le cas {code}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>A une échéance</translation>
        </message>
        <message>
            <source>Responsible partner</source>
            <translation>Partenaire responsable</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Échéance le</translation>
        </message>
    </context>
    <context>
        <name>MeasureStatusDialog</name>
        <message>
            <source>Follow up a measure</source>
            <translation>Suivre une mesure</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
    </context>
    <context>
        <name>MeetingDates</name>
        <message>
            <source>no date</source>
            <translation>pas de date</translation>
        </message>
    </context>
    <context>
        <name>MeetingDocuments</name>
        <message>
            <source>LIVC</source>
            <translation>CSIL</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Case-team extract of the minutes</source>
            <translation>Extrait du procès-verbal pour l'équipe de cas</translation>
        </message>
        <message>
            <source>Invitation and agenda</source>
            <translation>Invitation et ordre du jour</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Liste de présence</translation>
        </message>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Fiche de retour à la police</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: LIVC, professional secrecy (art. 458ter Criminal Code). Do not pass on.</source>
            <translation>CONFIDENTIEL : CSIL, secret professionnel (art. 458ter Code pénal). Ne pas transmettre.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>PROJET</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Président(e)</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Secrétaire de séance</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Agenda (as sent)</source>
            <translation>Ordre du jour (tel qu'envoyé)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Fin prévue</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Absent without notice</source>
            <translation>Absent non excusé</translation>
        </message>
        <message>
            <source>Ad hoc attendees</source>
            <translation>Participants ad hoc</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <source>sent information beforehand</source>
            <translation>a transmis des informations au préalable</translation>
        </message>
        <message>
            <source>arrived at {time}</source>
            <translation>arrivé(e) à {time}</translation>
        </message>
        <message>
            <source>left at {time}</source>
            <translation>parti(e) à {time}</translation>
        </message>
        <message>
            <source>Secret-covered information was discussed; see the case file.</source>
            <translation>Des informations couvertes par le secret professionnel ont été discutées ; voir le dossier.</translation>
        </message>
        <message>
            <source>Conclusion shared with the police</source>
            <translation>Conclusion partagée avec la police</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Contact for the police</source>
            <translation>Personne de contact pour la police</translation>
        </message>
        <message>
            <source>social sector</source>
            <translation>secteur social</translation>
        </message>
        <message>
            <source>police</source>
            <translation>police</translation>
        </message>
        <message>
            <source>mixed (social and police)</source>
            <translation>mixte (social et police)</translation>
        </message>
        <message>
            <source>Addendum {number} ({date})</source>
            <translation>Addendum {number} ({date})</translation>
        </message>
        <message>
            <source>next review on {date}</source>
            <translation>prochain réexamen le {date}</translation>
        </message>
        <message>
            <source>confidentiality undertaking signed</source>
            <translation>engagement de confidentialité signé</translation>
        </message>
        <message>
            <source>no confidentiality undertaking</source>
            <translation>pas d'engagement de confidentialité</translation>
        </message>
        <message>
            <source>Items discussed</source>
            <translation>Points traités</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>Décisions sur les cas</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Pour quand</translation>
        </message>
        <message>
            <source>Discussed off the record: not minuted.</source>
            <translation>Discuté hors procès-verbal : non acté.</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Prochaine réunion</translation>
        </message>
        <message>
            <source>Not yet planned.</source>
            <translation>Pas encore prévue.</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Finalised on</source>
            <translation>Finalisé le</translation>
        </message>
        <message>
            <source>Content fingerprint (SHA-256)</source>
            <translation>Empreinte du contenu (SHA-256)</translation>
        </message>
        <message>
            <source>Approved at the meeting of</source>
            <translation>Approuvé lors de la réunion du</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Remarques lors de l'approbation</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>drapeau</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invités</translation>
        </message>
        <message>
            <source>You are invited to the meeting below. The agenda and the documents are confidential; bring them back or destroy them after the meeting.</source>
            <translation>Vous êtes invité(e) à la réunion ci-dessous. L'ordre du jour et les documents sont confidentiels ; rapportez-les ou détruisez-les après la réunion.</translation>
        </message>
        <message>
            <source>This extract holds only the items of one case and is meant for that case team's partners only.</source>
            <translation>Cet extrait ne contient que les points d'un seul cas et est destiné uniquement aux partenaires de cette équipe de cas.</translation>
        </message>
        <message>
            <source>Feedback to the police agreed by consensus of every member who took part (art. 458ter Criminal Code). It holds no information covered by professional secrecy.</source>
            <translation>Retour à la police convenu par consensus de tous les membres ayant participé (art. 458ter Code pénal). Il ne contient aucune information couverte par le secret professionnel.</translation>
        </message>
        <message>
            <source>Consensus recorded for</source>
            <translation>Consensus enregistré pour</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
    </context>
    <context>
        <name>MeetingLabels</name>
        <message>
            <source>Opening</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Approval of the previous minutes</source>
            <translation>Approbation du procès-verbal précédent</translation>
        </message>
        <message>
            <source>Follow-up of open actions</source>
            <translation>Suivi des actions en cours</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>New signal for weighing</source>
            <translation>Nouveau signal à évaluer</translation>
        </message>
        <message>
            <source>General item</source>
            <translation>Point général</translation>
        </message>
        <message>
            <source>Any other business</source>
            <translation>Divers</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>Liste de présence</translation>
        </message>
        <message>
            <source>Calendar entry</source>
            <translation>Entrée d'agenda</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Case-team extract</source>
            <translation>Extrait pour l'équipe de cas</translation>
        </message>
        <message>
            <source>Feedback sheet</source>
            <translation>Fiche de retour</translation>
        </message>
        <message>
            <source>Draft minutes</source>
            <translation>Projet de procès-verbal</translation>
        </message>
        <message>
            <source>Minutes finalised</source>
            <translation>Procès-verbal finalisé</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Procès-verbal approuvé</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Absent without notice</source>
            <translation>Absent non excusé</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Hebdomadaire</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensuelle</translation>
        </message>
        <message>
            <source>Every N days</source>
            <translation>Tous les N jours</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>drapeau rouge</translation>
        </message>
        <message>
            <source>black flag</source>
            <translation>drapeau noir</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>réexamen prévu</translation>
        </message>
        <message>
            <source>measure due</source>
            <translation>mesure à échéance</translation>
        </message>
        <message>
            <source>not weighed for a while</source>
            <translation>pas évalué depuis un moment</translation>
        </message>
        <message>
            <source>flag: weigh again now</source>
            <translation>drapeau : réévaluer maintenant</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Pas demandé</translation>
        </message>
        <message>
            <source>Agrees</source>
            <translation>D'accord</translation>
        </message>
        <message>
            <source>Refuses</source>
            <translation>Refuse</translation>
        </message>
        <message>
            <source>Secretary / minute-taker</source>
            <translation>Secrétaire</translation>
        </message>
        <message>
            <source>Ad hoc expert / guest</source>
            <translation>Expert ad hoc / invité</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <extracomment>True while meeting mode is on screen: the main window keeps keys out of its menu.</extracomment>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Filter meetings</source>
            <translation>Filtrer les réunions</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Supprimer la réunion</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Préparer</translation>
        </message>
        <message>
            <source>Run meeting</source>
            <translation>Mener la réunion</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>A note typed before the lock could not be saved: {reason}</source>
            <translation>Une note saisie avant le verrouillage n'a pas pu être enregistrée : {reason}</translation>
        </message>
        <message>
            <source>{document}, meeting of {date}</source>
            <extracomment>Up to this many meetings the list is read at once, on the GUI thread.</extracomment>
            <translation>{document}, réunion du {date}</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>Le fichier n'a pas pu être écrit.</translation>
        </message>
        <message>
            <source>Saved: {name}</source>
            <translation>Enregistré : {name}</translation>
        </message>
        <message>
            <source>Delete the meeting of {date} with its agenda and notes?</source>
            <translation>Supprimer la réunion du {date} avec son ordre du jour et ses notes ?</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The passphrase is not correct. Check Caps Lock and the keyboard layout.</source>
            <translation>La phrase secrète n'est pas correcte. Vérifiez la touche Verr. Maj et la disposition du clavier.</translation>
        </message>
        <message>
            <source>There is no register at this location.</source>
            <translation>Il n'y a pas de registre à cet emplacement.</translation>
        </message>
        <message>
            <source>This file is not an LIVC register.</source>
            <translation>Ce fichier n'est pas un registre CSIL.</translation>
        </message>
        <message>
            <source>This passphrase does not open the register. Check Caps Lock and the keyboard layout. If you are sure it is right, the file may be damaged: restore the latest backup: File → Restore…</source>
            <translation>Cette phrase secrète n'ouvre pas le registre. Vérifiez la touche Verr. Maj et la disposition du clavier. Si vous êtes sûr qu'elle est correcte, le fichier est peut-être endommagé : restaurez la dernière sauvegarde : Fichier → Restaurer…</translation>
        </message>
        <message>
            <source>The register file is damaged and cannot be used. Restore the latest backup: File → Restore… (the latest backup known was made on {date}).</source>
            <translation>Le fichier du registre est endommagé et inutilisable. Restaurez la dernière sauvegarde : Fichier → Restaurer… (la dernière sauvegarde connue date du {date}).</translation>
        </message>
        <message>
            <source>The register file is damaged and cannot be used. Restore the latest backup: File → Restore…</source>
            <translation>Le fichier du registre est endommagé et inutilisable. Restaurez la dernière sauvegarde : Fichier → Restaurer…</translation>
        </message>
        <message>
            <source>This register was made by a newer version of LIVC Desktop. Install the newer version to open it.</source>
            <translation>Ce registre a été créé par une version plus récente de LIVC Desktop. Installez cette version pour l'ouvrir.</translation>
        </message>
        <message>
            <source>This register is already open in another LIVC Desktop window or by another user. Close it there first.</source>
            <translation>Ce registre est déjà ouvert dans une autre fenêtre de LIVC Desktop ou par un autre utilisateur. Fermez-le d'abord là-bas.</translation>
        </message>
        <message>
            <source>A register already exists at this location.</source>
            <translation>Un registre existe déjà à cet emplacement.</translation>
        </message>
        <message>
            <source>You have no permission to use this file or folder. Nothing was changed; ask your IT service or choose another location.</source>
            <translation>Vous n'avez pas l'autorisation d'utiliser ce fichier ou ce dossier. Rien n'a été modifié ; adressez-vous à votre service informatique ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>This location is read-only (a write-protected drive or folder). Nothing was changed; copy the register to a writable folder or choose another location.</source>
            <translation>Cet emplacement est en lecture seule (un lecteur ou un dossier protégé en écriture). Rien n'a été modifié ; copiez le registre dans un dossier accessible en écriture ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>This file is a backup or a copy of a register: it is only looked at, never changed. To work with it, restore it: File → Restore…</source>
            <translation>Ce fichier est une sauvegarde ou une copie d'un registre : il est seulement consulté, jamais modifié. Pour travailler avec lui, restaurez-le : Fichier → Restaurer…</translation>
        </message>
        <message>
            <source>The access trail was changed after it was written (first bad entry: {seq}).</source>
            <translation>Le journal d'accès a été modifié après son écriture (première entrée incorrecte : {seq}).</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Le disque est plein. Rien n'a été modifié ; libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>The file could not be written. Nothing was changed.</source>
            <translation>Le fichier n'a pas pu être écrit. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>A link or another unexpected item is in the way of {name} in this folder. LIVC Desktop does not write through links; nothing was changed. Remove it, or ask your IT contact to check the folder.</source>
            <translation>Un lien ou un autre élément inattendu occupe la place de {name} dans ce dossier. LIVC Desktop n'écrit jamais à travers un lien ; rien n'a été modifié. Supprimez-le ou demandez à votre contact informatique de vérifier le dossier.</translation>
        </message>
        <message>
            <source>The encryption library on this computer is not suitable; the register was not opened. Reinstall LIVC Desktop.</source>
            <translation>La bibliothèque de chiffrement de cet ordinateur ne convient pas ; le registre n'a pas été ouvert. Réinstallez LIVC Desktop.</translation>
        </message>
        <message>
            <source>There is no adopted version of the house rules yet: adopt a version first (the House rules page).</source>
            <translation>Il n'y a pas encore de version adoptée du règlement d'ordre intérieur : adoptez d'abord une version (page Règlement d'ordre intérieur).</translation>
        </message>
        <message>
            <source>This partner cannot be deleted because other records refer to it. Archive it instead.</source>
            <translation>Ce partenaire ne peut pas être supprimé car d'autres données y font référence. Archivez-le plutôt.</translation>
        </message>
        <message>
            <source>This partner no longer exists in the register.</source>
            <translation>Ce partenaire n'existe plus dans le registre.</translation>
        </message>
        <message>
            <source>Partners still belong to this sector. Give them another sector first, or switch the sector off instead.</source>
            <translation>Des partenaires appartiennent encore à ce secteur. Attribuez-leur d'abord un autre secteur, ou désactivez plutôt ce secteur.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>The file is too large to import (more than 20 MB).</source>
            <translation>Le fichier est trop volumineux pour être importé (plus de 20 Mo).</translation>
        </message>
        <message>
            <source>The file is not a text (CSV) file. In Excel, use Save As and choose 'CSV UTF-8'.</source>
            <translation>Le fichier n'est pas un fichier texte (CSV). Dans Excel, utilisez Enregistrer sous et choisissez 'CSV UTF-8'.</translation>
        </message>
        <message>
            <source>The file could not be read as a CSV sheet (a cell may be too long).</source>
            <translation>Le fichier n'a pas pu être lu comme feuille CSV (une cellule est peut-être trop longue).</translation>
        </message>
        <message>
            <source>The file has too many rows (more than 50,000).</source>
            <translation>Le fichier contient trop de lignes (plus de 50 000).</translation>
        </message>
        <message>
            <source>The first row of the file must name the columns.</source>
            <translation>La première ligne du fichier doit nommer les colonnes.</translation>
        </message>
        <message>
            <source>These minutes are finalised and can no longer be changed. Add a numbered addendum instead.</source>
            <translation>Ce procès-verbal est finalisé et ne peut plus être modifié. Ajoutez plutôt un addendum numéroté.</translation>
        </message>
        <message>
            <source>Minutes are approved at a later meeting that has taken place (today or earlier) and was not cancelled.</source>
            <translation>Le procès-verbal est approuvé lors d'une réunion ultérieure qui a déjà eu lieu (aujourd'hui ou avant) et n'a pas été annulée.</translation>
        </message>
        <message>
            <source>The minutes can be finalised only once the meeting has taken place.</source>
            <translation>Le procès-verbal ne peut être finalisé qu'une fois la réunion tenue.</translation>
        </message>
        <message>
            <source>This was already applied to the case (a flag or phase decision, or a measure). Deleting it here would not undo that, so it cannot be deleted. Change the case in its case file instead.</source>
            <translation>Ceci a déjà été appliqué au cas (une décision de drapeau ou de phase, ou une mesure). Le supprimer ici ne l'annulerait pas ; la suppression est donc impossible. Modifiez le cas dans son dossier.</translation>
        </message>
        <message>
            <source>A hand-over (black flag) or closing a case needs more details (to whom and when; the reason and an evaluation). Record it in the case file.</source>
            <translation>Une transmission (drapeau noir) ou la clôture d'un cas demande plus de données (à qui et quand ; le motif et une évaluation). Enregistrez-la dans le dossier du cas.</translation>
        </message>
        <message>
            <source>No meeting is planned yet. Plan the next meeting on the Meetings page (New meeting), then put this on its agenda.</source>
            <translation>Aucune réunion n'est encore prévue. Planifiez la prochaine réunion dans la page Réunions (Nouvelle réunion), puis mettez ceci à son ordre du jour.</translation>
        </message>
        <message>
            <source>There is no such meeting in this register.</source>
            <translation>Cette réunion n'existe pas dans ce registre.</translation>
        </message>
        <message>
            <source>The feedback sheet needs the recorded consent of every member who took part.</source>
            <translation>La fiche de retour exige le consentement enregistré de chaque membre ayant participé.</translation>
        </message>
        <message>
            <source>The case cannot move to that phase from its current phase.</source>
            <translation>Le cas ne peut pas passer à cette phase depuis sa phase actuelle.</translation>
        </message>
        <message>
            <source>This case is closed; it takes no more changes.</source>
            <translation>Ce cas est clôturé ; il ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>This record no longer exists.</source>
            <translation>Cet enregistrement n'existe plus.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Une erreur s'est produite. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>There is no backup file at this location.</source>
            <translation>Il n'y a pas de fichier de sauvegarde à cet emplacement.</translation>
        </message>
        <message>
            <source>The backup file is empty (0 bytes). Nothing was restored or changed.</source>
            <translation>Le fichier de sauvegarde est vide (0 octet). Rien n'a été restauré ni modifié.</translation>
        </message>
        <message>
            <source>The backup file is incomplete: it is shorter than when it was made (an interrupted copy?). Nothing was restored or changed.</source>
            <translation>Le fichier de sauvegarde est incomplet : il est plus court qu'à sa création (copie interrompue ?). Rien n'a été restauré ni modifié.</translation>
        </message>
        <message>
            <source>The backup file is damaged: its content no longer matches its checksum. Nothing was restored or changed. Use another backup.</source>
            <translation>Le fichier de sauvegarde est endommagé : son contenu ne correspond plus à sa somme de contrôle. Rien n'a été restauré ni modifié. Utilisez une autre sauvegarde.</translation>
        </message>
        <message>
            <source>The file is intact, but this passphrase does not open it. Use the passphrase that protected the register (or the separate backup passphrase) when the backup was made.</source>
            <translation>Le fichier est intact, mais cette phrase secrète ne l'ouvre pas. Utilisez la phrase secrète qui protégeait le registre (ou la phrase secrète de sauvegarde distincte) au moment de la sauvegarde.</translation>
        </message>
        <message>
            <source>This file could not be opened: the passphrase is wrong or it is not an LIVC backup. Its manifest (the .json file beside it) is missing, so the program cannot tell which.</source>
            <translation>Ce fichier n'a pas pu être ouvert : la phrase secrète est erronée ou ce n'est pas une sauvegarde CSIL. Son manifeste (le fichier .json à côté) est manquant, le programme ne peut donc pas dire lequel des deux.</translation>
        </message>
        <message>
            <source>The backup's manifest (the .json file beside it) was edited or damaged: its seal no longer matches. Nothing was restored or changed. Use another backup.</source>
            <translation>Le manifeste de la sauvegarde (le fichier .json à côté) a été modifié ou endommagé : son sceau ne correspond plus. Rien n'a été restauré ni modifié. Utilisez une autre sauvegarde.</translation>
        </message>
        <message>
            <source>This file is not an LIVC Desktop backup.</source>
            <translation>Ce fichier n'est pas une sauvegarde de LIVC Desktop.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of LIVC Desktop. Install the newer version to restore it; nothing was changed.</source>
            <translation>Cette sauvegarde a été faite par une version plus récente de LIVC Desktop. Installez la version plus récente pour la restaurer ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The chosen folder cannot be written to (read-only or no permission). Choose another folder; nothing was written.</source>
            <translation>Impossible d'écrire dans le dossier choisi (lecture seule ou pas d'autorisation). Choisissez un autre dossier ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>Ce texte est trop long.</translation>
        </message>
        <message>
            <source>The passphrase must be at least 12 characters long.</source>
            <translation>La phrase secrète doit compter au moins 12 caractères.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess (common words, names of the cell, dates). Use four or more words that do not belong together, or a longer sentence of your own.</source>
            <translation>Cette phrase secrète est trop facile à deviner (mots courants, noms de la cellule, dates). Utilisez au moins quatre mots sans rapport entre eux, ou une phrase plus longue de votre invention.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <source>The passphrase must not begin or end with a space.</source>
            <translation>La phrase secrète ne doit pas commencer ni finir par une espace.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>La nouvelle phrase secrète est identique à l'actuelle.</translation>
        </message>
        <message>
            <source>A zonal cell covers at least two municipalities.</source>
            <translation>Une cellule zonale couvre au moins deux communes.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
        </message>
        <message>
            <source>This does not look like a phone number.</source>
            <translation>Ceci ne ressemble pas à un numéro de téléphone.</translation>
        </message>
        <message>
            <source>This is not a valid date.</source>
            <translation>Ce n'est pas une date valide.</translation>
        </message>
        <message>
            <source>This number is outside the allowed range.</source>
            <translation>Ce nombre est en dehors de la plage autorisée.</translation>
        </message>
        <message>
            <source>This value is not one of the known choices.</source>
            <translation>Cette valeur ne fait pas partie des choix connus.</translation>
        </message>
        <message>
            <source>This name is already in use.</source>
            <translation>Ce nom est déjà utilisé.</translation>
        </message>
        <message>
            <source>This is not a valid time (HH:MM).</source>
            <translation>Ce n'est pas une heure valide (HH:MM).</translation>
        </message>
        <message>
            <source>The end time is before the start time.</source>
            <translation>L'heure de fin précède l'heure de début.</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>Ce nombre est hors limites.</translation>
        </message>
        <message>
            <source>Flag and phase decisions belong to a case item.</source>
            <translation>Les décisions de drapeau et de phase concernent un point de cas.</translation>
        </message>
        <message>
            <source>This date lies in the future.</source>
            <translation>Cette date est dans le futur.</translation>
        </message>
        <message>
            <source>The review date cannot lie before the decision.</source>
            <translation>La date de réévaluation ne peut pas précéder la décision.</translation>
        </message>
        <message>
            <source>A hand-over is only recorded with a black flag.</source>
            <translation>Une transmission n'est enregistrée qu'avec un drapeau noir.</translation>
        </message>
        <message>
            <source>Without the contributing partner's consent this information is not registered.</source>
            <translation>Sans le consentement du partenaire qui la fournit, cette information n'est pas enregistrée.</translation>
        </message>
        <message>
            <source>Information covered by professional secrecy stays within the case team.</source>
            <translation>Une information couverte par le secret professionnel reste au sein de l'équipe de cas.</translation>
        </message>
        <message>
            <source>This partner is not in the register.</source>
            <translation>Ce partenaire ne figure pas dans le registre.</translation>
        </message>
        <message>
            <source>This partner is already in the case team.</source>
            <translation>Ce partenaire fait déjà partie de l'équipe de cas.</translation>
        </message>
        <message>
            <source>This partner has already left the case team.</source>
            <translation>Ce partenaire a déjà quitté l'équipe de cas.</translation>
        </message>
        <message>
            <source>The leaving date cannot lie before the joining date.</source>
            <translation>La date de sortie ne peut pas précéder la date d'entrée.</translation>
        </message>
        <message>
            <source>This signal has already been weighed.</source>
            <translation>Ce signalement a déjà été pondéré.</translation>
        </message>
        <message>
            <source>Give your e-mail address or phone number, so the other cell can reach you.</source>
            <translation>Indiquez votre adresse e-mail ou votre numéro de téléphone, pour que l'autre cellule puisse vous joindre.</translation>
        </message>
        <message>
            <source>The package file must end in .livccase.</source>
            <translation>Le fichier du paquet doit se terminer par .livccase.</translation>
        </message>
        <message>
            <source>Show the package's contents first.</source>
            <translation>Affichez d'abord le contenu du paquet.</translation>
        </message>
        <message>
            <source>Give the reference number only (letters, digits, / . - _), no sentence.</source>
            <translation>Indiquez seulement le numéro de référence (lettres, chiffres, / . - _), pas de phrase.</translation>
        </message>
        <message>
            <source>Choose the partner this contact person belongs to.</source>
            <translation>Choisissez le partenaire auquel appartient cette personne de contact.</translation>
        </message>
        <message>
            <source>This version of the house rules has been adopted and can no longer be changed: make a new draft from it.</source>
            <translation>Cette version du règlement d'ordre intérieur a été adoptée et ne peut plus être modifiée : créez-en un nouveau projet.</translation>
        </message>
        <message>
            <source>The adoption date lies before that of the current house rules.</source>
            <translation>La date d'adoption est antérieure à celle du règlement en vigueur.</translation>
        </message>
        <message>
            <source>Only an adopted version of the house rules can be signed.</source>
            <translation>Seule une version adoptée du règlement peut être signée.</translation>
        </message>
        <message>
            <source>The signature date lies before the version was adopted.</source>
            <translation>La date de signature est antérieure à l'adoption de la version.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Cette valeur n'est pas valide.</translation>
        </message>
        <message>
            <source>There is no package file at this location.</source>
            <translation>Il n'y a pas de fichier de paquet à cet emplacement.</translation>
        </message>
        <message>
            <source>This file is not a case transfer package of LIVC Desktop.</source>
            <translation>Ce fichier n'est pas un paquet de transfert de cas de LIVC Desktop.</translation>
        </message>
        <message>
            <source>The package is incomplete: it is shorter than when it was made (an interrupted copy or download?). Nothing was imported. Ask the sending cell for the file again.</source>
            <translation>Le paquet est incomplet : il est plus court qu'au moment de sa création (copie ou téléchargement interrompu ?). Rien n'a été importé. Demandez à nouveau le fichier à la cellule d'origine.</translation>
        </message>
        <message>
            <source>The package was changed or damaged after it was made. Nothing was imported. Ask the sending cell for the file again.</source>
            <translation>Le paquet a été modifié ou endommagé après sa création. Rien n'a été importé. Demandez à nouveau le fichier à la cellule d'origine.</translation>
        </message>
        <message>
            <source>The file is intact, but this is not its passphrase. Check the passphrase with the sending cell (given by phone, not with the file).</source>
            <translation>Le fichier est intact, mais ce n'est pas sa phrase secrète. Vérifiez la phrase secrète auprès de la cellule d'origine (communiquée par téléphone, pas avec le fichier).</translation>
        </message>
        <message>
            <source>This package was made by a newer version of LIVC Desktop. Install the newer version to import it; nothing was imported.</source>
            <translation>Ce paquet a été créé par une version plus récente de LIVC Desktop. Installez la version plus récente pour l'importer ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>This package was already imported into this register; it is not imported twice.</source>
            <translation>Ce paquet a déjà été importé dans ce registre ; il n'est pas importé deux fois.</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Preview minutes</source>
            <translation>Aperçu du procès-verbal</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>Cas :</translation>
        </message>
        <message>
            <source>Approve at the meeting of:</source>
            <translation>Approuver lors de la réunion du :</translation>
        </message>
        <message>
            <source>Finalise minutes…</source>
            <translation>Finaliser le procès-verbal…</translation>
        </message>
        <message>
            <source>Feedback sheet to the police</source>
            <translation>Fiche de retour à la police</translation>
        </message>
        <message>
            <source>Feedback text and consent…</source>
            <translation>Texte de retour et accords…</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Remarques lors de l'approbation</translation>
        </message>
        <message>
            <source>Approve at that meeting</source>
            <translation>Approuver lors de cette réunion</translation>
        </message>
        <message>
            <source>Text of a correction (addendum)</source>
            <translation>Texte d'une correction (addendum)</translation>
        </message>
        <message>
            <source>Add addendum</source>
            <translation>Ajouter un addendum</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Recipient (partner or person)</source>
            <translation>Destinataire (partenaire ou personne)</translation>
        </message>
        <message>
            <source>Record as sent</source>
            <translation>Enregistrer comme envoyé</translation>
        </message>
        <message>
            <source>Copies per recipient…</source>
            <translation>Copies par destinataire…</translation>
        </message>
        <message>
            <source>Fingerprint: {hash}</source>
            <translation>Empreinte : {hash}</translation>
        </message>
        <message>
            <source>Approved on {date}</source>
            <translation>Approuvé le {date}</translation>
        </message>
        <message>
            <source>Finalise these minutes? Their content is frozen; later corrections become numbered addenda.</source>
            <translation>Finaliser ce procès-verbal ? Son contenu est figé ; les corrections ultérieures deviennent des addenda numérotés.</translation>
        </message>
        <message>
            <source>Add this addendum to the finalised minutes?</source>
            <translation>Ajouter cet addendum au procès-verbal finalisé ?</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityListEditor</name>
        <message>
            <source>Name of the municipality</source>
            <translation>Nom de la commune</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Municipalities covered</source>
            <translation>Communes couvertes</translation>
        </message>
    </context>
    <context>
        <name>MyMonthPanel</name>
        <message>
            <source>My month</source>
            <extracomment>Places a line can open (the main window's `open_place`). (place, item id or -1): a line was clicked.</extracomment>
            <translation>Mon mois</translation>
        </message>
        <message>
            <source>What needs you in the coming two weeks. Click a line to deal with it.</source>
            <translation>Ce qui vous attend dans les deux semaines à venir. Cliquez sur une ligne pour vous en occuper.</translation>
        </message>
        <message>
            <source>Opens the signals waiting for weighing</source>
            <translation>Ouvre les signalements en attente de pondération</translation>
        </message>
        <message>
            <source>Opens the case list filtered on cases due for review</source>
            <translation>Ouvre la liste des cas filtrée sur les cas à réexaminer</translation>
        </message>
        <message>
            <source>Opens the case list filtered on overdue measures</source>
            <translation>Ouvre la liste des cas filtrée sur les mesures en retard</translation>
        </message>
        <message>
            <source>Opens the meeting's preparation</source>
            <translation>Ouvre la préparation de la réunion</translation>
        </message>
        <message>
            <source>Opens the meeting's minutes</source>
            <translation>Ouvre le procès-verbal de la réunion</translation>
        </message>
        <message>
            <source>Makes a backup now</source>
            <translation>Fait une sauvegarde maintenant</translation>
        </message>
        <message>
            <source>Signals waiting for weighing: {n} (oldest received {date})</source>
            <translation>Signalements en attente de pondération : {n} (le plus ancien reçu le {date})</translation>
        </message>
        <message>
            <source>No signal is waiting for weighing.</source>
            <translation>Aucun signalement n'attend de pondération.</translation>
        </message>
        <message>
            <source>No case review due in the next two weeks.</source>
            <translation>Aucun réexamen de cas dans les deux prochaines semaines.</translation>
        </message>
        <message>
            <source>No measure due in the next two weeks.</source>
            <translation>Aucune mesure à échéance dans les deux prochaines semaines.</translation>
        </message>
        <message>
            <source>Case reviews: {overdue} overdue, {soon} due within two weeks ({codes})</source>
            <translation>Réexamens de cas : {overdue} en retard, {soon} dans les deux semaines ({codes})</translation>
        </message>
        <message>
            <source>Measures: {overdue} overdue, {soon} due within two weeks ({codes})</source>
            <translation>Mesures : {overdue} en retard, {soon} à échéance dans les deux semaines ({codes})</translation>
        </message>
        <message>
            <source>No meeting planned: plan the next one.</source>
            <translation>Aucune réunion planifiée : planifiez la prochaine.</translation>
        </message>
        <message>
            <source>agenda items</source>
            <translation>points à l'ordre du jour</translation>
        </message>
        <message>
            <source>sending the agenda</source>
            <translation>envoyer l'ordre du jour</translation>
        </message>
        <message>
            <source>invitees</source>
            <translation>invités</translation>
        </message>
        <message>
            <source>sending the invitations</source>
            <translation>envoyer les invitations</translation>
        </message>
        <message>
            <source>Next meeting: {meeting}. Still to do: {missing}</source>
            <translation>Prochaine réunion : {meeting}. Reste à faire : {missing}</translation>
        </message>
        <message>
            <source>Next meeting: {meeting}. Agenda and invitations are sent.</source>
            <translation>Prochaine réunion : {meeting}. L'ordre du jour et les invitations sont envoyés.</translation>
        </message>
        <message>
            <source>Minutes to finalise: {n} (oldest: meeting of {date})</source>
            <translation>Procès-verbaux à clôturer : {n} (le plus ancien : réunion du {date})</translation>
        </message>
        <message>
            <source>No minutes to finalise.</source>
            <translation>Aucun procès-verbal à clôturer.</translation>
        </message>
        <message>
            <source>Minutes to approve at the next meeting: {n} (oldest: meeting of {date})</source>
            <translation>Procès-verbaux à approuver à la prochaine réunion : {n} (le plus ancien : réunion du {date})</translation>
        </message>
        <message>
            <source>No backup yet: make one now.</source>
            <translation>Pas encore de sauvegarde : faites-en une maintenant.</translation>
        </message>
        <message>
            <source>Last backup: today</source>
            <translation>Dernière sauvegarde : aujourd'hui</translation>
        </message>
        <message>
            <source>Last backup: yesterday</source>
            <translation>Dernière sauvegarde : hier</translation>
        </message>
        <message>
            <source>Last backup: {days} days ago</source>
            <translation>Dernière sauvegarde : il y a {days} jours</translation>
        </message>
        <message>
            <source>(too old: make a new one)</source>
            <translation>(trop ancienne : faites-en une nouvelle)</translation>
        </message>
    </context>
    <context>
        <name>NextMeeting</name>
        <message>
            <source>Put on the next meeting</source>
            <translation>Mettre à la prochaine réunion</translation>
        </message>
        <message>
            <source>It is on the agenda of the meeting of {date} ({table}).</source>
            <translation>C'est à l'ordre du jour de la réunion du {date} ({table}).</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Account</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Off the record</source>
            <translation>Hors procès-verbal</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Secret professionnel</translation>
        </message>
        <message>
            <source>OFF THE RECORD: never printed</source>
            <translation>HORS PROCÈS-VERBAL : jamais imprimé</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove this note?</source>
            <translation>Supprimer cette note ?</translation>
        </message>
    </context>
    <context>
        <name>OneTimePassphraseDialog</name>
        <message>
            <source>One-time passphrase of the package</source>
            <translation>Phrase secrète à usage unique du paquet</translation>
        </message>
        <message>
            <source>The package {name} is written. This is its passphrase. It is shown only now and is kept nowhere: note it or copy it, and give it to the receiving cell by phone, never in the same mail as the file.</source>
            <translation>Le paquet {name} est écrit. Voici sa phrase secrète. Elle n'est affichée que maintenant et n'est conservée nulle part : notez-la ou copiez-la, et communiquez-la par téléphone à la cellule destinataire, jamais dans le même e-mail que le fichier.</translation>
        </message>
        <message>
            <source>One-time passphrase</source>
            <translation>Phrase secrète à usage unique</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copied; cleared from the clipboard in {seconds} seconds.</source>
            <translation>Copiée ; effacée du presse-papiers dans {seconds} secondes.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Yes, a joint cell of {n} municipalities</source>
            <translation>Oui, une cellule commune de {n} communes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>The cell</source>
            <translation>La cellule</translation>
        </message>
        <message>
            <source>The register</source>
            <translation>Le registre</translation>
        </message>
        <message>
            <source>Municipalities:</source>
            <translation>Communes :</translation>
        </message>
        <message>
            <source>Joint cell:</source>
            <translation>Cellule commune :</translation>
        </message>
        <message>
            <source>Structure:</source>
            <translation>Structure :</translation>
        </message>
        <message>
            <source>Tables:</source>
            <translation>Tables :</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Agent de prévention :</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>Schema version:</source>
            <translation>Version du schéma :</translation>
        </message>
    </context>
    <context>
        <name>ParticipationTab</name>
        <message>
            <source>Print participation overview…</source>
            <translation>Imprimer l'aperçu de la participation…</translation>
        </message>
        <message>
            <source>Active partners by participation level (works on it, contributes, kept informed) and the tables or teams they sit at.</source>
            <translation>Partenaires actifs par niveau de participation (collabore, contribue, tenu informé) et les tables ou équipes auxquelles ils siègent.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
    </context>
    <context>
        <name>PartnerDocuments</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Habilitation</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No partners match the filter.</source>
            <translation>Aucun partenaire ne correspond au filtre.</translation>
        </message>
        <message>
            <source>No contact persons recorded.</source>
            <translation>Aucune personne de contact enregistrée.</translation>
        </message>
        <message>
            <source>No partners at this level.</source>
            <translation>Aucun partenaire à ce niveau.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>CSIL {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL – LIVC – do not distribute</source>
            <translation>CONFIDENTIEL – CSIL – ne pas diffuser</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
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
            <translation>Dans la cellule</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Personnes de contact</translation>
        </message>
        <message>
            <source>Trainings followed or wanted</source>
            <translation>Formations suivies ou souhaitées</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Municipality served</source>
            <translation>Commune desservie</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Tables and teams</source>
            <translation>Tables et équipes</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Secret professionnel</translation>
        </message>
        <message>
            <source>Basis of secrecy</source>
            <translation>Fondement du secret</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Règlement d'ordre intérieur</translation>
        </message>
        <message>
            <source>Required, e.g. OCMW Demostad</source>
            <translation>Obligatoire, p. ex. CPAS Demostad</translation>
        </message>
        <message>
            <source>e.g. 050 12 34 56 or +32 50 12 34 56</source>
            <translation>p. ex. 050 12 34 56 ou +32 50 12 34 56</translation>
        </message>
        <message>
            <source>e.g. info@example.be</source>
            <translation>p. ex. info@example.be</translation>
        </message>
        <message>
            <source>e.g. art. 458 Criminal Code, shared professional secrecy</source>
            <translation>p. ex. art. 458 Code pénal, secret professionnel partagé</translation>
        </message>
        <message>
            <source>Add contact…</source>
            <translation>Ajouter un contact…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Add training…</source>
            <translation>Ajouter une formation…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>No partner selected</source>
            <translation>Aucun partenaire sélectionné</translation>
        </message>
        <message>
            <source>Choose a partner in the list, or click New partner.</source>
            <translation>Choisissez un partenaire dans la liste, ou cliquez sur Nouveau partenaire.</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nouveau partenaire</translation>
        </message>
        <message>
            <source>Fill in at least the name, then click Save.</source>
            <translation>Indiquez au moins le nom, puis cliquez sur Enregistrer.</translation>
        </message>
        <message>
            <source>Archived on {date}. Still shown in old meetings and cases.</source>
            <translation>Archivé le {date}. Reste visible dans les anciennes réunions et les anciens cas.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Contacts with a problem (open them with Edit): {rows}</source>
            <translation>Contacts qui posent problème (ouvrez-les avec Modifier) : {rows}</translation>
        </message>
        <message>
            <source>Trainings with a problem (open them with Edit): {rows}</source>
            <translation>Formations qui posent problème (ouvrez-les avec Modifier) : {rows}</translation>
        </message>
        <message>
            <source>The partner was not saved:</source>
            <translation>Le partenaire n'a pas été enregistré :</translation>
        </message>
    </context>
    <context>
        <name>PartnerImport</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <source>Contact's function</source>
            <translation>Fonction du contact</translation>
        </message>
        <message>
            <source>Contact's phone</source>
            <translation>Téléphone du contact</translation>
        </message>
        <message>
            <source>Contact's e-mail</source>
            <translation>E-mail du contact</translation>
        </message>
        <message>
            <source>A quote (") on this line is never closed, or a cell here runs over several lines and holds the separator. Correct the line in the sheet; the lines after it are read as separate rows.</source>
            <translation>Un guillemet (") sur cette ligne n'est jamais fermé, ou une cellule s'étend ici sur plusieurs lignes et contient le séparateur. Corrigez la ligne dans la feuille ; les lignes suivantes sont lues comme des lignes distinctes.</translation>
        </message>
        <message>
            <source>Not imported: {problems}</source>
            <translation>Non importé : {problems}</translation>
        </message>
        <message>
            <source>Added to the partner of line {line}</source>
            <translation>Ajouté au partenaire de la ligne {line}</translation>
        </message>
        <message>
            <source>Already in the register: merged</source>
            <translation>Déjà dans le registre : fusionné</translation>
        </message>
        <message>
            <source>Already in the register: skipped</source>
            <translation>Déjà dans le registre : ignoré</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nouveau partenaire</translation>
        </message>
        <message>
            <source>unknown sector '{sector}' kept in the notes</source>
            <translation>secteur inconnu '{sector}' conservé dans les notes</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ce qui se passe</translation>
        </message>
    </context>
    <context>
        <name>PartnerImportDialog</name>
        <message>
            <source>Import partners from a CSV file</source>
            <translation>Importer des partenaires depuis un fichier CSV</translation>
        </message>
        <message>
            <source>Save the sheet in Excel with Save As › 'CSV UTF-8' (or plain CSV) and choose it here. The first row must hold the column names. Nothing is imported until you confirm.</source>
            <translation>Enregistrez la feuille dans Excel avec Enregistrer sous › 'CSV UTF-8' (ou CSV simple) et choisissez-la ici. La première ligne doit contenir les noms des colonnes. Rien n'est importé avant votre confirmation.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Aucun fichier choisi.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <source>Merge with the partner already in the register</source>
            <translation>Fusionner avec le partenaire déjà présent dans le registre</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>L'ignorer</translation>
        </message>
        <message>
            <source>Same name as a partner in the register:</source>
            <translation>Même nom qu'un partenaire du registre :</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choisir un fichier CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>{name}: {rows} rows · {encoding} · columns separated by {delimiter}</source>
            <translation>{name} : {rows} lignes · {encoding} · colonnes séparées par {delimiter}</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importé)</translation>
        </message>
        <message>
            <source>column {n}</source>
            <translation>colonne {n}</translation>
        </message>
        <message>
            <source>Choose which column holds the partner's name.</source>
            <translation>Choisissez la colonne qui contient le nom du partenaire.</translation>
        </message>
        <message>
            <source>New partners: {new} · already in the register: {duplicates} ({action}) · rows adding a contact to an earlier row: {folded} · rows with problems (not imported): {errors}</source>
            <translation>Nouveaux partenaires : {new} · déjà dans le registre : {duplicates} ({action}) · lignes ajoutant un contact à une ligne précédente : {folded} · lignes avec des problèmes (non importées) : {errors}</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>fusionner</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>ignorer</translation>
        </message>
        <message>
            <source>Import now?
New partners: {new}
Merged into partners already in the register: {merged}
Rows with problems, not imported: {errors}</source>
            <translation>Importer maintenant ?
Nouveaux partenaires : {new}
Fusionnés avec des partenaires déjà dans le registre : {merged}
Lignes avec des problèmes, non importées : {errors}</translation>
        </message>
        <message>
            <source>Import partners</source>
            <translation>Importer des partenaires</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
        <message>
            <source>Import done. New: {created} · merged: {merged} · skipped: {skipped} · rows with problems, not imported: {failed}</source>
            <translation>Importation terminée. Nouveaux : {created} · fusionnés : {merged} · ignorés : {skipped} · lignes avec problèmes, non importées : {failed}</translation>
        </message>
    </context>
    <context>
        <name>PartnerLabels</name>
        <message>
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Social services (OCMW/CPAS)</source>
            <translation>Services sociaux (CPAS)</translation>
        </message>
        <message>
            <source>Welfare (CAW, JAC)</source>
            <translation>Aide aux personnes (CAW, JAC)</translation>
        </message>
        <message>
            <source>Youth service</source>
            <translation>Service jeunesse</translation>
        </message>
        <message>
            <source>Education and pupil guidance (CLB)</source>
            <translation>Enseignement et centres PMS</translation>
        </message>
        <message>
            <source>Sport</source>
            <translation>Sport</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Culture</translation>
        </message>
        <message>
            <source>Religious community</source>
            <translation>Communauté religieuse</translation>
        </message>
        <message>
            <source>Street-corner and first-line work</source>
            <translation>Travail de rue et de première ligne</translation>
        </message>
        <message>
            <source>Justice assistants</source>
            <translation>Assistants de justice</translation>
        </message>
        <message>
            <source>Prevention service</source>
            <translation>Service de prévention</translation>
        </message>
        <message>
            <source>Municipal administration</source>
            <translation>Administration communale</translation>
        </message>
        <message>
            <source>Judicial authority</source>
            <translation>Autorité judiciaire</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Works on it</source>
            <translation>Collabore</translation>
        </message>
        <message>
            <source>Contributes</source>
            <translation>Contribue</translation>
        </message>
        <message>
            <source>Kept informed</source>
            <translation>Tenu informé</translation>
        </message>
        <message>
            <source>Takes an active part in the cell's policy and case work.</source>
            <translation>Participe activement à la politique et au suivi des cas de la cellule.</translation>
        </message>
        <message>
            <source>Contributes content and expertise when asked.</source>
            <translation>Apporte du contenu et de l'expertise sur demande.</translation>
        </message>
        <message>
            <source>Is kept informed only and has no active role (for now).</source>
            <translation>Est seulement tenu informé et n'a pas (encore) de rôle actif.</translation>
        </message>
        <message>
            <source>Mayor</source>
            <translation>Bourgmestre</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Président</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Secrétaire de séance</translation>
        </message>
        <message>
            <source>Information officer</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <source>Prevention officer</source>
            <translation>Agent de prévention</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Ad hoc expert</source>
            <translation>Expert ad hoc</translation>
        </message>
        <message>
            <source>Bound by professional secrecy</source>
            <translation>Tenu au secret professionnel</translation>
        </message>
        <message>
            <source>Not bound by professional secrecy</source>
            <translation>Non tenu au secret professionnel</translation>
        </message>
        <message>
            <source>Professional secrecy unknown</source>
            <translation>Secret professionnel inconnu</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Followed</source>
            <translation>Suivie</translation>
        </message>
        <message>
            <source>Wanted</source>
            <translation>Souhaitée</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Helpline</source>
            <translation>Ligne d'aide</translation>
        </message>
        <message>
            <source>Federal support</source>
            <translation>Soutien fédéral</translation>
        </message>
        <message>
            <source>Regional support</source>
            <translation>Soutien régional</translation>
        </message>
        <message>
            <source>Expert network</source>
            <translation>Réseau d'experts</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Allemand</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>No active partner has the role of mayor. The mayor (or a representative) is a fixed member of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Aucun partenaire actif n'a le rôle de bourgmestre. Le bourgmestre (ou son représentant) est membre permanent de la cellule (loi du 30 juillet 2018, art. 3 §1).</translation>
        </message>
        <message>
            <source>No active partner of the police sector. The chief of police and/or a police representative are fixed members of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Aucun partenaire actif du secteur police. Le chef de corps et/ou un représentant de la police sont membres permanents de la cellule (loi du 30 juillet 2018, art. 3 §1).</translation>
        </message>
        <message>
            <source>No active police contact is marked as holding a security clearance. The law asks for a police representative with a 'secret' clearance.</source>
            <translation>Aucun contact actif de la police n'est indiqué comme titulaire d'une habilitation de sécurité. La loi demande un représentant de la police habilité au niveau 'secret'.</translation>
        </message>
        <message>
            <source>No active partner has the role of prevention officer. The municipal official coordinating prevention is a fixed member of the cell (Law of 30 July 2018, art. 3 §1).</source>
            <translation>Aucun partenaire actif n'a le rôle d'agent de prévention. Le fonctionnaire communal qui coordonne la prévention est membre permanent de la cellule (loi du 30 juillet 2018, art. 3 §1).</translation>
        </message>
        <message>
            <source>Not every partner at a table has signed the current house rules (House rules → Signatures).</source>
            <translation>Tous les partenaires siégeant à une table n'ont pas signé le règlement d'ordre intérieur en vigueur (Règlement d'ordre intérieur → Signatures).</translation>
        </message>
    </context>
    <context>
        <name>PartnerListTab</name>
        <message>
            <source>Search name, sector, contact persons and notes…</source>
            <extracomment>The user moved the selection onto another partner (its id). The rows shown changed (search, filter or reload): the counts follow.</extracomment>
            <translation>Rechercher nom, secteur, personnes de contact et notes…</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nouveau partenaire</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Imprimer la liste…</translation>
        </message>
        <message>
            <source>Print contact sheet…</source>
            <translation>Imprimer la fiche de contacts…</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Tous les secteurs</translation>
        </message>
        <message>
            <source>Any participation</source>
            <translation>Toute participation</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>Toutes les tables</translation>
        </message>
        <message>
            <source>Active partners</source>
            <translation>Partenaires actifs</translation>
        </message>
        <message>
            <source>Archived partners</source>
            <translation>Partenaires archivés</translation>
        </message>
        <message>
            <source>Active and archived</source>
            <translation>Actifs et archivés</translation>
        </message>
    </context>
    <context>
        <name>PartnerModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Habilitation</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Followed or wanted</source>
            <translation>Suivie ou souhaitée</translation>
        </message>
        <message>
            <source>Checked on {date}</source>
            <translation>Vérifié le {date}</translation>
        </message>
        <message>
            <source>Booklet of {date}: verify</source>
            <translation>Brochure du {date} : à vérifier</translation>
        </message>
        <message>
            <source>Own entry</source>
            <translation>Entrée propre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Phone, e-mail, website</source>
            <translation>Téléphone, e-mail, site web</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Intégré</translation>
        </message>
        <message>
            <source>Own sector</source>
            <translation>Secteur propre</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Offered in lists</source>
            <translation>Proposé dans les listes</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The partner has changes that are not saved. Save them?</source>
            <translation>Le partenaire a des modifications non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <source>Participation overview</source>
            <translation>Aperçu de la participation</translation>
        </message>
        <message>
            <source>Support directory</source>
            <translation>Répertoire d'appui</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Secteurs</translation>
        </message>
        <message>
            <source>Partners: {shown} of {total} shown · {active} active · {archived} archived</source>
            <translation>Partenaires : {shown} sur {total} affichés · {active} actifs · {archived} archivés</translation>
        </message>
        <message>
            <source>The partner was not saved: see the marked fields.</source>
            <translation>Le partenaire n'a pas été enregistré : voir les champs signalés.</translation>
        </message>
        <message>
            <source>Partner saved.</source>
            <translation>Partenaire enregistré.</translation>
        </message>
        <message>
            <source>Partner restored.</source>
            <translation>Partenaire restauré.</translation>
        </message>
        <message>
            <source>Partner archived. It stays visible in old meetings and cases.</source>
            <translation>Partenaire archivé. Il reste visible dans les anciennes réunions et les anciens cas.</translation>
        </message>
        <message>
            <source>Partner in use</source>
            <translation>Partenaire utilisé</translation>
        </message>
        <message>
            <source>Other records (meetings, cases...) refer to {name} ({count}). It cannot be deleted, but it can be archived: it then disappears from the lists of active partners and stays visible in the old records. Archive it?</source>
            <translation>D'autres données (réunions, cas...) font référence à {name} ({count}). Il ne peut pas être supprimé, mais il peut être archivé : il disparaît alors des listes de partenaires actifs et reste visible dans les anciennes données. L'archiver ?</translation>
        </message>
        <message>
            <source>Delete partner</source>
            <translation>Supprimer le partenaire</translation>
        </message>
        <message>
            <source>Delete {name} with its contact persons and trainings for good? Nothing in the register refers to it. This cannot be undone.</source>
            <translation>Supprimer définitivement {name} avec ses personnes de contact et ses formations ? Rien dans le registre n'y fait référence. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Partner deleted.</source>
            <translation>Partenaire supprimé.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Personnes de contact</translation>
        </message>
        <message>
            <source>Export partners as CSV</source>
            <translation>Exporter les partenaires en CSV</translation>
        </message>
        <message>
            <source>partners.csv</source>
            <translation>partenaires.csv</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Partners exported: {count}</source>
            <translation>Partenaires exportés : {count}</translation>
        </message>
        <message>
            <source>Partners: {count} · {status} · printed on {date}</source>
            <translation>Partenaires : {count} · {status} · imprimé le {date}</translation>
        </message>
        <message>
            <source>filter: {filters}</source>
            <translation>filtre : {filters}</translation>
        </message>
        <message>
            <source>Partner list</source>
            <translation>Liste des partenaires</translation>
        </message>
        <message>
            <source>Contact sheet</source>
            <translation>Fiche de contacts</translation>
        </message>
        <message>
            <source>Active partners: {count} · printed on {date}</source>
            <translation>Partenaires actifs : {count} · imprimé le {date}</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF saved.</source>
            <translation>PDF enregistré.</translation>
        </message>
        <message>
            <source>partner-list.pdf</source>
            <translation>liste-partenaires.pdf</translation>
        </message>
        <message>
            <source>contact-sheet.pdf</source>
            <translation>fiche-contacts.pdf</translation>
        </message>
        <message>
            <source>participation-overview.pdf</source>
            <translation>apercu-participation.pdf</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Hide the passphrase</source>
            <translation>Masquer la phrase secrète</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase secrète</translation>
        </message>
    </context>
    <context>
        <name>PhaseChangeDialog</name>
        <message>
            <source>Change phase of case {code}</source>
            <translation>Changer la phase du cas {code}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Current phase</source>
            <translation>Phase actuelle</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Nouvelle phase</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Motif de clôture</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Close this case? A closed case cannot be reopened.</source>
            <translation>Clôturer ce cas ? Un cas clôturé ne peut pas être rouvert.</translation>
        </message>
    </context>
    <context>
        <name>PreparePanel</name>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Case (case team)</source>
            <translation>Cas (équipe de cas)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Heure de début</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Heure de fin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Président(e)</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Secrétaire de séance</translation>
        </message>
        <message>
            <source>Save details</source>
            <translation>Enregistrer les données</translation>
        </message>
        <message>
            <source>Agenda (drag rows, or Ctrl+Up/Ctrl+Down, to reorder)</source>
            <translation>Ordre du jour (glisser les lignes, ou Ctrl+Haut/Ctrl+Bas, pour réordonner)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Planned minutes:</source>
            <translation>Minutes prévues :</translation>
        </message>
        <message>
            <source>Off the record</source>
            <translation>Hors procès-verbal</translation>
        </message>
        <message>
            <source>Professional secrecy</source>
            <translation>Secret professionnel</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Supprimer le point</translation>
        </message>
        <message>
            <source>Title of a new item</source>
            <translation>Titre d'un nouveau point</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Ajouter un point</translation>
        </message>
        <message>
            <source>Propose cases and signals</source>
            <translation>Proposer des cas et des signaux</translation>
        </message>
        <message>
            <source>Add a case or signal…</source>
            <translation>Ajouter un cas ou un signal…</translation>
        </message>
        <message>
            <source>Invitations and series</source>
            <translation>Invitations et série</translation>
        </message>
        <message>
            <source>Invite the table's members</source>
            <translation>Inviter les membres de la table</translation>
        </message>
        <message>
            <source>Invitation and agenda (PDF)…</source>
            <translation>Invitation et ordre du jour (PDF)…</translation>
        </message>
        <message>
            <source>Attendance sheet (PDF)…</source>
            <translation>Liste de présence (PDF)…</translation>
        </message>
        <message>
            <source>Calendar file (.ics)…</source>
            <translation>Fichier de calendrier (.ics)…</translation>
        </message>
        <message>
            <source>Mark agenda as sent</source>
            <translation>Marquer l'ordre du jour comme envoyé</translation>
        </message>
        <message>
            <source>Every N days:</source>
            <translation>Tous les N jours :</translation>
        </message>
        <message>
            <source>Create following dates</source>
            <translation>Créer les dates suivantes</translation>
        </message>
        <message numerus="yes">
            <source>%n items, {total} minutes in total; expected end {end}</source>
            <translation>
                <numerusform>%n point, {total} minutes au total ; fin prévue à {end}</numerusform>
                <numerusform>%n points, {total} minutes au total ; fin prévue à {end}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items proposed.</source>
            <translation>
                <numerusform>%n point proposé.</numerusform>
                <numerusform>%n points proposés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members invited.</source>
            <translation>
                <numerusform>%n membre invité.</numerusform>
                <numerusform>%n membres invités.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings added.</source>
            <translation>
                <numerusform>%n réunion ajoutée.</numerusform>
                <numerusform>%n réunions ajoutées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting saved.</source>
            <translation>Réunion enregistrée.</translation>
        </message>
        <message>
            <source>Remove this agenda item and everything noted on it?</source>
            <translation>Supprimer ce point et tout ce qui y a été noté ?</translation>
        </message>
        <message>
            <source>Nothing to propose: every case and signal that asks for this meeting is on the agenda already.</source>
            <translation>Rien à proposer : chaque cas et chaque signal qui demande cette réunion est déjà à l'ordre du jour.</translation>
        </message>
        <message>
            <source>{code} is on the agenda.</source>
            <translation>{code} est à l'ordre du jour.</translation>
        </message>
        <message>
            <source>Nobody was invited: no partner is ticked for the table "{table}" yet. On the Partners page, open each partner who sits at this table, tick "{table}" under Tables and save; then click this button again.</source>
            <translation>Personne n'a été invité : aucun partenaire n'est encore coché pour la table « {table} ». Dans la page Partenaires, ouvrez chaque partenaire qui siège à cette table, cochez « {table} » sous Tables et enregistrez ; cliquez ensuite à nouveau sur ce bouton.</translation>
        </message>
        <message>
            <source>Nobody was invited: the partners ticked for the table "{table}" have no active contact person. Add a contact to each of them on the Partners page; then click this button again.</source>
            <translation>Personne n'a été invité : les partenaires cochés pour la table « {table} » n'ont aucune personne de contact active. Ajoutez un contact à chacun d'eux dans la page Partenaires ; cliquez ensuite à nouveau sur ce bouton.</translation>
        </message>
        <message>
            <source>Everyone at this table is invited already.</source>
            <translation>Tous les membres de cette table sont déjà invités.</translation>
        </message>
        <message>
            <source>LIVC meeting: {table}</source>
            <translation>Réunion CSIL : {table}</translation>
        </message>
        <message>
            <source>The agenda as sent is kept.</source>
            <translation>L'ordre du jour tel qu'envoyé est conservé.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Off the record: hidden in privacy mode</source>
            <translation>Hors procès-verbal : masqué en mode confidentialité</translation>
        </message>
        <message>
            <source>Privacy mode</source>
            <translation>Mode confidentialité</translation>
        </message>
        <message>
            <source>Mask every identity field, observation and off-record note, e.g. while the screen is projected in a meeting ({key})</source>
            <translation>Masquer chaque champ d'identité, chaque observation et chaque note hors procès-verbal, p. ex. pendant que l'écran est projeté en réunion ({key})</translation>
        </message>
    </context>
    <context>
        <name>ProcessingRecord</name>
        <message>
            <source>Case files, open</source>
            <translation>Dossiers de cas, ouverts</translation>
        </message>
        <message>
            <source>Case code, phase, flag, review dates, lead partner</source>
            <translation>Code du dossier, phase, drapeau, dates de réévaluation, partenaire pilote</translation>
        </message>
        <message>
            <source>Case files, closed</source>
            <translation>Dossiers de cas, clôturés</translation>
        </message>
        <message>
            <source>Kept until their retention period ends</source>
            <translation>Conservés jusqu'à la fin de leur délai de conservation</translation>
        </message>
        <message>
            <source>Identities</source>
            <translation>Identités</translation>
        </message>
        <message>
            <source>Name, date of birth, address, school or work, languages</source>
            <translation>Nom, date de naissance, adresse, école ou travail, langues</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Informations</translation>
        </message>
        <message>
            <source>Source partner, consent, sharing level, text</source>
            <translation>Partenaire source, consentement, niveau de partage, texte</translation>
        </message>
        <message>
            <source>of which under professional secrecy</source>
            <translation>dont sous secret professionnel</translation>
        </message>
        <message>
            <source>Shared with the case team only</source>
            <translation>Partagées uniquement avec l'équipe de cas</translation>
        </message>
        <message>
            <source>Flag decisions</source>
            <translation>Décisions de drapeau</translation>
        </message>
        <message>
            <source>Flag, date, justification, who decided</source>
            <translation>Drapeau, date, justification, qui a décidé</translation>
        </message>
        <message>
            <source>Phase changes</source>
            <translation>Changements de phase</translation>
        </message>
        <message>
            <source>Phase, date, reason</source>
            <translation>Phase, date, motif</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <source>What, partner, due date, status, result</source>
            <translation>Quoi, partenaire, échéance, statut, résultat</translation>
        </message>
        <message>
            <source>Case team memberships</source>
            <translation>Participations aux équipes de cas</translation>
        </message>
        <message>
            <source>Partner organisations per case</source>
            <translation>Organisations partenaires par cas</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Coopération</translation>
        </message>
        <message>
            <source>Other LIVCs and LTFs contacted per case</source>
            <translation>Autres CSIL et LTF contactées par cas</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <source>Date, channel, reporter, what was observed</source>
            <translation>Date, canal, auteur du signalement, ce qui a été observé</translation>
        </message>
        <message>
            <source>Signal traces</source>
            <translation>Traces de signalements</translation>
        </message>
        <message>
            <source>Date and channel only (no consent)</source>
            <translation>Date et canal uniquement (sans consentement)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Date, place, chair, agenda</source>
            <translation>Date, lieu, président, ordre du jour</translation>
        </message>
        <message>
            <source>Finalised minutes</source>
            <translation>Procès-verbaux finalisés</translation>
        </message>
        <message>
            <source>Frozen, cases by code only</source>
            <translation>Figés, cas uniquement par leur code</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Name, organisation, presence</source>
            <translation>Nom, organisation, présence</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Invités</translation>
        </message>
        <message>
            <source>Name, organisation, signed confidentiality undertaking</source>
            <translation>Nom, organisation, engagement de confidentialité signé</translation>
        </message>
        <message>
            <source>Partner organisations</source>
            <translation>Organisations partenaires</translation>
        </message>
        <message>
            <source>Name, sector, contact details</source>
            <translation>Nom, secteur, coordonnées</translation>
        </message>
        <message>
            <source>Partner contacts</source>
            <translation>Personnes de contact des partenaires</translation>
        </message>
        <message>
            <source>Name, function, phone, e-mail, clearance</source>
            <translation>Nom, fonction, téléphone, e-mail, habilitation</translation>
        </message>
        <message>
            <source>Access-trail entries</source>
            <translation>Entrées du journal d'accès</translation>
        </message>
        <message>
            <source>Time, event, case code, ids: never content</source>
            <translation>Heure, événement, code du dossier, identifiants : jamais de contenu</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <source>The whole register is one SQLCipher file (AES-256, page HMAC); nothing is written unencrypted; temporary data stays in memory.</source>
            <translation>L'ensemble du registre est un seul fichier SQLCipher (AES-256, HMAC par page) ; rien n'est écrit en clair ; les données temporaires restent en mémoire.</translation>
        </message>
        <message>
            <source>Key derivation</source>
            <translation>Dérivation de clé</translation>
        </message>
        <message>
            <source>PBKDF2-HMAC-SHA512 with {iterations} iterations from the passphrase; the passphrase is never stored.</source>
            <translation>PBKDF2-HMAC-SHA512 avec {iterations} itérations à partir de la phrase secrète ; la phrase secrète n'est jamais enregistrée.</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>Deleted data is overwritten (secure_delete) and the file is rebuilt after a purge.</source>
            <translation>Les données supprimées sont écrasées (secure_delete) et le fichier est reconstruit après une purge.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Encrypted copies with a manifest and checksums; last good backup: {when}.</source>
            <translation>Copies chiffrées avec un manifeste et des sommes de contrôle ; dernière sauvegarde valide : {when}.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <source>Access trail</source>
            <translation>Journal d'accès</translation>
        </message>
        <message>
            <source>Every unlock, opened case file, revealed identity, change and export is recorded, hash-chained ({count} entries); ids and codes only.</source>
            <translation>Chaque déverrouillage, dossier ouvert, identité révélée, modification et exportation est enregistré, chaîné par hachage ({count} entrées) ; identifiants et codes uniquement.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Verrouillage</translation>
        </message>
        <message>
            <source>The program locks after inactivity and with the session; printed documents name cases by code only.</source>
            <translation>Le programme se verrouille après inactivité et avec la session ; les documents imprimés ne désignent les cas que par leur code.</translation>
        </message>
        <message>
            <source>Purpose and legal bases</source>
            <translation>Finalité et bases juridiques</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Base juridique</translation>
        </message>
        <message>
            <source>What it covers</source>
            <translation>Ce qu'elle couvre</translation>
        </message>
        <message>
            <source>Categories of data held</source>
            <translation>Catégories de données conservées</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Conservation</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Paramètre</translation>
        </message>
        <message>
            <source>Closed case proposed for purge</source>
            <translation>Cas clôturé proposé pour la purge</translation>
        </message>
        <message>
            <source>{months} months after closure</source>
            <translation>{months} mois après la clôture</translation>
        </message>
        <message>
            <source>Open case with indications only</source>
            <translation>Cas ouvert ne comportant que des indices</translation>
        </message>
        <message>
            <source>proposed for review after six months without anything new</source>
            <translation>proposé pour réexamen après six mois sans rien de nouveau</translation>
        </message>
        <message>
            <source>Open case re-weighed</source>
            <translation>Cas ouvert réévalué</translation>
        </message>
        <message>
            <source>at least every {weeks} weeks</source>
            <translation>au moins toutes les {weeks} semaines</translation>
        </message>
        <message>
            <source>Purge</source>
            <translation>Purge</translation>
        </message>
        <message>
            <source>removes the case with everything about it; the access trail keeps only the code, the date and the reason</source>
            <translation>supprime le cas avec tout ce qui le concerne ; le journal d'accès ne garde que le code, la date et le motif</translation>
        </message>
        <message>
            <source>Registered partners (recipients)</source>
            <translation>Partenaires enregistrés (destinataires)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Active contacts</source>
            <translation>Contacts actifs</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivé</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>No partners registered.</source>
            <translation>Aucun partenaire enregistré.</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Mesures de sécurité</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Processing of personal data by the local integrated security cell (LIVC) of {municipalities}, to support the municipality's data-protection impact assessment (GDPR art. 30 and 35).</source>
            <translation>Traitement de données à caractère personnel par la cellule de sécurité intégrale locale (CSIL) de {municipalities}, à l'appui de l'analyse d'impact relative à la protection des données de la commune (RGPD art. 30 et 35).</translation>
        </message>
        <message>
            <source>Controller: the municipality. Contact: {officer}.</source>
            <translation>Responsable du traitement : la commune. Contact : {officer}.</translation>
        </message>
        <message>
            <source>the prevention official</source>
            <translation>le fonctionnaire de prévention</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceLabel</name>
        <message>
            <source>Received from the cell of {cell} on {date} (their case code {code}; contact: {contact}).</source>
            <translation>Reçu de la cellule de {cell} le {date} (leur code du cas {code} ; contact : {contact}).</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Purge case {code}</source>
            <translation>Purger le cas {code}</translation>
        </message>
        <message>
            <source>This deletes case {code} for good: the identity, every information item, measure, flag and phase decision, the case team, cooperation, the signals that led to it and its items in meetings that are still drafts. Finalised minutes keep only what they printed (the case by its code). The access trail keeps only the code, today's date and the reason. This cannot be undone; backups made before today still hold the case until they are replaced.</source>
            <translation>Ceci supprime définitivement le cas {code} : l'identité, toutes les informations, les mesures, les décisions de drapeau et de phase, l'équipe de cas, la coopération, les signalements qui y ont mené et ses points dans les réunions encore en projet. Les procès-verbaux finalisés ne gardent que ce qu'ils ont imprimé (le cas sous son code). Le journal d'accès ne garde que le code, la date du jour et le motif. C'est irréversible ; les sauvegardes antérieures à aujourd'hui contiennent encore le cas jusqu'à leur remplacement.</translation>
        </message>
        <message>
            <source>To be deleted - information items: {info}; measures: {measures}; flag decisions: {flags}; phase changes: {phases}; signals: {signals}; meeting items: {items}.</source>
            <translation>Sera supprimé - informations : {info} ; mesures : {measures} ; décisions de drapeau : {flags} ; changements de phase : {phases} ; signalements : {signals} ; points de réunion : {items}.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Type the case code to confirm</source>
            <translation>Tapez le code du cas pour confirmer</translation>
        </message>
        <message>
            <source>Purge for good</source>
            <translation>Purger définitivement</translation>
        </message>
    </context>
    <context>
        <name>RecipientTableModel</name>
        <message>
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Own password (optional)</source>
            <translation>Mot de passe propre (facultatif)</translation>
        </message>
        <message>
            <source>five words, drawn</source>
            <translation>cinq mots, tirés au sort</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message>
            <source>Show my month</source>
            <extracomment>"Show my month" was clicked.</extracomment>
            <translation>Afficher mon mois</translation>
        </message>
        <message>
            <source>Opens the Overview, where each line leads further</source>
            <translation>Ouvre la vue d'ensemble, où chaque ligne mène plus loin</translation>
        </message>
        <message>
            <source>Hide this reminder</source>
            <translation>Masquer ce rappel</translation>
        </message>
        <message>
            <source>case reviews overdue: {n}</source>
            <translation>réexamens de cas en retard : {n}</translation>
        </message>
        <message>
            <source>measures overdue: {n}</source>
            <translation>mesures en retard : {n}</translation>
        </message>
        <message>
            <source>minutes to finalise: {n}</source>
            <translation>procès-verbaux à clôturer : {n}</translation>
        </message>
        <message>
            <source>minutes to approve: {n}</source>
            <translation>procès-verbaux à approuver : {n}</translation>
        </message>
        <message>
            <source>Due now: {items}.</source>
            <translation>À faire maintenant : {items}.</translation>
        </message>
    </context>
    <context>
        <name>RetentionLabels</name>
        <message>
            <source>Data-subject access</source>
            <translation>Accès de la personne concernée</translation>
        </message>
        <message>
            <source>Record of processing</source>
            <translation>Registre des activités de traitement</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the data-subject access PDF</source>
            <translation>Enregistrer le PDF du droit d'accès</translation>
        </message>
        <message>
            <source>Save the record of processing</source>
            <translation>Enregistrer le registre des traitements</translation>
        </message>
        <message>
            <source>Closed: retention period ended</source>
            <translation>Clôturé : délai de conservation écoulé</translation>
        </message>
        <message>
            <source>Indications only, nothing new for six months</source>
            <translation>Seulement des indices, rien de nouveau depuis six mois</translation>
        </message>
        <message>
            <source>Retention period ended</source>
            <translation>Délai de conservation écoulé</translation>
        </message>
        <message>
            <source>No new information for six months</source>
            <translation>Aucune information nouvelle depuis six mois</translation>
        </message>
        <message>
            <source>Request for erasure (GDPR art. 17)</source>
            <translation>Demande d'effacement (RGPD art. 17)</translation>
        </message>
        <message>
            <source>Registered in error</source>
            <translation>Enregistré par erreur</translation>
        </message>
        <message>
            <source>Law of 30 July 2018 on local integrated security cells</source>
            <translation>Loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales</translation>
        </message>
        <message>
            <source>Sets up the LIVC/CSIL-R by municipal decision: its task (prevention of terrorist and radicalisation offences through a person-centred, multidisciplinary approach), members and the processing of personal data.</source>
            <translation>Crée la CSIL-R par décision communale : sa mission (prévention des infractions terroristes et de la radicalisation par une approche multidisciplinaire centrée sur la personne), ses membres et le traitement des données à caractère personnel.</translation>
        </message>
        <message>
            <source>Art. 458ter Criminal Code (case consultation)</source>
            <translation>Art. 458ter Code pénal (concertation de cas)</translation>
        </message>
        <message>
            <source>Sharing secrets inside the consultation set up by law is not an offence; participants keep what they hear secret; nobody is obliged to speak.</source>
            <translation>Partager des secrets au sein de la concertation instituée par la loi n'est pas une infraction ; les participants gardent le secret sur ce qu'ils entendent ; personne n'est obligé de parler.</translation>
        </message>
        <message>
            <source>GDPR art. 6(1)(e)</source>
            <translation>RGPD art. 6, § 1er, e)</translation>
        </message>
        <message>
            <source>Processing necessary for a task carried out in the public interest, laid down by law.</source>
            <translation>Traitement nécessaire à l'exécution d'une mission d'intérêt public, prévue par la loi.</translation>
        </message>
        <message>
            <source>GDPR art. 9(2)(g)</source>
            <translation>RGPD art. 9, § 2, g)</translation>
        </message>
        <message>
            <source>Special categories (religion, political opinion, health) for reasons of substantial public interest, on the basis of the law above.</source>
            <translation>Catégories particulières (religion, opinion politique, santé) pour des motifs d'intérêt public important, sur la base de la loi ci-dessus.</translation>
        </message>
        <message>
            <source>GDPR art. 10</source>
            <translation>RGPD art. 10</translation>
        </message>
        <message>
            <source>Data on suspected offences, only under the control of official authority and as authorised by law.</source>
            <translation>Données relatives à des infractions présumées, uniquement sous le contrôle de l'autorité publique et dans la mesure autorisée par la loi.</translation>
        </message>
        <message>
            <source>LIVC {municipalities}</source>
            <translation>CSIL {municipalities}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL - personal data - for the data-protection officer</source>
            <translation>CONFIDENTIEL - données personnelles - pour le délégué à la protection des données</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Generated on {when} by LIVC Desktop.</source>
            <translation>Généré le {when} par LIVC Desktop.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation>Conservation</translation>
        </message>
        <message>
            <source>Retention and data-subject requests</source>
            <translation>Conservation et demandes des personnes concernées</translation>
        </message>
        <message>
            <source>Cases proposed for review: closed cases whose retention period has ended, and open cases with no more than indications and nothing new for six months. Decide at the cell whether to keep or purge them; a purge removes the case with everything about it.</source>
            <translation>Cas proposés pour réexamen : cas clôturés dont le délai de conservation est écoulé, et cas ouverts ne comportant que des indices et rien de nouveau depuis six mois. Décidez en cellule de les conserver ou de les purger ; la purge supprime le cas avec tout ce qui le concerne.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>All reasons</source>
            <translation>Tous les motifs</translation>
        </message>
        <message>
            <source>Purge case…</source>
            <translation>Purger le cas…</translation>
        </message>
        <message>
            <source>Subject access PDF…</source>
            <translation>PDF droit d'accès…</translation>
        </message>
        <message>
            <source>House rule</source>
            <translation>Règle interne</translation>
        </message>
        <message>
            <source>Propose closed cases for purge after</source>
            <translation>Proposer la purge des cas clôturés après</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Open cases with only indications (not weighed, green or yellow) are proposed after six months without a new information item, signal, flag or phase decision or measure.</source>
            <translation>Les cas ouverts ne comportant que des indices (non pondérés, vert ou jaune) sont proposés après six mois sans nouvelle information, signalement, décision de drapeau ou de phase ni mesure.</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Protection des données</translation>
        </message>
        <message>
            <source>Find a person for an access request…</source>
            <translation>Rechercher une personne pour une demande d'accès…</translation>
        </message>
        <message>
            <source>Opens “Is this person already known?” (also {key}): codes only, and the search is written to the access trail. Pick the case for its PDF.</source>
            <translation>Ouvre « Cette personne est-elle déjà connue ? » (aussi {key}) : des codes seulement, et la recherche est inscrite au journal d'accès. Choisissez le cas pour son PDF.</translation>
        </message>
        <message>
            <source>Months after closure before a closed case is proposed for purge</source>
            <translation>Mois après la clôture avant qu'un cas clôturé soit proposé à la suppression</translation>
        </message>
        <message>
            <source>Removes the chosen case with everything about it; type its code to confirm</source>
            <translation>Supprime le cas choisi avec tout ce qui s'y rapporte ; tapez son code pour confirmer</translation>
        </message>
        <message>
            <source>Show only the cases proposed for this reason</source>
            <translation>N'afficher que les cas proposés pour ce motif</translation>
        </message>
        <message>
            <source>What the register holds and why, for the municipality's DPIA (no names)</source>
            <translation>Ce que contient le registre et pourquoi, pour l'AIPD de la commune (sans noms)</translation>
        </message>
        <message>
            <source>Everything the register holds on the person of the chosen case, as a PDF</source>
            <translation>Tout ce que le registre contient sur la personne du cas choisi, en PDF</translation>
        </message>
        <message>
            <source>Record of processing PDF…</source>
            <translation>PDF registre des traitements…</translation>
        </message>
        <message>
            <source>Legal bases of the processing:</source>
            <translation>Bases juridiques du traitement :</translation>
        </message>
        <message numerus="yes">
            <source>%n cases proposed</source>
            <translation>
                <numerusform>%n cas proposé</numerusform>
                <numerusform>%n cas proposés</numerusform>
            </translation>
        </message>
        <message>
            <source>Retention rule saved.</source>
            <translation>Règle de conservation enregistrée.</translation>
        </message>
        <message>
            <source>Purge case</source>
            <translation>Purger le cas</translation>
        </message>
        <message>
            <source>Case {code} purged.</source>
            <translation>Cas {code} purgé.</translation>
        </message>
        <message>
            <source>Subject access PDF saved.</source>
            <translation>PDF droit d'accès enregistré.</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>Rechercher une personne</translation>
        </message>
        <message>
            <source>Record of processing saved.</source>
            <translation>Registre des traitements enregistré.</translation>
        </message>
    </context>
    <context>
        <name>RetentionTableModel</name>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Due since</source>
            <translation>À traiter depuis</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Closed on {day}; the house rule's retention period has ended.</source>
            <translation>Clôturé le {day} ; le délai de conservation de la règle interne est écoulé.</translation>
        </message>
        <message>
            <source>Open with no more than indications (not weighed, green or yellow) and nothing new since {day}.</source>
            <translation>Ouvert avec seulement des indices (non pondéré, vert ou jaune) et rien de nouveau depuis le {day}.</translation>
        </message>
    </context>
    <context>
        <name>RunPanel</name>
        <message>
            <source>◀ Previous (PgUp)</source>
            <translation>◀ Précédent (PgUp)</translation>
        </message>
        <message>
            <source>Next (PgDown) ▶</source>
            <translation>Suivant (PgDown) ▶</translation>
        </message>
        <message>
            <source>OFF THE RECORD: this item is never printed</source>
            <translation>HORS PROCÈS-VERBAL : ce point n'est jamais imprimé</translation>
        </message>
        <message>
            <source>Whole item off the record</source>
            <translation>Point entier hors procès-verbal</translation>
        </message>
        <message>
            <source>Add note (Ctrl+N)</source>
            <translation>Ajouter une note (Ctrl+N)</translation>
        </message>
        <message>
            <source>Add decision (Ctrl+D)</source>
            <translation>Ajouter une décision (Ctrl+D)</translation>
        </message>
        <message>
            <source>Feedback to the police… (Ctrl+K)</source>
            <translation>Retour à la police… (Ctrl+K)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Choose the partner responsible for this action.</source>
            <translation>Choisissez le partenaire responsable de cette action.</translation>
        </message>
        <message>
            <source>Action corrected.</source>
            <translation>Action corrigée.</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Ajouter une action</translation>
        </message>
        <message>
            <source>Case decision (updates the case)</source>
            <translation>Décision sur le cas (met le cas à jour)</translation>
        </message>
        <message>
            <source>Actions: what / partner / who / by when (Ctrl+Return)</source>
            <translation>Actions : quoi / partenaire / qui / pour quand (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Who (optional)</source>
            <translation>Qui (facultatif)</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partenaire :</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Corriger…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Cancel correction</source>
            <translation>Annuler la correction</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Enregistrer la décision</translation>
        </message>
        <message>
            <source>Remarks at approval</source>
            <translation>Remarques lors de l'approbation</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>– choose a partner –</source>
            <translation>– choisir un partenaire –</translation>
        </message>
        <message>
            <source>– none –</source>
            <translation>– aucun –</translation>
        </message>
        <message>
            <source>Item {n} of {total}</source>
            <translation>Point {n} sur {total}</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Enregistrer la correction</translation>
        </message>
        <message>
            <source>Remove this action?</source>
            <translation>Supprimer cette action ?</translation>
        </message>
        <message>
            <source>Remove this action? The measure it became in the case file is removed too.</source>
            <translation>Supprimer cette action ? La mesure qu'elle est devenue dans le dossier du cas est aussi supprimée.</translation>
        </message>
        <message>
            <source>Action removed.</source>
            <translation>Action supprimée.</translation>
        </message>
        <message>
            <source>Minutes of {date} await approval</source>
            <translation>Le procès-verbal du {date} attend son approbation</translation>
        </message>
        <message>
            <source>Approve those minutes</source>
            <translation>Approuver ce procès-verbal</translation>
        </message>
        <message>
            <source>Minutes of {date} approved.</source>
            <translation>Procès-verbal du {date} approuvé.</translation>
        </message>
        <message>
            <source>Decision recorded.</source>
            <translation>Décision enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search results</source>
            <extracomment>The user opened a result: its kind and id.</extracomment>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>&amp;Partners, cases, signals and meetings</source>
            <translation>&amp;Partenaires, cas, signalements et réunions</translation>
        </message>
        <message>
            <source>Searches names of partners and contacts, case codes and pseudonyms, what signals describe, and meeting dates, places and agenda titles. Accents and capitals do not matter.</source>
            <translation>Cherche dans les noms des partenaires et des contacts, les codes et pseudonymes des cas, ce que décrivent les signalements, et les dates, lieux et titres d'ordre du jour des réunions. Les accents et les majuscules ne comptent pas.</translation>
        </message>
        <message>
            <source>Is this &amp;person already known?</source>
            <translation>Cette &amp;personne est-elle déjà connue ?</translation>
        </message>
        <message>
            <source>Searches the persons' names, pseudonyms and birth dates and shows case codes only. Each search is written to the access trail (not the words searched for).</source>
            <translation>Cherche dans les noms, pseudonymes et dates de naissance des personnes et n'affiche que des codes de cas. Chaque recherche est inscrite au journal d'accès (pas les mots recherchés).</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Chercher</translation>
        </message>
        <message>
            <source>Name, pseudonym and/or birth date (dd/mm/yyyy)</source>
            <translation>Nom, pseudonyme et/ou date de naissance (jj/mm/aaaa)</translation>
        </message>
        <message>
            <source>Type at least two letters…</source>
            <translation>Tapez au moins deux lettres…</translation>
        </message>
        <message>
            <source>Person to look for</source>
            <translation>Personne à rechercher</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Texte à rechercher</translation>
        </message>
        <message>
            <source>Press Enter to search. The answer gives case codes only, and the access trail records that a person was looked for and which codes were shown.</source>
            <translation>Appuyez sur Entrée pour chercher. La réponse ne donne que des codes de cas, et le journal d'accès note qu'une personne a été recherchée et quels codes ont été affichés.</translation>
        </message>
        <message>
            <source>Results appear as you type; press Enter on one to open it. To find a case by the person's name, choose “Is this person already known?”.</source>
            <translation>Les résultats apparaissent pendant la frappe ; appuyez sur Entrée sur l'un d'eux pour l'ouvrir. Pour trouver un cas par le nom de la personne, choisissez « Cette personne est-elle déjà connue ? ».</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivé</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Rien trouvé.</translation>
        </message>
        <message>
            <source>Results: {n}. Each list stops at {limit}: type more to narrow it.</source>
            <translation>Résultats : {n}. Chaque liste s'arrête à {limit} : tapez davantage pour l'affiner.</translation>
        </message>
        <message>
            <source>Results: {n}</source>
            <translation>Résultats : {n}</translation>
        </message>
        <message>
            <source>That date does not exist. Type it as dd/mm/yyyy.</source>
            <translation>Cette date n'existe pas. Tapez-la sous la forme jj/mm/aaaa.</translation>
        </message>
        <message>
            <source>Type at least two letters of a name, or a birth date.</source>
            <translation>Tapez au moins deux lettres d'un nom, ou une date de naissance.</translation>
        </message>
        <message>
            <source>More than {n} cases match: add a first name or the birth date. No code is shown.</source>
            <translation>Plus de {n} cas correspondent : ajoutez un prénom ou la date de naissance. Aucun code n'est affiché.</translation>
        </message>
        <message>
            <source>This person is not known in the register.</source>
            <translation>Cette personne n'est pas connue dans le registre.</translation>
        </message>
        <message>
            <source>Known in these cases</source>
            <translation>Connue dans ces cas</translation>
        </message>
        <message>
            <source>Case {code}</source>
            <translation>Cas {code}</translation>
        </message>
        <message>
            <source>Known in cases: {n}. Opening one is recorded too.</source>
            <translation>Connue dans des cas : {n}. En ouvrir un est aussi enregistré.</translation>
        </message>
    </context>
    <context>
        <name>SectorsTab</name>
        <message>
            <source>The sectors offered when you describe a partner. Built-in sectors are translated automatically; you can add your own and switch off those you do not use.</source>
            <extracomment>The register's sector list changed: every tab shows sectors.</extracomment>
            <translation>Les secteurs proposés pour décrire un partenaire. Les secteurs intégrés sont traduits automatiquement ; vous pouvez ajouter les vôtres et désactiver ceux que vous n'utilisez pas.</translation>
        </message>
        <message>
            <source>Add sector…</source>
            <translation>Ajouter un secteur…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Switch on or off</source>
            <translation>Activer ou désactiver</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Add sector</source>
            <translation>Ajouter un secteur</translation>
        </message>
        <message>
            <source>Name of the new sector:</source>
            <translation>Nom du nouveau secteur :</translation>
        </message>
        <message>
            <source>Rename sector</source>
            <translation>Renommer le secteur</translation>
        </message>
        <message>
            <source>Built-in sectors are translated automatically and cannot be renamed. Add your own sector instead.</source>
            <translation>Les secteurs intégrés sont traduits automatiquement et ne peuvent pas être renommés. Ajoutez plutôt votre propre secteur.</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Delete sector</source>
            <translation>Supprimer le secteur</translation>
        </message>
        <message>
            <source>Built-in sectors cannot be deleted; switch them off instead.</source>
            <translation>Les secteurs intégrés ne peuvent pas être supprimés ; désactivez-les plutôt.</translation>
        </message>
        <message>
            <source>Delete the sector {name}?</source>
            <translation>Supprimer le secteur {name} ?</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>The user picked another interface language (applied by the main window).</extracomment>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>The settings were saved.</source>
            <translation>Les paramètres ont été enregistrés.</translation>
        </message>
        <message>
            <source>The cell (saved in the register)</source>
            <translation>La cellule (enregistrée dans le registre)</translation>
        </message>
        <message>
            <source>Municipalities:</source>
            <translation>Communes :</translation>
        </message>
        <message>
            <source>Structure:</source>
            <translation>Structure :</translation>
        </message>
        <message>
            <source>Default meeting place:</source>
            <translation>Lieu de réunion habituel :</translation>
        </message>
        <message>
            <source>Meeting frequency:</source>
            <translation>Fréquence des réunions :</translation>
        </message>
        <message>
            <source>Prevention officer:</source>
            <translation>Agent de prévention :</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes:</source>
            <translation>Verrouiller après ce nombre de minutes d'inactivité :</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Langue de l'interface :</translation>
        </message>
        <message>
            <source>The language applies at once and is remembered on this computer.</source>
            <translation>La langue s'applique immédiatement et est mémorisée sur cet ordinateur.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Change the passphrase when someone who knew it leaves, or if it may have been seen. The register is re-encrypted; it stays open.</source>
            <translation>Changez la phrase secrète quand une personne qui la connaissait s'en va, ou si elle a pu être vue. Le registre est à nouveau chiffré ; il reste ouvert.</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Changer la phrase secrète…</translation>
        </message>
    </context>
    <context>
        <name>SignalIntakeDialog</name>
        <message>
            <source>New signal</source>
            <translation>Nouveau signalement</translation>
        </message>
        <message>
            <source>Only date, channel, reporter and what was observed are needed. Name the person concerned only by initials or a pseudonym.</source>
            <translation>Seuls la date, le canal, l'auteur et ce qui a été constaté sont nécessaires. Désignez la personne concernée uniquement par ses initiales ou un pseudonyme.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Outside person</source>
            <translation>Personne extérieure</translation>
        </message>
        <message>
            <source>— no contact person —</source>
            <translation>— pas de personne de contact —</translation>
        </message>
        <message>
            <source>Phone or e-mail</source>
            <translation>Téléphone ou e-mail</translation>
        </message>
        <message>
            <source>Initials or pseudonym, e.g. Z.T.</source>
            <translation>Initiales ou pseudonyme, p. ex. Z.T.</translation>
        </message>
        <message>
            <source>The contributing partner consents to registration</source>
            <translation>Le partenaire qui signale consent à l'enregistrement</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Reçu le</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Reporter (partner)</source>
            <translation>Auteur (partenaire)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <source>Outside reporter</source>
            <translation>Auteur extérieur</translation>
        </message>
        <message>
            <source>Reporter's contact details</source>
            <translation>Coordonnées de l'auteur</translation>
        </message>
        <message>
            <source>What was observed</source>
            <translation>Ce qui a été constaté</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Personne concernée</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Read from a filled reporting form. Check every field before saving; nothing is stored until you press OK.</source>
            <translation>Lu depuis un formulaire de signalement rempli. Vérifiez chaque champ avant d'enregistrer ; rien n'est conservé avant que vous cliquiez sur OK.</translation>
        </message>
        <message>
            <source>Without consent only a trace is kept: date, channel, partner and "not registered". Nothing you type below is stored.</source>
            <translation>Sans consentement, seule une trace est conservée : date, canal, partenaire et « non enregistré ». Rien de ce que vous saisissez ci-dessous n'est conservé.</translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Signals</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <source>Awaiting weighing (oldest first)</source>
            <translation>En attente de pondération (les plus anciens d'abord)</translation>
        </message>
        <message>
            <source>All recent signals</source>
            <translation>Tous les signalements récents</translation>
        </message>
        <message>
            <source>New signal…</source>
            <translation>Nouveau signalement…</translation>
        </message>
        <message>
            <source>Weigh…</source>
            <translation>Pondérer…</translation>
        </message>
        <message>
            <source>Reporting form…</source>
            <translation>Formulaire de signalement…</translation>
        </message>
        <message>
            <source>Import filled form…</source>
            <translation>Importer un formulaire rempli…</translation>
        </message>
        <message numerus="yes">
            <source>%n signals await weighing. Weigh them together with the partners.</source>
            <translation>
                <numerusform>%n signalement en attente de pondération. Pondérez-le avec les partenaires.</numerusform>
                <numerusform>%n signalements en attente de pondération. Pondérez-les avec les partenaires.</numerusform>
            </translation>
        </message>
        <message>
            <source>No signal awaits weighing.</source>
            <translation>Aucun signalement en attente de pondération.</translation>
        </message>
        <message>
            <source>Signal saved.</source>
            <translation>Signalement enregistré.</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>Enregistré : {file}</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Record a signature</source>
            <translation>Enregistrer une signature</translation>
        </message>
        <message>
            <source>Version {number}, adopted on {date}</source>
            <translation>Version {number}, adoptée le {date}</translation>
        </message>
        <message>
            <source>Name of the representative</source>
            <translation>Nom du représentant</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signé le</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccess</name>
        <message>
            <source>Case code</source>
            <translation>Code du dossier</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>(no identity recorded)</source>
            <translation>(aucune identité enregistrée)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>School or work</source>
            <translation>École ou travail</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Drapeau</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine réévaluation</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Clôturé le</translation>
        </message>
        <message>
            <source>Lead partner</source>
            <translation>Partenaire pilote</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>What was observed</source>
            <translation>Ce qui a été observé</translation>
        </message>
        <message>
            <source>No signals.</source>
            <translation>Aucun signalement.</translation>
        </message>
        <message>
            <source>The persons who reported a signal are not named (their own data).</source>
            <translation>Les personnes ayant fait un signalement ne sont pas nommées (leurs propres données).</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Informations</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Partagé avec</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>professional secret</source>
            <translation>secret professionnel</translation>
        </message>
        <message>
            <source>No information items.</source>
            <translation>Aucune information.</translation>
        </message>
        <message>
            <source>Items covered by professional secrecy are marked: the municipality decides whether an exception to the right of access applies to them.</source>
            <translation>Les informations couvertes par le secret professionnel sont signalées : la commune décide si une exception au droit d'accès s'y applique.</translation>
        </message>
        <message>
            <source>Flag history</source>
            <translation>Historique des drapeaux</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Décidé le</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>No flag decisions.</source>
            <translation>Aucune décision de drapeau.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>Modifié le</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No phase changes.</source>
            <translation>Aucun changement de phase.</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>Convenu le</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>No measures.</source>
            <translation>Aucune mesure.</translation>
        </message>
        <message>
            <source>Case team</source>
            <translation>Équipe de cas</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Entré le</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Sorti le</translation>
        </message>
        <message>
            <source>No case team.</source>
            <translation>Pas d'équipe de cas.</translation>
        </message>
        <message>
            <source>Cooperation with other bodies</source>
            <translation>Coopération avec d'autres instances</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Exchanged on</source>
            <translation>Échangé le</translation>
        </message>
        <message>
            <source>No cooperation recorded.</source>
            <translation>Aucune coopération enregistrée.</translation>
        </message>
        <message>
            <source>Decisions at meetings</source>
            <translation>Décisions en réunion</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>No decisions at meetings.</source>
            <translation>Aucune décision en réunion.</translation>
        </message>
        <message>
            <source>Discussed at meetings</source>
            <translation>Discuté en réunion</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Account and decisions</source>
            <translation>Compte rendu et décisions</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>(off the record: nothing kept)</source>
            <translation>(hors procès-verbal : rien conservé)</translation>
        </message>
        <message>
            <source>Not discussed at any meeting.</source>
            <translation>Discuté dans aucune réunion.</translation>
        </message>
        <message>
            <source>Attendees and the persons responsible for actions are not named.</source>
            <translation>Les participants et les responsables des actions ne sont pas nommés.</translation>
        </message>
        <message>
            <source>Everything the LIVC register of {municipalities} holds on the person of case {code}, for the answer to a request for access (GDPR art. 15).</source>
            <translation>Tout ce que le registre CSIL de {municipalities} contient sur la personne du cas {code}, pour la réponse à une demande d'accès (RGPD art. 15).</translation>
        </message>
        <message>
            <source>Check every section before it is handed over: information about other persons and information whose disclosure would harm an ongoing approach may have to be withheld. Contains special-category personal data.</source>
            <translation>Vérifiez chaque section avant de la remettre : les informations concernant d'autres personnes et celles dont la divulgation nuirait à une approche en cours peuvent devoir être retenues. Contient des catégories particulières de données personnelles.</translation>
        </message>
    </context>
    <context>
        <name>SupportDialog</name>
        <message>
            <source>Support organisation</source>
            <translation>Organisme d'appui</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Vérifié le</translation>
        </message>
        <message>
            <source>From the booklet for mayors (version of {date}). Contact details may have changed: check them and fill in the date you did.</source>
            <translation>Issu de la brochure pour les bourgmestres (version du {date}). Les coordonnées peuvent avoir changé : vérifiez-les et indiquez la date de votre vérification.</translation>
        </message>
    </context>
    <context>
        <name>SupportTab</name>
        <message>
            <source>Training bodies, helplines and support services listed in the booklet for mayors. Entries marked 'verify' come from the booklet of {date}: contact details may have changed. Check them and fill in the date you did.</source>
            <extracomment>A short, translated text for the status bar.</extracomment>
            <translation>Organismes de formation, lignes d'aide et services d'appui repris dans la brochure pour les bourgmestres. Les entrées marquées 'à vérifier' proviennent de la brochure du {date} : les coordonnées peuvent avoir changé. Vérifiez-les et indiquez la date de votre vérification.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Support organisation saved.</source>
            <translation>Organisme d'appui enregistré.</translation>
        </message>
        <message>
            <source>Delete support organisation</source>
            <translation>Supprimer l'organisme d'appui</translation>
        </message>
        <message>
            <source>Delete {name} from the support directory?</source>
            <translation>Supprimer {name} du répertoire d'appui ?</translation>
        </message>
    </context>
    <context>
        <name>TeamJoinDialog</name>
        <message>
            <source>Add a partner to the case team</source>
            <translation>Ajouter un partenaire à l'équipe de cas</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Entré le</translation>
        </message>
    </context>
    <context>
        <name>TeamLeaveDialog</name>
        <message>
            <source>Partner leaves the case team</source>
            <translation>Le partenaire quitte l'équipe de cas</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Sorti le</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Followed or wanted</source>
            <translation>Suivie ou souhaitée</translation>
        </message>
    </context>
    <context>
        <name>TransferCaseButton</name>
        <message>
            <source>Pass on to another cell…</source>
            <translation>Transmettre à une autre cellule…</translation>
        </message>
    </context>
    <context>
        <name>TriageDialog</name>
        <message>
            <source>Weigh signal</source>
            <translation>Pondérer le signalement</translation>
        </message>
        <message>
            <source>Received {date} via {channel}.</source>
            <translation>Reçu le {date} via {channel}.</translation>
        </message>
        <message>
            <source>A new case</source>
            <translation>Un nouveau cas</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Weighed on</source>
            <translation>Pondéré le</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Pseudonym of the new case</source>
            <translation>Pseudonyme du nouveau cas</translation>
        </message>
        <message>
            <source>Handed to</source>
            <translation>Transmis à</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Too many wrong tries. You can try again in {seconds} s.</source>
            <extracomment>One countdown step; tests shorten it.</extracomment>
            <translation>Trop d'essais erronés. Vous pourrez réessayer dans {seconds} s.</translation>
        </message>
        <message>
            <source>The register is locked</source>
            <translation>Le registre est verrouillé</translation>
        </message>
        <message>
            <source>Register: {name}</source>
            <translation>Registre : {name}</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>This is a demo register with invented data. Its passphrase is:&lt;br&gt;&lt;b&gt;{passphrase}&lt;/b&gt;</source>
            <translation>Ceci est un registre de démonstration avec des données inventées. Sa phrase secrète est :&lt;br&gt;&lt;b&gt;{passphrase}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>VerifyBackupDialog</name>
        <message>
            <source>Restore backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Verify backup</source>
            <translation>Vérifier une sauvegarde</translation>
        </message>
        <message>
            <source>Restoring replaces the register by the backup. The current register is kept as a safety copy next to it; nothing is replaced before the backup has been checked completely.</source>
            <translation>La restauration remplace le registre par la sauvegarde. Le registre actuel est conservé à côté comme copie de sécurité ; rien n'est remplacé avant que la sauvegarde n'ait été entièrement vérifiée.</translation>
        </message>
        <message>
            <source>Checks a backup completely (checksum, passphrase, integrity, version) without restoring or changing anything.</source>
            <translation>Vérifie entièrement une sauvegarde (somme de contrôle, phrase secrète, intégrité, version) sans rien restaurer ni modifier.</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Choisir...</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Fichier de sauvegarde</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Phrase secrète de la sauvegarde</translation>
        </message>
        <message>
            <source>Check backup</source>
            <translation>Vérifier la sauvegarde</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Restaurer...</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choisissez un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>LIVC backups ({pattern})</source>
            <translation>Sauvegardes LIVC ({pattern})</translation>
        </message>
        <message>
            <source>Replace the register by the backup made on {created}? The register will be locked; the current one is kept as a safety copy. Afterwards, unlock with the passphrase of the backup.</source>
            <translation>Remplacer le registre par la sauvegarde du {created} ? Le registre sera verrouillé ; l'actuel est conservé comme copie de sécurité. Ensuite, déverrouillez avec la phrase secrète de la sauvegarde.</translation>
        </message>
    </context>
</TS>
