package org.batterytown.land;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.batterytown.stats.FiguresView;
import org.batterytown.stats.Measure;
import org.batterytown.stats.StatsFigures;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The park's standard land. The zone's staff enter parcels, reserve and transfer them to projects and run
 * the nameplate review; leaders read all; an enterprise sees the parcels of its own projects.
 */
@Service
@Transactional
public class LandParcels {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ProjectManagement projects;

	private final StatsFigures figures;

	private final Clock clock;

	LandParcels(JdbcClient jdbc, JsonMapper json, ProjectManagement projects, StatsFigures figures, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.projects = projects;
		this.figures = figures;
		this.clock = clock;
	}

	/** @throws RuleViolations naming every field that is missing or wrong; nothing is stored then */
	public UUID register(Actor actor, ParcelDraft draft) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.STAFF) {
			throw new NotAllowed("parcel");
		}
		List<RuleViolation> found = ParcelRules.check(draft, json);
		if (draft.parkId() != null && !actor.actsForZone(draft.parkId())) {
			throw new NotAllowed("parcel");
		}
		if (found.isEmpty() && codeTaken(draft.parkId(), draft.code().strip())) {
			found.add(new RuleViolation("code", "parcel.codeTaken"));
		}
		if (!found.isEmpty()) {
			throw new RuleViolations(found);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into land_parcel (id, park_id, code, area_mu, land_use, polygon, status, investment_intensity,
				    output_per_mu, tax_per_mu, energy_per_output, plot_ratio, building_coefficient, green_ratio,
				    start_by, complete_by, nameplate_by, note, created_at, created_by, version)
				values (:id, :park, :code, :area, :use, cast(:polygon as jsonb), 'AVAILABLE', :ii, :opm, :tpm, :epo, :pr,
				    :bc, :gr, :start, :complete, :nameplate, :note, :at, :by, 0)""")
			.param("id", id).param("park", draft.parkId()).param("code", draft.code().strip())
			.param("area", draft.areaMu()).param("use", draft.landUse().strip()).param("polygon", draft.polygon())
			.param("ii", draft.investmentIntensity()).param("opm", draft.outputPerMu()).param("tpm", draft.taxPerMu())
			.param("epo", draft.energyPerOutput()).param("pr", draft.plotRatio())
			.param("bc", draft.buildingCoefficient()).param("gr", draft.greenRatio())
			.param("start", date(draft.startBy())).param("complete", date(draft.completeBy()))
			.param("nameplate", date(draft.nameplateBy())).param("note", draft.note())
			.param("at", Timestamp.from(clock.instant())).param("by", actor.username()).update();
		return id;
	}

	/**
	 * Reserves, transfers or releases a parcel. A reservation and a transfer name a project of the park;
	 * a transfer is dated.
	 *
	 * @throws RuleViolation if the parcel cannot move so or a field is missing; nothing changes then
	 */
	public ParcelView changeStatus(Actor actor, UUID id, StatusChange change, long expectedVersion) {
		ParcelView parcel = get(actor, id);
		if (!actor.actsForZone(parcel.parkId())) {
			throw new NotAllowed("parcel");
		}
		if (parcel.version() != expectedVersion) {
			throw new StaleVersion("parcel", id);
		}
		ParcelStatus target = change.status();
		if (target == null || !parcel.status().canBecome(target)) {
			throw new RuleViolation("status", "parcel.statusNotAllowed");
		}
		UUID project = target == ParcelStatus.AVAILABLE ? null
				: change.projectId() != null ? change.projectId() : parcel.projectId();
		if (target != ParcelStatus.AVAILABLE) {
			if (project == null) {
				throw new RuleViolation("projectId", "parcel.projectRequired");
			}
			ProjectView p = projects.get(actor, new ProjectId(project));
			if (!p.parkId().value().equals(parcel.parkId())) {
				throw new RuleViolation("projectId", "parcel.projectRequired");
			}
		}
		if (target == ParcelStatus.TRANSFERRED && change.on() == null) {
			throw new RuleViolation("on", "parcel.transferDateRequired");
		}
		int updated = jdbc.sql("""
				update land_parcel set status = :status, project_id = :project, transferred_on = :on, version = version + 1
				where id = :id and version = :version""")
			.param("status", target.name()).param("project", project)
			.param("on", target == ParcelStatus.TRANSFERRED ? date(change.on()) : null)
			.param("id", id).param("version", expectedVersion).update();
		if (updated == 0) {
			throw new StaleVersion("parcel", id);
		}
		return get(actor, id);
	}

	@Transactional(readOnly = true)
	public ParcelView get(Actor actor, UUID id) {
		return parcels("where p.id = :id", id).stream().filter(p -> reads(actor, p)).findFirst()
			.orElseThrow(() -> new NotFound("parcel", id));
	}

	@Transactional(readOnly = true)
	public List<ParcelView> ofPark(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		return parcels("where p.park_id = :id order by p.code", parkId).stream().filter(p -> reads(actor, p)).toList();
	}

	/** The parcels as a GeoJSON FeatureCollection for the park map: code, status and project per feature. */
	@Transactional(readOnly = true)
	public String map(Actor actor, UUID parkId) {
		ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (ParcelView p : ofPark(actor, parkId)) {
			ObjectNode feature = features.addObject().put("type", "Feature");
			feature.putObject("properties").put("name", p.code()).put("status", p.status().name())
				.put("areaMu", p.areaMu().doubleValue())
				.put("project", p.projectName() == null ? null : p.projectName().zh());
			feature.set("geometry", json.readTree(p.polygon()));
		}
		return json.writeValueAsString(collection);
	}

	/**
	 * The nameplate review of a parcel for a year: its project's investment from the registry, the
	 * enterprise's output value, taxes and energy of the year from the statistics, the as-built ratios as
	 * measured; each indicator compliant or short by how much.
	 *
	 * @throws RuleViolation if the parcel has no project yet
	 */
	@Transactional(readOnly = true)
	public ReviewView review(Actor actor, UUID id, int year, @Nullable Double plotRatio,
			@Nullable Double buildingCoefficient, @Nullable Double greenRatio) {
		ParcelView parcel = get(actor, id);
		if (actor.role() == Role.ENTERPRISE) {
			throw new NotAllowed("nameplate review");
		}
		if (year < 2000 || year > YearMonth.now(clock).getYear()) {
			throw new RuleViolation("year", "parcel.reviewYearRange");
		}
		if (parcel.projectId() == null) {
			throw new RuleViolation("projectId", "parcel.reviewNeedsProject");
		}
		ProjectView project = projects.get(Actor.system(), new ProjectId(parcel.projectId()));
		UUID enterprise = project.enterpriseId().value();
		FiguresView year12 = figures.of(Actor.system(), parcel.parkId(), enterprise, PeriodKind.YEAR,
				YearMonth.of(year, 12), null);
		int reports = year12.measure(Measure.OUTPUT_VALUE).yearOnYear().currentCount();
		ReviewActuals actuals = new ReviewActuals(
				project.totalInvestment() == null ? null : project.totalInvestment().doubleValue(),
				reports == 0 ? null : amount(year12, Measure.OUTPUT_VALUE),
				reports == 0 ? null : amount(year12, Measure.TAXES), reports == 0 ? null : amount(year12, Measure.ENERGY),
				plotRatio, buildingCoefficient, greenRatio);
		List<ReviewRow> rows = NameplateReview.of(parcel.areaMu().doubleValue(), parcel.indicators(), actuals);
		return new ReviewView(id, year, parcel.projectId(), enterprise, actuals, reports, rows,
				NameplateReview.compliant(rows));
	}

	/** Runs the review and keeps it with the parcel, as made on this day by this user. */
	public ReviewView recordReview(Actor actor, UUID id, int year, @Nullable Double plotRatio,
			@Nullable Double buildingCoefficient, @Nullable Double greenRatio) {
		if (!actor.actsForZone(get(actor, id).parkId())) {
			throw new NotAllowed("nameplate review");
		}
		ReviewView review = review(actor, id, year, plotRatio, buildingCoefficient, greenRatio);
		jdbc.sql("""
				insert into land_review (id, parcel_id, year, results, compliant, reviewed_at, reviewed_by)
				values (:id, :parcel, :year, cast(:results as jsonb), :compliant, :at, :by)""")
			.param("id", UUID.randomUUID()).param("parcel", id).param("year", year)
			.param("results", json.writeValueAsString(review)).param("compliant", review.compliant())
			.param("at", Timestamp.from(clock.instant())).param("by", actor.username()).update();
		return review;
	}

	private static @Nullable Double amount(FiguresView view, Measure measure) {
		BigDecimal value = view.measure(measure).yearOnYear().current();
		return value == null ? null : value.doubleValue();
	}

	private boolean reads(Actor actor, ParcelView p) {
		if (!actor.canSeePark(p.parkId())) {
			return false;
		}
		if (actor.role() != Role.ENTERPRISE) {
			return true;
		}
		return p.projectId() != null && projects.get(Actor.system(), new ProjectId(p.projectId())).enterpriseId().value()
			.equals(actor.enterpriseId());
	}

	private boolean codeTaken(UUID parkId, String code) {
		return jdbc.sql("select count(*) from land_parcel where park_id = :park and code = :code")
			.param("park", parkId).param("code", code).query(Long.class).single() > 0;
	}

	private List<ParcelView> parcels(String where, UUID id) {
		List<ParcelView> found = new ArrayList<>();
		jdbc.sql("select p.*, p.polygon::text as polygon_text from land_parcel p " + where).param("id", id)
			.query(rs -> {
				UUID project = rs.getObject("project_id", UUID.class);
				LocalizedText projectName = project == null ? null
						: projects.get(Actor.system(), new ProjectId(project)).name();
				found.add(new ParcelView(rs.getObject("id", UUID.class), rs.getObject("park_id", UUID.class),
						rs.getString("code"), rs.getBigDecimal("area_mu"), rs.getString("land_use"),
						rs.getString("polygon_text"), ParcelStatus.valueOf(rs.getString("status")), project, projectName,
						local(rs.getDate("transferred_on")), rs.getBigDecimal("investment_intensity"),
						rs.getBigDecimal("output_per_mu"), rs.getBigDecimal("tax_per_mu"),
						rs.getBigDecimal("energy_per_output"), rs.getBigDecimal("plot_ratio"),
						rs.getBigDecimal("building_coefficient"), rs.getBigDecimal("green_ratio"),
						local(rs.getDate("start_by")), local(rs.getDate("complete_by")),
						local(rs.getDate("nameplate_by")), rs.getString("note"), rs.getLong("version")));
			});
		return found;
	}

	private static java.time.@Nullable LocalDate local(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static @Nullable Date date(java.time.@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}
