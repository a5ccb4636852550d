import { define } from '../internal/define.js';
import { QmsSteeepScorecard } from '../steeep-scorecard/steeep-scorecard.js';
// Tiles and tables draw <qms-spc-icon>s; `detail="inline"` opens <qms-spc-chart>s.
import './spc-icon.js';
import './spc-chart.js';

define('qms-steeep-scorecard', QmsSteeepScorecard);

export { QmsSteeepScorecard };
