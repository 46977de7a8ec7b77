import { defineMessages } from '../define-messages';

/** The end report as a document: chapter titles, column headings and the Word export. */
export const reportDocumentMessages = defineMessages({
	nl: {
		'reportDocument.chapter.figures': 'Cijfers',
		'reportDocument.chapter.method': 'Methode',
		'reportDocument.keyFigures': 'kerncijfers',
		'reportDocument.meanRatings': 'gemiddelde score per vraag (1–5)',
		'reportDocument.total': 'Totaal',
		'reportDocument.change': 'verschil {year}',
		'reportDocument.interim': '{year} (tussentijds)',
		'reportDocument.share': '{count} ({share} %)',
		'reportDocument.exportWord': 'Exporteer Word',
		'reportDocument.wordBusy': 'Het Word-bestand wordt gemaakt…',
		'reportDocument.chartAlt': 'Grafiek: {caption}'
	},
	en: {
		'reportDocument.chapter.figures': 'Figures',
		'reportDocument.chapter.method': 'Method',
		'reportDocument.keyFigures': 'key figures',
		'reportDocument.meanRatings': 'mean rating per prompt (1–5)',
		'reportDocument.total': 'Total',
		'reportDocument.change': 'change {year}',
		'reportDocument.interim': '{year} (interim)',
		'reportDocument.share': '{count} ({share} %)',
		'reportDocument.exportWord': 'Export Word',
		'reportDocument.wordBusy': 'Making the Word file…',
		'reportDocument.chartAlt': 'Chart: {caption}'
	}
});
