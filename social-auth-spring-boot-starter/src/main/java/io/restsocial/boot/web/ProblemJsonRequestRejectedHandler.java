package io.restsocial.boot.web;

import java.io.IOException;
import java.util.List;

import io.restsocial.boot.problem.SocialProblems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.Assert;

/**
 * Answers a request that Spring Security's firewall rejected (an encoded {@code /}, a {@code %00},
 * a {@code ;} in its path, ...) with a 400 {@code application/problem+json}, carrying
 * {@code error} and {@code fields}, when it was sent to rest-social-auth's endpoints; any other
 * request gets Spring Security's default answer (a 400 error), so the application's own error
 * pages stay as they are. The rejected path is not echoed, and nothing is logged above DEBUG.
 */
public class ProblemJsonRequestRejectedHandler implements RequestRejectedHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemJsonRequestRejectedHandler.class);

	private static final String MESSAGE = "The request was rejected: its path or headers carry characters that "
			+ "are not allowed (such as an encoded '/', '%00' or ';')";

	private final String basePath;


	private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();

	/**
	 * Create the handler.
	 * @param basePath the path under which rest-social-auth's endpoints live
	 */
	public ProblemJsonRequestRejectedHandler(String basePath) {
		Assert.hasText(basePath, "basePath cannot be empty");
		this.basePath = "/".equals(basePath) ? "" : basePath;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException, ServletException {
		String uri = request.getRequestURI();
		String path = (uri != null) ? uri.substring(Math.min(request.getContextPath().length(), uri.length())) : "";
		if (!path.startsWith(this.basePath + "/")) {
			this.others.handle(request, response, requestRejectedException);
			return;
		}
		logger.debug("Rejected a request to rest-social-auth's endpoints", requestRejectedException);
		SocialProblems.write(response,
				SocialProblems.problem("request_rejected", HttpStatus.BAD_REQUEST, MESSAGE, List.of()));
	}

}
