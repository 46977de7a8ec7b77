import { defineMessages } from '../define-messages';

export const activitiesMessages = defineMessages({
	nl: {},
	en: {}
});
