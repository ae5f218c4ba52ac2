package org.batterytown;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script's view of the API: HTTP Basic, JSON in and out, over a real socket. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	Api(int port) {
		this.port = port;
	}

	public Response get(String path, String user, String password) {
		return send(request(path, user, password).GET(), null);
	}

	public Response post(String path, String user, String password, Object body) {
		return send(request(path, user, password), "POST", body, null);
	}

	public Response post(String path, String user, String password, Object body, long ifMatch) {
		return send(request(path, user, password), "POST", body, ifMatch);
	}

	public Response put(String path, String user, String password, Object body, @Nullable Long ifMatch) {
		return send(request(path, user, password), "PUT", body, ifMatch);
	}

	private HttpRequest.Builder request(String path, String user, String password) {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/json, application/problem+json");
	}

	private Response send(HttpRequest.Builder builder, String method, Object body, @Nullable Long ifMatch) {
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
		if (ifMatch != null) {
			builder.header("If-Match", "\"" + ifMatch + "\"");
		}
		return send(builder, null);
	}

	private Response send(HttpRequest.Builder builder, @Nullable Object unused) {
		try {
			HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed as JSON where it is JSON. */
	public record Response(int status, String text, @Nullable String etag) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		public long version() {
			return json().get("version").asLong();
		}

	}

}
