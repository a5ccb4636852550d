import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statementContext } from '../../src/index.js';
import { sampleStatements } from '../../src/sample/index.js';

describe('statementContext', () => {
  test('a CQC SAF 2024 card: set name, key question label, quality statement', () => {
    const ctx = statementContext(sampleStatements[0]!);
    assert.deepEqual(ctx.frameworkName, { en: 'CQC single assessment framework (2024)' });
    assert.deepEqual(ctx.keyQuestionLabel, { en: 'Safe', cy: 'Diogel' });
    assert.equal(ctx.qualityStatement?.id, 'safe-systems-pathways-and-transitions');
    assert.equal(ctx.qualityStatement?.keyQuestion, 'safe');
  });

  test('a Wales HCQS 2023 card: the framework preset names it and its domain', () => {
    const ctx = statementContext(sampleStatements[4]!);
    assert.deepEqual(ctx.frameworkName, {
      en: 'Health and Care Quality Standards 2023',
      cy: 'Safonau Ansawdd Iechyd a Gofal 2023',
    });
    assert.equal(
      typeof ctx.keyQuestionLabel === 'object' && ctx.keyQuestionLabel.en,
      'Person-centred',
    );
    assert.equal(ctx.qualityStatement, undefined);
  });

  test('a local framework, another version or an unknown key question resolve to nothing', () => {
    const base = { framework: 'icb-themes', version: '1', keyQuestion: 'x' };
    assert.deepEqual(statementContext(base), {
      frameworkName: undefined,
      keyQuestionLabel: undefined,
      qualityStatement: undefined,
    });
    assert.equal(
      statementContext({ ...base, framework: 'cqc-saf', version: '2026' }).frameworkName,
      undefined,
    );
    assert.equal(
      statementContext({ ...base, framework: 'wales-hcqs-2023', version: '2030' }).frameworkName,
      undefined,
    );
    const cqc = statementContext({ framework: 'cqc-saf', version: '2024', keyQuestion: 'kind' });
    assert.ok(cqc.frameworkName);
    assert.equal(cqc.keyQuestionLabel, undefined);
    assert.equal(
      statementContext({
        framework: 'cqc-saf',
        version: '2024',
        keyQuestion: 'safe',
        qualityStatementId: 'nope',
      }).qualityStatement,
      undefined,
    );
  });
});
