import { defineMessages } from '../define-messages';

export const focusMessages = defineMessages({
	nl: {},
	en: {}
});
