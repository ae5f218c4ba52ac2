package org.batterytown.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.batterytown.enterprise.ChainRole;
import org.batterytown.project.CapacityUnit;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.Product;
import org.batterytown.project.ProductForm;
import org.batterytown.project.ProjectStage;
import org.batterytown.project.StageGroup;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;

/** Chinese and English stay complete: same keys, and every key the code and pages ask for exists. */
class MessageBundleTests {

	private final Properties zh = load("messages.properties");

	private final Properties en = load("messages_en.properties");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
	}

	/** MessageFormat reads a lone apostrophe as the start of a quote and then leaves {1} unreplaced. */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() {
		for (Properties bundle : List.of(zh, en)) {
			assertThat(bundle.stringPropertyNames().stream()
				.filter(k -> bundle.getProperty(k).matches("(?s).*\\{\\d.*"))
				.filter(k -> bundle.getProperty(k).replace("''", "").contains("'"))
				.toList()).isEmpty();
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		assertThat(missing(Path.of("src/main/resources/templates"), Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]")))
			.isEmpty();
	}

	@Test
	void everyKeyTheJavaCodeNamesExists() throws IOException {
		Pattern validation = Pattern.compile("\"\\{([a-zA-Z][a-zA-Z0-9_.]+)}\"");
		Pattern rule = Pattern.compile("RuleViolation\\([^;]*?\"([a-z]+\\.[a-zA-Z0-9_.]+)\"");
		List<String> missing = new ArrayList<>(missing(Path.of("src/main/java"), validation));
		missing.addAll(missing(Path.of("src/main/java"), rule));
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueShownOnPagesHasALabel() {
		List<String> keys = new ArrayList<>();
		Stream.of(ProjectStage.values()).forEach(v -> keys.add("stage." + v));
		Stream.of(StageGroup.values()).forEach(v -> keys.add("stageGroup." + v));
		Stream.of(Product.values()).forEach(v -> keys.add("product." + v));
		Stream.of(CapacityUnit.values()).forEach(v -> keys.add("unit." + v));
		Stream.of(ProductForm.values()).forEach(v -> keys.add("form." + v));
		Stream.of(MilestoneKind.values()).forEach(v -> keys.add("milestone." + v));
		Stream.of(ChainRole.values()).forEach(v -> keys.add("chainRole." + v));
		Stream.of(Role.values()).forEach(v -> keys.add("role." + v));
		Stream.of(org.batterytown.chain.model.Link.values()).forEach(v -> keys.add("link." + v));
		Stream.of(org.batterytown.chain.model.LinkBalance.Status.values()).forEach(v -> keys.add("chain.status." + v));
		Stream.of(org.batterytown.chain.model.Basis.values()).forEach(v -> keys.add("chain.basis." + v));
		Stream.of(org.batterytown.chain.model.AnodeInput.values()).forEach(v -> keys.add("anodeInput." + v));
		Stream.of(org.batterytown.chain.StageScope.values()).forEach(v -> keys.add("chain.scope." + v));

		assertThat(keys).allSatisfy(key -> assertThat(zh).containsKey(key));
	}

	private List<String> missing(Path root, Pattern pattern) throws IOException {
		Set<String> missing = new TreeSet<>();
		int found = 0;
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher m = pattern.matcher(Files.readString(file));
				while (m.find()) {
					found++;
					if (!zh.containsKey(m.group(1))) {
						missing.add(m.group(1) + " in " + file.getFileName());
					}
				}
			}
		}
		assertThat(found).as("keys found by " + pattern).isGreaterThan(5);
		return new ArrayList<>(missing);
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
