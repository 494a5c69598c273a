// Every page is prerendered to static HTML; learner data is read from IndexedDB in the browser.
export const prerender = true;
export const trailingSlash = 'never';
