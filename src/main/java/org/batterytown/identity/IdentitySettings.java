package org.batterytown.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword the first admin's password ({@code BATTERYTOWN_ADMIN_PASSWORD}), used once when no
 * admin exists; without it a random one is generated and printed once
 */
@ConfigurationProperties("batterytown")
record IdentitySettings(@Nullable String adminPassword) {
}
