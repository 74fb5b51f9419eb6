import type { Catalog } from '../catalog.ts';

/**
 * Intake and follow-up: the errors and statuses the API answers with (the public pages have their own
 * catalog for page text). Everything a reporter can see is translated into all six locales.
 */
export const intake = {
  en: {
    'error.invalidPhone': 'Enter a phone number using digits, spaces and an optional leading +.',
    'error.idempotencyKey': 'The Idempotency-Key must be 16 to 200 letters, digits or -_.:+/= characters.',
    'error.receiptNotFound':
      'We could not open a report with this receipt. Check each character and try again.',
    'error.deletionRequested': 'You asked for this report to be deleted, so it cannot be changed any more.',
    'followup.status.received':
      'We have received your report. Nobody has reviewed it yet; someone will soon.',
    'followup.status.under_review':
      'A member of our team has read your report and is deciding the next steps.',
    'followup.status.in_progress': 'A caseworker is working on your report.',
    'followup.status.referred': 'Your report has been referred to a partner organisation, as you agreed.',
    'followup.status.closed': 'Your case is closed. You can still send us a message here.',
    'followup.status.deletion_requested':
      'You asked us to delete your report. It will be deleted soon, and this receipt will then stop working.',
    'followup.referral.made':
      'Your report was referred to a partner organisation (for example the police) with your consent. We will tell you here what they answer.',
  },
  fr: {
    'error.invalidPhone':
      'Entrez un numéro de téléphone avec des chiffres, des espaces et, au besoin, un + au début.',
    'error.idempotencyKey':
      'L’en-tête Idempotency-Key doit compter de 16 à 200 lettres, chiffres ou caractères -_.:+/=.',
    'error.receiptNotFound':
      'Nous n’avons pas pu ouvrir de signalement avec ce reçu. Vérifiez chaque caractère et réessayez.',
    'error.deletionRequested':
      'Vous avez demandé la suppression de ce signalement : il ne peut donc plus être modifié.',
    'followup.status.received':
      'Nous avons reçu votre signalement. Personne ne l’a encore examiné; quelqu’un le fera bientôt.',
    'followup.status.under_review':
      'Un membre de notre équipe a lu votre signalement et décide des prochaines étapes.',
    'followup.status.in_progress': 'Une personne chargée de votre dossier y travaille.',
    'followup.status.referred':
      'Votre signalement a été transmis à un organisme partenaire, comme vous l’avez accepté.',
    'followup.status.closed': 'Votre dossier est fermé. Vous pouvez toujours nous écrire ici.',
    'followup.status.deletion_requested':
      'Vous nous avez demandé de supprimer votre signalement. Il le sera bientôt; ce reçu ne fonctionnera alors plus.',
    'followup.referral.made':
      'Votre signalement a été transmis à un organisme partenaire (par exemple la police) avec votre consentement. Nous vous indiquerons ici sa réponse.',
  },
  'zh-Hans': {
    'error.invalidPhone': '请输入电话号码，只能使用数字、空格，开头可以加 +。',
    'error.idempotencyKey': 'Idempotency-Key 必须由 16 到 200 个字母、数字或 -_.:+/= 字符组成。',
    'error.receiptNotFound': '无法用这个回执打开报告。请逐个核对字符后再试。',
    'error.deletionRequested': '您已要求删除此报告，因此不能再修改。',
    'followup.status.received': '我们已收到您的报告。目前还没有人审阅，很快就会有人处理。',
    'followup.status.under_review': '我们的工作人员已阅读您的报告，正在决定下一步。',
    'followup.status.in_progress': '个案工作人员正在处理您的报告。',
    'followup.status.referred': '按照您的同意，您的报告已转交给合作机构。',
    'followup.status.closed': '您的个案已结案。您仍然可以在这里给我们留言。',
    'followup.status.deletion_requested': '您已要求我们删除您的报告。报告将很快被删除，届时这个回执将失效。',
    'followup.referral.made':
      '经您同意，您的报告已转交给合作机构（例如警方）。我们会在这里告诉您他们的答复。',
  },
  'zh-Hant': {
    'error.invalidPhone': '請輸入電話號碼，只能使用數字、空格，開頭可以加 +。',
    'error.idempotencyKey': 'Idempotency-Key 必須由 16 到 200 個字母、數字或 -_.:+/= 字元組成。',
    'error.receiptNotFound': '無法用這個回執開啟報告。請逐一核對字元後再試。',
    'error.deletionRequested': '您已要求刪除此報告，因此不能再修改。',
    'followup.status.received': '我們已收到您的報告。目前還沒有人審閱，很快就會有人處理。',
    'followup.status.under_review': '我們的工作人員已閱讀您的報告，正在決定下一步。',
    'followup.status.in_progress': '個案工作人員正在處理您的報告。',
    'followup.status.referred': '按照您的同意，您的報告已轉交給合作機構。',
    'followup.status.closed': '您的個案已結案。您仍然可以在這裡給我們留言。',
    'followup.status.deletion_requested': '您已要求我們刪除您的報告。報告將很快被刪除，屆時這個回執將失效。',
    'followup.referral.made':
      '經您同意，您的報告已轉交給合作機構（例如警方）。我們會在這裡告訴您他們的答覆。',
  },
  bo: {
    'error.invalidPhone': 'ཁ་པར་ཨང་གྲངས་ནང་དུ་ཨང་ཀི་དང་བར་སྟོང་། ཐོག་མར་ + བཀོད་ཆོག',
    'error.idempotencyKey': 'Idempotency-Key ནི་ཡི་གེ་དང་ཨང་ཀི། ཡང་ན་ -_.:+/= རྟགས་ 16 ནས་ 200 བར་ཡིན་དགོས།',
    'error.receiptNotFound': 'ལག་ཁྱེར་འདིས་སྙན་ཞུ་ཁ་ཕྱེ་མ་ཐུབ། ཡི་གེ་རེ་རེ་ཞིབ་བཤེར་བྱས་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་།',
    'error.deletionRequested': 'ཁྱེད་ཀྱིས་སྙན་ཞུ་འདི་བསུབ་རྒྱུའི་རེ་བ་ཞུས་ཟིན་པས། ད་ནས་བཟོ་བཅོས་བྱེད་མི་ཐུབ།',
    'followup.status.received': 'ང་ཚོས་ཁྱེད་ཀྱི་སྙན་ཞུ་འབྱོར་སོང་། ད་དུང་སུས་ཀྱང་བལྟས་མེད། མྱུར་དུ་བལྟ་རྒྱུ་ཡིན།',
    'followup.status.under_review': 'ང་ཚོའི་ལས་བྱེད་པ་ཞིག་གིས་ཁྱེད་ཀྱི་སྙན་ཞུ་ཀློག་ཟིན་ནས་རྗེས་མའི་གོ་རིམ་གཏན་འཁེལ་བྱེད་བཞིན་ཡོད།',
    'followup.status.in_progress': 'དོན་རྐྱེན་འགན་འཛིན་པ་ཞིག་གིས་ཁྱེད་ཀྱི་སྙན་ཞུ་ལ་ལས་ཀ་བྱེད་བཞིན་ཡོད།',
    'followup.status.referred': 'ཁྱེད་ཀྱིས་མོས་མཐུན་གནང་བ་ལྟར། ཁྱེད་ཀྱི་སྙན་ཞུ་མཉམ་ལས་ལས་ཁུངས་ལ་སྤྲད་ཟིན།',
    'followup.status.closed': 'ཁྱེད་ཀྱི་དོན་རྐྱེན་མཇུག་བསྡུས་ཟིན། ད་དུང་འདིར་ང་ཚོར་འཕྲིན་བསྐུར་ཆོག',
    'followup.status.deletion_requested':
      'ཁྱེད་ཀྱིས་སྙན་ཞུ་བསུབ་རྒྱུའི་རེ་བ་ཞུས་ཡོད། མྱུར་དུ་བསུབ་རྒྱུ་ཡིན་ལ། དེ་རྗེས་ལག་ཁྱེར་འདི་ནུས་མེད་འགྲོ་གི་རེད།',
    'followup.referral.made':
      'ཁྱེད་ཀྱི་མོས་མཐུན་ལྟར་སྙན་ཞུ་མཉམ་ལས་ལས་ཁུངས་ (དཔེར་ན་ཉེན་རྟོག་པ་) ལ་སྤྲད་ཟིན། ཁོ་ཚོའི་ལན་འདིར་བརྡ་སྤྲོད་བྱེད་ངེས།',
  },
  ug: {
    'error.invalidPhone': 'تېلېفون نومۇرىنى رەقەم ۋە بوشلۇق بىلەن كىرگۈزۈڭ، بېشىغا + قويسىڭىز بولىدۇ.',
    'error.idempotencyKey':
      'Idempotency-Key چوقۇم 16 دىن 200 گىچە ھەرپ، رەقەم ياكى -_.:+/= بەلگىلىرىدىن تەركىب تاپىشى كېرەك.',
    'error.receiptNotFound': 'بۇ تالون بىلەن دوكلاتنى ئاچقىلى بولمىدى. ھەربىر ھەرپنى تەكشۈرۈپ قايتا سىناڭ.',
    'error.deletionRequested':
      'سىز بۇ دوكلاتنى ئۆچۈرۈشنى تەلەپ قىلدىڭىز، شۇڭا ئۇنى ئەمدى ئۆزگەرتكىلى بولمايدۇ.',
    'followup.status.received': 'دوكلاتىڭىزنى تاپشۇرۇۋالدۇق. ھازىرچە ھېچكىم كۆرۈپ چىقمىدى؛ يېقىندا كۆرۈلىدۇ.',
    'followup.status.under_review': 'خادىمىمىز دوكلاتىڭىزنى ئوقۇپ چىقتى ۋە كېيىنكى قەدەمنى بەلگىلەۋاتىدۇ.',
    'followup.status.in_progress': 'دېلو خادىمى دوكلاتىڭىز ئۈستىدە ئىشلەۋاتىدۇ.',
    'followup.status.referred': 'سىزنىڭ ماقۇللۇقىڭىز بويىچە دوكلاتىڭىز ھەمكارلاشقۇچى ئورگانغا يوللاندى.',
    'followup.status.closed': 'دېلويىڭىز ئاخىرلاشتى. بۇ يەردە بىزگە يەنىلا ئۇچۇر يوللىيالايسىز.',
    'followup.status.deletion_requested':
      'دوكلاتىڭىزنى ئۆچۈرۈشنى تەلەپ قىلدىڭىز. ئۇ يېقىندا ئۆچۈرۈلىدۇ، ئاندىن بۇ تالون ئىشلىمەيدۇ.',
    'followup.referral.made':
      'ماقۇللۇقىڭىز بىلەن دوكلاتىڭىز ھەمكارلاشقۇچى ئورگانغا (مەسىلەن ساقچىغا) يوللاندى. ئۇلارنىڭ جاۋابىنى بۇ يەردە ئېيتىپ بېرىمىز.',
  },
  ru: {
    'error.invalidPhone': 'Введите номер телефона цифрами; можно с пробелами и знаком + в начале.',
    'error.idempotencyKey': 'Idempotency-Key должен содержать от 16 до 200 букв, цифр или символов -_.:+/=.',
    'error.receiptNotFound':
      'Не удалось открыть обращение по этой квитанции. Проверьте каждый символ и попробуйте снова.',
    'error.deletionRequested': 'Вы попросили удалить это обращение, поэтому его больше нельзя изменить.',
    'followup.status.received': 'Мы получили ваше обращение. Его ещё никто не рассмотрел; скоро это сделают.',
    'followup.status.under_review':
      'Сотрудник нашей команды прочитал ваше обращение и решает, что делать дальше.',
    'followup.status.in_progress': 'Сотрудник работает с вашим обращением.',
    'followup.status.referred': 'Ваше обращение передано в организацию-партнёр, как вы согласились.',
    'followup.status.closed': 'Ваше дело закрыто. Вы всё ещё можете написать нам здесь.',
    'followup.status.deletion_requested':
      'Вы попросили нас удалить ваше обращение. Скоро оно будет удалено, и тогда эта квитанция перестанет работать.',
    'followup.referral.made':
      'С вашего согласия ваше обращение передано в организацию-партнёр (например, в полицию). Мы сообщим здесь, что они ответят.',
  },
  fa: {
    'error.invalidPhone': 'شمارهٔ تلفن را با رقم وارد کنید؛ می‌توانید فاصله و یک + در ابتدا بگذارید.',
    'error.idempotencyKey': 'Idempotency-Key باید از ۱۶ تا ۲۰۰ حرف، رقم یا نویسهٔ -_.:+/= تشکیل شده باشد.',
    'error.receiptNotFound':
      'نتوانستیم با این رسید گزارشی را باز کنیم. همهٔ نویسه‌ها را یکی‌یکی بررسی کنید و دوباره امتحان کنید.',
    'error.deletionRequested': 'شما درخواست حذف این گزارش را داده‌اید، بنابراین دیگر نمی‌توان آن را تغییر داد.',
    'followup.status.received':
      'گزارش شما را دریافت کرده‌ایم. هنوز کسی آن را بررسی نکرده است؛ به‌زودی بررسی می‌شود.',
    'followup.status.under_review':
      'یکی از اعضای تیم ما گزارش شما را خوانده و دربارهٔ گام‌های بعدی تصمیم می‌گیرد.',
    'followup.status.in_progress': 'یک مددکار روی گزارش شما کار می‌کند.',
    'followup.status.referred': 'همان‌طور که موافقت کرده بودید، گزارش شما به یک سازمان همکار فرستاده شده است.',
    'followup.status.closed': 'پروندهٔ شما بسته شده است. همچنان می‌توانید از همین‌جا برای ما پیام بفرستید.',
    'followup.status.deletion_requested':
      'از ما خواسته‌اید گزارشتان را حذف کنیم. به‌زودی حذف می‌شود و پس از آن این رسید دیگر کار نمی‌کند.',
    'followup.referral.made':
      'گزارش شما با موافقت خودتان به یک سازمان همکار (مثلاً پلیس) فرستاده شد. پاسخ آنان را همین‌جا به شما می‌گوییم.',
  },
  pa: {
    'error.invalidPhone': 'ਫ਼ੋਨ ਨੰਬਰ ਅੰਕਾਂ ਵਿੱਚ ਭਰੋ; ਖ਼ਾਲੀ ਥਾਂ ਅਤੇ ਸ਼ੁਰੂ ਵਿੱਚ + ਲਾ ਸਕਦੇ ਹੋ।',
    'error.idempotencyKey': 'Idempotency-Key ਵਿੱਚ 16 ਤੋਂ 200 ਤੱਕ ਅੱਖਰ, ਅੰਕ ਜਾਂ -_.:+/= ਚਿੰਨ੍ਹ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।',
    'error.receiptNotFound': 'ਅਸੀਂ ਇਸ ਰਸੀਦ ਨਾਲ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕੇ। ਹਰ ਅੱਖਰ ਜਾਂਚੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
    'error.deletionRequested': 'ਤੁਸੀਂ ਇਹ ਰਿਪੋਰਟ ਮਿਟਾਉਣ ਦੀ ਬੇਨਤੀ ਕੀਤੀ ਹੈ, ਇਸ ਲਈ ਹੁਣ ਇਸ ਨੂੰ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।',
    'followup.status.received': 'ਸਾਨੂੰ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਮਿਲ ਗਈ ਹੈ। ਅਜੇ ਕਿਸੇ ਨੇ ਇਸ ਨੂੰ ਨਹੀਂ ਵੇਖਿਆ; ਜਲਦੀ ਹੀ ਕੋਈ ਵੇਖੇਗਾ।',
    'followup.status.under_review':
      'ਸਾਡੀ ਟੀਮ ਦੇ ਇੱਕ ਮੈਂਬਰ ਨੇ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਪੜ੍ਹ ਲਈ ਹੈ ਅਤੇ ਅਗਲੇ ਕਦਮਾਂ ਬਾਰੇ ਫ਼ੈਸਲਾ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ।',
    'followup.status.in_progress': 'ਇੱਕ ਕੇਸ ਵਰਕਰ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ’ਤੇ ਕੰਮ ਕਰ ਰਿਹਾ ਹੈ।',
    'followup.status.referred': 'ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਅਨੁਸਾਰ, ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਇੱਕ ਭਾਈਵਾਲ ਸੰਸਥਾ ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।',
    'followup.status.closed': 'ਤੁਹਾਡਾ ਕੇਸ ਬੰਦ ਹੋ ਗਿਆ ਹੈ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਇੱਥੇ ਸਾਨੂੰ ਸੁਨੇਹਾ ਭੇਜ ਸਕਦੇ ਹੋ।',
    'followup.status.deletion_requested':
      'ਤੁਸੀਂ ਸਾਨੂੰ ਆਪਣੀ ਰਿਪੋਰਟ ਮਿਟਾਉਣ ਲਈ ਕਿਹਾ ਹੈ। ਇਹ ਜਲਦੀ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ, ਅਤੇ ਫਿਰ ਇਹ ਰਸੀਦ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਵੇਗੀ।',
    'followup.referral.made':
      'ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਨਾਲ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਇੱਕ ਭਾਈਵਾਲ ਸੰਸਥਾ (ਜਿਵੇਂ ਪੁਲਿਸ) ਨੂੰ ਭੇਜੀ ਗਈ। ਉਹ ਜੋ ਜਵਾਬ ਦੇਣਗੇ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਥੇ ਦੱਸਾਂਗੇ।',
  },
  ar: {
    'error.invalidPhone': 'يُرجى إدخال رقم الهاتف بالأرقام، مع مسافات وعلامة + في أوله إن لزم.',
    'error.idempotencyKey': 'يجب أن يتكون Idempotency-Key من 16 إلى 200 حرف أو رقم أو رمز من -_.:+/=.',
    'error.receiptNotFound': 'تعذّر فتح بلاغ بهذا الإيصال. يُرجى التحقق من كل حرف والمحاولة مرة أخرى.',
    'error.deletionRequested': 'طُلب حذف هذا البلاغ، لذلك لم يعد من الممكن تغييره.',
    'followup.status.received': 'وصلنا بلاغك. لم يراجعه أحد بعد، وستتم مراجعته قريبًا.',
    'followup.status.under_review': 'قرأ أحد أعضاء فريقنا بلاغك، ويجري تحديد الخطوات التالية.',
    'followup.status.in_progress': 'يعمل أحد المسؤولين عن الحالات على بلاغك.',
    'followup.status.referred': 'أُحيل بلاغك إلى منظمة شريكة، وفقًا لموافقتك.',
    'followup.status.closed': 'أُغلق ملفك. لا يزال بإمكانك مراسلتنا هنا.',
    'followup.status.deletion_requested':
      'طُلب منا حذف بلاغك. سيُحذف قريبًا، وبعدها يتوقف هذا الإيصال عن العمل.',
    'followup.referral.made': 'أُحيل بلاغك بموافقتك إلى منظمة شريكة (مثل الشرطة). سنخبرك هنا بما تردّ به.',
  },
} satisfies Catalog;
