/**
 * What the page loads right after its form and grid, in one request: the check, its report and the overtime
 * section, and what draws those two each in a task of its own (not needed for the first paint).
 */
export * as check from '$lib/scenario/derive/schedule';
export { default as Report } from './CheckReport.svelte';
export { default as Overtime } from './OvertimeSection.svelte';
export { default as Deferred } from '$lib/components/Deferred.svelte';
