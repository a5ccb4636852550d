import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { cy, en, type QmsAssessment } from '@qms-kit/sdk';
import { sampleAssessment, sampleDataset, sampleMeasures } from '@qms-kit/sdk/sample';
import '../define/cycle-wheel.js';
import type { QmsAssessmentBeforeChangeEvent } from '../internal/events/qms-assessment-before-change.js';
import type { QmsAssessmentChangeEvent } from '../internal/events/qms-assessment-change.js';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import type { QmsSegmentSelectEvent } from '../internal/events/qms-segment-select.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import { sendKeys } from '../test/send-keys.js';
import { QmsCycleWheel } from './cycle-wheel.js';

const TODAY = '2025-04-15';
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: QmsCycleWheel, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: QmsCycleWheel, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const segment = (el: QmsCycleWheel, id: string) =>
  $<SVGGElement>(el, `.wheel [data-segment="${id}"]`)!;
const active = (el: QmsCycleWheel) => el.shadowRoot!.activeElement;
const radio = (el: QmsCycleWheel, q: string, value: string) =>
  $<HTMLInputElement>(el, `[data-question="${q}"] input[value="${value}"]`)!;
const notes = (el: QmsCycleWheel, id: string) => $<HTMLTextAreaElement>(el, `#notes-${id}`)!;

