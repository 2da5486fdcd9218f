/** What the page loads right after its form and grid, in one request: the check, its report and the overtime section. */
export * as check from '$lib/scenario/derive/schedule';
export { default as Report } from './CheckReport.svelte';
export { default as Overtime } from './OvertimeSection.svelte';
