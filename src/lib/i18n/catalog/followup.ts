import { defineMessages } from '../define-messages';

export const followUpMessages = defineMessages({
	nl: {},
	en: {}
});