async function wheel(assessment: unknown = sampleAssessment, extra: Partial<QmsCycleWheel> = {}) {
  const el = await fixture<QmsCycleWheel>(
    html`<qms-cycle-wheel
      .assessment=${assessment}
      .measures=${sampleMeasures}
      .actions=${sampleDataset.actions}
      today=${TODAY}
    ></qms-cycle-wheel>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

async function openPanel(el: QmsCycleWheel, id: string) {
  el.selected = id;
  await el.updateComplete;
  return $(el, '[part="panel"]')!;
}

describe('<qms-cycle-wheel>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is registered by the define entry', () => {
    expect(customElements.get('qms-cycle-wheel')).to.equal(QmsCycleWheel);
  });

  describe('rendering the sample (DOMAIN.md §9.4)', () => {
    it('four segments in wheel order around the centre, each with stage and badges', async () => {
      const el = await wheel();
      const ids = $$(el, '.wheel [role="button"]').map((s) => s.dataset.segment);
      expect(ids).to.deep.equal(['planning', 'control', 'improvement', 'assurance', 'centre']);
      expect(
        ['planning', 'control', 'improvement', 'assurance'].map((a) =>
          segment(el, a).getAttribute('data-stage'),
        ),
      ).to.deep.equal(['2', '1', '3', '2']);
      expect(segment(el, 'planning').getAttribute('aria-label')).to.equal(
        'Quality Planning. Stage 2 of 4: Implementing. 6 of 9 tools in place. ' +
          'No linked measures with concern or a failing target. 1 open action',
      );
      expect(segment(el, 'control').getAttribute('aria-label')).to.contain(
        '2 linked measures with concern or a failing target',
      );
      expect(segment(el, 'assurance').getAttribute('aria-label')).to.contain(
        '1 linked measure with concern or a failing target',
      );
      expect(segment(el, 'improvement').getAttribute('aria-label')).to.contain('3 open actions');
      // Stage shown by text and pattern density, not fill colour.
      expect(text($(el, 'text[data-label="improvement"]'))).to.contain('Stage 3');
      expect(text($(el, 'text[data-label="improvement"]'))).to.contain('Embedding');
      expect(
        segment(el, 'improvement').querySelector('.stage-band')!.getAttribute('fill'),
      ).to.equal('url(#stage-3)');
      expect(segment(el, 'control').querySelector('.stage-band')!.getAttribute('fill')).to.equal(
        'url(#stage-1)',
      );
      expect(text($(el, 'text[data-label="centre"]'))).to.contain('Feedback');
      expect(segment(el, 'centre').getAttribute('aria-label')).to.equal(
        'Feedback. 3 feedback items',
      );
      await expectNoAxeViolations(el);
    });

    it('a text alternative lists every aspect with its stage', async () => {
      const el = await wheel();
      const rows = $$(el, '[part="summary"] tbody tr').map((r) => [
        text(r.querySelector('th')),
        text(r.querySelector('td')),
      ]);
      expect(rows).to.deep.equal([
        ['Quality Planning', 'Stage 2 of 4: Implementing'],
        ['Quality Control', 'Stage 1 of 4: Planning and resourcing'],
        ['Quality Improvement', 'Stage 3 of 4: Embedding'],
        ['Quality Assurance', 'Stage 2 of 4: Implementing'],
      ]);
      expect(text($(el, '.overall'))).to.equal(
        'Lowest stage 1 (Quality Control), highest stage 3, mean stage 2',
      );
    });

    it('the outer band: Wales’s six enablers, the v1 three, or none', async () => {
      const el = await wheel();
      expect($$(el, '.enablers .enabler')).to.have.length(6);
      expect($$(el, '[part="enablers"] li').map(text)[1]).to.contain('Workforce');
      expect(text($(el, '[part="enablers"] li[data-enabler="workforce"]'))).to.contain(
        '1 linked measure with concern or a failing target',
      );
      const v1 = clone(sampleAssessment) as QmsAssessment;
      v1.enablers = { set: 'qms-v1', items: [] };
      el.assessment = v1;
      await el.updateComplete;
      expect($$(el, '.enablers .enabler')).to.have.length(3);
      el.hideEnablers = true;
      await el.updateComplete;
      expect($(el, '.enablers')).to.equal(null);
      expect($(el, '[part="enablers"]')).to.equal(null);
    });

    it('centre and scope attributes change the wording', async () => {
      const el = await wheel(sampleAssessment, { centre: 'continuous-learning', scope: 'team' });
      expect(text($(el, 'text[data-label="centre"]'))).to.contain('Continuous learning');
      expect(text($(el, '.title'))).to.equal('Your team’s quality management system');
      const panel = await openPanel(el, 'planning');
      expect(text(panel)).to.contain('Guiding questions for your team');
      expect(text(panel)).to.contain('Tools in place in your team');
      el.scope = 'national';
      await el.updateComplete;
      expect(text($(el, '.title'))).to.equal('The national quality management system');
      expect(text($(el, '[part="panel"]'))).to.contain('Guiding questions at national level');
    });

    it('reads a dataset from slotted JSON (measures and actions included)', async () => {
      const el = await fixture<QmsCycleWheel>(
        html`<qms-cycle-wheel today=${TODAY}>
          <script type="application/json">
            ${JSON.stringify(sampleDataset)}
          </script>
        </qms-cycle-wheel>`,
      );
      expect(segment(el, 'control').getAttribute('aria-label')).to.contain(
        '2 linked measures with concern',
      );
    });
  });

  describe('keyboard and selection', () => {
    it('one tab stop; arrows move round the wheel; Enter and Space select', async () => {
      const el = await wheel();
      const tabbable = $$(el, '.wheel [role="button"]').filter(
        (s) => s.getAttribute('tabindex') === '0',
      );
      expect(tabbable.map((s) => s.dataset.segment)).to.deep.equal(['planning']);
      segment(el, 'planning').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(active(el)).to.equal(segment(el, 'control'));
      expect(segment(el, 'control').getAttribute('tabindex')).to.equal('0');
      expect(segment(el, 'planning').getAttribute('tabindex')).to.equal('-1');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active(el)).to.equal(segment(el, 'centre'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(active(el)).to.equal(segment(el, 'planning'));
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(active(el)).to.equal(segment(el, 'centre'));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(active(el)).to.equal(segment(el, 'planning'));
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(active(el)).to.equal(segment(el, 'assurance'));

      const fired = oneEvent(el, 'qms-segment-select');
      await sendKeys({ press: 'Enter' });
      const event: QmsSegmentSelectEvent = await fired;
      expect(event.detail).to.deep.equal({ segment: 'assurance', selected: true });
      await el.updateComplete;
      expect(segment(el, 'assurance').getAttribute('aria-pressed')).to.equal('true');
      expect(el.selected).to.equal('assurance');
      expect(text($(el, '.panel-title'))).to.equal('Quality Assurance');

      const second = oneEvent(el, 'qms-segment-select');
      await sendKeys({ press: 'Space' });
      expect((await second).detail).to.deep.equal({ segment: 'assurance', selected: false });
      await el.updateComplete;
      expect($(el, '[part="panel"]')).to.equal(null);
    });

    it('Escape in the panel closes it and returns focus to the segment', async () => {
      const el = await wheel();
      segment(el, 'control').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      radio(el, 'q8', 'yes').focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(active(el)).to.equal(segment(el, 'control'));
    });

    it('the open panel shows the definition, questions, tools, linked measures and actions; axe clean', async () => {
      const el = await wheel();
      const panel = await openPanel(el, 'control');
      expect(text(panel)).to.contain(en['qms.aspect.control.definition']);
      expect($$(el, '[data-question]').map((q) => q.dataset.question)).to.deep.equal([
        'q8',
        'q9',
        'q10',
        'q11',
      ]);
      expect(radio(el, 'q8', 'partly').checked).to.equal(true);
      expect($$(el, '.tools input')).to.have.length(6);
      expect($$<HTMLInputElement>(el, '.tools input').filter((i) => i.checked)).to.have.length(3);
      expect(notes(el, 'control-q11').value).to.equal(
        'Sickness and medication harm need escalating.',
      );
      const measures = $$(el, '[data-measure]');
      expect(measures.map((m) => m.dataset.measure)).to.deep.equal(['sick', 'meds']);
      expect(measures[0]!.querySelector('qms-spc-icon')!.getAttribute('value')).to.equal(
        'concern-high',
      );
      expect(text($(el, '.rollup'))).to.contain(
        'Answers: 0 yes, 2 partly, 2 no, 0 not answered (of 4)',
      );
      await expectNoAxeViolations(el);
      const centre = await openPanel(el, 'centre');
      expect(text(centre)).to.contain('Llais report on hospital discharge');
      await expectNoAxeViolations(el);
    });
  });

  describe('self-assessment edits', () => {
    it('answering by keyboard updates the roll-up live and fires before/after events', async () => {
      const el = await wheel();
      await openPanel(el, 'assurance');
      const before: QmsAssessmentBeforeChangeEvent[] = [];
      const after: QmsAssessmentChangeEvent[] = [];
      el.addEventListener('qms-assessment-before-change', (e) => before.push(e));
      el.addEventListener('qms-assessment-change', (e) => after.push(e));
      radio(el, 'q14', 'no').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(radio(el, 'q14', 'partly').checked).to.equal(true);
      expect(before).to.have.length(1);
      expect(after).to.have.length(1);
      expect(before[0]!.cancelable).to.equal(true);
      expect(after[0]!.detail.aspect).to.equal('assurance');
      expect(after[0]!.detail.change).to.deep.equal({
        type: 'answer',
        questionId: 'q14',
        answer: 'partly',
      });
      expect(
        after[0]!.detail.assessment.aspects.assurance.questions.find((q) => q.id === 'q14')?.answer,
      ).to.equal('partly');
      expect(text($(el, '.rollup'))).to.contain('0 yes, 2 partly, 0 no');
      expect(text($(el, '[part="summary"] tr[data-aspect="assurance"]'))).to.contain(
        '2 of 2 answered',
      );
      // The host's object is never mutated.
      expect(sampleAssessment.aspects.assurance.questions[1]!.answer).to.equal('no');
    });

    it('tools and stage: checkbox by Space, select by keyboard', async () => {
      const el = await wheel();
      await openPanel(el, 'control');
      const events: QmsAssessmentChangeEvent[] = [];
      el.addEventListener('qms-assessment-change', (e) => events.push(e));
      const box = $<HTMLInputElement>(el, '[data-tool="real-time-feedback"] input')!;
      expect(box.checked).to.equal(false);
      box.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(events[0]!.detail.change).to.deep.equal({
        type: 'tool',
        toolId: 'real-time-feedback',
        inPlace: true,
      });
      expect(segment(el, 'control').getAttribute('aria-label')).to.contain('4 of 6 tools in place');
      const select = $<HTMLSelectElement>(el, '#stage')!;
      select.value = '3';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(events[1]!.detail.change).to.deep.equal({ type: 'stage', stage: 3 });
      expect(segment(el, 'control').getAttribute('data-stage')).to.equal('3');
      expect(segment(el, 'control').querySelector('.stage-band')!.getAttribute('fill')).to.equal(
        'url(#stage-3)',
      );
    });

    it('a vetoed change puts the control back and fires no after-event', async () => {
      const el = await wheel();
      await openPanel(el, 'planning');
      el.addEventListener('qms-assessment-before-change', (e) => e.preventDefault(), {
        once: true,
      });
      let after = 0;
      el.addEventListener('qms-assessment-change', () => after++);
      radio(el, 'q3', 'yes').click();
      await el.updateComplete;
      expect(after).to.equal(0);
      expect(radio(el, 'q3', 'yes').checked).to.equal(false);
      expect(radio(el, 'q3', 'no').checked).to.equal(true);
    });

    it('notes: kept as typed across re-renders, language switches and equal host re-sets', async () => {
      const el = await wheel();
      await openPanel(el, 'planning');
      const box = notes(el, 'planning-q1');
      box.focus();
      await sendKeys({ type: 'Survey signal' });
      box.setSelectionRange(6, 6);
      // A re-render, a language switch and a host re-set with equal content keep text and caret.
      el.requestUpdate();
      await el.updateComplete;
      document.documentElement.lang = 'cy';
      await afterLangChange(el);
      el.assessment = clone(sampleAssessment);
      await el.updateComplete;
      expect(notes(el, 'planning-q1')).to.equal(box);
      expect(box.value).to.equal('Survey signal');
      expect(box.selectionStart).to.equal(6);
      expect(active(el)).to.equal(box);
      document.documentElement.lang = 'en';
      await afterLangChange(el);

      const fired = oneEvent(el, 'qms-assessment-change');
      box.blur();
      box.dispatchEvent(new Event('change'));
      const event: QmsAssessmentChangeEvent = await fired;
      expect(event.detail.change).to.deep.include({
        type: 'question-notes',
        questionId: 'q1',
        notes: 'Survey signal',
      });
      // The host stores the new assessment and sets it back: nothing changes.
      el.assessment = clone(event.detail.assessment);
      await el.updateComplete;
      expect(notes(el, 'planning-q1').value).to.equal('Survey signal');
    });

    it('answers survive a host re-set with equal content, and a bad update in between', async () => {
      const el = await wheel();
      await openPanel(el, 'assurance');
      radio(el, 'q13', 'yes').click();
      await el.updateComplete;
      el.assessment = clone(sampleAssessment);
      await el.updateComplete;
      expect(radio(el, 'q13', 'yes').checked).to.equal(true);
      el.assessment = { aspects: { control: { stage: 9 } } };
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.not.equal(null);
      el.assessment = clone(sampleAssessment);
      await el.updateComplete;
      await openPanel(el, 'assurance');
      expect(radio(el, 'q13', 'yes').checked).to.equal(true);
      // New content from the host replaces the draft.
      const changed = clone(sampleAssessment) as QmsAssessment;
      changed.aspects.assurance.stage = 4;
      el.assessment = changed;
      await el.updateComplete;
      expect(segment(el, 'assurance').getAttribute('data-stage')).to.equal('4');
      expect(radio(el, 'q13', 'partly').checked).to.equal(true);
    });

    it('notes on an unanswered question wait for the answer, then are kept with it', async () => {
      const empty = { scope: 'team' };
      const el = await wheel(empty);
      await openPanel(el, 'improvement');
      const box = notes(el, 'improvement-q12');
      expect(box.getAttribute('aria-describedby')).to.not.equal(null);
      box.value = 'PDSA cycle 3 adopted';
      box.dispatchEvent(new Event('input'));
      box.dispatchEvent(new Event('change'));
      const changes: QmsAssessmentChangeEvent[] = [];
      el.addEventListener('qms-assessment-change', (e) => changes.push(e));
      el.requestUpdate();
      await el.updateComplete;
      expect(notes(el, 'improvement-q12').value).to.equal('PDSA cycle 3 adopted');
      radio(el, 'q12', 'yes').click();
      await el.updateComplete;
      expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['answer', 'question-notes']);
      expect(changes[1]!.detail.assessment.aspects.improvement.questions).to.deep.equal([
        { id: 'q12', answer: 'yes', notes: 'PDSA cycle 3 adopted' },
      ]);
    });

    it('Welsh notes are added beside the English ones, which are shown, not overwritten', async () => {
      const el = await wheel();
      el.lang = 'cy';
      await afterLangChange(el);
      await openPanel(el, 'planning');
      const q6 = $(el, '[data-question="q6"]')!;
      expect(text(q6.querySelector('.other-notes'))).to.contain(
        'Workforce plan not yet linked to demand.',
      );
      expect(q6.querySelector('.other-notes span')!.getAttribute('lang')).to.equal('en');
      // The language is named in Welsh, not by its own name: "yn Saesneg", never "yn English".
      expect(text(q6.querySelector('.other-notes'))).to.match(/^Nodiadau yn Saesneg:/);
      const box = notes(el, 'planning-q6');
      expect(box.value).to.equal('');
      box.value = 'Cynllun gweithlu';
      box.dispatchEvent(new Event('input'));
      const fired = oneEvent(el, 'qms-assessment-change');
      box.dispatchEvent(new Event('change'));
      const event: QmsAssessmentChangeEvent = await fired;
      expect(
        event.detail.assessment.aspects.planning.questions.find((q) => q.id === 'q6')?.notes,
      ).to.deep.equal({ en: 'Workforce plan not yet linked to demand.', cy: 'Cynllun gweithlu' });
    });
  });

  describe('Welsh, narrow, print and bad input', () => {
    it('Welsh labels; axe clean with a panel open', async () => {
      const wrapper = await fixture(
        html`<div lang="cy">
          <qms-cycle-wheel .assessment=${sampleAssessment} today=${TODAY}></qms-cycle-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('qms-cycle-wheel')!;
      await el.updateComplete;
      expect(segment(el, 'planning').getAttribute('aria-label')).to.contain('Cynllunio Ansawdd');
      expect(segment(el, 'planning').getAttribute('aria-label')).to.contain(
        'Cam 2 o 4: Rhoi ar waith',
      );
      expect(text($(el, 'text[data-label="centre"]'))).to.contain(cy['qms.centre.feedback']);
      expect(text($(el, '.title'))).to.equal(cy['wheel.title.organisation']);
      await expectNoAxeViolations(el);
      await openPanel(el, 'planning');
      expect(text($(el, '[part="panel"]'))).to.contain(cy['wheel.questions.organisation']);
      await expectNoAxeViolations(el);
    });

    it('at 320px the ring becomes a list of buttons; targets are at least 24px; axe clean', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <qms-cycle-wheel .assessment=${sampleAssessment} today=${TODAY}></qms-cycle-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('qms-cycle-wheel')!;
      await el.updateComplete;
      expect($(el, '.ring-view')!.getClientRects().length).to.equal(0);
      const buttons = $$(el, '.list-view button');
      expect(buttons.map((b) => b.dataset.segment)).to.deep.equal([
        'planning',
        'control',
        'improvement',
        'assurance',
        'centre',
      ]);
      expect(text(buttons[1])).to.contain('Stage 1 of 4: Planning and resourcing');
      for (const b of buttons) {
        const r = b.getBoundingClientRect();
        expect(r.height).to.be.at.least(24);
        expect(r.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
      buttons[0]!.click();
      await el.updateComplete;
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
      for (const input of $$(el, '.choice input')) {
        const r = input.getBoundingClientRect();
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      }
      await expectNoAxeViolations(el);
    });

    for (const width of [480, 552, 800, 1200]) {
      it(`at ${width}px every label in the ring is at least 12px on screen`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px">
            <qms-cycle-wheel .assessment=${sampleAssessment} today=${TODAY}></qms-cycle-wheel>
          </div>`,
        );
        const el = wrapper.querySelector('qms-cycle-wheel')!;
        await el.updateComplete;
        const svg = $(el, '.wheel svg') as SVGSVGElement | null;
        expect(svg, 'the ring is shown').to.not.equal(null);
        const scale = svg!.getScreenCTM()!.a;
        const labels = [...svg!.querySelectorAll('text')];
        expect(labels.length).to.be.greaterThan(10);
        const smallest = Math.min(
          ...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
        );
        expect(smallest).to.be.at.least(12);
      });
    }

    for (const lang of ['en', 'cy']) {
      it(`every label line stays inside its segment (${lang})`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 552px" lang=${lang}>
            <qms-cycle-wheel
              .assessment=${sampleAssessment}
              .measures=${sampleDataset.measures}
              .actions=${sampleDataset.actions}
              today=${TODAY}
            ></qms-cycle-wheel>
          </div>`,
        );
        const el = wrapper.querySelector('qms-cycle-wheel')!;
        await el.updateComplete;
        const outside: string[] = [];
        for (const aspect of ['planning', 'control', 'improvement', 'assurance']) {
          const shape = $(el, `[data-segment="${aspect}"] .segment-shape`) as SVGPathElement | null;
          const label = $(el, `text[data-label="${aspect}"]`);
          expect(shape && label, aspect).to.be.ok;
          for (const line of label!.querySelectorAll('tspan')) {
            const chars = line.getNumberOfChars();
            // The trailing space between lines is not drawn, so the last glyph is chars - 2.
            for (const i of [0, Math.max(0, chars - 2)]) {
              const box = line.getExtentOfChar(i);
              for (const [x, y] of [
                [box.x, box.y + box.height * 0.3],
                [box.x + box.width, box.y + box.height * 0.3],
                [box.x, box.y + box.height * 0.9],
                [box.x + box.width, box.y + box.height * 0.9],
              ] as const) {
                if (!shape!.isPointInFill(new DOMPoint(x, y))) {
                  outside.push(`${aspect}: "${line.textContent?.trim()}"`);
                }
              }
            }
          }
        }
        expect([...new Set(outside)]).to.deep.equal([]);
      });
    }

    it('segments are large targets in the ring', async () => {
      const el = await wheel();
      const r = segment(el, 'control').getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    });

    it('a bad assessment shows a readable alert naming the path and fires qms-error', async () => {
      const el = document.createElement('qms-cycle-wheel');
      el.assessment = { aspects: { planning: { stage: 7 } } };
      const fired = oneEvent(el, 'qms-error');
      document.body.append(el);
      try {
        const event: QmsErrorEvent = await fired;
        expect(event.detail.source).to.equal('data');
        await el.updateComplete;
        expect(text($(el, '[role="alert"]'))).to.contain('aspects.planning.stage');
        await expectNoAxeViolations(el);
      } finally {
        el.remove();
      }
    });

    it('bad attributes and bad measures are reported too', async () => {
      const el = await wheel(sampleAssessment, { scope: 'ward' });
      expect(text($(el, '[role="alert"]'))).to.contain('the scope attribute');
      el.scope = undefined;
      el.measures = [{ id: 'x' }] as never;
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('the measures property');
      el.measures = sampleMeasures;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('no assessment at all: the empty state', async () => {
      const el = await fixture<QmsCycleWheel>(html`<qms-cycle-wheel></qms-cycle-wheel>`);
      expect(text($(el, '[part="status"]'))).to.equal(en['common.empty']);
      await expectNoAxeViolations(el);
    });
  });
});
