// Light and dark themes: the system setting by default; the header toggle overrides it and is remembered.
// Loaded in the head (not deferred) so a chosen theme applies before the first paint.
(function () {
	var KEY = 'peerscope-theme';
	var script = document.currentScript;
	var root = document.documentElement;

	function stored() {
		try {
			return localStorage.getItem(KEY);
		} catch (e) {
			return null;
		}
	}

	function systemDark() {
		return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
	}

	function current() {
		return root.dataset.theme || (systemDark() ? 'dark' : 'light');
	}

	var chosen = stored();
	if (chosen === 'dark' || chosen === 'light') {
		root.dataset.theme = chosen;
	}

	document.addEventListener('DOMContentLoaded', function () {
		var header = document.querySelector('.site-header__inner');
		if (!header || !script) {
			return;
		}
		var button = document.createElement('button');
		button.type = 'button';
		button.className = 'theme-toggle';
		function label() {
			var dark = current() === 'dark';
			button.textContent = dark ? script.dataset.labelLight : script.dataset.labelDark;
		}
		button.addEventListener('click', function () {
			var next = current() === 'dark' ? 'light' : 'dark';
			root.dataset.theme = next;
			try {
				localStorage.setItem(KEY, next);
			} catch (e) {
				// Private browsing: the choice lasts for this page only.
			}
			label();
		});
		label();
		header.appendChild(button);
	});
})();
