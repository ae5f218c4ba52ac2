package org.batterytown.approval;

import java.time.LocalDate;

import org.batterytown.calendar.DayType;
import org.batterytown.calendar.WorkingCalendar;
import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An item of a case's checklist with its clock. Changed only through its case, which checks who acts.
 */
@Table("approval_item")
class ApprovalItem {

	private final String typeCode;

	private final String department;

	private @Nullable String officer;

	private final int limitDays;

	private final DayType dayType;

	private final @Nullable Integer promisedDays;

	private final boolean byCommitment;

	private ItemStatus status;

	private @Nullable LocalDate startedOn;

	private @Nullable LocalDate dueOn;

	private @Nullable LocalDate closedOn;

	private @Nullable String documentNo;

	private @Nullable LocalDate postCheckDue;

	private @Nullable PostCheckStatus postCheckStatus;

	private @Nullable LocalDate postCheckedOn;

	private @Nullable String postCheckResult;

	@PersistenceCreator
	ApprovalItem(String typeCode, String department, @Nullable String officer, int limitDays, DayType dayType,
			@Nullable Integer promisedDays, boolean byCommitment, ItemStatus status) {
		this.typeCode = typeCode;
		this.department = department;
		this.officer = officer;
		this.limitDays = limitDays;
		this.dayType = dayType;
		this.promisedDays = promisedDays;
		this.byCommitment = byCommitment;
		this.status = status;
	}

	static ApprovalItem of(ItemType type, ApprovalMode mode, @Nullable String officer) {
		return new ApprovalItem(type.code(), type.department(), officer, type.limitDays(), type.dayType(),
				type.promisedDays(), Checklist.byCommitment(type, mode), ItemStatus.WAITING);
	}

	/** The department accepted the application: the clock starts, due after the statutory limit. */
	void start(LocalDate acceptedOn, WorkingCalendar calendar) {
		if (status != ItemStatus.WAITING) {
			throw new RuleViolation("status", "approval.item.notWaiting");
		}
		status = ItemStatus.RUNNING;
		startedOn = acceptedOn;
		dueOn = calendar.due(acceptedOn, limitDays, dayType);
	}

	/** Approved or issued: the clock stops. */
	void close(LocalDate on, @Nullable String document) {
		if (status != ItemStatus.RUNNING) {
			throw new RuleViolation("status", "approval.item.notRunning");
		}
		if (startedOn != null && on.isBefore(startedOn)) {
			throw new RuleViolation("on", "approval.item.beforeStart");
		}
		status = ItemStatus.DONE;
		closedOn = on;
		documentNo = document == null || document.isBlank() ? null : document.strip();
	}

	/** Done on the enterprise's written commitment; the post-check is due after its working days. */
	void commit(LocalDate on, int postCheckDays, WorkingCalendar calendar) {
		if (!byCommitment) {
			throw new RuleViolation("status", "approval.item.notByCommitment");
		}
		if (status != ItemStatus.WAITING) {
			throw new RuleViolation("status", "approval.item.notWaiting");
		}
		status = ItemStatus.COMMITTED;
		startedOn = on;
		closedOn = on;
		postCheckDue = calendar.due(on, postCheckDays, DayType.WORKING);
		postCheckStatus = PostCheckStatus.OPEN;
	}

	/** Records the post-check of a committed item: kept (passed), or not, with what was found. */
	void postCheck(boolean kept, LocalDate on, @Nullable String result) {
		if (postCheckStatus != PostCheckStatus.OPEN) {
			throw new RuleViolation("status", "approval.postCheck.notOpen");
		}
		if (!kept && (result == null || result.isBlank())) {
			throw new RuleViolation("result", "approval.postCheck.resultRequired");
		}
		postCheckStatus = kept ? PostCheckStatus.PASSED : PostCheckStatus.FAILED;
		postCheckedOn = on;
		postCheckResult = result == null || result.isBlank() ? null : result.strip();
	}

	void assign(@Nullable String username) {
		officer = username;
	}

	String typeCode() {
		return typeCode;
	}

	String department() {
		return department;
	}

	@Nullable String officer() {
		return officer;
	}

	ItemStatus status() {
		return status;
	}

	CaseView.Item view(int position, ItemType type, LocalDate today, WorkingCalendar calendar) {
		LocalDate clockEnd = closedOn != null ? closedOn : today;
		Integer elapsed = startedOn == null ? null : calendar.elapsed(startedOn, clockEnd);
		boolean overdue = status == ItemStatus.RUNNING && dueOn != null && today.isAfter(dueOn);
		Integer overdueDays = overdue ? calendar.elapsed(dueOn, today) : null;
		boolean postCheckOverdue = postCheckStatus == PostCheckStatus.OPEN && postCheckDue != null
				&& today.isAfter(postCheckDue);
		return new CaseView.Item(position, type, department, officer, limitDays, dayType, promisedDays, byCommitment,
				status, startedOn, dueOn, closedOn, documentNo, elapsed, overdue, overdueDays,
				promisedDays != null && elapsed != null && elapsed > promisedDays, postCheckDue, postCheckStatus,
				postCheckedOn, postCheckResult, postCheckOverdue);
	}

}
