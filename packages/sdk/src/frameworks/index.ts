export {
  frameworkPresets,
  steeep,
  walesHcqs2023,
  nhse3part,
  cqc5kq,
  walesEnablers,
} from './presets/index.js';
export { sixQualityDomains } from './presets/steeep.js';
export {
  getFramework,
  isFrameworkPresetId,
  frameworkDomains,
  findDomain,
} from './get-framework.js';
export { domainCrosswalk, type CrosswalkEntry } from './crosswalk.js';
