import { defineMessages } from '../define-messages';

export const signalsMessages = defineMessages({
	nl: {},
	en: {}
});
