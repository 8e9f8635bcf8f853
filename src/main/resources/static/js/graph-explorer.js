/*
 * The research graph explorer (/researchers/{key}/graph). Draws the slice from
 * GET /api/graph/… with Cytoscape.js, centred on the focal researcher; a click or tap on a
 * node fetches that node's own slice and adds it in place; a double-click opens its page.
 * Without this script the page still lists the same neighbours.
 */
(function () {
	'use strict';

	var KINDS = ['researcher', 'work', 'topic', 'institution'];
	var SHAPES = { researcher: 'ellipse', work: 'round-rectangle', topic: 'diamond', institution: 'hexagon' };

	function ready(fn) {
		if (document.readyState === 'loading') {
			document.addEventListener('DOMContentLoaded', fn);
		} else {
			fn();
		}
	}

	function format(template, values) {
		return String(template || '').replace(/\{(\w+)\}/g, function (match, name) {
			return values[name] !== undefined && values[name] !== null ? String(values[name]) : '–';
		});
	}

	function colourOf(kind, fallback) {
		var swatch = document.querySelector('.graph-swatch--' + kind);
		var colour = swatch ? window.getComputedStyle(swatch).backgroundColor : '';
		return colour && colour !== 'rgba(0, 0, 0, 0)' ? colour : fallback;
	}

	function textColour() {
		var colour = window.getComputedStyle(document.body).color;
		return colour || '#1b2235';
	}

	ready(function () {
		var section = document.querySelector('.graph-explorer');
		var container = document.getElementById('graph-canvas');
		if (!section || !container || typeof window.cytoscape !== 'function') {
			return;
		}
		var status = document.getElementById('graph-status');
		var card = document.getElementById('graph-card');
		var controls = section.querySelector('.graph-controls');
		var hint = section.querySelector('.graph-hint');
		// Empty at the API's defaults, otherwise "?depth=1&limit=…": every slice is asked for alike.
		var sliceQuery = section.getAttribute('data-slice-query') || '';
		var focusId = section.getAttribute('data-focus');
		var texts = container.dataset;
		var expanded = {};
		var loading = {};

		// Everything that changes the page's layout happens before the graph measures its container.
		section.classList.add('graph-explorer--live');
		status.textContent = texts.loading;
		if (controls) {
			controls.hidden = false;
		}
		if (hint) {
			hint.hidden = false;
		}

		var colours = {
			researcher: colourOf('researcher', '#2f5bea'),
			work: colourOf('work', '#0f7b66'),
			topic: colourOf('topic', '#b4570b'),
			institution: colourOf('institution', '#7a3db8')
		};

		var cy = window.cytoscape({
			container: container,
			minZoom: 0.2,
			maxZoom: 3,
			wheelSensitivity: 0.3,
			boxSelectionEnabled: false,
			style: [
				{
					selector: 'node',
					style: {
						'background-color': function (node) { return colours[node.data('kind')]; },
						'shape': function (node) { return SHAPES[node.data('kind')] || 'ellipse'; },
						'width': 'data(size)',
						'height': 'data(size)',
						'label': 'data(short)',
						'font-size': 9,
						'color': textColour(),
						'text-valign': 'bottom',
						'text-margin-y': 3,
						'text-wrap': 'ellipsis',
						'text-max-width': 110,
						'min-zoomed-font-size': 7
					}
				},
				{ selector: 'node[?focus]', style: { 'border-width': 4, 'border-color': '#f2b01e', 'font-weight': 'bold', 'font-size': 11 } },
				{ selector: 'node[?expanded]', style: { 'border-width': 2, 'border-color': textColour() } },
				{
					selector: 'edge',
					style: {
						'width': 'data(thickness)',
						'line-color': '#9aa3b8',
						'opacity': 0.7,
						'curve-style': 'haystack'
					}
				},
				{ selector: 'edge[kind = "cites"]', style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa3b8' } },
				{ selector: 'edge[kind = "coauthorship"]', style: { 'line-color': colours.researcher } },
				{ selector: '.filtered', style: { 'display': 'none' } },
				{ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f2b01e' } }
			]
		});

		// Sizes are relative to the strongest neighbour of the same kind in the slice.
		function resize() {
			var strongest = {};
			cy.nodes().forEach(function (node) {
				var kind = node.data('kind');
				strongest[kind] = Math.max(strongest[kind] || 0, node.data('weight') || 0);
			});
			cy.nodes().forEach(function (node) {
				var max = strongest[node.data('kind')] || 1;
				var share = max > 0 ? (node.data('weight') || 0) / max : 0;
				node.data('size', node.data('focus') ? 46 : Math.round(16 + 22 * Math.sqrt(share)));
			});
			var heaviest = {};
			cy.edges().forEach(function (edge) {
				var kind = edge.data('kind');
				heaviest[kind] = Math.max(heaviest[kind] || 0, edge.data('weight') || 0);
			});
			cy.edges().forEach(function (edge) {
				var max = heaviest[edge.data('kind')] || 1;
				edge.data('thickness', 1 + 4 * ((edge.data('weight') || 0) / max));
			});
		}

		function elementsOf(slice) {
			var added = [];
			slice.nodes.forEach(function (node) {
				if (cy.getElementById(node.id).nonempty()) {
					return;
				}
				added.push({
					group: 'nodes',
					data: {
						id: node.id, kind: node.kind, key: node.key, label: node.label,
						short: node.label.length > 40 ? node.label.slice(0, 38) + '…' : node.label,
						weight: node.weight, url: node.url, sliceUrl: node.sliceUrl, year: node.year,
						worksCount: node.worksCount, citedByCount: node.citedByCount,
						focus: node.id === focusId, size: 20
					}
				});
			});
			slice.edges.forEach(function (edge) {
				if (cy.getElementById(edge.id).nonempty()) {
					return;
				}
				added.push({
					group: 'edges',
					data: {
						id: edge.id, source: edge.source, target: edge.target, kind: edge.kind,
						weight: edge.weight, firstYear: edge.firstYear, lastYear: edge.lastYear, thickness: 1
					}
				});
			});
			// Edges whose ends are both in the graph (one may have come with an earlier slice).
			return added.filter(function (element) {
				if (element.group === 'nodes') {
					return true;
				}
				var has = function (id) {
					return cy.getElementById(id).nonempty() || added.some(function (e) { return e.group === 'nodes' && e.data.id === id; });
				};
				return has(element.data.source) && has(element.data.target);
			});
		}

		function announce(template, values) {
			status.textContent = format(template, values);
		}

		function counts() {
			return { nodes: cy.nodes().length, edges: cy.edges().length };
		}

		function fetchSlice(url) {
			var query = (sliceQuery && url.indexOf('?') >= 0) ? '&' + sliceQuery.substring(1) : sliceQuery;
			return window.fetch(url + query, {
				headers: { 'Accept': 'application/json' },
				credentials: 'same-origin'
			}).then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			});
		}

		function applyFilters() {
			if (!controls) {
				return;
			}
			var shown = {};
			controls.querySelectorAll('input[name="kind"]').forEach(function (box) { shown[box.value] = box.checked; });
			var from = parseInt(controls.querySelector('input[name="from"]').value, 10);
			var to = parseInt(controls.querySelector('input[name="to"]').value, 10);
			cy.batch(function () {
				cy.nodes().forEach(function (node) {
					var year = node.data('year');
					var outOfRange = year !== null && year !== undefined
						&& ((!isNaN(from) && year < from) || (!isNaN(to) && year > to));
					var hidden = !node.data('focus') && (!shown[node.data('kind')] || outOfRange);
					node.toggleClass('filtered', hidden);
				});
				cy.edges('[kind = "affiliation"]').forEach(function (edge) {
					var first = edge.data('firstYear');
					var last = edge.data('lastYear');
					var outOfRange = (!isNaN(to) && first !== null && first !== undefined && first > to)
						|| (!isNaN(from) && last !== null && last !== undefined && last < from);
					edge.toggleClass('filtered', outOfRange);
				});
			});
		}

		function showCard(node) {
			var d = node.data();
			card.textContent = '';
			var title = document.createElement('strong');
			title.textContent = d.label;
			var line = document.createElement('span');
			line.textContent = format(texts['card' + d.kind.charAt(0).toUpperCase() + d.kind.slice(1)], {
				works: d.worksCount, citations: d.citedByCount, year: d.year
			});
			var action = document.createElement('span');
			action.className = 'graph-card__hint';
			action.textContent = texts.cardOpen;
			card.appendChild(title);
			card.appendChild(line);
			card.appendChild(action);
			var position = node.renderedPosition();
			var maxLeft = Math.max(0, container.clientWidth - 240);
			card.style.left = Math.min(maxLeft, Math.max(0, position.x + 14)) + 'px';
			card.style.top = Math.max(0, position.y + 14) + 'px';
			card.hidden = false;
		}

		function hideCard() {
			card.hidden = true;
		}

		function expand(node) {
			var id = node.id();
			if (expanded[id] || loading[id]) {
				return Promise.resolve();
			}
			loading[id] = true;
			container.setAttribute('aria-busy', 'true');
			return fetchSlice(node.data('sliceUrl')).then(function (slice) {
				var elements = elementsOf(slice);
				var added = cy.add(elements);
				expanded[id] = true;
				node.data('expanded', true);
				resize();
				applyFilters();
				var newNodes = added.nodes();
				if (newNodes.nonempty()) {
					var centre = node.position();
					var radius = 60 + 8 * Math.sqrt(newNodes.length) * 6;
					newNodes.union(node).layout({
						name: 'concentric',
						fit: false,
						animate: false,
						boundingBox: { x1: centre.x - radius, y1: centre.y - radius, w: 2 * radius, h: 2 * radius },
						concentric: function (n) { return n.id() === id ? 2 : 1; },
						levelWidth: function () { return 1; },
						minNodeSpacing: 6
					}).run();
					// Keep what was just added in view.
					var extent = cy.extent();
					var outside = newNodes.some(function (n) {
						var p = n.position();
						return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
					});
					if (outside) {
						cy.fit(undefined, 24);
					}
				}
				var c = counts();
				announce(texts.expanded, { 0: node.data('label'), 1: c.nodes, 2: c.edges });
				section.setAttribute('data-expanded', Object.keys(expanded).join(' '));
			}).catch(function () {
				announce(texts.failed, {});
			}).then(function () {
				delete loading[id];
				container.removeAttribute('aria-busy');
			});
		}

		cy.on('mouseover', 'node', function (event) { showCard(event.target); });
		cy.on('mouseout', 'node', hideCard);
		cy.on('pan zoom drag', hideCard);
		cy.on('tap', 'node', function (event) { expand(event.target); });
		cy.on('dbltap', 'node', function (event) {
			var url = event.target.data('url');
			if (url) {
				window.location.assign(url);
			}
		});

		if (controls) {
			controls.addEventListener('change', applyFilters);
			controls.addEventListener('input', applyFilters);
			controls.addEventListener('submit', function (event) { event.preventDefault(); });
			var fit = controls.querySelector('.graph-controls__fit');
			if (fit) {
				fit.addEventListener('click', function () { cy.fit(undefined, 24); });
			}
		}

		fetchSlice(section.getAttribute('data-api').split('?')[0]).then(function (slice) {
			cy.add(elementsOf(slice));
			expanded[slice.focus] = true;
			resize();
			cy.layout({
				name: 'concentric',
				animate: false,
				fit: true,
				padding: 24,
				concentric: function (node) { return node.data('focus') ? 3 : (KINDS.indexOf(node.data('kind')) >= 0 ? 1 : 0); },
				levelWidth: function () { return 1; },
				minNodeSpacing: 10
			}).run();
			var c = counts();
			announce(texts.status, { 0: c.nodes, 1: c.edges });
			section.setAttribute('data-state', 'ready');
		}).catch(function () {
			announce(texts.failed, {});
			section.setAttribute('data-state', 'failed');
		});

		// For tests and for people poking at the page in the console.
		window.peerscopeGraph = { cy: cy, expand: function (id) { return expand(cy.getElementById(id)); } };
	});
}());
