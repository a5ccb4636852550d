import { define } from '../internal/define.js';
import { QmsActionTracker } from '../action-tracker/action-tracker.js';

define('qms-action-tracker', QmsActionTracker);

export { QmsActionTracker };
