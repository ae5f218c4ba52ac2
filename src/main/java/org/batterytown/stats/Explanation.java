package org.batterytown.stats;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** The enterprise's written explanation of one review warning, by the finding's key. */
@Table("stats_report_explanation")
record Explanation(UUID parkId, String rule, String text) {
}
