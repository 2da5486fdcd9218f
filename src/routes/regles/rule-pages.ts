/** The rule pages, one per calculator of the registry, in its order. */
import { CALCULATORS } from '$lib/pages';
import type { RulePage, RuleText } from './rule-content';

// Each calculator's rule page lives in its own folder: src/routes/<slug>/rule-page.ts.
const texts = import.meta.glob<RuleText>('../*/rule-page.ts', { eager: true, import: 'rule' });

export const RULE_PAGES: readonly RulePage[] = CALCULATORS.map(({ path }) => {
	const slug = path.slice(1);
	const text = texts[`../${slug}/rule-page.ts`];
	if (!text)
		throw new Error(`Pas de page de règle pour ${path} : ajoutez src/routes/${slug}/rule-page.ts.`);
	return { ...text, slug, calculator: { path, label: text.action } };
});

export function rulePage(slug: string): RulePage | undefined {
	return RULE_PAGES.find((rule) => rule.slug === slug);
}
