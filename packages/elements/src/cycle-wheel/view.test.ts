import { expect } from '@open-wc/testing';
import {
  exampleToolsFor,
  maturityRollup,
  qmsLinks,
  type QmsAssessment,
  type SegmentLinks,
} from '@qms-kit/sdk';
import { sampleAssessment, sampleDataset, sampleMeasures } from '@qms-kit/sdk/sample';
import {
  SEGMENTS,
  actionsText,
  centreView,
  count,
  enablerBand,
  enablerLegend,
  feedbackView,
  isSegment,
  notesKey,
  notesView,
  questionsView,
  segmentBadges,
  segmentLabel,
  segmentView,
  stageOptions,
  summaryRows,
  toolsView,
  type Words,
} from './view.js';

// Words that show which message was asked for, and with what, so the tests read the view's choices.
const words: Words = {
  lang: 'en',
  intlLocale: 'en-GB',
  t: (key, params) => (params ? `${key}${JSON.stringify(params)}` : key),
  plural: (key, n) => `${key}:${n}`,
  number: (n) => `#${n}`,
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const links = (over: Partial<SegmentLinks> = {}): SegmentLinks => ({
  measures: [],
  actions: [],
  flaggedMeasures: 0,
  openActions: 0,
  overdueActions: 0,
  ...over,
});
const rollup = maturityRollup(sampleAssessment);
const allLinks = qmsLinks(sampleAssessment, {
  measures: [...sampleMeasures],
  actions: [...(sampleDataset.actions ?? [])],
  today: '2025-04-15',
});

describe('cycle wheel view', () => {
  it('orders the segments clockwise from planning, then the centre', () => {
    expect(SEGMENTS).to.deep.equal(['planning', 'control', 'improvement', 'assurance', 'centre']);
    expect(isSegment('centre')).to.equal(true);
    expect(isSegment('feedback')).to.equal(false);
    expect(isSegment(undefined)).to.equal(false);
  });

  it('keys notes by aspect and question', () => {
    expect(notesKey('planning', 'q1')).to.equal('planning|q1');
    expect(notesKey('planning')).to.equal('planning|');
  });

  it('says "none" for zero and the plural form otherwise', () => {
    expect(count(words, 'wheel.flagged', 0)).to.equal('wheel.flagged.none');
    expect(count(words, 'wheel.flagged', 2)).to.equal('wheel.flagged:2');
  });

  it('adds overdue actions to the open ones only when there are any', () => {
    expect(actionsText(words, links({ openActions: 2 }))).to.equal('wheel.openActions:2');
    expect(actionsText(words, links({ openActions: 2, overdueActions: 1 }))).to.equal(
      'wheel.openActions:2, wheel.overdueActions{"count":"#1"}',
    );
  });

  it('always badges tools; measures and actions only when there are some', () => {
    const r = rollup.aspects.control;
    expect(segmentBadges(words, r, links())).to.have.length(1);
    const badges = segmentBadges(words, r, links({ flaggedMeasures: 1, overdueActions: 1 }));
    expect(badges).to.have.length(3);
    expect(badges[1]).to.equal('wheel.badge.flagged{"count":"#1"}');
    expect(badges[2]).to.equal('wheel.badge.actions{"open":"#0","overdue":"#1"}');
  });

  it('names a segment by aspect, stage, tools, measures and actions', () => {
    const label = segmentLabel(words, rollup.aspects.planning, links());
    expect(label.split('. ')).to.have.length(5);
    expect(label.startsWith('qms.aspect.planning. qms.stage')).to.equal(true);
  });

  it('lays a segment out as name, stage, stage label then badges, centred on top segments', () => {
    const view = segmentView(words, rollup.aspects.planning, allLinks.aspects.planning);
    expect(view.aspect).to.equal('planning');
    expect(view.stage).to.equal(2);
    expect(view.density).to.equal(2);
    const classes = view.lines.map((l) => l.cls);
    expect(classes.indexOf('seg-stage')).to.be.greaterThan(classes.lastIndexOf('seg-name'));
    expect(classes.at(-1)).to.equal('seg-badge');
    // Planning sits at the top: every line shares the centroid's x.
    expect(new Set(view.lines.map((l) => l.x)).size).to.equal(1);
    const ys = view.lines.map((l) => Number(l.y));
    expect(ys[1]! - ys[0]!).to.equal(14);
  });

  it('sets lines closer when a badge wraps', () => {
    const long: Words = {
      ...words,
      t: (key) => (key.startsWith('wheel.badge') ? `${key} (x y z)` : key),
    };
    const view = segmentView(long, rollup.aspects.control, links({ flaggedMeasures: 1 }));
    const ys = view.lines.map((l) => Number(l.y));
    expect(ys[1]! - ys[0]!).to.be.closeTo(13, 0.11);
  });

  it('counts feedback in the centre only when the centre is Feedback', () => {
    const feedback = centreView(words, sampleAssessment, { scope: 'team', centre: 'feedback' });
    expect(feedback.badge?.text).to.equal(`#${sampleAssessment.feedback.length}`);
    expect(feedback.label).to.equal(
      `qms.centre.feedback. wheel.feedbackItems:${sampleAssessment.feedback.length}`,
    );
    const learning = centreView(words, sampleAssessment, {
      scope: 'team',
      centre: 'continuous-learning',
    });
    expect(learning.badge).to.equal(undefined);
    expect(learning.label).to.equal('qms.centre.continuous-learning');
  });

  it('numbers one enabler sector and one legend entry per enabler', () => {
    const band = enablerBand(words, sampleAssessment);
    const legend = enablerLegend(words, sampleAssessment, allLinks);
    expect(band.length).to.equal(legend.length);
    expect(band[0]!.number).to.equal('#1');
    for (const item of legend) {
      const l = allLinks.enablers[item.id];
      if (!l || (l.flaggedMeasures === 0 && l.openActions === 0 && l.overdueActions === 0)) {
        expect(item.extra).to.equal('');
      }
    }
  });

  it('counts answered questions in the summary', () => {
    const rows = summaryRows(words, rollup, allLinks);
    expect(rows.map((r) => r.aspect)).to.deep.equal([
      'planning',
      'control',
      'improvement',
      'assurance',
    ]);
    const q = rollup.aspects.improvement.questions;
    expect(rows[2]!.answered).to.equal(
      `wheel.answered{"answered":"#${q.total - q.unanswered}","total":"#${q.total}"}`,
    );
  });

  it('offers every stage of the scale', () => {
    const options = stageOptions(words, sampleAssessment);
    expect(options.map((o) => o.stage)).to.deep.equal(rollup.scale.map((l) => l.stage));
    expect(options[0]!.text.startsWith('#0 – ')).to.equal(true);
  });

  it('lists every guiding question with its answer, or none yet', () => {
    const questions = questionsView(words, sampleAssessment, 'improvement');
    expect(questions[0]).to.include({ id: 'q12', answer: 'partly', answered: true });
    for (const q of questions.slice(1))
      expect(q).to.include({ answer: undefined, answered: false });
  });

  it('lists the example tools, then local ones labelled by id when unlabelled', () => {
    const draft = clone(sampleAssessment) as QmsAssessment;
    draft.aspects.control.tools = [
      { id: exampleToolsFor('control')[0]!.id, inPlace: true },
      { id: 'local-huddle', inPlace: true },
    ];
    const tools = toolsView(draft, 'control');
    expect(tools).to.have.length(exampleToolsFor('control').length + 1);
    expect(tools[0]!.inPlace).to.equal(true);
    expect(tools[1]!.inPlace).to.equal(false);
    expect(tools.at(-1)).to.deep.equal({
      id: 'local-huddle',
      label: 'local-huddle',
      inPlace: true,
    });
  });

  it('fills the notes box with typed text, else notes in the language, never another one', () => {
    expect(notesView(words, { en: 'Kept' }, undefined)).to.deep.equal({
      value: 'Kept',
      other: undefined,
    });
    expect(notesView(words, 'Plain', { text: 'Typed', lang: 'en' }).value).to.equal('Typed');
    const welsh = notesView(words, { cy: 'Nodiadau' }, undefined);
    expect(welsh.value).to.equal('');
    expect(welsh.other).to.include({ lang: 'cy', text: 'Nodiadau' });
  });

  it('lists feedback newest first and counts it by source', () => {
    const view = feedbackView(sampleAssessment);
    const dates = view.items.map((i) => i.date);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(view.sources.reduce((n, s) => n + s.count, 0)).to.equal(
      sampleAssessment.feedback.length,
    );
  });
});
