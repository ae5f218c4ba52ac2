package org.batterytown.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.batterytown.shared.LocalizedText;

/** A version of the survey's questionnaire, with the basis it was written on. */
public record QuestionnaireView(int version, LocalizedText title, LocalDate publishedOn, String basis,
		List<Question> questions) {

	public Optional<Question> question(String code) {
		return questions.stream().filter(q -> q.code().equals(code)).findFirst();
	}

	/** A question; CHOICE questions have their options, SCALE answers are 1 to 5. */
	public record Question(String code, Section section, Kind kind, LocalizedText text, List<Option> options) {

		public Optional<Option> option(String code) {
			return options.stream().filter(o -> o.code().equals(code)).findFirst();
		}

	}

	public record Option(String code, LocalizedText label) {
	}

	public enum Section {

		EXPANSION, HIRING, CONSTRAINTS, SATISFACTION

	}

	public enum Kind {

		CHOICE, SCALE, NUMBER, TEXT

	}

}
