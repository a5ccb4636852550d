import { define } from '../internal/define.js';
import { QmsSpcChart } from '../spc-chart/spc-chart.js';
// The chart's header draws <qms-spc-icon>s.
import './spc-icon.js';

define('qms-spc-chart', QmsSpcChart);

export { QmsSpcChart };
