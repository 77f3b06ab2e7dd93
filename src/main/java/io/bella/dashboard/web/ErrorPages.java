package io.bella.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboard's error page, for 403, 404 and 500; Spring Security forwards a refused
 * request to {@code /denied}, and a path under the dashboard's own that no page has is
 * the 404 page rather than the API's problem detail.
 */
@Controller
class ErrorPages {

	@RequestMapping("/denied")
	ModelAndView denied() {
		return page(HttpStatus.FORBIDDEN);
	}

	// less specific than every page's mapping, so it takes only what they do not
	@RequestMapping({ "/account/**", "/accounts/**", "/audit/**", "/settings/**" })
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("dashboard-error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("heading", switch (status) {
			case FORBIDDEN -> "Not allowed";
			case NOT_FOUND -> "Not found";
			default -> "Something went wrong";
		});
		page.addObject("message", switch (status) {
			case FORBIDDEN -> "Your account may not open this page, or the form was sent without its security token "
					+ "(reload the page and try again).";
			case NOT_FOUND -> "Nothing is here.";
			default -> "Bella could not show this page. The problem is logged; try again in a moment.";
		});
		return page;
	}

}
