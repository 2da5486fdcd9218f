/** An editable list of periods, deeply reactive so each row can be bound and edited in place. */
export class PeriodList<T> {
	items = $state<T[]>([]);

	constructor(items: T[]) {
		this.items = items;
	}
}
