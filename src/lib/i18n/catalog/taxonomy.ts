import { defineMessages } from '../define-messages';

export const taxonomyMessages = defineMessages({
	nl: {},
	en: {}
});
