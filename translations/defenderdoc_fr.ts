<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>This is the fictional demo vault. Its passphrase is: %1</source>
        <translation>Ceci est le coffre-fort de démonstration, aux données fictives. Sa phrase secrète est&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creating the fictional demo vault…</source>
        <translation>Création du coffre-fort de démonstration aux données fictives…</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <extracomment>The codes the audit chain stores, in words; an unknown code is shown as stored.</extracomment>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Imported in bulk</source>
        <translation>Importé en bloc</translation>
    </message>
    <message>
        <source>Evidence received (custody)</source>
        <translation>Preuve reçue (chaîne de conservation)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Victim link</source>
        <translation>Lien de victime</translation>
    </message>
    <message>
        <source>Authorities&apos; response</source>
        <translation>Réponse des autorités</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Vocabulary term</source>
        <translation>Terme du vocabulaire</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Registre d&apos;export</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Réglages du coffre-fort</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by action, record or person…</source>
        <translation>Filtrer par action, fiche ou personne…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verify the vault</source>
        <translation>Vérifier le coffre-fort</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date et heure (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verifying the database, every evidence file and the audit chain…</source>
        <translation>Vérification de la base de données, de chaque fichier de preuve et de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>Verifying… %1 of %2</source>
        <translation>Vérification… %1 sur %2</translation>
    </message>
    <message>
        <source>Everything verified: nothing is damaged or missing.</source>
        <translation>Tout est vérifié&#xa0;: rien n&apos;est endommagé ni manquant.</translation>
    </message>
    <message>
        <source>Problems found — restore from a backup.</source>
        <translation>Des problèmes ont été trouvés — restaurez à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Database: intact</source>
        <translation>Base de données&#xa0;: intacte</translation>
    </message>
    <message>
        <source>Database: damaged</source>
        <translation>Base de données&#xa0;: endommagée</translation>
    </message>
    <message>
        <source>Evidence files: %1 checked, %2 damaged or missing</source>
        <translation>Fichiers de preuve&#xa0;: %1 vérifiés, %2 endommagés ou manquants</translation>
    </message>
    <message>
        <source>Evidence files without a record (kept, not deleted): %1</source>
        <translation>Fichiers de preuve sans fiche (conservés, non supprimés)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, intact</source>
        <translation>Journal d&apos;audit&#xa0;: %1 entrées, intact</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, BROKEN</source>
        <translation>Journal d&apos;audit&#xa0;: %1 entrées, ROMPU</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un coffre-fort</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>Bureau local</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Create a recovery code (recommended for organisations; shown once)</source>
        <translation>Créer un code de récupération (recommandé pour les organisations&#x202f;; affiché une seule fois)</translation>
    </message>
    <message>
        <source>Keep sealed originals of evidence (encrypted, with their metadata)</source>
        <translation>Conserver les originaux scellés des preuves (chiffrés, avec leurs métadonnées)</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nom du coffre-fort</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Choose a long passphrase, for example several unrelated words. Nobody can recover the vault without it (or the recovery code).</source>
        <translation>Choisissez une phrase secrète longue, par exemple plusieurs mots sans rapport entre eux. Personne ne peut récupérer le coffre-fort sans elle (ou sans le code de récupération).</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Measuring this computer to set the key-derivation cost (about a second)…</source>
        <translation>Mesure de cet ordinateur pour fixer le coût de dérivation de la clé (environ une seconde)…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this laptop. It is shown only once.</source>
        <translation>Notez ce code et conservez-le en lieu sûr, loin de cet ordinateur portable. Il n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>Je l&apos;ai mis en lieu sûr</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Submission to the UN Special Procedures</source>
        <translation>Communication aux procédures spéciales des Nations Unies</translation>
    </message>
    <message>
        <source>UN Special Procedures (OHCHR)</source>
        <translation>Procédures spéciales des Nations Unies (HCDH)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — source to be kept confidential</source>
        <translation>CONFIDENTIEL — la source doit rester confidentielle</translation>
    </message>
    <message>
        <source>Communication to UN mandates, ordered as OHCHR asks.</source>
        <translation>Communication aux mandats des Nations Unies, dans l&apos;ordre demandé par le HCDH.</translation>
    </message>
    <message>
        <source>Report of an enforced or involuntary disappearance</source>
        <translation>Signalement d&apos;une disparition forcée ou involontaire</translation>
    </message>
    <message>
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <translation>Groupe de travail des Nations Unies sur les disparitions forcées ou involontaires</translation>
    </message>
    <message>
        <source>The six elements the Working Group requires.</source>
        <translation>Les six éléments exigés par le Groupe de travail.</translation>
    </message>
    <message>
        <source>Emergency protection request</source>
        <translation>Demande de protection urgente</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>Organisation de protection</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — share only with consented partners</source>
        <translation>CONFIDENTIEL — à partager uniquement avec des partenaires autorisés</translation>
    </message>
    <message>
        <source>For emergency grants or relocation (EU ProtectDefenders, Front Line Defenders style).</source>
        <translation>Pour des aides d&apos;urgence ou une relocalisation (sur le modèle de ProtectDefenders.eu ou de Front Line Defenders).</translation>
    </message>
    <message>
        <source>Internal legal brief</source>
        <translation>Note juridique interne</translation>
    </message>
    <message>
        <source>The organisation&apos;s own lawyers</source>
        <translation>Les juristes de l&apos;organisation</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL — internal use only</source>
        <translation>STRICTEMENT CONFIDENTIEL — usage interne uniquement</translation>
    </message>
    <message>
        <source>Full detail for the organisation&apos;s lawyers; never sent out.</source>
        <translation>Tous les détails pour les juristes de l&apos;organisation&#x202f;; n&apos;est jamais envoyé à l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>Rapport public</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>Le public</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <source>Maximal redaction: no individual can be identified.</source>
        <translation>Caviardage maximal&#xa0;: aucune personne ne peut être identifiée.</translation>
    </message>
</context>
<context>
    <name>DossierExporter</name>
    <message>
        <source>Export the dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Dossier written; SHA-256 %1; logged as export %2.</source>
        <translation>Dossier enregistré&#x202f;; SHA-256 %1&#x202f;; consigné comme exportation %2.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportation annulée. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>What leaves</source>
        <translation>Ce qui sort</translation>
    </message>
    <message>
        <source>Preview and export</source>
        <translation>Aperçu et exportation</translation>
    </message>
    <message>
        <source>Steps of the dossier</source>
        <translation>Étapes du dossier</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Build a dossier</source>
        <translation>Préparer un dossier</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Journal des exportations</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Étape %1 sur 4&#xa0;: %2</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Choose at least one incident in step 2.</source>
        <translation>Choisissez au moins un incident à l&apos;étape 2.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <source>No pages are shown while a consent conflict blocks the export.</source>
        <translation>Aucune page n&apos;est affichée tant qu&apos;un conflit de consentement bloque l&apos;exportation.</translation>
    </message>
    <message>
        <source>The pages are prepared in step 4.</source>
        <translation>Les pages sont préparées à l&apos;étape 4.</translation>
    </message>
    <message>
        <source>Export blocked by a consent conflict.</source>
        <translation>Exportation bloquée par un conflit de consentement.</translation>
    </message>
    <message>
        <source>Export is disabled while a consent conflict stands (see above).</source>
        <translation>L&apos;exportation est désactivée tant qu&apos;un conflit de consentement subsiste (voir ci-dessus).</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The file is empty; there is nothing to clean.</source>
        <translation>Le fichier est vide&#x202f;; il n&apos;y a rien à nettoyer.</translation>
    </message>
    <message>
        <source>This file type cannot be cleaned of metadata, so no clean copy was made.</source>
        <translation>Les métadonnées de ce type de fichier ne peuvent pas être supprimées, aucune copie nettoyée n&apos;a donc été créée.</translation>
    </message>
    <message>
        <source>Old binary Office files (.doc, .xls, .ppt) cannot be cleaned. Save the file as .docx/.xlsx/.pptx or PDF and import it again.</source>
        <translation>Les anciens fichiers Office binaires (.doc, .xls, .ppt) ne peuvent pas être nettoyés. Enregistrez le fichier au format .docx/.xlsx/.pptx ou PDF, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Programs and scripts are not accepted as evidence copies.</source>
        <translation>Les programmes et les scripts ne sont pas acceptés comme copies de preuve.</translation>
    </message>
    <message>
        <source>PostScript/EPS files can run code when opened and cannot be cleaned safely.</source>
        <translation>Les fichiers PostScript/EPS peuvent exécuter du code à l&apos;ouverture et ne peuvent pas être nettoyés sans risque.</translation>
    </message>
    <message>
        <source>SVG and HTML files can contain scripts and cannot be cleaned safely.</source>
        <translation>Les fichiers SVG et HTML peuvent contenir des scripts et ne peuvent pas être nettoyés sans risque.</translation>
    </message>
    <message>
        <source>Windows Media (WMV/WMA/ASF) files cannot be cleaned. Convert to MP4 first.</source>
        <translation>Les fichiers Windows Media (WMV/WMA/ASF) ne peuvent pas être nettoyés. Convertissez-les d&apos;abord en MP4.</translation>
    </message>
    <message>
        <source>The image is too large to process safely (possible decompression bomb).</source>
        <translation>L&apos;image est trop grande pour être traitée sans risque (bombe de décompression possible).</translation>
    </message>
    <message>
        <source>The document unpacks to far more data than it contains (possible zip bomb).</source>
        <translation>Le document se décompresse en bien plus de données qu&apos;il n&apos;en contient (bombe zip possible).</translation>
    </message>
    <message>
        <source>The file is too large for this format to be cleaned in memory.</source>
        <translation>Le fichier est trop volumineux pour que ce format soit nettoyé en mémoire.</translation>
    </message>
    <message>
        <source>The file is damaged or not what it claims to be, so it could not be cleaned.</source>
        <translation>Le fichier est endommagé ou n&apos;est pas ce qu&apos;il prétend être, il n&apos;a donc pas pu être nettoyé.</translation>
    </message>
    <message>
        <source>The file is password-protected; remove the password and import it again.</source>
        <translation>Le fichier est protégé par un mot de passe&#x202f;; retirez le mot de passe et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The text file is not valid UTF-8; save it as UTF-8 and import it again.</source>
        <translation>Le fichier texte n&apos;est pas en UTF-8 valide&#x202f;; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file contains parts that cannot be cleaned safely.</source>
        <translation>Le fichier contient des parties qui ne peuvent pas être nettoyées sans risque.</translation>
    </message>
    <message>
        <source>The cleaned copy did not pass verification, so it was discarded.</source>
        <translation>La copie nettoyée n&apos;a pas passé la vérification, elle a donc été écartée.</translation>
    </message>
    <message>
        <source>Cleaning took too long and was stopped (the file may be hostile).</source>
        <translation>Le nettoyage prenait trop de temps et a été arrêté (le fichier est peut-être malveillant).</translation>
    </message>
    <message>
        <source>Cleaning needed too much memory and was stopped (the file may be hostile).</source>
        <translation>Le nettoyage demandait trop de mémoire et a été arrêté (le fichier est peut-être malveillant).</translation>
    </message>
    <message>
        <source>The cleaning process stopped unexpectedly; no clean copy was made.</source>
        <translation>Le processus de nettoyage s&apos;est arrêté de façon inattendue&#x202f;; aucune copie nettoyée n&apos;a été créée.</translation>
    </message>
    <message>
        <source>The evidence file could not be processed.</source>
        <translation>Le fichier de preuve n&apos;a pas pu être traité.</translation>
    </message>
    <message>
        <source>Rebuilt from the decoded pixels (TIFF tags cannot be removed in place); pixel values are unchanged.</source>
        <translation>Reconstruite à partir des pixels décodés (les balises TIFF ne peuvent pas être supprimées sur place)&#x202f;; les valeurs des pixels sont inchangées.</translation>
    </message>
    <message>
        <source>Re-encoded as PNG: HEIC/HEIF/AVIF has no lossless cleaning path. Only the main image was kept, turned upright.</source>
        <translation>Réencodée en PNG&#xa0;: HEIC/HEIF/AVIF ne permet pas de nettoyage sans perte. Seule l&apos;image principale a été conservée, redressée.</translation>
    </message>
    <message>
        <source>Tracked changes were accepted and comments removed, because they record who edited the document and what was deleted.</source>
        <translation>Les modifications suivies ont été acceptées et les commentaires supprimés, car ils indiquent qui a modifié le document et ce qui a été effacé.</translation>
    </message>
    <message>
        <source>Some embedded objects or external links could not be cleaned and were removed.</source>
        <translation>Certains objets incorporés ou liens externes n&apos;ont pas pu être nettoyés et ont été supprimés.</translation>
    </message>
    <message>
        <source>The recording was incomplete; the cleaned copy holds the audio that was present.</source>
        <translation>L&apos;enregistrement était incomplet&#x202f;; la copie nettoyée contient l&apos;audio présent.</translation>
    </message>
    <message>
        <source>Metadata tracks (location, faces, timecode) were removed; video and audio are unchanged.</source>
        <translation>Les pistes de métadonnées (lieu, visages, code temporel) ont été supprimées&#x202f;; la vidéo et l&apos;audio sont inchangés.</translation>
    </message>
    <message>
        <source>Scripts, automatic actions, attachments or earlier versions were removed from the PDF.</source>
        <translation>Les scripts, actions automatiques, pièces jointes ou versions antérieures ont été supprimés du PDF.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Import it again once nothing writes to it.</source>
        <translation>Le fichier a été modifié pendant son importation. Importez-le à nouveau lorsque plus rien n&apos;y écrit.</translation>
    </message>
    <message>
        <source>The file name&apos;s extension does not match its content.</source>
        <translation>L&apos;extension du nom de fichier ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be independently verified, so it was not kept.</source>
        <translation>La copie nettoyée n&apos;a pas pu être vérifiée de façon indépendante, elle n&apos;a donc pas été conservée.</translation>
    </message>
    <message>
        <source>Only regular files can be imported (not links, folders, pipes or devices).</source>
        <translation>Seuls les fichiers ordinaires peuvent être importés (pas les liens, dossiers, tubes ou périphériques).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Metadata report</source>
        <extracomment>Kinds whose cleaned copy is written in another format.</extracomment>
        <translation>Rapport sur les métadonnées</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 de l&apos;original</translation>
    </message>
    <message>
        <source>SHA-256 of the cleaned copy</source>
        <translation>SHA-256 de la copie nettoyée</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copier le %1</translation>
    </message>
    <message>
        <source>Export cleaned copy…</source>
        <translation>Exporter la copie nettoyée…</translation>
    </message>
    <message>
        <source>Export original…</source>
        <translation>Exporter l&apos;original…</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Select an item to see its cleaned copy, its metadata report and its hashes.</source>
        <translation>Sélectionnez un élément pour voir sa copie nettoyée, son rapport sur les métadonnées et ses empreintes.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The original was not kept.</source>
        <translation>L&apos;original n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>Decrypting the preview…</source>
        <translation>Déchiffrement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>nettoyé</translation>
    </message>
    <message>
        <source>not cleaned</source>
        <translation>non nettoyé</translation>
    </message>
    <message>
        <source>original not kept</source>
        <translation>original non conservé</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans %1 secondes.</translation>
    </message>
    <message>
        <source>Export the original?</source>
        <translation>Exporter l&apos;original&#x202f;?</translation>
    </message>
    <message>
        <source>The original still carries all its identifying metadata: it can reveal where and when it was made, on which device, and by whom (GPS position, camera serial number, author). Anyone who receives the file can read it.

Export the original only to an encrypted place, or when a court or mechanism asks for it. For everything else, export the cleaned copy.</source>
        <translation>L&apos;original contient encore toutes ses métadonnées identifiantes&#xa0;: elles peuvent révéler où et quand il a été créé, sur quel appareil et par qui (position GPS, numéro de série de l&apos;appareil photo, auteur ou autrice). Toute personne qui reçoit le fichier peut les lire.

N&apos;exportez l&apos;original que vers un emplacement chiffré, ou à la demande d&apos;un tribunal ou d&apos;un mécanisme. Dans tous les autres cas, exportez la copie nettoyée.</translation>
    </message>
    <message>
        <source>Export the original</source>
        <translation>Exporter l&apos;original</translation>
    </message>
    <message>
        <source>Export cleaned copy</source>
        <translation>Exporter la copie nettoyée</translation>
    </message>
    <message>
        <source>Export original</source>
        <translation>Exporter l&apos;original</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported. SHA-256 of the written file: %1</source>
        <translation>Exporté. SHA-256 du fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation>Exportation terminée.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Incident the imported files belong to</source>
        <translation>Incident auquel appartiennent les fichiers importés</translation>
    </message>
    <message>
        <source>&amp;Attach to:</source>
        <translation>&amp;Rattacher à&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Importer des preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Une importation est déjà en cours&#x202f;; attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Import evidence files</source>
        <translation>Importer des fichiers de preuve</translation>
    </message>
    <message>
        <source>Import every file in a folder</source>
        <translation>Importer tous les fichiers d&apos;un dossier</translation>
    </message>
    <message>
        <source>Drop to import into the incident chosen here.</source>
        <translation>Déposez ici pour importer dans l&apos;incident choisi.</translation>
    </message>
    <message>
        <source>…or drop files and folders anywhere on this page.</source>
        <translation>…ou déposez des fichiers et des dossiers n&apos;importe où sur cette page.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>There is no cleaned copy to show.</source>
        <extracomment>Original kinds whose cleaned copy can be shown (HEIF/AVIF are cleaned into PNG). Detected kind of the cleaned bytes -&gt; the only Qt decoder allowed for it. The format is never guessed from content, so no SVG or PDF image plugin can be reached this way. Longest side of a preview image; the vault keeps the full-size copy. &quot;no_copy&quot;, &quot;not_previewable&quot; or &quot;unreadable&quot; when there is nothing to show.</extracomment>
        <translation>Il n&apos;y a aucune copie nettoyée à afficher.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Its details and hashes are shown here; export the cleaned copy to open it in another program.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier. Ses détails et empreintes sont affichés ici&#x202f;; exportez la copie nettoyée pour l&apos;ouvrir dans un autre programme.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be shown.</source>
        <translation>La copie nettoyée n&apos;a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the cleaned copy</source>
        <translation>Aperçu de la copie nettoyée</translation>
    </message>
    <message>
        <source>Drag to mark an area to black out. Page Up and Page Down select an area, the arrow keys move it, Shift with the arrow keys resizes it, Delete removes it.</source>
        <translation>Faites glisser pour marquer une zone à noircir. Page préc. et Page suiv. sélectionnent une zone, les flèches la déplacent, Maj avec les flèches la redimensionne, Suppr la supprime.</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <source>Remove selected area</source>
        <translation>Retirer la zone sélectionnée</translation>
    </message>
    <message>
        <source>Clear all areas</source>
        <translation>Retirer toutes les zones</translation>
    </message>
    <message>
        <source>Adds an area in the middle; move it with the arrow keys</source>
        <translation>Ajoute une zone au centre&#x202f;; déplacez-la avec les flèches</translation>
    </message>
    <message>
        <source>Removes the selected area</source>
        <translation>Retire la zone sélectionnée</translation>
    </message>
    <message>
        <source>Removes every marked area</source>
        <translation>Retire toutes les zones marquées</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>the first %n page(s) are previewed</source>
        <translation>
            <numerusform>aperçu limité à %n page</numerusform>
            <numerusform>aperçu limité aux %n premières pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview is hidden in discreet mode (Ctrl+Shift+D to show it).</source>
        <translation>L&apos;aperçu est masqué en mode discret (Ctrl+Maj+D pour l&apos;afficher).</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked. They are blacked out whenever the image leaves the vault (dossiers and exports); the cleaned copy itself is never changed.</source>
        <translation>
            <numerusform>%n zone marquée. Elle est noircie chaque fois que l&apos;image sort du coffre-fort (dossiers et exportations)&#x202f;; la copie nettoyée elle-même n&apos;est jamais modifiée.</numerusform>
            <numerusform>%n zones marquées. Elles sont noircies chaque fois que l&apos;image sort du coffre-fort (dossiers et exportations)&#x202f;; la copie nettoyée elle-même n&apos;est jamais modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag over the image to mark an area to black out.</source>
        <translation>Faites glisser sur l&apos;image pour marquer une zone à noircir.</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <source>GPS position and place</source>
        <translation>position GPS et lieu</translation>
    </message>
    <message>
        <source>camera or device details</source>
        <translation>informations sur l&apos;appareil photo ou le périphérique</translation>
    </message>
    <message>
        <source>author and owner</source>
        <translation>auteur et propriétaire</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>dates et heures</translation>
    </message>
    <message>
        <source>software used</source>
        <translation>logiciels utilisés</translation>
    </message>
    <message>
        <source>embedded thumbnails</source>
        <translation>miniatures incorporées</translation>
    </message>
    <message>
        <source>document history</source>
        <translation>historique du document</translation>
    </message>
    <message>
        <source>embedded content</source>
        <translation>contenu incorporé</translation>
    </message>
    <message>
        <source>scripts and macros</source>
        <translation>scripts et macros</translation>
    </message>
    <message>
        <source>other metadata</source>
        <translation>autres métadonnées</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucun motif n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — cleaned: %2 (fields removed: %3)</source>
        <translation>%1 — nettoyé&#xa0;: %2 (champs supprimés&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 — stored as is, without a cleaned copy</source>
        <translation>%1 — conservé tel quel, sans copie nettoyée</translation>
    </message>
    <message>
        <source>%1 — cleaned: no identifying metadata was found</source>
        <translation>%1 — nettoyé&#xa0;: aucune métadonnée identifiante n&apos;a été trouvée</translation>
    </message>
    <message>
        <source>Found in the original</source>
        <translation>Trouvé dans l&apos;original</translation>
    </message>
    <message>
        <source>No identifying metadata was found.</source>
        <translation>Aucune métadonnée identifiante n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>In the cleaned copy</source>
        <translation>Dans la copie nettoyée</translation>
    </message>
    <message>
        <source>Nothing. Every field above was removed, and the copy was checked again.</source>
        <translation>Rien. Tous les champs ci-dessus ont été supprimés et la copie a été vérifiée à nouveau.</translation>
    </message>
    <message>
        <source>There is no cleaned copy: this item was stored as is and is never exported.</source>
        <translation>Il n&apos;y a pas de copie nettoyée&#xa0;: cet élément a été conservé tel quel et n&apos;est jamais exporté.</translation>
    </message>
    <message>
        <source>The original was not kept; only its hash was recorded.</source>
        <translation>L&apos;original n&apos;a pas été conservé&#x202f;; seule son empreinte a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>not cleaned</source>
        <translation>non nettoyé</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>nettoyé</translation>
    </message>
    <message>
        <source>cleaned, original not kept</source>
        <translation>nettoyé, original non conservé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Journal des exportations</translation>
    </message>
    <message>
        <source>Mark a later incident as &amp;possible reprisal…</source>
        <translation>Marquer un incident ultérieur comme &amp;représailles possibles…</translation>
    </message>
    <message>
        <source>No dossier has been exported from this vault yet.</source>
        <translation>Aucun dossier n&apos;a encore été exporté de ce coffre-fort.</translation>
    </message>
    <message>
        <source>Incident %1 is now recorded as a possible reprisal for export %2.</source>
        <translation>L&apos;incident %1 est désormais enregistré comme représailles possibles à l&apos;exportation %2.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v sur %m fichiers</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Résultats de l&apos;importation</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the import results</source>
        <translation>Masquer les résultats de l&apos;importation</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Recherche de fichiers…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <source>Importing and cleaning…</source>
        <translation>Importation et nettoyage…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: %1. The remaining files were not imported.</source>
        <translation>Importation annulée&#xa0;: %1. Les fichiers restants n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>No files were found to import.</source>
        <translation>Aucun fichier à importer n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The import stopped: %1 So far: %2.</source>
        <translation>L&apos;importation s&apos;est arrêtée&#xa0;: %1 Jusqu&apos;ici&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>no consent recorded</source>
        <translation>aucun consentement enregistré</translation>
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
        <source>Stage of migration</source>
        <translation>Étape du parcours migratoire</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>A short, factual title</source>
        <translation>Un titre court et factuel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Record exact coordinates (sensitive)</source>
        <translation>Enregistrer les coordonnées exactes (donnée sensible)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Link to the State</source>
        <translation>Lien avec l&apos;État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Basis of attribution</source>
        <translation>Fondement de l&apos;attribution</translation>
    </message>
    <message>
        <source>Add perpetrator</source>
        <translation>Ajouter un auteur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une démarche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Person (pseudonym)</source>
        <translation>Personne (pseudonyme)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>Étape du parcours migratoire</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Who was targeted</source>
        <translation>Personnes visées</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Qui est responsable</translation>
    </message>
    <message>
        <source>Authorities informed and their response</source>
        <translation>Autorités informées et leur réponse</translation>
    </message>
    <message>
        <source>Follow-up and protection measures</source>
        <translation>Suivi et mesures de protection</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 has not consented to disclosure of the name to the State.</source>
        <translation>%1 n&apos;a pas consenti à ce que son nom soit communiqué à l&apos;État.</translation>
    </message>
    <message>
        <source>No place recorded: the WGEID requires a last-seen place.</source>
        <translation>Aucun lieu enregistré&#xa0;: le GTDFI exige le dernier lieu où la personne a été vue.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Les dates s&apos;écrivent AAAA-MM-JJ, par exemple 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>IncidentFilterControls</name>
    <message>
        <source>from YYYY-MM-DD</source>
        <extracomment>filter key -&gt; vocabulary, in the order the pickers are shown</extracomment>
        <translation>du AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>au AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Search titles, narratives and places…</source>
        <translation>Rechercher dans les titres, récits et lieux…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Rechercher des incidents</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Selected incident</source>
        <translation>Incident sélectionné</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match</source>
        <translation>
            <numerusform>%n incident correspond</numerusform>
            <numerusform>%n incidents correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsStep</name>
    <message>
        <source>Search titles, narratives and places…</source>
        <translation>Rechercher dans les titres, récits et lieux…</translation>
    </message>
    <message>
        <source>Search incidents to add</source>
        <translation>Rechercher des incidents à ajouter</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>du AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Incidents from (date)</source>
        <translation>Incidents à partir du (date)</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>au AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Incidents until (date)</source>
        <translation>Incidents jusqu&apos;au (date)</translation>
    </message>
    <message>
        <source>Incidents found</source>
        <translation>Incidents trouvés</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Ajouter la sélection</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Add this person’s &amp;full history</source>
        <translation>Ajouter l&apos;&amp;historique complet de cette personne</translation>
    </message>
    <message>
        <source>A person’s full history</source>
        <translation>L&apos;historique complet d&apos;une personne</translation>
    </message>
    <message>
        <source>Incidents in this dossier</source>
        <translation>Incidents de ce dossier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Tous les pays</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · %n incident</numerusform>
            <numerusform>%1 · %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in this dossier</source>
        <translation>
            <numerusform>%n incident dans ce dossier</numerusform>
            <numerusform>%n incidents dans ce dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n &amp;matching</source>
        <translation>
            <numerusform>Ajouter l&apos;incident &amp;correspondant (%n)</numerusform>
            <numerusform>Ajouter les %n incidents &amp;correspondants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>No trusted system keychain was found on this device (for example, a headless session or no Secret Service). The vault can only be unlocked with its passphrase.</source>
        <extracomment>Backends that keep secrets in the OS&apos;s protected store.</extracomment>
        <translation>Aucun trousseau système de confiance n&apos;a été trouvé sur cet appareil (par exemple dans une session sans interface graphique ou sans Secret Service). Le coffre-fort ne peut être déverrouillé qu&apos;avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>Remembering the vault on this device is switched off.</source>
        <translation>La mémorisation du coffre-fort sur cet appareil est désactivée.</translation>
    </message>
</context>
<context>
    <name>LeavesStep</name>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Consent conflicts and missing information</source>
        <translation>Conflits de consentement et informations manquantes</translation>
    </message>
    <message>
        <source>&amp;Use pseudonyms instead of legal names</source>
        <translation>&amp;Utiliser des pseudonymes au lieu des noms légaux</translation>
    </message>
    <message>
        <source>Checking consent and completeness…</source>
        <translation>Vérification du consentement et de l&apos;exhaustivité…</translation>
    </message>
    <message>
        <source>Blocks export: %1</source>
        <translation>Bloque l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export is blocked until the conflicts below are fixed.</source>
        <translation>L&apos;exportation est bloquée jusqu&apos;à ce que les conflits ci-dessous soient résolus.</translation>
    </message>
    <message>
        <source>No consent conflicts. The recipient may still expect what is missing.</source>
        <translation>Aucun conflit de consentement. Le destinataire peut toutefois attendre ce qui manque.</translation>
    </message>
    <message>
        <source>No consent conflicts and nothing missing.</source>
        <translation>Aucun conflit de consentement et rien ne manque.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be included,</source>
        <translation>
            <numerusform>%n incident sera inclus,</numerusform>
            <numerusform>%n incidents seront inclus,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named or coded;</source>
        <translation>
            <numerusform>%n personne nommée ou codée&#x202f;;</numerusform>
            <numerusform>%n personnes nommées ou codées&#x202f;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld (see step 4).</source>
        <translation>
            <numerusform>%n élément retenu (voir l&apos;étape 4).</numerusform>
            <numerusform>%n éléments retenus (voir l&apos;étape 4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>DefenderDoc</source>
        <translation>DefenderDoc</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>État du coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre-fort</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Mode &amp;discret</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Unlocked · vault “%1” · auto-lock in %2:%3</source>
        <translation>Déverrouillé · coffre-fort «&#xa0;%1&#xa0;» · verrouillage automatique dans %2:%3</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and quit?</source>
        <translation>Une importation ou une exportation est encore en cours. L&apos;arrêter et quitter&#x202f;?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+F  search incidents
Ctrl+N  new incident
Ctrl+E  edit the selection
Ctrl+I  import evidence
Ctrl+P  new dossier
Ctrl+Shift+L  lock now (panic)
Ctrl+Shift+D  discreet mode
Alt+1 … Alt+7  go to a section
F1  this list</source>
        <translation>Ctrl+F  rechercher des incidents
Ctrl+N  nouvel incident
Ctrl+E  modifier la sélection
Ctrl+I  importer des preuves
Ctrl+P  nouveau dossier
Ctrl+Maj+L  verrouiller maintenant (urgence)
Ctrl+Maj+D  mode discret
Alt+1 … Alt+7  aller à une section
F1  cette liste</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase. The vault was not changed.</source>
        <translation>Phrase secrète incorrecte. Le coffre-fort n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>No vault was found at this location.</source>
        <translation>Aucun coffre-fort n&apos;a été trouvé à cet emplacement.</translation>
    </message>
    <message>
        <source>Something already exists at this location; nothing was overwritten.</source>
        <translation>Quelque chose existe déjà à cet emplacement&#x202f;; rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation>Le coffre-fort est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.hdr) is damaged. Restore it from a backup.</source>
        <translation>Le fichier de clés du coffre-fort (vault.hdr) est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Restore it from a backup.</source>
        <translation>La base de données du coffre-fort est endommagée. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different vaults.</source>
        <translation>Le fichier de clés et la base de données appartiennent à des coffres-forts différents.</translation>
    </message>
    <message>
        <source>The vault is open in another DefenderDoc window or process.</source>
        <translation>Le coffre-fort est ouvert dans une autre fenêtre ou un autre processus de DefenderDoc.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters, for example several unrelated words.</source>
        <translation>Choisissez une phrase secrète d&apos;au moins 8 caractères, par exemple plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of DefenderDoc.</source>
        <translation>Ce coffre-fort a été écrit par une version plus récente de DefenderDoc.</translation>
    </message>
    <message>
        <source>This device no longer holds the vault&apos;s remembered key. Unlock with the passphrase; nothing was lost.</source>
        <translation>Cet appareil ne détient plus la clé mémorisée du coffre-fort. Déverrouillez-le avec la phrase secrète&#x202f;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>No trusted system keychain is available, so the vault cannot be remembered on this device.</source>
        <translation>Aucun trousseau système de confiance n&apos;est disponible, le coffre-fort ne peut donc pas être mémorisé sur cet appareil.</translation>
    </message>
    <message>
        <source>Not enough disk space. Nothing was half-written; free some space and try again.</source>
        <translation>Espace disque insuffisant. Rien n&apos;a été écrit à moitié&#x202f;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Some of the information entered is not valid.</source>
        <translation>Certaines des informations saisies ne sont pas valides.</translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation>La fiche n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Something went wrong; your vault is intact.</source>
        <translation>Un problème est survenu&#x202f;; votre coffre-fort est intact.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>robuste</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>{dimension} (main categories)</source>
        <translation>{dimension} (catégories principales)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Category keys that are not vocabulary codes. They start with &quot;_&quot;, which no vocabulary code can (see ``vocab._CODE``), so they never collide.</extracomment>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>No person linked</source>
        <translation>Aucune personne liée</translation>
    </message>
    <message>
        <source>Date known only to the year</source>
        <translation>Date connue à l&apos;année près</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Type d&apos;auteur</translation>
    </message>
    <message>
        <source>State or non-State actor</source>
        <translation>Acteur étatique ou non étatique</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>Étape du parcours migratoire</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Documentation status</source>
        <translation>État de la documentation</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>Réponse des autorités</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <source>Sex characteristics</source>
        <translation>Caractéristiques sexuelles</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Orientation sexuelle</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Situation de handicap</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Statut migratoire</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Indigenous identity</source>
        <translation>Identité autochtone</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation>Religion ou conviction</translation>
    </message>
    <message>
        <source>Pregnancy status</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Occupation or sector</source>
        <translation>Profession ou secteur</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>Rôle dans l&apos;incident</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Totals count each incident or person once; one that falls in several categories is counted in each, so the cells can add up to more than the total.</source>
        <translation>Les totaux comptent chaque incident ou personne une seule fois&#x202f;; s&apos;il relève de plusieurs catégories, il est compté dans chacune, si bien que la somme des cellules peut dépasser le total.</translation>
    </message>
    <message>
        <source>No small-cell suppression: for use inside the organisation only.</source>
        <translation>Pas de masquage des petits effectifs&#xa0;: réservé à un usage interne à l&apos;organisation.</translation>
    </message>
    <message>
        <source>Values below {threshold}, and further values from which they could be worked out, are suppressed.</source>
        <translation>Les valeurs inférieures à {threshold}, ainsi que les autres valeurs permettant de les retrouver, sont masquées.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Persons affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Only %1 of the %2 columns fit on this page; the CSV export has them all.</source>
        <translation>Seules %1 des %2 colonnes tiennent sur cette page&#xa0;; l&apos;export CSV les contient toutes.</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>(none)</source>
        <extracomment>Row/column dimensions offered, with the level used for hierarchical ones. Dimensions a clicked cell can be listed by, and how they map to incident filters.</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Show as it would leave the vault (small cells suppressed)</source>
        <translation>Afficher tel que cela sortirait du coffre-fort (petits effectifs masqués)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF page…</source>
        <translation>Exporter une page PDF…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Compter</translation>
    </message>
    <message>
        <source>Suppress cells below</source>
        <translation>Masquer les cellules en dessous de</translation>
    </message>
    <message>
        <source>Cross-tabulation</source>
        <translation>Tableau croisé</translation>
    </message>
    <message>
        <source>Incidents in the selected cell</source>
        <translation>Incidents de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Signals: escalation and possible reprisals</source>
        <translation>Signaux&#xa0;: escalade et représailles possibles</translation>
    </message>
    <message>
        <source>Incidents in the selected cell (in the vault only)</source>
        <translation>Incidents de la cellule sélectionnée (dans le coffre-fort uniquement)</translation>
    </message>
    <message>
        <source>Only incidents</source>
        <translation>Seulement les incidents</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Écrivez les dates sous la forme AAAA-MM-JJ, par exemple 2026-03-14.</translation>
    </message>
    <message>
        <source>Per month, %1 to %2</source>
        <translation>Par mois, de %1 à %2</translation>
    </message>
    <message>
        <source>Escalating: %1 — %2 in the last 90 days (expected %3)</source>
        <translation>En hausse&#xa0;: %1 — %2 au cours des 90 derniers jours (attendu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Possible reprisal: incident %1, %2 days after export %3 to %4</source>
        <translation>Représailles possibles&#xa0;: incident %1, %2 jours après l&apos;exportation %3 vers %4</translation>
    </message>
    <message>
        <source>No signal at the moment.</source>
        <translation>Aucun signal pour le moment.</translation>
    </message>
    <message>
        <source>Listing is available for incident type, perpetrator type, country and stage of migration.</source>
        <translation>La liste est disponible pour le type d&apos;incident, le type d&apos;auteur, le pays et l&apos;étape du parcours migratoire.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Statistics written with small cells suppressed; SHA-256 %1</source>
        <translation>Statistiques enregistrées avec les petits effectifs masqués&#x202f;; SHA-256 %1</translation>
    </message>
    <message>
        <source>A similar table has left the vault</source>
        <translation>Un tableau semblable a déjà quitté le coffre-fort</translation>
    </message>
    <message>
        <source>A table of the same categories, counted under a different filter, was exported on %1. Whoever receives both can subtract one from the other and recover cells that suppression hides. Export this one anyway?</source>
        <translation>Un tableau des mêmes catégories, compté avec un autre filtre, a été exporté le %1. Qui reçoit les deux peut soustraire l&apos;un de l&apos;autre et retrouver les cellules que la suppression masque. Exporter celui-ci quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages hidden in discreet mode — &amp;show them</source>
        <translation>Pages masquées en mode discret — &amp;les afficher</translation>
    </message>
    <message>
        <source>The preview could not be displayed.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Pages of the dossier</source>
        <translation>Pages du dossier</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find by pseudonym…</source>
        <translation>Rechercher par pseudonyme…</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisation name or code</source>
        <translation>Nom ou code de l&apos;organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · %n incident</numerusform>
            <numerusform>%1 · %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Pseudonym or code</source>
        <translation>Pseudonyme ou code</translation>
    </message>
    <message>
        <source>Defender</source>
        <translation>Personne défenseure</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Membre de la famille</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Legal name (sensitive)</source>
        <translation>Nom légal (donnée sensible)</translation>
    </message>
    <message>
        <source>Contact (sensitive)</source>
        <translation>Contact (donnée sensible)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Human rights work</source>
        <translation>Travail en faveur des droits humains</translation>
    </message>
    <message>
        <source>Notes (sensitive)</source>
        <translation>Notes (donnée sensible)</translation>
    </message>
    <message>
        <source>Identity and characteristics (each optional)</source>
        <translation>Identité et caractéristiques (toutes facultatives)</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historique des incidents</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Enregistrer la personne</translation>
    </message>
    <message>
        <source>Consent, per use</source>
        <translation>Consentement, par usage</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Mode de recueil</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Les dates s&apos;écrivent AAAA-MM-JJ, par exemple 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>ZIP package: PDF, JSON, evidence files, SHA-256 list</source>
        <translation>Archive ZIP&#xa0;: PDF, JSON, fichiers de preuve, liste SHA-256</translation>
    </message>
    <message>
        <source>JSON (structured data)</source>
        <translation>JSON (données structurées)</translation>
    </message>
    <message>
        <source>CSV (one row per incident)</source>
        <translation>CSV (une ligne par incident)</translation>
    </message>
    <message>
        <source>Images are printed in the PDF; other files are only listed with their SHA-256.</source>
        <translation>Les images sont imprimées dans le PDF&#x202f;; les autres fichiers sont seulement listés avec leur SHA-256.</translation>
    </message>
    <message>
        <source>Every file listed above travels in the package, under its neutral name.</source>
        <translation>Chaque fichier listé ci-dessus est inclus dans l&apos;archive, sous son nom neutre.</translation>
    </message>
    <message>
        <source>The text of the dossier; files are only listed with their SHA-256.</source>
        <translation>Le texte du dossier&#x202f;; les fichiers sont seulement listés avec leur SHA-256.</translation>
    </message>
    <message>
        <source>Only the incidents&apos; fields: no narratives, no summary, no files.</source>
        <translation>Uniquement les champs des incidents&#xa0;: ni récits, ni résumé, ni fichiers.</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Préparation des pages</translation>
    </message>
    <message>
        <source>Go to “What leaves” to fix it</source>
        <translation>Aller à «&#xa0;Ce qui sort&#xa0;» pour corriger</translation>
    </message>
    <message>
        <source>Withheld and why</source>
        <translation>Ce qui est retenu et pourquoi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Fichiers et leur SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 list</source>
        <translation>Copier la liste SHA-256</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Files in the dossier, with SHA-256</source>
        <translation>Fichiers du dossier, avec SHA-256</translation>
    </message>
    <message>
        <source>Export is blocked: %1</source>
        <translation>L&apos;exportation est bloquée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) the recipient expects are missing (listed in step 3).</source>
        <translation>
            <numerusform>%n élément attendu par le destinataire manque (indiqué à l&apos;étape 3).</numerusform>
            <numerusform>%n éléments attendus par le destinataire manquent (indiqués à l&apos;étape 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Rien n&apos;a été retenu.</translation>
    </message>
    <message>
        <source>No files leave.</source>
        <translation>Aucun fichier ne sort.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): exactly the PDF that would be written.</source>
        <translation>
            <numerusform>%n page&#xa0;: exactement le PDF qui serait écrit.</numerusform>
            <numerusform>%n pages&#xa0;: exactement le PDF qui serait écrit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Pseudonyms (for example “WHRD-Alpha”)</source>
        <translation>Pseudonymes (par exemple «&#xa0;DDH-Alpha&#xa0;»)</translation>
    </message>
    <message>
        <source>Codes only (“Person A”, “Person B”…)</source>
        <translation>Codes uniquement («&#xa0;Personne A&#xa0;», «&#xa0;Personne B&#xa0;»…)</translation>
    </message>
    <message>
        <source>Legal names only with consent; pseudonyms otherwise</source>
        <translation>Noms légaux seulement avec consentement&#x202f;; sinon, pseudonymes</translation>
    </message>
    <message>
        <source>Legal names for everyone (refused without consent)</source>
        <translation>Noms légaux pour tout le monde (refusé sans consentement)</translation>
    </message>
    <message>
        <source>The exact place (town, shelter, street)</source>
        <translation>Le lieu exact (ville, foyer d&apos;accueil, rue)</translation>
    </message>
    <message>
        <source>Region only</source>
        <translation>Région uniquement</translation>
    </message>
    <message>
        <source>Country only</source>
        <translation>Pays uniquement</translation>
    </message>
    <message>
        <source>The exact day</source>
        <translation>Le jour exact</translation>
    </message>
    <message>
        <source>Month and year only</source>
        <translation>Mois et année uniquement</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Année uniquement</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Statut migratoire</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Situation de handicap</translation>
    </message>
    <message>
        <source>Indigenous identity</source>
        <translation>Identité autochtone</translation>
    </message>
    <message>
        <source>How people are named</source>
        <translation>Comment les personnes sont nommées</translation>
    </message>
    <message>
        <source>How precise places are</source>
        <translation>Précision des lieux</translation>
    </message>
    <message>
        <source>How precise dates are</source>
        <translation>Précision des dates</translation>
    </message>
    <message>
        <source>Include the narratives (names and places replaced)</source>
        <translation>Inclure les récits (noms et lieux remplacés)</translation>
    </message>
    <message>
        <source>Include evidence (cleaned; marked areas blacked out)</source>
        <translation>Inclure les preuves (nettoyées&#x202f;; zones marquées noircies)</translation>
    </message>
    <message>
        <source>Replace known names in narratives automatically</source>
        <translation>Remplacer automatiquement les noms connus dans les récits</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Characteristics shown for each person</source>
        <translation>Caractéristiques affichées pour chaque personne</translation>
    </message>
    <message>
        <source>Words or sentences to black out in the narratives</source>
        <translation>Mots ou phrases à noircir dans les récits</translation>
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
        <source>Text to redact</source>
        <translation>Texte à caviarder</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Qt asks every installed catalog for this entry to learn the text direction of the language: &quot;RTL&quot; (Arabic) or &quot;LTR&quot;. Qt&apos;s own lookup is in C++, so lupdate never sees it; marked here, the entry survives every ``make catalogs``.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RecipientStep</name>
    <message>
        <source>Special Rapporteur on the situation of human rights defenders</source>
        <extracomment>Each language in its own name (an endonym is not translated; &quot;en&quot; alone would be &quot;American English&quot; in QLocale).</extracomment>
        <translation>Rapporteur·e spécial·e sur la situation des défenseur·e·s des droits humains</translation>
    </message>
    <message>
        <source>Special Rapporteur on the human rights of migrants</source>
        <translation>Rapporteur·e spécial·e sur les droits humains des personnes migrantes</translation>
    </message>
    <message>
        <source>Special Rapporteur on violence against women and girls</source>
        <translation>Rapporteur·e spécial·e sur la violence contre les femmes et les filles</translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of opinion and expression</source>
        <translation>Rapporteur·e spécial·e sur la liberté d&apos;opinion et d&apos;expression</translation>
    </message>
    <message>
        <source>Special Rapporteur on torture</source>
        <translation>Rapporteur·e spécial·e sur la torture</translation>
    </message>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Groupe de travail sur la détention arbitraire</translation>
    </message>
    <message>
        <source>Working Group on Enforced or Involuntary Disappearances</source>
        <translation>Groupe de travail sur les disparitions forcées ou involontaires</translation>
    </message>
    <message>
        <source>Who is this dossier for?</source>
        <translation>À qui ce dossier est-il destiné&#x202f;?</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>&amp;Language of the dossier:</source>
        <translation>&amp;Langue du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>Type a mandate and press Enter</source>
        <translation>Saisissez un mandat et appuyez sur Entrée</translation>
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
        <source>UN mandates addressed</source>
        <translation>Mandats des Nations Unies saisis</translation>
    </message>
    <message>
        <source>Urgent appeal (risk of imminent harm)</source>
        <translation>Appel urgent (risque de préjudice imminent)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <source>Your organisation (the mechanism keeps it confidential)</source>
        <translation>Votre organisation (le mécanisme en préserve la confidentialité)</translation>
    </message>
    <message>
        <source>For the UN</source>
        <translation>Pour les Nations Unies</translation>
    </message>
    <message>
        <source>Mandates:</source>
        <translation>Mandats&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Submitted by:</source>
        <translation>&amp;Soumis par&#xa0;:</translation>
    </message>
    <message>
        <source>Other support sought or received</source>
        <translation>Autres soutiens demandés ou reçus</translation>
    </message>
    <message>
        <source>Other support sought or received (funders ask, to avoid double funding)</source>
        <translation>Autres soutiens demandés ou reçus (demandé par les bailleurs, pour éviter un double financement)</translation>
    </message>
    <message>
        <source>For the protection organisation</source>
        <translation>Pour l&apos;organisation de protection</translation>
    </message>
    <message>
        <source>Support requested:</source>
        <translation>Soutien demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty for: %1</source>
        <translation>Laisser vide pour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReprisalDialog</name>
    <message>
        <source>Possible reprisal for export %1</source>
        <translation>Représailles possibles à l&apos;exportation %1</translation>
    </message>
    <message>
        <source>Choose the incident that may be a reprisal for this export (%1, to %2). It is recorded on the incident.</source>
        <translation>Choisissez l&apos;incident qui pourrait constituer des représailles à cette exportation (%1, vers %2). Cela est enregistré dans l&apos;incident.</translation>
    </message>
    <message>
        <source>Search incidents…</source>
        <translation>Rechercher des incidents…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Rechercher des incidents</translation>
    </message>
    <message>
        <source>Only incidents dated after the export</source>
        <translation>Uniquement les incidents datés après l&apos;exportation</translation>
    </message>
    <message>
        <source>Later incidents</source>
        <translation>Incidents ultérieurs</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marquer</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System language</source>
        <extracomment>Interface languages, each in its own name; &quot;&quot; follows the system&apos;s language. A new language needs its catalog too (README, &quot;Adding a language&quot;).</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Verrouiller quand la fenêtre est réduite</translation>
    </message>
    <message>
        <source>Remember the last vault&apos;s location on this device (off: nothing is stored)</source>
        <translation>Mémoriser l&apos;emplacement du dernier coffre-fort sur cet appareil (désactivé&#xa0;: rien n&apos;est enregistré)</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après une période d&apos;inactivité</translation>
    </message>
    <message>
        <source>Clear copied text after</source>
        <translation>Effacer le texte copié après</translation>
    </message>
    <message>
        <source>Keep sealed originals of imported evidence in this vault (off: only their SHA-256 is kept, safer if the laptop may be seized)</source>
        <translation>Conserver les originaux scellés des preuves importées dans ce coffre (désactivé : seul leur SHA-256 est gardé, plus sûr si l&apos;ordinateur risque d&apos;être saisi)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation>Mémoriser ce coffre-fort sur cet appareil</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Oublier cet appareil</translation>
    </message>
    <message>
        <source>Remember on this device (convenience)</source>
        <translation>Mémoriser sur cet appareil (confort)</translation>
    </message>
    <message>
        <source>Convenience only: weaker against someone who gets your logged-in laptop or malware running as you. The passphrase keeps working, and a vault copied to another machine never opens with this.</source>
        <translation>Pour le confort uniquement&#xa0;: protège moins contre une personne qui accède à votre ordinateur portable avec votre session ouverte ou contre un logiciel malveillant exécuté sous votre compte. La phrase secrète continue de fonctionner, et un coffre-fort copié sur une autre machine ne s&apos;ouvre jamais ainsi.</translation>
    </message>
    <message>
        <source>Looking for a system keychain…</source>
        <translation>Recherche d&apos;un trousseau système…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>This vault can now be unlocked on this device without the passphrase.</source>
        <translation>Ce coffre-fort peut désormais être déverrouillé sur cet appareil sans la phrase secrète.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>Cet appareil ne mémorise plus le coffre-fort.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>DefenderDoc — Unlock vault</source>
        <translation>DefenderDoc — Déverrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre-fort</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <source>Unlock a DefenderDoc vault</source>
        <translation>Déverrouiller un coffre-fort DefenderDoc</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un coffre-fort…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: wait %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives&#xa0;: patientez %n seconde.</numerusform>
            <numerusform>Trop de tentatives&#xa0;: patientez %n secondes.</numerusform>
        </translation>
    </message>
</context>
</TS>
