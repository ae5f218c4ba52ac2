package org.batterytown.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After the workload: every write the server acknowledged is stored. Each project holds its last
 * acknowledged edit; each acknowledged report is submitted with its electricity. Exits 1 on any loss.
 */
public final class WriteCheck {

	private WriteCheck() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		List<String> acks = Files.readAllLines(MixedWorkload.ACKS, StandardCharsets.UTF_8);
		Map<String, String> lastEdit = new LinkedHashMap<>();
		int reports = 0;
		int lost = 0;
		HttpClient client = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + MixedWorkload.PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String line : acks) {
			String[] f = line.split(",", 3);
			if (f[0].equals("project")) {
				lastEdit.put(f[1], f[2]);
			}
			else {
				reports++;
				String body = get(client, auth, "/api/v1/stats/reports/" + f[1]);
				if (body == null || !body.contains("\"status\":\"SUBMITTED\"") || !body.contains("\"electricityKwh\":11000000")) {
					lost++;
					System.out.println("LOST report " + f[1]);
				}
			}
		}
		// an edit sent as the run ended may have landed without its answer being read: the stored edit
		// must be the last acknowledged one or a later one, never an earlier one
		Pattern stored = Pattern.compile("\"description\":\"edit (\\d+)\"");
		for (var e : lastEdit.entrySet()) {
			String body = get(client, auth, "/api/v1/projects/" + e.getKey());
			Matcher m = body == null ? null : stored.matcher(body);
			int acknowledged = Integer.parseInt(e.getValue().substring("edit ".length()));
			if (m == null || !m.find() || Integer.parseInt(m.group(1)) < acknowledged) {
				lost++;
				System.out.println("LOST edit " + e.getValue() + " of project " + e.getKey());
			}
		}
		long edits = acks.stream().filter(a -> a.startsWith("project,")).count();
		System.out.printf("WRITE CHECK: %d acknowledged project edits on %d projects, %d acknowledged reports; %d lost%n",
				edits, lastEdit.size(), reports, lost);
		if (lost > 0) {
			System.exit(1);
		}
	}

	private static String get(HttpClient client, String auth, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(MixedWorkload.URL + path))
			.header("Authorization", auth).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 200 ? response.body() : null;
	}

}
