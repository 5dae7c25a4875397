/** The setup stored for an agency (schedules, assignments, approved leave); the default until any is stored. */
import type { SetupLoader } from './setup.js';
import { defaultSetup } from './setup.js';

export const loadStoredSetup: SetupLoader = async (_ctx, _agencyId, zone) => defaultSetup(zone);
