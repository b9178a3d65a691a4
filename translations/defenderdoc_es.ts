<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>This is the fictional demo vault. Its passphrase is: %1</source>
        <translation>Esta es la bóveda de demostración, con datos ficticios. Su frase de contraseña es: %1</translation>
    </message>
    <message>
        <source>Creating the fictional demo vault…</source>
        <translation>Creando la bóveda de demostración con datos ficticios…</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <extracomment>The codes the audit chain stores, in words; an unknown code is shown as stored.</extracomment>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Imported in bulk</source>
        <translation>Importado en bloque</translation>
    </message>
    <message>
        <source>Evidence received (custody)</source>
        <translation>Prueba recibida (cadena de custodia)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportación fallida</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Victim link</source>
        <translation>Vínculo de víctima</translation>
    </message>
    <message>
        <source>Authorities&apos; response</source>
        <translation>Respuesta de las autoridades</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Evaluación de riesgo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Vocabulary term</source>
        <translation>Término de vocabulario</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Registro de exportación</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>Ajustes de la bóveda</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by action, record or person…</source>
        <translation>Filtrar por acción, registro o persona…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
        <source>Verify the vault</source>
        <translation>Verificar la bóveda</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Verifying the database, every evidence file and the audit chain…</source>
        <translation>Verificando la base de datos, cada archivo de prueba y la cadena de auditoría…</translation>
    </message>
    <message>
        <source>Verifying… %1 of %2</source>
        <translation>Verificando… %1 de %2</translation>
    </message>
    <message>
        <source>Everything verified: nothing is damaged or missing.</source>
        <translation>Todo verificado: nada está dañado ni falta nada.</translation>
    </message>
    <message>
        <source>Problems found — restore from a backup.</source>
        <translation>Se encontraron problemas: restaure desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Database: intact</source>
        <translation>Base de datos: intacta</translation>
    </message>
    <message>
        <source>Database: damaged</source>
        <translation>Base de datos: dañada</translation>
    </message>
    <message>
        <source>Evidence files: %1 checked, %2 damaged or missing</source>
        <translation>Archivos de prueba: %1 comprobados, %2 dañados o ausentes</translation>
    </message>
    <message>
        <source>Evidence files without a record (kept, not deleted): %1</source>
        <translation>Archivos de prueba sin registro (conservados, no eliminados): %1</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, intact</source>
        <translation>Registro de auditoría: %1 entradas, intacto</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, BROKEN</source>
        <translation>Registro de auditoría: %1 entradas, ROTO</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>Oficina local</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Create a recovery code (recommended for organisations; shown once)</source>
        <translation>Crear un código de recuperación (recomendado para organizaciones; se muestra una sola vez)</translation>
    </message>
    <message>
        <source>Keep sealed originals of evidence (encrypted, with their metadata)</source>
        <translation>Conservar los originales sellados de las pruebas (cifrados, con sus metadatos)</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nombre de la bóveda</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Choose a long passphrase, for example several unrelated words. Nobody can recover the vault without it (or the recovery code).</source>
        <translation>Elija una frase de contraseña larga, por ejemplo varias palabras sin relación entre sí. Nadie puede recuperar la bóveda sin ella (o sin el código de recuperación).</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Measuring this computer to set the key-derivation cost (about a second)…</source>
        <translation>Midiendo este equipo para fijar el coste de derivación de la clave (alrededor de un segundo)…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this laptop. It is shown only once.</source>
        <translation>Anote este código y guárdelo en un lugar seguro, lejos de este portátil. Solo se muestra una vez.</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>Ya lo he guardado</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Submission to the UN Special Procedures</source>
        <translation>Comunicación a los Procedimientos Especiales de la ONU</translation>
    </message>
    <message>
        <source>UN Special Procedures (OHCHR)</source>
        <translation>Procedimientos Especiales de la ONU (ACNUDH)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — source to be kept confidential</source>
        <translation>CONFIDENCIAL — la fuente debe mantenerse confidencial</translation>
    </message>
    <message>
        <source>Communication to UN mandates, ordered as OHCHR asks.</source>
        <translation>Comunicación a mandatos de la ONU, en el orden que pide el ACNUDH.</translation>
    </message>
    <message>
        <source>Report of an enforced or involuntary disappearance</source>
        <translation>Denuncia de una desaparición forzada o involuntaria</translation>
    </message>
    <message>
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <translation>Grupo de Trabajo de la ONU sobre Desapariciones Forzadas o Involuntarias</translation>
    </message>
    <message>
        <source>The six elements the Working Group requires.</source>
        <translation>Los seis elementos que exige el Grupo de Trabajo.</translation>
    </message>
    <message>
        <source>Emergency protection request</source>
        <translation>Solicitud de protección urgente</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>Organización de protección</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — share only with consented partners</source>
        <translation>CONFIDENCIAL — compartir solo con socios autorizados</translation>
    </message>
    <message>
        <source>For emergency grants or relocation (EU ProtectDefenders, Front Line Defenders style).</source>
        <translation>Para subvenciones de emergencia o reubicación (al estilo de ProtectDefenders.eu o Front Line Defenders).</translation>
    </message>
    <message>
        <source>Internal legal brief</source>
        <translation>Informe jurídico interno</translation>
    </message>
    <message>
        <source>The organisation&apos;s own lawyers</source>
        <translation>Abogadas y abogados de la organización</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL — internal use only</source>
        <translation>ESTRICTAMENTE CONFIDENCIAL — solo uso interno</translation>
    </message>
    <message>
        <source>Full detail for the organisation&apos;s lawyers; never sent out.</source>
        <translation>Todo el detalle para el equipo jurídico de la organización; nunca se envía fuera.</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>Informe público</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>El público</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>PÚBLICO</translation>
    </message>
    <message>
        <source>Maximal redaction: no individual can be identified.</source>
        <translation>Supresión máxima: no se puede identificar a ninguna persona.</translation>
    </message>
