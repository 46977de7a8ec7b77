import { defineMessages } from '../define-messages';

export const outreachMessages = defineMessages({
	nl: {},
	en: {}
});
