// The two small files the self-assessment keeps in a workspace, under `.ml-practices/`:
//   assessment.json — the team's answers to the questions code cannot settle (meant to be committed);
//   history.json    — one entry per recorded run, for the trend.
// Reading never throws: a missing file is empty, a malformed one is empty plus a notice saying why.
// Writing is the caller's business (the extension applies a WorkspaceEdit the user can undo; the CLI
// writes only when asked with --record), so this module only reads, validates and serialises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, AnswersFile, HistoryEntry, HistoryFile, Status } from './types';
import { STATUSES } from './types';

export const STORE_DIRECTORY = '.ml-practices';
export const ANSWERS_FILE = `${STORE_DIRECTORY}/assessment.json`;
export const HISTORY_FILE = `${STORE_DIRECTORY}/history.json`;
/** Runs kept in history.json: enough for a trend, small enough to review in a diff. */
export const MAX_HISTORY = 50;

const ANSWERS = ['yes', 'partly', 'no', 'unknown'];

function readJson(root: string, file: string, notices: string[]): unknown {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined; // not there yet
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    notices.push(`${file} is not valid JSON (${(error as Error).message}); it was ignored.`);
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export function parseAnswers(data: unknown, notices: string[], knownIds?: ReadonlySet<string>): AnswersFile {
  const answers: Record<string, Answer> = {};
  if (data === undefined) return { version: 1, answers };
  if (!isRecord(data) || !isRecord(data.answers)) {
    notices.push(`${ANSWERS_FILE} has no "answers" object; it was ignored.`);
    return { version: 1, answers };
  }
  for (const [id, value] of Object.entries(data.answers)) {
    if (knownIds && !knownIds.has(id)) {
      notices.push(`${ANSWERS_FILE}: "${id}" is not a practice in the catalog; its answer was ignored.`);
      continue;
    }
    if (!isRecord(value) || typeof value.answer !== 'string' || !ANSWERS.includes(value.answer)) {
      notices.push(`${ANSWERS_FILE}: the answer for "${id}" must be one of ${ANSWERS.join(', ')}; it was ignored.`);
      continue;
    }
    answers[id] = {
      answer: value.answer as Answer['answer'],
      ...(typeof value.by === 'string' ? { by: value.by } : {}),
      ...(typeof value.at === 'string' ? { at: value.at } : {}),
      ...(typeof value.note === 'string' ? { note: value.note } : {}),
    };
  }
  return { version: 1, answers };
}

export function readAnswers(root: string, notices: string[], knownIds?: ReadonlySet<string>): AnswersFile {
  return parseAnswers(readJson(root, ANSWERS_FILE, notices), notices, knownIds);
}

export function readHistory(root: string, notices: string[]): HistoryFile {
  const data = readJson(root, HISTORY_FILE, notices);
  if (data === undefined) return { version: 1, runs: [] };
  if (!isRecord(data) || !Array.isArray(data.runs)) {
    notices.push(`${HISTORY_FILE} has no "runs" list; the trend starts afresh.`);
    return { version: 1, runs: [] };
  }
  const runs = data.runs.filter((run): run is HistoryEntry => isRecord(run) && typeof run.at === 'string' && isRecord(run.statuses)).map((run) => ({
    at: run.at,
    score: typeof run.score === 'number' ? run.score : null,
    statuses: Object.fromEntries(Object.entries(run.statuses).filter((entry): entry is [string, Status] => STATUSES.includes(entry[1] as Status))),
  }));
  return { version: 1, runs };
}

/** Answers merged and serialised the way they are stored (stable key order, so diffs stay small). */
export function answersText(current: AnswersFile, updates: Record<string, Answer>): string {
  const merged = { ...current.answers, ...updates };
  const sorted = Object.fromEntries(Object.keys(merged).sort().map((id) => [id, merged[id]]));
  return `${JSON.stringify({ version: 1, answers: sorted }, null, 2)}\n`;
}

/** The history with one more run, the oldest dropped beyond MAX_HISTORY. */
export function historyText(current: HistoryFile, entry: HistoryEntry): string {
  const runs = [...current.runs, entry].slice(-MAX_HISTORY);
  return `${JSON.stringify({ version: 1, runs }, null, 2)}\n`;
}
