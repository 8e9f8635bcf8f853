// The header search box as an ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
// htmx fills the listbox as you type; this script opens and closes it and moves through the options with
// the arrow keys, Enter opens the highlighted option, Escape closes the list (and then clears the box).
(function () {
	'use strict';

	function setUp(input) {
		var list = document.getElementById(input.getAttribute('aria-controls'));
		if (!list) {
			return;
		}
		var active = -1;
		var dismissed = false;

		function options() {
			return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
		}

		function highlight(index) {
			var all = options();
			active = (index >= 0 && index < all.length) ? index : -1;
			all.forEach(function (option, i) {
				var on = i === active;
				option.classList.toggle('is-active', on);
				option.setAttribute('aria-selected', on ? 'true' : 'false');
			});
			if (active >= 0) {
				input.setAttribute('aria-activedescendant', all[active].id);
				all[active].scrollIntoView({ block: 'nearest' });
			}
			else {
				input.removeAttribute('aria-activedescendant');
			}
		}

		function show(open) {
			list.hidden = !open;
			input.setAttribute('aria-expanded', open ? 'true' : 'false');
			if (!open) {
				highlight(-1);
			}
		}

		document.body.addEventListener('htmx:afterSwap', function (event) {
			if (event.detail && event.detail.target === list) {
				highlight(-1);
				show(!dismissed && options().length > 0 && document.activeElement === input);
			}
		});

		input.addEventListener('input', function () {
			dismissed = false;
			if (input.value.trim().length < 2) {
				show(false);
			}
		});

		input.addEventListener('keydown', function (event) {
			var all = options();
			if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
				if (all.length === 0) {
					return;
				}
				event.preventDefault();
				dismissed = false;
				if (list.hidden) {
					show(true);
				}
				var step = (event.key === 'ArrowDown') ? 1 : -1;
				var next = (active < 0) ? (step > 0 ? 0 : all.length - 1) : (active + step + all.length) % all.length;
				highlight(next);
			}
			else if (event.key === 'Enter') {
				if (!list.hidden && active >= 0 && all[active]) {
					var link = all[active].querySelector('a[href]');
					if (link) {
						event.preventDefault();
						window.location.assign(link.href);
					}
				}
			}
			else if (event.key === 'Escape') {
				if (!list.hidden) {
					event.preventDefault();
					dismissed = true;
					show(false);
				}
				else if (input.value !== '') {
					event.preventDefault();
					input.value = '';
				}
			}
		});

		input.addEventListener('focus', function () {
			if (!dismissed && options().length > 0 && input.value.trim().length >= 2) {
				show(true);
			}
		});

		input.addEventListener('blur', function () {
			// Let a click on an option land first.
			window.setTimeout(function () {
				if (document.activeElement !== input) {
					show(false);
				}
			}, 200);
		});

		// Keep the focus in the box while an option is clicked.
		list.addEventListener('mousedown', function (event) {
			event.preventDefault();
		});
	}

	Array.prototype.forEach.call(document.querySelectorAll('.search-box [role="combobox"]'), setUp);
}());
