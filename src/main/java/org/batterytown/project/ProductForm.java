package org.batterytown.project;

/** Whether a line sells its own product or processes others' material for a fee (代工). */
public enum ProductForm {

	FINISHED, TOLL_PROCESSING

}
