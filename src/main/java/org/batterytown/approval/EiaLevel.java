package org.batterytown.approval;

/** The environmental impact document a project needs (环评法第16条 classification). */
public enum EiaLevel {

	/** 报告书: significant impact. */
	REPORT,
	/** 报告表: light impact. */
	FORM,
	/** 登记表: very small impact, filed only. */
	REGISTRATION

}
