<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>This is the fictional demo vault. Its passphrase is: %1</source>
        <translation>هذه خزنة العرض التجريبية ببيانات وهمية. عبارة المرور الخاصة بها هي:
%1</translation>
    </message>
    <message>
        <source>Creating the fictional demo vault…</source>
        <translation>جارٍ إنشاء خزنة العرض التجريبية ببيانات وهمية…</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <extracomment>The codes the audit chain stores, in words; an unknown code is shown as stored.</extracomment>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Imported in bulk</source>
        <translation>استُورد دفعةً واحدة</translation>
    </message>
    <message>
        <source>Evidence received (custody)</source>
        <translation>استُلم دليل (سلسلة العهدة)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>صُدِّر</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>نُسخ احتياطيًا</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>نوع الحادثة</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>الجاني</translation>
    </message>
    <message>
        <source>Victim link</source>
        <translation>رابط الضحية</translation>
    </message>
    <message>
        <source>Authorities&apos; response</source>
        <translation>استجابة السلطات</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>إجراء متابعة</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Vocabulary term</source>
        <translation>مصطلح في المفردات</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>سجل التصدير</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>Vault settings</source>
        <translation>إعدادات الخزنة</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by action, record or person…</source>
        <translation>التصفية حسب الإجراء أو السجل أو الشخص…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>تصفية سجل التدقيق</translation>
    </message>
    <message>
        <source>Verify the vault</source>
        <translation>التحقق من الخزنة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>التاريخ والوقت (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Verifying the database, every evidence file and the audit chain…</source>
        <translation>جارٍ التحقق من قاعدة البيانات وكل ملف من ملفات الأدلة وسلسلة التدقيق…</translation>
    </message>
    <message>
        <source>Verifying… %1 of %2</source>
        <translation>جارٍ التحقق… %1 من %2</translation>
    </message>
    <message>
        <source>Everything verified: nothing is damaged or missing.</source>
        <translation>تم التحقق من كل شيء: لا يوجد تلف ولا نقص.</translation>
    </message>
    <message>
        <source>Problems found — restore from a backup.</source>
        <translation>عُثر على مشكلات — استعِد الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Database: intact</source>
        <translation>قاعدة البيانات: سليمة</translation>
    </message>
    <message>
        <source>Database: damaged</source>
        <translation>قاعدة البيانات: تالفة</translation>
    </message>
    <message>
        <source>Evidence files: %1 checked, %2 damaged or missing</source>
        <translation>ملفات الأدلة: فُحص %1، و%2 تالف أو مفقود</translation>
    </message>
    <message>
        <source>Evidence files without a record (kept, not deleted): %1</source>
        <translation>ملفات أدلة بلا سجل (محفوظة، لم تُحذف): %1</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, intact</source>
        <translation>سجل التدقيق: %1 قيدًا، سليم</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, BROKEN</source>
        <translation>سجل التدقيق: %1 قيدًا، مكسور</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a new vault</source>
        <translation>إنشاء خزنة جديدة</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>المكتب الميداني</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Create a recovery code (recommended for organisations; shown once)</source>
        <translation>إنشاء رمز استرداد (يُوصى به للمنظمات؛ يُعرض مرة واحدة فقط)</translation>
    </message>
    <message>
        <source>Keep sealed originals of evidence (encrypted, with their metadata)</source>
        <translation>الاحتفاظ بالنسخ الأصلية المختومة من الأدلة (مشفّرة، مع بياناتها الوصفية)</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>اسم الخزنة</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>أعد إدخال عبارة المرور</translation>
    </message>
    <message>
        <source>Choose a long passphrase, for example several unrelated words. Nobody can recover the vault without it (or the recovery code).</source>
        <translation>اختر عبارة مرور طويلة، مثل عدة كلمات لا علاقة بينها. لا يمكن لأحد استعادة الخزنة من دونها (أو من دون رمز الاسترداد).</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Measuring this computer to set the key-derivation cost (about a second)…</source>
        <translation>جارٍ قياس أداء هذا الحاسوب لضبط كلفة اشتقاق المفتاح (نحو ثانية واحدة)…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this laptop. It is shown only once.</source>
        <translation>دوِّن هذا الرمز واحفظه في مكان آمن بعيدًا عن هذا الحاسوب المحمول. لن يُعرض إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>لقد حفظته</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Submission to the UN Special Procedures</source>
        <translation>بلاغ إلى الإجراءات الخاصة للأمم المتحدة</translation>
    </message>
    <message>
        <source>UN Special Procedures (OHCHR)</source>
        <translation>الإجراءات الخاصة للأمم المتحدة (المفوضية السامية لحقوق الإنسان)</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — source to be kept confidential</source>
        <translation>سري — يجب الحفاظ على سرية المصدر</translation>
    </message>
    <message>
        <source>Communication to UN mandates, ordered as OHCHR asks.</source>
        <translation>بلاغ إلى ولايات الأمم المتحدة، مرتّب وفق ما تطلبه المفوضية السامية لحقوق الإنسان.</translation>
    </message>
    <message>
        <source>Report of an enforced or involuntary disappearance</source>
        <translation>بلاغ عن حالة اختفاء قسري أو غير طوعي</translation>
    </message>
    <message>
        <source>UN Working Group on Enforced or Involuntary Disappearances</source>
        <translation>الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي</translation>
    </message>
    <message>
        <source>The six elements the Working Group requires.</source>
        <translation>العناصر الستة التي يشترطها الفريق العامل.</translation>
    </message>
    <message>
        <source>Emergency protection request</source>
        <translation>طلب حماية عاجل</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>منظمة الحماية</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — share only with consented partners</source>
        <translation>سري — لا يُشارك إلا مع الشركاء الموافق عليهم</translation>
    </message>
    <message>
        <source>For emergency grants or relocation (EU ProtectDefenders, Front Line Defenders style).</source>
        <translation>لطلب منح طارئة أو إعادة توطين مؤقتة (على غرار ProtectDefenders.eu أو Front Line Defenders).</translation>
    </message>
    <message>
        <source>Internal legal brief</source>
        <translation>مذكرة قانونية داخلية</translation>
    </message>
    <message>
        <source>The organisation&apos;s own lawyers</source>
        <translation>محامو المنظمة</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL — internal use only</source>
        <translation>سري للغاية — للاستخدام الداخلي فقط</translation>
    </message>
    <message>
        <source>Full detail for the organisation&apos;s lawyers; never sent out.</source>
        <translation>كل التفاصيل لمحامي المنظمة؛ لا يُرسل إلى الخارج أبدًا.</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>تقرير عام</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Maximal redaction: no individual can be identified.</source>
        <translation>أقصى درجات الحجب: لا يمكن التعرف على أي شخص.</translation>
    </message>
</context>
<context>
    <name>DossierExporter</name>
    <message>
        <source>Export the dossier</source>
        <translation>تصدير الملف التوثيقي</translation>
    </message>
    <message>
        <source>Dossier written; SHA-256 %1; logged as export %2.</source>
        <translation>تم حفظ الملف التوثيقي؛ بصمة SHA-256: %1؛ سُجّل بوصفه عملية التصدير %2.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>أُلغي التصدير. لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Recipient</source>
        <translation>الجهة المستلمة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>What leaves</source>
        <translation>ما الذي سيُرسَل</translation>
    </message>
    <message>
        <source>Preview and export</source>
        <translation>المعاينة والتصدير</translation>
    </message>
    <message>
        <source>Steps of the dossier</source>
        <translation>خطوات الملف التوثيقي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>الملفات التوثيقية</translation>
    </message>
    <message>
        <source>Build a dossier</source>
        <translation>إعداد ملف توثيقي</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>سجل التصدير</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>ملف توثيقي جديد</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>الخطوة %1 من 4: %2</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>جارٍ تحديث المعاينة…</translation>
    </message>
    <message>
        <source>Choose at least one incident in step 2.</source>
        <translation>اختر حادثة واحدة على الأقل في الخطوة 2.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>جارٍ تجهيز الصفحات…</translation>
    </message>
    <message>
        <source>No pages are shown while a consent conflict blocks the export.</source>
        <translation>لا تُعرض أي صفحات ما دام تعارض في الموافقة يمنع التصدير.</translation>
    </message>
    <message>
        <source>The pages are prepared in step 4.</source>
        <translation>تُجهَّز الصفحات في الخطوة 4.</translation>
    </message>
    <message>
        <source>Export blocked by a consent conflict.</source>
        <translation>التصدير ممنوع بسبب تعارض في الموافقة.</translation>
    </message>
    <message>
        <source>Export is disabled while a consent conflict stands (see above).</source>
        <translation>التصدير معطَّل ما دام هناك تعارض في الموافقة (انظر أعلاه).</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The file is empty; there is nothing to clean.</source>
        <translation>الملف فارغ؛ لا يوجد ما يُنظَّف.</translation>
    </message>
    <message>
        <source>This file type cannot be cleaned of metadata, so no clean copy was made.</source>
        <translation>لا يمكن تنظيف هذا النوع من الملفات من البيانات الوصفية، لذا لم تُنشأ نسخة منظَّفة.</translation>
    </message>
    <message>
        <source>Old binary Office files (.doc, .xls, .ppt) cannot be cleaned. Save the file as .docx/.xlsx/.pptx or PDF and import it again.</source>
        <translation>لا يمكن تنظيف ملفات Office الثنائية القديمة (‎.doc و‎.xls و‎.ppt). احفظ الملف بصيغة ‎.docx/.xlsx/.pptx أو PDF ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>Programs and scripts are not accepted as evidence copies.</source>
        <translation>لا تُقبل البرامج والنصوص البرمجية بوصفها نسخًا من الأدلة.</translation>
    </message>
    <message>
        <source>PostScript/EPS files can run code when opened and cannot be cleaned safely.</source>
        <translation>يمكن لملفات PostScript/EPS تشغيل تعليمات برمجية عند فتحها، ولا يمكن تنظيفها بأمان.</translation>
    </message>
    <message>
        <source>SVG and HTML files can contain scripts and cannot be cleaned safely.</source>
        <translation>قد تحتوي ملفات SVG وHTML على نصوص برمجية، ولا يمكن تنظيفها بأمان.</translation>
    </message>
    <message>
        <source>Windows Media (WMV/WMA/ASF) files cannot be cleaned. Convert to MP4 first.</source>
        <translation>لا يمكن تنظيف ملفات Windows Media ‏(WMV/WMA/ASF). حوّلها أولًا إلى صيغة MP4.</translation>
    </message>
    <message>
        <source>The image is too large to process safely (possible decompression bomb).</source>
        <translation>الصورة أكبر من أن تُعالَج بأمان (قد تكون قنبلة فك ضغط).</translation>
    </message>
    <message>
        <source>The document unpacks to far more data than it contains (possible zip bomb).</source>
        <translation>يُفك ضغط المستند إلى بيانات تفوق حجمه بكثير (قد يكون قنبلة zip).</translation>
    </message>
    <message>
        <source>The file is too large for this format to be cleaned in memory.</source>
        <translation>الملف أكبر من أن يُنظَّف هذا النوع منه في الذاكرة.</translation>
    </message>
    <message>
        <source>The file is damaged or not what it claims to be, so it could not be cleaned.</source>
        <translation>الملف تالف أو ليس كما يدّعي، لذا تعذّر تنظيفه.</translation>
    </message>
    <message>
        <source>The file is password-protected; remove the password and import it again.</source>
        <translation>الملف محمي بكلمة مرور؛ أزِل كلمة المرور ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>The text file is not valid UTF-8; save it as UTF-8 and import it again.</source>
        <translation>الملف النصي ليس بترميز UTF-8 صالح؛ احفظه بترميز UTF-8 ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>The file contains parts that cannot be cleaned safely.</source>
        <translation>يحتوي الملف على أجزاء لا يمكن تنظيفها بأمان.</translation>
    </message>
    <message>
        <source>The cleaned copy did not pass verification, so it was discarded.</source>
        <translation>لم تجتز النسخة المنظَّفة التحقق، لذا تم التخلص منها.</translation>
    </message>
    <message>
        <source>Cleaning took too long and was stopped (the file may be hostile).</source>
        <translation>استغرق التنظيف وقتًا طويلًا جدًا فأُوقف (قد يكون الملف ضارًا).</translation>
    </message>
    <message>
        <source>Cleaning needed too much memory and was stopped (the file may be hostile).</source>
        <translation>احتاج التنظيف إلى ذاكرة كبيرة جدًا فأُوقف (قد يكون الملف ضارًا).</translation>
    </message>
    <message>
        <source>The cleaning process stopped unexpectedly; no clean copy was made.</source>
        <translation>توقفت عملية التنظيف على نحو غير متوقع؛ لم تُنشأ أي نسخة منظَّفة.</translation>
    </message>
    <message>
        <source>The evidence file could not be processed.</source>
        <translation>تعذّرت معالجة ملف الدليل.</translation>
    </message>
    <message>
        <source>Rebuilt from the decoded pixels (TIFF tags cannot be removed in place); pixel values are unchanged.</source>
        <translation>أُعيد بناؤها من وحدات البكسل بعد فك ترميزها (لا يمكن إزالة وسوم TIFF في مكانها)؛ قيم البكسل لم تتغير.</translation>
    </message>
    <message>
        <source>Re-encoded as PNG: HEIC/HEIF/AVIF has no lossless cleaning path. Only the main image was kept, turned upright.</source>
        <translation>أُعيد ترميزها بصيغة PNG: لا توجد طريقة لتنظيف HEIC/HEIF/AVIF دون فقدان. احتُفظ بالصورة الرئيسية فقط بعد تعديل اتجاهها.</translation>
    </message>
    <message>
        <source>Tracked changes were accepted and comments removed, because they record who edited the document and what was deleted.</source>
        <translation>قُبلت التغييرات المتعقَّبة وأُزيلت التعليقات، لأنها تسجّل من عدّل المستند وما الذي حُذف منه.</translation>
    </message>
    <message>
        <source>Some embedded objects or external links could not be cleaned and were removed.</source>
        <translation>تعذّر تنظيف بعض الكائنات المضمَّنة أو الروابط الخارجية فأُزيلت.</translation>
    </message>
    <message>
        <source>The recording was incomplete; the cleaned copy holds the audio that was present.</source>
        <translation>كان التسجيل ناقصًا؛ تحتوي النسخة المنظَّفة على الصوت الذي كان موجودًا.</translation>
    </message>
    <message>
        <source>Metadata tracks (location, faces, timecode) were removed; video and audio are unchanged.</source>
        <translation>أُزيلت مسارات البيانات الوصفية (الموقع والوجوه والرمز الزمني)؛ الفيديو والصوت لم يتغيرا.</translation>
    </message>
    <message>
        <source>Scripts, automatic actions, attachments or earlier versions were removed from the PDF.</source>
        <translation>أُزيلت من ملف PDF النصوص البرمجية أو الإجراءات التلقائية أو المرفقات أو النسخ السابقة.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Import it again once nothing writes to it.</source>
        <translation>تغيّر الملف أثناء استيراده. استورده من جديد عندما لا يكون هناك ما يكتب فيه.</translation>
    </message>
    <message>
        <source>The file name&apos;s extension does not match its content.</source>
        <translation>امتداد اسم الملف لا يطابق محتواه.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be independently verified, so it was not kept.</source>
        <translation>تعذّر التحقق من النسخة المنظَّفة على نحو مستقل، لذا لم يُحتفظ بها.</translation>
    </message>
    <message>
        <source>Only regular files can be imported (not links, folders, pipes or devices).</source>
        <translation>لا يمكن استيراد سوى الملفات العادية (لا الروابط ولا المجلدات ولا الأنابيب ولا الأجهزة).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Metadata report</source>
        <extracomment>Kinds whose cleaned copy is written in another format.</extracomment>
        <translation>تقرير البيانات الوصفية</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>بصمة SHA-256 للأصل</translation>
    </message>
    <message>
        <source>SHA-256 of the cleaned copy</source>
        <translation>بصمة SHA-256 للنسخة المنظَّفة</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <source>Export cleaned copy…</source>
        <translation>تصدير النسخة المنظَّفة…</translation>
    </message>
    <message>
        <source>Export original…</source>
        <translation>تصدير الأصل…</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>نتيجة آخر إجراء</translation>
    </message>
    <message>
        <source>Select an item to see its cleaned copy, its metadata report and its hashes.</source>
        <translation>اختر عنصرًا لعرض نسخته المنظَّفة وتقرير بياناته الوصفية وبصماته.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>The original was not kept.</source>
        <translation>لم يُحتفظ بالأصل.</translation>
    </message>
    <message>
        <source>Decrypting the preview…</source>
        <translation>جارٍ فك تشفير المعاينة…</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>منظَّف</translation>
    </message>
    <message>
        <source>not cleaned</source>
        <translation>غير منظَّف</translation>
    </message>
    <message>
        <source>original not kept</source>
        <translation>الأصل غير محفوظ</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>تم النسخ. ستُمسح الحافظة بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Export the original?</source>
        <translation>هل تريد تصدير الأصل؟</translation>
    </message>
    <message>
        <source>The original still carries all its identifying metadata: it can reveal where and when it was made, on which device, and by whom (GPS position, camera serial number, author). Anyone who receives the file can read it.

Export the original only to an encrypted place, or when a court or mechanism asks for it. For everything else, export the cleaned copy.</source>
        <translation>لا يزال الأصل يحمل كل بياناته الوصفية التي تكشف الهوية: قد تكشف أين ومتى أُنشئ، وعلى أي جهاز، ومن أنشأه (موقع GPS، والرقم التسلسلي للكاميرا، واسم المؤلف). ويمكن لأي شخص يتلقى الملف أن يقرأها.

لا تصدّر الأصل إلا إلى مكان مشفّر، أو عندما تطلبه محكمة أو آلية. وفي ما عدا ذلك، صدّر النسخة المنظَّفة.</translation>
    </message>
    <message>
        <source>Export the original</source>
        <translation>تصدير الأصل</translation>
    </message>
    <message>
        <source>Export cleaned copy</source>
        <translation>تصدير النسخة المنظَّفة</translation>
    </message>
    <message>
        <source>Export original</source>
        <translation>تصدير الأصل</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported. SHA-256 of the written file: %1</source>
        <translation>تم التصدير. بصمة SHA-256 للملف المكتوب: %1</translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation>اكتمل التصدير.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Incident the imported files belong to</source>
        <translation>الحادثة التي تنتمي إليها الملفات المستورَدة</translation>
    </message>
    <message>
        <source>&amp;Attach to:</source>
        <translation>&amp;إرفاق بـ:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>استيراد أدلة</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>بلا حادثة</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>هناك عملية استيراد جارية بالفعل؛ انتظر حتى تنتهي أو ألغها.</translation>
    </message>
    <message>
        <source>Import evidence files</source>
        <translation>استيراد ملفات أدلة</translation>
    </message>
    <message>
        <source>Import every file in a folder</source>
        <translation>استيراد جميع الملفات في مجلد</translation>
    </message>
    <message>
        <source>Drop to import into the incident chosen here.</source>
        <translation>أفلِت الملفات هنا لاستيرادها إلى الحادثة المختارة.</translation>
    </message>
    <message>
        <source>…or drop files and folders anywhere on this page.</source>
        <translation>…أو أفلِت الملفات والمجلدات في أي مكان من هذه الصفحة.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>There is no cleaned copy to show.</source>
        <extracomment>Original kinds whose cleaned copy can be shown (HEIF/AVIF are cleaned into PNG). Detected kind of the cleaned bytes -&gt; the only Qt decoder allowed for it. The format is never guessed from content, so no SVG or PDF image plugin can be reached this way. Longest side of a preview image; the vault keeps the full-size copy. &quot;no_copy&quot;, &quot;not_previewable&quot; or &quot;unreadable&quot; when there is nothing to show.</extracomment>
        <translation>لا توجد نسخة منظَّفة لعرضها.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Its details and hashes are shown here; export the cleaned copy to open it in another program.</source>
        <translation>لا تتوفر معاينة لهذا النوع من الملفات. تُعرض هنا تفاصيله وبصماته؛ صدّر النسخة المنظَّفة لفتحها في برنامج آخر.</translation>
    </message>
    <message>
        <source>The cleaned copy could not be shown.</source>
        <translation>تعذّر عرض النسخة المنظَّفة.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Preview of the cleaned copy</source>
        <translation>معاينة النسخة المنظَّفة</translation>
    </message>
    <message>
        <source>Drag to mark an area to black out. Page Up and Page Down select an area, the arrow keys move it, Shift with the arrow keys resizes it, Delete removes it.</source>
        <translation>اسحب لتحديد منطقة لتعتيمها. يحدد مفتاحا Page Up وPage Down منطقةً، وتحرّكها مفاتيح الأسهم، ويغيّر Shift مع الأسهم حجمها، ويزيلها Delete.</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>إضافة منطقة</translation>
    </message>
    <message>
        <source>Remove selected area</source>
        <translation>إزالة المنطقة المحددة</translation>
    </message>
    <message>
        <source>Clear all areas</source>
        <translation>مسح كل المناطق</translation>
    </message>
    <message>
        <source>Adds an area in the middle; move it with the arrow keys</source>
        <translation>تضيف منطقة في الوسط؛ حرّكها بمفاتيح الأسهم</translation>
    </message>
    <message>
        <source>Removes the selected area</source>
        <translation>تزيل المنطقة المحددة</translation>
    </message>
    <message>
        <source>Removes every marked area</source>
        <translation>تزيل كل المناطق المحددة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>the first %n page(s) are previewed</source>
        <translation>
            <numerusform>لا تُعرض أي صفحة</numerusform>
            <numerusform>تُعرض الصفحة الأولى فقط</numerusform>
            <numerusform>تُعرض الصفحتان الأوليان فقط</numerusform>
            <numerusform>تُعرض الصفحات الـ%n الأولى فقط</numerusform>
            <numerusform>تُعرض أول %n صفحة فقط</numerusform>
            <numerusform>تُعرض أول %n صفحة فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview is hidden in discreet mode (Ctrl+Shift+D to show it).</source>
        <translation>المعاينة مخفية في الوضع الخفي (اضغط Ctrl+Shift+D لإظهارها).</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked. They are blacked out whenever the image leaves the vault (dossiers and exports); the cleaned copy itself is never changed.</source>
        <translation>
            <numerusform>لا مناطق محددة. تُعتَّم المناطق المحددة كلما غادرت الصورة الخزنة (الملفات التوثيقية وعمليات التصدير)؛ ولا تتغير النسخة المنظَّفة نفسها أبدًا.</numerusform>
            <numerusform>منطقة واحدة محددة. تُعتَّم كلما غادرت الصورة الخزنة (الملفات التوثيقية وعمليات التصدير)؛ ولا تتغير النسخة المنظَّفة نفسها أبدًا.</numerusform>
            <numerusform>منطقتان محددتان. تُعتَّمان كلما غادرت الصورة الخزنة (الملفات التوثيقية وعمليات التصدير)؛ ولا تتغير النسخة المنظَّفة نفسها أبدًا.</numerusform>
            <numerusform>%n مناطق محددة. تُعتَّم كلما غادرت الصورة الخزنة (الملفات التوثيقية وعمليات التصدير)؛ ولا تتغير النسخة المنظَّفة نفسها أبدًا.</numerusform>
            <numerusform>%n منطقةً محددة. تُعتَّم كلما غادرت الصورة الخزنة (الملفات التوثيقية وعمليات التصدير)؛ ولا تتغير النسخة المنظَّفة نفسها أبدًا.</numerusform>
            <numerusform>%n منطقة محددة. تُعتَّم كلما غادرت الصورة الخزنة (الملفات التوثيقية وعمليات التصدير)؛ ولا تتغير النسخة المنظَّفة نفسها أبدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag over the image to mark an area to black out.</source>
        <translation>اسحب فوق الصورة لتحديد منطقة لتعتيمها.</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <source>GPS position and place</source>
        <translation>موقع GPS والمكان</translation>
    </message>
    <message>
        <source>camera or device details</source>
        <translation>بيانات الكاميرا أو الجهاز</translation>
    </message>
    <message>
        <source>author and owner</source>
        <translation>المؤلف والمالك</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>التواريخ والأوقات</translation>
    </message>
    <message>
        <source>software used</source>
        <translation>البرامج المستخدمة</translation>
    </message>
    <message>
        <source>embedded thumbnails</source>
        <translation>الصور المصغّرة المضمَّنة</translation>
    </message>
    <message>
        <source>document history</source>
        <translation>سجل تعديلات المستند</translation>
    </message>
    <message>
        <source>embedded content</source>
        <translation>المحتوى المضمَّن</translation>
    </message>
    <message>
        <source>scripts and macros</source>
        <translation>النصوص البرمجية ووحدات الماكرو</translation>
    </message>
    <message>
        <source>other metadata</source>
        <translation>بيانات وصفية أخرى</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>لم يُذكر أي سبب.</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — مرفوض: %2</translation>
    </message>
    <message>
        <source>%1 — cleaned: %2 (fields removed: %3)</source>
        <translation>%1 — منظَّف: %2 (الحقول المحذوفة: %3)</translation>
    </message>
    <message>
        <source>%1 — stored as is, without a cleaned copy</source>
        <translation>%1 — محفوظ كما هو، من دون نسخة منظَّفة</translation>
    </message>
    <message>
        <source>%1 — cleaned: no identifying metadata was found</source>
        <translation>%1 — منظَّف: لم يُعثر على بيانات وصفية تكشف الهوية</translation>
    </message>
    <message>
        <source>Found in the original</source>
        <translation>ما عُثر عليه في الأصل</translation>
    </message>
    <message>
        <source>No identifying metadata was found.</source>
        <translation>لم يُعثر على بيانات وصفية تكشف الهوية.</translation>
    </message>
    <message>
        <source>In the cleaned copy</source>
        <translation>في النسخة المنظَّفة</translation>
    </message>
    <message>
        <source>Nothing. Every field above was removed, and the copy was checked again.</source>
        <translation>لا شيء. حُذفت كل الحقول المذكورة أعلاه، وأُعيد فحص النسخة.</translation>
    </message>
    <message>
        <source>There is no cleaned copy: this item was stored as is and is never exported.</source>
        <translation>لا توجد نسخة منظَّفة: حُفظ هذا العنصر كما هو ولا يُصدَّر أبدًا.</translation>
    </message>
    <message>
        <source>The original was not kept; only its hash was recorded.</source>
        <translation>لم يُحتفظ بالأصل؛ سُجّلت بصمته فقط.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>not cleaned</source>
        <translation>غير منظَّف</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>منظَّف</translation>
    </message>
    <message>
        <source>cleaned, original not kept</source>
        <translation>منظَّف، والأصل غير محفوظ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Date (UTC)</source>
        <translation>التاريخ (UTC)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>الجهة المستلمة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>سجل التصدير</translation>
    </message>
    <message>
        <source>Mark a later incident as &amp;possible reprisal…</source>
        <translation>وسم حادثة لاحقة بأنها &amp;انتقام محتمل…</translation>
    </message>
    <message>
        <source>No dossier has been exported from this vault yet.</source>
        <translation>لم يُصدَّر أي ملف توثيقي من هذه الخزنة حتى الآن.</translation>
    </message>
    <message>
        <source>Incident %1 is now recorded as a possible reprisal for export %2.</source>
        <translation>سُجّلت الحادثة %1 الآن بوصفها انتقامًا محتملًا على عملية التصدير %2.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>الملف %v من %m</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>نتائج الاستيراد</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide the import results</source>
        <translation>إخفاء نتائج الاستيراد</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>جارٍ البحث عن الملفات…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>سيتوقف الاستيراد بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>Importing and cleaning…</source>
        <translation>جارٍ الاستيراد والتنظيف…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي ملف</numerusform>
            <numerusform>استُورد ملف واحد</numerusform>
            <numerusform>استُورد ملفان</numerusform>
            <numerusform>استُوردت %n ملفات</numerusform>
            <numerusform>استُورد %n ملفًا</numerusform>
            <numerusform>استُورد %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>لم يُرفض أي ملف</numerusform>
            <numerusform>رُفض ملف واحد</numerusform>
            <numerusform>رُفض ملفان</numerusform>
            <numerusform>رُفضت %n ملفات</numerusform>
            <numerusform>رُفض %n ملفًا</numerusform>
            <numerusform>رُفض %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: %1. The remaining files were not imported.</source>
        <translation>أُلغي الاستيراد: %1. لم تُستورد الملفات المتبقية.</translation>
    </message>
    <message>
        <source>No files were found to import.</source>
        <translation>لم يُعثر على ملفات لاستيرادها.</translation>
    </message>
    <message>
        <source>The import stopped: %1 So far: %2.</source>
        <translation>توقف الاستيراد: %1 حتى الآن: %2.</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>no consent recorded</source>
        <translation>لا توجد موافقة مسجلة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>مرحلة الهجرة</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>السياق المكاني</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>الجهات المرتكبة</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>السلطات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Edit incident</source>
        <translation>تعديل الحادثة</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>A short, factual title</source>
        <translation>عنوان قصير ووقائعي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Record exact coordinates (sensitive)</source>
        <translation>تسجيل الإحداثيات الدقيقة (بيانات حساسة)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Link to the State</source>
        <translation>الصلة بالدولة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Basis of attribution</source>
        <translation>أساس الإسناد</translation>
    </message>
    <message>
        <source>Add perpetrator</source>
        <translation>إضافة جهة مرتكبة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>السلطة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الاستجابة</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد المحدد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>إضافة متابعة</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>Person (pseudonym)</source>
        <translation>الشخص (الاسم المستعار)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>مرحلة الهجرة</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>السياق المكاني</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Who was targeted</source>
        <translation>من استُهدف</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>من المسؤول</translation>
    </message>
    <message>
        <source>Authorities informed and their response</source>
        <translation>السلطات التي أُبلغت واستجابتها</translation>
    </message>
    <message>
        <source>Follow-up and protection measures</source>
        <translation>المتابعة وتدابير الحماية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1 has not consented to disclosure of the name to the State.</source>
        <translation>لم يوافق %1 على الكشف عن الاسم للدولة.</translation>
    </message>
    <message>
        <source>No place recorded: the WGEID requires a last-seen place.</source>
        <translation>لم يُسجَّل أي مكان: يشترط الفريق العامل المعني بحالات الاختفاء آخر مكان شوهد فيه الشخص.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>تُكتب التواريخ بالصيغة YYYY-MM-DD (سنة-شهر-يوم)، مثل 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>IncidentFilterControls</name>
    <message>
        <source>from YYYY-MM-DD</source>
        <extracomment>filter key -&gt; vocabulary, in the order the pickers are shown</extracomment>
        <translation>من YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>إلى YYYY-MM-DD</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>إلى %1</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Search titles, narratives and places…</source>
        <translation>ابحث في العناوين والسرديات والأماكن…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>البحث في الحوادث</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Selected incident</source>
        <translation>الحادثة المحددة</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match</source>
        <translation>
            <numerusform>لا توجد حوادث مطابقة</numerusform>
            <numerusform>حادثة واحدة مطابقة</numerusform>
            <numerusform>حادثتان مطابقتان</numerusform>
            <numerusform>%n حوادث مطابقة</numerusform>
            <numerusform>%n حادثةً مطابقة</numerusform>
            <numerusform>%n حادثة مطابقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsStep</name>
    <message>
        <source>Search titles, narratives and places…</source>
        <translation>ابحث في العناوين والسرديات والأماكن…</translation>
    </message>
    <message>
        <source>Search incidents to add</source>
        <translation>البحث عن حوادث لإضافتها</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>من YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Incidents from (date)</source>
        <translation>الحوادث ابتداءً من (التاريخ)</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>إلى YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Incidents until (date)</source>
        <translation>الحوادث حتى (التاريخ)</translation>
    </message>
    <message>
        <source>Incidents found</source>
        <translation>الحوادث التي عُثر عليها</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>إ&amp;ضافة المحدد</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Add this person’s &amp;full history</source>
        <translation>إضافة ال&amp;سجل الكامل لهذا الشخص</translation>
    </message>
    <message>
        <source>A person’s full history</source>
        <translation>السجل الكامل لشخص ما</translation>
    </message>
    <message>
        <source>Incidents in this dossier</source>
        <translation>الحوادث في هذا الملف التوثيقي</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>إزالة الكل</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>جميع البلدان</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · لا حوادث</numerusform>
            <numerusform>%1 · حادثة واحدة</numerusform>
            <numerusform>%1 · حادثتان</numerusform>
            <numerusform>%1 · ‏%n حوادث</numerusform>
            <numerusform>%1 · ‏%n حادثةً</numerusform>
            <numerusform>%1 · ‏%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in this dossier</source>
        <translation>
            <numerusform>لا حوادث في هذا الملف التوثيقي</numerusform>
            <numerusform>حادثة واحدة في هذا الملف التوثيقي</numerusform>
            <numerusform>حادثتان في هذا الملف التوثيقي</numerusform>
            <numerusform>%n حوادث في هذا الملف التوثيقي</numerusform>
            <numerusform>%n حادثةً في هذا الملف التوثيقي</numerusform>
            <numerusform>%n حادثة في هذا الملف التوثيقي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n &amp;matching</source>
        <translation>
            <numerusform>إضافة كل الحوادث ال&amp;مطابقة</numerusform>
            <numerusform>إضافة الحادثة ال&amp;مطابقة</numerusform>
            <numerusform>إضافة الحادثتين ال&amp;مطابقتين</numerusform>
            <numerusform>إضافة الحوادث ال&amp;مطابقة (%n)</numerusform>
            <numerusform>إضافة الحوادث ال&amp;مطابقة (%n)</numerusform>
            <numerusform>إضافة الحوادث ال&amp;مطابقة (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>No trusted system keychain was found on this device (for example, a headless session or no Secret Service). The vault can only be unlocked with its passphrase.</source>
        <extracomment>Backends that keep secrets in the OS&apos;s protected store.</extracomment>
        <translation>لم يُعثر على مخزن مفاتيح موثوق في نظام هذا الجهاز (مثلًا في جلسة بلا واجهة رسومية أو من دون Secret Service). لا يمكن فتح الخزنة إلا بعبارة المرور الخاصة بها.</translation>
    </message>
    <message>
        <source>Remembering the vault on this device is switched off.</source>
        <translation>تذكّر الخزنة على هذا الجهاز معطَّل.</translation>
    </message>
</context>
<context>
    <name>LeavesStep</name>
    <message>
        <source>Checks</source>
        <translation>عمليات الفحص</translation>
    </message>
    <message>
        <source>Consent conflicts and missing information</source>
        <translation>تعارضات الموافقة والمعلومات الناقصة</translation>
    </message>
    <message>
        <source>&amp;Use pseudonyms instead of legal names</source>
        <translation>ا&amp;ستخدام الأسماء المستعارة بدلًا من الأسماء القانونية</translation>
    </message>
    <message>
        <source>Checking consent and completeness…</source>
        <translation>جارٍ فحص الموافقة واكتمال المعلومات…</translation>
    </message>
    <message>
        <source>Blocks export: %1</source>
        <translation>يمنع التصدير: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>ناقص: %1</translation>
    </message>
    <message>
        <source>Export is blocked until the conflicts below are fixed.</source>
        <translation>التصدير ممنوع إلى أن تُحل التعارضات أدناه.</translation>
    </message>
    <message>
        <source>No consent conflicts. The recipient may still expect what is missing.</source>
        <translation>لا توجد تعارضات في الموافقة. لكن الجهة المستلمة قد تتوقع المعلومات الناقصة.</translation>
    </message>
    <message>
        <source>No consent conflicts and nothing missing.</source>
        <translation>لا توجد تعارضات في الموافقة ولا ينقص شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) will be included,</source>
        <translation>
            <numerusform>لن تُدرج أي حادثة،</numerusform>
            <numerusform>ستُدرج حادثة واحدة،</numerusform>
            <numerusform>ستُدرج حادثتان،</numerusform>
            <numerusform>ستُدرج %n حوادث،</numerusform>
            <numerusform>ستُدرج %n حادثةً،</numerusform>
            <numerusform>ستُدرج %n حادثة،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named or coded;</source>
        <translation>
            <numerusform>لن يُذكر أي شخص باسمه أو برمزه؛</numerusform>
            <numerusform>سيُذكر شخص واحد باسمه أو برمزه؛</numerusform>
            <numerusform>سيُذكر شخصان باسميهما أو برمزيهما؛</numerusform>
            <numerusform>سيُذكر %n أشخاص بأسمائهم أو برموزهم؛</numerusform>
            <numerusform>سيُذكر %n شخصًا بأسمائهم أو برموزهم؛</numerusform>
            <numerusform>سيُذكر %n شخص بأسمائهم أو برموزهم؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) withheld (see step 4).</source>
        <translation>
            <numerusform>لن يُحجب أي عنصر (انظر الخطوة 4).</numerusform>
            <numerusform>سيُحجب عنصر واحد (انظر الخطوة 4).</numerusform>
            <numerusform>سيُحجب عنصران (انظر الخطوة 4).</numerusform>
            <numerusform>ستُحجب %n عناصر (انظر الخطوة 4).</numerusform>
            <numerusform>سيُحجب %n عنصرًا (انظر الخطوة 4).</numerusform>
            <numerusform>سيُحجب %n عنصر (انظر الخطوة 4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation>الأشخاص والمنظمات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>الملفات التوثيقية</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>DefenderDoc</source>
        <translation>DefenderDoc</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>حالة الخزنة</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>ال&amp;خزنة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل الآن</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>الوضع ال&amp;خفي</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>Unlocked · vault “%1” · auto-lock in %2:%3</source>
        <translation>مفتوحة · الخزنة «%1» · القفل التلقائي بعد %2:%3</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>عمل جارٍ</translation>
    </message>
    <message>
        <source>An import or export is still running. Stop it and quit?</source>
        <translation>لا تزال عملية استيراد أو تصدير جارية. هل تريد إيقافها والخروج؟</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
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
        <translation>Ctrl+F  البحث في الحوادث
Ctrl+N  حادثة جديدة
Ctrl+E  تعديل التحديد
Ctrl+I  استيراد أدلة
Ctrl+P  ملف توثيقي جديد
Ctrl+Shift+L  القفل الآن (طوارئ)
Ctrl+Shift+D  الوضع الخفي
Alt+1 … Alt+7  الانتقال إلى قسم
F1  هذه القائمة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase. The vault was not changed.</source>
        <translation>عبارة المرور غير صحيحة. لم تتغير الخزنة.</translation>
    </message>
    <message>
        <source>No vault was found at this location.</source>
        <translation>لم يُعثر على خزنة في هذا الموقع.</translation>
    </message>
    <message>
        <source>Something already exists at this location; nothing was overwritten.</source>
        <translation>يوجد شيء ما بالفعل في هذا الموقع؛ لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation>الخزنة تالفة. استعِدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.hdr) is damaged. Restore it from a backup.</source>
        <translation>ملف مفاتيح الخزنة (vault.hdr) تالف. استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Restore it from a backup.</source>
        <translation>قاعدة بيانات الخزنة تالفة. استعِدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different vaults.</source>
        <translation>ملف المفاتيح وقاعدة البيانات يعودان إلى خزنتين مختلفتين.</translation>
    </message>
    <message>
        <source>The vault is open in another DefenderDoc window or process.</source>
        <translation>الخزنة مفتوحة في نافذة أو عملية أخرى من DefenderDoc.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters, for example several unrelated words.</source>
        <translation>اختر عبارة مرور من 8 أحرف على الأقل، مثل عدة كلمات لا علاقة بينها.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of DefenderDoc.</source>
        <translation>كُتبت هذه الخزنة بإصدار أحدث من DefenderDoc.</translation>
    </message>
    <message>
        <source>This device no longer holds the vault&apos;s remembered key. Unlock with the passphrase; nothing was lost.</source>
        <translation>لم يعد هذا الجهاز يحتفظ بالمفتاح المحفوظ للخزنة. افتحها بعبارة المرور؛ لم يُفقد أي شيء.</translation>
    </message>
    <message>
        <source>No trusted system keychain is available, so the vault cannot be remembered on this device.</source>
        <translation>لا يتوفر مخزن مفاتيح موثوق في النظام، لذا لا يمكن تذكّر الخزنة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Not enough disk space. Nothing was half-written; free some space and try again.</source>
        <translation>لا توجد مساحة كافية على القرص. لم يُكتب أي شيء بصورة ناقصة؛ حرّر بعض المساحة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>أُلغيت العملية. لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Some of the information entered is not valid.</source>
        <translation>بعض المعلومات المُدخلة غير صالحة.</translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation>السجل غير موجود.</translation>
    </message>
    <message>
        <source>Something went wrong; your vault is intact.</source>
        <translation>حدث خطأ ما؛ خزنتك سليمة.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>{dimension} (main categories)</source>
        <translation>{dimension} (الفئات الرئيسية)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Category keys that are not vocabulary codes. They start with &quot;_&quot;, which no vocabulary code can (see ``vocab._CODE``), so they never collide.</extracomment>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>No person linked</source>
        <translation>لا يوجد شخص مرتبط</translation>
    </message>
    <message>
        <source>Date known only to the year</source>
        <translation>التاريخ معروف بالسنة فقط</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>نوع الحادثة</translation>
    </message>
    <message>
        <source>Perpetrator type</source>
        <translation>نوع الجهة المرتكبة</translation>
    </message>
    <message>
        <source>State or non-State actor</source>
        <translation>جهة حكومية أو غير حكومية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Stage of migration</source>
        <translation>مرحلة الهجرة</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>السياق المكاني</translation>
    </message>
    <message>
        <source>Documentation status</source>
        <translation>حالة التوثيق</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>استجابة السلطات</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>الهوية الجنسانية</translation>
    </message>
    <message>
        <source>Sex characteristics</source>
        <translation>الخصائص الجنسية</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>الميول الجنسية</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>وضع الهجرة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Indigenous identity</source>
        <translation>الانتماء إلى الشعوب الأصلية</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation>الدين أو المعتقد</translation>
    </message>
    <message>
        <source>Pregnancy status</source>
        <translation>الحمل</translation>
    </message>
    <message>
        <source>Occupation or sector</source>
        <translation>المهنة أو القطاع</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>الدور في الحادثة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Totals count each incident or person once; one that falls in several categories is counted in each, so the cells can add up to more than the total.</source>
        <translation>تُحسب كل حادثة أو شخص مرة واحدة في المجاميع؛ وما يندرج في عدة فئات يُحسب في كل منها، لذا قد يتجاوز مجموع الخانات المجموع الكلي.</translation>
    </message>
    <message>
        <source>No small-cell suppression: for use inside the organisation only.</source>
        <translation>من دون حجب الخانات الصغيرة: للاستخدام داخل المنظمة فقط.</translation>
    </message>
    <message>
        <source>Values below {threshold}, and further values from which they could be worked out, are suppressed.</source>
        <translation>تُحجب القيم الأقل من {threshold}، والقيم الأخرى التي يمكن استنتاجها منها.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Persons affected</source>
        <translation>الأشخاص المتضررون</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Only %1 of the %2 columns fit on this page; the CSV export has them all.</source>
        <translation>لا يتسع في هذه الصفحة إلا %1 من الأعمدة الـ%2؛ ملف CSV المُصدَّر يتضمنها كلها.</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>(none)</source>
        <extracomment>Row/column dimensions offered, with the level used for hierarchical ones. Dimensions a clicked cell can be listed by, and how they map to incident filters.</extracomment>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>الأشخاص المتضررون</translation>
    </message>
    <message>
        <source>Show as it would leave the vault (small cells suppressed)</source>
        <translation>العرض كما سيغادر الخزنة (مع حجب الخانات الصغيرة)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export PDF page…</source>
        <translation>تصدير صفحة PDF…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدّ حسب</translation>
    </message>
    <message>
        <source>Suppress cells below</source>
        <translation>حجب الخانات الأقل من</translation>
    </message>
    <message>
        <source>Cross-tabulation</source>
        <translation>جدول تقاطعي</translation>
    </message>
    <message>
        <source>Incidents in the selected cell</source>
        <translation>الحوادث في الخانة المحددة</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>مؤشرات</translation>
    </message>
    <message>
        <source>Signals: escalation and possible reprisals</source>
        <translation>مؤشرات: التصعيد والانتقام المحتمل</translation>
    </message>
    <message>
        <source>Incidents in the selected cell (in the vault only)</source>
        <translation>الحوادث في الخانة المحددة (داخل الخزنة فقط)</translation>
    </message>
    <message>
        <source>Only incidents</source>
        <translation>الحوادث فقط</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>اكتب التواريخ بالصيغة YYYY-MM-DD، مثلًا 2026-03-14.</translation>
    </message>
    <message>
        <source>Per month, %1 to %2</source>
        <translation>شهريًا، من %1 إلى %2</translation>
    </message>
    <message>
        <source>Escalating: %1 — %2 in the last 90 days (expected %3)</source>
        <translation>تصاعد: %1 — %2 خلال آخر 90 يومًا (المتوقع: %3)</translation>
    </message>
    <message>
        <source>Possible reprisal: incident %1, %2 days after export %3 to %4</source>
        <translation>انتقام محتمل: الحادثة %1، بعد %2 يومًا من عملية التصدير %3 إلى %4</translation>
    </message>
    <message>
        <source>No signal at the moment.</source>
        <translation>لا توجد مؤشرات في الوقت الحالي.</translation>
    </message>
    <message>
        <source>Listing is available for incident type, perpetrator type, country and stage of migration.</source>
        <translation>تتوفر القائمة حسب نوع الحادثة ونوع الجهة المرتكبة والبلد ومرحلة الهجرة.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>تصدير الإحصاءات</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 حسب %2</translation>
    </message>
    <message>
        <source>Statistics written with small cells suppressed; SHA-256 %1</source>
        <translation>حُفظت الإحصاءات مع حجب الخانات الصغيرة؛ بصمة SHA-256: %1</translation>
    </message>
    <message>
        <source>A similar table has left the vault</source>
        <translation>جدول مشابه غادر الخزنة</translation>
    </message>
    <message>
        <source>A table of the same categories, counted under a different filter, was exported on %1. Whoever receives both can subtract one from the other and recover cells that suppression hides. Export this one anyway?</source>
        <translation>صُدِّر في %1 جدول بالفئات نفسها، محسوب بمرشِّح مختلف. من يتلقى الجدولين يمكنه طرح أحدهما من الآخر واستعادة الخانات التي يخفيها الحجب. هل تريد تصدير هذا الجدول رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages hidden in discreet mode — &amp;show them</source>
        <translation>الصفحات مخفية في الوضع الخفي — إ&amp;ظهارها</translation>
    </message>
    <message>
        <source>The preview could not be displayed.</source>
        <translation>تعذّر عرض المعاينة.</translation>
    </message>
    <message>
        <source>Pages of the dossier</source>
        <translation>صفحات الملف التوثيقي</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find by pseudonym…</source>
        <translation>البحث بالاسم المستعار…</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Organisation name or code</source>
        <translation>اسم المنظمة أو رمزها</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>إضافة منظمة</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n incident(s)</source>
        <translation>
            <numerusform>%1 · لا حوادث</numerusform>
            <numerusform>%1 · حادثة واحدة</numerusform>
            <numerusform>%1 · حادثتان</numerusform>
            <numerusform>%1 · ‏%n حوادث</numerusform>
            <numerusform>%1 · ‏%n حادثةً</numerusform>
            <numerusform>%1 · ‏%n حادثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Pseudonym or code</source>
        <translation>الاسم المستعار أو الرمز</translation>
    </message>
    <message>
        <source>Defender</source>
        <translation>مدافع/ة عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>أحد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد/ة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Legal name (sensitive)</source>
        <translation>الاسم القانوني (بيانات حساسة)</translation>
    </message>
    <message>
        <source>Contact (sensitive)</source>
        <translation>وسيلة الاتصال (بيانات حساسة)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Human rights work</source>
        <translation>العمل في مجال حقوق الإنسان</translation>
    </message>
    <message>
        <source>Notes (sensitive)</source>
        <translation>ملاحظات (بيانات حساسة)</translation>
    </message>
    <message>
        <source>Identity and characteristics (each optional)</source>
        <translation>الهوية والخصائص (كلها اختيارية)</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>سجل الحوادث</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>حفظ بيانات الشخص</translation>
    </message>
    <message>
        <source>Consent, per use</source>
        <translation>الموافقة، حسب الاستخدام</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>طريقة الحصول عليها</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>من سجّلها</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>تُكتب التواريخ بالصيغة YYYY-MM-DD (سنة-شهر-يوم)، مثل 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>ZIP package: PDF, JSON, evidence files, SHA-256 list</source>
        <translation>حزمة ZIP: ملف PDF وملف JSON وملفات الأدلة وقائمة بصمات SHA-256</translation>
    </message>
    <message>
        <source>JSON (structured data)</source>
        <translation>JSON (بيانات مُهيكلة)</translation>
    </message>
    <message>
        <source>CSV (one row per incident)</source>
        <translation>CSV (صف واحد لكل حادثة)</translation>
    </message>
    <message>
        <source>Images are printed in the PDF; other files are only listed with their SHA-256.</source>
        <translation>تُطبع الصور في ملف PDF؛ أما الملفات الأخرى فتُدرج أسماؤها مع بصمات SHA-256 فقط.</translation>
    </message>
    <message>
        <source>Every file listed above travels in the package, under its neutral name.</source>
        <translation>يُرفق كل ملف مدرج أعلاه في الحزمة، باسمه المحايد.</translation>
    </message>
    <message>
        <source>The text of the dossier; files are only listed with their SHA-256.</source>
        <translation>نص الملف التوثيقي؛ تُدرج الملفات مع بصمات SHA-256 فقط.</translation>
    </message>
    <message>
        <source>Only the incidents&apos; fields: no narratives, no summary, no files.</source>
        <translation>حقول الحوادث فقط: لا سرديات ولا ملخص ولا ملفات.</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>جارٍ تجهيز الصفحات</translation>
    </message>
    <message>
        <source>Go to “What leaves” to fix it</source>
        <translation>انتقل إلى «ما الذي سيُرسَل» لإصلاح ذلك</translation>
    </message>
    <message>
        <source>Withheld and why</source>
        <translation>ما حُجب ولماذا</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>الملفات وبصمات SHA-256 الخاصة بها</translation>
    </message>
    <message>
        <source>Copy the SHA-256 list</source>
        <translation>نسخ قائمة بصمات SHA-256</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>صيغة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Files in the dossier, with SHA-256</source>
        <translation>الملفات في الملف التوثيقي، مع بصمات SHA-256</translation>
    </message>
    <message>
        <source>Export is blocked: %1</source>
        <translation>التصدير ممنوع: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) the recipient expects are missing (listed in step 3).</source>
        <translation>
            <numerusform>لا ينقص أي شيء مما تتوقعه الجهة المستلمة.</numerusform>
            <numerusform>ينقص أمر واحد تتوقعه الجهة المستلمة (مذكور في الخطوة 3).</numerusform>
            <numerusform>ينقص أمران تتوقعهما الجهة المستلمة (مذكوران في الخطوة 3).</numerusform>
            <numerusform>تنقص %n أمور تتوقعها الجهة المستلمة (مذكورة في الخطوة 3).</numerusform>
            <numerusform>ينقص %n أمرًا تتوقعها الجهة المستلمة (مذكورة في الخطوة 3).</numerusform>
            <numerusform>ينقص %n أمر تتوقعها الجهة المستلمة (مذكورة في الخطوة 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>لم يُحجب أي شيء.</translation>
    </message>
    <message>
        <source>No files leave.</source>
        <translation>لن يُرسل أي ملف.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): exactly the PDF that would be written.</source>
        <translation>
            <numerusform>لا صفحات: هذا بالضبط ملف PDF الذي سيُكتب.</numerusform>
            <numerusform>صفحة واحدة: هذا بالضبط ملف PDF الذي سيُكتب.</numerusform>
            <numerusform>صفحتان: هذا بالضبط ملف PDF الذي سيُكتب.</numerusform>
            <numerusform>%n صفحات: هذا بالضبط ملف PDF الذي سيُكتب.</numerusform>
            <numerusform>%n صفحةً: هذا بالضبط ملف PDF الذي سيُكتب.</numerusform>
            <numerusform>%n صفحة: هذا بالضبط ملف PDF الذي سيُكتب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Pseudonyms (for example “WHRD-Alpha”)</source>
        <translation>أسماء مستعارة (مثل «WHRD-Alpha»)</translation>
    </message>
    <message>
        <source>Codes only (“Person A”, “Person B”…)</source>
        <translation>رموز فقط («الشخص A»، «الشخص B»…)</translation>
    </message>
    <message>
        <source>Legal names only with consent; pseudonyms otherwise</source>
        <translation>الأسماء القانونية بموافقة أصحابها فقط؛ وإلا فالأسماء المستعارة</translation>
    </message>
    <message>
        <source>Legal names for everyone (refused without consent)</source>
        <translation>الأسماء القانونية للجميع (يُرفض ذلك دون موافقة)</translation>
    </message>
    <message>
        <source>The exact place (town, shelter, street)</source>
        <translation>المكان بدقة (البلدة، المأوى، الشارع)</translation>
    </message>
    <message>
        <source>Region only</source>
        <translation>المنطقة فقط</translation>
    </message>
    <message>
        <source>Country only</source>
        <translation>البلد فقط</translation>
    </message>
    <message>
        <source>The exact day</source>
        <translation>اليوم بدقة</translation>
    </message>
    <message>
        <source>Month and year only</source>
        <translation>الشهر والسنة فقط</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>الهوية الجنسانية</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>وضع الهجرة</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Indigenous identity</source>
        <translation>الانتماء إلى الشعوب الأصلية</translation>
    </message>
    <message>
        <source>How people are named</source>
        <translation>طريقة تسمية الأشخاص</translation>
    </message>
    <message>
        <source>How precise places are</source>
        <translation>مدى دقة الأماكن</translation>
    </message>
    <message>
        <source>How precise dates are</source>
        <translation>مدى دقة التواريخ</translation>
    </message>
    <message>
        <source>Include the narratives (names and places replaced)</source>
        <translation>إدراج السرديات (مع استبدال الأسماء والأماكن)</translation>
    </message>
    <message>
        <source>Include evidence (cleaned; marked areas blacked out)</source>
        <translation>إدراج الأدلة (منظَّفة؛ مع تعتيم المناطق المحددة)</translation>
    </message>
    <message>
        <source>Replace known names in narratives automatically</source>
        <translation>استبدال الأسماء المعروفة في السرديات تلقائيًا</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Characteristics shown for each person</source>
        <translation>الخصائص المعروضة لكل شخص</translation>
    </message>
    <message>
        <source>Words or sentences to black out in the narratives</source>
        <translation>كلمات أو جمل يجب تعتيمها في السرديات</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Text to redact</source>
        <translation>النص المراد حجبه</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Qt asks every installed catalog for this entry to learn the text direction of the language: &quot;RTL&quot; (Arabic) or &quot;LTR&quot;. Qt&apos;s own lookup is in C++, so lupdate never sees it; marked here, the entry survives every ``make catalogs``.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecipientStep</name>
    <message>
        <source>Special Rapporteur on the situation of human rights defenders</source>
        <extracomment>Each language in its own name (an endonym is not translated; &quot;en&quot; alone would be &quot;American English&quot; in QLocale).</extracomment>
        <translation>المقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Special Rapporteur on the human rights of migrants</source>
        <translation>المقرر الخاص المعني بحقوق الإنسان للمهاجرين</translation>
    </message>
    <message>
        <source>Special Rapporteur on violence against women and girls</source>
        <translation>المقرر الخاص المعني بالعنف ضد النساء والفتيات</translation>
    </message>
    <message>
        <source>Special Rapporteur on freedom of opinion and expression</source>
        <translation>المقرر الخاص المعني بحرية الرأي والتعبير</translation>
    </message>
    <message>
        <source>Special Rapporteur on torture</source>
        <translation>المقرر الخاص المعني بالتعذيب</translation>
    </message>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation>الفريق العامل المعني بالاحتجاز التعسفي</translation>
    </message>
    <message>
        <source>Working Group on Enforced or Involuntary Disappearances</source>
        <translation>الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي</translation>
    </message>
    <message>
        <source>Who is this dossier for?</source>
        <translation>لمن هذا الملف التوثيقي؟</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>لغة الملف التوثيقي</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>الجهة المستلمة</translation>
    </message>
    <message>
        <source>&amp;Language of the dossier:</source>
        <translation>&amp;لغة الملف التوثيقي:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>ال&amp;جهة المستلمة:</translation>
    </message>
    <message>
        <source>Type a mandate and press Enter</source>
        <translation>اكتب اسم ولاية ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>UN mandates addressed</source>
        <translation>ولايات الأمم المتحدة الموجَّه إليها</translation>
    </message>
    <message>
        <source>Urgent appeal (risk of imminent harm)</source>
        <translation>نداء عاجل (خطر ضرر وشيك)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <source>Your organisation (the mechanism keeps it confidential)</source>
        <translation>منظمتك (تحافظ الآلية على سرية هويتها)</translation>
    </message>
    <message>
        <source>For the UN</source>
        <translation>للأمم المتحدة</translation>
    </message>
    <message>
        <source>Mandates:</source>
        <translation>الولايات:</translation>
    </message>
    <message>
        <source>&amp;Submitted by:</source>
        <translation>م&amp;قدَّم من:</translation>
    </message>
    <message>
        <source>Other support sought or received</source>
        <translation>دعم آخر مطلوب أو تم الحصول عليه</translation>
    </message>
    <message>
        <source>Other support sought or received (funders ask, to avoid double funding)</source>
        <translation>دعم آخر مطلوب أو تم الحصول عليه (تطلبه الجهات المانحة لتجنّب التمويل المزدوج)</translation>
    </message>
    <message>
        <source>For the protection organisation</source>
        <translation>لمنظمة الحماية</translation>
    </message>
    <message>
        <source>Support requested:</source>
        <translation>الدعم المطلوب:</translation>
    </message>
    <message>
        <source>Leave empty for: %1</source>
        <translation>اتركه فارغًا لاستخدام: %1</translation>
    </message>
