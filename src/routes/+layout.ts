// Every page is static: the whole suite runs in the browser.
export const prerender = true;
