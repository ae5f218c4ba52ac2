package org.batterytown.web;

import org.batterytown.shared.BadParameter;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.StaleVersion;

import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Error pages for people: what happened in plain words, never an exception's message. Runs after
 * {@link ApiExceptionHandler}, which takes everything raised in the API.
 */
@Order(2)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(NotAllowed.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed() {
		return "error/403";
	}

	/** A request a page cannot answer as asked (an admin of several parks naming none, say). */
	@ExceptionHandler(BadParameter.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter() {
		return "error/4xx";
	}

	/** A value the database refused (too long, too large, a NUL character); nothing was saved. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String refusedValue() {
		return "error/422";
	}

	@ExceptionHandler({ StaleVersion.class, OptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale() {
		return "error/409";
	}

}
