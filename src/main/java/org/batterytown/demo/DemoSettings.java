package org.batterytown.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param enabled load the demo data into an empty database ({@code BATTERYTOWN_DEMO_ENABLED}) */
@ConfigurationProperties("batterytown.demo")
record DemoSettings(boolean enabled) {
}
