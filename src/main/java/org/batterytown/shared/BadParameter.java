package org.batterytown.shared;

/** A request parameter that cannot be used (an unknown park, shares that do not add up); answered with 400. */
public class BadParameter extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	public BadParameter(String parameter, String messageKey) {
		super(parameter + ": " + messageKey);
		this.parameter = parameter;
		this.messageKey = messageKey;
	}

	public String parameter() {
		return parameter;
	}

	public String messageKey() {
		return messageKey;
	}

}
