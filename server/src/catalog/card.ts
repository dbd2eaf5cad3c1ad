// Renders a practice as Markdown: the "practice card" shown on hover, in the Open practice view, and in
// the CLI's explanations. Survey figures are always labelled approximate (they were read off a chart).
import { loadCatalog, type Adoption, type Practice } from './catalog';

export interface CardOptions {
  /** A link target that opens the full card in the editor (the server passes a command URI). */
  openPracticeLink?: string;
  /** Links to related practices, e.g. command URIs; plain titles when absent. */
  relatedLink?: (practiceId: string) => string | undefined;
}

const percent = (value: number) => `${Math.round(value)}%`;

function adoptionSentence(adoption: Adoption): string {
  return `about ${percent(adoption.completely)} of teams apply it completely, ${percent(adoption.mostly)} mostly, ${percent(adoption.partially)} partially and ${percent(adoption.notAtAll)} not at all`;
}

export function adoptionText(practice: Practice): string | undefined {
  if (practice.survey) {
    return `In the ${practice.survey.year} SE-ML survey of ML teams, ${adoptionSentence(practice.survey.adoption)} (ranked ${practice.survey.rank} of 29 by adoption). Figures are approximate: read off a published chart, ±1 point.`;
  }
  if (practice.trustworthiness) {
    return `In the ${practice.trustworthiness.year} SE-ML survey on trustworthy ML, ${adoptionSentence(practice.trustworthiness.adoption)}. Figures are approximate: read off a published chart, ±1 point.`;
  }
  return undefined;
}

export function practiceSubtitle(practice: Practice): string {
  if (practice.kind === 'guideline') return `Maintainability guideline ${practice.number} of 10 · *Building Maintainable Software*`;
  const difficulty = practice.difficulty ? ` · difficulty: ${practice.difficulty}` : '';
  return `${practice.category} practice ${practice.number} of ${loadCatalog().seMlCount}${difficulty} · SE-ML`;
}

export function renderPracticeCard(practice: Practice, options: CardOptions = {}): string {
  const parts: string[] = [`### ${practice.title}`, `*${practiceSubtitle(practice)}*`, practice.summary, `**Why it matters.** ${practice.why}`];
  parts.push(`**What to do.**\n${practice.how.map((step) => `- ${step}`).join('\n')}`);
  if (practice.example) {
    const language = practice.example.language ?? 'python';
    parts.push(`**Instead of:**\n\`\`\`${language}\n${practice.example.bad.trimEnd()}\n\`\`\`\n**write:**\n\`\`\`${language}\n${practice.example.good.trimEnd()}\n\`\`\``);
  }
  const adoption = adoptionText(practice);
  if (adoption) parts.push(`**Adoption (approximate).** ${adoption}`);
  if (practice.related.length > 0) {
    const catalog = loadCatalog();
    const names = practice.related.map((id) => {
      const title = catalog.practices.get(id)?.title ?? id;
      const link = options.relatedLink?.(id);
      return link ? `[${title}](${link})` : title;
    });
    parts.push(`**Related:** ${names.join(' · ')}`);
  }
  const links = [`[Practice page](${practice.url})`];
  if (options.openPracticeLink) links.push(`[Open practice](${options.openPracticeLink})`);
  parts.push(links.join(' · '));
  return parts.join('\n\n');
}
