package org.batterytown.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.batterytown.shared.BadParameter;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the modules' HTTP-free exceptions into RFC 9457 problem details for the API, in the caller's
 * language, with field errors under {@code errors}. Never shows an exception's own message.
 */
@org.springframework.core.annotation.Order(1)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, text("problem.notFound", text("kind." + ex.kind())));
	}

	@ExceptionHandler
	ProblemDetail notAllowed(NotAllowed ex) {
		return problem(HttpStatus.FORBIDDEN, text("problem.notAllowed"));
	}

	@ExceptionHandler({ StaleVersion.class, OptimisticLockingFailureException.class,
			org.springframework.dao.DuplicateKeyException.class })
	ProblemDetail stale(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, text("problem.stale"));
	}

	/**
	 * A value the database refuses (longer than its column, beyond its numeric range, a NUL character):
	 * the transaction rolls back, so nothing is written, and the caller hears which kind of thing was wrong.
	 * Duplicate keys are handled above as conflicts.
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ProblemDetail refusedValue(RuntimeException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, text("problem.valueRefused"));
	}

	@ExceptionHandler
	ProblemDetail ruleViolation(RuleViolation ex) {
		String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale());
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, message);
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", message)));
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail ruleViolations(RuleViolations ex) {
		List<Map<String, String>> errors = ex.violations()
			.stream()
			.map(v -> Map.of("field", v.field() == null ? "" : v.field(), "message",
					messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badParameter(BadParameter ex) {
		return withError(problem(HttpStatus.BAD_REQUEST, text("problem.badParameter", ex.parameter())), ex.parameter(),
				text(ex.messageKey()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = ex.getPropertyName() == null ? "?" : ex.getPropertyName();
		return ResponseEntity.badRequest().body(withError(problem(HttpStatus.BAD_REQUEST,
				text("problem.badParameter", parameter)), parameter, text("problem.badValue", String.valueOf(ex.getValue()))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return ResponseEntity.badRequest().body(withError(problem(HttpStatus.BAD_REQUEST,
				text("problem.badParameter", ex.getParameterName())), ex.getParameterName(), text("problem.missing")));
	}

	private static ProblemDetail withError(ProblemDetail problem, String field, String message) {
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail missingHeader(MissingRequestHeaderException ex) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, text("problem.ifMatch"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.invalid"));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", fieldMessage(e)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Spring's own problems (unreadable JSON, a wrong type in the path) keep their status but say
		// nothing of the exception's internals.
		if (body instanceof ProblemDetail problem && problem.getDetail() != null && status.is4xxClientError()) {
			problem.setDetail(text("problem.badRequest"));
		}
		return super.handleExceptionInternal(ex, body, headers, status, request);
	}

	private String fieldMessage(FieldError error) {
		return messages.getMessage(error, locale());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
