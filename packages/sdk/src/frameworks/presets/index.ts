import type { Framework, FrameworkPresetId } from '../../schema/framework.js';
import { cqc5kq } from './cqc-5kq.js';
import { nhse3part } from './nhse-3part.js';
import { steeep } from './steeep.js';
import { walesHcqs2023 } from './wales-hcqs-2023.js';

/** The frameworks shipped with qms-kit, by id. */
export const frameworkPresets: Readonly<Record<FrameworkPresetId, Framework>> = {
  steeep,
  'wales-hcqs-2023': walesHcqs2023,
  'nhse-3part': nhse3part,
  'cqc-5kq': cqc5kq,
};

export { steeep, walesHcqs2023, nhse3part, cqc5kq };
export { walesEnablers } from './wales-hcqs-2023.js';
