package org.batterytown.chain.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.batterytown.chain.StageScope;
import org.batterytown.chain.model.Basis;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A balance's scenario as query parameters: the park, the day (ISO yyyy-MM-dd, default today), the
 * shares of LFP, NCM523 and NCM811 in per cent, the intensity basis, the stages counted and the
 * matching threshold. What is left out takes its default.
 */
record ScenarioParameters(@NotNull(message = "{problem.missing}") UUID parkId,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @Nullable Integer lfp,
		@Nullable Integer ncm523, @Nullable Integer ncm811, @Nullable Basis basis, @Nullable StageScope stages,
		@Nullable Double threshold) {
}
