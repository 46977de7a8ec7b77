import type { MessageKey } from '../messages';

/** The words of the participant screen, the only ones a participant reads. */
export const participantKeys = [
	'kiosk.loading',
	'kiosk.unavailable',
	'kiosk.language',
	'kiosk.headcount',
	'kiosk.noNames',
	'kiosk.defaultPrompt',
	'kiosk.input',
	'kiosk.themesHint',
	'kiosk.rating.1',
	'kiosk.rating.2',
	'kiosk.rating.3',
	'kiosk.rating.4',
	'kiosk.rating.5',
	'kiosk.submit',
	'kiosk.empty',
	'kiosk.failed',
	'kiosk.thanks',
	'kiosk.thanksText',
	'kiosk.next',
	'kiosk.readAloud'
] as const satisfies readonly MessageKey[];

export type ParticipantKey = (typeof participantKeys)[number];

/** The participant languages beyond the app's own (nl, en, fr). */
export type ExtraParticipantLanguage = 'ar' | 'tr' | 'uk' | 'ro' | 'bg' | 'pl';

/*
 * NEEDS A NATIVE REVIEWER for each language before wider use: written with care in short,
 * plain sentences for low literacy, but not yet checked by a native speaker. Keep every
 * text short; a participant may read slowly or use the read-aloud button.
 */
export const participantMessages: Record<
	ExtraParticipantLanguage,
	Record<ParticipantKey, string>
