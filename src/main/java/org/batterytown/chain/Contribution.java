package org.batterytown.chain;

import java.math.BigDecimal;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.project.Product;
import org.batterytown.project.ProductForm;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One registry line behind a link's capacity, so every figure of a balance can be traced to it.
 *
 * @param counted whether the balance counted it (its stage is in scope and it makes a finished product)
 */
public record Contribution(Link link, ProjectId projectId, LocalizedText project, EnterpriseId enterpriseId,
		Product product, ProductForm form, @Nullable BigDecimal nameplate, ProjectStage stageOnDate, boolean counted) {
}
