package io.restsocial.boot.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.restsocial.boot.problem.SocialProblems;
import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.Assert;

/**
 * Tomcat's error report, as {@code application/problem+json} (with {@code error} and
 * {@code fields}) for requests to rest-social-auth's endpoints. Tomcat refuses some requests
 * before any filter or servlet sees them (an encoded {@code /} or {@code \}, a {@code %00} in the
 * path, a control character in a header) and answers with its own HTML page; this valve takes
 * the place of the host's {@link ErrorReportValve} and answers those requests in the endpoints'
 * format instead. Tomcat still refuses them: only the answer's format changes. Other requests,
 * and errors whose body was already written, get the usual report.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

	private String pathPrefix = "/api/login/";

	/**
	 * Set the path under which the endpoints live, context path included.
	 * @param basePath the path, such as {@code /api/login}
	 */
	public void setBasePath(String basePath) {
		Assert.hasText(basePath, "basePath cannot be empty");
		this.pathPrefix = basePath.endsWith("/") ? basePath : basePath + "/";
	}

	/**
	 * Put a valve in place of the host's error report valve, keeping its settings, once the host
	 * starts (after every customizer has added its own).
	 * @param host the host, the parent of the application's context
	 * @param basePath the path under which the endpoints live, context path included
	 */
	public static void install(Container host, String basePath) {
		if (!(host instanceof Host)) {
			return;
		}
		host.addLifecycleListener((event) -> {
			if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				return;
			}
			ProblemJsonErrorReportValve valve = new ProblemJsonErrorReportValve();
			valve.setBasePath(basePath);
			for (Valve existing : host.getPipeline().getValves()) {
				if (existing instanceof ErrorReportValve report && !(existing instanceof ProblemJsonErrorReportValve)) {
					valve.setShowReport(report.isShowReport());
					valve.setShowServerInfo(report.isShowServerInfo());
					host.getPipeline().removeValve(existing);
				}
			}
			host.getPipeline().addValve(valve);
			if (host instanceof StandardHost standard) {
				// So that the host does not add a default valve of its own on start.
				standard.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
			}
		});
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getRequestURI();
		if (uri == null || !uri.startsWith(this.pathPrefix)) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String message = (status == 400) ? "The request was rejected: its path or headers carry characters that "
				+ "are not allowed (such as an encoded '/' or '\\\\', '%00', or a control character)"
				: "The request failed: " + title;
		String code = (status == 400) ? "request_rejected" : "invalid_request";
		String body = new String(SocialProblems.json(SocialProblems.problem(code, HttpStatusCode.valueOf(status),
				message, List.of())), StandardCharsets.UTF_8);
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone, or the answer already started: nothing more can be said.
		}
	}

}