> = {
	ar: {
		'kiosk.loading': 'لحظة من فضلك…',
		'kiosk.unavailable': 'لا يمكن فتح الشاشة. أعد تحميل الصفحة.',
		'kiosk.language': 'اللغة',
		'kiosk.headcount': 'المشاركون: {count}',
		'kiosk.noNames': 'لا تكتب أي أسماء، ولا اسمك أيضًا. لا أحد يعرف ما كتبته.',
		'kiosk.defaultPrompt': 'ماذا تريد أن تقول لنا؟',
		'kiosk.input': 'رأيك',
		'kiosk.themesHint': 'اختر موضوعًا واحدًا أو أكثر.',
		'kiosk.rating.1': 'سيئ جدًا',
		'kiosk.rating.2': 'سيئ',
		'kiosk.rating.3': 'مقبول',
		'kiosk.rating.4': 'جيد',
		'kiosk.rating.5': 'جيد جدًا',
		'kiosk.submit': 'إرسال',
		'kiosk.empty': 'اكتب أو اختر شيئًا أولًا.',
		'kiosk.failed': 'لم ينجح الإرسال. حاول مرة أخرى.',
		'kiosk.thanks': 'شكرًا!',
		'kiosk.thanksText': 'تم حفظ رأيك. بعد قليل تصبح الشاشة فارغة للشخص التالي.',
		'kiosk.next': 'الشخص التالي',
		'kiosk.readAloud': 'اقرأ بصوت عالٍ'
	},
	tr: {
		'kiosk.loading': 'Bir dakika…',
		'kiosk.unavailable': 'Ekran açılmıyor. Sayfayı yeniden yükleyin.',
		'kiosk.language': 'Dil',
		'kiosk.headcount': 'Katılımcılar: {count}',
		'kiosk.noNames': 'İsim yazmayın, kendi adınızı da. Ne yazdığınızı kimse göremez.',
		'kiosk.defaultPrompt': 'Bize ne anlatmak istersiniz?',
		'kiosk.input': 'Görüşünüz',
		'kiosk.themesHint': 'Bir veya daha fazla konu seçin.',
		'kiosk.rating.1': 'Çok kötü',
		'kiosk.rating.2': 'Kötü',
		'kiosk.rating.3': 'İdare eder',
		'kiosk.rating.4': 'İyi',
		'kiosk.rating.5': 'Çok iyi',
		'kiosk.submit': 'Gönder',
		'kiosk.empty': 'Önce bir şey yazın veya seçin.',
		'kiosk.failed': 'Gönderilemedi. Tekrar deneyin.',
		'kiosk.thanks': 'Teşekkürler!',
		'kiosk.thanksText': 'Görüşünüz kaydedildi. Birazdan ekran sıradaki kişi için boş olacak.',
		'kiosk.next': 'Sıradaki kişi',
		'kiosk.readAloud': 'Sesli oku'
	},
	uk: {
		'kiosk.loading': 'Хвилинку…',
		'kiosk.unavailable': 'Екран не відкривається. Оновіть сторінку.',
		'kiosk.language': 'Мова',
		'kiosk.headcount': 'Учасники: {count}',
		'kiosk.noNames': 'Не пишіть імен, навіть свого. Ніхто не бачить, що ви написали.',
		'kiosk.defaultPrompt': 'Що ви хочете нам розповісти?',
		'kiosk.input': 'Ваша думка',
		'kiosk.themesHint': 'Виберіть одну або кілька тем.',
		'kiosk.rating.1': 'Дуже погано',
		'kiosk.rating.2': 'Погано',
		'kiosk.rating.3': 'Так собі',
		'kiosk.rating.4': 'Добре',
		'kiosk.rating.5': 'Дуже добре',
		'kiosk.submit': 'Надіслати',
		'kiosk.empty': 'Спершу напишіть або виберіть щось.',
		'kiosk.failed': 'Не вдалося надіслати. Спробуйте ще раз.',
		'kiosk.thanks': 'Дякуємо!',
		'kiosk.thanksText': 'Вашу думку збережено. Незабаром екран буде чистим для наступної людини.',
		'kiosk.next': 'Наступна людина',
		'kiosk.readAloud': 'Прочитати вголос'
	},
	ro: {
		'kiosk.loading': 'Un moment…',
		'kiosk.unavailable': 'Ecranul nu se deschide. Reîncărcați pagina.',
		'kiosk.language': 'Limba',
		'kiosk.headcount': 'Participanți: {count}',
		'kiosk.noNames': 'Nu scrieți nume, nici numele dumneavoastră. Nimeni nu vede ce ați scris.',
		'kiosk.defaultPrompt': 'Ce vreți să ne spuneți?',
		'kiosk.input': 'Părerea dumneavoastră',
		'kiosk.themesHint': 'Alegeți una sau mai multe teme.',
		'kiosk.rating.1': 'Foarte rău',
		'kiosk.rating.2': 'Rău',
		'kiosk.rating.3': 'Așa și așa',
		'kiosk.rating.4': 'Bine',
		'kiosk.rating.5': 'Foarte bine',
		'kiosk.submit': 'Trimite',
		'kiosk.empty': 'Mai întâi scrieți sau alegeți ceva.',
		'kiosk.failed': 'Nu s-a trimis. Încercați din nou.',
		'kiosk.thanks': 'Mulțumim!',
		'kiosk.thanksText':
			'Părerea dumneavoastră a fost salvată. În curând ecranul va fi gol pentru următoarea persoană.',
		'kiosk.next': 'Următoarea persoană',
		'kiosk.readAloud': 'Citește cu voce tare'
	},
	bg: {
		'kiosk.loading': 'Момент…',
		'kiosk.unavailable': 'Екранът не се отваря. Презаредете страницата.',
		'kiosk.language': 'Език',
		'kiosk.headcount': 'Участници: {count}',
		'kiosk.noNames': 'Не пишете имена, дори своето. Никой не вижда какво сте написали.',
		'kiosk.defaultPrompt': 'Какво искате да ни кажете?',
		'kiosk.input': 'Вашето мнение',
		'kiosk.themesHint': 'Изберете една или повече теми.',
		'kiosk.rating.1': 'Много лошо',
		'kiosk.rating.2': 'Лошо',
		'kiosk.rating.3': 'Горе-долу',
		'kiosk.rating.4': 'Добре',
		'kiosk.rating.5': 'Много добре',
		'kiosk.submit': 'Изпрати',
		'kiosk.empty': 'Първо напишете или изберете нещо.',
		'kiosk.failed': 'Изпращането не успя. Опитайте отново.',
		'kiosk.thanks': 'Благодарим!',
		'kiosk.thanksText':
			'Мнението ви е запазено. След малко екранът ще е празен за следващия човек.',
		'kiosk.next': 'Следващ човек',
		'kiosk.readAloud': 'Прочети на глас'
	},
	pl: {
		'kiosk.loading': 'Chwileczkę…',
		'kiosk.unavailable': 'Ekran się nie otwiera. Odśwież stronę.',
		'kiosk.language': 'Język',
		'kiosk.headcount': 'Uczestnicy: {count}',
		'kiosk.noNames': 'Nie pisz żadnych imion, nawet swojego. Nikt nie zobaczy Twoich odpowiedzi.',
		'kiosk.defaultPrompt': 'Co chcesz nam powiedzieć?',
		'kiosk.input': 'Twoja opinia',
		'kiosk.themesHint': 'Wybierz jeden lub więcej tematów.',
		'kiosk.rating.1': 'Bardzo źle',
		'kiosk.rating.2': 'Źle',
		'kiosk.rating.3': 'Tak sobie',
		'kiosk.rating.4': 'Dobrze',
		'kiosk.rating.5': 'Bardzo dobrze',
		'kiosk.submit': 'Wyślij',
		'kiosk.empty': 'Najpierw coś napisz albo wybierz.',
		'kiosk.failed': 'Nie udało się wysłać. Spróbuj jeszcze raz.',
		'kiosk.thanks': 'Dziękujemy!',
		'kiosk.thanksText':
			'Twoja opinia jest zapisana. Za chwilę ekran będzie pusty dla następnej osoby.',
		'kiosk.next': 'Następna osoba',
		'kiosk.readAloud': 'Przeczytaj na głos'
	}
};
