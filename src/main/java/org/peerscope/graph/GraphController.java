package org.peerscope.graph;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The explorer page {@code /researchers/{key}/graph}: the researcher's slice drawn by the
 * script, and the same neighbours as server-rendered lists (for keyboards, screen readers
 * and browsers without JavaScript).
 */
@Controller
class GraphController {

	private final GraphService graph;

	GraphController(GraphService graph) {
		this.graph = graph;
	}

	/**
	 * The explorer around a researcher; {@code limit} (up to the configured maximum) sets
	 * how many neighbours of each kind this slice and every expansion bring.
	 */
	@GetMapping("/researchers/{key}/graph")
	String explorer(@PathVariable String key, @RequestParam(required = false) Integer limit, Model model) {
		int neighbours = (limit != null) ? limit : this.graph.defaultLimit();
		GraphSlice slice = this.graph.slice(CatalogKind.RESEARCHER, key, 1, neighbours)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		model.addAttribute("slice", slice);
		model.addAttribute("focus", slice.focusNode());
		// At the API's defaults the script asks for each slice by its bare address, as
		// other clients do, so that both get the same kept answer.
		model.addAttribute("sliceQuery",
				(neighbours == this.graph.defaultLimit()) ? "" : "?depth=1&limit=" + neighbours);
		return "graph/explorer";
	}

}
