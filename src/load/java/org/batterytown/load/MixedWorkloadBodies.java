package org.batterytown.load;

import io.gatling.javaapi.core.Session;

/** The request bodies the workloads send: one producing project per user, one monthly report. */
final class MixedWorkloadBodies {

	private MixedWorkloadBodies() {
	}

	static String project(Session s, String description) {
		return "{\"enterpriseId\":\"" + s.getString("enterprise") + "\",\"nameZh\":\"压测项目 " + s.userId()
				+ "\",\"stage\":\"IN_PRODUCTION\",\"description\":\"" + description + "\",\"capacityLines\":"
				+ "[{\"product\":\"GRAPHITIZATION_TOLL\",\"nameplate\":12000}]}";
	}

	static final String REPORT = "{\"lines\":[{\"product\":\"GRAPHITIZATION_TOLL\",\"production\":1000,"
			+ "\"sales\":1000,\"outputValue\":8000000}],\"electricityKwh\":11000000,\"employees\":100,\"taxes\":50000,"
			+ "\"investments\":[],\"explanations\":{\"PRICE_BAND:GRAPHITIZATION_TOLL\":\"长期加工协议约定的价格\"}}";

}
