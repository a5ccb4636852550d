import { define } from '../internal/define.js';
import { QmsCycleWheel } from '../cycle-wheel/cycle-wheel.js';
// The panels draw <qms-spc-icon>s for linked measures.
import './spc-icon.js';

define('qms-cycle-wheel', QmsCycleWheel);

export { QmsCycleWheel };
