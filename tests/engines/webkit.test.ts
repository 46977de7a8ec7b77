import { describeCoreJourneys } from './support/core-journeys';
import { startWebKit } from './support/webkit-backend';

describeCoreJourneys('WebKitGTK', (scratch, driverPort) => startWebKit(driverPort, scratch));
