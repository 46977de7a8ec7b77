import { describeCoreJourneys } from './support/core-journeys';
import { startFirefox } from './support/firefox-backend';

describeCoreJourneys('Firefox', (scratch) => startFirefox(scratch));
