package org.peerscope.graph;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/graph/{researchers|works|topics|institutions}/{key}?depth=1|2&limit=…}:
 * a slice as JSON. A depth or limit out of range is a 400, an unknown key a 404.
 */
@RestController
class GraphApiController {

	private final GraphService graph;

	GraphApiController(GraphService graph) {
		this.graph = graph;
	}

	@GetMapping("/api/graph/researchers/{key}")
	GraphSlice researcher(@PathVariable String key, @RequestParam(defaultValue = "1") int depth,
			@RequestParam(required = false) Integer limit) {
		return slice(CatalogKind.RESEARCHER, key, depth, limit);
	}

	@GetMapping("/api/graph/works/{key}")
	GraphSlice work(@PathVariable String key, @RequestParam(defaultValue = "1") int depth,
			@RequestParam(required = false) Integer limit) {
		return slice(CatalogKind.WORK, key, depth, limit);
	}

	@GetMapping("/api/graph/topics/{key}")
	GraphSlice topic(@PathVariable String key, @RequestParam(defaultValue = "1") int depth,
			@RequestParam(required = false) Integer limit) {
		return slice(CatalogKind.TOPIC, key, depth, limit);
	}

	@GetMapping("/api/graph/institutions/{key}")
	GraphSlice institution(@PathVariable String key, @RequestParam(defaultValue = "1") int depth,
			@RequestParam(required = false) Integer limit) {
		return slice(CatalogKind.INSTITUTION, key, depth, limit);
	}

	private GraphSlice slice(CatalogKind kind, String key, int depth, Integer limit) {
		return this.graph.slice(kind, key, depth, (limit != null) ? limit : this.graph.defaultLimit())
			.orElseThrow(() -> new NotFoundException(kind, key));
	}

}