</context>
<context>
    <name>DossierExporter</name>
    <message>
        <source>Export the dossier</source>
        <translation>Exportar el expediente</translation>
    </message>
    <message>
        <source>Dossier written; SHA-256 %1; logged as export %2.</source>
        <translation>Expediente guardado; SHA-256 %1; registrado como exportación %2.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Exportación cancelada. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>What leaves</source>
        <translation>Qué sale</translation>
    </message>
    <message>
        <source>Preview and export</source>
        <translation>Vista previa y exportación</translation>
    </message>
    <message>
        <source>Steps of the dossier</source>
        <translation>Pasos del expediente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Build a dossier</source>
        <translation>Preparar un expediente</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Registro de exportaciones</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Paso %1 de 4: %2</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>Choose at least one incident in step 2.</source>
        <translation>Elija al menos un incidente en el paso 2.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message>
        <source>No pages are shown while a consent conflict blocks the export.</source>
        <translation>No se muestran páginas mientras un conflicto de consentimiento bloquee la exportación.</translation>
    </message>
    <message>
        <source>The pages are prepared in step 4.</source>
        <translation>Las páginas se preparan en el paso 4.</translation>
    </message>
    <message>
        <source>Export blocked by a consent conflict.</source>
        <translation>Exportación bloqueada por un conflicto de consentimiento.</translation>
    </message>
    <message>
        <source>Export is disabled while a consent conflict stands (see above).</source>
        <translation>La exportación está desactivada mientras persista un conflicto de consentimiento (véase arriba).</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The file is empty; there is nothing to clean.</source>
        <translation>El archivo está vacío; no hay nada que limpiar.</translation>
    </message>
    <message>
        <source>This file type cannot be cleaned of metadata, so no clean copy was made.</source>
        <translation>No se pueden eliminar los metadatos de este tipo de archivo, así que no se hizo una copia limpia.</translation>
    </message>
    <message>
        <source>Old binary Office files (.doc, .xls, .ppt) cannot be cleaned. Save the file as .docx/.xlsx/.pptx or PDF and import it again.</source>
        <translation>Los antiguos archivos binarios de Office (.doc, .xls, .ppt) no se pueden limpiar. Guarde el archivo como .docx/.xlsx/.pptx o PDF e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Programs and scripts are not accepted as evidence copies.</source>
        <translation>No se aceptan programas ni scripts como copias de prueba.</translation>
    </message>
    <message>
        <source>PostScript/EPS files can run code when opened and cannot be cleaned safely.</source>
        <translation>Los archivos PostScript/EPS pueden ejecutar código al abrirse y no se pueden limpiar de forma segura.</translation>
    </message>
    <message>
        <source>SVG and HTML files can contain scripts and cannot be cleaned safely.</source>
        <translation>Los archivos SVG y HTML pueden contener scripts y no se pueden limpiar de forma segura.</translation>
    </message>
    <message>
        <source>Windows Media (WMV/WMA/ASF) files cannot be cleaned. Convert to MP4 first.</source>
        <translation>Los archivos Windows Media (WMV/WMA/ASF) no se pueden limpiar. Conviértalos antes a MP4.</translation>
    </message>
    <message>
        <source>The image is too large to process safely (possible decompression bomb).</source>
        <translation>La imagen es demasiado grande para procesarla de forma segura (posible bomba de descompresión).</translation>
    </message>
    <message>
        <source>The document unpacks to far more data than it contains (possible zip bomb).</source>
        <translation>El documento se descomprime en muchos más datos de los que contiene (posible bomba zip).</translation>
    </message>
    <message>
        <source>The file is too large for this format to be cleaned in memory.</source>
        <translation>El archivo es demasiado grande para limpiar este formato en memoria.</translation>
    </message>
    <message>
        <source>The file is damaged or not what it claims to be, so it could not be cleaned.</source>
        <translation>El archivo está dañado o no es lo que dice ser, así que no se pudo limpiar.</translation>
    </message>
    <message>
        <source>The file is password-protected; remove the password and import it again.</source>
        <translation>El archivo está protegido con contraseña; quite la contraseña e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The text file is not valid UTF-8; save it as UTF-8 and import it again.</source>
        <translation>El archivo de texto no es UTF-8 válido; guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file contains parts that cannot be cleaned safely.</source>
        <translation>El archivo contiene partes que no se pueden limpiar de forma segura.</translation>
    </message>
    <message>
        <source>The cleaned copy did not pass verification, so it was discarded.</source>
        <translation>La copia limpia no superó la verificación, así que se descartó.</translation>
    </message>
    <message>
        <source>Cleaning took too long and was stopped (the file may be hostile).</source>
        <translation>La limpieza tardaba demasiado y se detuvo (el archivo puede ser malicioso).</translation>
    </message>
    <message>
        <source>Cleaning needed too much memory and was stopped (the file may be hostile).</source>
        <translation>La limpieza necesitaba demasiada memoria y se detuvo (el archivo puede ser malicioso).</translation>
    </message>
    <message>
        <source>The cleaning process stopped unexpectedly; no clean copy was made.</source>
        <translation>El proceso de limpieza se detuvo de forma inesperada; no se hizo ninguna copia limpia.</translation>
    </message>
    <message>
        <source>The evidence file could not be processed.</source>
        <translation>No se pudo procesar el archivo de prueba.</translation>
    </message>
    <message>
        <source>Rebuilt from the decoded pixels (TIFF tags cannot be removed in place); pixel values are unchanged.</source>
        <translation>Reconstruida a partir de los píxeles decodificados (las etiquetas TIFF no se pueden eliminar in situ); los valores de los píxeles no cambian.</translation>
    </message>
    <message>
        <source>Re-encoded as PNG: HEIC/HEIF/AVIF has no lossless cleaning path. Only the main image was kept, turned upright.</source>
        <translation>Recodificada como PNG: HEIC/HEIF/AVIF no admite una limpieza sin pérdida. Solo se conservó la imagen principal, enderezada.</translation>
    </message>
    <message>
        <source>Tracked changes were accepted and comments removed, because they record who edited the document and what was deleted.</source>
        <translation>Se aceptaron los cambios registrados y se eliminaron los comentarios, porque revelan quién editó el documento y qué se borró.</translation>
    </message>
    <message>
        <source>Some embedded objects or external links could not be cleaned and were removed.</source>
        <translation>Algunos objetos incrustados o vínculos externos no se pudieron limpiar y se eliminaron.</translation>
    </message>
    <message>
        <source>The recording was incomplete; the cleaned copy holds the audio that was present.</source>
        <translation>La grabación estaba incompleta; la copia limpia contiene el audio que había.</translation>
    </message>
    <message>
        <source>Metadata tracks (location, faces, timecode) were removed; video and audio are unchanged.</source>
        <translation>Se eliminaron las pistas de metadatos (ubicación, rostros, código de tiempo); el vídeo y el audio no cambian.</translation>
    </message>
    <message>
        <source>Scripts, automatic actions, attachments or earlier versions were removed from the PDF.</source>
        <translation>Se eliminaron del PDF los scripts, las acciones automáticas, los adjuntos o las versiones anteriores.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Import it again once nothing writes to it.</source>
        <translation>El archivo cambió mientras se importaba. Impórtelo de nuevo cuando nada esté escribiendo en él.</translation>
    </message>
    <message>
        <source>The file name&apos;s extension does not match its content.</source>
        <translation>La extensión del nombre del archivo no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be independently verified, so it was not kept.</source>
        <translation>La copia limpia no se pudo verificar de forma independiente, así que no se conservó.</translation>
    </message>
    <message>
        <source>Only regular files can be imported (not links, folders, pipes or devices).</source>
        <translation>Solo se pueden importar archivos normales (no vínculos, carpetas, tuberías ni dispositivos).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Metadata report</source>
        <extracomment>Kinds whose cleaned copy is written in another format.</extracomment>
        <translation>Informe de metadatos</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 del original</translation>
    </message>
    <message>
        <source>SHA-256 of the cleaned copy</source>
        <translation>SHA-256 de la copia limpia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copiar el %1</translation>
    </message>
    <message>
        <source>Export cleaned copy…</source>
        <translation>Exportar la copia limpia…</translation>
    </message>
    <message>
        <source>Export original…</source>
        <translation>Exportar el original…</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Select an item to see its cleaned copy, its metadata report and its hashes.</source>
        <translation>Seleccione un elemento para ver su copia limpia, su informe de metadatos y sus hashes.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The original was not kept.</source>
        <translation>El original no se conservó.</translation>
    </message>
    <message>
        <source>Decrypting the preview…</source>
        <translation>Descifrando la vista previa…</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>limpio</translation>
    </message>
    <message>
        <source>not cleaned</source>
        <translation>sin limpiar</translation>
    </message>
    <message>
        <source>original not kept</source>
        <translation>original no conservado</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Copiado. El portapapeles se vaciará en %1 segundos.</translation>
    </message>
    <message>
        <source>Export the original?</source>
        <translation>¿Exportar el original?</translation>
    </message>
    <message>
        <source>The original still carries all its identifying metadata: it can reveal where and when it was made, on which device, and by whom (GPS position, camera serial number, author). Anyone who receives the file can read it.

