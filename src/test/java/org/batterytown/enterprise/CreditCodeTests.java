package org.batterytown.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CreditCodeTests {

	@Test
	void acceptsPublishedCodes() {
		assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
		assertThat(CreditCode.problem("91110000600037341L")).isEmpty();
	}

	@Test
	void forgivesBlanksAndLowerCase() {
		assertThat(CreditCode.of(" 91110000600037341l ").value()).isEqualTo("91110000600037341L");
	}

	@Test
	void rejectsAWrongCheckCharacter() {
		assertThat(CreditCode.problem("91350100M000100Y44")).contains("creditCode.checkCharacter");
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("91350100M000100Y44"))
			.withMessage("creditCode.checkCharacter");
	}

	@Test
	void rejectsAWrongLength() {
		assertThat(CreditCode.problem("91350100M000100Y4")).contains("creditCode.length");
	}

	@Test
	void rejectsLettersOutsideTheAlphabet() {
		assertThat(CreditCode.problem("91350100M0001O0Y43")).contains("creditCode.characters");
	}

	@Property(tries = 300)
	void theComputedCheckCharacterMakesAnyPrefixValid(@ForAll("prefixes") String prefix) {
		String code = prefix + CreditCode.checkCharacter(prefix + "0");
		assertThat(CreditCode.problem(code)).isEmpty();
	}

	@Property(tries = 300)
	void anyOtherCheckCharacterIsRejected(@ForAll("prefixes") String prefix, @ForAll("alphabet") char other) {
		char right = CreditCode.checkCharacter(prefix + "0");
		String code = prefix + other;
		assertThat(CreditCode.problem(code).isEmpty()).isEqualTo(other == right);
	}

	@Provide
	Arbitrary<String> prefixes() {
		return alphabet().list().ofSize(17).map(chars -> {
			StringBuilder s = new StringBuilder();
			chars.forEach(s::append);
			return s.toString();
		});
	}

	@Provide
	Arbitrary<Character> alphabet() {
		return Arbitraries.of(CreditCode.ALPHABET.chars().mapToObj(c -> (char) c).toList());
	}

}
