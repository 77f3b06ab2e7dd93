// Sends the page's CSRF token with every htmx request (Spring Security reads it from the header
// named in the _csrf_header meta tag). Plain forms carry it as a hidden field.
document.addEventListener('htmx:configRequest', (event) => {
	const token = document.querySelector('meta[name="_csrf"]');
	const header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});
