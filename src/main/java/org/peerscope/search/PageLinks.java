package org.peerscope.search;

import org.peerscope.common.PageSlice;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the previous and next page of results that keep the query and the filters.
 *
 * @param previous the previous page's URL, or null on the first page
 * @param next the next page's URL, or null on the last page
 */
public record PageLinks(int page, int totalPages, String previous, String next) {

	static PageLinks of(PageSlice<?> slice) {
		return new PageLinks(slice.page(), slice.totalPages(), slice.hasPrevious() ? to(slice.page() - 1) : null,
				slice.hasNext() ? to(slice.page() + 1) : null);
	}

	public boolean isNeeded() {
		return this.totalPages > 1;
	}

	private static String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page")) {
				link.queryParam(name, (Object[]) values);
			}
		});
		return link.queryParam("page", page).encode().build().toUriString();
	}

}
