/** CSV as Belgian spreadsheets read it: semicolons between fields, decimal commas, quotes when needed. */

function cell(value: string | number): string {
	const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
	return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
	return [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** Offers a text as a file to download, with a byte-order mark so spreadsheets read the accents. */
export function download(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	link.click();
	URL.revokeObjectURL(url);
}