</context>
<context>
    <name>ReprisalDialog</name>
    <message>
        <source>Possible reprisal for export %1</source>
        <translation>انتقام محتمل على عملية التصدير %1</translation>
    </message>
    <message>
        <source>Choose the incident that may be a reprisal for this export (%1, to %2). It is recorded on the incident.</source>
        <translation>اختر الحادثة التي قد تكون انتقامًا على عملية التصدير هذه (%1، إلى %2). يُسجَّل ذلك في الحادثة.</translation>
    </message>
    <message>
        <source>Search incidents…</source>
        <translation>البحث في الحوادث…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>البحث في الحوادث</translation>
    </message>
    <message>
        <source>Only incidents dated after the export</source>
        <translation>الحوادث المؤرخة بعد التصدير فقط</translation>
    </message>
    <message>
        <source>Later incidents</source>
        <translation>الحوادث اللاحقة</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>وسم</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>System language</source>
        <extracomment>Interface languages, each in its own name; &quot;&quot; follows the system&apos;s language. A new language needs its catalog too (README, &quot;Adding a language&quot;).</extracomment>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>القفل عند تصغير النافذة</translation>
    </message>
    <message>
        <source>Remember the last vault&apos;s location on this device (off: nothing is stored)</source>
        <translation>تذكّر موقع آخر خزنة على هذا الجهاز (عند التعطيل: لا يُحفظ أي شيء)</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>اللغة (بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>القفل بعد فترة من عدم النشاط</translation>
    </message>
    <message>
        <source>Clear copied text after</source>
        <translation>مسح النص المنسوخ بعد</translation>
    </message>
    <message>
        <source>Keep sealed originals of imported evidence in this vault (off: only their SHA-256 is kept, safer if the laptop may be seized)</source>
        <translation>الاحتفاظ بالنسخ الأصلية المختومة من الأدلة المستوردة في هذه الخزنة (عند التعطيل: تُحفظ بصمة SHA-256 فقط، وهو أكثر أماناً إذا كان الحاسوب معرّضاً للمصادرة)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation>تذكّر هذه الخزنة على هذا الجهاز</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>نسيان هذا الجهاز</translation>
    </message>
    <message>
        <source>Remember on this device (convenience)</source>
        <translation>التذكّر على هذا الجهاز (للتيسير)</translation>
    </message>
    <message>
        <source>Convenience only: weaker against someone who gets your logged-in laptop or malware running as you. The passphrase keeps working, and a vault copied to another machine never opens with this.</source>
        <translation>للتيسير فقط: حماية أضعف في مواجهة من يصل إلى حاسوبك المحمول وجلستك مفتوحة، أو في مواجهة برمجية خبيثة تعمل بحسابك. تظل عبارة المرور صالحة، ولا تُفتح بهذه الطريقة أبدًا خزنةٌ نُسخت إلى جهاز آخر.</translation>
    </message>
    <message>
        <source>Looking for a system keychain…</source>
        <translation>جارٍ البحث عن مخزن مفاتيح في النظام…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>This vault can now be unlocked on this device without the passphrase.</source>
        <translation>يمكن الآن فتح هذه الخزنة على هذا الجهاز من دون عبارة المرور.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>لم يعد هذا الجهاز يتذكّر الخزنة.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>DefenderDoc — Unlock vault</source>
        <translation>DefenderDoc — فتح الخزنة</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>رسالة الخطأ</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>Unlock a DefenderDoc vault</source>
        <translation>فتح خزنة DefenderDoc</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>إنشاء خزنة جديدة…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: wait %n second(s).</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا: انتظر قليلًا.</numerusform>
            <numerusform>محاولات كثيرة جدًا: انتظر ثانية واحدة.</numerusform>
            <numerusform>محاولات كثيرة جدًا: انتظر ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا: انتظر %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا: انتظر %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا: انتظر %n ثانية.</numerusform>
        </translation>
    </message>
</context>
</TS>
