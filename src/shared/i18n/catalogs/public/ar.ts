import type { PublicMessages } from './en.ts';

/**
 * The public site in Arabic (Modern Standard): machine-assisted, awaiting community review
 * (src/shared/i18n/review.ts). Written to read the same to a woman or a man: requests use «يُرجى» and verbal
 * nouns, not a gendered imperative. Terms: بلاغ (report), إيصال (receipt), الرقم المرجعي (reference number),
 * «متابعة البلاغ» (follow up). 911 and the receipt in Latin digits, as they are dialled and typed.
 */
export const ar: PublicMessages = {
  'public.siteName': 'FocalPoint',
  'public.tagline': 'الإبلاغ بأمان عن المضايقات من قِبل دولة أجنبية',
  'public.skipLink': 'الانتقال إلى المحتوى الرئيسي',
  'public.danger.title': 'هل أنت في خطر الآن؟',
  'public.danger.body': 'يُرجى الاتصال بالرقم 911. لا يستطيع هذا الموقع إرسال المساعدة بسرعة.',
  'public.quickExit': 'خروج سريع',
  'public.quickExit.description': 'يغادر هذا الموقع فورًا وينتقل إلى صفحة للطقس.',
  'public.nav.label': 'القائمة الرئيسية',
  'public.nav.home': 'الصفحة الرئيسية',
  'public.nav.report': 'تقديم بلاغ',
  'public.nav.followUp': 'متابعة البلاغ',
  'public.nav.privacy': 'الخصوصية',
  'public.language.label': 'اللغة',
  'public.footer':
    'لا يسجّل FocalPoint عنوان IP الخاص بك، ولا يستخدم ملفات تعريف ارتباط للتتبّع، ولا يحمّل أي شيء من مواقع أخرى.',
  'public.required': '(مطلوب)',
  'public.pageTitle': '{page} – FocalPoint',
  'public.translationNotice':
    'أُعدّت هذه الترجمة بمساعدة الترجمة الآلية، ولم يراجعها بعدُ متحدثون أصليون بالعربية. إذا كان هناك ما هو غير واضح، يمكنك مراسلتنا بأي لغة.',
  'public.backHome': 'الذهاب إلى الصفحة الرئيسية',
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body':
    'لا توجد صفحة على هذا العنوان. يُرجى التحقق من العنوان، أو البدء من جديد من الصفحة الرئيسية.',

  'home.title': 'الإبلاغ بأمان عن القمع العابر للحدود',
  'home.lead':
    'FocalPoint هو الجهة المركزية في كندا للإبلاغ عن المضايقات أو التهديدات أو المراقبة أو الضغوط التي تمارسها دولة أجنبية، أو من يعمل لصالحها، ضد أشخاص في كندا بسبب هويتهم أو ما يقومون به.',
  'home.what.body':
    'يقرأ فريق واحد كل بلاغ، ويبقى على تواصل معك، ويساعدك في الحصول على الدعم. لا نحيل بلاغك إلى الشرطة أو إلى جهات أخرى إلا بموافقتك.',
  'home.how.heading': 'كيف يعمل',
  'home.how.step1': 'يمكنك إخبارنا بما حدث دون ذكر اسمك. الوصف وحده هو المطلوب.',
  'home.how.step2':
    'يظهر لك بعد ذلك إيصال: رمز من 20 حرفًا ورقمًا. يُرجى حفظه في مكان آمن، فهو الطريقة الوحيدة للعودة إلى بلاغك.',
  'home.how.step3': 'بالإيصال يمكنك العودة لمعرفة ما نقوم به، وقراءة رسائلنا والرد عليها، وإضافة معلومات.',
  'home.how.step4': 'لا نحيل بلاغك إلى أي جهة دون موافقتك أبدًا، إلا إذا كانت حياة شخص ما في خطر داهم.',
  'home.cta.report': 'تقديم بلاغ',
  'home.cta.followUp': 'لديّ إيصال بالفعل',
  'home.safety.heading': 'البقاء في أمان أثناء الإبلاغ',
  'home.safety.body':
    'إذا كان هناك من قد يراقب هاتفك أو حاسوبك، فيُستحسن استخدام جهاز لا يستطيع الوصول إليه، أو متصفح Tor Browser. يعمل هذا الموقع مع تعطيل JavaScript، ولا يضع ملفات تعريف ارتباط، ولا يحمّل أي شيء من مواقع أخرى.',
  'home.safety.quickExit': 'زر «خروج سريع» في أعلى كل صفحة يغادر هذا الموقع فورًا وينتقل إلى صفحة للطقس.',
  'home.privacy.heading': 'خصوصيتك',
  'home.privacy.body':
    'كل ما يُكتب في البلاغ يُشفَّر قبل حفظه. لا نسجّل عنوان IP الخاص بك. الموظفون ملزمون بالسرية، ويُسجَّل كل اطلاع على أي بلاغ.',
  'home.privacy.link': 'قراءة إشعار الخصوصية كاملًا',

  'privacy.title': 'إشعار الخصوصية',
  'privacy.intro':
    'يوضح هذا الإشعار ما يحتفظ به FocalPoint عند الإبلاغ، ومن يمكنه الاطلاع عليه، وما يمكنك طلبه.',
  'privacy.keep.heading': 'ما نحتفظ به',
  'privacy.keep.body':
    'فقط ما يُقدَّم لنا باختيارك: الوصف، والإجابات المختارة، والملفات المرفقة، واسمك وبيانات الاتصال بك إن اخترت تقديمها. كل ما يُكتب وكل ملف يُشفَّر قبل حفظه.',
  'privacy.notKept.heading': 'ما لا نحتفظ به',
  'privacy.notKept.body':
    'لا نخزّن عنوان IP الخاص بك. لا نستخدم ملفات تعريف ارتباط للتتبّع ولا أدوات تحليل، ولا يحمّل هذا الموقع أي شيء من مواقع أخرى. ولا يُخزَّن إيصالك أيضًا: نحتفظ فقط بصيغة مموّهة منه لا يمكن إعادتها إلى الإيصال.',
  'privacy.files.heading': 'الملفات',
  'privacy.files.body':
    'يرى الموظفون نسخة منقّاة من كل صورة أو مستند، دون البيانات المخفية مثل مكان التقاط الصورة. ويُحتفظ بالأصل مشفّرًا بوصفه دليلًا.',
  'privacy.access.heading': 'من يمكنه الاطلاع على بلاغك',
  'privacy.access.body':
    'فقط موظفو FocalPoint المدرَّبون الذين يعملون على البلاغات. يرى المحللون الذين يبحثون عن أنماط متكررة الوقائعَ دون أسماء. لا يستطيع مديرو الأنظمة قراءة البلاغات. وفي كل مرة يفتح فيها أحد بلاغًا أو اسمًا، يُسجَّل ذلك في سجل لا يمكن تغييره دون أن يُكتشف.',
  'privacy.sharing.heading': 'متى نشارك المعلومات',
  'privacy.sharing.body':
    'لا نحيل بلاغك إلى الشرطة أو إلى أي جهة أخرى إلا بموافقتك. والاستثناء الوحيد هو أن تكون حياة شخص ما في خطر الآن، وعندها يجب أن يوافق على ذلك مشرف. ولا نشارك أي شيء أبدًا مع حكومة البلد الذي يأتي منه الخطر عليك.',
  'privacy.stats.heading': 'الإحصاءات',
  'privacy.stats.body':
    'إذا وافقت، يُحتسب بلاغك في الإحصاءات العامة، دون أسماء أو تفاصيل قد تكشف هوية أي شخص. لا تُنشر أبدًا الأعداد الأقل من 5.',
  'privacy.choices.heading': 'خياراتك',
  'privacy.choices.body': 'بالإيصال يمكنك في أي وقت تغيير موافقتك، أو إضافة معلومات، أو طلب حذف بلاغك.',
  'privacy.retention.heading': 'مدة الاحتفاظ',
  'privacy.retention.body':
    'نحتفظ بالبلاغ ما دمنا نعمل عليه. وبعد إغلاق الملف، يُحذف البلاغ، أو يُزال منه كل ما قد يكشف هوية شخص، وفق جدول زمني محدد.',

  'form.title': 'الإبلاغ عمّا حدث',
  'form.intro':
    'لا داعي للعجلة. الوصف وحده هو المطلوب: يمكنك الإجابة عن الأسئلة الأخرى فقط إن استطعت ورغبت في ذلك. لا يلزمك ذكر اسمك.',
  'form.noSave':
    'لا يُحفظ أي شيء قبل الضغط على «إرسال البلاغ» في آخر الصفحة. وعند مغادرة هذه الصفحة يضيع كل ما كُتب فيها.',
  'form.errorSummary.title': 'هناك مشكلة',
  'form.errorPrefix': 'خطأ:',
  'form.errorSummary.intro': 'لم يُرسَل بلاغك بعد. يُرجى التحقق مما يلي:',
  'form.filesNotKept':
    'حفاظًا على أمانك، لا يُحتفظ بالملفات عند إعادة عرض النموذج. يُرجى إرفاق ملفاتك مرة أخرى.',
  'form.inDangerNow.label': 'أنا في خطر الآن',
  'form.inDangerNow.hint':
    'إن أمكن، يُرجى الاتصال بالرقم 911 أولًا. تحديد هذا الخيار يضمن أن يقرأ موظفونا بلاغك قبل غيره.',

  'form.story.legend': 'ما الذي حدث',
  'form.narrative.label': 'وصف ما حدث',
  'form.narrative.hint':
    'بكلماتك الخاصة وبأي لغة: ما الذي قيل أو فُعل، ومن قام به، وكيف أثّر فيك أو في غيرك. لا داعي للقلق إن لم تكن كل التفاصيل دقيقة.',
  'form.reporterKind.legend': 'عمّن يُقدَّم هذا البلاغ؟',
  'form.reporterKind.self': 'عن نفسي',
  'form.reporterKind.someone_else': 'عن شخص آخر',
  'form.reporterKind.organisation': 'عن منظمة أو مجموعة',

  'form.when.legend': 'متى حدث ذلك؟',
  'form.startedOn.label': 'تاريخ حدوثه أو بدايته',
  'form.endedOn.label': 'تاريخ انتهائه، إن استمر عدة أيام',
  'form.date.hint': 'مثلًا 2026-10-01. يمكن ترك الحقل فارغًا عند عدم التأكد.',
  'form.ongoing.label': 'ما زال مستمرًا',

  'form.where.legend': 'أين حدث ذلك؟',
  'form.province.label': 'المقاطعة أو الإقليم',
  'form.choose': 'يُرجى الاختيار (اختياري)',
  'form.city.label': 'المدينة أو البلدة',
  'form.institution.label': 'الجامعة أو الكلية أو المدرسة أو أي مؤسسة أخرى، إن حدث ذلك فيها',
  'form.institution.list': 'عرض جامعات وكليات هذه المقاطعة',
  'form.institution.university': 'الجامعات',
  'form.institution.college': 'الكليات والمعاهد التقنية',
  'form.institutionOther.label': 'إن لم تكن في القائمة: اسمها',
  'form.institution.chooseProvince': 'يُرجى اختيار المقاطعة أعلاه أولاً.',

  'form.tactics.legend': 'ما الذي حدث؟ يُرجى تحديد كل ما ينطبق.',
  'form.channels.legend': 'كيف أو أين وصل إليك ذلك؟ يُرجى تحديد كل ما ينطبق.',
  'form.communities.legend': 'أي مجتمع مستهدف؟',
  'form.communities.hint': 'يُرجى تحديد كل ما ينطبق. يساعدنا ذلك على رؤية الأنماط المتكررة في البلاغات.',
  'form.suspectedState.label': 'برأيك، أي بلد يقف وراء ذلك؟',
  'form.suspectedState.unknown': 'لا أعرف، أو أفضّل عدم القول',
  'form.suspectedState.more': 'بلد آخر: عرض جميع البلدان',
  'form.suspectedState.others': 'جميع البلدان الأخرى',
  'form.impacts.legend': 'كيف أثّر ذلك فيك أو في الشخص المستهدف؟',

  'form.who.legend': 'من فعل ذلك؟',
  'form.who.hint':
    'إن كانت لديك أي معلومات عن الفاعل، يُرجى إخبارنا بها. يساعدنا ذلك على ربط البلاغات التي تتعلق بالأشخاص أنفسهم. وإلا، يمكن ترك هذا القسم فارغًا.',
  'form.perpetrator.legend': 'شخص أو مجموعة {n}',
  'form.perpetrator.description': 'من هم؟ الاسم، والدور، وصلتك بهم',
  'form.perpetrator.organisation': 'المنظمة أو المجموعة، إن ذكروا اسمها أو كنت تعرفها',
  'form.perpetrator.organisationHint':
    'مثلاً رابطة طلابية، أو رابطة أبناء البلدة، أو وسيلة إعلام، أو مجموعة مرتبطة بقنصلية.',
  'form.perpetrator.type': 'ما نوع هذا الشخص أو المجموعة؟',
  'form.perpetrator.confidence': 'ما مدى تأكدك من هويته؟',
  'form.identifiers.legend': 'أرقام هواتفهم أو حساباتهم أو عناوين بريدهم الإلكتروني أو مواقعهم على الويب',
  'form.identifiers.hint': 'عنصر واحد في كل صف: يُرجى اختيار نوعه أولًا، ثم كتابته.',
  'form.identifier.kind': 'الصف {n}: ما هذا؟',
  'form.identifier.account': 'حساب على {platform}',
  'form.identifier.value': 'الصف {n}: الرقم أو اسم الحساب أو العنوان أو الرابط',
  'form.perpetrator.add': 'إضافة شخص أو مجموعة أخرى',
  'form.perpetrator.remove': 'إزالة هذا الشخص أو هذه المجموعة',

  'form.evidence.legend': 'الأدلة',
  'form.evidence.label': 'لقطات شاشة أو صور أو تسجيلات أو مستندات',
  'form.evidence.hint':
    'حتى {max} ملفات، ولا يتجاوز كل منها {mb} ميغابايت. يرى الموظفون نسخة أُزيلت منها البيانات المخفية، مثل مكان التقاط الصورة.',

  'form.contact.legend': 'هل من رغبة لديك في تقديم اسمك وبيانات الاتصال بك؟',
  'form.anonymous.true': 'لا، دون ذكر هويتي. يظل بإمكاني متابعة البلاغ بالإيصال.',
  'form.anonymous.false': 'نعم، أقدّم بيانات الاتصال بي',
  'form.identity.hint': 'فقط في حال اختيار تقديم بيانات الاتصال. يُرجى ملء ما هو آمن لك فقط.',
  'form.name.label': 'الاسم',
  'form.email.label': 'البريد الإلكتروني',
  'form.phone.label': 'الهاتف',
  'form.preferredLanguage.label': 'اللغة المفضّلة لديك للتواصل',
  'form.safeToContact.label': 'متى وكيف يكون التواصل معك آمنًا؟',
  'form.safeToContact.hint': 'مثلًا: بالبريد الإلكتروني فقط؛ عدم الاتصال مساءً أبدًا.',

  'form.consents.legend': 'موافقتك',
  'form.consents.hint': 'يمكنك تغيير هذه الخيارات لاحقًا بالإيصال.',
  'form.consent.contact.label': 'يمكنكم التواصل معي',
  'form.consent.contact.hint':
    'لا نستخدم إلا بيانات الاتصال المقدَّمة، ولا نتواصل إلا بشأن هذا البلاغ. إذا لم تُذكر هويتك، فلا يمكننا مراسلتك إلا عبر صفحة «متابعة البلاغ».',
  'form.consent.referralToPolice.label': 'يمكنكم إحالة بلاغي إلى الشرطة',
  'form.consent.referralToPolice.hint':
    'مثلًا إلى الشرطة الملكية الكندية (RCMP) أو الشرطة المحلية، لكي تتمكن من التحقيق. من دون هذه الموافقة لا نشارك أي شيء مع الشرطة، إلا إذا كانت حياة شخص ما في خطر داهم.',
  'form.consent.anonymisedStatistics.label': 'يمكنكم احتساب بلاغي في الإحصاءات العامة',
  'form.consent.anonymisedStatistics.hint':
    'كأرقام فقط، دون أسماء أو تفاصيل قد تكشف هوية أي شخص. لا تُنشر أبدًا الأعداد الأقل من 5.',
  'form.consent.updates.label': 'إخباري في صفحة «متابعة البلاغ» عند إحالة بلاغي، وبما انتهى إليه',
  'form.consent.updates.hint': 'سيظهر لك ذلك عند العودة بالإيصال.',

  'form.submit': 'إرسال البلاغ',
  'form.submit.hint': 'بعد الإرسال، يظهر لك إيصال في الصفحة التالية.',

  'received.title': 'تم إرسال بلاغك',
  'received.reference': 'الرقم المرجعي: {reference}',
  'received.receipt.heading': 'إيصالك: يُرجى حفظه الآن',
  'received.receipt.lead':
    'هذا الإيصال هو الطريقة الوحيدة للعودة إلى بلاغك. لا نعرضه إلا هذه المرة: لا نحتفظ بنسخة منه ولا يمكننا عرضه مرة أخرى.',
  'received.receipt.label': 'الإيصال',
  'received.save.heading': 'طريقة حفظه بأمان',
  'received.save.paper': 'كتابته على ورقة، أو حفظه في برنامج لإدارة كلمات المرور.',
  'received.save.hide':
    'الاحتفاظ به في مكان لا يمكن أن يجده فيه أي شخص قد يراقبك، وعدم إرساله إلى نفسك بالبريد الإلكتروني أو في رسالة إذا كان هناك من قد يقرأها.',
  'received.save.lost': 'في حال فقدانه، يمكنك إرسال بلاغ جديد وذكر الرقم المرجعي فيه.',
  'received.next.heading': 'ماذا يحدث بعد ذلك',
  'received.next.read': 'يقرأ أحد أعضاء فريقنا كل بلاغ. وتُقرأ البلاغات المتعلقة بالخطر أولًا.',
  'received.next.comeBack':
    'بعد بضعة أيام، يمكنك العودة إلى «متابعة البلاغ» بالإيصال لمعرفة حالة بلاغك والاطلاع على رسائلنا.',
  'received.next.contact':
    'إذا قدّمت بيانات الاتصال ووافقت على التواصل معك، فلن نستخدم إلا الطريقة التي طلبتها.',
  'received.followUpLink': 'الانتقال إلى متابعة البلاغ',
  'replay.title': 'هذا البلاغ وصلنا من قبل',
  'replay.body':
    'أُرسل النموذج مرة ثانية، مثلًا بزر «رجوع» أو بإعادة تحميل الصفحة. هذا البلاغ لدينا من قبل، لذلك لم يُرسَل أي شيء جديد.',
  'replay.receipt':
    'حفاظًا على أمانك، عُرض إيصاله مرة واحدة فقط، عند إرسال البلاغ أول مرة، ولا يمكن عرضه مرة أخرى. إذا كان محفوظًا لديك، يمكنك استخدامه في «متابعة البلاغ». وفي حال فقدانه، يمكنك إرسال بلاغ جديد.',

  'followup.title': 'متابعة بلاغك',
  'followup.intro': 'يُرجى إدخال الإيصال الذي ظهر لك عند إرسال البلاغ. يبدو هكذا: ⁦7KQ4-M2XD-9PLW-R8TC-5HNB⁩.',
  'followup.receipt.label': 'الإيصال',
  'followup.receipt.hint': '20 حرفًا لاتينيًا ورقمًا. لا تهم الشرطات والمسافات والأحرف الصغيرة.',
  'followup.open': 'عرض بلاغي',
  'followup.noTrace':
    'لا يُحفظ إيصالك في هذا المتصفح: لا في ملفات تعريف الارتباط، ولا في شريط العنوان. يُرجى إغلاق الصفحة عند الانتهاء.',
  'followup.reference': 'الرقم المرجعي: {reference}',
  'followup.receivedAt': 'أُرسل في {date}',
  'followup.status.heading': 'الوضع الحالي',
  'followup.messages.heading': 'الرسائل',
  'followup.messages.none': 'لا توجد رسائل بعد.',
  'followup.messages.fromUs': 'من FocalPoint، {date}',
  'followup.messages.fromYou': 'منك، {date}',
  'followup.reply.label': 'مراسلتنا',
  'followup.reply.submit': 'إرسال الرسالة',
  'followup.reply.sent': 'تم إرسال رسالتك.',
  'followup.add.heading': 'إضافة معلومات أو ملفات',
  'followup.add.label': 'المعلومات الإضافية',
  'followup.add.files': 'الملفات',
  'followup.add.submit': 'إضافتها إلى بلاغي',
  'followup.add.done': 'شكرًا لك. أُضيف ذلك إلى بلاغك.',
  'followup.add.filesCount':
    '{count, plural, zero {لم يُضف أي ملف.} one {أُضيف ملف واحد.} two {أُضيف ملفان.} few {أُضيفت # ملفات.} many {أُضيف # ملفًا.} other {أُضيف # ملف.}}',
  'followup.evidence.heading': 'الملفات التي أرسلتها',
  'followup.evidence.item': '{type}، {size} كيلوبايت، أُرسل في {date}',
  'followup.consents.heading': 'موافقتك',
  'followup.consents.submit': 'حفظ اختياراتي',
  'followup.consents.saved': 'تم حفظ اختياراتك.',
  'followup.delete.heading': 'حذف بلاغي',
  'followup.delete.body':
    'سنحذف بلاغك وكل ما أرسلته. لا يمكن التراجع عن ذلك. إذا كان بلاغك قد أُحيل إلى الشرطة بموافقتك، فسنبلغهم بأنك طلبت حذفه.',
  'followup.delete.confirm': 'نعم، أريد حذف بلاغي',
  'followup.delete.submit': 'طلب الحذف',
  'followup.delete.done': 'وصلنا طلبك بحذف هذا البلاغ.',
  'followup.delete.already': 'طُلب الحذف في {date}.',
  'followup.delete.confirmRequired': 'يُرجى تحديد المربع لتأكيد طلب حذف بلاغك.',
  'followup.leave': 'انتهيت: مغادرة هذه الصفحة',
  'followup.expired.title': 'انتهت صلاحية هذه الصفحة',
  'followup.expired.body':
    'حفاظًا على أمانك، يُعرض بلاغك مرة واحدة فقط في كل مرة يُدخَل فيها الإيصال: الرجوع إلى الصفحة السابقة أو إعادة تحميلها لا يعرضه مرة أخرى. يُرجى إدخال الإيصال لعرض البلاغ من جديد.',
};
