import {
  baseLocale,
  mergeRecord,
  type RecordMerge,
  type EvidenceCategory,
  type EvidenceItem,
  type LocalisedText,
  type ScoreSource,
  type Statement,
  type StatementScoreValue,
} from '@qms-kit/sdk';

/**
 * The editing form's state: plain values the inputs show, kept apart from the statement so
 * unsaved edits survive re-renders, language switches, vetoes and a host re-setting the
 * statement. Nothing here decides what is valid: the SDK's `checkStatementEdit` does.
 */

/** Text by language tag as typed into the form; the key `''` holds a plain (language-less) string. */
export type TextDraft = Readonly<Record<string, string>>;

export interface EvidenceDraft {
  /** Stable for the item's life in the form: keys its inputs' ids and its errors. */
  readonly key: number;
  category: EvidenceCategory;
  title: TextDraft;
  /** `YYYY-MM-DD` as a date input gives it, or `''`. */
  date: string;
  /** The stored item this one started from (its link, notes and measure are kept). */
  readonly original: EvidenceItem | undefined;
}

export interface StatementDraft {
  /** The statement being edited, as it was when editing started. */
  readonly base: Statement;
  iText: TextDraft;
  weText: TextDraft;
  score: StatementScoreValue | undefined;
  source: ScoreSource;
  evidence: EvidenceDraft[];
}

/** Structural equality of JSON-like values (key order matters; the SDK's parse fixes it). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function textDraft(text: LocalisedText | undefined): TextDraft {
  if (text === undefined) return {};
  if (typeof text === 'string') return { '': text };
  return { ...text };
}

const hasLanguages = (draft: TextDraft): boolean => Object.keys(draft).some((k) => k !== '');

const keyFor = (draft: TextDraft, lang: string): string | undefined =>
  Object.keys(draft).find((k) => k !== '' && baseLocale(k) === baseLocale(lang));

/** What the input for `lang` shows: that language's text, else a plain string, else nothing. */
export function textInDraft(draft: TextDraft, lang: string): string {
  const key = keyFor(draft, lang);
  if (key !== undefined) return draft[key] ?? '';
  return hasLanguages(draft) ? '' : (draft[''] ?? '');
}

/** The draft with the text for `lang` replaced (under the tag the text already uses, if any). */
export function setTextInDraft(draft: TextDraft, lang: string, value: string): TextDraft {
  return { ...draft, [keyFor(draft, lang) ?? baseLocale(lang)]: value };
}

/**
 * Back to `LocalisedText`: the languages with text (trimmed), or the plain string if no language
 * was ever typed into; `undefined` when nothing is left. Typing into a language replaces a plain
 * string, which was what that language's input showed.
 */
export function textFromDraft(draft: TextDraft): LocalisedText | undefined {
  if (hasLanguages(draft)) {
    const entries = Object.entries(draft)
      .filter(([k, v]) => k !== '' && v.trim() !== '')
      .map(([k, v]) => [k, v.trim()] as const);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  const plain = draft['']?.trim();
  return plain ? plain : undefined;
}

export function evidenceDraft(item: EvidenceItem | undefined, key: number): EvidenceDraft {
  return {
    key,
    category: item?.category ?? 'people-experience',
    title: textDraft(item?.title),
    date: item?.date.slice(0, 10) ?? '',
    original: item,
  };
}

export function draftFromStatement(statement: Statement, nextKey: () => number): StatementDraft {
  return {
    base: statement,
    iText: textDraft(statement.iStatement),
    weText: textDraft(statement.weStatement),
    score: statement.score?.value,
    source: statement.score?.source ?? 'self',
    evidence: statement.evidence.map((item) => evidenceDraft(item, nextKey())),
  };
}

const evidenceSignature = (list: readonly EvidenceDraft[]) =>
  list.map((e) => [e.category, e.title, e.date, e.original ?? null]);

function itemFromDraft(draft: EvidenceDraft): Record<string, unknown> {
  const original = draft.original;
  const unchanged = original && draft.date === original.date.slice(0, 10);
  const item: Record<string, unknown> = {
    ...original,
    category: draft.category,
    title:
      original && sameJson(draft.title, textDraft(original.title))
        ? original.title
        : textFromDraft(draft.title),
    // A stored date-time keeps its time unless the day was changed.
    date: unchanged ? original.date : draft.date,
  };
  if (item.title === undefined) delete item.title;
  return item;
}

/** The draft's statement as if nobody else had changed it: `base` with the user's changes. */
export function editedStatement(draft: StatementDraft, today: string): Record<string, unknown> {
  const base = draft.base;
  const out: Record<string, unknown> = { ...base };
  const put = (key: string, value: unknown) => {
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  if (!sameJson(draft.iText, textDraft(base.iStatement))) {
    put('iStatement', textFromDraft(draft.iText));
  }
  if (!sameJson(draft.weText, textDraft(base.weStatement))) {
    put('weStatement', textFromDraft(draft.weText));
  }
  if (draft.score !== base.score?.value || draft.source !== (base.score?.source ?? 'self')) {
    put(
      'score',
      draft.score === undefined
        ? undefined
        : { ...base.score, value: draft.score, source: draft.source, date: today },
    );
  }
  const initial = base.evidence.map((item) => evidenceDraft(item, 0));
  if (!sameJson(evidenceSignature(draft.evidence), evidenceSignature(initial))) {
    out.evidence = draft.evidence.map(itemFromDraft);
  }
  return out;
}

/**
 * The statement the form would save: a three-way merge (the SDK's `mergeRecord`) of the
 * statement editing started from, the user's edit and `current` (the statement as it is now,
 * which the host may have replaced since). Fields only the host changed keep `current`'s values;
 * `conflicts` names what both changed differently, taken from the side `prefer` names. A changed
 * score is dated `today`. Not validated: pass `merged` to `checkStatementEdit`.
 */
export function mergeStatementDraft(
  draft: StatementDraft,
  current: Statement,
  today: string,
  prefer: 'mine' | 'theirs',
): RecordMerge<Record<string, unknown>> {
  const base: Record<string, unknown> = { ...draft.base };
  return mergeRecord(base, editedStatement(draft, today), { ...current }, { prefer });
}

/** The merged statement with the user's edit winning any conflict (see `mergeStatementDraft`). */
export function statementFromDraft(
  draft: StatementDraft,
  current: Statement,
  today: string,
): Record<string, unknown> {
  return mergeStatementDraft(draft, current, today, 'mine').merged;
}

/** Whether saving the draft would change the statement it started from. */
export function isDraftDirty(draft: StatementDraft, today: string): boolean {
  return !sameJson(statementFromDraft(draft, draft.base, today), draft.base);
}
