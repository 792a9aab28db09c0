<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
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
            <source>Passphrase: </source>
            <translation>Phrase secrète : </translation>
        </message>
        <message>
            <source>Integrity check FAILED.</source>
            <translation>Contrôle d'intégrité ÉCHOUÉ.</translation>
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
            <source>Case teams</source>
            <translation>Équipes de cas</translation>
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
            <source>Fair</source>
            <translation>Moyenne</translation>
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
            <source>The passphrase was changed.</source>
            <extracomment>A session became active (unlock, first start, passphrase change). Emitted before the pages receive it and before the "unlock" event is recorded, so listeners such as the access trail can subscribe with `session.on_event(...)` in time. The active session is about to close (lock, quit); pages still hold it. True when the window locked, False when it unlocked.</extracomment>
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
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;About LIVC Desktop</source>
            <translation>À &amp;propos de LIVC Desktop</translation>
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
        <message>
            <source>About LIVC Desktop</source>
            <translation>À propos de LIVC Desktop</translation>
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
            <source>The register file is damaged and cannot be opened. Restore it from a backup.</source>
            <translation>Le fichier du registre est endommagé et ne peut pas être ouvert. Restaurez-le à partir d'une sauvegarde.</translation>
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
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Le disque est plein. Rien n'a été modifié ; libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>The file could not be written. Nothing was changed.</source>
            <translation>Le fichier n'a pas pu être écrit. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The encryption library on this computer is not suitable; the register was not opened. Reinstall LIVC Desktop.</source>
            <translation>La bibliothèque de chiffrement de cet ordinateur ne convient pas ; le registre n'a pas été ouvert. Réinstallez LIVC Desktop.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Une erreur s'est produite. Rien n'a été modifié.</translation>
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
            <source>This value is not valid.</source>
            <translation>Cette valeur n'est pas valide.</translation>
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
</TS>