Export the original only to an encrypted place, or when a court or mechanism asks for it. For everything else, export the cleaned copy.</source>
        <translation>El original conserva todos sus metadatos identificativos: puede revelar dónde y cuándo se creó, con qué dispositivo y quién lo hizo (posición GPS, número de serie de la cámara, autoría). Cualquier persona que reciba el archivo puede leerlos.

Exporte el original solo a un lugar cifrado, o cuando lo solicite un tribunal o un mecanismo. Para todo lo demás, exporte la copia limpia.</translation>
    </message>
    <message>
        <source>Export the original</source>
        <translation>Exportar el original</translation>
    </message>
    <message>
        <source>Export cleaned copy</source>
        <translation>Exportar la copia limpia</translation>
    </message>
    <message>
        <source>Export original</source>
        <translation>Exportar el original</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported. SHA-256 of the written file: %1</source>
        <translation>Exportado. SHA-256 del archivo escrito: %1</translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation>Exportación terminada.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Incident the imported files belong to</source>
        <translation>Incidente al que pertenecen los archivos importados</translation>
    </message>
    <message>
        <source>&amp;Attach to:</source>
        <translation>&amp;Vincular a:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Importar pruebas</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Ningún incidente</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Ya hay una importación en curso; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>Import evidence files</source>
        <translation>Importar archivos de prueba</translation>
    </message>
    <message>
        <source>Import every file in a folder</source>
        <translation>Importar todos los archivos de una carpeta</translation>
    </message>
    <message>
        <source>Drop to import into the incident chosen here.</source>
        <translation>Suelte aquí para importar en el incidente elegido.</translation>
    </message>
    <message>
        <source>…or drop files and folders anywhere on this page.</source>
        <translation>…o suelte archivos y carpetas en cualquier parte de esta página.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>There is no cleaned copy to show.</source>
        <extracomment>Original kinds whose cleaned copy can be shown (HEIF/AVIF are cleaned into PNG). Detected kind of the cleaned bytes -&gt; the only Qt decoder allowed for it. The format is never guessed from content, so no SVG or PDF image plugin can be reached this way. Longest side of a preview image; the vault keeps the full-size copy. &quot;no_copy&quot;, &quot;not_previewable&quot; or &quot;unreadable&quot; when there is nothing to show.</extracomment>
        <translation>No hay ninguna copia limpia que mostrar.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Its details and hashes are shown here; export the cleaned copy to open it in another program.</source>
        <translation>No hay vista previa para este tipo de archivo. Aquí se muestran sus detalles y hashes; exporte la copia limpia para abrirla con otro programa.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be shown.</source>
        <translation>No se pudo mostrar la copia limpia.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview of the cleaned copy</source>
        <translation>Vista previa de la copia limpia</translation>
    </message>
    <message>
        <source>Drag to mark an area to black out. Page Up and Page Down select an area, the arrow keys move it, Shift with the arrow keys resizes it, Delete removes it.</source>
        <translation>Arrastre para marcar una zona que tachar. Re Pág y Av Pág seleccionan una zona, las flechas la mueven, Mayús con las flechas cambia su tamaño y Supr la elimina.</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Añadir zona</translation>
    </message>
    <message>
        <source>Remove selected area</source>
        <translation>Quitar la zona seleccionada</translation>
    </message>
    <message>
        <source>Clear all areas</source>
        <translation>Quitar todas las zonas</translation>
    </message>
    <message>
        <source>Adds an area in the middle; move it with the arrow keys</source>
        <translation>Añade una zona en el centro; muévala con las flechas</translation>
    </message>
    <message>
        <source>Removes the selected area</source>
        <translation>Quita la zona seleccionada</translation>
    </message>
    <message>
        <source>Removes every marked area</source>
        <translation>Quita todas las zonas marcadas</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>the first %n page(s) are previewed</source>
        <translation>
            <numerusform>se muestra la primera página</numerusform>
            <numerusform>se muestran las primeras %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview is hidden in discreet mode (Ctrl+Shift+D to show it).</source>
        <translation>La vista previa está oculta en modo discreto (Ctrl+Mayús+D para mostrarla).</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked. They are blacked out whenever the image leaves the vault (dossiers and exports); the cleaned copy itself is never changed.</source>
        <translation>
            <numerusform>%n zona marcada. Se tacha cada vez que la imagen sale de la bóveda (expedientes y exportaciones); la copia limpia en sí nunca se modifica.</numerusform>
            <numerusform>%n zonas marcadas. Se tachan cada vez que la imagen sale de la bóveda (expedientes y exportaciones); la copia limpia en sí nunca se modifica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag over the image to mark an area to black out.</source>
        <translation>Arrastre sobre la imagen para marcar una zona que tachar.</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <source>GPS position and place</source>
        <translation>posición GPS y lugar</translation>
    </message>
    <message>
        <source>camera or device details</source>
        <translation>datos de la cámara o del dispositivo</translation>
    </message>
    <message>
        <source>author and owner</source>
        <translation>autoría y propiedad</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>fechas y horas</translation>
    </message>
    <message>
        <source>software used</source>
        <translation>programas utilizados</translation>
    </message>
    <message>
        <source>embedded thumbnails</source>
        <translation>miniaturas incrustadas</translation>
    </message>
    <message>
        <source>document history</source>
        <translation>historial del documento</translation>
    </message>
    <message>
        <source>embedded content</source>
        <translation>contenido incrustado</translation>
    </message>
    <message>
        <source>scripts and macros</source>
        <translation>scripts y macros</translation>
    </message>
    <message>
        <source>other metadata</source>
        <translation>otros metadatos</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>No se indicó ningún motivo.</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — rechazado: %2</translation>
    </message>
    <message>
        <source>%1 — cleaned: %2 (fields removed: %3)</source>
        <translation>%1 — limpio: %2 (campos eliminados: %3)</translation>
    </message>
    <message>
        <source>%1 — stored as is, without a cleaned copy</source>
        <translation>%1 — guardado tal cual, sin copia limpia</translation>
    </message>
    <message>
        <source>%1 — cleaned: no identifying metadata was found</source>
        <translation>%1 — limpio: no se encontraron metadatos identificativos</translation>
    </message>
    <message>
        <source>Found in the original</source>
        <translation>Encontrado en el original</translation>
    </message>
    <message>
        <source>No identifying metadata was found.</source>
        <translation>No se encontraron metadatos identificativos.</translation>
    </message>
    <message>
        <source>In the cleaned copy</source>
        <translation>En la copia limpia</translation>
    </message>
    <message>
        <source>Nothing. Every field above was removed, and the copy was checked again.</source>
        <translation>Nada. Se eliminaron todos los campos anteriores y la copia se volvió a comprobar.</translation>
    </message>
    <message>
        <source>There is no cleaned copy: this item was stored as is and is never exported.</source>
        <translation>No hay copia limpia: este elemento se guardó tal cual y nunca se exporta.</translation>
    </message>
    <message>
        <source>The original was not kept; only its hash was recorded.</source>
        <translation>El original no se conservó; solo se registró su hash.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>not cleaned</source>
        <translation>sin limpiar</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>limpio</translation>
    </message>
    <message>
        <source>cleaned, original not kept</source>
        <translation>limpio, original no conservado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Date (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Registro de exportaciones</translation>
    </message>
    <message>
        <source>Mark a later incident as &amp;possible reprisal…</source>
        <translation>Marcar un incidente posterior como &amp;posible represalia…</translation>
    </message>
    <message>
        <source>No dossier has been exported from this vault yet.</source>
        <translation>Todavía no se ha exportado ningún expediente de esta bóveda.</translation>
    </message>
    <message>
        <source>Incident %1 is now recorded as a possible reprisal for export %2.</source>
        <translation>El incidente %1 queda registrado como posible represalia por la exportación %2.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the import results</source>
        <translation>Ocultar los resultados de la importación</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo después del archivo actual…</translation>
    </message>
    <message>
        <source>Importing and cleaning…</source>
        <translation>Importando y limpiando…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: %1. The remaining files were not imported.</source>
        <translation>Importación cancelada: %1. Los archivos restantes no se importaron.</translation>
    </message>
    <message>
        <source>No files were found to import.</source>
        <translation>No se encontraron archivos que importar.</translation>
    </message>
    <message>
        <source>The import stopped: %1 So far: %2.</source>
        <translation>La importación se detuvo: %1 Hasta ahora: %2.</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>no consent recorded</source>
        <translation>no consta ningún consentimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>Etapa del proceso migratorio</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Edit incident</source>
        <translation>Editar el incidente</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>A short, factual title</source>
        <translation>Un título breve y objetivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Record exact coordinates (sensitive)</source>
        <translation>Registrar las coordenadas exactas (dato sensible)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Link to the State</source>
        <translation>Vínculo con el Estado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Basis of attribution</source>
        <translation>Fundamento de la atribución</translation>
    </message>
    <message>
        <source>Add perpetrator</source>
        <translation>Añadir autor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir gestión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Person (pseudonym)</source>
        <translation>Persona (seudónimo)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>Etapa del proceso migratorio</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Who was targeted</source>
        <translation>A quién se atacó</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Quién es responsable</translation>
    </message>
    <message>
        <source>Authorities informed and their response</source>
        <translation>Autoridades informadas y su respuesta</translation>
    </message>
    <message>
        <source>Follow-up and protection measures</source>
        <translation>Seguimiento y medidas de protección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 has not consented to disclosure of the name to the State.</source>
        <translation>%1 no ha dado su consentimiento para que su nombre se comunique al Estado.</translation>
    </message>
    <message>
        <source>No place recorded: the WGEID requires a last-seen place.</source>
        <translation>No consta ningún lugar: el GTDFI exige el último lugar en que se vio a la persona.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Las fechas se escriben AAAA-MM-DD, por ejemplo 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>IncidentFilterControls</name>
    <message>
        <source>from YYYY-MM-DD</source>
        <extracomment>filter key -&gt; vocabulary, in the order the pickers are shown</extracomment>
        <translation>desde AAAA-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>hasta AAAA-MM-DD</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta %1</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Search titles, narratives and places…</source>
        <translation>Buscar en títulos, relatos y lugares…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Buscar incidentes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Selected incident</source>
        <translation>Incidente seleccionado</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match</source>
        <translation>
            <numerusform>%n incidente coincide</numerusform>
            <numerusform>%n incidentes coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsStep</name>
    <message>
        <source>Search titles, narratives and places…</source>
        <translation>Buscar en títulos, relatos y lugares…</translation>
    </message>
    <message>
        <source>Search incidents to add</source>
        <translation>Buscar incidentes que añadir</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>desde AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Incidents from (date)</source>
        <translation>Incidentes desde (fecha)</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>hasta AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Incidents until (date)</source>
        <translation>Incidentes hasta (fecha)</translation>
    </message>
    <message>
        <source>Incidents found</source>
        <translation>Incidentes encontrados</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Añadir los seleccionados</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Add this person’s &amp;full history</source>
        <translation>Añadir el &amp;historial completo de esta persona</translation>
    </message>
    <message>
        <source>A person’s full history</source>
        <translation>El historial completo de una persona</translation>
    </message>
    <message>
        <source>Incidents in this dossier</source>
        <translation>Incidentes de este expediente</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Quitar todos</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Todos los países</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · %n incidente</numerusform>
            <numerusform>%1 · %n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in this dossier</source>
        <translation>
            <numerusform>%n incidente en este expediente</numerusform>
            <numerusform>%n incidentes en este expediente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n &amp;matching</source>
        <translation>
            <numerusform>Añadir el incidente &amp;coincidente (%n)</numerusform>
            <numerusform>Añadir los %n incidentes &amp;coincidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>No trusted system keychain was found on this device (for example, a headless session or no Secret Service). The vault can only be unlocked with its passphrase.</source>
        <extracomment>Backends that keep secrets in the OS&apos;s protected store.</extracomment>
        <translation>No se encontró ningún llavero del sistema de confianza en este dispositivo (por ejemplo, en una sesión sin entorno gráfico o sin Secret Service). La bóveda solo se puede desbloquear con su frase de contraseña.</translation>
    </message>
    <message>
        <source>Remembering the vault on this device is switched off.</source>
        <translation>Recordar la bóveda en este dispositivo está desactivado.</translation>
    </message>
</context>
<context>
    <name>LeavesStep</name>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Consent conflicts and missing information</source>
        <translation>Conflictos de consentimiento e información que falta</translation>
    </message>
    <message>
        <source>&amp;Use pseudonyms instead of legal names</source>
        <translation>&amp;Usar seudónimos en lugar de nombres legales</translation>
    </message>
    <message>
        <source>Checking consent and completeness…</source>
        <translation>Comprobando el consentimiento y la integridad…</translation>
    </message>
    <message>
        <source>Blocks export: %1</source>
        <translation>Bloquea la exportación: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Export is blocked until the conflicts below are fixed.</source>
        <translation>La exportación está bloqueada hasta que se resuelvan los conflictos siguientes.</translation>
    </message>
    <message>
        <source>No consent conflicts. The recipient may still expect what is missing.</source>
        <translation>No hay conflictos de consentimiento. Puede que el destinatario espere aún lo que falta.</translation>
    </message>
    <message>
        <source>No consent conflicts and nothing missing.</source>
        <translation>No hay conflictos de consentimiento y no falta nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be included,</source>
        <translation>
            <numerusform>Se incluirá %n incidente,</numerusform>
            <numerusform>Se incluirán %n incidentes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named or coded;</source>
        <translation>
            <numerusform>%n persona con nombre o código;</numerusform>
            <numerusform>%n personas con nombre o código;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld (see step 4).</source>
        <translation>
            <numerusform>%n elemento reservado (véase el paso 4).</numerusform>
            <numerusform>%n elementos reservados (véase el paso 4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation>Personas y organizaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>DefenderDoc</source>
        <translation>DefenderDoc</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Estado de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Modo &amp;discreto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unlocked · vault “%1” · auto-lock in %2:%3</source>
        <translation>Desbloqueada · bóveda «%1» · bloqueo automático en %2:%3</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and quit?</source>
        <translation>Todavía hay una importación o exportación en curso. ¿Detenerla y salir?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Ctrl+F  buscar incidentes
Ctrl+N  nuevo incidente
Ctrl+E  editar la selección
Ctrl+I  importar pruebas
Ctrl+P  nuevo expediente
Ctrl+Mayús+L  bloquear ahora (emergencia)
Ctrl+Mayús+D  modo discreto
Alt+1 … Alt+7  ir a una sección
F1  esta lista</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase. The vault was not changed.</source>
        <translation>Frase de contraseña incorrecta. La bóveda no se modificó.</translation>
    </message>
    <message>
        <source>No vault was found at this location.</source>
        <translation>No se encontró ninguna bóveda en esta ubicación.</translation>
    </message>
    <message>
        <source>Something already exists at this location; nothing was overwritten.</source>
        <translation>Ya existe algo en esta ubicación; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation>La bóveda está dañada. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.hdr) is damaged. Restore it from a backup.</source>
        <translation>El archivo de claves de la bóveda (vault.hdr) está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Restore it from a backup.</source>
        <translation>La base de datos de la bóveda está dañada. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different vaults.</source>
        <translation>El archivo de claves y la base de datos pertenecen a bóvedas distintas.</translation>
    </message>
    <message>
        <source>The vault is open in another DefenderDoc window or process.</source>
        <translation>La bóveda está abierta en otra ventana o proceso de DefenderDoc.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters, for example several unrelated words.</source>
        <translation>Elija una frase de contraseña de al menos 8 caracteres, por ejemplo varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of DefenderDoc.</source>
        <translation>Esta bóveda se creó con una versión más reciente de DefenderDoc.</translation>
    </message>
    <message>
        <source>This device no longer holds the vault&apos;s remembered key. Unlock with the passphrase; nothing was lost.</source>
        <translation>Este dispositivo ya no guarda la clave recordada de la bóveda. Desbloquéela con la frase de contraseña; no se perdió nada.</translation>
    </message>
    <message>
        <source>No trusted system keychain is available, so the vault cannot be remembered on this device.</source>
        <translation>No hay ningún llavero del sistema de confianza disponible, así que la bóveda no se puede recordar en este dispositivo.</translation>
    </message>
    <message>
        <source>Not enough disk space. Nothing was half-written; free some space and try again.</source>
        <translation>No hay suficiente espacio en disco. No quedó nada a medio escribir; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se modificó nada.</translation>
    </message>
    <message>
        <source>Some of the information entered is not valid.</source>
        <translation>Parte de la información introducida no es válida.</translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation>El registro no existe.</translation>
    </message>
    <message>
        <source>Something went wrong; your vault is intact.</source>
        <translation>Algo salió mal; su bóveda está intacta.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sólida</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>{dimension} (main categories)</source>
        <translation>{dimension} (categorías principales)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Category keys that are not vocabulary codes. They start with &quot;_&quot;, which no vocabulary code can (see ``vocab._CODE``), so they never collide.</extracomment>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>No person linked</source>
        <translation>Ninguna persona vinculada</translation>
    </message>
    <message>
        <source>Date known only to the year</source>
        <translation>Fecha conocida solo por el año</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>Tipo de perpetrador</translation>
    </message>
    <message>
        <source>State or non-State actor</source>
        <translation>Actor estatal o no estatal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>Etapa del proceso migratorio</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Documentation status</source>
        <translation>Estado de la documentación</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>Respuesta de las autoridades</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Sex characteristics</source>
        <translation>Características sexuales</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Orientación sexual</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Situación migratoria</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Indigenous identity</source>
        <translation>Identidad indígena</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation>Religión o creencia</translation>
    </message>
    <message>
        <source>Pregnancy status</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Occupation or sector</source>
        <translation>Ocupación o sector</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>Rol en el incidente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Totals count each incident or person once; one that falls in several categories is counted in each, so the cells can add up to more than the total.</source>
        <translation>Los totales cuentan cada incidente o persona una sola vez; si corresponde a varias categorías, se cuenta en cada una, por lo que las celdas pueden sumar más que el total.</translation>
    </message>
    <message>
        <source>No small-cell suppression: for use inside the organisation only.</source>
        <translation>Sin supresión de celdas pequeñas: solo para uso dentro de la organización.</translation>
    </message>
    <message>
        <source>Values below {threshold}, and further values from which they could be worked out, are suppressed.</source>
        <translation>Se suprimen los valores inferiores a {threshold} y los demás valores a partir de los cuales podrían deducirse.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Persons affected</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Only %1 of the %2 columns fit on this page; the CSV export has them all.</source>
        <translation>Solo %1 de las %2 columnas caben en esta página; la exportación CSV las tiene todas.</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>(none)</source>
        <extracomment>Row/column dimensions offered, with the level used for hierarchical ones. Dimensions a clicked cell can be listed by, and how they map to incident filters.</extracomment>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Show as it would leave the vault (small cells suppressed)</source>
        <translation>Mostrar tal como saldría de la bóveda (celdas pequeñas suprimidas)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF page…</source>
        <translation>Exportar página PDF…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contar</translation>
    </message>
    <message>
        <source>Suppress cells below</source>
        <translation>Suprimir celdas por debajo de</translation>
    </message>
    <message>
        <source>Cross-tabulation</source>
        <translation>Tabla cruzada</translation>
    </message>
    <message>
        <source>Incidents in the selected cell</source>
        <translation>Incidentes de la celda seleccionada</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Signals: escalation and possible reprisals</source>
        <translation>Señales: escalada y posibles represalias</translation>
    </message>
    <message>
        <source>Incidents in the selected cell (in the vault only)</source>
        <translation>Incidentes de la celda seleccionada (solo dentro de la bóveda)</translation>
    </message>
    <message>
        <source>Only incidents</source>
        <translation>Solo incidentes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Escriba las fechas como AAAA-MM-DD, por ejemplo 2026-03-14.</translation>
    </message>
    <message>
        <source>Per month, %1 to %2</source>
        <translation>Por mes, de %1 a %2</translation>
    </message>
    <message>
        <source>Escalating: %1 — %2 in the last 90 days (expected %3)</source>
        <translation>En aumento: %1 — %2 en los últimos 90 días (esperado: %3)</translation>
    </message>
    <message>
        <source>Possible reprisal: incident %1, %2 days after export %3 to %4</source>
        <translation>Posible represalia: incidente %1, %2 días después de la exportación %3 a %4</translation>
    </message>
    <message>
        <source>No signal at the moment.</source>
        <translation>Por ahora no hay ninguna señal.</translation>
    </message>
    <message>
        <source>Listing is available for incident type, perpetrator type, country and stage of migration.</source>
        <translation>La lista está disponible para tipo de incidente, tipo de perpetrador, país y etapa del proceso migratorio.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Statistics written with small cells suppressed; SHA-256 %1</source>
        <translation>Estadísticas guardadas con las celdas pequeñas suprimidas; SHA-256 %1</translation>
    </message>
    <message>
        <source>A similar table has left the vault</source>
        <translation>Una tabla parecida ya salió de la bóveda</translation>
    </message>
    <message>
        <source>A table of the same categories, counted under a different filter, was exported on %1. Whoever receives both can subtract one from the other and recover cells that suppression hides. Export this one anyway?</source>
        <translation>El %1 se exportó una tabla con las mismas categorías, contada con otro filtro. Quien reciba ambas puede restar una de la otra y recuperar las celdas que la supresión oculta. ¿Exportar esta de todos modos?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages hidden in discreet mode — &amp;show them</source>
        <translation>Páginas ocultas en modo discreto — &amp;mostrarlas</translation>
    </message>
    <message>
        <source>The preview could not be displayed.</source>
        <translation>No se pudo mostrar la vista previa.</translation>
    </message>
    <message>
        <source>Pages of the dossier</source>
        <translation>Páginas del expediente</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find by pseudonym…</source>
        <translation>Buscar por seudónimo…</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Organisation name or code</source>
        <translation>Nombre o código de la organización</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Añadir organización</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · %n incidente</numerusform>
            <numerusform>%1 · %n incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Pseudonym or code</source>
        <translation>Seudónimo o código</translation>
    </message>
    <message>
        <source>Defender</source>
        <translation>Persona defensora</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Legal name (sensitive)</source>
        <translation>Nombre legal (dato sensible)</translation>
    </message>
    <message>
        <source>Contact (sensitive)</source>
        <translation>Contacto (dato sensible)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Human rights work</source>
        <translation>Labor de derechos humanos</translation>
    </message>
    <message>
        <source>Notes (sensitive)</source>
        <translation>Notas (dato sensible)</translation>
    </message>
    <message>
        <source>Identity and characteristics (each optional)</source>
        <translation>Identidad y características (todas opcionales)</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historial de incidentes</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Guardar persona</translation>
    </message>
    <message>
        <source>Consent, per use</source>
        <translation>Consentimiento, por uso</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Forma de obtención</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no consultado</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Las fechas se escriben AAAA-MM-DD, por ejemplo 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>ZIP package: PDF, JSON, evidence files, SHA-256 list</source>
        <translation>Paquete ZIP: PDF, JSON, archivos de prueba, lista SHA-256</translation>
    </message>
    <message>
        <source>JSON (structured data)</source>
        <translation>JSON (datos estructurados)</translation>
    </message>
    <message>
        <source>CSV (one row per incident)</source>
        <translation>CSV (una fila por incidente)</translation>
    </message>
    <message>
        <source>Images are printed in the PDF; other files are only listed with their SHA-256.</source>
        <translation>Las imágenes se imprimen en el PDF; los demás archivos solo se enumeran con su SHA-256.</translation>
    </message>
    <message>
        <source>Every file listed above travels in the package, under its neutral name.</source>
        <translation>Cada archivo de la lista anterior viaja en el paquete, con su nombre neutro.</translation>
    </message>
    <message>
        <source>The text of the dossier; files are only listed with their SHA-256.</source>
        <translation>El texto del expediente; los archivos solo se enumeran con su SHA-256.</translation>
    </message>
    <message>
        <source>Only the incidents&apos; fields: no narratives, no summary, no files.</source>
        <translation>Solo los campos de los incidentes: sin relatos, sin resumen, sin archivos.</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Preparando las páginas</translation>
    </message>
    <message>
        <source>Go to “What leaves” to fix it</source>
        <translation>Ir a «Qué sale» para corregirlo</translation>
    </message>
    <message>
        <source>Withheld and why</source>
        <translation>Qué se reserva y por qué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Archivos y su SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 list</source>
        <translation>Copiar la lista SHA-256</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Files in the dossier, with SHA-256</source>
        <translation>Archivos del expediente, con SHA-256</translation>
    </message>
    <message>
        <source>Export is blocked: %1</source>
        <translation>La exportación está bloqueada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) the recipient expects are missing (listed in step 3).</source>
        <translation>
            <numerusform>Falta %n dato que espera el destinatario (indicado en el paso 3).</numerusform>
            <numerusform>Faltan %n datos que espera el destinatario (indicados en el paso 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>No se reservó nada.</translation>
    </message>
    <message>
        <source>No files leave.</source>
        <translation>No sale ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): exactly the PDF that would be written.</source>
        <translation>
            <numerusform>%n página: exactamente el PDF que se escribiría.</numerusform>
            <numerusform>%n páginas: exactamente el PDF que se escribiría.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Pseudonyms (for example “WHRD-Alpha”)</source>
        <translation>Seudónimos (por ejemplo «DDH-Alfa»)</translation>
    </message>
    <message>
        <source>Codes only (“Person A”, “Person B”…)</source>
        <translation>Solo códigos («Persona A», «Persona B»…)</translation>
    </message>
    <message>
        <source>Legal names only with consent; pseudonyms otherwise</source>
        <translation>Nombres legales solo con consentimiento; si no, seudónimos</translation>
    </message>
    <message>
        <source>Legal names for everyone (refused without consent)</source>
        <translation>Nombres legales para todas las personas (se rechaza sin consentimiento)</translation>
    </message>
    <message>
        <source>The exact place (town, shelter, street)</source>
        <translation>El lugar exacto (localidad, albergue, calle)</translation>
    </message>
    <message>
        <source>Region only</source>
        <translation>Solo la región</translation>
    </message>
    <message>
        <source>Country only</source>
        <translation>Solo el país</translation>
    </message>
    <message>
        <source>The exact day</source>
        <translation>El día exacto</translation>
    </message>
    <message>
        <source>Month and year only</source>
        <translation>Solo mes y año</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Solo el año</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Situación migratoria</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Indigenous identity</source>
        <translation>Identidad indígena</translation>
    </message>
    <message>
        <source>How people are named</source>
        <translation>Cómo se nombra a las personas</translation>
    </message>
    <message>
        <source>How precise places are</source>
        <translation>Precisión de los lugares</translation>
    </message>
    <message>
        <source>How precise dates are</source>
        <translation>Precisión de las fechas</translation>
    </message>
    <message>
        <source>Include the narratives (names and places replaced)</source>
        <translation>Incluir los relatos (con nombres y lugares sustituidos)</translation>
    </message>
    <message>
        <source>Include evidence (cleaned; marked areas blacked out)</source>
        <translation>Incluir las pruebas (limpias; zonas marcadas tachadas)</translation>
    </message>
    <message>
        <source>Replace known names in narratives automatically</source>
        <translation>Sustituir automáticamente los nombres conocidos en los relatos</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Characteristics shown for each person</source>
        <translation>Características que se muestran de cada persona</translation>
    </message>
    <message>
        <source>Words or sentences to black out in the narratives</source>
        <translation>Palabras o frases que tachar en los relatos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Text to redact</source>
        <translation>Texto que tachar</translation>
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
        <translation>Relatoría Especial sobre la situación de las personas defensoras de derechos humanos</translation>
    </message>
    <message>
        <source>Special Rapporteur on the human rights of migrants</source>
        <translation>Relatoría Especial sobre los derechos humanos de las personas migrantes</translation>
    </message>
    <message>
        <source>Special Rapporteur on violence against women and girls</source>
        <translation>Relatoría Especial sobre la violencia contra las mujeres y las niñas</translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of opinion and expression</source>
        <translation>Relatoría Especial sobre la libertad de opinión y de expresión</translation>
    </message>
    <message>
        <source>Special Rapporteur on torture</source>
        <translation>Relatoría Especial sobre la tortura</translation>
    </message>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Grupo de Trabajo sobre la Detención Arbitraria</translation>
    </message>
    <message>
        <source>Working Group on Enforced or Involuntary Disappearances</source>
        <translation>Grupo de Trabajo sobre Desapariciones Forzadas o Involuntarias</translation>
    </message>
    <message>
        <source>Who is this dossier for?</source>
        <translation>¿A quién va dirigido este expediente?</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Idioma del expediente</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>&amp;Language of the dossier:</source>
        <translation>&amp;Idioma del expediente:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Type a mandate and press Enter</source>
        <translation>Escriba un mandato y pulse Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>UN mandates addressed</source>
        <translation>Mandatos de la ONU destinatarios</translation>
    </message>
    <message>
        <source>Urgent appeal (risk of imminent harm)</source>
        <translation>Llamamiento urgente (riesgo de daño inminente)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Your organisation (the mechanism keeps it confidential)</source>
        <translation>Su organización (el mecanismo la mantiene confidencial)</translation>
    </message>
    <message>
        <source>For the UN</source>
        <translation>Para la ONU</translation>
    </message>
    <message>
        <source>Mandates:</source>
        <translation>Mandatos:</translation>
    </message>
    <message>
        <source>&amp;Submitted by:</source>
        <translation>&amp;Presentado por:</translation>
    </message>
    <message>
        <source>Other support sought or received</source>
        <translation>Otros apoyos solicitados o recibidos</translation>
    </message>
    <message>
        <source>Other support sought or received (funders ask, to avoid double funding)</source>
        <translation>Otros apoyos solicitados o recibidos (lo piden los financiadores, para evitar la doble financiación)</translation>
    </message>
    <message>
        <source>For the protection organisation</source>
        <translation>Para la organización de protección</translation>
    </message>
    <message>
        <source>Support requested:</source>
        <translation>Apoyo solicitado:</translation>
    </message>
    <message>
        <source>Leave empty for: %1</source>
        <translation>Dejar vacío para: %1</translation>
    </message>
