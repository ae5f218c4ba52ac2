package org.batterytown.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path no controller serves: scripts under /api get a problem detail like every other API error;
 * people get the ordinary 404 page (the exception goes on to Spring's own resolver).
 */
@Order(3)
@ControllerAdvice
class MissingRouteHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missing(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such API route");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
