import { prerender, readBack } from '$lib/ui/shown-answer';
import type { PageLoad } from './$types';

// The answer is computed while prerendering; in the browser the rules load after the page.
export const load: PageLoad = ({ route }) =>
	import.meta.env.SSR
		? prerender(
				import('$lib/scenario/derive/net-pay').then((m) => m.payAnswer),
				import('./intro')
			)
		: readBack(route.id, () => import('./intro'));
