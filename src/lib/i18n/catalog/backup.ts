import { defineMessages } from '../define-messages';

export const backupMessages = defineMessages({
	nl: {},
	en: {}
});
