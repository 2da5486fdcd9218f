import { error } from '@sveltejs/kit';
import { RULE_PAGES, rulePage } from '../rule-pages';
import type { EntryGenerator, PageLoad } from './$types';

// Every rule page is known in advance, so each one is prerendered.
export const entries: EntryGenerator = () => RULE_PAGES.map((rule) => ({ rule: rule.slug }));

export const load: PageLoad = ({ params }) => {
	const rule = rulePage(params.rule);
	if (!rule) error(404, "Cette règle n'existe pas.");
	return { rule };
};

// A rule page is plain reading: it ships no JavaScript.
export const csr = false;