</context>
<context>
    <name>ReprisalDialog</name>
    <message>
        <source>Possible reprisal for export %1</source>
        <translation>Posible represalia por la exportación %1</translation>
    </message>
    <message>
        <source>Choose the incident that may be a reprisal for this export (%1, to %2). It is recorded on the incident.</source>
        <translation>Elija el incidente que puede ser una represalia por esta exportación (%1, a %2). Se registra en el incidente.</translation>
    </message>
    <message>
        <source>Search incidents…</source>
        <translation>Buscar incidentes…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Buscar incidentes</translation>
    </message>
    <message>
        <source>Only incidents dated after the export</source>
        <translation>Solo incidentes con fecha posterior a la exportación</translation>
    </message>
    <message>
        <source>Later incidents</source>
        <translation>Incidentes posteriores</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marcar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System language</source>
        <extracomment>Interface languages, each in its own name; &quot;&quot; follows the system&apos;s language. A new language needs its catalog too (README, &quot;Adding a language&quot;).</extracomment>
        <translation>Idioma del sistema</translation>
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
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Remember the last vault&apos;s location on this device (off: nothing is stored)</source>
        <translation>Recordar la ubicación de la última bóveda en este dispositivo (desactivado: no se guarda nada)</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras un periodo de inactividad</translation>
    </message>
    <message>
        <source>Clear copied text after</source>
        <translation>Borrar el texto copiado después de</translation>
    </message>
    <message>
        <source>Keep sealed originals of imported evidence in this vault (off: only their SHA-256 is kept, safer if the laptop may be seized)</source>
        <translation>Conservar los originales sellados de las pruebas importadas en esta bóveda (desactivado: solo se guarda su SHA-256, más seguro si el portátil puede ser incautado)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation>Recordar esta bóveda en este dispositivo</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Olvidar este dispositivo</translation>
    </message>
    <message>
        <source>Remember on this device (convenience)</source>
        <translation>Recordar en este dispositivo (comodidad)</translation>
    </message>
    <message>
        <source>Convenience only: weaker against someone who gets your logged-in laptop or malware running as you. The passphrase keeps working, and a vault copied to another machine never opens with this.</source>
        <translation>Solo por comodidad: protege menos frente a alguien que acceda a su portátil con la sesión iniciada o a un programa malicioso que se ejecute con su usuario. La frase de contraseña sigue funcionando, y una bóveda copiada a otro equipo nunca se abre con esto.</translation>
    </message>
    <message>
        <source>Looking for a system keychain…</source>
        <translation>Buscando un llavero del sistema…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>This vault can now be unlocked on this device without the passphrase.</source>
        <translation>Esta bóveda ya se puede desbloquear en este dispositivo sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>Este dispositivo ya no recuerda la bóveda.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>DefenderDoc — Unlock vault</source>
        <translation>DefenderDoc — Desbloquear la bóveda</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Unlock a DefenderDoc vault</source>
        <translation>Desbloquear una bóveda de DefenderDoc</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Crear una bóveda nueva…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: wait %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos: espere %n segundo.</numerusform>
            <numerusform>Demasiados intentos: espere %n segundos.</numerusform>
        </translation>
    </message>
</context>
</TS>
