import { defineMessages } from '../define-messages';

export const registrationMessages = defineMessages({
	nl: {},
	en: {}
});
