package io.bella.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboard's error page, for 400, 403, 404 and 500; Spring Security forwards a
 * refused request to {@code /denied}, and a path under the dashboard's own that no page
 * has is the 404 page rather than the API's problem detail. Pages that know what is
 * missing (a patient, a call) say so with {@link #notFound(String)}.
 */
@Controller
public final class ErrorPages {

	@RequestMapping("/denied")
	ModelAndView denied() {
		return page(HttpStatus.FORBIDDEN);
	}

	// less specific than every page's mapping, so it takes only what they do not
	@RequestMapping({ "/account/**", "/accounts/**", "/audit/**", "/settings/**", "/schedule/**", "/patients/**",
			"/calls/**", "/callbacks/**", "/operations/**", "/analytics/**", "/system/**", "/export/**" })
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	/**
	 * The 404 page saying what is not there.
	 */
	public static ModelAndView notFound(String message) {
		return page(HttpStatus.NOT_FOUND, message);
	}

	static ModelAndView page(HttpStatus status) {
		return page(status, switch (status) {
			case BAD_REQUEST -> "The address or the form held something this page cannot read. Go back and try again.";
			case FORBIDDEN -> "Your account may not open this page, or the form was sent without its security token "
					+ "(reload the page and try again).";
			case NOT_FOUND -> "Nothing is here.";
			case INTERNAL_SERVER_ERROR ->
				"Bella could not show this page. The problem is logged; try again in a moment.";
			default -> "This page cannot do that.";
		});
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("dashboard-error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("heading", switch (status) {
			case BAD_REQUEST -> "Not understood";
			case FORBIDDEN -> "Not allowed";
			case NOT_FOUND -> "Not found";
			case INTERNAL_SERVER_ERROR -> "Something went wrong";
			default -> "Not possible";
		});
		page.addObject("message", message);
		return page;
	}

}
