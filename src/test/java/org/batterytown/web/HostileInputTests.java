package org.batterytown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API write that takes a JSON body, found from the application's own mappings, gets malformed
 * JSON and bodies built from its body type with hostile values in every field (script and SQL
 * fragments, control characters, 10,000-character strings, huge, negative and non-numeric numbers,
 * impossible dates, unknown enum names, wrong types): the answer is never a server error. Seeded, so a
 * failure is reproduced. Writes that change shared settings (coefficients, the calendar, the
 * catalogues, assumptions, users) are left out: a random body can be valid.
 *
 * <p>Every page form gets the same treatment: each field of its command record (and the rows of its
 * lists, as {@code lines[0].product}) and each request parameter filled with hostile or random values,
 * sent with the CSRF token as a signed-in ADMIN. The answer is the form again with its messages, a
 * redirect, or a 4xx page; never a server error.
 */
class HostileInputTests extends IntegrationTest {

	private static final Set<String> SETTINGS = Set.of("/api/v1/chain/coefficients", "/api/v1/calendar",
			"/api/v1/approval-item-types", "/api/v1/tickets/categories", "/api/v1/projections/assumptions",
			"/api/v1/users");

	private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "'; drop table enterprise; --",
			"\" onmouseover=\"alert(1)", "=HYPERLINK(\"http://x\")", "\u0000\u0007\u001b", "𠀀𝄞😀", "",
			" ", "../../etc/passwd", "%s%s%n", "x".repeat(10_000), "NaN", "-1", "1e309", "2026-02-30",
			"9999-99-99", "NOT_A_VALUE", "null");

	private static final List<String> MALFORMED = List.of("", "{", "[]", "{\"a\":", "nul", "\"just a string\"",
			"{\"parkId\": {\"$gt\": 1}}", "{".repeat(2_000), "123", "{\"x\":1}}}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JsonMapper json;

	@Test
	void noApiBodyEverCausesAServerError() throws Exception {
		Random random = new Random(20_261_130L);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			Class<?> body = bodyType(e.getValue());
			if (body == null) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/") || SETTINGS.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				for (var method : e.getKey().getMethodsCondition().getMethods()) {
					for (int i = 0; i < 20; i++) {
						String content = i < MALFORMED.size() ? MALFORMED.get(i) : json.writeValueAsString(value(body, random, 0));
						String path = fill(pattern, random);
						int status;
						try {
							status = mvc.perform(request(HttpMethod.valueOf(method.name()), path)
								.with(httpBasic("admin", ADMIN_PASSWORD))
								.contentType(MediaType.APPLICATION_JSON)
								.header("If-Match", "\"0\"")
								.content(content)).andReturn().getResponse().getStatus();
						}
						catch (Exception ex) {
							status = 599;
						}
						requests++;
						if (status >= 500) {
							failures.add(method + " " + path + " → " + status + " with " + abbreviate(content));
						}
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(500);
		assertThat(failures).isEmpty();
	}

	/** Forms that change the signed-in password, users or the shared settings; a random value can be valid. */
	private static final Set<String> SETTINGS_FORMS = Set.of("/account/password", "/admin/", "/chain/coefficients",
			"/calendar");

	@Test
	void noFormEverCausesAServerError() throws Exception {
		Random random = new Random(20_261_201L);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (!e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				if (pattern.startsWith("/api/") || SETTINGS_FORMS.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				for (int i = 0; i < 10; i++) {
					MultiValueMap<String, String> params = formParams(e.getValue(), random);
					String path = fill(pattern, random);
					String thrown = "";
					int status;
					try {
						status = mvc.perform(post(path).with(httpBasic("admin", ADMIN_PASSWORD))
							.with(csrf())
							.contentType(MediaType.APPLICATION_FORM_URLENCODED)
							.params(params)).andReturn().getResponse().getStatus();
					}
					catch (Exception ex) {
						status = 599;
						thrown = " (" + ex + ")";
					}
					requests++;
					if (status >= 500) {
						failures.add("POST " + path + " → " + status + thrown + " with " + abbreviate(params.toString()));
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(500);
		assertThat(failures).isEmpty();
	}

	private MultiValueMap<String, String> formParams(HandlerMethod handler, Random random) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (MethodParameter p : handler.getMethodParameters()) {
			RequestParam named = p.getParameterAnnotation(RequestParam.class);
			if (named != null && BeanUtils.isSimpleValueType(p.getParameterType())) {
				String name = named.name().isEmpty() ? named.value() : named.name();
				params.add(name.isEmpty() ? p.getParameterName() : name, formValue(p.getParameterType(), random));
			}
			else if (p.getParameterType().isRecord() && p.getParameterType() != Actor.class) {
				fields("", p.getParameterType(), random, params, 0);
			}
		}
		return params;
	}

	private void fields(String prefix, Class<?> record, Random random, MultiValueMap<String, String> params,
			int depth) {
		for (RecordComponent c : record.getRecordComponents()) {
			if (random.nextInt(6) == 0) {
				continue;
			}
			String name = prefix + c.getName();
			Type type = c.getGenericType();
			if (Collection.class.isAssignableFrom(c.getType()) && type instanceof ParameterizedType p) {
				Type element = p.getActualTypeArguments()[0];
				for (int i = random.nextInt(3); i >= 0; i--) {
					if (element instanceof Class<?> row && row.isRecord() && depth < 2) {
						fields(name + "[" + i + "].", row, random, params, depth + 1);
					}
					else {
						params.add(name, formValue(element instanceof Class<?> k ? k : String.class, random));
					}
				}
			}
			else if (c.getType().isRecord() && depth < 2) {
				fields(name + ".", c.getType(), random, params, depth + 1);
			}
			else {
				params.add(name, formValue(c.getType(), random));
			}
		}
	}

	private String formValue(Class<?> type, Random random) {
		if (random.nextInt(3) == 0) {
			return hostile(random);
		}
		Object value = value(type, random, 0);
		return value instanceof String text ? text : String.valueOf(value);
	}

	private static Class<?> bodyType(HandlerMethod handler) {
		for (MethodParameter p : handler.getMethodParameters()) {
			if (p.hasParameterAnnotation(RequestBody.class)) {
				return p.getParameterType();
			}
		}
		return null;
	}

	private static String fill(String pattern, Random random) {
		return pattern.replaceAll("\\{position}", Integer.toString(random.nextInt(3) - 1))
			.replaceAll("\\{day}", "2099-01-0" + (1 + random.nextInt(5)))
			.replaceAll("\\{month}", "2099-01")
			.replaceAll("\\{year}", "2099")
			.replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
	}

	private Object value(Type type, Random random, int depth) {
		Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
		if (random.nextInt(8) == 0) {
			return hostile(random);
		}
		if (raw.isRecord() && depth < 3) {
			ObjectNode node = json.createObjectNode();
			for (RecordComponent c : raw.getRecordComponents()) {
				if (random.nextInt(6) != 0) {
					node.putPOJO(c.getName(), value(c.getGenericType(), random, depth + 1));
				}
			}
			return node;
		}
		if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p && depth < 3) {
			ArrayNode array = json.createArrayNode();
			for (int i = random.nextInt(4); i > 0; i--) {
				array.addPOJO(value(p.getActualTypeArguments()[0], random, depth + 1));
			}
			return array;
		}
		if (raw.isEnum()) {
			Object[] constants = raw.getEnumConstants();
			return constants[random.nextInt(constants.length)].toString();
		}
		if (raw == UUID.class) {
			return UUID.randomUUID().toString();
		}
		if (raw == LocalDate.class) {
			return LocalDate.of(1990 + random.nextInt(120), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
		}
		if (raw == YearMonth.class) {
			return YearMonth.of(1990 + random.nextInt(120), 1 + random.nextInt(12)).toString();
		}
		if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
			return switch (random.nextInt(4)) {
				case 0 -> new BigDecimal("-1");
				case 1 -> new BigDecimal("1e40");
				case 2 -> BigDecimal.valueOf(random.nextDouble() * 1e6);
				default -> BigDecimal.ZERO;
			};
		}
		if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
			return switch (random.nextInt(4)) {
				case 0 -> -1;
				case 1 -> Long.MAX_VALUE;
				default -> random.nextInt(100);
			};
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return random.nextBoolean();
		}
		if (raw == Character.class || raw == char.class) {
			return "Z";
		}
		return hostile(random);
	}

	private static String hostile(Random random) {
		return HOSTILE.get(random.nextInt(HOSTILE.size()));
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
