package org.batterytown.stats;

/**
 * The columns of the import template, in order, with their Chinese headers (the ones enterprises'
 * spreadsheets use) and English ones. One row is one product of one enterprise's month; the
 * enterprise totals (electricity to taxes) are given on the first row of the month and may be repeated.
 */
public enum ImportColumn {

	CREDIT_CODE("统一社会信用代码", "Credit code"),
	ENTERPRISE("企业名称", "Enterprise"),
	PERIOD("报告期", "Month"),
	PRODUCT("产品", "Product"),
	PRODUCTION("产量", "Production"),
	SALES("销量", "Sales"),
	OUTPUT_VALUE("工业总产值（元）", "Output value (yuan)"),
	ELECTRICITY("用电量（千瓦时）", "Electricity (kWh)"),
	ENERGY("综合能源消费量（吨标准煤）", "Energy (tce)"),
	EMPLOYEES("从业人员（人）", "Employees"),
	TAXES("税收（元）", "Taxes (yuan)"),
	EXPLANATION("说明", "Explanation");

	private final String zh;

	private final String en;

	ImportColumn(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

	/** The column's letter in a spreadsheet, for error lists. */
	public String letter() {
		return String.valueOf((char) ('A' + ordinal()));
	}

}
