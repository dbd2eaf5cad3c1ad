// The questions code cannot settle, asked one QuickPick at a time. Escape stops asking; the answers
// given until then are kept.
import * as vscode from 'vscode';
import type { Answer, AnswerValue, AssessmentReport } from '../../../server/src/assessment/types';

interface AnswerItem extends vscode.QuickPickItem {
  value: AnswerValue;
}

const ITEMS: AnswerItem[] = [
  { label: 'Yes', value: 'yes', description: 'the team does this' },
  { label: 'Partly', value: 'partly', description: 'sometimes, or only some of it' },
  { label: 'No', value: 'no', description: 'the team does not do this' },
  { label: "Don't know", value: 'unknown', description: 'leave it undecided' },
];

/** Asks each question in turn; returns the answers given (possibly none). */
export async function askQuestions(questions: AssessmentReport['unanswered'], by: string): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {};
  for (const [index, question] of questions.entries()) {
    const picked = await vscode.window.showQuickPick(ITEMS, {
      title: `(${index + 1}/${questions.length}) ${question.title}`,
      placeHolder: question.question,
      ignoreFocusOut: true,
    });
    if (!picked) break;
    answers[question.id] = { answer: picked.value, by, at: new Date().toISOString() };
  }
  return answers;
}
