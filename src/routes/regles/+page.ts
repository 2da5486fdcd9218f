// The tables are plain reading: the page ships no JavaScript.
export const csr = false;
