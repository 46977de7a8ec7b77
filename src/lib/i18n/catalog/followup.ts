import { defineMessages } from '../define-messages';

/** Op te volgen: open help requests and follow-up dates, with quick status change. */
export const followUpMessages = defineMessages({
	nl: {
		'followup.title': 'Op te volgen',
		'followup.intro':
			'Open hulpvragen en hulpvragen met een opvolgdatum, de oudste eerst. Een tik op een status slaat die meteen op.',
		'followup.empty': 'Niets op te volgen.',
		'followup.count': 'Hulpvragen: {count}',
		'followup.anonymous': 'Anoniem',
		'followup.contact': 'Contact op {date} · {activity}',
		'followup.due': 'Opvolgen op {date}',
		'followup.overdue': 'Opvolgen op {date} (verstreken)',
		'followup.signal': 'Signaal',
		'followup.noDescription': 'Geen omschrijving.',
		'followup.status': 'Status',
		'followup.changed': 'Status opgeslagen: {status}.',
		'followup.failed': 'Opslaan is mislukt; de status is niet gewijzigd.',
		'followup.record': 'Opvolging noteren',
		'followup.noteLabel': 'Wat is er gedaan?',
		'followup.nextDate': 'Volgende opvolgdatum',
		'followup.save': 'Opvolging bewaren',
		'followup.close': 'Afronden',
		'followup.openContact': 'Contact openen',
		'followup.noted': 'Opvolging bewaard.',
		'followup.closed': 'Hulpvraag afgerond.',
		'followup.contactSaved': 'Contact bijgewerkt.'
	},
	en: {
		'followup.title': 'To follow up',
		'followup.intro':
			'Open help requests and help requests with a follow-up date, oldest first. Tapping a status saves it at once.',
		'followup.empty': 'Nothing to follow up.',
		'followup.count': 'Help requests: {count}',
		'followup.anonymous': 'Anonymous',
		'followup.contact': 'Contact on {date} · {activity}',
		'followup.due': 'Follow up on {date}',
		'followup.overdue': 'Follow up on {date} (past)',
		'followup.signal': 'Signal',
		'followup.noDescription': 'No description.',
		'followup.status': 'Status',
		'followup.changed': 'Status saved: {status}.',
		'followup.failed': 'Saving failed; the status was not changed.',
		'followup.record': 'Record a follow-up',
		'followup.noteLabel': 'What was done?',
		'followup.nextDate': 'Next follow-up date',
		'followup.save': 'Save follow-up',
		'followup.close': 'Close it',
		'followup.openContact': 'Open the contact',
		'followup.noted': 'Follow-up saved.',
		'followup.closed': 'Help request closed.',
		'followup.contactSaved': 'Contact updated.'
	}
});
